/**
 * Real Chromium (Debian's) with the built extension, and a hermetic network: every http(s) request is
 * answered from our fixtures or aborted and recorded. See ../shared/research/build-and-e2e-recipe.md.
 */
import { test as base, chromium, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyPost } from '../../utils/detect';
import { contextOf, type ExpectedPost } from '../fixtures/load';
import { MESSAGE_BLOCK_SELECTORS } from '../../utils/sites/facebook-selectors';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../..');
export const EXTENSION_PATH = process.env.EXTENSION_PATH ?? path.join(ROOT, '.output/chrome-mv3');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = path.join(ROOT, 'test-results/artifacts');

/** URL path → fixture file, per host. Anything else on these hosts is a 404 page. */
export type Routes = Record<string, Record<string, string>>;

const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

export function fixtureHtml(site: string, name: string): string {
  return fs.readFileSync(path.join(ROOT, 'tests/fixtures', site, `${name}.html`), 'utf8');
}

export interface Harness {
  /** Requests that tried to leave the browser (not served by a fixture route). */
  outside: string[];
  /** Uncaught page errors and console errors from any page. */
  errors: string[];
  serve(routes: Routes, assetOrigins?: string[]): Promise<void>;
  open(url: string): Promise<Page>;
}

export const test = base.extend<{ context: BrowserContext; extensionId: string; harness: Harness }>({
  context: async ({}, use) => {
    if (!fs.existsSync(path.join(EXTENSION_PATH, 'manifest.json'))) {
      throw new Error(`No built extension at ${EXTENSION_PATH}: run "npm run build" first.`);
    }
    const context = await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM_PATH,
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: [
        `--disable-extensions-except=${EXTENSION_PATH}`,
        `--load-extension=${EXTENSION_PATH}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    if (!worker) worker = await context.waitForEvent('serviceworker');
    await use(new URL(worker.url()).host);
  },
  harness: async ({ context }, use) => {
    const outside: string[] = [];
    const errors: string[] = [];
    // Catch-all first (routes run in reverse order of registration). It must not match
    // chrome-extension:// or the shadow-root CSS is aborted and the sidebar shows unstyled.
    await context.route(
      (url) => url.protocol === 'http:' || url.protocol === 'https:',
      (route) => {
        outside.push(route.request().url());
        return route.abort();
      },
    );
    const watched = new WeakSet<Page>();
    const watch = (page: Page) => {
      if (watched.has(page)) return;
      watched.add(page);
      page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
      });
    };
    context.on('page', watch);
    const harness: Harness = {
      outside,
      errors,
      async serve(routes, assetOrigins = []) {
        // The fixture pages' own images (emoji, photos) come from the site's CDN: answered with a
        // 1x1 PNG so the page renders as it would, and never counted as a request of ours.
        for (const origin of assetOrigins) {
          await context.route(`${origin}/**`, (route) =>
            route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL }),
          );
        }
        for (const [origin, paths] of Object.entries(routes)) {
          await context.route(`${origin}/**`, (route) => {
            const url = new URL(route.request().url());
            const file = paths[url.pathname];
            if (route.request().resourceType() !== 'document') {
              outside.push(url.href);
              return route.abort();
            }
            return route.fulfill({
              status: file ? 200 : 404,
              contentType: 'text/html; charset=utf-8',
              body: file ?? '<!doctype html><title>Not found</title><p>Not found</p>',
            });
          });
        }
      },
      async open(url) {
        const page = context.pages()[0] ?? (await context.newPage());
        watch(page);
        await page.goto(url);
        // The welcome tab the extension opens on install would otherwise sit in front: a tab behind it
        // renders about once a second, and badges (placed as posts come into view) wait for rendering.
        await page.bringToFront();
        return page;
      },
    };
    await use(harness);
    // Every e2e test enforces these (SECURITY.md): nothing leaves the browser, and no page or console errors.
    expect(outside, 'no request leaves the browser').toEqual([]);
    expect(errors, 'no errors in the page console').toEqual([]);
  },
});

export { expect };

/** Waits until the content script judged every post root in the page, then brings each match into view. */
export async function waitForVerdicts(page: Page, selector: string): Promise<void> {
  await expect
    .poll(() => page.locator(`${selector}:not([data-glute-lens])`).count(), { message: 'every post gets a verdict' })
    .toBe(0);
  await revealMatches(page);
}

/**
 * Opens the sidebar on the match `root` from its badge (`badge`: where the site puts it), presses Insert into
 * reply on the first talking point, and returns that point's text once the sidebar says it was inserted.
 */
export async function insertFirstPoint(page: Page, root: Locator, badge: Locator): Promise<string> {
  await expect(root).toHaveAttribute('data-glute-lens', 'match');
  await root.scrollIntoViewIfNeeded();
  await badge.getByRole('button', { name: /^Glute Lens/ }).click();
  const sidebar = page.getByRole('complementary', { name: 'Glute Lens' });
  const points = sidebar.getByRole('region', { name: 'Talking points to copy' });
  const text = await points.locator('.point-text').first().innerText();
  await points.getByRole('button', { name: /^Insert into reply:/ }).first().click();
  await expect(sidebar.getByRole('status')).toContainText('Inserted');
  return text;
}

/**
 * Badges are added only to posts in or near the viewport (utils/lens.ts). Scrolls each match into view,
 * as a reader would, waits until it shows its badge, and returns to the top.
 */
export async function revealMatches(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const hasBadge = (el: Element) => [...el.querySelectorAll('glute-lens-badge')].some((b) => b.parentElement!.closest('[data-glute-lens]') === el);
    for (const el of document.querySelectorAll('[data-glute-lens="match"]')) {
      el.scrollIntoView({ block: 'center' });
      for (let i = 0; i < 20 && !hasBadge(el); i++) await frame();
    }
    window.scrollTo(0, 0);
    await frame();
  });
}

export function artifact(name: string): string {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}

/**
 * Checks every expected root of a fixture: the verdict matches the hand label, the claims attribute is
 * exactly what the classifier (the same function the content script runs) says for that text and its
 * context (its post's text, and for a reply the comments above it), and a match holds exactly one badge of its own. Classifier quality against the hand
 * labels is measured separately (tests/unit/detect-fixtures.test.ts, npm run eval).
 */
export async function expectVerdicts(page: Page, posts: ExpectedPost[]): Promise<void> {
  await waitForExpected(page, posts);
  const bySelector = new Map(posts.map((p) => [p.selector, p]));
  for (const post of posts) {
    const root = page.locator(post.selector);
    await expect(root, `verdict of ${post.selector}`).toHaveAttribute('data-glute-lens', post.relevant ? 'match' : 'no-match');
    const verdict = classifyPost(post.text, contextOf(post, bySelector));
    if (post.relevant) {
      const claims = ((await root.getAttribute('data-glute-lens-claims')) ?? '').split(' ').filter(Boolean);
      expect(claims, `claims of ${post.selector}`).toEqual(verdict.claims);
    }
    // One badge of its own (sites anchor it in different places; a nested comment's badge is not the post's).
    expect(await ownBadges(root), `badges of ${post.selector}`).toBe(post.relevant ? 1 : 0);
  }
}

/**
 * The badge of a Facebook root: a comment's is its last child, a post's sits at the end of its own message
 * block (under its text, above its comments), or is the root's last child when it has none.
 */
export function facebookBadge(root: Locator): Locator {
  return root.locator([':scope > glute-lens-badge', ...MESSAGE_BLOCK_SELECTORS.map((b) => `:scope ${b} > glute-lens-badge`)].join(', '));
}

/** Badges inside `root` whose nearest judged root is `root` itself. */
export function ownBadges(root: Locator): Promise<number> {
  return root.evaluate(
    (el) => [...el.querySelectorAll('glute-lens-badge')].filter((b) => b.parentElement!.closest('[data-glute-lens]') === el).length,
  );
}

/** Waits until every expected root carries a verdict. */
export async function waitForExpected(page: Page, posts: ExpectedPost[]): Promise<void> {
  for (const post of posts) await expect(page.locator(post.selector)).toHaveAttribute('data-glute-lens', /match/);
  await revealMatches(page);
}
