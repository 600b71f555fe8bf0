import { describe, expect, it } from 'vitest';
import { CLAIM_IDS } from '@/utils/detect/types';
import { BUILTIN_PACK, CLAIM_INFO, EVIDENCE_LEVELS, OVERVIEW_SECTION_ID } from '@/utils/knowledge';
import * as SOURCES from '@/utils/knowledge/sources';
import type { Source } from '@/utils/knowledge/types';

const sections = BUILTIN_PACK.sections ?? [];
const points = BUILTIN_PACK.points;

/** Every piece of text the sidebar may show from the pack, with where it came from. */
function allTexts(): [string, string][] {
  const out: [string, string][] = [[`pack name`, BUILTIN_PACK.name]];
  for (const s of sections) {
    out.push([`${s.id} title`, s.title]);
    s.statements.forEach((st, i) => out.push([`${s.id}[${i}]`, st.text]));
  }
  for (const p of points) {
    out.push([`${p.id} title`, p.title], [p.id, p.text]);
    for (const [tone, text] of Object.entries(p.tones ?? {})) out.push([`${p.id}/${tone}`, text ?? '']);
  }
  for (const [id, info] of Object.entries(CLAIM_INFO)) out.push([`${id} label`, info.label], [`${id} short`, info.short]);
  return out;
}

function expectValidSources(where: string, sources: Source[]) {
  expect(sources.length, `${where} has no source`).toBeGreaterThanOrEqual(1);
  for (const src of sources) {
    expect(EVIDENCE_LEVELS, `${where}: level of ${src.label}`).toContain(src.level);
    expect(src.label.trim(), `${where}: empty source label`).not.toBe('');
    if (src.url !== undefined) {
      expect(() => new URL(src.url!), `${where}: ${src.url}`).not.toThrow();
      expect(new URL(src.url).protocol, `${where}: ${src.url}`).toBe('https:');
    }
  }
}

const wordCount = (text: string) => text.trim().split(/\s+/).length;

describe('built-in pack', () => {
  it('has the documented header', () => {
    expect(BUILTIN_PACK).toMatchObject({
      format: 'glute-lens-pack',
      version: 1,
      name: 'Glute Lens essentials',
      author: 'Glute Lens',
    });
  });

  it('has the required sections and 8-14 builtin- points', () => {
    expect(sections.map((s) => s.id).sort()).toEqual(
      ['back-pain', 'comfort-draping', 'felt-release', OVERVIEW_SECTION_ID, 'routine', 'sitting', 'weak-inhibited'].sort(),
    );
    expect(points.length).toBeGreaterThanOrEqual(8);
    expect(points.length).toBeLessThanOrEqual(14);
    for (const p of points) expect(p.id).toMatch(/^builtin-[a-z0-9-]+$/);
  });

  it('has no duplicate section or point ids', () => {
    const ids = [...sections.map((s) => `section:${s.id}`), ...points.map((p) => `point:${p.id}`)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every statement and point at least one valid source', () => {
    for (const s of sections) s.statements.forEach((st, i) => expectValidSources(`${s.id}[${i}]`, st.sources));
    for (const p of points) expectValidSources(p.id, p.sources);
  });

  it('exports only well-formed sources, each used somewhere', () => {
    const used = new Set<Source>([...sections.flatMap((s) => s.statements.flatMap((st) => st.sources)), ...points.flatMap((p) => p.sources)]);
    for (const [name, src] of Object.entries(SOURCES)) {
      expectValidSources(name, [src]);
      expect(used.has(src), `${name} is never cited`).toBe(true);
    }
  });

  it('covers every claim with at least one section and two points', () => {
    for (const claim of CLAIM_IDS) {
      expect(sections.filter((s) => s.claims.includes(claim)).length, claim).toBeGreaterThanOrEqual(1);
      expect(points.filter((p) => p.claims.includes(claim)).length, claim).toBeGreaterThanOrEqual(2);
    }
  });

  it('keeps the overview general (no claims) and every other section tied to a claim', () => {
    for (const s of sections) {
      if (s.id === OVERVIEW_SECTION_ID) expect(s.claims).toEqual([]);
      else expect(s.claims.length, s.id).toBeGreaterThan(0);
      expect(s.statements.length, s.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('follows the Debunking Handbook order: fact, myth once, why, fact', () => {
    for (const s of sections) {
      const roles = s.statements.map((st) => st.role);
      const myths = roles.flatMap((r, i) => (r === 'myth' ? [i] : []));
      expect(myths.length, `${s.id}: more than one myth`).toBeLessThanOrEqual(1);
      if (myths.length === 0) {
        // Sections that do not answer a myth use plain facts and notes only.
        for (const r of roles) expect(['fact', 'note'], s.id).toContain(r);
        expect(roles[0], s.id).toBe('fact');
        continue;
      }
      const m = myths[0]!;
      expect(roles[0], `${s.id}: must open with a fact`).toBe('fact');
      expect(roles.slice(0, m).every((r) => r === 'fact'), `${s.id}: only facts before the myth`).toBe(true);
      expect(roles[m + 1], `${s.id}: the myth is followed by why it misleads`).toBe('why');
      expect(roles.slice(m + 1).includes('fact'), `${s.id}: must close with a fact after the myth`).toBe(true);
      const lastWhy = roles.lastIndexOf('why');
      expect(roles.indexOf('fact', m), `${s.id}: "why" statements come before the closing fact`).toBeGreaterThan(lastWhy);
    }
  });

  it('references only figures the sidebar can draw', () => {
    for (const s of sections) if (s.figure !== undefined) expect(['rubber-band', 'touch-nerves']).toContain(s.figure);
    expect(sections.some((s) => s.figure === 'rubber-band')).toBe(true);
    expect(sections.some((s) => s.figure === 'touch-nerves')).toBe(true);
  });

  it('keeps statements short enough for a 360px sidebar', () => {
    for (const s of sections) {
      for (const st of s.statements) {
        expect(st.text.length, st.text).toBeLessThanOrEqual(220);
        // 1-2 sentences: at most one sentence break inside the text.
        expect(st.text.split(/[.!?]\s+(?=[A-Z"])/).length, st.text).toBeLessThanOrEqual(2);
      }
    }
  });

  it('keeps talking points pasteable: 40-90 words, at most 600 characters, tones too', () => {
    for (const p of points) {
      expect(p.text.length, p.id).toBeLessThanOrEqual(600);
      expect(wordCount(p.text), p.id).toBeGreaterThanOrEqual(40);
      expect(wordCount(p.text), p.id).toBeLessThanOrEqual(90);
      for (const [tone, text] of Object.entries(p.tones ?? {})) {
        expect(['friendly', 'clinical', 'brief']).toContain(tone);
        expect(text!.length, `${p.id}/${tone}`).toBeLessThanOrEqual(600);
        if (tone === 'brief') expect(wordCount(text!), `${p.id}/brief`).toBeLessThan(wordCount(p.text));
      }
    }
  });

  it('uses a friendly tone: no lecturing phrases in talking points', () => {
    const lecturing = /\byou(?:'re| are) (?:wrong|mistaken)\b|\bdebunk|\bmyth\b|\bnonsense\b|\bstupid\b|\bbro-science\b/i;
    for (const p of points) {
      for (const text of [p.text, ...Object.values(p.tones ?? {})]) expect(text, p.id).not.toMatch(lecturing);
    }
  });

  it('contains no HTML or entities in any text', () => {
    for (const [where, text] of allTexts()) {
      expect(text, where).not.toMatch(/<\/?[a-z!][^>]*>/i);
      expect(text, where).not.toMatch(/&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i);
      expect(text.trim(), where).not.toBe('');
    }
  });

  it('labels every claim id, and nothing else', () => {
    expect(Object.keys(CLAIM_INFO).sort()).toEqual([...CLAIM_IDS].sort());
    for (const info of Object.values(CLAIM_INFO)) {
      expect(info.label.length).toBeLessThanOrEqual(60);
      expect(info.short.length).toBeLessThanOrEqual(140);
    }
  });
});
