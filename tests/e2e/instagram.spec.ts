/**
 * Instagram in real Chromium: the home feed (captions) and a post page (caption, comments and a
 * reply, judged with the post as context), served by route interception. Verdicts per expected entry,
 * badges beside each caption or comment, infinite scroll, and in-page navigation to a post page.
 */
import { artifact, expect, expectVerdicts, ownBadges, revealMatches, test, waitForVerdicts } from './harness';
import { loadFixture, type ExpectedPost } from '../fixtures/load';
import type { Page } from '@playwright/test';

type Entry = ExpectedPost & { kind?: 'post' | 'comment'; parent?: string };

const fixtures = {
  home: loadFixture('instagram', 'home-2026-11-27'),
  post: loadFixture('instagram', 'post-2026-11-27'),
};
const POSTS = 'main article';
const CDN = ['https://scontent.cdninstagram.com', 'https://static.cdninstagram.com'];

/**
 * Relevance as labelled and claims as the classifier gives them for the text and its parent (the harness's
 * pipeline check), plus the site-specific parts: kind, one badge of its own, truncation. How well the
 * classifier agrees with the claim labels is tests/unit/detect-fixtures.test.ts's job.
 */
async function checkVerdicts(page: Page, entries: Entry[]): Promise<void> {
  await waitForVerdicts(page, POSTS);
  await expectVerdicts(page, entries);
  for (const entry of entries) {
    const root = page.locator(entry.selector);
    await expect(root).toHaveAttribute('data-glute-lens-kind', entry.kind ?? 'post');
    expect(await ownBadges(root), `badge of ${entry.selector}`).toBe(entry.relevant ? 1 : 0);
    expect(await root.getAttribute('data-glute-lens-truncated')).toBe(entry.truncated ? 'true' : null);
  }
  const judged = page.locator('[data-glute-lens]');
  await expect(judged).toHaveCount(entries.length);
  await expect(page.locator('glute-lens-badge')).toHaveCount(await page.locator('[data-glute-lens="match"]').count());
  await expect(page.locator('glute-lens-sidebar')).toHaveCount(1);
}

test.beforeEach(async ({ harness }) => {
  const routes: Record<string, Record<string, string>> = {};
  for (const { expected, html } of Object.values(fixtures)) {
    const url = new URL(expected.url);
    (routes[url.origin] ??= {})[url.pathname] = html;
  }
  await harness.serve(routes, CDN);
});

test.afterEach(async ({ harness }) => {
  expect(harness.outside, 'no request leaves the browser').toEqual([]);
  expect(harness.errors, 'no errors in the page console').toEqual([]);
});

for (const [name, fixture] of Object.entries(fixtures)) {
  test(`${name}: marks exactly the glute-massage posts and comments, with their claims`, async ({ harness }) => {
    const page = await harness.open(fixture.expected.url);
    await checkVerdicts(page, fixture.expected.posts as Entry[]);
    await page.screenshot({ path: artifact(`instagram-${name}.png`), fullPage: true });
  });
}

test('a comment loaded into the post page later is judged as a comment, with its own badge', async ({ harness }) => {
  const page = await harness.open(fixtures.post.expected.url);
  await waitForVerdicts(page, POSTS);
  await page.evaluate(() => {
    const list = document.querySelector('main article ul')!;
    const template = list.querySelector(':scope > div:has(a[href*="/c/17964455667788990/"])')!;
    const late = template.cloneNode(true) as Element;
    late.querySelectorAll('glute-lens-badge').forEach((b) => b.remove());
    for (const name of ['data-glute-lens', 'data-glute-lens-claims', 'data-glute-lens-kind', 'data-glute-lens-truncated']) late.removeAttribute(name);
    late.querySelector('a[href*="/c/"]')!.setAttribute('href', '/p/DC5aBcD1eFg/c/17969999999999999/');
    late.querySelector('span[dir="auto"]:not(a span)')!.textContent = 'Rolling out my glutes at my desk every afternoon now, my sciatica has calmed right down.';
    list.insertBefore(late, list.lastElementChild);
  });
  const late = page.locator('ul > div:has(a[href="/p/DC5aBcD1eFg/c/17969999999999999/"])');
  await expect(late).toHaveAttribute('data-glute-lens', 'match');
  await expect(late).toHaveAttribute('data-glute-lens-kind', 'comment');
  await revealMatches(page);
  expect(await ownBadges(late)).toBe(1);
});

test('infinite scroll: posts appended to the feed are judged', async ({ harness }) => {
  const page = await harness.open(fixtures.home.expected.url);
  await waitForVerdicts(page, POSTS);
  const before = await page.locator('glute-lens-badge').count();
  await page.evaluate(() => {
    const first = document.querySelector('main article')!.parentElement!;
    const add = (code: string, text: string) => {
      const wrap = first.cloneNode(true) as Element;
      wrap.querySelectorAll('glute-lens-badge').forEach((b) => b.remove());
      const article = wrap.querySelector('article')!;
      for (const name of ['data-glute-lens', 'data-glute-lens-claims', 'data-glute-lens-kind', 'data-glute-lens-truncated']) article.removeAttribute(name);
      article.querySelectorAll('a[href^="/p/"]').forEach((a) => a.setAttribute('href', `/p/${code}/`));
      article.querySelector('span.x193iq5w[dir="auto"]')!.textContent = text;
      first.parentElement!.append(wrap);
    };
    add('DC9late0001', 'Do you all massage the glutes on every client? Mine always say nobody worked on their butt before.');
    setTimeout(() => add('DC9late0002', 'Selling my old massage table, barely used, pickup only.'), 300);
  });
  await expect(page.locator('article:has(a[href="/p/DC9late0001/"] time)')).toHaveAttribute('data-glute-lens', 'match');
  await expect(page.locator('article:has(a[href="/p/DC9late0002/"] time)')).toHaveAttribute('data-glute-lens', 'no-match');
  await revealMatches(page);
  await expect(page.locator('glute-lens-badge')).toHaveCount(before + 1);
});

test('in-page navigation from the feed to a post page rescans without duplicate badges', async ({ harness }) => {
  const { home, post } = fixtures;
  const page = await harness.open(home.expected.url);
  await waitForVerdicts(page, POSTS);
  expect(await page.locator('glute-lens-badge').count()).toBeGreaterThan(0);
  await page.evaluate(
    ({ html, url }) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      document.querySelector('main')!.replaceWith(document.importNode(doc.querySelector('main')!, true));
      history.pushState({}, '', new URL(url).pathname);
    },
    { html: post.html, url: post.expected.url },
  );
  await checkVerdicts(page, post.expected.posts as Entry[]);
});
