/**
 * Lifecycle on a page that stays open: the extension is reloaded (as on an update) and the old content
 * script must clean up after itself without errors; and 100 in-page navigations must not grow our
 * observers, listeners or badges.
 */
import type { CDPSession, Page } from '@playwright/test';
import { expect, expectVerdicts, test } from './harness';
import { loadFixture } from '../fixtures/load';

const group = loadFixture('facebook', 'group-feed-2026-11-27');
const news = loadFixture('facebook', 'news-feed-2026-11-27');
const CDN = ['https://static.xx.fbcdn.net', 'https://scontent.xx.fbcdn.net'];

test.beforeEach(async ({ harness }) => {
  await harness.serve(
    { 'https://www.facebook.com': { '/groups/massagetherapists/': group.html, '/': news.html } },
    CDN,
  );
});

/** The content script's isolated world (named after the extension) in the page's main frame. */
async function isolatedContext(cdp: CDPSession): Promise<number> {
  const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (event: { context: (typeof contexts)[number] }) => contexts.push(event.context));
  await cdp.send('Runtime.enable');
  await expect.poll(() => contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Glute Lens')?.id).toBeTruthy();
  return contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Glute Lens')!.id;
}

/** Live objects of `constructorName` in that world, after a full garbage collection. */
async function countLive(cdp: CDPSession, contextId: number, constructorName: string): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const proto = (await cdp.send('Runtime.evaluate', { expression: `${constructorName}.prototype`, contextId })) as {
    result: { objectId: string };
  };
  const { objects } = (await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId })) as {
    objects: { objectId: string };
  };
  const length = (await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  })) as { result: { value: number } };
  return length.result.value;
}

/** Event listeners on window and document, from every world (the page's and ours). */
async function countListeners(cdp: CDPSession): Promise<number> {
  let total = 0;
  for (const expression of ['window', 'document']) {
    const target = (await cdp.send('Runtime.evaluate', { expression })) as { result: { objectId: string } };
    const { listeners } = (await cdp.send('DOMDebugger.getEventListeners', { objectId: target.result.objectId })) as {
      listeners: unknown[];
    };
    total += listeners.length;
  }
  return total;
}

async function navigate(page: Page, html: string, url: string): Promise<void> {
  await page.evaluate(
    ({ html, url }) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      document.querySelector('[role="main"]')!.replaceWith(document.importNode(doc.querySelector('[role="main"]')!, true));
      history.pushState({}, '', url);
    },
    { html, url },
  );
}

test('extension reloaded while the page is open: our UI, badges and marks go, nothing errors', async ({ context, harness }) => {
  const page = await harness.open(group.expected.url);
  await expectVerdicts(page, group.expected.posts);
  await expect(page.locator('glute-lens-sidebar')).toHaveCount(1);
  const badges = await page.locator('glute-lens-badge').count();
  expect(badges).toBeGreaterThan(0);

  const [worker] = context.serviceWorkers();
  await worker!.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload());

  // The old content script notices its context is gone (WXT checks every second) and cleans up.
  await expect(page.locator('glute-lens-sidebar')).toHaveCount(0, { timeout: 10_000 });
  await expect(page.locator('glute-lens-badge')).toHaveCount(0);
  await expect(page.locator('[data-glute-lens]')).toHaveCount(0);
  // The page keeps working and changing; the orphaned script must not react any more.
  await page.evaluate(() => {
    const feed = document.querySelector('[role="feed"]')!;
    const post = feed.querySelector('[aria-posinset]')!.cloneNode(true) as Element;
    post.setAttribute('aria-posinset', '99');
    feed.append(post);
  });
  await page.waitForTimeout(1500);
  await expect(page.locator('[aria-posinset="99"]')).not.toHaveAttribute('data-glute-lens', /.*/);
  // harness teardown: no page or console errors, no requests.
});

test('100 in-page navigations: no growth in observers, listeners or badges', async ({ context, harness }) => {
  test.setTimeout(180_000);
  const page = await harness.open(news.expected.url);
  await expectVerdicts(page, news.expected.posts);
  const cdp = await context.newCDPSession(page);
  const world = await isolatedContext(cdp);

  const pages = [
    { html: group.html, url: '/groups/massagetherapists/', expected: group.expected.posts },
    { html: news.html, url: '/', expected: news.expected.posts },
  ];
  // Warm up one round trip so lazily created things exist before the baseline.
  for (const p of pages) {
    await navigate(page, p.html, p.url);
    await expectVerdicts(page, p.expected);
  }
  const observers0 = await countLive(cdp, world, 'MutationObserver');
  const listeners0 = await countListeners(cdp);
  const badges0 = await page.locator('glute-lens-badge').count();

  for (let i = 0; i < 100; i++) {
    const p = pages[i % 2]!;
    await navigate(page, p.html, p.url);
    // WXT reports in-page navigation within about a second; wait until this page is judged.
    await expect(page.locator(p.expected[0]!.selector)).toHaveAttribute('data-glute-lens', /match/);
  }
  // 100 is even: we are back on the news feed, as at the baseline.
  await expectVerdicts(page, news.expected.posts);
  expect(await page.locator('glute-lens-badge').count()).toBe(badges0);
  expect(await page.locator('glute-lens-sidebar').count()).toBe(1);
  expect(await countListeners(cdp)).toBeLessThanOrEqual(listeners0);
  expect(await countLive(cdp, world, 'MutationObserver')).toBeLessThanOrEqual(observers0);
});
