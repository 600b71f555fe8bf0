/**
 * The talking-point items, versioned from the start (https://wxt.dev/storage). The settings (one small
 * object in `sync`) have their own module, utils/settings.ts, which the content script can load alone.
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';

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
