/**
 * The classifier against the project's own hand-labelled fixture pages (every site, posts and comments,
 * comments with their parent post as context, replies with the comments above them too). Relevance must match every label; claims are scored as
 * micro-F1 so one debatable claim label does not hide real regressions.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { classifyPost, type ClaimId } from '@/utils/detect';
import { contextOf, listFixtures, loadFixture, type ExpectedPost } from '../fixtures/load';

const FIXTURES = path.resolve(__dirname, '../fixtures');
const sites = fs.readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const cases: { where: string; post: ExpectedPost; context?: string | string[] }[] = [];
for (const site of sites) {
  for (const name of listFixtures(site)) {
    const { expected } = loadFixture(site, name);
    const bySelector = new Map(expected.posts.map((p) => [p.selector, p]));
    for (const post of expected.posts) {
      cases.push({ where: `${site}/${name} ${post.selector}`, post, context: contextOf(post, bySelector) });
    }
  }
}

describe('classifier on the fixture pages', () => {
  it('has fixtures to check', () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  it.each(cases.map((c) => [c.where, c] as const))('relevance of %s matches its label', (_where, c) => {
    expect(classifyPost(c.post.text, c.context).relevant).toBe(c.post.relevant);
  });

  // The floor sits just under today's figure (0.975, four labels missed): one claim lost anywhere fails it.
  it('claims reach micro-F1 ≥ 0.97 on the relevant fixture posts', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const misses: string[] = [];
    for (const c of cases.filter((x) => x.post.relevant)) {
      const got = new Set<ClaimId>(classifyPost(c.post.text, c.context).claims);
      const want = new Set<ClaimId>(c.post.claims);
      for (const claim of got) want.has(claim) ? tp++ : (fp++, misses.push(`+${claim} ${c.where}`));
      for (const claim of want) if (!got.has(claim)) fn++, misses.push(`-${claim} ${c.where}`);
    }
    const precision = tp / (tp + fp || 1);
    const recall = tp / (tp + fn || 1);
    const f1 = (2 * precision * recall) / (precision + recall || 1);
    if (misses.length) console.log(`claim differences (F1 ${f1.toFixed(3)}):\n${misses.join('\n')}`);
    expect(f1).toBeGreaterThanOrEqual(0.97);
  });
});
