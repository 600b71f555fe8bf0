/**
 * Claim rules, run only on relevant text. A cue becomes a claim unless one of these rules stops it:
 *   negation   "my glutes aren't tight" (routine-inclusion and draping-comfort keep it: they name a topic;
 *              and "no more back pain" is relief)
 *   reported   the author reports someone else's view to dispute it ("they argue that ... however")
 *   caution    back pain named only as a warning ("avoid this if you have sciatica")
 *   doubted    back pain named in a sentence that doubts the evidence ("the research on that is thin")
 *   question   back pain and its link to the glutes only asked about ("does glute work help back pain?")
 *   weak-cause back pain blamed on weak glutes, which is weak-inhibited, not back-pain-release
 *   denied     the rest of the sentence takes the word back ("most tight glutes aren't actually tight")
 *   far        cue more than two sentences from any glute or hands-on word
 */
import { CLAIM_IDS, type ClaimId } from './types';
import { admits } from './gates';
import { CAUTION, CLAIM_RULES, DENIAL, DOUBTED, DISPUTE, DISPUTE_GATE, NOT_TIGHT_CAUSE, PAIN_LINK, QUOTED, RELIEF, REPORT, TIGHT } from './claim-lexicon';
import { lastStartingBefore, negationBefore, negationNote, scan, sentenceOf, type Analysis, type Hit } from './relevance';

export interface ClaimHit extends Hit {
  claim: ClaimId;
}

/**
 * Claims about a topic rather than a position, which a negation does not take back: skipping the glutes is
 * routine-inclusion, and "no glute work without consent" or "I never ask about underwear" talk about consent
 * and underwear (draping-comfort).
 */
const TOPIC_CLAIMS: ReadonlySet<ClaimId> = new Set(['routine-inclusion', 'draping-comfort']);

/** The sentence around a hit, clipped to 300 characters either side so long texts stay linear. */
function sentenceAround(a: Analysis, s: number, start: number, end: number): string {
  const from = Math.max(s === 0 ? 0 : (a.ends[s - 1] ?? 0), start - 300);
  return a.norm.slice(from, Math.min(a.ends[s] ?? a.norm.length, end + 300));
}

/** Whether [start, end) overlaps one of the sorted, non-overlapping ranges. */
function overlaps(sorted: readonly [number, number][], start: number, end: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid]?.[0] ?? 0) < end) lo = mid + 1;
    else hi = mid;
  }
  const r = sorted[lo - 1];
  return r !== undefined && r[1] > start;
}

/** Ranges where the author reports a view they then dispute, sorted and merged. */
function reportedRanges(a: Analysis): [number, number][] {
  const ranges: [number, number][] = [];
  const { norm } = a;
  const disputes: number[] = [];
  if (admits(norm, DISPUTE_GATE)) scan(DISPUTE, norm, (m) => disputes.push(m.index));
  if (disputes.length === 0) return ranges;
  let next = 0; // report hits come in text order, so one pointer walks the disputes once
  scan(REPORT, norm, (m) => {
    const s = sentenceOf(a.ends, m.index);
    const after = m.index + m[0].length;
    const limit = Math.min(a.ends[s] ?? norm.length, after + 300);
    while (next < disputes.length && (disputes[next] ?? 0) < after) next++;
    const d = disputes[next];
    ranges.push([m.index, d !== undefined && d < limit ? d : limit]);
  });
  scan(QUOTED, norm, (m) => {
    const end = m.index + m[0].length;
    if ((disputes[0] ?? end) < m.index || (disputes[disputes.length - 1] ?? 0) >= end) ranges.push([m.index, end]);
  });
  ranges.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** The text with every sentence that ends in a question mark left out. */
function withoutQuestions(a: Analysis): string {
  let out = '';
  let from = 0;
  for (const end of a.ends) {
    if (a.norm[end] !== '?') out += `${a.norm.slice(from, end)} `;
    from = end + 1;
  }
  return out + a.norm.slice(from);
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
  // Reported views, exclusions and the pain link matter only once a cue is found, and most texts have
  // cues for few claims: each is worked out on first need (the same results, fewer patterns run).
  let reported: { ranges: [number, number][]; starts: { start: number }[] } | undefined;
  let painLinked: boolean | undefined;
  let assertedLink: boolean | undefined;
  const found: ClaimHit[] = [];
  for (const rule of CLAIM_RULES) {
    if (rule.gate && !admits(norm, rule.gate)) continue;
    let excluded: [number, number][] | undefined;
    scan(rule.cue, norm, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      if (!excluded) {
        excluded = [];
        if (rule.exclude) scan(rule.exclude, norm, (x) => excluded!.push([x.index, x.index + x[0].length]));
      }
      if (overlaps(excluded, start, end)) return;
      const s = sentenceOf(a.ends, start);
      if (!everywhere && !near.has(s)) return;
      const neg = negationBefore(norm, start);
      // "No more back pain" after the glute work is relief, the link itself, not a denial of it.
      const relief = neg >= 0 && rule.claim === 'back-pain-release' && RELIEF.test(norm.slice(neg, start));
      if (neg >= 0 && !relief) {
        notes.push(negationNote(norm, neg, end));
        if (!TOPIC_CLAIMS.has(rule.claim)) return;
      }
      const denial = TOPIC_CLAIMS.has(rule.claim) ? null : DENIAL.exec(norm.slice(end, a.ends[s] ?? norm.length));
      if (denial?.[1] === m[0]) {
        notes.push(negationNote(norm, end + denial.index, end + denial.index + denial[0].length));
        return;
      }
      if (!reported) {
        const ranges = reportedRanges(a);
        reported = { ranges, starts: ranges.map(([s]) => ({ start: s })) };
      }
      if (overlaps(reported.ranges, start, start + 1)) {
        const r = reported.ranges[lastStartingBefore(reported.starts, start + 1)] ?? [start, end];
        notes.push({ start: r[0], end: Math.min(r[1], r[0] + 120), rule: 'reported', why: "reported to be disputed, so not the author's claim", weight: 0 });
        return;
      }
      if (rule.claim === 'back-pain-release') {
        painLinked ??= PAIN_LINK.test(norm);
        if (!painLinked && !relief) return;
        const sentence = sentenceAround(a, s, start, end);
        // "Is glute massage worth it for low back pain?" asks about the link; it does not claim it. A question
        // that only sets the claim up ("Do you have back pain? Tight glutes may be behind it", "Sore low back
        // after long shifts? We release the glutes first") is followed by a link stated outside any question.
        if (!everywhere && norm[a.ends[s] ?? -1] === '?' && PAIN_LINK.test(sentence)) {
          assertedLink ??= PAIN_LINK.test(withoutQuestions(a));
          if (!assertedLink) {
            notes.push({ start, end, rule: 'question', why: 'back pain is named in a question, not claimed', weight: 0 });
            return;
          }
        }
        if (CAUTION.test(sentence)) {
          notes.push({ start, end, rule: 'caution', why: 'back pain is named only as a caution', weight: 0 });
          return;
        }
        if (DOUBTED.test(sentence)) {
          notes.push({ start, end, rule: 'doubted', why: 'back pain is named where the evidence is doubted', weight: 0 });
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
