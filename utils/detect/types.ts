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
  /** Whether the words came from the text itself or from its context (the post, or the comment a reply answers). */
  from: 'text' | 'context';
  /** Set on a context span whose words are the comment a reply answers rather than the post. */
  context?: 'comment';
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

/**
 * A comment's context: the post, or the chain from the post down to the comment a reply answers. Each
 * comment of the chain is read against what comes before it, and a reply against the comment it answers:
 * "Exactly this." under "That's a myth, most glutes are weak" agrees with the comment, not with the post
 * the comment disputes. A reply to a comment that is no match (an off-topic aside in a glute thread)
 * gains nothing from the thread: it is read on its own words, like a comment under an unrelated post.
 */
export type Context = string | readonly string[];
