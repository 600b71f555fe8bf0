/**
 * The gates (utils/detect/gates.ts): a pattern is skipped when its text holds none of its gate's
 * words, so every match of the pattern must contain one of them, or a skipped scan would lose a hit.
 * Checked on random strings generated from each pattern (randexp) and on every match in every real
 * and synthetic text here. The one-scan mask must agree with looking for each word on its own.
 */
import { describe, expect, it } from 'vitest';
import RandExp from 'randexp';
import { normalizeText } from '@/utils/detect';
import { ANCHOR_MEDIUM, ANCHOR_STRONG, ANCHOR_WEAK, DRAPING_CUE, GLUTE_VERB, GLUTE_WORK, HANDS_ON, LEXICON_GATES, MASSAGE, MASSAGE_THING, TOOL } from '@/utils/detect/lexicon';
import { ANCHOR_STEMS, CUE_STEMS } from '@/utils/detect/normalize';
import { admits, gate, gatesOf, gateWords, type Gate } from '@/utils/detect/gates';
import { CLAIM_RULES, DISPUTE, DISPUTE_GATE } from '@/utils/detect/claim-lexicon';
import { syntheticFeed } from '../../scripts/bench-classifier';
import { loadCorpus } from '../../scripts/corpus';
import { listFixtures, loadFixture } from '../fixtures/load';

const GATED: [string, RegExp, Gate][] = [
  ...LEXICON_GATES,
  ['dispute', DISPUTE, DISPUTE_GATE],
  ...CLAIM_RULES.filter((r) => r.gate).map((r): [string, RegExp, Gate] => [r.claim, r.cue, r.gate!]),
];

/** Every match of `re` in `text` (fresh copy: the shared pattern's lastIndex stays untouched). */
function matches(re: RegExp, text: string): string[] {
  return [...text.matchAll(new RegExp(re.source, 'g'))].map((m) => m[0]).filter((m) => m !== '');
}

/**
 * The real matches in 3,000 random strings generated from `re` (randexp). randexp ignores \b and
 * lookaheads, so a generated string may not match: only real matches count, and there must be 300.
 */
function randomMatches(re: RegExp): string[] {
  const gen = new RandExp(re);
  gen.max = 3;
  const found: string[] = [];
  for (let i = 0; i < 3000; i++) found.push(...matches(re, gen.gen().toLowerCase()));
  expect(found.length).toBeGreaterThan(300);
  return found;
}

describe('gates', () => {
  it('covers every claim rule but routine-inclusion, and ten lexicon patterns', () => {
    expect(CLAIM_RULES.filter((r) => !r.gate).map((r) => r.claim)).toEqual(['routine-inclusion']);
    expect(LEXICON_GATES).toHaveLength(10);
  });

  it.each(GATED)('%s: each of 3,000 random matches of the pattern holds a gate word', (_name, re, words) => {
    for (const m of randomMatches(re)) expect(admits(m, words), `${re.source.slice(0, 60)}… matched ${JSON.stringify(m)}`).toBe(true);
  });

  it('answers every gate from one scan exactly as a search for each of its words would', () => {
    const words = [...new Set(GATED.flatMap(([, , g]) => gateWords(g)))];
    const naive = (text: string) => GATED.reduce((mask, [, , g]) => (gateWords(g).some((w) => text.includes(w)) ? mask | g : mask), 0);
    let seed = 5;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 5000; i++) {
      // Gate words glued and overlapping ("release of tensions", "undersheet"), cut, and with filler.
      let text = '';
      for (let n = Math.floor(next() * 6); n > 0; n--) {
        const w = words[Math.floor(next() * words.length)]!;
        text += next() < 0.3 ? w.slice(Math.floor(next() * w.length)) : w;
        text += ['', ' ', 'x', 's ', "'"][Math.floor(next() * 5)];
      }
      expect(gatesOf(text), JSON.stringify(text)).toBe(naive(text));
    }
  });

  it('admits every match in every real and synthetic text here, and still turns texts away', () => {
    const sites = ['facebook', 'reddit', 'x', 'linkedin', 'instagram', 'threads'];
    const texts = [
      ...new Set(syntheticFeed(10_000)),
      ...sites.flatMap((site) => listFixtures(site).flatMap((name) => loadFixture(site, name).expected.posts.map((p) => p.text))),
      // The hand-labelled corpus when ../shared is beside the project (read at run time, never copied here).
      ...(loadCorpus() ?? []).map((item) => item.text),
    ].map(normalizeText);
    for (const [name, re, words] of GATED) {
      let turnedAway = 0;
      for (const text of texts) {
        for (const m of matches(re, text)) expect(admits(m, words), `${name}: ${JSON.stringify(m)}`).toBe(true);
        if (!admits(text, words)) turnedAway++;
        expect(gatesOf(text) & words, name).toBe(gateWords(words).some((w) => text.includes(w)) ? words : 0);
      }
      // A gate that lets every text through saves nothing.
      expect(turnedAway, name).toBeGreaterThan(texts.length / 10);
    }
  });

  it('still answers a gate defined after the first scan (the scan is rebuilt, the kept mask dropped)', () => {
    const text = 'a qqzx test';
    expect(gatesOf(text)).toBe(gatesOf(text));
    const late = gate('qqzx');
    expect(admits(text, late)).toBe(true);
    expect(admits('nothing here', late)).toBe(false);
  });
});

/**
 * The pre-filter (utils/detect/normalize.ts) turns a text away when it has no glute stem, or no hands-on
 * stem: so every match of an anchor pattern must hold a glute stem, and every match of a cue pattern a
 * hands-on stem, or a text the rules would flag never reaches them.
 */
describe('pre-filter stems', () => {
  const STEMMED: [string, RegExp, RegExp][] = [
    ...[ANCHOR_STRONG, ANCHOR_MEDIUM, ANCHOR_WEAK].map((re, i): [string, RegExp, RegExp] => [`anchor ${i + 1}`, re, ANCHOR_STEMS]),
    ...[MASSAGE, MASSAGE_THING, TOOL, HANDS_ON, GLUTE_WORK, GLUTE_VERB, DRAPING_CUE].map((re, i): [string, RegExp, RegExp] => [`cue ${i + 1}`, re, CUE_STEMS]),
  ];

  it.each(STEMMED)('%s: each of 3,000 random matches holds a stem', (_name, re, stems) => {
    for (const m of randomMatches(re)) expect(stems.test(m), `${re.source.slice(0, 60)}… matched ${JSON.stringify(m)}`).toBe(true);
  });
});
