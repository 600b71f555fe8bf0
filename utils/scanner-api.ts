/**
 * What the scanner (utils/scanner.ts) shares with the rest of the content script: the attributes it
 * writes on the page, the hosts it ignores, and what it is given and hands back.
 */
import type { Context, Verdict } from './detect/types';
import type { SiteAdapter } from './sites/types';

export const ATTR = {
  verdict: 'data-glute-lens',
  claims: 'data-glute-lens-claims',
  kind: 'data-glute-lens-kind',
  truncated: 'data-glute-lens-truncated',
} as const;

/** Tag names of the hosts we add to the page; mutations on them are ours and are ignored. */
export const OWN_TAGS = new Set(['GLUTE-LENS-BADGE', 'GLUTE-LENS-SIDEBAR']);

export interface Judged {
  /** Stable key of the post: the site's id (permalink, urn) or one we made for this element. */
  key: string;
  element: Element;
  kind: 'post' | 'comment';
  text: string;
  truncated: boolean;
  verdict: Verdict;
  /** Key of the parent post for comments. */
  parentKey: string | null;
}

export interface ScannerOptions {
  site: SiteAdapter;
  classify: (text: string, context?: Context) => Verdict;
  /**
   * Called for every judgement that is new or changed (match or not), except a post that was no match
   * judged again as no match: the lens keeps nothing for it and no badge can be on it.
   */
  onJudged: (judged: Judged, previousKey: string | null) => void;
  signal: AbortSignal;
  doc?: Document;
  /** Milliseconds of work per slice (uBO uses 4). */
  sliceMs?: number;
  /** Posts judged per slice at most, whatever the clock says. */
  maxPerSlice?: number;
  /**
   * How long newly queued work waits before a slice runs (ms), so one slice takes the posts of more than
   * one frame; a slice that leaves work over is followed at once. 0 runs a slice right after each change.
   * Kept under two frames (33 ms): a virtualised feed that refills a node every other frame still has each
   * of its posts judged (at 50 ms the bench's recycling skipped a third of them, which looked like speed).
   */
  batchMs?: number;
  /** How often to look for a feed container that appeared later, at most (ms). */
  discoveryMs?: number;
  /**
   * Runs the discovery poll (default: the window's setInterval). The content script passes WXT's
   * `ctx.setInterval`, which also notices within a second when the extension was reloaded or removed.
   */
  setInterval?: (handler: () => void, ms: number) => number;
}
