/**
 * The sidebar's state: one small store per page. Plain objects with `.value` cells and a batched
 * `subscribe`, no UI library, so the content script (which must stay small) and the lazily loaded
 * sidebar panel (a separate bundle) can share it. Components re-render through `useLensState`.
 */
import type { Verdict } from './detect/types';
import type { Pack } from './knowledge/types';
import type { PostKind } from './sites/types';

/** Matches kept for the sidebar list; older ones fall off (endless feeds must not grow memory). */
export const MAX_ENTRIES = 100;
/** Characters of post text kept per entry (shown as an excerpt and used for keyword matching). */
export const MAX_TEXT = 1000;

export interface PostEntry {
  key: string;
  kind: PostKind;
  text: string;
  truncated: boolean;
  verdict: Verdict;
  parentKey: string | null;
  /** Weak, so a post the site throws away can be collected. */
  element: WeakRef<Element>;
}

export interface SiteInfo {
  id: string;
  name: string;
}

export interface Cell<T> {
  value: T;
}

export interface ReadonlyCell<T> {
  readonly value: T;
}

export function createLensState(site: SiteInfo) {
  const listeners = new Set<() => void>();
  let version = 0;
  let queued = false;

  /** Listeners run once per microtask however many cells changed: a judged slice is one update. */
  function changed(): void {
    version++;
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      for (const listener of [...listeners]) listener();
    });
  }

  function cell<T>(initial: T): Cell<T> {
    let current = initial;
    return {
      get value() {
        return current;
      },
      set value(next: T) {
        if (Object.is(next, current)) return;
        current = next;
        changed();
      },
    };
  }

  function derived<T>(compute: () => T): ReadonlyCell<T> {
    let at = -1;
    let cached: T;
    return {
      get value() {
        if (at !== version) {
          cached = compute();
          at = version;
        }
        return cached;
      },
    };
  }

  const entries = new Map<string, PostEntry>();
  /** Keys of every comment judged under each post (relevant or not), for the thread pulse. */
  const threads = new Map<string, Set<string>>();
  const selectedKey = cell<string | null>(null);

  /** Posts (not comments) in `entries`, kept as they come and go: the tab shows it after every change. */
  let posts = 0;
  const drop = (key: string): boolean => {
    const entry = entries.get(key);
    if (!entry) return false;
    if (entry.kind === 'post') posts--;
    return entries.delete(key);
  };

  const list = derived(() => [...entries.values()]);
  const postCount: ReadonlyCell<number> = {
    get value() {
      return posts;
    },
  };
  const selected = derived(() => (selectedKey.value ? entries.get(selectedKey.value) ?? null : null));

  function upsert(entry: Omit<PostEntry, 'element'> & { element: Element }, previousKey: string | null): void {
    // Most posts on a feed are not about glutes: for those, nothing changes and no listener runs.
    let dirty = false;
    if (previousKey && previousKey !== entry.key) {
      dirty = drop(previousKey);
      if (threads.delete(previousKey)) dirty = true;
    }
    if (entry.kind === 'comment' && entry.parentKey) {
      let thread = threads.get(entry.parentKey);
      if (!thread) threads.set(entry.parentKey, (thread = new Set()));
      if (!thread.has(entry.key)) {
        thread.add(entry.key);
        dirty = true;
      }
      if (threads.size > MAX_ENTRIES) threads.delete(threads.keys().next().value as string);
    }
    if (entry.verdict.relevant) {
      drop(entry.key); // re-insert at the end: newest last
      entries.set(entry.key, { ...entry, text: entry.text.slice(0, MAX_TEXT), element: new WeakRef(entry.element) });
      if (entry.kind === 'post') posts++;
      while (entries.size > MAX_ENTRIES) {
        const oldest = entries.keys().next().value as string;
        if (oldest === selectedKey.value) break;
        drop(oldest);
      }
      dirty = true;
    } else if (drop(entry.key)) {
      dirty = true;
    }
    if (dirty) changed();
  }

  function clear(): void {
    entries.clear();
    posts = 0;
    threads.clear();
    selectedKey.value = null;
    changed();
  }

  /** The relevant comments under a post, and how many comments were judged there in all. */
  function threadOf(key: string): { comments: PostEntry[]; total: number } {
    const comments = list.value.filter((e) => e.parentKey === key);
    return { comments, total: threads.get(key)?.size ?? comments.length };
  }

  return {
    site,
    /** Increases with every change; lets a late subscriber see that it missed one. */
    get version() {
      return version;
    },
    open: cell(false),
    selectedKey,
    enabled: cell(true),
    layoutRecognised: cell(true),
    /** Built-in pack first, then the educator's; filled by the panel when it loads. */
    packs: cell<Pack[]>([]),
    hiddenPointIds: cell<string[]>([]),
    toast: cell(''),
    side: cell<'left' | 'right'>('right'),
    width: cell(380),
    list,
    postCount,
    selected,
    upsert,
    clear,
    threadOf,
    /** Runs `listener` after changes (batched per microtask); returns the unsubscribe function. */
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type LensState = ReturnType<typeof createLensState>;
