/**
 * The sidebar as a user meets it on Facebook: accessible (axe, light and dark pages), Insert into reply
 * into the post's comment box (and the fallback when there is none), and a remembered side and width.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { artifact, expect, expectVerdicts, facebookBadge, insertFirstPoint, test } from './harness';
import { loadFixture } from '../fixtures/load';

const group = loadFixture('facebook', 'group-feed-2026-11-27');
const URL = group.expected.url;
const target = group.expected.posts.find((p) => p.relevant && p.kind !== 'comment' && p.claims.includes('back-pain-release'))!;

test.beforeEach(async ({ harness }) => {
  await harness.serve({ 'https://www.facebook.com': { '/groups/massagetherapists/': group.html } }, [
    'https://static.xx.fbcdn.net',
    'https://scontent.xx.fbcdn.net',
  ]);
});

async function openOnTarget(page: Page) {
  await expect(page.locator(target.selector)).toHaveAttribute('data-glute-lens', 'match');
  // Badges render near the viewport only: scroll to the post as a reader would.
  await page.locator(target.selector).scrollIntoViewIfNeeded();
  await facebookBadge(page.locator(target.selector)).getByRole('button').click();
  const sidebar = page.getByRole('complementary', { name: 'Glute Lens' });
  await expect(sidebar.getByRole('heading', { name: 'Talking points to copy' })).toBeVisible();
  return sidebar;
}

async function axeSidebar(page: Page) {
  const results = await new AxeBuilder({ page })
    .include('glute-lens-sidebar')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")})`);
}

test('axe: no serious or critical violations in the sidebar, on a light and on a dark page', async ({ harness }) => {
  const page = await harness.open(URL);
  await expectVerdicts(page, group.expected.posts);
  // Collapsed tab first.
  expect(await axeSidebar(page)).toEqual([]);
  await page.evaluate(() => (document.body.style.backgroundColor = 'rgb(240, 242, 245)')); // Facebook light
  const sidebar = await openOnTarget(page);
  await expect(sidebar).toHaveAttribute('data-theme', 'light');
  expect(await axeSidebar(page)).toEqual([]);
  // The site switches to its dark mode: the sidebar follows the page, not just the system setting.
  await page.keyboard.press('Escape');
  await page.evaluate(() => (document.body.style.backgroundColor = 'rgb(24, 25, 26)'));
  await openOnTarget(page);
  await expect(sidebar).toHaveAttribute('data-theme', 'dark');
  expect(await axeSidebar(page)).toEqual([]);
  await page.screenshot({ path: artifact('facebook-sidebar-dark.png') });
});

test('Insert into reply types the point into the post comment box, as the site editor expects', async ({ harness }) => {
  const page = await harness.open(URL);
  // Facebook's comment composer: a Lexical contenteditable textbox inside the post; the page listens
  // for input events to enable its "Post" button.
  await page.evaluate((selector) => {
    const box = document.createElement('div');
    box.setAttribute('contenteditable', 'true');
    box.setAttribute('role', 'textbox');
    box.setAttribute('aria-label', 'Write a comment…');
    box.setAttribute('data-lexical-editor', 'true');
    const w = window as unknown as { __inputs: number };
    w.__inputs = 0;
    box.addEventListener('input', () => w.__inputs++);
    document.querySelector(selector)!.querySelector('[role="article"]')!.append(box);
  }, target.selector);
  const sidebar = await openOnTarget(page);
  const points = sidebar.getByRole('region', { name: 'Talking points to copy' });
  const text = await points.locator('.point-text').first().innerText();
  await points.getByRole('button', { name: /^Insert into reply:/ }).first().click();
  const box = page.locator(target.selector).getByRole('textbox', { name: 'Write a comment…' });
  await expect(box).toHaveText(text);
  expect(await page.evaluate(() => (window as unknown as { __inputs: number }).__inputs)).toBeGreaterThan(0);
  await expect(sidebar.getByRole('status')).toContainText('Inserted');
  // Nothing was posted: the text only sits in the box for the user to read over.
});

test('Insert into reply on a comment types into the reply box open under it, else the post comment box', async ({ harness }) => {
  const page = await harness.open(URL);
  const entries = group.expected.posts;
  const priya = entries.find((p) => p.kind === 'comment' && p.text.startsWith('100% agree'))!;
  const kim = entries.find((p) => p.kind === 'comment' && p.text.startsWith('Do you work them'))!;
  // The post's comment box at the end of the post, and a reply box Facebook opens in a comment's list item
  // when "Reply" is pressed: at first only under Kim's comment, which comes before the comment box.
  const openBox = (where: { selector: string; inItem: boolean }, label: string) =>
    page.evaluate(({ selector, inItem, label }) => {
      const el = document.createElement('div');
      el.setAttribute('contenteditable', 'true');
      el.setAttribute('role', 'textbox');
      el.setAttribute('aria-label', label);
      const at = document.querySelector(selector)!;
      (inItem ? at.closest('li')! : at.querySelector('[role="article"]')!).append(el);
    }, { ...where, label });
  await openBox({ selector: priya.parent!, inItem: false }, 'Write a comment…');
  await openBox({ selector: kim.selector, inItem: true }, 'Reply to Kim');
  const insertFrom = (selector: string) => insertFirstPoint(page, page.locator(selector), facebookBadge(page.locator(selector)));
  const commentBox = page.getByRole('textbox', { name: 'Write a comment…' });
  const kimBox = page.getByRole('textbox', { name: 'Reply to Kim' });

  // No reply box under Priya's comment: her point goes into the post's comment box, not under Kim's.
  const first = await insertFrom(priya.selector);
  await expect(commentBox).toHaveText(first);
  await expect(kimBox).toHaveText('');
  // With a reply box open under hers, it goes there.
  await openBox({ selector: priya.selector, inItem: true }, 'Reply to Priya');
  const second = await insertFrom(priya.selector);
  await expect(page.getByRole('textbox', { name: 'Reply to Priya' })).toHaveText(second);
  await expect(commentBox).toHaveText(first);
  // The post's own points go into the post's comment box, past the reply boxes open above it.
  const third = await insertFrom(priya.parent!);
  await expect(commentBox).toContainText(third);
  await expect(kimBox).toHaveText('');
});

test('Insert into reply without a comment box copies instead and says so', async ({ context, harness }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://www.facebook.com' });
  const page = await harness.open(URL);
  const sidebar = await openOnTarget(page);
  const points = sidebar.getByRole('region', { name: 'Talking points to copy' });
  const text = await points.locator('.point-text').first().innerText();
  await points.getByRole('button', { name: /^Insert into reply:/ }).first().click();
  await expect(sidebar.getByRole('status')).toContainText('copied instead');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
});

test('the sidebar side and width are remembered across pages (reduced motion)', async ({ harness }) => {
  const page = await harness.open(URL);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const sidebar = await openOnTarget(page);
  await sidebar.getByRole('button', { name: 'Move Glute Lens to the left' }).click();
  await expect(sidebar).toHaveClass(/side-left/);
  const handle = sidebar.getByRole('separator', { name: 'Resize Glute Lens' });
  await handle.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight'); // on the left side, right grows it
  await expect(handle).toHaveAttribute('aria-valuenow', '440');
  await page.waitForTimeout(300); // settings are written asynchronously
  await page.reload();
  const again = await openOnTarget(page);
  await expect(again).toHaveClass(/side-left/);
  const box = await again.boundingBox();
  expect(box!.x).toBe(0);
  expect(Math.round(box!.width)).toBe(440);
});

test('the thread pulse updates as comments load under the open post', async ({ harness }) => {
  const page = await harness.open(URL);
  const sidebar = await openOnTarget(page);
  const pulse = sidebar.getByRole('region', { name: 'Thread pulse' });
  const before = Number((await pulse.innerText()).match(/(\d+) comments? read so far/)![1]);
  // Facebook loads more comments into the open post: clone one of its comment articles with new text.
  await page.evaluate((selector) => {
    const post = document.querySelector(selector)!;
    const comment = post.querySelector('[role="article"] [role="article"]')!;
    const copy = comment.cloneNode(true) as Element;
    copy.querySelectorAll('glute-lens-badge').forEach((b) => b.remove());
    for (const name of ['data-glute-lens', 'data-glute-lens-claims', 'data-glute-lens-kind']) copy.removeAttribute(name);
    const text = copy.querySelector('[dir="auto"]')!;
    text.textContent = 'Totally agree, tight glutes are behind most of the low back pain in my clients.';
    copy.querySelectorAll('a[href*="comment_id"]').forEach((a) => a.setAttribute('href', a.getAttribute('href')!.replace(/comment_id=\d+/, 'comment_id=424242')));
    comment.parentElement!.append(copy);
  }, target.selector);
  await expect(pulse).toContainText(`${before + 1} comments read so far`);
  await expect(pulse.locator('[data-claim="back-pain-release"]')).toBeVisible();
});

type Chrome = {
  tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: object): Promise<unknown> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

test('the toolbar badge shows the number of glute posts on the tab', async ({ context, harness }) => {
  const page = await harness.open(URL);
  await expectVerdicts(page, group.expected.posts);
  const posts = group.expected.posts.filter((p) => p.relevant && p.kind !== 'comment').length;
  const [worker] = context.serviceWorkers();
  const badge = () =>
    worker!.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      const [tab] = await chrome.tabs.query({ url: 'https://www.facebook.com/*' });
      return chrome.action.getBadgeText({ tabId: tab!.id });
    });
  await expect.poll(badge).toBe(String(posts));
});

test('the keyboard shortcut message toggles the sidebar on the active page', async ({ context, harness }) => {
  const page = await harness.open(URL);
  await expect(page.locator(target.selector)).toHaveAttribute('data-glute-lens', 'match');
  const [worker] = context.serviceWorkers();
  // What the background does on the `toggle-sidebar` command (the shortcut itself cannot be pressed headless).
  const toggle = () =>
    worker!.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      const [tab] = await chrome.tabs.query({ url: 'https://www.facebook.com/*' });
      await chrome.tabs.sendMessage(tab!.id, { type: 'glute-lens:toggle-sidebar' });
    });
  const sidebar = page.getByRole('complementary', { name: 'Glute Lens' });
  await toggle();
  await expect(sidebar.getByRole('button', { name: 'Close Glute Lens' })).toBeVisible();
  await toggle();
  await expect(sidebar.getByRole('button', { name: 'Close Glute Lens' })).toHaveCount(0);
});
