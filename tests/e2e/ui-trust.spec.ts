/**
 * A compromised site script trying to drive Glute Lens's UI. Our shadow roots are open (tests need them),
 * so a page script can reach our buttons; they must act only on trusted (user) events. A synthetic
 * `click()` or `dispatchEvent(new MouseEvent('click'))` on the badge, the tab, Copy or Insert into reply
 * does nothing; a real click (Playwright's, through the browser's input pipeline) works.
 */
import type { Page } from '@playwright/test';
import { loadFixture } from '../fixtures/load';
import { expect, facebookBadge, test } from './harness';

const GROUP_URL = 'https://www.facebook.com/groups/massagetherapists/';
const group = loadFixture('facebook', 'group-feed-2026-11-27');
const SENTINEL = 'clipboard before the attack';

/** Runs in the page's own world, like a site script would: finds our button and fakes clicks on it. */
async function fakeClicks(page: Page, find: string): Promise<boolean> {
  return page.evaluate((find) => {
    const deep = (root: Document | ShadowRoot): Element[] =>
      [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deep(el.shadowRoot) : [])]);
    const button = deep(document).find(
      (el) => el.localName === 'button' && ((el.getAttribute('aria-label') ?? '') + (el.textContent ?? '')).includes(find),
    ) as HTMLButtonElement | undefined;
    if (!button) return false;
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    button.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true }));
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    return true;
  }, find);
}

test.beforeEach(async ({ harness, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.facebook.com' });
  await harness.serve({ 'https://www.facebook.com': { '/groups/massagetherapists/': group.html } }, [
    'https://static.xx.fbcdn.net',
    'https://scontent.xx.fbcdn.net',
  ]);
});

test('a page script cannot open the sidebar from a badge or the tab; a real click can', async ({ harness }) => {
  const page = await harness.open(GROUP_URL);
  const target = group.expected.posts.find((p) => p.relevant)!;
  await expect(page.locator(target.selector)).toHaveAttribute('data-glute-lens', 'match');
  await page.locator(target.selector).scrollIntoViewIfNeeded();
  await expect(facebookBadge(page.locator(target.selector))).toHaveCount(1);
  const sidebar = page.locator('glute-lens-sidebar').locator('aside[aria-label="Glute Lens"]');
  const close = sidebar.getByRole('button', { name: 'Close Glute Lens' });

  expect(await fakeClicks(page, 'Glute Lens: glute massage post'), 'the badge button is reachable').toBe(true);
  expect(await fakeClicks(page, 'Open the sidebar'), 'the tab is reachable').toBe(true);
  await page.waitForTimeout(300);
  await expect(close).toHaveCount(0);

  await page.locator(target.selector).scrollIntoViewIfNeeded();
  await facebookBadge(page.locator(target.selector)).getByRole('button').click();
  await expect(close).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(close).toHaveCount(0);
  await sidebar.getByRole('button', { name: /^Glute Lens: \d+ glute posts? on this page/ }).click();
  await expect(close).toBeVisible();
});

test('a page script cannot press Copy or Insert into reply; a real click copies', async ({ harness }) => {
  const page = await harness.open(GROUP_URL);
  const target = group.expected.posts.find((p) => p.relevant && p.claims.includes('back-pain-release'))!;
  await page.locator(target.selector).scrollIntoViewIfNeeded();
  await facebookBadge(page.locator(target.selector)).getByRole('button').click();
  const sidebar = page.locator('glute-lens-sidebar').locator('aside[aria-label="Glute Lens"]');
  const copy = sidebar.getByRole('button', { name: /^Copy talking point:/ }).first();
  await expect(copy).toBeVisible();
  const pointText = await sidebar.locator('.point-text').first().innerText();
  await page.evaluate((s) => navigator.clipboard.writeText(s), SENTINEL);
  const pageTextBefore = await page.evaluate(() => document.body.innerText);

  expect(await fakeClicks(page, 'Copy talking point:')).toBe(true);
  await fakeClicks(page, 'Insert into reply');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(SENTINEL);
  await expect(sidebar.getByText('Copied')).toHaveCount(0);
  // Nothing was typed into any of the site's fields or text.
  expect(await page.evaluate(() => document.body.innerText)).toBe(pageTextBefore);
  expect(await page.evaluate(() => [...document.querySelectorAll('[contenteditable], textarea, input')].map((e) => (e as HTMLInputElement).value ?? e.textContent).join('|'))).not.toContain(pointText.slice(0, 30));

  await copy.click();
  await expect(sidebar.getByRole('status')).toContainText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(pointText);
});

test('a page cannot find Glute Lens by probing the panel file at its fixed address; the sidebar still loads it', async ({ harness, extensionId }) => {
  const page = await harness.open(GROUP_URL);
  // What a fingerprinting script does: request a known file of the extension at chrome-extension://<id>/.
  const probe = (url: string) =>
    page.evaluate(async (url) => {
      try {
        await fetch(url, { mode: 'no-cors' });
        return 'reachable';
      } catch {
        return 'blocked';
      }
    }, url);
  const before = harness.errors.length;
  expect(await probe(`chrome-extension://${extensionId}/sidebar-panel.js`)).toBe('blocked');
  // Chromium logs the refusal in the page console: expected here, so taken off the harness's error list.
  await expect.poll(() => harness.errors.length).toBeGreaterThan(before);
  const refused = harness.errors.splice(before);
  expect(refused.every((e) => e.includes('sidebar-panel.js') || e.includes('net::ERR_FAILED')), refused.join('\n')).toBe(true);
  // The panel itself still loads, through the session's dynamic address.
  const sidebar = page.locator('glute-lens-sidebar').locator('aside[aria-label="Glute Lens"]');
  await sidebar.getByRole('button', { name: /^Glute Lens: \d+ glute posts? on this page/ }).click();
  await expect(sidebar.getByRole('button', { name: 'Close Glute Lens' })).toBeVisible();
});
