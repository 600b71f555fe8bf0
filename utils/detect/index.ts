/**
 * The post classifier. Pure: text in, Verdict out; no DOM, no `browser`, relative imports only, so
 * the content script, `npm run classify`, `npm run eval` and `npm run bench` all run this same code.
 * What only the tools need (the keyword baseline, the list of every pattern) lives in baseline.ts and
 * patterns.ts, outside the content script's bundle.
 */
import { CLAIM_IDS, type ClaimId, type Context, type Span, type Verdict } from './types';
import { mayBeRelevant, mayMentionGlutes, normalizeText } from './normalize';
import { analyzeRelevance, sentenceEnds, toSpan, type Analysis, type Hit } from './relevance';
import { claimIds, findClaims, type ClaimHit } from './claims';
import { isExercise } from './lexicon';
import { hintedClaims, POSITION_CLAIMS, replyStance } from './reply';

export * from './types';
export { normalizeText, mayBeRelevant, mayMentionGlutes };

interface Reading {
  analysis: Analysis | null;
  notes: Hit[];
  claims: ClaimHit[];
}

/**
 * What a reply is read against: the post, or the comment it answers, as a verdict (its spans marked as
 * context). `comment` tells which of the two it is.
 */
interface Parent {
  relevant: boolean;
  best: number;
  claims: ClaimId[];
  spans: Span[];
  comment: boolean;
}

/**
 * The parents of the last comments read, newest last. Comments arrive in runs under one parent, so reading
 * the parent once per run (not once per comment) keeps a long thread linear; a few are kept, as a thread's
 * replies to a comment arrive between the comments on its post. Same input, same output.
 */
const recent: { chain: readonly string[]; parent: Parent | null }[] = [];
function readContext(context: Context | undefined): Parent | null {
  // Most texts are posts, read with no context: nothing is allocated for them.
  if (context === undefined || context.length === 0) return null;
  let chain = typeof context === 'string' ? [context] : context;
  if (chain.some((t) => t.trim() === '')) chain = chain.filter((t) => t.trim() !== '');
  if (chain.length === 0) return null;
  // Compared text by text, not joined into one key: the scanner passes the same strings for a run of
  // comments, which compare at once, where a joined key would copy and hash a long post for every reply.
  let hit = recent.find((r) => r.chain.length === chain.length && r.chain.every((t, i) => t === chain[i]));
  if (!hit) {
    hit = { chain, parent: parentOf(chain) };
    if (recent.length >= 8) recent.shift();
    recent.push(hit);
  }
  return hit.parent;
}

function parentOf(chain: readonly string[]): Parent | null {
  const text = chain[chain.length - 1]!;
  if (chain.length === 1) {
    // A post the pre-filter turns away cannot be relevant: it is neither normalised nor read.
    if (!mayBeRelevant(text)) return null;
    const norm = normalizeText(text);
    const v = verdictOf(norm, read(norm));
    return { relevant: v.relevant, best: v.score, claims: v.claims, spans: asContext(v.spans, false), comment: false };
  }
  const v = classify(text, chain.slice(0, -1), false);
  if (!v.relevant) return null;
  // The comment's own words (those of its reply stance too); what it was read against is its own context.
  const own = v.spans.filter((s) => s.from === 'text');
  return { relevant: true, best: v.score, claims: v.claims, spans: asContext(own, true), comment: true };
}

const asContext = (spans: Span[], comment: boolean): Span[] =>
  spans.map((s) => ({ ...s, from: 'context', ...(comment ? { context: 'comment' as const } : {}) }));

function read(norm: string): Reading {
  return readClaims(analyzeRelevance(norm));
}

/** The claim rules on top of the relevance rules' analysis. They read the analysis and never change it. */
function readClaims(analysis: Analysis | null): Reading {
  if (!analysis) return { analysis, notes: [], claims: [] };
  const notes = [...analysis.notes];
  const claims = analysis.relevant ? findClaims(analysis, notes) : [];
  return { analysis, notes, claims };
}

/**
 * A reply is read as if relevant, with claim cues counted anywhere in it (its topic is the parent's),
 * and its hands-on cues found even when it names no glute word ("try a lacrosse ball next").
 */
function readReply(norm: string): Reading {
  const analysis = analyzeRelevance(norm, true) ?? {
    norm, ends: sentenceEnds(norm), anchors: [], cues: [], best: 0, relevant: false, notes: [],
  };
  const notes = [...analysis.notes];
  return { analysis, notes, claims: findClaims(analysis, notes, true) };
}

/**
 * Whether a reply has words of its own about the topic: a claim, a live hands-on cue, or a glute word
 * that is not gym talk ("Glute bridges are my answer to everything" under a massage post is not).
 */
function isOnTopic(norm: string, reply: Reading): boolean {
  const a = reply.analysis;
  if (!a) return false;
  if (reply.claims.length > 0 || a.cues.some((c) => c.weight > 0)) return true;
  return a.anchors.length > 0 && !isExercise(norm);
}

function spansOf(norm: string, r: Reading, from: Span['from']): Span[] {
  const a = r.analysis;
  if (!a) return [];
  const hits = [...a.anchors, ...a.cues, ...r.notes, ...r.claims];
  hits.sort((x, y) => x.start - y.start || x.end - y.end);
  return hits.map((h) => {
    const span = toSpan(norm, h, from);
    const claim = (h as Partial<ClaimHit>).claim;
    if (claim) span.claim = claim;
    return span;
  });
}

function verdictOf(norm: string, r: Reading): Verdict {
  const relevant = r.analysis?.relevant ?? false;
  return {
    relevant,
    score: r.analysis?.best ?? 0,
    claims: relevant ? claimIds(r.claims) : [],
    spans: spansOf(norm, r, 'text'),
  };
}

/**
 * verdictOf(norm, readClaims(analysis)), with `claims` and `spans` worked out when first read. A class
 * with getters on its prototype: an object literal with getters costs V8 a new shape per object (about
 * 3 µs, as much as the claim rules it would save). `toJSON` gives the plain verdict.
 */
class LazyVerdict implements Verdict {
  readonly relevant: boolean;
  readonly score: number;
  #norm: string;
  #analysis: Analysis | null;
  #details: Verdict | null = null;

  constructor(norm: string, analysis: Analysis | null) {
    this.relevant = analysis?.relevant ?? false;
    this.score = analysis?.best ?? 0;
    this.#norm = norm;
    this.#analysis = analysis;
  }

  #read(): Verdict {
    if (!this.#details) {
      this.#details = verdictOf(this.#norm, readClaims(this.#analysis));
      this.#analysis = null; // what the details were made from is no longer needed
    }
    return this.#details;
  }

  get claims(): ClaimId[] {
    return this.#read().claims;
  }

  get spans(): Span[] {
    return this.#read().spans;
  }

  toJSON(): Verdict {
    return this.#read();
  }
}

/**
 * The verdict of every text the pre-filter turns away (most posts of a feed): one shared object, frozen,
 * instead of three new ones per post for the garbage collector.
 */
const NOT_RELEVANT: Verdict = Object.freeze({
  relevant: false,
  score: 0,
  claims: Object.freeze([]) as readonly ClaimId[] as ClaimId[],
  spans: Object.freeze([]) as readonly Span[] as Span[],
});

/**
 * Classifies one post or comment. `context` is the parent post of a comment: a reply that agrees
 * with (or pushes back on) a glute-massage post is relevant too, and an agreeing reply carries the
 * parent's claims; a reply under an unrelated post gains nothing from it.
 */
export function classifyPost(text: string, context?: Context): Verdict {
  return classify(text, context, false);
}

/**
 * classifyPost as the content script calls it: the same verdict, but for a post read on its own (no
 * context) `claims` and `spans` are worked out when first read. Whether a post matches needs only the
 * relevance rules; on a feed most matches scroll past unseen, and only the badge and the sidebar of a
 * post a reader sees ask for its claims. The claim rules are about half the cost of a match.
 * tests/unit/detect-lazy.test.ts checks that both give the same JSON on every text we have.
 */
export function judgePost(text: string, context?: Context): Verdict {
  return classify(text, context, true);
}

function classify(text: string, context: Context | undefined, lazy: boolean): Verdict {
  const parent = readContext(context);
  // A post, or a comment under a post that is no match (it gains nothing from it: most comments on a feed
  // sit under posts about something else), is read on its own words, pre-filter first.
  if (!parent?.relevant) {
    if (!mayBeRelevant(text)) return NOT_RELEVANT;
    const norm = normalizeText(text);
    return lazy ? new LazyVerdict(norm, analyzeRelevance(norm)) : verdictOf(norm, read(norm));
  }
  const norm = normalizeText(text);
  const own = read(norm);
  const verdict = verdictOf(norm, own);
  const reply = verdict.relevant ? own : readReply(norm);
  const stance = replyStance(norm, isOnTopic(norm, reply), parent.comment);
  if (!stance) return verdict;

  const ownClaims = claimIds(reply.claims);
  const claims = new Set<ClaimId>(ownClaims);
  if (stance.agrees) {
    // A pure agreement ("So true.") carries every parent claim; one with words of its own only those it points at.
    const hinted = hintedClaims(norm);
    const pointed = hinted === null && ownClaims.length === 0 ? null : new Set<ClaimId>([...ownClaims, ...(hinted ?? [])]);
    for (const c of parent.claims) if (!pointed || pointed.has(c)) claims.add(c);
  } else if (stance.rule === 'reply-disagrees') {
    // A reply that disputes its parent does not hold the parent's positions, even where it repeats their words.
    for (const c of parent.claims) if (POSITION_CLAIMS.has(c)) claims.delete(c);
  }
  const spans = spansOf(norm, reply, 'text');
  spans.push({ start: stance.start, end: stance.end, text: norm.slice(stance.start, stance.end), rule: stance.rule, why: stance.why, from: 'text' });
  spans.sort((x, y) => x.start - y.start || x.end - y.end);
  spans.push(...parent.spans);
  return {
    relevant: true,
    score: Math.max(verdict.score, Math.round(parent.best * 900) / 1000),
    claims: CLAIM_IDS.filter((c) => claims.has(c)),
    spans,
  };
}
