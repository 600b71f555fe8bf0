/**
 * judgePost (what the content script calls) against classifyPost (what `npm run classify`, the eval and the
 * bench call): the same verdict on every text we have, and for a post read on its own the claim rules run
 * only when its claims or spans are first read (the badge of a post a reader sees, the sidebar).
 */
import { describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { classifyPost, judgePost } from '@/utils/detect';
import * as claims from '@/utils/detect/claims';
import { contextOf, listFixtures, loadFixture } from '../fixtures/load';
import { loadCorpus } from '../../scripts/corpus';
import { syntheticFeed } from '../../scripts/bench-classifier';
import { rng } from '../rng';

vi.mock('@/utils/detect/claims', async (original) => {
  const actual = await original<typeof import('@/utils/detect/claims')>();
  return { ...actual, findClaims: vi.fn(actual.findClaims) };
});

const FIXTURES = path.resolve(__dirname, '../fixtures');

/** [text, context] pairs: fixtures (comments with their post), the dev corpus when ../shared is there, a feed, mixes. */
function cases(): [string, string | string[] | undefined][] {
  const out: [string, string | string[] | undefined][] = [];
  for (const site of fs.readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
    for (const name of listFixtures(site)) {
      const { expected } = loadFixture(site, name);
      const bySelector = new Map(expected.posts.map((p) => [p.selector, p]));
      for (const post of expected.posts) out.push([post.text, contextOf(post, bySelector)]);
    }
  }
  const corpus = loadCorpus() ?? [];
  for (const item of corpus) out.push([item.text, undefined]);
  const feed = syntheticFeed(3000, 7);
  for (const text of feed) out.push([text, undefined]);
  // Random sentence mixes, some as replies under a post that is a match.
  const r = rng(11);
  const sentences = [...feed.slice(0, 200), ...corpus.map((c) => c.text.slice(0, 200))];
  const pick = () => sentences[Math.floor(r() * sentences.length)]!;
  for (let i = 0; i < 2000; i++) out.push([`${pick()} ${pick()}. ${pick()}`, r() < 0.3 ? `${pick()} glute massage for back pain` : undefined]);
  return out;
}

describe('judgePost (content script) and classifyPost (tools)', () => {
  it('give the same verdict, field by field and as JSON, on every text', () => {
    const all = cases();
    expect(all.length).toBeGreaterThan(5000);
    let relevant = 0;
    for (const [text, context] of all) {
      const eager = classifyPost(text, context);
      const lazy = judgePost(text, context);
      expect(lazy.relevant).toBe(eager.relevant);
      expect(lazy.score).toBe(eager.score);
      expect(JSON.stringify(lazy)).toBe(JSON.stringify(eager));
      expect(lazy.claims).toEqual(eager.claims);
      expect(lazy.spans).toEqual(eager.spans);
      if (eager.relevant) relevant++;
    }
    expect(relevant).toBeGreaterThan(300); // the check covers matches with claims, not only the easy no's
  });

  it('runs the claim rules for a post on its own only when its claims or spans are read, and once', () => {
    const findClaims = vi.mocked(claims.findClaims);
    findClaims.mockClear();
    const v = judgePost('Always release the glutes first, tight glutes cause low back pain.');
    expect(v.relevant).toBe(true);
    expect(findClaims).not.toHaveBeenCalled();
    expect(v.claims).toEqual(classifyPost('Always release the glutes first, tight glutes cause low back pain.').claims);
    const calls = findClaims.mock.calls.length; // classifyPost above ran them once more
    expect(v.spans.length).toBeGreaterThan(0);
    expect(v.claims).toContain('back-pain-release');
    expect(findClaims.mock.calls.length).toBe(calls);
    // classifyPost works everything out at once.
    findClaims.mockClear();
    classifyPost('Always release the glutes first, tight glutes cause low back pain.');
    expect(findClaims).toHaveBeenCalledTimes(1);
  });
});
