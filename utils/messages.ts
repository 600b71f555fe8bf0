/**
 * The few messages the extension's parts send each other. Everything stays inside the browser.
 * content → background: COUNT (the toolbar badge shows it); LOAD_PANEL (Firefox: inject the sidebar panel).
 * popup/background → content: STATUS (what the popup shows), TOGGLE (keyboard shortcut).
 */
export const MSG = {
  count: 'glute-lens:count',
  status: 'glute-lens:status',
  toggle: 'glute-lens:toggle-sidebar',
  loadPanel: 'glute-lens:load-panel',
} as const;

export interface CountMessage { type: typeof MSG.count; count: number }
export interface StatusRequest { type: typeof MSG.status }
export interface ToggleRequest { type: typeof MSG.toggle }
export interface LoadPanelRequest { type: typeof MSG.loadPanel }

export interface TabStatus {
  siteId: string;
  siteName: string;
  enabled: boolean;
  /** Glute posts found on this page so far. */
  count: number;
  /** False when the page should have a feed but none of the site's selectors matched. */
  layoutRecognised: boolean;
}

export function isMessage<T extends { type: string }>(msg: unknown, type: T['type']): msg is T {
  return !!msg && typeof msg === 'object' && (msg as { type?: unknown }).type === type;
}

/** Badge text for the toolbar: empty for 0, "99+" past two digits. */
export function badgeText(count: number): string {
  if (!Number.isFinite(count) || count <= 0) return '';
  return count > 99 ? '99+' : String(Math.floor(count));
}
