/**
 * One scanning session on one page: scanner → classifier → attributes, badges and sidebar state.
 * Started when the site is enabled, reset on in-page navigation, stopped on disable or invalidation.
 */
import { classifyPost } from './detect';
import { CLAIM_INFO } from './knowledge/claims';
import { ATTR, createScanner, type Judged } from './scanner';
import { BADGE_TAG, removeBadge, upsertBadge } from './badge';
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

  const onJudged = (judged: Judged, previousKey: string | null) => {
    judgedSinceStart++;
    const anchor = site.badgeAnchor?.(judged.element) ?? judged.element;
    if (judged.verdict.relevant) {
      upsertBadge(
        anchor,
        {
          key: judged.key,
          claimsLabel: judged.verdict.claims.map((c) => CLAIM_INFO[c].label).join('; '),
          truncated: judged.truncated,
        },
        onOpen,
      );
    } else {
      removeBadge(anchor);
    }
    state.upsert(judged, previousKey);
    if (!state.layoutRecognised.value) state.layoutRecognised.value = true;
  };

  const scanner = createScanner({ site, classify: classifyPost, onJudged, signal: controller.signal, doc });

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
      state.clear();
      scanner.reset();
      checkLayoutLater();
    },
    stop() {
      clearTimeout(layoutTimer);
      controller.abort();
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
