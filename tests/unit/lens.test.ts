/**
 * The lens wiring (scanner → classifier → badges and sidebar state) on a recycling toy feed: the fast path
 * for "no match, and none before" must never leave a badge or an entry behind, also after a navigation.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startLens, type Lens } from '@/utils/lens';
import { createLensState, type LensState } from '@/utils/lens-state';
import { rootsMatching, toySiteWithComments } from '../toy-site';

/** Posts and comments; a node changed in a post also yields the comments it holds (a batch loaded into it). */
const toySite = { ...toySiteWithComments, findPosts: rootsMatching('.post, .comment', '.comment') };

const MATCH = 'Always release the glutes first, tight glutes cause low back pain. Glute massage every session.';
const badges = () => document.querySelectorAll('glute-lens-badge').length;
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('lens on a recycling feed', () => {
  let state: LensState;
  let lens: Lens;
  let node: Element;

  async function judge() {
    await tick();
    lens.flush();
    await tick();
  }
  const show = (text: string, id: string) => {
    node.setAttribute('data-id', id);
    node.querySelector('.msg')!.textContent = text;
  };

  beforeEach(() => {
    vi.stubGlobal('IntersectionObserver', undefined); // badges at once
    document.body.innerHTML = '<div id="feed"><div class="post" data-id="a"><p class="msg">Banana bread recipe, anyone?</p></div></div>';
    node = document.querySelector('.post')!;
    state = createLensState({ id: 'toy', name: 'Toy' });
    lens = startLens({ site: toySite, state, onOpen: () => {} });
  });
  afterEach(() => {
    lens.stop();
    vi.unstubAllGlobals();
  });

  it('takes the badge and entry off a node that stops matching, and keeps them off', async () => {
    await judge();
    expect(badges()).toBe(0);
    show(MATCH, 'b');
    await judge();
    expect(node.getAttribute('data-glute-lens')).toBe('match');
    expect([badges(), state.postCount.value]).toEqual([1, 1]);
    show('Gluten-free cake for the waiting room', 'c'); // was a match: the full path
    await judge();
    expect([badges(), state.postCount.value]).toEqual([0, 0]);
    show('Closed on Monday, see you Tuesday', 'd'); // no match, none before: the fast path
    await judge();
    expect(node.getAttribute('data-glute-lens')).toBe('no-match');
    expect([badges(), state.postCount.value, state.list.value.length]).toEqual([0, 0, 0]);
    show(MATCH, 'e');
    await judge();
    expect([badges(), state.postCount.value]).toEqual([1, 1]);
  });

  it('after a navigation, a node that kept its badge loses it when it stops matching', async () => {
    show(MATCH, 'b');
    await judge();
    expect(badges()).toBe(1);
    // In-page navigation: the scanner forgets what it judged, the badge is still on the node, and the
    // node's first judgement after it is a no-match.
    lens.reset();
    show('Gluten-free cake for the waiting room', 'c');
    await judge();
    expect(node.getAttribute('data-glute-lens')).toBe('no-match');
    expect(badges()).toBe(0);
  });

  it('skips the sidebar state for a no-match that was none before, unless comment threads are counted', async () => {
    await judge();
    const upsert = vi.spyOn(state, 'upsert');
    show('Closed on Monday, see you Tuesday', 'c');
    await judge();
    expect(node.getAttribute('data-glute-lens')).toBe('no-match');
    expect(upsert).not.toHaveBeenCalled();
    // A comment is judged under the post: from now on threads are counted, and every judgement goes to the state.
    node.insertAdjacentHTML('beforeend', '<div class="comment" data-id="c-1"><p class="msg">Lovely, thanks</p></div>');
    await judge();
    expect(state.threadCount).toBe(1);
    upsert.mockClear();
    show('Reminder: 24 hours notice for cancellations', 'd');
    await judge();
    expect(upsert).toHaveBeenCalledWith(expect.objectContaining({ kind: 'post', key: expect.stringMatching(/^gl-/) }), expect.any(String));
  });
});
