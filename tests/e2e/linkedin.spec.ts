/**
 * LinkedIn in real Chromium, both layouts served today: classic (`.feed-shared-update-v2[data-urn]`,
 * `.comments-comment-entity`) and the new hashed-class one (`componentkey` containers,
 * `expandable-text-box`, `replaceableComment_`), served by route interception. Verdicts per expected
 * entry (comments judged with their post as context), badges beside each root's own text, a comment
 * loaded later, infinite scroll into the lazy column, and in-page navigation between the two.
 */
import { artifact, expect, expectVerdicts, insertFirstPoint, ownBadges, revealMatches, test, waitForVerdicts } from './harness';
import { loadFixture, type ExpectedPost } from '../fixtures/load';
import type { Page } from '@playwright/test';

type Entry = ExpectedPost & { kind?: 'post' | 'comment'; parent?: string };

const fixtures = {
  classic: loadFixture('linkedin', 'classic-feed-2026-11-27'),
  new: loadFixture('linkedin', 'new-feed-2026-11-27'),
};
const ROOTS =
  ':is(.feed-shared-update-v2[data-urn], [componentkey^="update-card-focus"], .comments-comment-entity, [componentkey^="replaceableComment_"])';
const CDN = ['https://media.licdn.com', 'https://static.licdn.com'];

/**
 * Relevance as labelled and claims as the classifier gives them for the text and its parent (the harness's
 * pipeline check), plus the site-specific parts: kind, one badge of its own, truncation. How well the
 * classifier agrees with the claim labels is tests/unit/detect-fixtures.test.ts's job.
 */
async function checkVerdicts(page: Page, entries: Entry[]): Promise<void> {
  await waitForVerdicts(page, ROOTS);
  await expectVerdicts(page, entries);
  for (const entry of entries) {
    const root = page.locator(entry.selector);
    await expect(root).toHaveAttribute('data-glute-lens-kind', entry.kind ?? 'post');
    expect(await ownBadges(root), `badge of ${entry.selector}`).toBe(entry.relevant ? 1 : 0);
    expect(await root.getAttribute('data-glute-lens-truncated')).toBe(entry.truncated ? 'true' : null);
  }
  const matches = await page.locator(`${ROOTS}[data-glute-lens="match"]`).count();
  await expect(page.locator('glute-lens-badge')).toHaveCount(matches);
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
  test(`${name} layout: marks exactly the glute-massage posts and comments, with their claims`, async ({ harness }) => {
    const page = await harness.open(fixture.expected.url);
    await checkVerdicts(page, fixture.expected.posts as Entry[]);
    // The badge sits right after the post's own text, before its comments.
    const first = (fixture.expected.posts as Entry[]).find((e) => e.relevant && !e.kind && e.comments > 0)!;
    const badgeBeforeComments = await page.locator(first.selector).evaluate((el) => {
      const badge = [...el.querySelectorAll('glute-lens-badge')].find((b) => b.parentElement!.closest('[data-glute-lens]') === el)!;
      const comment = el.querySelector('[data-glute-lens-kind="comment"]')!;
      return Boolean(badge.compareDocumentPosition(comment) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(badgeBeforeComments).toBe(true);
    await page.screenshot({ path: artifact(`linkedin-${name}.png`), fullPage: true });
  });
}

test('classic: a comment loaded later is judged as a comment with its post as context', async ({ harness }) => {
  const page = await harness.open(fixtures.classic.expected.url);
  await waitForVerdicts(page, ROOTS);
  await page.evaluate(() => {
    const list = document.querySelector('[data-urn="urn:li:activity:7400112233445566778"] .comments-comment-list__container')!;
    const comment = document.createElement('article');
    comment.className = 'comments-comment-entity';
    comment.setAttribute('data-id', 'urn:li:comment:(activity:7400112233445566778,7400119999999999999)');
    comment.innerHTML =
      '<div class="comments-comment-meta__container"><time class="comments-comment-meta__data">1m</time></div>' +
      '<div class="comments-comment-item-content-body"><span class="comments-comment-item__main-content" dir="ltr">' +
      '<span dir="ltr">100% agree, every low back client I see needs it.</span></span></div>';
    list.append(comment);
  });
  const late = page.locator('[data-id="urn:li:comment:(activity:7400112233445566778,7400119999999999999)"]');
  await expect(late).toHaveAttribute('data-glute-lens', 'match');
  await expect(late).toHaveAttribute('data-glute-lens-kind', 'comment');
  await revealMatches(page); // the claims attribute comes with the badge, when the post is seen
  await expect(late).toHaveAttribute('data-glute-lens-claims', /back-pain-release/);
  expect(await ownBadges(late)).toBe(1);
  expect(await ownBadges(page.locator('[data-urn="urn:li:activity:7400112233445566778"]'))).toBe(1);
});

test('classic: Insert into reply goes to the reply box open in the thread, else the post comment box', async ({ harness }) => {
  const { expected } = fixtures.classic;
  const page = await harness.open(expected.url);
  await waitForVerdicts(page, ROOTS);
  const reply = (expected.posts as Entry[]).find((e) => e.replyTo && e.relevant)!;
  const [comment, post] = [reply.replyTo!, reply.parent!];
  const commentBox = page.locator(post).getByRole('textbox', { name: 'Text editor for creating content' });
  // A root's own badge is the first in it: it sits beside its own text, before its comments or replies.
  const insertFrom = (selector: string) => insertFirstPoint(page, page.locator(selector), page.locator(selector).locator('glute-lens-badge').first());

  // No reply box open: the reply's point goes into the post's comment box.
  const first = await insertFrom(reply.selector);
  await expect(commentBox).toHaveText(first);
  // "Reply" under the comment it answers opens an editor at the end of that comment's thread (done here as
  // LinkedIn would): the reply's point now goes there, and the comment box keeps its text.
  await page.locator(comment).evaluate((el) => {
    const box = Object.assign(document.createElement('div'), { contentEditable: 'true' });
    box.setAttribute('role', 'textbox');
    box.setAttribute('aria-label', 'Reply to the comment');
    el.append(box);
  });
  const threadBox = page.getByRole('textbox', { name: 'Reply to the comment' });
  const second = await insertFrom(reply.selector);
  await expect(threadBox).toHaveText(second);
  await expect(commentBox).toHaveText(first);
  // The post's own point goes into its comment box, which comes before the thread.
  const third = await insertFrom(post);
  await expect(commentBox).toContainText(third);
  await expect(threadBox).toHaveText(second);
});

test('new layout: posts mounted later into the lazy column are judged', async ({ harness }) => {
  const page = await harness.open(fixtures.new.expected.url);
  await waitForVerdicts(page, ROOTS);
  const before = await page.locator('glute-lens-badge').count();
  await page.evaluate(() => {
    const column = document.querySelector('[componentkey="container-update-list_mainFeed-lazy-container"]')!;
    const add = (key: string, text: string) => {
      const slot = document.createElement('div');
      slot.setAttribute('data-lazy-mount-id', key);
      slot.innerHTML = `<div data-display-contents="true"><div componentkey="update-card-focus-${key}" class="_0c4d7e12">
        <a href="https://www.linkedin.com/in/late-author/"><p>Late Author</p></a>
        <div data-view-name="feed-commentary"><p data-testid="expandable-text-box" dir="ltr">${text}</p></div></div></div>`;
      column.append(slot);
    };
    add('late-1', 'Do you massage the glutes on every client? Mine always say nobody has worked on their butt before.');
    setTimeout(() => add('late-2', 'We are hiring a front desk coordinator for our massage clinic. Apply by Friday.'), 300);
  });
  await expect(page.locator('[componentkey="update-card-focus-late-1"]')).toHaveAttribute('data-glute-lens', 'match');
  await expect(page.locator('[componentkey="update-card-focus-late-2"]')).toHaveAttribute('data-glute-lens', 'no-match');
  await revealMatches(page);
  await expect(page.locator('glute-lens-badge')).toHaveCount(before + 1);
});

test('in-page navigation between the layouts rescans without duplicate badges', async ({ harness }) => {
  const { classic, new: fresh } = fixtures;
  const page = await harness.open(classic.expected.url);
  await waitForVerdicts(page, ROOTS);
  expect(await page.locator('glute-lens-badge').count()).toBeGreaterThan(0);
  await page.evaluate(
    ({ html, url }) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      document.querySelector('main')!.replaceWith(document.importNode(doc.querySelector('main')!, true));
      history.pushState({}, '', new URL(url).pathname);
    },
    { html: fresh.html, url: fresh.expected.url },
  );
  await checkVerdicts(page, fresh.expected.posts as Entry[]);
  await expect(page.locator('.feed-shared-update-v2')).toHaveCount(0);
});
