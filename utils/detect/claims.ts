/**
 * Claim rules, run only on relevant text. A cue becomes a claim unless one of these rules stops it:
 *   negation   "my glutes aren't tight" (routine-inclusion keeps it: skipping the glutes is that claim)
 *   reported   the author reports someone else's view to dispute it ("they argue that ... however")
 *   caution    back pain named only as a warning ("avoid this if you have sciatica")
 *   weak-cause back pain blamed on weak glutes, which is weak-inhibited, not back-pain-release
 *   far        cue more than two sentences from any glute or hands-on word
 */
import { CLAIM_IDS, type ClaimId } from './types';
import { CAUTION, CLAIM_RULES, DISPUTE, NOT_TIGHT_CAUSE, PAIN_LINK, QUOTED, REPORT, TIGHT } from './claim-lexicon';
import { negationBefore, negationNote, scan, sentenceOf, type Analysis, type Hit } from './relevance';

export interface ClaimHit extends Hit {
  claim: ClaimId;
}

function sentenceText(a: Analysis, s: number): string {
  const start = s === 0 ? 0 : (a.ends[s - 1] ?? 0);
  return a.norm.slice(start, a.ends[s] ?? a.norm.length);
}

/** Ranges where the author reports a view they then dispute. */
function reportedRanges(a: Analysis): [number, number][] {
  const ranges: [number, number][] = [];
  const { norm } = a;
  if (!DISPUTE.test(norm)) return ranges;
  scan(REPORT, norm, (m) => {
    const s = sentenceOf(a.ends, m.index);
    const sentenceEnd = a.ends[s] ?? norm.length;
    const rest = norm.slice(m.index + m[0].length, sentenceEnd);
    const d = DISPUTE.exec(rest);
    ranges.push([m.index, d ? m.index + m[0].length + d.index : sentenceEnd]);
  });
  scan(QUOTED, norm, (m) => {
    const outside = norm.slice(0, m.index) + ' ' + norm.slice(m.index + m[0].length);
    if (DISPUTE.test(outside)) ranges.push([m.index, m.index + m[0].length]);
  });
  return ranges;
}

/** Finds the claims of a relevant text; rejected cues are added to `notes` with the reason. */
export function findClaims(a: Analysis, notes: Hit[], everywhere = false): ClaimHit[] {
  const { norm } = a;
  const near = new Set<number>();
  for (const h of [...a.anchors, ...a.cues]) {
    if (h.weight <= 0) continue;
    const s = sentenceOf(a.ends, h.start);
    for (let d = -2; d <= 2; d++) near.add(s + d);
  }
  const reported = reportedRanges(a);
  const painLinked = PAIN_LINK.test(norm);
  const found: ClaimHit[] = [];
  for (const rule of CLAIM_RULES) {
    const excluded: [number, number][] = [];
    if (rule.exclude) scan(rule.exclude, norm, (m) => excluded.push([m.index, m.index + m[0].length]));
    scan(rule.cue, norm, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      if (excluded.some(([s, e]) => start < e && end > s)) return;
      const s = sentenceOf(a.ends, start);
      if (!everywhere && !near.has(s)) return;
      const neg = negationBefore(norm, start);
      if (neg >= 0) {
        notes.push(negationNote(norm, neg, end));
        if (rule.claim !== 'routine-inclusion') return;
      }
      const r = reported.find(([rs, re]) => start >= rs && start < re);
      if (r) {
        notes.push({ start: r[0], end: Math.min(r[1], r[0] + 120), rule: 'reported', why: "reported to be disputed, so not the author's claim", weight: 0 });
        return;
      }
      if (rule.claim === 'back-pain-release') {
        if (!painLinked) return;
        const sentence = sentenceText(a, s);
        if (CAUTION.test(sentence)) {
          notes.push({ start, end, rule: 'caution', why: 'back pain is named only as a caution', weight: 0 });
          return;
        }
        TIGHT.lastIndex = 0;
        if (NOT_TIGHT_CAUSE.test(sentence) && !TIGHT.test(sentence)) {
          notes.push({ start, end, rule: 'weak-cause', why: 'links back pain to weak glutes, not tight ones', weight: 0 });
          return;
        }
      }
      found.push({ start, end, rule: `claim:${rule.claim}`, why: rule.why, weight: 1, claim: rule.claim });
    });
  }
  return found;
}

export function claimIds(hits: readonly { claim?: ClaimId }[]): ClaimId[] {
  const seen = new Set<ClaimId>();
  for (const h of hits) if (h.claim) seen.add(h.claim);
  return CLAIM_IDS.filter((c) => seen.has(c));
}
