/**
 * Hostile text in real Chromium: XSS filter-evasion payloads (OWASP cheat sheet and beyond) placed in post
 * text, author names, comments and an educator's pack file. Every post is badged and opened in the sidebar.
 * A bound function in the page counts calls (`alert`, `confirm`, `prompt` and `__glHit` all point at it),
 * and the test asserts: no call, no dialog, no navigation, no request leaves the browser, no markup from the
 * payloads turns into elements in our badge or sidebar. The page shows the payloads as text, the way a site
 * does; what we test is that Glute Lens, reading that text, never turns it back into markup.
 */
import type { Page } from '@playwright/test';
import { classifyPost } from '../../utils/detect';
import { expect, facebookBadge, test, type Harness } from './harness';
import { fixtureHtml } from './harness';

const HIT = '__glHit';
const EVIL = 'https://evil.example';

/** Each payload either calls the counter (`__glHit(n)` / `alert(n)`) or asks for a URL on EVIL. */
export const PAYLOADS: string[] = [
  `<script>${HIT}(1)</script>`,
  `<img src=x onerror=${HIT}(2)>`,
  `<svg onload=${HIT}(3)>`,
  `<svg><script>${HIT}(4)</script></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${HIT}(5)>`,
  `<iframe srcdoc="<script>parent.${HIT}(6)</script>"></iframe>`,
  `<base href="${EVIL}/7/">`,
  `<meta http-equiv="refresh" content="0;url=${EVIL}/8">`,
  `<a href="javascript:${HIT}(9)">click me</a>`,
  `<div style="background:url(${EVIL}/10.png)">x</div>`,
  `<style>@import '${EVIL}/11.css';</style>`,
  `{{constructor.constructor('${HIT}(12)')()}}`,
  `\${${HIT}(13)} <%= ${HIT}(13) %> #{${HIT}(13)}`,
  `"><img src=x onerror=${HIT}(14)>`,
  `'><svg/onload=${HIT}(15)>`,
  `<body onload=${HIT}(16)>`,
  `<input autofocus onfocus=${HIT}(17)>`,
  `<details open ontoggle=${HIT}(18)>`,
  `<object data="javascript:${HIT}(19)"></object>`,
  `<embed src="${EVIL}/20.swf">`,
  `<link rel=stylesheet href=${EVIL}/21.css>`,
  `<IMG SRC=JaVaScRiPt:alert(22)>`,
  `<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(23)>`,
  `<scr<script>ipt>${HIT}(24)</scr</script>ipt>`,
  `<video><source onerror="${HIT}(25)">`,
  `<marquee onstart=${HIT}(26)>glutes</marquee>`,
  `<form action="javascript:${HIT}(27)"><button>go</button></form>`,
  `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgyOCk8L3NjcmlwdD4=">data</a>`,
  `javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/"/+/onmouseover=1/+/[*/[]/+${HIT}(29)//'>`,
  `<noscript><p title="</noscript><img src=x onerror=${HIT}(30)>">`,
  `<template><img src=x onerror=${HIT}(31)></template><img srcset="${EVIL}/31.png 1x">`,
  `\u202e<img src=x onerror=${HIT}(32)>\u202c`,
  `<svg><animate onbegin=${HIT}(33) attributeName=x dur=1s>`,
  `<style>*{background-image:url("${EVIL}/34.png")}</style>`,
  `<a href="${EVIL}/35" ping="${EVIL}/35p">ping</a>`,
  `<xss style="behavior: url(${EVIL}/36.htc);">`,
  `</blockquote></aside><img src=x onerror=${HIT}(37)>`,
  `<glute-lens-badge onclick=${HIT}(38)></glute-lens-badge><button aria-label="Glute Lens: fake">x</button>`,
  `<svg><foreignObject><iframe src="javascript:${HIT}(39)"></iframe></foreignObject></svg>`,
  `<div onpointerenter=${HIT}(40) style="position:fixed;inset:0">cover</div>`,
];

/**
 * Elements a payload would create if any of our code parsed it as HTML and that our own UI never uses
 * (the sidebar has a `details`, the options page inputs and a form: those payloads are caught by the counter).
 */
const FORBIDDEN = 'script, iframe, object, embed, base, meta, img, math, video, source, marquee, template, noscript, frame, xss, foreignObject, animate, body, glute-lens-badge';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const tag = (i: number) => `hostilepack${i}`;
const postText = (i: number) => `${tag(i)}: releasing tight glutes fixes most low back pain, so I massage them every session. ${PAYLOADS[i]}`;
const commentText = (i: number) => `Agreed, I release the glutes on every low back pain client. ${PAYLOADS[i]}`;

/** Installs the counter in the page's own world before any page script runs. */
async function armPage(page: Page, counts: { dialogs: number; navigations: string[] }): Promise<void> {
  await page.addInitScript(`(() => {
    const hits = [];
    const hit = function (n) { hits.push(n === undefined ? '?' : n); };
    Object.defineProperty(window, '__glHits', { value: hits });
    for (const name of ['${HIT}', 'alert', 'confirm', 'prompt', 'print']) {
      Object.defineProperty(window, name, { value: hit.bind(null), writable: false, configurable: false });
    }
  })();`);
  page.on('dialog', (dialog) => {
    counts.dialogs++;
    void dialog.dismiss();
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) counts.navigations.push(frame.url());
  });
}

const hits = (page: Page) => page.evaluate(() => (window as unknown as { __glHits: unknown[] }).__glHits.slice());

/** The Facebook group fixture with one post (author, text, comment) per payload, before the real posts. */
function facebookPage(): string {
  const html = fixtureHtml('facebook', 'group-feed-2026-11-27');
  const start = html.indexOf('<!-- ============ post 1 ');
  const end = html.indexOf('<!-- ============ post 2 ');
  const template = html.slice(start, end);
  const blocks = PAYLOADS.map((payload, i) => {
    let n = 0;
    const texts = [escapeHtml(postText(i)), '', escapeHtml(commentText(i))];
    return template
      .replace('aria-posinset="1"', `aria-posinset="${200 + i}"`)
      .replace(/:r1([abc]):/g, `:hx${i}$1:`)
      .replace(/1894412207753310/g, `77${String(i).padStart(4, '0')}0001`)
      .replace(/1894430517751479/g, `88${String(i).padStart(4, '0')}0001`)
      .replace(/Dana Whitfield|Lena Fischer/g, escapeHtml(payload))
      .replace(/(<div dir="auto" style="text-align: start;">)([\s\S]*?)(<\/div>)/g, (_m, open, _t, close) => `${open}${texts[n++] ?? ''}${close}`);
  });
  return html.slice(0, start) + blocks.join('\n') + html.slice(start);
}

/** The X home fixture with one tweet per payload (author name and text). */
function xPage(): string {
  const html = fixtureHtml('x', 'home-2026-11-27');
  const cells = [...html.matchAll(/data-testid="cellInnerDiv"/g)].map((m) => html.lastIndexOf('<div', m.index));
  const template = html.slice(cells[0], cells[1]);
  const blocks = PAYLOADS.map((payload, i) =>
    template
      .replace(/position: absolute/, 'position: relative')
      .replace(/Jane Ruiz, LMT/g, escapeHtml(payload))
      .replace(/1861934470012345601/g, `19${String(i).padStart(4, '0')}0000000000001`)
      .replace(/id__k3a1/g, `id__hx${i}`)
      .replace(/(data-testid="tweetText"[^>]*><span[^>]*>)([\s\S]*?)(<\/span>)/, (_m, open, _t, close) => `${open}${escapeHtml(postText(i))}${close}`),
  );
  return html.slice(0, cells[0]) + blocks.join('\n') + html.slice(cells[0]);
}

/** An educator's pack whose every point carries a payload in its title, text, keyword-matched post and source label. */
function hostilePack(): { name: string; mimeType: string; buffer: Buffer } {
  const points = PAYLOADS.map((payload, i) => ({
    id: `hostile-${i}`,
    title: `Pack ${i}: ${payload}`.slice(0, 120),
    text: `Point ${i} says: ${payload}`,
    keywords: [tag(i)],
    claims: [],
    sources: [{ label: `Source ${i} ${payload}`.slice(0, 200), url: `https://example.org/${i}?q=${encodeURIComponent(payload)}`.slice(0, 500), level: 'EXP' }],
  }));
  const pack = { format: 'glute-lens-pack', version: 1, name: `Hostile ${PAYLOADS[1]}`, author: PAYLOADS[2], points };
  return { name: 'hostile-pack.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) };
}

/** Opens the sidebar on each root from its badge (keyboard: a real, trusted activation), checks what it shows. */
async function openEach(page: Page, roots: { selector: string; i: number; pack: boolean }[]): Promise<number> {
  const sidebar = page.locator('glute-lens-sidebar').locator('aside[aria-label="Glute Lens"]');
  let opened = 0;
  for (const { selector, i, pack } of roots) {
    const root = page.locator(selector);
    await expect(root, selector).toHaveAttribute('data-glute-lens', 'match');
    await root.evaluate((el) => el.scrollIntoView({ block: 'center' })); // badges render near the viewport only
    const badge = facebookBadge(root).getByRole('button');
    await badge.focus();
    await page.keyboard.press('Enter');
    await expect(sidebar.locator('blockquote'), selector).toContainText(PAYLOADS[i]!.replace(/\s+/g, ' ').trim().slice(0, 12));
    if (pack) await expect(sidebar.locator('section.points .point').first(), selector).toContainText(`Pack ${i}:`);
    expect(await page.locator('glute-lens-sidebar').locator(FORBIDDEN).count(), `markup in the sidebar for ${selector}`).toBe(0);
    await page.keyboard.press('Escape');
    opened++;
  }
  return opened;
}

async function importPack(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByLabel(/^Import a pack/).setInputFiles(hostilePack());
  await expect(page.getByRole('status').filter({ hasText: `${PAYLOADS.length} added` })).toBeVisible();
  const list = page.getByRole('list', { name: 'Your talking points' });
  await expect(list.getByRole('listitem')).toHaveCount(PAYLOADS.length);
  expect(await page.locator('main').locator(FORBIDDEN).count(), 'markup on the options page').toBe(0);
  expect(await hits(page).catch(() => []), 'calls on the options page').toEqual([]);
}

async function expectNothingHappened(page: Page, harness: Harness, url: string, counts: { dialogs: number; navigations: string[] }) {
  await page.waitForTimeout(500); // let any late handler (meta refresh, animation, image error) fire
  expect(await hits(page), 'calls of the bound counter').toEqual([]);
  expect(counts.dialogs, 'dialogs').toBe(0);
  expect(page.url(), 'the page did not navigate').toBe(url);
  expect(counts.navigations.filter((u) => u !== url), 'navigations').toEqual([]);
  expect(harness.outside, 'requests leaving the browser').toEqual([]);
  const badges = await page.locator('glute-lens-badge').evaluateAll((hosts) =>
    hosts.flatMap((h) => [...(h.shadowRoot?.querySelectorAll('*') ?? [])].map((e) => e.localName)),
  );
  // The badge's CSS is an adopted stylesheet, so its shadow root holds only the button and its spans.
  expect([...new Set(badges)].sort(), 'a badge holds only its button').toEqual(['button', 'span']);
}

test('the payloads are all relevant glute posts, so every one is badged and opened', () => {
  expect(PAYLOADS.length).toBeGreaterThanOrEqual(30);
  for (let i = 0; i < PAYLOADS.length; i++) {
    expect(classifyPost(postText(i)).relevant, postText(i)).toBe(true);
    expect(classifyPost(commentText(i), postText(i)).relevant, commentText(i)).toBe(true);
  }
});

test('Facebook: payloads in post text, author names, comments and a pack file never execute, navigate or fetch', async ({ harness, extensionId }) => {
  test.setTimeout(180_000);
  const url = 'https://www.facebook.com/groups/massagetherapists/';
  const counts = { dialogs: 0, navigations: [] as string[] };
  const page = await harness.open('about:blank');
  await importPack(page, extensionId);
  await harness.serve({ 'https://www.facebook.com': { '/groups/massagetherapists/': facebookPage() } }, [
    'https://static.xx.fbcdn.net',
    'https://scontent.xx.fbcdn.net',
  ]);
  await armPage(page, counts);
  await page.goto(url);
  counts.navigations.length = 0;
  const roots = PAYLOADS.flatMap((_p, i) => [
    { selector: `[aria-posinset="${200 + i}"]`, i, pack: true },
    { selector: `[aria-posinset="${200 + i}"] [data-glute-lens-kind="comment"]`, i, pack: false },
  ]);
  expect(await openEach(page, roots)).toBe(PAYLOADS.length * 2);
  await expectNothingHappened(page, harness, url, counts);
});

test('X: payloads in tweet text and author names never execute, navigate or fetch', async ({ harness }) => {
  test.setTimeout(120_000);
  const url = 'https://x.com/home';
  const counts = { dialogs: 0, navigations: [] as string[] };
  await harness.serve({ 'https://x.com': { '/home': xPage() } }, ['https://pbs.twimg.com', 'https://abs-0.twimg.com']);
  const page = await harness.open('about:blank');
  await armPage(page, counts);
  await page.goto(url);
  counts.navigations.length = 0;
  const roots = PAYLOADS.map((_p, i) => ({ selector: `article[aria-labelledby^="id__hx${i}a "]`, i, pack: false }));
  expect(await openEach(page, roots)).toBe(PAYLOADS.length);
  await expectNothingHappened(page, harness, url, counts);
  // Control: the trap does catch markup that is parsed as HTML (an image that fails without a request).
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img alt="" src="data:," onerror="__glHit(\'control\')">'));
  await expect.poll(() => hits(page)).toEqual(['control']);
});
