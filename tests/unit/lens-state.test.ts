import { describe, expect, it } from 'vitest';
import { createLensState } from '@/utils/lens-state';
import type { Verdict } from '@/utils/detect/types';

const yes: Verdict = { relevant: true, score: 1, claims: [], spans: [] };
const no: Verdict = { relevant: false, score: 0, claims: [], spans: [] };
const tick = () => new Promise<void>((resolve) => queueMicrotask(resolve));

function judged(key: string, verdict: Verdict, kind: 'post' | 'comment' = 'post', parentKey: string | null = null) {
  return { key, kind, text: 'some text', truncated: false, verdict, parentKey, element: document.createElement('div') };
}

describe('lens state', () => {
  it('tells its listeners once per batch, and not at all for posts that change nothing', async () => {
    const state = createLensState({ id: 'facebook', name: 'Facebook' });
    let calls = 0;
    state.subscribe(() => calls++);
    // A slice of a feed where nothing is about glutes: no entry changes, no listener runs.
    for (let i = 0; i < 20; i++) state.upsert(judged(`p${i}`, no), null);
    await tick();
    expect(calls).toBe(0);
    // A match, then more non-matches in the same batch: one notification.
    state.upsert(judged('m1', yes), null);
    state.upsert(judged('p99', no), null);
    await tick();
    expect(calls).toBe(1);
    expect(state.postCount.value).toBe(1);
    // The match's node is recycled for a post that is not about glutes: the entry goes, listeners hear of it.
    state.upsert(judged('p100', no), 'm1');
    await tick();
    expect(calls).toBe(2);
    expect(state.postCount.value).toBe(0);
  });

  it('keeps the post count equal to the posts in the list through 5,000 random judgements', () => {
    const state = createLensState({ id: 'facebook', name: 'Facebook' });
    let seed = 42;
    const r = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 5000; i++) {
      if (r() < 0.002) state.clear();
      // Few keys, so entries are replaced, re-keyed, turned into comments and pushed out past MAX_ENTRIES.
      const key = `k${Math.floor(r() * 160)}`;
      const previous = r() < 0.2 ? `k${Math.floor(r() * 160)}` : null;
      if (r() < 0.05) state.selectedKey.value = key;
      state.upsert(judged(key, r() < 0.6 ? yes : no, r() < 0.7 ? 'post' : 'comment'), previous);
      expect(state.postCount.value).toBe(state.list.value.filter((e) => e.kind === 'post').length);
    }
  });

  it('counts every comment judged under a post for the thread pulse, matching or not', async () => {
    const state = createLensState({ id: 'facebook', name: 'Facebook' });
    let calls = 0;
    state.subscribe(() => calls++);
    state.upsert(judged('post', yes), null);
    state.upsert(judged('c1', no, 'comment', 'post'), null);
    state.upsert(judged('c2', yes, 'comment', 'post'), null);
    await tick();
    expect(state.threadOf('post').total).toBe(2);
    expect(state.threadOf('post').comments.map((c) => c.key)).toEqual(['c2']);
    // The same non-matching comment judged again changes nothing.
    const before = calls;
    state.upsert(judged('c1', no, 'comment', 'post'), null);
    await tick();
    expect(calls).toBe(before);
  });
});
