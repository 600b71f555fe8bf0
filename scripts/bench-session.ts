/**
 * One browser session of the benches: Debian Chromium with or without the built extension, the bench
 * feed served by route interception (nothing reaches the network), and a DevTools session on its tab.
 */
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchFeedHtml } from './bench-feed-page';

const ROOT = path.resolve(import.meta.dirname, '..');
/** The built extension; GL_EXT points the bench at another build (ablation experiments). */
export const EXT = process.env.GL_EXT ?? path.join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const URL = 'https://www.facebook.com/groups/benchgroup/';

export async function launch(withExtension: boolean): Promise<BrowserContext> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gl-bench-'));
  const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--js-flags=--expose-gc',
    // Frames as fast as the machine allows, for A and B alike: the scroll script is paced by frames.
    '--disable-frame-rate-limit', '--disable-gpu-vsync'];
  if (withExtension) args.unshift(`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`);
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless: true, args, viewport: { width: 1280, height: 900 } });
  await context.route((url) => url.protocol === 'http:' || url.protocol === 'https:', (route) => route.abort());
  await context.route(`${URL}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: benchFeedHtml() }));
  return context;
}

/**
 * The bench feed open in the launched browser's tab, once the content script has started (with the
 * extension), the tab in front, and a DevTools session on it.
 */
export async function openFeed(context: BrowserContext, withExtension: boolean, url = URL): Promise<{ page: Page; cdp: CDPSession }> {
  const page: Page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  if (withExtension) await page.waitForSelector('glute-lens-sidebar', { state: 'attached', timeout: 15_000 });
  // The welcome tab opened on install must not sit in front: a tab behind renders about once a second.
  await page.bringToFront();
  return { page, cdp: await context.newCDPSession(page) };
}
