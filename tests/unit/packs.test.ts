import { describe, expect, it } from 'vitest';
import { BUILTIN_PACK } from '@/utils/knowledge/builtin';
import type { TalkingPoint } from '@/utils/knowledge/types';
import { buildExportPack, exportFileName, packToJson } from '@/utils/packs/export';
import { checkFileSize, findConflicts, freshId, mergeImport, parsePackText } from '@/utils/packs/import';
import { LIMITS, validatePack, validatePoint } from '@/utils/packs/schema';

function point(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'sitting-check',
    title: 'Sitting and your glutes',
    text: 'Sitting a lot does not switch your glutes off. Moving more helps most people feel better.',
    claims: ['sitting'],
    keywords: ['desk job'],
    sources: [{ label: 'Example review 2020', url: 'https://example.org/review', level: 'SR' }],
    ...over,
  };
}

function pack(points: unknown[] = [point()], over: Record<string, unknown> = {}): Record<string, unknown> {
  return { format: 'glute-lens-pack', version: 1, name: 'Clinic pack', author: 'Sam Educator', points, ...over };
}

const parse = (value: unknown) => parsePackText(JSON.stringify(value));

function errorsOf(result: ReturnType<typeof parsePackText>): string[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

describe('parsePackText', () => {
  it('accepts the README example shape and returns a typed pack', () => {
    const result = parse(pack([point(), point({ id: 'two', claims: [], keywords: ['piriformis'] })]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.name).toBe('Clinic pack');
    expect(result.pack.points.map((p) => p.id)).toEqual(['sitting-check', 'two']);
    expect(result.pack.points[0]!.sources[0]).toEqual({ label: 'Example review 2020', url: 'https://example.org/review', level: 'SR' });
  });

  it('trims text, drops unknown fields and keeps optional tones', () => {
    const result = parse(pack([point({ title: '  Spaced  ', extra: 'x', tones: { brief: 'Short one.' } })], { sections: [1] }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.points[0]!.title).toBe('Spaced');
    expect(result.pack.points[0]).not.toHaveProperty('extra');
    expect(result.pack.points[0]!.tones).toEqual({ brief: 'Short one.' });
    expect(result.pack).not.toHaveProperty('sections');
  });

  it('rejects text that is not JSON', () => {
    expect(errorsOf(parsePackText('{"format": "glute-lens-pack",'))[0]).toMatch(/^The file is not valid JSON/);
    expect(errorsOf(parsePackText('<html>hello</html>'))[0]).toMatch(/not valid JSON/);
  });

  it('rejects other formats and versions with one clear sentence', () => {
    expect(errorsOf(parse([point()]))).toEqual(['This is not a Glute Lens pack: the file must hold a JSON object.']);
    expect(errorsOf(parse(pack([], { format: 'other-pack' })))).toEqual([
      'This is not a Glute Lens pack: format must be "glute-lens-pack".',
    ]);
    expect(errorsOf(parse(pack([], { version: 2 })))).toEqual([
      'This pack has version 2; Glute Lens reads version 1 only.',
    ]);
    expect(errorsOf(parse(pack([], { version: '1' })))[0]).toContain('version "1"');
  });

  it('names the field for wrong types and missing fields', () => {
    expect(errorsOf(parse(pack([point({ claims: 'sitting' })])))).toEqual(['points[0].claims must be a list']);
    expect(errorsOf(parse(pack([point({ title: 42 })])))).toEqual(['points[0].title must be text']);
    const { text: _text, ...noText } = point();
    expect(errorsOf(parse(pack([point(), noText])))).toEqual(['points[1].text is missing']);
    expect(errorsOf(parse(pack([], { points: {} })))).toEqual(['points must be a list']);
    expect(errorsOf(parse(pack([], { name: '' })))).toEqual(['name must not be empty']);
  });

  it('rejects unknown claim ids and evidence levels', () => {
    expect(errorsOf(parse(pack([point({ claims: ['sitting', 'cures-everything'] })])))[0]).toMatch(
      /^points\[0\]\.claims\[1\] must be one of back-pain-release, /,
    );
    const bad = point({ sources: [{ label: 'Blog', url: 'https://example.org', level: 'BLOG' }] });
    expect(errorsOf(parse(pack([bad])))).toEqual(['points[0].sources[0].level must be one of SR, RCT, OBS, EXP, STD']);
  });

  it('accepts only absolute http(s) URLs', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', '//example.org', 'example.org', 'ftp://example.org', 'https://']) {
      const bad = point({ sources: [point().sources as never, { label: 'X', url, level: 'SR' }].flat() });
      expect(errorsOf(parse(pack([point(), point({ id: 'b' }), bad])))).toEqual([
        'points[2].sources[1].url must start with http:// or https:// and be a full web address',
      ]);
    }
    expect(parse(pack([point({ sources: [{ label: 'No link', level: 'EXP' }] })])).ok).toBe(true);
    expect(parse(pack([point({ sources: [{ label: 'Plain', url: 'http://example.org/a?b=1', level: 'STD' }] })])).ok).toBe(true);
  });

  it('enforces the size limits on every field', () => {
    const cases: [Record<string, unknown>, string][] = [
      [point({ title: 'x'.repeat(LIMITS.title + 1) }), `points[0].title must be at most ${LIMITS.title} characters`],
      [point({ text: 'x'.repeat(LIMITS.text + 1) }), `points[0].text must be at most ${LIMITS.text} characters`],
      [point({ keywords: Array.from({ length: LIMITS.keywords + 1 }, (_, i) => `k${i}`) }), `points[0].keywords must list at most ${LIMITS.keywords} keywords`],
      [point({ keywords: ['k'.repeat(LIMITS.keyword + 1)] }), `points[0].keywords[0] must be at most ${LIMITS.keyword} characters`],
      [point({ sources: Array.from({ length: LIMITS.sources + 1 }, () => ({ label: 'a', level: 'SR' })) }), `points[0].sources must list at most ${LIMITS.sources} sources`],
      [point({ sources: [{ label: 'l'.repeat(LIMITS.label + 1), level: 'SR' }] }), `points[0].sources[0].label must be at most ${LIMITS.label} characters`],
      [point({ sources: [{ label: 'a', url: `https://example.org/${'u'.repeat(LIMITS.url)}`, level: 'SR' }] }), `points[0].sources[0].url must be at most ${LIMITS.url} characters`],
      [point({ id: 'has space' }), 'points[0].id may only use letters, digits, dots, dashes and underscores'],
    ];
    for (const [bad, message] of cases) expect(errorsOf(parse(pack([bad])))).toEqual([message]);
    // Exactly at the limit is fine.
    expect(parse(pack([point({ title: 'x'.repeat(LIMITS.title), text: 'y'.repeat(LIMITS.text) })])).ok).toBe(true);
  });

  it('limits the number of points and the file size', () => {
    const many = Array.from({ length: LIMITS.points + 1 }, (_, i) => point({ id: `p${i}` }));
    expect(errorsOf(parse(pack(many)))).toEqual([`points must hold at most ${LIMITS.points} points`]);
    const big = JSON.stringify(pack()) + ' '.repeat(LIMITS.fileBytes);
    expect(errorsOf(parsePackText(big))[0]).toMatch(/^The file is too big \(\d+ KB\)\. A pack can be at most 256 KB\.$/);
    expect(checkFileSize(LIMITS.fileBytes)).toBeNull();
    expect(checkFileSize(LIMITS.fileBytes + 1)).toMatch(/too big/);
  });

  it('rejects duplicate ids inside one file', () => {
    expect(errorsOf(parse(pack([point({ id: 'a' }), point({ id: 'b' }), point({ id: 'a' })])))).toEqual([
      'points[2].id "a" is already used by points[0]; ids must be unique',
    ]);
  });

  it('rejects a point that could never be shown (no claim, no keyword)', () => {
    expect(errorsOf(parse(pack([point({ claims: [], keywords: [] })])))).toEqual(['points[0] needs at least one claim or keyword']);
  });

  it('caps the list of messages for a badly broken file', () => {
    const broken = Array.from({ length: 30 }, (_, i) => ({ id: `p${i}` }));
    const errors = errorsOf(parse(pack(broken)));
    expect(errors).toHaveLength(9);
    expect(errors[8]).toMatch(/^…and \d+ more problems$/);
  });

  it('keeps HTML in a pack as plain text (escaping is the renderer\'s job)', () => {
    const result = parse(pack([point({ title: '<img src=x onerror=alert(1)>' })]));
    expect(result.ok && result.pack.points[0]!.title).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('validatePoint / validatePack', () => {
  it('share the schema with the file import', () => {
    expect(validatePoint(point()).ok).toBe(true);
    const bad = validatePoint(point({ sources: [{ label: 'x', url: 'javascript:void 0', level: 'SR' }] }));
    expect(bad.ok ? [] : bad.errors).toEqual(['sources[0].url must start with http:// or https:// and be a full web address']);
    expect(validatePack(pack()).ok).toBe(true);
  });
});

describe('mergeImport', () => {
  const mine = [validatePoint(point({ id: 'a', title: 'Mine A' })), validatePoint(point({ id: 'b', title: 'Mine B' }))].map(
    (r) => (r.ok ? r.value : null)!,
  );
  const theirs = [point({ id: 'b', title: 'Their B' }), point({ id: 'c', title: 'Their C' })] as unknown as TalkingPoint[];

  it('finds clashing ids', () => {
    expect(findConflicts(mine, theirs)).toEqual(['b']);
  });

  it('replace swaps the clashing point in place and appends the rest', () => {
    const merged = mergeImport(mine, theirs, 'replace');
    expect(merged.ok).toBe(true);
    if (!merged.ok) return;
    expect(merged.points.map((p) => `${p.id}:${p.title}`)).toEqual(['a:Mine A', 'b:Their B', 'c:Their C']);
    expect([merged.added, merged.replaced, merged.renamed]).toEqual([1, 1, 0]);
  });

  it('keep-both renames the imported copy and loses nothing', () => {
    const merged = mergeImport(mine, theirs, 'keep-both');
    if (!merged.ok) throw new Error('expected ok');
    expect(merged.points.map((p) => `${p.id}:${p.title}`)).toEqual(['a:Mine A', 'b:Mine B', 'b-2:Their B', 'c:Their C']);
    expect(merged.renamed).toBe(1);
  });

  it('never reuses a built-in id', () => {
    const builtinId = BUILTIN_PACK.points[0]!.id;
    const merged = mergeImport([], [{ ...theirs[1]!, id: builtinId }], 'replace', [builtinId]);
    if (!merged.ok) throw new Error('expected ok');
    expect(merged.points[0]!.id).toBe(`${builtinId}-2`);
  });

  it('refuses a merge past the point limit, changing nothing', () => {
    const full = Array.from({ length: LIMITS.points }, (_, i) => ({ ...mine[0]!, id: `m${i}` }));
    const merged = mergeImport(full, [theirs[1]!], 'keep-both');
    expect(merged).toEqual({ ok: false, errors: [`Importing would give you ${LIMITS.points + 1} talking points; the limit is ${LIMITS.points}. Nothing was imported.`] });
    expect(full).toHaveLength(LIMITS.points);
  });

  it('freshId stays within the id limit', () => {
    const long = 'x'.repeat(LIMITS.id);
    const id = freshId(long, new Set([long]));
    expect(id).toHaveLength(LIMITS.id);
    expect(id.endsWith('-2')).toBe(true);
    expect(freshId('a', new Set(['a', 'a-2']))).toBe('a-3');
  });
});

describe('export', () => {
  it('round-trips through parsePackText', () => {
    const parsed = parse(pack([point({ tones: { clinical: 'Clinical wording.' } }), point({ id: 'nolink', keywords: undefined, sources: [{ label: 'Guideline', level: 'STD' }] })]));
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const json = packToJson(buildExportPack({ name: 'Clinic pack', author: 'Sam Educator' }, parsed.pack.points));
    const again = parsePackText(json);
    expect(again).toEqual({ ok: true, pack: parsed.pack });
    expect(JSON.parse(json)).toMatchObject({ format: 'glute-lens-pack', version: 1 });
  });

  it('names the file after the pack', () => {
    expect(exportFileName('My talking points!')).toBe('glute-lens-pack-my-talking-points.json');
    expect(exportFileName('???')).toBe('glute-lens-pack.json');
  });
});
