/**
 * The toolbar popup, opened as a page (`popup.html?tab=<id>`) and pointed at a Facebook fixture tab:
 * the count, the per-site switch that stops and restarts marking, pages without Glute Lens, and axe.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './harness';
import { loadFixture } from '../fixtures/load';

// The extension page's own API, used inside page.evaluate (these specs are not typed against @types/chrome).
declare const chrome: { tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> } };

const GROUP_URL = 'https://www.facebook.com/groups/massagetherapists/';
const group = loadFixture('facebook', 'group-feed-2026-11-27');
const POSTS = '[aria-posinset], [role="feed"] > div > [aria-describedby], [role="feed"] > [aria-describedby]';
const FIRST_MATCH = group.expected.posts.find((p) => p.relevant && p.selector.startsWith('[aria-posinset'))!.selector;

/** The count the page itself shows on the sidebar's collapsed tab, once scanning has settled. */
async function pageCount(page: Page): Promise<number> {
  await expect(page.locator(FIRST_MATCH)).toHaveAttribute('data-glute-lens', 'match');
  const tab = page.getByRole('button', { name: /^Glute Lens: \d+ glute posts? on this page/ });
  // The scanner works in batches: wait until the number and the badges stop changing for a while.
  const readings: string[] = [];
  await expect
    .poll(
      async () => {
        const name = (await tab.getAttribute('aria-label')) ?? (await tab.innerText());
        readings.push(`${name}|${await page.locator('glute-lens-badge').count()}`);
        return readings.length >= 4 && new Set(readings.slice(-4)).size === 1;
      },
      { intervals: [500], timeout: 20_000 },
    )
    .toBe(true);
  return Number(/(\d+) glute posts?/.exec(readings.at(-1)!)?.[1]);
}

test.beforeEach(async ({ harness }) => {
  await harness.serve(
    {
      'https://www.facebook.com': { '/groups/massagetherapists/': group.html },
      'https://example.org': { '/': '<!doctype html><html lang="en"><title>Example</title><p>Not a feed.</p></html>' },
    },
    ['https://static.xx.fbcdn.net', 'https://scontent.xx.fbcdn.net'],
  );
});

test.afterEach(async ({ harness }) => {
  expect(harness.outside, 'no request leaves the browser').toEqual([]);
  expect(harness.errors, 'no errors in the page console').toEqual([]);
});

/**
 * Opens the popup in its own tab, aimed at the tab showing `url`. Without the `tabs` permission only URLs of
 * covered sites (and our own pages) are visible, so an uncovered page is the one tab with no URL.
 */
async function openPopup(context: BrowserContext, extensionId: string, url: string | null): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const tabId = await popup.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === (u ?? undefined))?.id, url);
  expect(tabId, `a tab showing ${url}`).toBeDefined();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('shows the number of glute posts on the tab and links to the settings', async ({ context, harness, extensionId }) => {
  const page = await harness.open(GROUP_URL);
  const count = await pageCount(page);
  const popup = await openPopup(context, extensionId, GROUP_URL);
  await expect(popup.getByTestId('post-count')).toHaveText(String(count));
  await expect(popup.getByText(`${count} glute posts found on this page`)).toBeVisible();
  await expect(popup.getByRole('switch', { name: 'Facebook' })).toBeChecked();
  await expect(popup.getByRole('link', { name: 'Talking points and settings' })).toHaveAttribute(
    'href',
    `chrome-extension://${extensionId}/options.html`,
  );
  expect(await seriousViolations(popup)).toEqual([]);
  await popup.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(popup)).toEqual([]);
});

test('switching Facebook off stops marking there; on again marks again', async ({ context, harness, extensionId }) => {
  const page = await harness.open(GROUP_URL);
  const count = await pageCount(page);
  const badges = await page.locator('glute-lens-badge').count();
  expect(badges).toBeGreaterThan(0);
  const popup = await openPopup(context, extensionId, GROUP_URL);
  const facebook = popup.getByRole('switch', { name: 'Facebook' });
  await expect(facebook).toBeEnabled();

  await facebook.uncheck();
  await expect(page.locator('glute-lens-badge')).toHaveCount(0);
  await expect(page.locator('[data-glute-lens]')).toHaveCount(0);
  await expect(page.locator('glute-lens-sidebar')).toHaveCount(0);
  await expect(popup.getByText('Glute Lens is switched off on Facebook.')).toBeVisible();
  // Stays off after a reload.
  await page.reload();
  await expect(page.locator(POSTS).first()).toBeVisible();
  await page.waitForTimeout(1000);
  await expect(page.locator('glute-lens-badge')).toHaveCount(0);

  await facebook.check();
  await expect(page.locator('glute-lens-badge')).toHaveCount(badges);
  await expect(popup.getByTestId('post-count')).toHaveText(String(count));
});

test('on a page Glute Lens does not cover, it says so', async ({ context, harness, extensionId }) => {
  await harness.open('https://example.org/');
  const popup = await openPopup(context, extensionId, null);
  await expect(popup.getByText('Glute Lens does not run on this page.')).toBeVisible();
  await expect(popup.getByRole('switch', { name: 'Facebook' })).toBeVisible();
  expect(await seriousViolations(popup)).toEqual([]);
});
