/**
 * The options page in the built extension: importing packs (good and bad), export round trip, HTML in packs
 * shown as text, the educator's point reaching the sidebar, the first-run page, and axe checks.
 */
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { artifact, expect, test } from './harness';
import { loadFixture } from '../fixtures/load';

// The extension page's own API, used inside page.evaluate (these specs are not typed against @types/chrome).
declare const chrome: { storage: { sync: { get(keys: null): Promise<Record<string, unknown>> } } };

const GROUP_URL = 'https://www.facebook.com/groups/massagetherapists/';
const group = loadFixture('facebook', 'group-feed-2026-11-27');
const FB_ASSETS = ['https://static.xx.fbcdn.net', 'https://scontent.xx.fbcdn.net'];

interface FilePayload { name: string; mimeType: string; buffer: Buffer }

const POINT = {
  id: 'draping-script',
  title: 'A draping script that builds trust',
  text: 'Ask before you work near the glutes, say what you will do, and keep the drape secure. Consent can change at any time.',
  claims: ['draping-comfort'],
  keywords: ['draping'],
  sources: [{ label: 'Example guideline', url: 'https://example.org/guideline', level: 'STD' }],
};

function packFile(points: unknown[], over: Record<string, unknown> = {}, name = 'clinic-pack.json'): FilePayload {
  const pack = { format: 'glute-lens-pack', version: 1, name: 'Clinic pack', author: 'Sam', points, ...over };
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) };
}

async function openOptions(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { name: 'Your talking points' })).toBeVisible();
}

const importInput = (page: Page) => page.getByLabel(/^Import a pack/);
const pointList = (page: Page) => page.getByRole('list', { name: 'Your talking points' });

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.afterEach(async ({ harness }) => {
  expect(harness.outside, 'no request leaves the browser').toEqual([]);
  expect(harness.errors, 'no errors in the page console').toEqual([]);
});

test('first run opens the welcome page', async ({ context, extensionId }) => {
  await expect
    .poll(() => context.pages().map((p) => p.url()).filter((u) => u === `chrome-extension://${extensionId}/welcome.html`).length)
    .toBe(1);
  const welcome = context.pages().find((p) => p.url().endsWith('/welcome.html'))!;
  await expect(welcome.getByRole('heading', { name: 'Nothing leaves your browser' })).toBeVisible();
  await expect(welcome.getByRole('heading', { name: 'Pin it to the toolbar' })).toBeVisible();
  expect(await seriousViolations(welcome)).toEqual([]);
});

test('import a pack: its point shows in the sidebar for a matching post, marked as yours', async ({ harness, extensionId }) => {
  const page = await harness.open('about:blank');
  await openOptions(page, extensionId);
  await importInput(page).setInputFiles(packFile([POINT]));
  await expect(page.getByRole('status').filter({ hasText: 'Imported "Clinic pack" by Sam: 1 added.' })).toBeVisible();
  await expect(pointList(page).getByText(POINT.title)).toBeVisible();

  await harness.serve({ 'https://www.facebook.com': { '/groups/massagetherapists/': group.html } }, FB_ASSETS);
  await page.goto(GROUP_URL);
  const target = group.expected.posts.find((p) => p.claims.includes('draping-comfort'))!;
  const root = page.locator(target.selector);
  await expect(root).toHaveAttribute('data-glute-lens', 'match');
  await root.scrollIntoViewIfNeeded();
  await root.locator('glute-lens-badge').first().getByRole('button', { name: /^Glute Lens/ }).click();
  const sidebar = page.getByRole('complementary', { name: 'Glute Lens' });
  const card = sidebar.locator('.point', { has: page.getByRole('heading', { name: POINT.title }) });
  await expect(card).toBeVisible();
  await expect(card.getByText('Yours')).toBeVisible();
  // The educator's matching point comes before the built-in ones.
  await expect(sidebar.locator('.point').first()).toContainText(POINT.title);
});

test('export round-trips: the downloaded pack imports back to the same points', async ({ harness, extensionId }) => {
  const page = await harness.open('about:blank');
  await openOptions(page, extensionId);
  const second = { ...POINT, id: 'second', title: 'Second point', claims: ['sitting'], keywords: undefined, tones: { brief: 'Short version.' } };
  await importInput(page).setInputFiles(packFile([POINT, second]));
  await expect(pointList(page).getByRole('listitem')).toHaveCount(2);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
  expect(download.suggestedFilename()).toBe('glute-lens-pack-my-talking-points.json');
  const file = artifact('exported-pack.json');
  await download.saveAs(file);
  const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
  expect(exported).toMatchObject({ format: 'glute-lens-pack', version: 1, name: 'My talking points' });
  const { keywords: _k, ...secondNoKeywords } = second;
  expect(exported.points).toEqual([POINT, secondNoKeywords]);

  // Delete both, import the exported file: the same points come back.
  for (const title of [POINT.title, second.title]) {
    await page.getByRole('button', { name: `Delete "${title}"` }).click();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
  }
  await expect(page.getByText(/no talking points of your own yet/)).toBeVisible();
  await importInput(page).setInputFiles({ name: 'exported.json', mimeType: 'application/json', buffer: fs.readFileSync(file) });
  await expect(pointList(page).getByRole('listitem')).toHaveCount(2);
  const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
  const againFile = artifact('exported-pack-again.json');
  await again.saveAs(againFile);
  expect(JSON.parse(fs.readFileSync(againFile, 'utf8'))).toEqual(exported);
});

const BAD_FILES: { kind: string; file: FilePayload; message: RegExp }[] = [
  { kind: 'not JSON', file: { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('glutes: yes\n') }, message: /not valid JSON/ },
  { kind: 'wrong format', file: packFile([POINT], { format: 'some-other-pack' }), message: /format must be "glute-lens-pack"/ },
  { kind: 'wrong version', file: packFile([POINT], { version: 2 }), message: /version 2; Glute Lens reads version 1 only/ },
  { kind: 'wrong types', file: packFile([{ ...POINT, claims: 'draping-comfort' }]), message: /points\[0\]\.claims must be a list/ },
  { kind: 'unknown claim', file: packFile([{ ...POINT, claims: ['cures-all'] }]), message: /points\[0\]\.claims\[0\] must be one of/ },
  { kind: 'bad URL', file: packFile([{ ...POINT, sources: [{ label: 'x', url: 'javascript:alert(1)', level: 'SR' }] }]), message: /points\[0\]\.sources\[0\]\.url must start with http:\/\/ or https:\/\// },
  { kind: 'too long a field', file: packFile([{ ...POINT, title: 'x'.repeat(121) }]), message: /points\[0\]\.title must be at most 120 characters/ },
  { kind: 'duplicate ids', file: packFile([POINT, { ...POINT, title: 'Again' }]), message: /points\[1\]\.id "draping-script" is already used by points\[0\]/ },
  { kind: 'too big', file: { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(300 * 1024, 32) }, message: /too big \(300 KB\)/ },
];

test('each kind of bad file shows an alert naming the problem and loses nothing', async ({ harness, extensionId }) => {
  const page = await harness.open('about:blank');
  await openOptions(page, extensionId);
  const mine = { ...POINT, id: 'mine', title: 'My own point' };
  await importInput(page).setInputFiles(packFile([mine], {}, 'mine.json'));
  await expect(pointList(page).getByRole('listitem')).toHaveCount(1);
  const before = await page.evaluate(() => chrome.storage.sync.get(null));

  const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
  for (const bad of BAD_FILES) {
    await importInput(page).setInputFiles(bad.file);
    await expect(alert, bad.kind).toContainText(`Nothing was imported from "${bad.file.name}"`);
    await expect(alert, bad.kind).toContainText(bad.message);
    await expect(pointList(page).getByRole('listitem'), bad.kind).toHaveCount(1);
    await expect(pointList(page)).toContainText('My own point');
  }
  expect(await page.evaluate(() => chrome.storage.sync.get(null))).toEqual(before);
  await page.reload();
  await expect(pointList(page).getByRole('listitem')).toHaveCount(1);
});

test('a pack holding HTML and script is shown as text and nothing runs', async ({ harness, extensionId }) => {
  const page = await harness.open('about:blank');
  await openOptions(page, extensionId);
  const title = '<img src=x onerror="window.__pwned=1">Trust <b>me</b>';
  const text = '<script>window.__pwned=2</script><a href="javascript:window.__pwned=3">click</a>';
  const evil = { ...POINT, id: 'evil', title, text, sources: [{ label: '<svg onload="window.__pwned=4">', url: 'https://example.org/a', level: 'EXP' }] };
  await importInput(page).setInputFiles(packFile([evil]));
  await expect(pointList(page).getByText(title, { exact: true })).toBeVisible();

  await page.getByRole('button', { name: `Edit "${title}"` }).click();
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('heading', { name: title })).toBeVisible();
  await expect(preview.getByText(text, { exact: true })).toBeVisible();
  await expect(preview.getByText('<svg onload="window.__pwned=4">')).toBeVisible();
  expect(await page.locator('main img, main script, main svg, main b').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('the sidebar shows pack HTML as text too', async ({ harness, extensionId }) => {
  const page = await harness.open('about:blank');
  await openOptions(page, extensionId);
  const title = '<img src=x onerror="window.__pwned=1">Trust <b>me</b>';
  const evil = { ...POINT, id: 'evil', title, text: '<script>window.__pwned=2</script>' };
  await importInput(page).setInputFiles(packFile([evil]));
  await expect(pointList(page).getByText(title, { exact: true })).toBeVisible();
  await harness.serve({ 'https://www.facebook.com': { '/groups/massagetherapists/': group.html } }, FB_ASSETS);
  await page.goto(GROUP_URL);
  const root = page.locator(group.expected.posts.find((p) => p.claims.includes('draping-comfort'))!.selector);
  await root.scrollIntoViewIfNeeded();
  await root.locator('glute-lens-badge').first().getByRole('button', { name: /^Glute Lens/ }).click();
  const sidebar = page.getByRole('complementary', { name: 'Glute Lens' });
  await expect(sidebar.getByRole('heading', { name: title })).toBeVisible();
  await expect(sidebar.getByText('<script>window.__pwned=2</script>', { exact: true })).toBeVisible();
  expect(await sidebar.locator('.point img, .point script, .point b').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('a point added in the editor is saved; clashing ids ask to replace or keep both', async ({ harness, extensionId }) => {
  const page = await harness.open('about:blank');
  await openOptions(page, extensionId);
  await page.getByRole('button', { name: 'Add a talking point' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Sitting is not the enemy');
  await page.getByLabel(/^Text/).fill('Long sitting is common; moving more often helps most people feel better.');
  await page.getByLabel('Sitting weakens or tightens the glutes').check();
  await page.getByRole('button', { name: 'Add point' }).click();
  await expect(pointList(page).getByText('Sitting is not the enemy')).toBeVisible();

  const clash = { ...POINT, id: 'sitting-is-not-the-enemy', title: 'Their sitting point' };
  await importInput(page).setInputFiles(packFile([clash]));
  await expect(page.getByText(/has the same id as yours: Sitting is not the enemy/)).toBeVisible();
  await page.getByRole('button', { name: 'Keep both' }).click();
  await expect(pointList(page).getByRole('listitem')).toHaveCount(2);
  await page.reload();
  await expect(pointList(page).getByRole('listitem')).toHaveCount(2);
});

test('axe: no serious or critical violations on the options page, with the editor open', async ({ harness, extensionId }) => {
  const page = await harness.open('about:blank');
  await openOptions(page, extensionId);
  await importInput(page).setInputFiles(packFile([{ ...POINT, tones: { clinical: 'Clinical wording.' } }]));
  await expect(pointList(page).getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: `Edit "${POINT.title}"` }).click();
  await page.getByText('Built-in talking points (').click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: artifact('options-dark.png'), fullPage: true });
});
