/**
 * Fuzzing the classifier with 100,000 generated posts (random Unicode, emoji, RTL, zero-width, huge words,
 * lone surrogates, glute vocabulary mixed in) and with 1 MB texts. The content script runs `classifyPost`
 * on text strangers wrote, so it must never throw, must always return a well-formed verdict, and its time
 * must grow linearly with the text (compared as a best-of-N time ratio, never an absolute time).
 * tests/unit/detect-hostile.test.ts covers regex safety (recheck) and the pre-filter.
 */
import { describe, expect, it } from 'vitest';
import { classifyPost } from '@/utils/detect';
import { CLAIM_IDS, type Verdict } from '@/utils/detect/types';
import { rng } from '../rng';

export const FUZZ_POSTS = 100_000;

const WORDS = [
  'glute', 'glutes', 'gluteus medius', 'butt', 'booty', 'piriformis', 'hip', 'massage', 'massaged', 'LMT', 'client',
  'release', 'tight', 'weak', 'inhibited', 'activate', 'low back pain', 'sciatica', 'sitting all day', 'draping',
  'gluten', 'gluten-free', 'glute bridges', 'hip thrusts', 'never', 'not', 'however', '"they say', 'lol', 'IMO',
  'every session', 'felt amazing', 'released', 'trigger point', 'foam roll', 'consent', '🍑', '💆‍♀️', '😂🔥', '👍🏽',
];

/** Characters that break naive text code: RTL marks and scripts, zero-width, combining, surrogates, controls. */
const ODD = [
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u202e', '\u202d', '\u2066', '\u2069', '\u200f',
  '\u0301', '\u0336', '\u034f', '\ufe0f', '\u0000', '\u0007', '\u001b', '\r', '\n', '\t', '\u2028', '\u2029',
  '\ud800', '\udfff', '\ud83c', 'ｇｌｕｔｅ', '𝐠𝐥𝐮𝐭𝐞', 'ǵłůţę', 'مساج الأرداف', 'עיסוי ישבן', 'массаж ягодиц', '臀部按摩',
  '&#103;&#108;', '&amp;', '<b>', '</b>', '\\u0067', '%67%6c',
];

const RANGES: [number, number][] = [
  [0x20, 0x7e], // ASCII
  [0xa0, 0x24f], // Latin-1 and extended
  [0x300, 0x36f], // combining marks
  [0x590, 0x6ff], // Hebrew, Arabic
  [0x2000, 0x206f], // punctuation, bidi controls
  [0x4e00, 0x4fff], // CJK
  [0xd800, 0xdfff], // lone surrogates
  [0xfe00, 0xfe0f], // variation selectors
  [0x1f300, 0x1faff], // emoji
  [0xe0000, 0xe007f], // tag characters
];

function randomChar(r: () => number): string {
  const [lo, hi] = RANGES[Math.floor(r() * RANGES.length)]!;
  const cp = lo + Math.floor(r() * (hi - lo + 1));
  // Surrogate halves on their own: String.fromCharCode, so they stay unpaired.
  return cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
}

/** One generated post. Most are feed-sized; one in 200 holds a huge word; one in 50 is long. */
export function generatePost(r: () => number): string {
  const roll = r();
  const parts: string[] = [];
  let budget = roll < 0.005 ? 20_000 + Math.floor(r() * 20_000) : roll < 0.025 ? 2_000 + Math.floor(r() * 4_000) : Math.floor(r() * 300);
  if (roll < 0.005) {
    // A huge word: no spaces for thousands of characters, sometimes made of glute words glued together.
    const unit = r() < 0.5 ? 'glute' : randomChar(r);
    parts.push(unit.repeat(Math.ceil(budget / unit.length)));
    budget = 0;
  }
  while (budget > 0) {
    const pick = r();
    let piece: string;
    if (pick < 0.35) piece = WORDS[Math.floor(r() * WORDS.length)]!;
    else if (pick < 0.55) piece = ODD[Math.floor(r() * ODD.length)]!;
    else if (pick < 0.65) piece = '.,!?;:()[]"\'-…'[Math.floor(r() * 13)]!;
    else {
      piece = '';
      const n = 1 + Math.floor(r() * 8);
      for (let i = 0; i < n; i++) piece += randomChar(r);
    }
    parts.push(piece, r() < 0.7 ? ' ' : '');
    budget -= piece.length + 1;
  }
  return parts.join('');
}

/** The verdict contract the content script relies on, for any input. */
export function checkVerdict(v: Verdict, text: string, context?: string | readonly string[]): string | null {
  if (typeof v.relevant !== 'boolean') return 'relevant is not a boolean';
  if (typeof v.score !== 'number' || !Number.isFinite(v.score) || v.score < 0 || v.score > 1) return `score ${v.score}`;
  if (!Array.isArray(v.claims) || !Array.isArray(v.spans)) return 'claims or spans not a list';
  if (!v.relevant && v.claims.length > 0) return 'claims on a no-match';
  if (new Set(v.claims).size !== v.claims.length) return 'duplicate claims';
  const order = v.claims.map((c) => CLAIM_IDS.indexOf(c));
  if (order.some((i) => i < 0)) return `unknown claim in ${v.claims.join(',')}`;
  if (order.some((i, k) => k > 0 && i <= order[k - 1]!)) return 'claims not in CLAIM_IDS order';
  for (const s of v.spans) {
    const source = s.from === 'context' ? context : text;
    if (s.from !== 'text' && s.from !== 'context') return `span from ${String(s.from)}`;
    if (source === undefined) return 'context span without context';
    if (s.context !== undefined && (s.from !== 'context' || s.context !== 'comment' || !Array.isArray(context) || context.length < 2)) {
      return `span marked as from a comment (${String(s.context)}) outside a reply's chain`;
    }
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end >= s.start)) {
      return `span offsets ${s.start}-${s.end}`;
    }
    if (typeof s.rule !== 'string' || !s.rule || typeof s.why !== 'string' || !s.why) return 'span without rule or reason';
  }
  return null;
}

function bestOf(fn: () => void, runs = 5): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Concatenates generated posts until the text is `size` characters long. */
function bigText(size: number, seed: number): string {
  const r = rng(seed);
  const parts: string[] = [];
  let n = 0;
  while (n < size) {
    const p = generatePost(r);
    parts.push(p);
    n += p.length + 1;
  }
  return parts.join('\n').slice(0, size);
}

describe('classifier fuzzing', () => {
  it(`${FUZZ_POSTS.toLocaleString('en')} generated posts, half with generated parents as context: no exception, well-formed verdicts`, () => {
    const seed = 20261127;
    const r = rng(seed);
    let relevant = 0;
    let withClaims = 0;
    let previous = '';
    let older = '';
    for (let i = 0; i < FUZZ_POSTS; i++) {
      const text = generatePost(r);
      // Comments are classified with their post as context, replies with the post and the comment they
      // answer: the previous posts stand in for them.
      const context = i % 4 === 1 ? previous : i % 4 === 3 ? [older, previous] : undefined;
      let verdict: Verdict;
      try {
        verdict = classifyPost(text, context);
      } catch (err) {
        throw new Error(`case ${i} (seed ${seed}) threw: ${String(err)}\ntext: ${JSON.stringify(text.slice(0, 300))}`);
      }
      const problem = checkVerdict(verdict, text, context);
      if (problem) throw new Error(`case ${i} (seed ${seed}): ${problem}\ntext: ${JSON.stringify(text.slice(0, 300))}`);
      if (verdict.relevant) relevant++;
      if (verdict.claims.length) withClaims++;
      older = previous;
      previous = text;
    }
    // The generator must actually reach the interesting paths, or this test would prove little.
    expect(relevant).toBeGreaterThan(FUZZ_POSTS * 0.01);
    expect(relevant).toBeLessThan(FUZZ_POSTS);
    expect(withClaims).toBeGreaterThan(0);
  }, 60_000);

  it('is deterministic: the same text gives the same verdict', () => {
    const r = rng(5);
    for (let i = 0; i < 500; i++) {
      const text = generatePost(r);
      expect(classifyPost(text)).toEqual(classifyPost(text));
    }
  });

  it('1 MB generated texts (as post and as context): no exception, time grows linearly', () => {
    const big = bigText(1 << 20, 11);
    const quarter = bigText(1 << 18, 11);
    expect(big.length).toBe(1 << 20);
    for (const [text, context] of [[big, undefined], ['agreed, so true', big], [big, big], ['agreed, so true', [big, 'so true, glute work helps']], ['so true', [quarter, big]]] as const) {
      expect(checkVerdict(classifyPost(text, context), text, context)).toBeNull();
    }
    classifyPost(quarter); // warm-up
    const tQuarter = bestOf(() => classifyPost(quarter));
    const tBig = bestOf(() => classifyPost(big));
    // Four times the text: linear would be ~4x, quadratic ~16x; generous for a shared 2-core machine.
    expect(tBig / Math.max(tQuarter, 0.05)).toBeLessThan(8);
  }, 60_000);

  it('a 1 MB single word and 1 MB of zero-width joiners stay linear too', () => {
    for (const unit of ['glute', '\u200d', '🍑', 'a\u0301']) {
      const big = unit.repeat(Math.ceil((1 << 20) / unit.length));
      const quarter = big.slice(0, big.length / 4);
      expect(checkVerdict(classifyPost(big), big)).toBeNull();
      classifyPost(quarter);
      const ratio = bestOf(() => classifyPost(big)) / Math.max(bestOf(() => classifyPost(quarter)), 0.05);
      expect(ratio, JSON.stringify(unit)).toBeLessThan(8);
    }
  }, 60_000);
});
