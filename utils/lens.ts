/**
 * One scanning session on one page: scanner → classifier → attributes, badges and sidebar state.
 * Started when the site is enabled, reset on in-page navigation, stopped on disable or invalidation.
 */
import { judgePost, type Verdict } from './detect';
import { CLAIM_LABEL } from './knowledge/claim-labels';
import { createScanner } from './scanner';
import { ATTR, type Judged } from './scanner-api';
import { BADGE_TAG, removeBadge, upsertBadge, type BadgeInfo } from './badge';
import type { LensState } from './lens-state';
import type { SiteAdapter } from './sites/types';

export interface LensOptions {
  site: SiteAdapter;
  state: LensState;
  /** Called when the user opens a post from its badge (the content script focuses the sidebar). */
  onOpen: (key: string, opener: HTMLElement) => void;
  doc?: Document;
  /** How long after a start or navigation a page that expects a feed may show none before we say so. */
  layoutGraceMs?: number;
  /** For the scanner's discovery poll (see ScannerOptions.setInterval). */
  setInterval?: (handler: () => void, ms: number) => number;
}

export interface Lens {
  reset(): void;
  stop(): void;
  flush(): void;
}

export function startLens(options: LensOptions): Lens {
  const { site, state, onOpen } = options;
  const doc = options.doc ?? document;
  const grace = options.layoutGraceMs ?? 5000;
  const controller = new AbortController();
  let layoutTimer: ReturnType<typeof setTimeout> | undefined;
  let judgedSinceStart = 0;

  // The anchor is looked up when the badge goes in, for the matches a reader comes to (some sites need a query).
  const badges = createBadgePlacer(doc, onOpen, site.badgeAnchor?.bind(site));

  const onJudged = (judged: Judged, previousKey: string | null) => {
    judgedSinceStart++;
    if (judged.verdict.relevant) {
      badges.place(judged.element, { key: judged.key, verdict: judged.verdict, truncated: judged.truncated });
    } else {
      badges.remove(judged.element);
    }
    state.upsert(judged, previousKey);
    if (!state.layoutRecognised.value) state.layoutRecognised.value = true;
  };

  const scanner = createScanner({
    site, classify: judgePost, onJudged, signal: controller.signal, doc, setInterval: options.setInterval,
  });

  function checkLayoutLater(): void {
    clearTimeout(layoutTimer);
    state.layoutRecognised.value = true;
    layoutTimer = setTimeout(() => {
      const view = doc.defaultView;
      const expects = view ? site.expectsFeed?.(new URL(view.location.href)) ?? false : false;
      if (expects && scanner.feedCount === 0 && judgedSinceStart === 0) state.layoutRecognised.value = false;
    }, grace);
  }
  checkLayoutLater();

  return {
    reset() {
      judgedSinceStart = 0;
      badges.clear();
      state.clear();
      scanner.reset();
      checkLayoutLater();
    },
    stop() {
      clearTimeout(layoutTimer);
      controller.abort();
      badges.clear();
      clearMarks(doc);
      state.clear();
    },
    flush() {
      scanner.flush();
    },
  };
}

/** Removes only what Glute Lens added: our attributes and our badge hosts. */
export function clearMarks(doc: Document): void {
  for (const el of doc.querySelectorAll(`[${ATTR.verdict}]`)) {
    for (const name of Object.values(ATTR)) el.removeAttribute(name);
  }
  for (const badge of doc.querySelectorAll(BADGE_TAG)) badge.remove();
}

/** What a match's badge shows: the badge's info, with its claims read from the verdict only when the badge is put. */
export type Marks = Omit<BadgeInfo, 'claimsLabel'> & { verdict: Verdict };

/**
 * Badges render only for posts in or near the viewport: on an endless feed most posts scroll past
 * unseen, and each badge costs the page a layout, paint and commit. A match is remembered and its badge
 * added when the post comes within a quarter viewport of the screen (an IntersectionObserver, no layout
 * reads of our own); a badge already there is updated at once. Without IntersectionObserver, at once.
 * The post's claims attribute is written with its badge.
 */
export interface BadgePlacer {
  /** `post` is a match: its badge goes into its anchor (the post itself, or a header or block inside it) when seen. */
  place(post: Element, info: Marks): void;
  /** Takes the post's badge away (it no longer matches), or its wait for one. */
  remove(post: Element): void;
  /** Forget the posts still waiting for a badge (navigation, stop); badges on the page stay until clearMarks. */
  clear(): void;
}

const SWEEP_MIN = 200;

/**
 * `anchorOf` (the site's `badgeAnchor`; default the post itself) is asked when a badge goes in, not when the
 * post is judged: most matches on a feed scroll past unseen, and the site may have re-rendered the post since.
 */
export function createBadgePlacer(
  doc: Document,
  onOpen: (key: string, badge: HTMLElement) => void,
  anchorOf: (post: Element) => Element = (post) => post,
): BadgePlacer {
  /** Posts waiting to come into view; the post is watched (an anchor may have no box of its own). */
  const waiting = new Map<Element, Marks>();
  /**
   * Virtualised feeds remove posts that were never seen. Once the waiting list doubles, posts that left
   * the page are dropped (and unobserved), so it stays as small as what is on the page: amortised O(1).
   */
  let sweepAt = SWEEP_MIN;
  const sweep = () => {
    for (const post of waiting.keys()) {
      if (post.isConnected) continue;
      waiting.delete(post);
      observer?.unobserve(post);
    }
    sweepAt = Math.max(SWEEP_MIN, waiting.size * 2);
  };
  /** Posts showing a badge, with the anchor it is in: a non-matching post that never had one costs no DOM lookup. */
  const badged = new WeakMap<Element, Element>();
  /** The badge, and the post's claims attribute (the page contract): both wait until the post is seen. */
  const put = (post: Element, anchor: Element, { key, verdict, truncated }: Marks) => {
    post.setAttribute(ATTR.claims, verdict.claims.join(' '));
    upsertBadge(anchor, { key, truncated, claimsLabel: verdict.claims.map((c) => CLAIM_LABEL[c]).join('; ') }, onOpen);
    badged.set(post, anchor);
  };
  const unbadge = (post: Element) => {
    const anchor = badged.get(post);
    if (!anchor) return;
    removeBadge(anchor);
    badged.delete(post);
  };
  const IO = doc.defaultView?.IntersectionObserver;
  const observer = IO
    ? new IO(
        (entries) => {
          for (const entry of entries) {
            if (!entry.isIntersecting) continue;
            const post = entry.target;
            const info = waiting.get(post);
            waiting.delete(post);
            observer!.unobserve(post);
            if (info && post.isConnected) put(post, anchorOf(post), info);
          }
        },
        // `delay` (Chromium; other browsers ignore it): each post's intersection is worked out at most every
        // 100 ms instead of every frame. The quarter viewport of margin covers that while scrolling.
        { rootMargin: '25% 0px', delay: 100 } as IntersectionObserverInit,
      )
    : null;
  return {
    place(post, info) {
      const shown = badged.get(post);
      if (!observer || shown) {
        // No observer, or the post shows its badge already (a recycled node, an edit): update it now...
        const anchor = anchorOf(post);
        if (!observer || shown === anchor) {
          if (waiting.delete(post)) observer?.unobserve(post);
          put(post, anchor, info);
          return;
        }
        unbadge(post); // ...unless the site moved things: the badge goes where the anchor is now, when seen
      }
      if (!waiting.has(post)) observer.observe(post);
      waiting.set(post, info);
      if (waiting.size > sweepAt) sweep();
    },
    remove(post) {
      if (waiting.delete(post)) observer?.unobserve(post);
      unbadge(post);
    },
    clear() {
      observer?.disconnect();
      waiting.clear();
    },
  };
}
