/**
 * The gates (utils/detect/lexicon.ts): a pattern is skipped when its text holds none of its gate's
 * words, so every match of the pattern must contain one of them, or a skipped scan would lose a hit.
 * Checked on random strings generated from each pattern (randexp) and on every match in every real
 * and synthetic text here.
 */
import { describe, expect, it } from 'vitest';
import RandExp from 'randexp';
import { normalizeText } from '@/utils/detect';
import { admits, LEXICON_GATES, type Gate } from '@/utils/detect/lexicon';
import { CLAIM_RULES } from '@/utils/detect/claim-lexicon';
import { syntheticFeed } from '../../scripts/bench-classifier';
import { loadCorpus } from '../../scripts/corpus';
import { listFixtures, loadFixture } from '../fixtures/load';

const GATED: [string, RegExp, Gate][] = [
  ...LEXICON_GATES.map(([re, words]): [string, RegExp, Gate] => [words.slice(0, 3).join('|'), re, words]),
  ...CLAIM_RULES.filter((r) => r.gate).map((r): [string, RegExp, Gate] => [r.claim, r.cue, r.gate!]),
];

/** Every match of `re` in `text` (fresh copy: the shared pattern's lastIndex stays untouched). */
function matches(re: RegExp, text: string): string[] {
  return [...text.matchAll(new RegExp(re.source, 'g'))].map((m) => m[0]).filter((m) => m !== '');
}

describe('gates', () => {
  it('covers every claim rule but routine-inclusion, and seven lexicon patterns', () => {
    expect(CLAIM_RULES.filter((r) => !r.gate).map((r) => r.claim)).toEqual(['routine-inclusion']);
    expect(LEXICON_GATES).toHaveLength(7);
  });

  it.each(GATED)('%s: each of 3,000 random matches of the pattern holds a gate word', (_name, re, words) => {
    const gen = new RandExp(re);
    gen.max = 3;
    let real = 0;
    for (let i = 0; i < 3000; i++) {
      // randexp ignores \b and lookaheads, so a generated string may not match: only real matches count.
      for (const m of matches(re, gen.gen().toLowerCase())) {
        real++;
        expect(admits(m, words), `${re.source.slice(0, 60)}… matched ${JSON.stringify(m)}`).toBe(true);
      }
    }
    expect(real).toBeGreaterThan(300);
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
      }
      // A gate that lets every text through saves nothing.
      expect(turnedAway, name).toBeGreaterThan(texts.length / 10);
    }
  });
});
