/**
 * The settings' shape, defaults and sanitising, plus the content script's own lean access to them.
 * The extension pages use the versioned WXT item in storage.ts (settingsItem); the content script
 * reads, writes and watches the same `sync` key directly, so its bundle (budget: 30 KB gzip, issue #6)
 * does not carry WXT's storage library. Version 1 with no migrations means WXT keeps no extra data
 * for this item (no "settings$" meta key is needed), so both sides stay interchangeable
 * (tests/unit/settings.test.ts checks it both ways).
 */
import { browser } from 'wxt/browser';

/** The key in `browser.storage.sync` (the WXT item is `sync:settings`). */
export const SETTINGS_KEY = 'settings';

export type SidebarSide = 'left' | 'right';

export interface Settings {
  /** Per-site switch, keyed by SiteAdapter.id. A site that is missing is on. */
  sites: Record<string, boolean>;
  sidebarSide: SidebarSide;
  /** Sidebar width in CSS pixels, clamped to SIDEBAR_WIDTH. */
  sidebarWidth: number;
}

export const SIDEBAR_WIDTH = { min: 300, max: 560, initial: 380 } as const;

export const DEFAULT_SETTINGS: Settings = {
  sites: {},
  sidebarSide: 'right',
  sidebarWidth: SIDEBAR_WIDTH.initial,
};

/**
 * Stored data comes from older versions, other devices via sync, or hand-edited profiles, so it is
 * never trusted: anything of the wrong shape falls back to the default field by field.
 */
export function sanitizeSettings(raw: unknown): Settings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  const sites: Record<string, boolean> = {};
  if (value.sites && typeof value.sites === 'object') {
    for (const [key, on] of Object.entries(value.sites as Record<string, unknown>)) {
      if (typeof on === 'boolean' && /^[a-z0-9-]{1,32}$/.test(key)) sites[key] = on;
    }
  }
  const width = typeof value.sidebarWidth === 'number' && Number.isFinite(value.sidebarWidth)
    ? Math.min(SIDEBAR_WIDTH.max, Math.max(SIDEBAR_WIDTH.min, Math.round(value.sidebarWidth)))
    : DEFAULT_SETTINGS.sidebarWidth;
  return {
    sites,
    sidebarSide: value.sidebarSide === 'left' ? 'left' : 'right',
    sidebarWidth: width,
  };
}

export function isSiteEnabled(settings: Settings, siteId: string): boolean {
  return settings.sites[siteId] !== false;
}

/** The stored settings, sanitised; the defaults when storage cannot be read. */
export async function readSettings(): Promise<Settings> {
  try {
    return sanitizeSettings((await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Changes some settings and keeps the rest (the sidebar's side and width). */
export async function writeSettings(patch: Partial<Settings>): Promise<void> {
  const next = sanitizeSettings({ ...(await readSettings()), ...patch });
  await browser.storage.sync.set({ [SETTINGS_KEY]: next });
}

/** Calls `onChange` with the sanitised settings whenever they change (the popup's switches, another tab). */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) onChange(sanitizeSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
