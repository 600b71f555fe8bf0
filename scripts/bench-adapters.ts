/**
 * What each site adapter costs per post, to find the slow one and see whether a change helped: every
 * fixture page is loaded in Debian Chromium, the adapters are bundled into an isolated world (where a
 * content script runs, with its own DOM wrappers), and findPosts and the scanner's read (text, id,
 * kind) are timed in a warm loop over the page's posts and comments. Figures are relative: a live page
 * between our slices leaves caches cold, so each read costs more there (see the browser bench).
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { listFixtures, loadFixture } from '../tests/fixtures/load';
import { ROOT } from './corpus';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface AdapterRow {
  site: string;
  page: string;
  /** Post and comment roots on the page. */
  roots: number;
  /** Average elements inside a root. */
  elementsPerRoot: number;
  /** µs per root: findPosts(root), as the scanner calls it for a node inside a post. */
  findPostsUs: number;
  /** µs per root: site.read(root), or getText + getId + getKind where an adapter has no read(). */
  readUs: number;
  /** Children of the page's feeds: what the scanner expands when a feed grows. */
  feedItems: number;
  /** µs per feed item: findPosts(item, feed), as the scanner calls it for a new feed item. */
  findItemUs: number;
  /** µs per feed item: findPosts(item) without its feed (a walk up from each item), for comparison. */
  findItemWithoutFeedUs: number;
}

/** Runs in the isolated world: times the page's roots (`rounds` passes per batch) after a warm-up. */
const MEASURE = (siteId: string, rounds: number) => `(() => {
  const site = globalThis.__GL_SITES.find((s) => s.id === ${JSON.stringify(siteId)});
  const roots = site.findPosts(document.body);
  const items = site.findFeeds(document).flatMap((feed) => [...feed.children].map((item) => [item, feed]));
  // Median of 7 timed batches after a warm-up: this shared machine is noisy.
  const time = (f, list = roots) => {
    if (list.length === 0) return 0;
    for (let i = 0; i < 20; i++) list.forEach(f);
    const batches = [];
    for (let b = 0; b < 7; b++) {
      const t0 = performance.now();
      for (let i = 0; i < ${rounds}; i++) list.forEach(f);
      batches.push(((performance.now() - t0) * 1000) / (list.length * ${rounds}));
    }
    return batches.sort((x, y) => x - y)[3];
  };
  const elements = roots.reduce((n, r) => n + r.querySelectorAll('*').length, 0);
  return {
    roots: roots.length,
    elementsPerRoot: roots.length ? elements / roots.length : 0,
    findPostsUs: time((r) => site.findPosts(r)),
    readUs: time((r) => (site.read ? site.read(r).id() : [site.getText(r), site.getId(r), site.getKind(r)])),
    feedItems: items.length,
    findItemUs: time(([item, feed]) => site.findPosts(item, feed), items),
    findItemWithoutFeedUs: time(([item]) => site.findPosts(item), items),
  };
})()`;

export async function benchAdapters(rounds = 60): Promise<AdapterRow[]> {
  const bundle = await build({
    stdin: { contents: "import { SITES } from './utils/sites/index'; globalThis.__GL_SITES = SITES;", resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2022',
    alias: { '@': ROOT },
  });
  const code = bundle.outputFiles[0]!.text;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  const rows: AdapterRow[] = [];
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    let html = '';
    // The fixture is the document; its images and anything else are refused (nothing leaves the machine).
    await page.route('**/*', (route) =>
      route.request().resourceType() === 'document' ? route.fulfill({ status: 200, contentType: 'text/html', body: html }) : route.abort(),
    );
    for (const site of ['facebook', 'reddit', 'x', 'linkedin', 'instagram', 'threads']) {
      for (const name of listFixtures(site)) {
        const fixture = loadFixture(site, name);
        html = fixture.html;
        await page.goto(fixture.expected.url);
        const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
        const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'glute-lens-bench' })) as {
          executionContextId: number;
        };
        await cdp.send('Runtime.evaluate', { expression: code, contextId: executionContextId });
        const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', {
          expression: MEASURE(site, rounds),
          contextId: executionContextId,
          returnByValue: true,
        })) as { result: { value?: Omit<AdapterRow, 'site' | 'page'> }; exceptionDetails?: { text: string } };
        if (!result.value) throw new Error(`adapter bench on ${site}/${name}: ${exceptionDetails?.text ?? 'no result'}`);
        const round = (n: number) => Math.round(n * 100) / 100;
        const v = result.value;
        rows.push({
          site, page: name, roots: v.roots, elementsPerRoot: Math.round(v.elementsPerRoot), findPostsUs: round(v.findPostsUs), readUs: round(v.readUs),
          feedItems: v.feedItems, findItemUs: round(v.findItemUs), findItemWithoutFeedUs: round(v.findItemWithoutFeedUs),
        });
      }
    }
  } finally {
    await browser.close();
  }
  return rows;
}
