/**
 * The sidebar's state: a small signals factory created once per page and passed down
 * (components read it, the content script writes it). No DOM reads here.
 */
import { signal, computed } from '@preact/signals';
import type { Verdict } from './detect/types';
import type { Pack } from './knowledge/types';
import type { PostKind } from './sites/types';

/** Matches kept for the sidebar list; older ones fall off (endless feeds must not grow memory). */
export const MAX_ENTRIES = 300;
/** Characters of post text kept per entry (shown as an excerpt and used for keyword matching). */
export const MAX_TEXT = 2000;

export interface PostEntry {
  key: string;
  kind: PostKind;
  text: string;
  truncated: boolean;
  verdict: Verdict;
  parentKey: string | null;
  /** Weak, so a post Facebook throws away can be collected. */
  element: WeakRef<Element>;
}

export interface SiteInfo {
  id: string;
  name: string;
}

export function createLensState(site: SiteInfo, builtin: Pack) {
  const entries = new Map<string, PostEntry>();
  /** Keys of every comment judged under each post (relevant or not), for the thread pulse. */
  const threads = new Map<string, Set<string>>();
  const version = signal(0);
  const open = signal(false);
  const selectedKey = signal<string | null>(null);
  const enabled = signal(true);
  const layoutRecognised = signal(true);
  const packs = signal<Pack[]>([builtin]);
  const hiddenPointIds = signal<string[]>([]);
  const toast = signal('');
  const side = signal<'left' | 'right'>('right');
  const width = signal(380);

  const list = computed(() => {
    void version.value;
    return [...entries.values()];
  });
  const postCount = computed(() => list.value.filter((e) => e.kind === 'post').length);
  const selected = computed(() => {
    void version.value;
    const key = selectedKey.value;
    return key ? entries.get(key) ?? null : null;
  });

  function upsert(entry: Omit<PostEntry, 'element'> & { element: Element }, previousKey: string | null): void {
    if (previousKey && previousKey !== entry.key) {
      entries.delete(previousKey);
      threads.delete(previousKey);
    }
    if (entry.kind === 'comment' && entry.parentKey) {
      let thread = threads.get(entry.parentKey);
      if (!thread) threads.set(entry.parentKey, (thread = new Set()));
      thread.add(entry.key);
      if (threads.size > MAX_ENTRIES) threads.delete(threads.keys().next().value as string);
    }
    if (entry.verdict.relevant) {
      entries.delete(entry.key); // re-insert at the end: newest last
      entries.set(entry.key, { ...entry, text: entry.text.slice(0, MAX_TEXT), element: new WeakRef(entry.element) });
      while (entries.size > MAX_ENTRIES) {
        const oldest = entries.keys().next().value as string;
        if (oldest === selectedKey.value) break;
        entries.delete(oldest);
      }
    } else {
      entries.delete(entry.key);
    }
    version.value++;
  }

  function clear(): void {
    entries.clear();
    threads.clear();
    selectedKey.value = null;
    version.value++;
  }

  /** The relevant comments under a post, and how many comments were judged there in all. */
  function threadOf(key: string): { comments: PostEntry[]; total: number } {
    const comments = list.value.filter((e) => e.parentKey === key);
    return { comments, total: threads.get(key)?.size ?? comments.length };
  }

  return {
    site,
    version,
    open,
    selectedKey,
    enabled,
    layoutRecognised,
    packs,
    hiddenPointIds,
    toast,
    side,
    width,
    list,
    postCount,
    selected,
    upsert,
    clear,
    threadOf,
  };
}

export type LensState = ReturnType<typeof createLensState>;
