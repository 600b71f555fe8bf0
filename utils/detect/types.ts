/**
 * Shared vocabulary of the classifier. Pure data and types: no DOM, no `browser`.
 * Claim ids are the corpus's (../shared/corpus/README.md) and part of the page contract
 * (`data-glute-lens-claims`), so never rename one.
 */
export const CLAIM_IDS = [
  'back-pain-release',
  'tight-needs-release',
  'weak-inhibited',
  'felt-release',
  'routine-inclusion',
  'sitting',
  'draping-comfort',
] as const;

export type ClaimId = (typeof CLAIM_IDS)[number];

export function isClaimId(value: unknown): value is ClaimId {
  return typeof value === 'string' && (CLAIM_IDS as readonly string[]).includes(value);
}

/** One piece of evidence behind a verdict: what matched, where, and which rule used it. */
export interface Span {
  /** Offsets into the normalised text of `from` (see `normalizeText`). */
  start: number;
  end: number;
  /** The matched words, as they read in the normalised text. */
  text: string;
  /** Stable id of the rule that produced the span (e.g. `glute-term`, `massage-term`, `claim:sitting`). */
  rule: string;
  /** Plain-language reason shown in the sidebar's "Why flagged", e.g. "mentions massage". */
  why: string;
  /** Set when the span supports a claim. */
  claim?: ClaimId;
  /** Whether the words came from the post itself or from the parent post given as context. */
  from: 'text' | 'context';
}

export interface Verdict {
  /** True when the text is about massage / hands-on soft-tissue work of the gluteal region. */
  relevant: boolean;
  /** 0..1, how sure the classifier is that the text is relevant. */
  score: number;
  /** Claims the author makes or endorses, in CLAIM_IDS order; empty when not relevant. */
  claims: ClaimId[];
  /** Every span that contributed, in text order (text spans first, then context spans). */
  spans: Span[];
}
