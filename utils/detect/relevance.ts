/**
 * Relevance: a chain of small named rules over normalised text.
 *   1. glute-term      find glute-region words (strong / everyday / crude)
 *   2. idiom           drop figures of speech ("pain in the butt")
 *   3. list-mention    weaken glutes named only as one item in a list of 3+ body areas
 *   4. massage-term, tool-term, hands-on, draping-cue   find hands-on evidence
 *   5. other-area      drop hands-on words aimed at another area ("roll out your quads")
 *   6. exercise / massage setting   weaken or strengthen the verbs gyms use too
 *   7. pairing         best glute word x hands-on word, by sentence distance
 *   8. cosmetic        weaken cosmetic-surgery talk
 */
import type { Span } from './types';
import {
  ANCHOR_MEDIUM, ANCHOR_STRONG, hasAnyCue, ANCHOR_WEAK, CLAUSE_BREAK, COSMETIC, COSMETIC_GATE, DRAPING_CUE,
  DRAPING_CUE_GATE, EXERCISE, GLUTE_VERB, GLUTE_WORK, GLUTE_WORK_GATE, HANDS_ON, HANDS_ON_GATE, IDIOM, IDIOM_GATE, LIST_EMPHASIS, LOAD_BEFORE, LOAD_ON, WORKOUT, WORKOUT_GATE,
  isExercise, LIST_GAP, MASSAGE, MASSAGE_SETTING, MASSAGE_THING, NEGATION_BEFORE, NEGATION_GATE, OTHER_AREA_TARGET, REGION, REGION_GATE, SENTENCE_END, TOOL, TOOL_GATE,
} from './lexicon';
import { admits, type Gate } from './gates';

export interface Hit {
  start: number;
  end: number;
  rule: string;
  why: string;
  weight: number;
}

export interface Analysis {
  norm: string;
  /** Sentence end offsets, ascending. */
  ends: number[];
  anchors: Hit[];
  cues: Hit[];
  /** Best glute x hands-on pairing, 0..1. */
  best: number;
  relevant: boolean;
  /** Every rule hit, unsorted. */
  notes: Hit[];
}

export const RELEVANCE_THRESHOLD = 0.5;

export function scan(re: RegExp, text: string, visit: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else visit(m);
  }
}

/** Index of the last hit (sorted by start) whose start is below `pos`, or -1. */
export function lastStartingBefore(sorted: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid]?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

export function sentenceEnds(norm: string): number[] {
  const ends: number[] = [];
  scan(SENTENCE_END, norm, (m) => ends.push(m.index));
  return ends;
}

export function sentenceOf(ends: readonly number[], pos: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ends[mid] ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where the negation in the few words before `start` (same clause) begins, or -1. */
export function negationBefore(norm: string, start: number): number {
  if (!admits(norm, NEGATION_GATE)) return -1;
  let from = Math.max(0, start - 48);
  let before = norm.slice(from, start);
  let cut = -1;
  scan(CLAUSE_BREAK, before, (m) => (cut = m.index + m[0].length));
  if (cut >= 0) {
    from += cut;
    before = before.slice(cut);
  }
  const m = NEGATION_BEFORE.exec(before);
  return m ? from + m.index : -1;
}

export function negationNote(norm: string, start: number, end: number): Hit {
  return { start, end, rule: 'negation', why: `negated: '${norm.slice(start, end)}'`, weight: 0 };
}

function anchorWhy(word: string): string {
  if (word.startsWith('pir')) return 'mentions the piriformis (a deep muscle under the glutes)';
  if (word.includes('rotator') || word.includes('hip')) return 'mentions the deep hip muscles behind the hip';
  if (word.startsWith('glut')) return 'mentions the glutes';
  return `mentions the buttocks ("${word}")`;
}

function findAnchors(norm: string): Hit[] {
  const anchors: Hit[] = [];
  const add = (re: RegExp, weight: number) =>
    scan(re, norm, (m) =>
      anchors.push({ start: m.index, end: m.index + m[0].length, rule: 'glute-term', why: anchorWhy(m[0]), weight }),
    );
  add(ANCHOR_STRONG, 1);
  add(ANCHOR_MEDIUM, 0.9);
  add(ANCHOR_WEAK, 0.6);
  return anchors.sort((x, y) => x.start - y.start);
}

/**
 * The corpus rule says "three or more", but its three-item lists are nearly always the glutes with
 * their neighbours ("glutes, upper hamstrings, or lower back") and are labelled relevant, so the
 * rule bites from four.
 */
const LIST_MIN_ITEMS = 4;

/**
 * Anchors and other regions in a chain of 3+ items joined only by separators are list mentions.
 * Returns whether the text names another body area at all.
 */
function markListMentions(norm: string, anchors: Hit[], notes: Hit[]): boolean {
  const items: { start: number; end: number; anchor?: Hit }[] = anchors.map((a) => ({ start: a.start, end: a.end, anchor: a }));
  if (admits(norm, REGION_GATE)) scan(REGION, norm, (m) => items.push({ start: m.index, end: m.index + m[0].length }));
  const regions = items.length > anchors.length;
  if (items.length < 3) return regions;
  items.sort((x, y) => x.start - y.start);
  let chainStart = 0;
  const close = (endExclusive: number) => {
    if (endExclusive - chainStart < LIST_MIN_ITEMS) return;
    for (let i = chainStart; i < endExclusive; i++) {
      const a = items[i]?.anchor;
      if (!a) continue;
      const lead = norm.slice(Math.max(0, a.start - 24), a.start);
      if (LIST_EMPHASIS.test(lead)) continue;
      a.weight *= 0.3;
      notes.push({ start: a.start, end: a.end, rule: 'list-mention', why: 'the glutes are only one item in a list of body areas', weight: 0 });
    }
  };
  for (let i = 1; i <= items.length; i++) {
    const prev = items[i - 1];
    const cur = items[i];
    const joined = prev && cur && cur.start >= prev.end && cur.start - prev.end <= 24 && LIST_GAP.test(norm.slice(prev.end, cur.start));
    if (!joined) {
      close(i);
      chainStart = i;
    }
  }
  return regions;
}

/** `regions`: whether the text names another body area (every OTHER_AREA_TARGET match holds one). */
function findCues(norm: string, anchors: readonly Hit[], notes: Hit[], regions: boolean): Hit[] {
  const cues: Hit[] = [];
  const setting = MASSAGE_SETTING.test(norm);
  const exercise = !setting && isExercise(norm);
  // `skip`: a match of the pattern that its context shows is no cue after all.
  const add = (re: RegExp, rule: string, why: string, base: number, gymAmbiguous: boolean, g?: Gate, skip?: (m: RegExpExecArray) => boolean) => {
    if (g !== undefined && !admits(norm, g)) return;
    scan(re, norm, (m) => {
      if (skip?.(m)) return;
      let weight = m[0] === 'roller' || m[0] === 'rollers' ? Math.min(base, 0.8) : base;
      if (gymAmbiguous && weight < 0.8 && setting) weight = 0.8;
      if (gymAmbiguous && exercise) weight *= 0.6;
      cues.push({ start: m.index, end: m.index + m[0].length, rule, why, weight });
    });
  };
  add(MASSAGE, 'massage-term', 'mentions massage or hands-on work', 1, false);
  add(MASSAGE_THING, 'massage-thing', 'names a massage thing or job (a table, an appointment), so it counts for less', 0.5, false);
  add(TOOL, 'tool-term', 'mentions a self-massage tool (ball, roller or gun)', 1, false, TOOL_GATE);
  // "Sitting puts pressure on your glutes": HANDS_ON's "pressure on the" is then a load, not a hand.
  const load = (m: RegExpExecArray) => LOAD_ON.test(m[0]) && LOAD_BEFORE.test(norm.slice(Math.max(0, m.index - 12), m.index));
  add(HANDS_ON, 'hands-on', 'describes hands-on work (rolling, kneading, pressure)', 0.8, false, HANDS_ON_GATE, load);
  add(GLUTE_WORK, 'hands-on', 'describes hands-on work on the glutes', 0.8, true, GLUTE_WORK_GATE);
  add(GLUTE_VERB, 'hands-on', 'talks about doing, including or skipping the glutes', 0.55, true);
  add(DRAPING_CUE, 'draping-cue', 'mentions draping or underwear', 0.55, true, DRAPING_CUE_GATE);
  if (exercise) {
    const m = EXERCISE.exec(norm);
    if (m) notes.push({ start: m.index, end: m.index + m[0].length, rule: 'exercise', why: 'talks about exercise, so "work" may mean training', weight: 0 });
  }
  // Hands-on words aimed at another area do not pair with the glutes, unless the glutes are in the same list.
  cues.sort((x, y) => x.start - y.start);
  if (regions) scan(OTHER_AREA_TARGET, norm, (m) => {
    const end = m.index + m[0].length;
    const next = anchors[lastStartingBefore(anchors, end) + 1];
    // Only "massage the neck, glutes": in "neck massage, my glutes" the massage has already had its object.
    if ((m[1] ?? m[3]) !== undefined && next && next.start - end <= 40 && LIST_GAP.test(norm.slice(end, next.start).replace(REGION, ''))) return;
    // Cues are at most a few dozen characters long, so only those starting shortly before can overlap.
    for (let i = Math.max(0, lastStartingBefore(cues, m.index - 160)); i < cues.length; i++) {
      const c = cues[i];
      if (!c || c.start >= end) break;
      if (c.end > m.index && c.rule !== 'draping-cue' && (m[3] === undefined || c.start >= m.index)) {
        c.weight = 0;
        notes.push({ start: m.index, end, rule: 'other-area', why: `the hands-on work is aimed at another area ("${m[1] ?? m[2] ?? m[3] ?? ''}")`, weight: 0 });
      }
    }
  });
  for (const c of cues) {
    const neg = negationBefore(norm, c.start);
    if (neg >= 0) notes.push(negationNote(norm, neg, c.end));
  }
  return cues;
}

/** Best anchor weight x cue weight x closeness (same sentence 1, next sentence 0.85, further 0.6), in linear time. */
function bestPairing(ends: readonly number[], anchors: readonly Hit[], cues: readonly Hit[]): number {
  const maxA = new Map<number, number>();
  const maxC = new Map<number, number>();
  let topA = 0;
  let topC = 0;
  for (const a of anchors) {
    const s = sentenceOf(ends, a.start);
    maxA.set(s, Math.max(maxA.get(s) ?? 0, a.weight));
    topA = Math.max(topA, a.weight);
  }
  for (const c of cues) {
    const s = sentenceOf(ends, c.start);
    maxC.set(s, Math.max(maxC.get(s) ?? 0, c.weight));
    topC = Math.max(topC, c.weight);
  }
  let best = topA * topC * 0.6;
  for (const [s, a] of maxA) {
    best = Math.max(best, a * (maxC.get(s) ?? 0), a * 0.85 * Math.max(maxC.get(s - 1) ?? 0, maxC.get(s + 1) ?? 0));
  }
  return best;
}

/**
 * Runs the relevance rules. Returns null when the text names no glute-region word at all, unless
 * `cuesAlone` (a reply, whose glute subject may be in its parent): then the hands-on cues are still found.
 */
export function analyzeRelevance(norm: string, cuesAlone = false): Analysis | null {
  const anchors = findAnchors(norm);
  if (anchors.length === 0 && !cuesAlone) return null;
  // Without a single hands-on word nothing can pair: stop before the costlier rules.
  if (!hasAnyCue(norm)) return { norm, ends: cuesAlone ? sentenceEnds(norm) : [], anchors, cues: [], best: 0, relevant: false, notes: [] };
  const notes: Hit[] = [];
  const ends = sentenceEnds(norm);
  // Glute words that are not a body being worked on: figures of speech, and workouts named after the glutes.
  const offBody: Hit[] = [];
  if (admits(norm, IDIOM_GATE)) scan(IDIOM, norm, (m) =>
    offBody.push({ start: m.index, end: m.index + m[0].length, rule: 'idiom', why: 'a figure of speech, not the body', weight: 0 }),
  );
  if (admits(norm, WORKOUT_GATE)) {
    scan(WORKOUT, norm, (m) =>
      offBody.push({ start: m.index, end: m.index + m[0].length, rule: 'workout', why: 'names a workout: the glutes trained, not massaged', weight: 0 }),
    );
    offBody.sort((x, y) => x.start - y.start);
  }
  const live = offBody.length === 0 ? anchors : anchors.filter((a) => {
    const i = offBody[lastStartingBefore(offBody, a.end)];
    return !(i && i.end > a.start);
  });
  notes.push(...offBody);
  const cues = findCues(norm, live, notes, markListMentions(norm, live, notes));
  let best = bestPairing(ends, live, cues);
  const cosmetic = admits(norm, COSMETIC_GATE) ? COSMETIC.exec(norm) : null;
  if (cosmetic && best > 0) {
    best *= 0.5;
    notes.push({ start: cosmetic.index, end: cosmetic.index + cosmetic[0].length, rule: 'cosmetic', why: 'about cosmetic surgery, not massage', weight: 0 });
  }
  best = Math.round(Math.min(1, best) * 1000) / 1000;
  return { norm, ends, anchors: live, cues, best, relevant: best >= RELEVANCE_THRESHOLD, notes };
}

export function toSpan(norm: string, h: Hit, from: Span['from']): Span {
  return { start: h.start, end: h.end, text: norm.slice(h.start, h.end), rule: h.rule, why: h.why, from };
}
