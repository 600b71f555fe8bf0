/**
 * House rules that keep the codebase navigable (Refined GitHub's build/features.test.ts idea):
 * every site file is registered, has fixtures and URL examples, and is in the manifest's matches;
 * the classifier stays pure; entrypoints stay wiring only.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { SITES, siteForUrl } from '@/utils/sites';
import { MATCHES_BY_SITE, SITE_MATCHES } from '@/utils/sites/matches';

const ROOT = path.resolve(__dirname, '..');
const read = (rel: string) => fs.readFileSync(path.join(ROOT, rel), 'utf8');
/** Source without comments, so a comment that names an API is not mistaken for a call. */
const code = (rel: string) => read(rel).replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
const NOT_ADAPTERS = new Set(['types.ts', 'index.ts', 'matches.ts', 'match-pattern.ts', 'memo.ts', 'dom.ts', 'links.ts', 'facebook-links.ts', 'facebook-see-more.ts', 'facebook-selectors.ts']);

function filesUnder(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(rel, ext));
    else if (ext.test(entry.name)) out.push(rel);
  }
  return out;
}

describe('site adapters', () => {
  const siteFiles = fs.readdirSync(path.join(ROOT, 'utils/sites')).filter((f) => f.endsWith('.ts') && !NOT_ADAPTERS.has(f));

  it('every adapter file is registered in utils/sites/index.ts', () => {
    const registry = read('utils/sites/index.ts');
    for (const file of siteFiles) {
      expect(registry, `${file} is imported by the registry`).toContain(`'./${file.replace(/\.ts$/, '')}'`);
    }
    expect(SITES.length).toBeGreaterThanOrEqual(siteFiles.length);
  });

  it('ids are unique and each adapter has fixtures with expectations', () => {
    expect(new Set(SITES.map((s) => s.id)).size).toBe(SITES.length);
    for (const site of SITES) {
      const dir = path.join(ROOT, 'tests/fixtures', site.id);
      expect(fs.existsSync(dir), `tests/fixtures/${site.id}/ exists`).toBe(true);
      const pages = fs.readdirSync(dir).filter((f) => f.endsWith('.html'));
      expect(pages.length, `${site.id} has fixture pages`).toBeGreaterThan(0);
      for (const page of pages) {
        expect(fs.existsSync(path.join(dir, page.replace(/\.html$/, '.expected.json'))), `${page} has a sidecar`).toBe(true);
        expect(page, 'fixture names carry the layout and the date they were written').toMatch(/^[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.html$/);
      }
    }
  });

  it('each adapter has URL examples that route to it, and its matches are in the manifest', () => {
    for (const site of SITES) {
      expect(site.urlExamples.length, `${site.id} has URL examples`).toBeGreaterThan(0);
      for (const url of site.urlExamples) expect(siteForUrl(url)?.id, url).toBe(site.id);
      expect(site.matches.length).toBeGreaterThan(0);
      for (const pattern of site.matches) expect(SITE_MATCHES, `${pattern} in the manifest`).toContain(pattern);
      expect(Object.keys(MATCHES_BY_SITE)).toContain(site.id);
    }
  });

  it('each site has its own content-script entry, so a page loads only its adapter', () => {
    for (const site of SITES) {
      const entry = `entrypoints/${site.id}.content.ts`;
      expect(fs.existsSync(path.join(ROOT, entry)), entry).toBe(true);
      expect(read(entry)).toContain(`MATCHES_BY_SITE.${site.id}`);
      expect(read(entry)).not.toMatch(/from '@\/utils\/sites'/);
    }
  });

  it('no pattern asks for more than the listed sites', () => {
    for (const pattern of SITE_MATCHES) {
      expect(pattern).not.toMatch(/<all_urls>|^\*:\/\/\*\//);
      expect(pattern).toMatch(/^\*:\/\/[a-z0-9.-]+\/\*$/);
    }
  });
});

describe('layering', () => {
  it('the classifier is pure: no DOM, no browser APIs, no app aliases', () => {
    for (const file of filesUnder('utils/detect', /\.ts$/)) {
      const src = code(file);
      expect(src, file).not.toMatch(/from ['"](wxt|@\/|webextension-polyfill)/);
      expect(src, file).not.toMatch(/\b(document|window|navigator|browser|chrome)\s*\./);
    }
  });

  it('knowledge is data: no JSX or DOM in utils/knowledge and utils/summary', () => {
    for (const file of [...filesUnder('utils/knowledge', /\.tsx?$/), ...filesUnder('utils/summary', /\.tsx?$/)]) {
      expect(file.endsWith('.tsx'), `${file} is not a component`).toBe(false);
      expect(read(file), file).not.toMatch(/\b(document|window)\s*\./);
    }
  });

  it('entrypoints only wire things together (≤ 150 lines each)', () => {
    for (const file of filesUnder('entrypoints', /\.(ts|tsx)$/)) {
      const lines = read(file).split('\n').length;
      expect(lines, `${file} has ${lines} lines`).toBeLessThanOrEqual(150);
    }
  });

  it('browser APIs come only through wxt/browser', () => {
    for (const file of [...filesUnder('utils', /\.tsx?$/), ...filesUnder('components', /\.tsx?$/), ...filesUnder('entrypoints', /\.tsx?$/)]) {
      expect(read(file), file).not.toMatch(/from ['"]webextension-polyfill['"]/);
      expect(code(file), file).not.toMatch(/\bchrome\.(runtime|storage|tabs|action)\b/);
    }
  });
});
