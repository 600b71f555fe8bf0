/**
 * The educator's points, hidden built-in ids and switched-off ids, in browser storage.
 *
 * Each item goes to `sync` (it follows the user between browsers) when it fits the per-item quota, and to
 * `local` when it does not or when sync refuses the write; `storedLocally` tells the options page to say so.
 * Stored data is never trusted: it is re-validated on every read, an older shape is migrated, and a point
 * that no longer validates is dropped with a notice instead of breaking the sidebar.
 */
import type { Pack, TalkingPoint } from '../knowledge/types';
import {
  disabledPointsItem,
  educatorPackItem,
  hiddenPointsItem,
  QUOTA_BYTES_PER_ITEM,
  type SyncedItem,
} from '../storage';
import { ID_PATTERN, LIMITS, PACK_FORMAT, PACK_VERSION, validatePoint } from './schema';

export type Area = 'sync' | 'local';

export const DEFAULT_PACK_NAME = 'My talking points';

export function emptyUserPack(): Pack {
  return { format: PACK_FORMAT, version: PACK_VERSION, name: DEFAULT_PACK_NAME, author: '', points: [] };
}

export interface Sanitized<T> {
  value: T;
  /** `migrated`: an older shape was converted; `repaired`: some entries were dropped; `reset`: unreadable. */
  status: 'ok' | 'empty' | 'migrated' | 'repaired' | 'reset';
  dropped: number;
}

/**
 * v1 is a Pack object. v0 (the unversioned prototype) stored a plain array of points. Anything else is
 * unreadable and resets to an empty pack.
 */
export function sanitizeUserPack(raw: unknown): Sanitized<Pack> {
  if (raw == null) return { value: emptyUserPack(), status: 'empty', dropped: 0 };
  const v0 = Array.isArray(raw);
  const obj = !v0 && typeof raw === 'object' ? (raw as Partial<Record<keyof Pack, unknown>>) : null;
  if (!v0 && (!obj || !Array.isArray(obj.points))) return { value: emptyUserPack(), status: 'reset', dropped: 0 };
  const rawPoints = (v0 ? raw : obj!.points) as unknown[];
  const points: TalkingPoint[] = [];
  const seen = new Set<string>();
  for (const candidate of rawPoints.slice(0, LIMITS.points)) {
    const checked = validatePoint(candidate);
    if (!checked.ok || seen.has(checked.value.id)) continue;
    seen.add(checked.value.id);
    points.push(checked.value);
  }
  const dropped = rawPoints.length - points.length;
  const text = (value: unknown, max: number, fallback: string) =>
    typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : fallback;
  const pack: Pack = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    name: text(obj?.name, LIMITS.name, DEFAULT_PACK_NAME),
    author: text(obj?.author, LIMITS.author, ''),
    points,
  };
  return { value: pack, status: v0 ? 'migrated' : dropped > 0 ? 'repaired' : 'ok', dropped };
}

export function sanitizeIds(raw: unknown): Sanitized<string[]> {
  if (raw == null) return { value: [], status: 'empty', dropped: 0 };
  if (!Array.isArray(raw)) return { value: [], status: 'reset', dropped: 0 };
  const ids = [
    ...new Set(raw.filter((id): id is string => typeof id === 'string' && id.length <= LIMITS.id && ID_PATTERN.test(id))),
  ].slice(0, 1000);
  const dropped = raw.length - ids.length;
  return { value: ids, status: dropped > 0 ? 'repaired' : 'ok', dropped };
}

export interface Loaded<T> {
  value: T;
  area: Area;
  notice?: string;
}

/** UTF-8 size of key + JSON value, the way sync counts it against QUOTA_BYTES_PER_ITEM. */
export function itemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

async function readSynced<T>(
  item: SyncedItem,
  sanitize: (raw: unknown) => Sanitized<T>,
  what: string,
  repair: boolean,
): Promise<Loaded<T>> {
  let raw: unknown = null;
  let area: Area = 'sync';
  try {
    raw = await item.local.getValue();
    if (raw != null) area = 'local';
    else raw = await item.sync.getValue();
  } catch {
    raw = undefined; // an unreadable area reads as corrupt
  }
  const clean = raw === undefined ? sanitize({ unreadable: true }) : sanitize(raw);
  let notice: string | undefined;
  if (clean.status === 'reset') notice = `Your saved ${what} could not be read, so they were reset.`;
  if (clean.status === 'repaired') {
    notice = `${clean.dropped} saved ${clean.dropped === 1 ? 'entry' : 'entries'} in your ${what} could not be read and ${clean.dropped === 1 ? 'was' : 'were'} removed.`;
  }
  if (repair && clean.status !== 'ok' && clean.status !== 'empty') {
    area = await writeSynced(item, clean.value).catch(() => area);
  }
  return { value: clean.value, area, notice };
}

/** Writes to sync when the value fits and sync accepts it; otherwise to local. Returns where it went. */
export async function writeSynced(item: SyncedItem, value: unknown): Promise<Area> {
  if (itemBytes(item.key, value) <= QUOTA_BYTES_PER_ITEM) {
    try {
      await item.sync.setValue(value);
      await item.local.removeValue();
      return 'sync';
    } catch {
      // QUOTA_BYTES (all items together), write-rate limits, or sync switched off: keep it on this device.
    }
  }
  await item.local.setValue(value);
  await item.sync.removeValue().catch(() => {});
  return 'local';
}

export interface EditorData {
  pack: Pack;
  hidden: string[];
  disabled: string[];
  /** True when any of the three items had to stay in local storage. */
  storedLocally: boolean;
  notices: string[];
}

/** For the options page: reads everything, migrates and repairs what it finds (with notices). */
export async function loadEditorData(): Promise<EditorData> {
  const [pack, hidden, disabled] = await Promise.all([
    readSynced(educatorPackItem, sanitizeUserPack, 'talking points', true),
    readSynced(hiddenPointsItem, sanitizeIds, 'hidden built-in points', true),
    readSynced(disabledPointsItem, sanitizeIds, 'switched-off points', true),
  ]);
  return {
    pack: pack.value,
    hidden: hidden.value,
    disabled: disabled.value,
    storedLocally: [pack, hidden, disabled].some((l) => l.area === 'local'),
    notices: [pack, hidden, disabled].flatMap((l) => (l.notice ? [l.notice] : [])),
  };
}

export const saveUserPack = (pack: Pack) => writeSynced(educatorPackItem, pack);
export const saveHiddenIds = (ids: string[]) => writeSynced(hiddenPointsItem, ids);
export const saveDisabledIds = (ids: string[]) => writeSynced(disabledPointsItem, ids);

export interface EducatorState {
  /** The educator's enabled points as one pack; empty when there are none. */
  packs: Pack[];
  /** Built-in point ids the user hid. */
  hiddenPointIds: string[];
}

/** For the content script: what buildSummary needs besides the built-in pack. Never writes, never throws. */
export async function loadEducatorState(): Promise<EducatorState> {
  try {
    const [pack, hidden, disabled] = await Promise.all([
      readSynced(educatorPackItem, sanitizeUserPack, 'talking points', false),
      readSynced(hiddenPointsItem, sanitizeIds, 'hidden built-in points', false),
      readSynced(disabledPointsItem, sanitizeIds, 'switched-off points', false),
    ]);
    const off = new Set(disabled.value);
    const points = pack.value.points.filter((p) => !off.has(p.id));
    return {
      packs: points.length > 0 ? [{ ...pack.value, points }] : [],
      hiddenPointIds: hidden.value,
    };
  } catch {
    return { packs: [], hiddenPointIds: [] };
  }
}

/** Calls `cb` with the new state whenever any of the items changes (in either area). Returns unwatch. */
export function watchEducatorState(cb: (state: EducatorState) => void): () => void {
  let pending = false;
  let stopped = false;
  const onChange = () => {
    if (pending || stopped) return;
    pending = true;
    // One reload for a burst of writes (a save touches sync and local).
    setTimeout(() => {
      pending = false;
      if (!stopped) void loadEducatorState().then((state) => !stopped && cb(state));
    }, 50);
  };
  const unwatchers = [educatorPackItem, hiddenPointsItem, disabledPointsItem].flatMap((item) => [
    item.sync.watch(onChange),
    item.local.watch(onChange),
  ]);
  return () => {
    stopped = true;
    unwatchers.forEach((unwatch) => unwatch());
  };
}
