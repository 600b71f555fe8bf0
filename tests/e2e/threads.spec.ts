/**
 * Threads in real Chromium, on threads.com and threads.net: the home feed and a post page whose
 * replies are judged as comments with the post as context, served by route interception. Verdicts per
 * expected entry, one badge per match, infinite scroll, and in-page navigation to a post page.
 */
import { artifact, expect, expectVerdicts, ownBadges, revealMatches, test, waitForVerdicts } from './harness';
import { loadFixture, type ExpectedPost } from '../fixtures/load';
import type { Page } from '@playwright/test';

type Entry = ExpectedPost & { kind?: 'post' | 'comment'; parent?: string };

const fixtures = {
  home: loadFixture('threads', 'home-2026-11-27'),
  post: loadFixture('threads', 'post-2026-11-27'),
};
const POSTS = 'div[data-pressable-container="true"]';
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
  const matches = await page.locator(`${POSTS}[data-glute-lens="match"]`).count();
  await expect(page.locator('glute-lens-badge')).toHaveCount(matches);
  await expect(page.locator('glute-lens-sidebar')).toHaveCount(1);
}

test.beforeEach(async ({ harness }) => {
  const routes: Record<string, Record<string, string>> = {};
  for (const { expected, html } of Object.values(fixtures)) {
    for (const origin of ['https://www.threads.com', 'https://www.threads.net']) {
      (routes[origin] ??= {})[new URL(expected.url).pathname] = html;
    }
  }
  await harness.serve(routes, CDN);
});

test.afterEach(async ({ harness }) => {
  expect(harness.outside, 'no request leaves the browser').toEqual([]);
  expect(harness.errors, 'no errors in the page console').toEqual([]);
});

for (const [name, fixture] of Object.entries(fixtures)) {
  test(`${name}: marks exactly the glute-massage posts and replies, with their claims`, async ({ harness }) => {
    const page = await harness.open(fixture.expected.url);
    await checkVerdicts(page, fixture.expected.posts as Entry[]);
    await page.screenshot({ path: artifact(`threads-${name}.png`), fullPage: true });
  });
}

test('threads.net and threads.com are the same site', async ({ harness }) => {
  const page = await harness.open('https://www.threads.net/');
  await checkVerdicts(page, fixtures.home.expected.posts as Entry[]);
});

test('on a post page, a reply below the post the URL names is judged as its comment', async ({ harness }) => {
  const page = await harness.open(fixtures.home.expected.url);
  await waitForVerdicts(page, POSTS);
  // Turn the page into a post page of a matching post, as Threads does when a post is opened.
  await page.evaluate(() => {
    const post = document.querySelector('[data-pressable-container="true"]:has(a[href="/@lmt.jess/post/DC3kPq1Jx9a"])')!;
    const column = post.parentElement!.parentElement!;
    const reply = post.parentElement!.cloneNode(true) as Element;
    reply.querySelectorAll('glute-lens-badge').forEach((b) => b.remove());
    const root = reply.querySelector('[data-pressable-container]')!;
    for (const name of ['data-glute-lens', 'data-glute-lens-claims', 'data-glute-lens-kind', 'data-glute-lens-truncated']) root.removeAttribute(name);
    root.querySelector('a[href*="/post/"]')!.setAttribute('href', '/@late.reply/post/DC9zzzzzzzz');
    const text = root.querySelector('span[dir="auto"] > span')!.parentElement!;
    text.textContent = 'Releasing tight glutes fixed most of the low back pain I see too.';
    history.pushState({}, '', '/@lmt.jess/post/DC3kPq1Jx9a');
    column.insertBefore(reply, post.parentElement!.nextSibling);
  });
  const reply = page.locator('[data-pressable-container="true"]:has(a[href="/@late.reply/post/DC9zzzzzzzz"])');
  await expect(reply).toHaveAttribute('data-glute-lens', 'match');
  await expect(reply).toHaveAttribute('data-glute-lens-kind', 'comment');
  await expect(reply).toHaveAttribute('data-glute-lens-claims', /back-pain-release/);
  await revealMatches(page);
  expect(await ownBadges(reply)).toBe(1);
});

test('infinite scroll: posts appended to the feed are judged', async ({ harness }) => {
  const page = await harness.open(fixtures.home.expected.url);
  await waitForVerdicts(page, POSTS);
  const before = await page.locator('glute-lens-badge').count();
  await page.evaluate(() => {
    const first = document.querySelector('[data-pressable-container="true"]')!.parentElement!;
    const add = (code: string, text: string) => {
      const wrap = first.cloneNode(true) as Element;
      wrap.querySelectorAll('glute-lens-badge').forEach((b) => b.remove());
      const root = wrap.querySelector('[data-pressable-container]')!;
      for (const name of ['data-glute-lens', 'data-glute-lens-claims', 'data-glute-lens-kind', 'data-glute-lens-truncated']) root.removeAttribute(name);
      root.querySelector('a[href*="/post/"]')!.setAttribute('href', `/@late/post/${code}`);
      root.querySelector('span[dir="auto"] > span')!.parentElement!.textContent = text;
      first.parentElement!.append(wrap);
    };
    add('DC9late0001', 'Do you all massage the glutes on every client? Mine always say nobody worked on their butt before.');
    setTimeout(() => add('DC9late0002', 'Selling my old massage table, barely used, pickup only.'), 300);
  });
  await expect(page.locator('[data-pressable-container="true"]:has(a[href="/@late/post/DC9late0001"])')).toHaveAttribute('data-glute-lens', 'match');
  await expect(page.locator('[data-pressable-container="true"]:has(a[href="/@late/post/DC9late0002"])')).toHaveAttribute('data-glute-lens', 'no-match');
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
      const layout = document.getElementById('barcelona-page-layout')!;
      layout.replaceWith(document.importNode(doc.getElementById('barcelona-page-layout')!, true));
      history.pushState({}, '', new URL(url).pathname);
    },
    { html: post.html, url: post.expected.url },
  );
  await checkVerdicts(page, post.expected.posts as Entry[]);
});
