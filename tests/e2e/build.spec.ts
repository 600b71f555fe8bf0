/**
 * What the built packages promise, checked on the build output itself: exactly the permissions the
 * features need, no remote code, a strict CSP, a gecko id with no data collection, and the content
 * script within its size budget. No browser needed.
 */
import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { MATCHES_BY_SITE, SITE_MATCHES } from '../../utils/sites/matches';

const ROOT = path.resolve(import.meta.dirname, '../..');
const manifest = (dir: string) => JSON.parse(fs.readFileSync(path.join(ROOT, '.output', dir, 'manifest.json'), 'utf8'));
const CONTENT_GZIP_BUDGET = 30 * 1024;

function files(dir: string, ext: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => path.join(e.parentPath, e.name));
}

test('Chrome MV3: permissions are exactly storage plus the feed sites', () => {
  const m = manifest('chrome-mv3');
  expect(m.manifest_version).toBe(3);
  expect(m.permissions).toEqual(['storage']);
  expect([...m.host_permissions].sort()).toEqual([...SITE_MATCHES].sort());
  expect(m.optional_permissions ?? []).toEqual([]);
  const matches = m.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
  expect([...new Set(matches)].sort()).toEqual([...SITE_MATCHES].sort());
  expect(JSON.stringify(m)).not.toContain('<all_urls>');
});

test('a keyboard shortcut is declared for toggling the sidebar', () => {
  for (const dir of ['chrome-mv3', 'firefox-mv2']) {
    const m = manifest(dir);
    expect(m.commands['toggle-sidebar'].suggested_key.default, dir).toBe('Alt+Shift+G');
  }
});

test('Chrome MV3: strict CSP and no remote code', () => {
  const m = manifest('chrome-mv3');
  expect(m.content_security_policy.extension_pages).toBe("script-src 'self'; object-src 'self'");
  for (const file of files(path.join(ROOT, '.output/chrome-mv3'), '.html')) {
    const html = fs.readFileSync(file, 'utf8');
    expect(html, file).not.toMatch(/<script[^>]+src=["']https?:/i);
  }
  for (const file of files(path.join(ROOT, '.output/chrome-mv3'), '.js')) {
    const js = fs.readFileSync(file, 'utf8');
    expect(js, file).not.toMatch(/\bimportScripts\s*\(\s*['"]https?:/);
    expect(js, file).not.toMatch(/\bimport\s*\(\s*['"]https?:/);
    expect(js, file).not.toMatch(/\bnew Function\s*\(/);
    expect(js, file).not.toMatch(/\beval\s*\(/);
  }
});

test('Firefox: gecko id, no data collection, same permissions', () => {
  const m = manifest('firefox-mv2');
  expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
  expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  const perms = [...m.permissions].filter((p: string) => !p.includes('://')).sort();
  expect(perms).toEqual(['storage']);
  // The background injects the sidebar panel (tests/firefox checks it opens): the file is not web-accessible,
  // and no content script imports a computed address (web-ext lint flags that as unsafe).
  expect(m.web_accessible_resources).not.toContain('sidebar-panel.js');
  for (const file of fs.readdirSync(path.join(ROOT, '.output/firefox-mv2/content-scripts')).filter((f) => f.endsWith('.js'))) {
    expect(fs.readFileSync(path.join(ROOT, '.output/firefox-mv2/content-scripts', file), 'utf8'), file).not.toMatch(/\bimport\(/);
  }
});

test(`each site's content script stays within ${CONTENT_GZIP_BUDGET / 1024} KB gzip`, () => {
  const dir = path.join(ROOT, '.output/chrome-mv3/content-scripts');
  const scripts = fs.readdirSync(dir).filter((f) => f.endsWith('.js'));
  expect(scripts.sort()).toEqual(Object.keys(MATCHES_BY_SITE).map((id) => `${id}.js`).sort());
  for (const name of scripts) {
    const buf = fs.readFileSync(path.join(dir, name));
    const gzip = zlib.gzipSync(buf, { level: 9 }).length;
    console.log(`${name}: ${buf.length} B raw, ${gzip} B gzip`);
    expect(gzip, name).toBeLessThanOrEqual(CONTENT_GZIP_BUDGET);
    // The heavy parts load on first open, from the panel script, never with the page.
    expect(buf.toString('utf8'), `${name} does not carry the knowledge pack`).not.toContain('Furlan');
  }
});

test('no built script can set innerHTML (Preact\'s dangerouslySetInnerHTML sink is taken out at build time)', () => {
  for (const dir of ['chrome-mv3', 'firefox-mv2']) {
    const files = fs.readdirSync(path.join(ROOT, '.output', dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    expect(files.length, dir).toBeGreaterThan(5);
    for (const file of files) {
      const code = fs.readFileSync(path.join(ROOT, '.output', dir, file), 'utf8');
      expect(code, `${dir}/${file}`).not.toMatch(/\.innerHTML\s*=[^=]/);
    }
    // The panel still carries Preact, with the sink replaced by a throw.
    expect(fs.readFileSync(path.join(ROOT, '.output', dir, 'sidebar-panel.js'), 'utf8')).toContain('dangerouslySetInnerHTML is disabled');
  }
});

test('the sidebar panel is web-accessible to the feed sites only, at a per-session address', () => {
  const m = manifest('chrome-mv3');
  const panel = m.web_accessible_resources.find((r: { resources: string[] }) => r.resources.includes('sidebar-panel.js'));
  expect([...panel.matches].sort()).toEqual([...SITE_MATCHES].sort());
  expect(panel.use_dynamic_url, 'reachable only at a per-session address').toBe(true);
  expect(fs.existsSync(path.join(ROOT, '.output/chrome-mv3/sidebar-panel.js'))).toBe(true);
});
