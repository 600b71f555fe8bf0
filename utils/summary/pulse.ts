/**
 * Thread pulse: the chorus under a post at a glance. How many comments make each claim, how many
 * are nuanced already, and the talking point that answers the most common claim. Pure.
 */
import { CLAIM_IDS, type ClaimId, type Verdict } from '../detect/types';
import { CLAIM_INFO } from '../knowledge/claims';
import type { Pack } from '../knowledge/types';
import { buildSummary, type SummaryPoint } from './index';

export interface PulseComment {
  text: string;
  verdict: Verdict;
}

export interface ThreadPulse {
  /** Comments judged under the post so far. */
  total: number;
  /** Per claim, most common first; claims no comment makes are left out. */
  claims: { id: ClaimId; label: string; count: number }[];
  /** Comments that already add nuance (evidence words, hedges, disputing the myth). */
  nuanced: number;
  /** The point that answers the most common claim, when one does. */
  answer: { claim: ClaimId; point: SummaryPoint } | null;
}

/** Myths the sidebar answers; a comment repeating one of these is not "nuanced". */
const MYTH_CLAIMS: ReadonlySet<ClaimId> = new Set(['back-pain-release', 'tight-needs-release']);

// Words that show a commenter weighing the evidence rather than repeating the story. Bounded, no
// nested quantifiers: linear on any input.
const NUANCE = /\b(?:evidence|research|stud(?:y|ies)|systematic review|trial|nervous system|perception|placebo|correlat\w{0,6}|causation|not (?:necessarily|the cause|proven)|depends|it varies|weak(?:ness)?|inhibit\w{0,4}|strengthen\w{0,4}|consent|ask (?:first|the client))\b/i;

export function isNuanced(comment: PulseComment): boolean {
  if (comment.verdict.claims.some((c) => MYTH_CLAIMS.has(c))) return false;
  return NUANCE.test(comment.text.slice(0, 4000));
}

/** `total` counts every comment judged under the post (relevant or not); `comments` are the relevant ones. */
export function buildPulse(comments: PulseComment[], packs: Pack[], total = comments.length): ThreadPulse {
  const counts = new Map<ClaimId, number>();
  let nuanced = 0;
  for (const comment of comments) {
    if (comment.verdict.relevant) {
      for (const claim of new Set(comment.verdict.claims)) counts.set(claim, (counts.get(claim) ?? 0) + 1);
    }
    if (isNuanced(comment)) nuanced++;
  }
  const claims = CLAIM_IDS.filter((id) => counts.has(id))
    .map((id) => ({ id, label: CLAIM_INFO[id].label, count: counts.get(id)! }))
    .sort((a, b) => b.count - a.count);
  const top = claims[0];
  let answer: ThreadPulse['answer'] = null;
  if (top) {
    const verdict: Verdict = { relevant: true, score: 1, claims: [top.id], spans: [] };
    const point = buildSummary(verdict, { packs }).points.find((p) => p.claims.includes(top.id));
    if (point) answer = { claim: top.id, point };
  }
  return { total: Math.max(total, comments.length), claims, nuanced, answer };
}
