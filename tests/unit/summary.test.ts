import { describe, expect, it } from 'vitest';
import { CLAIM_IDS, type ClaimId, type Verdict } from '@/utils/detect/types';
import { BUILTIN_PACK, CLAIM_INFO } from '@/utils/knowledge';
import type { Pack, TalkingPoint } from '@/utils/knowledge/types';
import { buildSummary, hasWholeWord, MAX_POINTS, MIN_POINTS } from '@/utils/summary';

function verdict(claims: ClaimId[]): Verdict {
  return { relevant: true, score: 0.9, claims, spans: [] };
}

const SRC = { label: 'My course notes', level: 'EXP' as const };

function point(id: string, claims: ClaimId[], keywords?: string[]): TalkingPoint {
  return {
    id,
    title: `Title ${id}`,
    text: `Text of ${id}.`,
    claims,
    ...(keywords ? { keywords } : {}),
    sources: [SRC],
  };
}

function userPack(name: string, points: TalkingPoint[]): Pack {
  return { format: 'glute-lens-pack', version: 1, name, author: 'An educator', points };
}

const sectionIds = (claims: ClaimId[]) =>
  buildSummary(verdict(claims), { packs: [BUILTIN_PACK] }).sections.map((s) => s.id);

describe('buildSummary: claims', () => {
  it('labels the verdict claims in order and drops unknown or repeated ids', () => {
    const v = verdict(['sitting', 'draping-comfort', 'sitting', 'not-a-claim' as ClaimId, 'toString' as ClaimId]);
    const { claims } = buildSummary(v, { packs: [BUILTIN_PACK] });
    expect(claims).toEqual([
      { id: 'sitting', ...CLAIM_INFO.sitting },
      { id: 'draping-comfort', ...CLAIM_INFO['draping-comfort'] },
    ]);
  });
});

describe('buildSummary: sections', () => {
  it.each<[ClaimId[], string[]]>([
    [['back-pain-release'], ['back-pain']],
    [['tight-needs-release'], ['felt-release']],
    [['weak-inhibited'], ['weak-inhibited']],
    [['felt-release'], ['felt-release']],
    [['routine-inclusion'], ['routine']],
    [['sitting'], ['sitting']],
    [['draping-comfort'], ['comfort-draping']],
    // back pain leads; "tight" is only covered on the side, by the felt-release section
    [['back-pain-release', 'tight-needs-release'], ['back-pain', 'felt-release']],
    // the weak/length section covers both claims, so no second section is needed
    [['tight-needs-release', 'weak-inhibited'], ['weak-inhibited']],
    // the seed article's thread: every section leads with one of the claims, in pack order
    [['felt-release', 'routine-inclusion', 'draping-comfort'], ['felt-release', 'comfort-draping', 'routine']],
  ])('%j -> %j', (claims, expected) => {
    expect(sectionIds(claims)).toEqual(expected);
  });

  it('puts the section that leads with a claim before one that only touches it', () => {
    // felt-release comes earlier in the pack, but sitting is what its section is mainly about
    expect(sectionIds(['tight-needs-release', 'sitting'])).toEqual(['sitting', 'felt-release']);
  });

  it('covers every claim of the post and never repeats a section', () => {
    const ids = sectionIds([...CLAIM_IDS]);
    expect(new Set(ids).size).toBe(ids.length);
    const sections = (BUILTIN_PACK.sections ?? []).filter((s) => ids.includes(s.id));
    for (const claim of CLAIM_IDS) expect(sections.some((s) => s.claims.includes(claim)), claim).toBe(true);
    expect(ids).not.toContain('overview');
  });

  it('falls back to the overview when the post has no known claim', () => {
    expect(sectionIds([])).toEqual(['overview']);
  });

  it('returns no sections when no pack has any', () => {
    const s = buildSummary(verdict(['sitting']), { packs: [userPack('Mine', [point('u1', ['sitting'])])] });
    expect(s.sections).toEqual([]);
  });
});

describe('buildSummary: talking points', () => {
  it.each<[ClaimId[]]>([...CLAIM_IDS.map((c): [ClaimId[]] => [[c]]), [[]], [[...CLAIM_IDS]]])(
    'gives 3-6 built-in points for %j, relevant ones first',
    (claims) => {
      const { points } = buildSummary(verdict(claims), { packs: [BUILTIN_PACK] });
      expect(points.length).toBeGreaterThanOrEqual(MIN_POINTS);
      expect(points.length).toBeLessThanOrEqual(MAX_POINTS);
      expect(new Set(points.map((p) => p.id)).size).toBe(points.length);
      for (const p of points) expect(p).toMatchObject({ origin: 'builtin', packName: 'Glute Lens essentials' });
      if (claims.length > 0) expect(points[0]!.claims.some((c) => claims.includes(c))).toBe(true);
    },
  );

  it('returns every built-in point for a claim before topping up with others', () => {
    for (const claim of CLAIM_IDS) {
      const { points } = buildSummary(verdict([claim]), { packs: [BUILTIN_PACK] });
      const relevant = BUILTIN_PACK.points.filter((p) => p.claims.includes(claim)).map((p) => p.id);
      const n = Math.min(relevant.length, MAX_POINTS);
      expect(points.slice(0, n).map((p) => p.id).sort(), claim).toEqual(relevant.slice(0, n).sort());
    }
  });

  it('gives each claim of a many-claim post a point before any claim gets a second', () => {
    const { points } = buildSummary(verdict([...CLAIM_IDS]), { packs: [BUILTIN_PACK] });
    expect(points).toHaveLength(MAX_POINTS);
    const covered = new Set(points.flatMap((p) => p.claims));
    for (const claim of CLAIM_IDS) expect(covered.has(claim), claim).toBe(true);
  });

  it('tops up with general built-in points when the post has no claim', () => {
    const { points } = buildSummary(verdict([]), { packs: [BUILTIN_PACK] });
    expect(points.map((p) => p.id)).toEqual(BUILTIN_PACK.points.slice(0, MIN_POINTS).map((p) => p.id));
  });

  it('puts matching user points first, marked as the educator\'s, and leaves out non-matching ones', () => {
    const mine = userPack('Sam\'s pack', [
      point('u-other', ['draping-comfort']),
      point('u-sit', ['sitting']),
      point('u-sit-weak', ['sitting', 'weak-inhibited']),
    ]);
    const { points } = buildSummary(verdict(['sitting', 'weak-inhibited']), { packs: [BUILTIN_PACK, mine] });
    expect(points.slice(0, 2).map((p) => [p.id, p.origin, p.packName])).toEqual([
      ['u-sit-weak', 'user', "Sam's pack"],
      ['u-sit', 'user', "Sam's pack"],
    ]);
    expect(points.map((p) => p.id)).not.toContain('u-other');
    expect(points.slice(2).every((p) => p.origin === 'builtin')).toBe(true);
    expect(points.length).toBeLessThanOrEqual(MAX_POINTS);
  });

  it('matches user points by keyword, case-insensitively, on whole words only', () => {
    const mine = userPack('Mine', [point('u-piri', [], ['piriformis']), point('u-sit', [], ['sit'])]);
    const run = (postText: string) =>
      buildSummary(verdict([]), { packs: [BUILTIN_PACK, mine], postText }).points.filter((p) => p.origin === 'user').map((p) => p.id);
    expect(run('My PIRIFORMIS is always sore')).toEqual(['u-piri']);
    expect(run('Clients visit me after work')).toEqual([]); // "sit" inside "visit"
    expect(run('Sit. Then piriformis-friendly stretches')).toEqual(['u-piri', 'u-sit']); // equal relevance: pack order
    expect(run('')).toEqual([]);
  });

  it('lets keywords lift built-in points too', () => {
    const { points } = buildSummary(verdict([]), { packs: [BUILTIN_PACK], postText: 'Undies or no undies for the glutes?' });
    expect(points[0]!.id).toBe('builtin-through-the-drape');
  });

  it('never shows hidden points, and still fills up to three', () => {
    const first = buildSummary(verdict(['sitting']), { packs: [BUILTIN_PACK] }).points.map((p) => p.id);
    const hiddenPointIds = ['builtin-sitting', 'builtin-gluteal-amnesia'];
    const { points } = buildSummary(verdict(['sitting']), { packs: [BUILTIN_PACK], hiddenPointIds });
    expect(first).toEqual(expect.arrayContaining(hiddenPointIds));
    for (const id of hiddenPointIds) expect(points.map((p) => p.id)).not.toContain(id);
    expect(points.length).toBeGreaterThanOrEqual(MIN_POINTS);
  });

  it('caps the list at six even when an educator pack matches more', () => {
    const many = userPack('Big', Array.from({ length: 9 }, (_, i) => point(`u${i}`, ['felt-release'])));
    const { points } = buildSummary(verdict(['felt-release']), { packs: [BUILTIN_PACK, many] });
    expect(points).toHaveLength(MAX_POINTS);
    expect(points.every((p) => p.origin === 'user')).toBe(true);
  });

  it('recognises the built-in pack after a storage round trip', () => {
    const copy = structuredClone(BUILTIN_PACK);
    const { points } = buildSummary(verdict(['sitting']), { packs: [copy] });
    expect(points.every((p) => p.origin === 'builtin')).toBe(true);
  });

  it('treats every pack other than the built-in one as the user\'s, wherever it sits', () => {
    const mine = userPack('First', [point('u1', ['sitting'])]);
    const { points } = buildSummary(verdict(['sitting']), { packs: [mine] });
    expect(points).toEqual([expect.objectContaining({ id: 'u1', origin: 'user', packName: 'First' })]);
  });

  it('does not modify the packs it is given', () => {
    const mine = userPack('Mine', [point('u1', ['sitting'], ['desk'])]);
    const before = JSON.stringify([BUILTIN_PACK, mine]);
    buildSummary(verdict([...CLAIM_IDS]), { packs: [BUILTIN_PACK, mine], postText: 'desk job', hiddenPointIds: ['u1'] });
    expect(JSON.stringify([BUILTIN_PACK, mine])).toBe(before);
  });
});

describe('hasWholeWord', () => {
  it.each<[string, string, boolean]>([
    ['Tight GLUTES again', 'glutes', true],
    ['gluteus medius', 'glute', false],
    ['dead   butt syndrome', 'dead butt', true],
    ['deadbutt', 'dead butt', false],
    ['c.t. fibres', 'c.t.', true],
    ['über-tight', 'tight', true],
    ['naïve', 'na', false],
    ['anything', '   ', false],
  ])('%j contains %j: %s', (text, keyword, expected) => {
    expect(hasWholeWord(text, keyword)).toBe(expected);
  });
});
