/**
 * Every stored item lives here, versioned from the start (https://wxt.dev/storage).
 * Settings are small and go to `sync` so they follow the user between browsers.
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';

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

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  try {
    return sanitizeSettings(await settingsItem.getValue());
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export function isSiteEnabled(settings: Settings, siteId: string): boolean {
  return settings.sites[siteId] !== false;
}

export async function setSiteEnabled(siteId: string, on: boolean): Promise<void> {
  const current = await loadSettings();
  await settingsItem.setValue({ ...current, sites: { ...current.sites, [siteId]: on } });
}

/** Changes some settings and keeps the rest (the options page's side and width controls). */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = sanitizeSettings({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

/**
 * chrome.storage.sync allows 8,192 bytes per item (key + JSON value) and 102,400 in all
 * (https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync). Firefox has the same limits.
 */
export const QUOTA_BYTES_PER_ITEM = 8192;

/**
 * An item that lives in `sync` when it fits and in `local` when it does not (see utils/packs/store.ts).
 * Both copies share one key and one version. Version 1 is the first versioned shape; values written by
 * the unversioned prototype (v0: a plain array of points) are recognised by their shape and migrated on read.
 */
export interface SyncedItem {
  key: string;
  sync: WxtStorageItem<unknown, Record<string, unknown>>;
  local: WxtStorageItem<unknown, Record<string, unknown>>;
}

function defineSyncedItem(key: string): SyncedItem {
  return {
    key,
    sync: storage.defineItem<unknown>(`sync:${key}`, { version: 1 }),
    local: storage.defineItem<unknown>(`local:${key}`, { version: 1 }),
  };
}

/** The educator's own talking points: one pack (format v1), points in the user's order. */
export const educatorPackItem = defineSyncedItem('educatorPack');
/** Ids of built-in talking points the user hid (they are hidden, never deleted). */
export const hiddenPointsItem = defineSyncedItem('hiddenPoints');
/** Ids of the educator's own points that are switched off. */
export const disabledPointsItem = defineSyncedItem('disabledPoints');
