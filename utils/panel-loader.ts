/**
 * Loads the sidebar panel (Preact, the knowledge pack, summaries) the first time the user opens the
 * sidebar, so the content script that runs on every feed page stays small. The panel is an unlisted
 * script of this extension (entrypoints/sidebar-panel.tsx) that registers itself under PANEL_GLOBAL in
 * the content script's own isolated world. No network: the file comes from the extension package.
 *
 * - Chrome: `import()` of the file, web-accessible to the feed sites at a per-session address.
 * - Firefox: the background injects it with `tabs.executeScript` into this tab and frame, allowed by the
 *   host permissions the content script already has. Firefox runs it in the same sandbox as the content
 *   script, the file need not be web-accessible, and there is no `import()` of a computed address,
 *   which addons review (web-ext lint) flags as unsafe.
 */
import { browser } from 'wxt/browser';
import type { SidebarPanelProps } from '@/components/SidebarPanel';
import { MSG, type LoadPanelRequest } from './messages';

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
    if (!scope[PANEL_GLOBAL]) {
      if (import.meta.env.FIREFOX) await browser.runtime.sendMessage({ type: MSG.loadPanel } satisfies LoadPanelRequest);
      else await import(/* @vite-ignore */ browser.runtime.getURL(PANEL_PATH));
    }
    const panel = scope[PANEL_GLOBAL];
    if (!panel) throw new Error('Glute Lens: the sidebar panel did not load');
    return panel;
  })();
  loading.catch(() => (loading = null));
  return loading;
}
