import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBadgePlacer } from '@/utils/lens';
import { ATTR } from '@/utils/scanner-api';
import type { ClaimId } from '@/utils/detect';

/** A stand-in IntersectionObserver whose entries the test delivers by hand. */
class FakeIO {
  static last: FakeIO | null = null;
  observed = new Set<Element>();
  disconnected = 0;
  constructor(
    private readonly callback: (entries: Partial<IntersectionObserverEntry>[]) => void,
    readonly options?: IntersectionObserverInit,
  ) {
    FakeIO.last = this;
  }
  observe(el: Element) {
    this.observed.add(el);
  }
  unobserve(el: Element) {
    this.observed.delete(el);
  }
  disconnect() {
    this.observed.clear();
    this.disconnected++;
  }
  /** The browser reports `el` in (or out of) view. */
  show(el: Element, isIntersecting = true) {
    this.callback([{ target: el, isIntersecting }]);
  }
}

/** A match's marks; `read` counts how often its claims were read (they cost a run of the claim rules). */
function info(key: string, claims: ClaimId[] = [], read = { claims: 0 }) {
  const verdict = { relevant: true, score: 1, spans: [], get claims() { read.claims++; return claims; } };
  return { key, verdict, truncated: false };
}
const badgeOf = (el: Element) => [...el.children].filter((c) => c.localName === 'glute-lens-badge');
const label = (el: Element) => badgeOf(el)[0]?.shadowRoot?.querySelector('button')?.getAttribute('aria-label') ?? '';

function page(): { post: Element; anchor: Element } {
  document.body.innerHTML = '<div class="post"><header class="head"></header><p>text</p></div>';
  return { post: document.querySelector('.post')!, anchor: document.querySelector('.head')! };
}

describe('badge placer (badges only near the viewport)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('adds the badge when the post comes into view, not before, and watches the post itself', () => {
    vi.stubGlobal('IntersectionObserver', FakeIO);
    const { post, anchor } = page();
    const placer = createBadgePlacer(document, () => {}, () => anchor);
    const io = FakeIO.last!;
    expect(io.options?.rootMargin).toBe('25% 0px');
    const read = { claims: 0 };
    placer.place(post, info('k1', ['back-pain-release', 'sitting'], read));
    expect(badgeOf(anchor)).toHaveLength(0);
    expect(io.observed.has(post)).toBe(true);
    io.show(post, false); // still out of view
    expect(badgeOf(anchor)).toHaveLength(0);
    // Unseen, the claims are neither read nor written: the page contract's attribute comes with the badge.
    expect(read.claims).toBe(0);
    expect(post.hasAttribute(ATTR.claims)).toBe(false);
    io.show(post);
    expect(badgeOf(anchor)).toHaveLength(1);
    expect(label(anchor)).toContain('Tight glutes cause back pain; release them; Sitting weakens or tightens the glutes');
    expect(post.getAttribute(ATTR.claims)).toBe('back-pain-release sitting');
    expect(io.observed.has(post)).toBe(false); // one badge, then no more watching
  });

  it('asks for the anchor only when the badge goes in, where the post holds it then', () => {
    vi.stubGlobal('IntersectionObserver', FakeIO);
    const { post, anchor } = page();
    const anchorOf = vi.fn(() => anchor);
    const placer = createBadgePlacer(document, () => {}, anchorOf);
    placer.place(post, info('k1'));
    placer.place(post, info('k1'));
    expect(anchorOf).not.toHaveBeenCalled(); // a match that scrolls past unseen costs no anchor lookup
    FakeIO.last!.show(post);
    expect(anchorOf).toHaveBeenCalledTimes(1);
    expect(badgeOf(anchor)).toHaveLength(1);
  });

  it('updates a badge already on the page at once (a recycled node or an edit)', () => {
    vi.stubGlobal('IntersectionObserver', FakeIO);
    const { post, anchor } = page();
    const placer = createBadgePlacer(document, () => {}, () => anchor);
    placer.place(post, info('k1', ['sitting']));
    FakeIO.last!.show(post);
    placer.place(post, info('k2', ['felt-release']));
    expect(badgeOf(anchor)).toHaveLength(1);
    expect(label(anchor)).toContain('Glute work feels like a release');
    expect(label(anchor)).not.toContain('Sitting');
    expect(post.getAttribute(ATTR.claims)).toBe('felt-release');
    expect(FakeIO.last!.observed.size).toBe(0);
  });

  it('a post that stops matching loses its badge, or never gets the one it was waiting for', () => {
    vi.stubGlobal('IntersectionObserver', FakeIO);
    const { post, anchor } = page();
    const placer = createBadgePlacer(document, () => {}, () => anchor);
    placer.place(post, info('k1'));
    placer.remove(post);
    expect(FakeIO.last!.observed.size).toBe(0);
    FakeIO.last!.show(post); // a late entry for a post that no longer matches
    expect(badgeOf(anchor)).toHaveLength(0);

    placer.place(post, info('k1'));
    FakeIO.last!.show(post);
    expect(badgeOf(anchor)).toHaveLength(1);
    placer.remove(post);
    expect(badgeOf(anchor)).toHaveLength(0);
  });

  it('moves the badge when the site re-renders the post with a new anchor', () => {
    vi.stubGlobal('IntersectionObserver', FakeIO);
    const { post, anchor } = page();
    let where = anchor;
    const placer = createBadgePlacer(document, () => {}, () => where);
    placer.place(post, info('k1'));
    FakeIO.last!.show(post);
    const moved = document.createElement('footer');
    post.append(moved);
    where = moved;
    placer.place(post, info('k1'));
    expect(badgeOf(anchor)).toHaveLength(0); // never two badges for one post
    FakeIO.last!.show(post);
    expect(badgeOf(moved)).toHaveLength(1);
  });

  it('clear forgets the waiting posts (navigation, stop)', () => {
    vi.stubGlobal('IntersectionObserver', FakeIO);
    const { post, anchor } = page();
    const placer = createBadgePlacer(document, () => {}, () => anchor);
    placer.place(post, info('k1'));
    placer.clear();
    expect(FakeIO.last!.disconnected).toBe(1);
    FakeIO.last!.show(post);
    expect(badgeOf(anchor)).toHaveLength(0);
  });

  it('forgets matches a virtualised feed removed before they were ever seen', () => {
    vi.stubGlobal('IntersectionObserver', FakeIO);
    document.body.innerHTML = '<div id="feed"></div>';
    const feed = document.querySelector('#feed')!;
    const placer = createBadgePlacer(document, () => {});
    const io = FakeIO.last!;
    // 1,000 matches scroll past unseen; the feed keeps only the newest 20 in the page.
    for (let i = 0; i < 1000; i++) {
      const post = document.createElement('div');
      feed.append(post);
      placer.place(post, info(`k${i}`));
      if (feed.children.length > 20) feed.firstElementChild!.remove();
    }
    expect(io.observed.size).toBeLessThanOrEqual(2 * 200 + 1);
    for (const post of feed.children) expect(io.observed.has(post)).toBe(true);
    // A post still on the page gets its badge when it comes into view.
    const last = feed.lastElementChild!;
    io.show(last);
    expect(badgeOf(last)).toHaveLength(1);
  });

  it('without IntersectionObserver every match gets its badge at once', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const { post, anchor } = page();
    const placer = createBadgePlacer(document, () => {}, () => anchor);
    placer.place(post, info('k1'));
    expect(badgeOf(anchor)).toHaveLength(1);
  });
});
