/**
 * Layout drift on every site: the site's fixture with its hooks broken the way a redesign breaks them
 * (every attribute the adapter's selectors use renamed, classes and ids renamed, custom elements and
 * `article` containers replaced). Glute Lens must not throw or log an error, must mark nothing, and must
 * say "layout not recognised" in the sidebar (and in the collapsed tab's accessible name).
 * The harness fails the test on any console error or request leaving the browser.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SITES } from '../../utils/sites';
import { listFixtures, loadFixture } from '../fixtures/load';
import { expect, ROOT, test } from './harness';

/**
 * Attribute names the adapter's selectors use, read from its source (every quoted selector string in
 * `<site>.ts` and its helper files, `<site>-*.ts`, such as facebook-selectors.ts).
 */
function hookAttributes(siteId: string): string[] {
  const dir = path.join(ROOT, 'utils/sites');
  const files = fs.readdirSync(dir).filter((f) => f === `${siteId}.ts` || f.startsWith(`${siteId}-`));
  const src = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
  const attrs = new Set<string>();
  for (const [, selector] of src.matchAll(/'([^'\n]*\[[^'\n]*)'/g)) {
    for (const [, name] of selector!.matchAll(/\[([a-zA-Z][a-zA-Z-]*)/g)) attrs.add(name!);
  }
  return [...attrs];
}

/** The fixture as it might look after a redesign. */
export function drift(html: string, siteId: string): string {
  // Also src/srcset: the fixture's images would otherwise ask the site's CDN for pictures.
  const attrs = [...hookAttributes(siteId), 'class', 'id', 'src', 'srcset'];
  let out = html;
  for (const name of attrs) {
    out = out.replace(new RegExp(`(\\s)${name}=`, 'g'), `$1data-drifted-${name}=`);
  }
  return out
    .replace(/<(\/?)(shreddit-[a-z-]+|faceplate-[a-z-]+|post-title|credit-bar)\b/g, '<$1drifted-$2')
    .replace(/<(\/?)article\b/g, '<$1section');
}

const CASES = SITES.map((site) => {
  const name = listFixtures(site.id)[0]!;
  const fixture = loadFixture(site.id, name);
  return { site, name, fixture };
});

test('every site has a drift case', () => {
  expect(CASES.map((c) => c.site.id).sort()).toEqual(SITES.map((s) => s.id).sort());
  for (const { site, fixture } of CASES) {
    expect(hookAttributes(site.id).length, site.id).toBeGreaterThan(0);
    expect(site.expectsFeed?.(new URL(fixture.expected.url)), `${site.id} expects a feed at ${fixture.expected.url}`).toBe(true);
  }
});

for (const { site, name, fixture } of CASES) {
  test(`${site.name} (${name}) with its selectors broken: no error, nothing marked, "layout not recognised"`, async ({ harness }) => {
    const url = new URL(fixture.expected.url);
    await harness.serve({ [url.origin]: { [url.pathname]: drift(fixture.html, site.id) } });
    const page = await harness.open(url.href);
    const sidebar = page.locator('glute-lens-sidebar').locator('aside[aria-label="Glute Lens"]');
    await expect(sidebar).toHaveCount(1);
    // Open the collapsed tab (whatever its name) and wait for the notice after the grace period.
    await sidebar.getByRole('button').first().click();
    await expect(sidebar.getByRole('note')).toHaveText(new RegExp(`Layout not recognised on ${site.name}\\.`), { timeout: 12_000 });
    await expect(page.locator('[data-glute-lens]')).toHaveCount(0);
    await expect(page.locator('glute-lens-badge')).toHaveCount(0);
    await page.keyboard.press('Escape');
    // The collapsed tab says it too, for screen readers and at a glance.
    await expect(sidebar.getByRole('button', { name: new RegExp(`^Glute Lens: layout not recognised on ${site.name}`) })).toBeVisible();
  });
}
