/**
 * The settings: one small object in `browser.storage.sync` (it follows the user between browsers), its
 * shape, defaults and sanitising, and the only functions that read, write and watch it, for the pages
 * and the content script alike. Plain browser.storage calls, so the content script's bundle (budget:
 * 30 KB gzip, issue #6) does not carry WXT's storage library. The key and value are what the earlier
 * WXT item `sync:settings` (version 1, no migrations, so no meta key) stored: nothing to migrate.
 */
import { browser } from 'wxt/browser';

/** The key in `browser.storage.sync`. */
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

/** The last write in this page or script: the next one starts after it. */
let lastWrite: Promise<unknown> = Promise.resolve();

/**
 * Changes some settings and keeps the rest (the sidebar's and options page's side and width); returns them
 * all. `patch` may be worked out from the current settings (one read, not two). Writes from one page run
 * one after another: each reads what the one before it wrote (three quick resizes and a move are all kept).
 */
export function writeSettings(patch: Partial<Settings> | ((current: Settings) => Partial<Settings>)): Promise<Settings> {
  const write = lastWrite.then(async () => {
    const current = await readSettings();
    const next = sanitizeSettings({ ...current, ...(typeof patch === 'function' ? patch(current) : patch) });
    await browser.storage.sync.set({ [SETTINGS_KEY]: next });
    return next;
  });
  lastWrite = write.catch(() => undefined);
  return write;
}

/** Turns Glute Lens on or off for one site (the popup's switches). */
export async function setSiteEnabled(siteId: string, on: boolean): Promise<void> {
  await writeSettings(({ sites }) => ({ sites: { ...sites, [siteId]: on } }));
}

/** Calls `onChange` with the sanitised settings whenever they change (the popup's switches, another tab). */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) onChange(sanitizeSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
