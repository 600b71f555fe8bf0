/**
 * Loads the sidebar panel (Preact, the knowledge pack, summaries) the first time the user opens the
 * sidebar, so the content script that runs on every feed page stays small. The panel is an unlisted
 * script of this extension (entrypoints/sidebar-panel.tsx): `import()` evaluates it in the content
 * script's own isolated world, where it registers itself under PANEL_GLOBAL. No network: the file
 * comes from the extension package.
 */
import { browser } from 'wxt/browser';
import type { SidebarPanelProps } from '@/components/SidebarPanel';

export const PANEL_GLOBAL = '__gluteLensPanel';
export const PANEL_PATH = '/sidebar-panel.js';

export interface PanelModule {
  /** Renders the panel into `container`; returns the function that unmounts it. */
  mount(container: HTMLElement, props: SidebarPanelProps): () => void;
}

type WithPanel = typeof globalThis & { [PANEL_GLOBAL]?: PanelModule };

let loading: Promise<PanelModule> | null = null;

export function loadPanel(): Promise<PanelModule> {
  loading ??= (async () => {
    const scope = globalThis as WithPanel;
    if (!scope[PANEL_GLOBAL]) await import(/* @vite-ignore */ browser.runtime.getURL(PANEL_PATH));
    const panel = scope[PANEL_GLOBAL];
    if (!panel) throw new Error('Glute Lens: the sidebar panel did not load');
    return panel;
  })();
  loading.catch(() => (loading = null));
  return loading;
}
