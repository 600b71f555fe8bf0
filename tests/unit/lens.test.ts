/**
 * The lens wiring (scanner → classifier → badges and sidebar state) on a recycling toy feed: a node that
 * stops matching loses its badge and entry, also when its first judgement after a navigation is a no-match.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startLens, type Lens } from '@/utils/lens';
import { createLensState, type LensState } from '@/utils/lens-state';
import { toySite } from '../toy-site';

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
    // The claims attribute comes with the badge, and goes when the node holds a post that is no match.
    expect(node.getAttribute('data-glute-lens-claims')).toContain('back-pain-release');
    show('Gluten-free cake for the waiting room', 'c');
    await judge();
    expect([badges(), state.postCount.value]).toEqual([0, 0]);
    expect(node.hasAttribute('data-glute-lens-claims')).toBe(false);
    show('Closed on Monday, see you Tuesday', 'd');
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
});
