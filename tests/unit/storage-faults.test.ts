/**
 * Storage faults beyond tests/unit/storage-packs.test.ts: every kind of corrupted stored value for every
 * item is read without throwing (reset or repaired, with a notice where the user should know), and
 * importing 24 malformed pack files one after another loses none of the educator's points.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, readSettings } from '@/utils/settings';
import { emptyUserPack, loadEditorData, loadEducatorState, saveUserPack } from '@/utils/packs/store';
import { mergeImport, parsePackText } from '@/utils/packs/import';
import type { TalkingPoint } from '@/utils/knowledge/types';

const GOOD: TalkingPoint = {
  id: 'mine',
  title: 'My own point',
  text: 'Most people with back pain have no single cause that can be found.',
  claims: ['back-pain-release'],
  sources: [{ label: 'Example 2018', url: 'https://example.org/a', level: 'SR' }],
};

const CORRUPT: [string, unknown][] = [
  ['a string', 'garbage'],
  ['a number', 42],
  ['true', true],
  ['an empty object', {}],
  ['points as a string', { points: 'nope' }],
  ['points as an object', { points: { 0: GOOD } }],
  ['nested nulls', { points: [null, null] }],
  ['a future version', { format: 'glute-lens-pack', version: 99, points: [{ id: 1 }] }],
  ['prototype keys', JSON.parse('{"__proto__": {"polluted": true}, "points": []}')],
  ['a huge array', Array.from({ length: 5000 }, (_, i) => ({ id: `p${i}` }))],
];

beforeEach(() => fakeBrowser.reset());

describe('corrupted or older stored data', () => {
  it.each(CORRUPT)('educator pack holding %s: read without throwing, never crashes the content script', async (_kind, value) => {
    await fakeBrowser.storage.sync.set({ educatorPack: value, hiddenPoints: value, disabledPoints: value });
    const data = await loadEditorData();
    expect(Array.isArray(data.pack.points)).toBe(true);
    expect(data.pack.points.every((p) => typeof p.id === 'string')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const state = await loadEducatorState();
    expect(Array.isArray(state.packs) && Array.isArray(state.hiddenPointIds)).toBe(true);
  });

  it('says so when stored points had to be reset', async () => {
    await fakeBrowser.storage.sync.set({ educatorPack: 'garbage' });
    const data = await loadEditorData();
    expect(data.notices.join(' ')).toMatch(/could not be read, so they were reset/);
    expect(data.pack).toEqual(emptyUserPack());
  });

  it.each(CORRUPT)('settings holding %s fall back to the defaults', async (_kind, value) => {
    await fakeBrowser.storage.sync.set({ settings: value });
    const settings = await readSettings();
    expect(settings.sidebarSide).toMatch(/^(left|right)$/);
    expect(Number.isFinite(settings.sidebarWidth)).toBe(true);
    expect(typeof settings.sites).toBe('object');
  });

  it('a storage area that throws on read gives defaults, not an exception', async () => {
    const original = fakeBrowser.storage.local.get;
    const originalSync = fakeBrowser.storage.sync.get;
    fakeBrowser.storage.local.get = () => Promise.reject(new Error('IO error: database corrupted'));
    fakeBrowser.storage.sync.get = () => Promise.reject(new Error('IO error: database corrupted'));
    try {
      await expect(readSettings()).resolves.toEqual(DEFAULT_SETTINGS);
      await expect(loadEducatorState()).resolves.toEqual({ packs: [], hiddenPointIds: [] });
    } finally {
      fakeBrowser.storage.local.get = original;
      fakeBrowser.storage.sync.get = originalSync;
    }
  });
});

const pack = (over: Record<string, unknown>, points: unknown[] = [GOOD]) =>
  JSON.stringify({ format: 'glute-lens-pack', version: 1, name: 'P', author: 'A', points, ...over });

const MALFORMED: string[] = [
  '',
  ' ',
  'null',
  '[]',
  '"a pack"',
  '{',
  '{"format":"glute-lens-pack"}',
  pack({ format: 'other' }),
  pack({ version: 0 }),
  pack({ version: '1' }),
  pack({}, 'points' as unknown as unknown[]),
  pack({}, [null]),
  pack({}, [{ ...GOOD, id: '' }]),
  pack({}, [{ ...GOOD, id: 'has spaces and ünïcode' }]),
  pack({}, [{ ...GOOD, title: '' }]),
  pack({}, [{ ...GOOD, claims: ['made-up'] }]),
  pack({}, [{ ...GOOD, claims: [], keywords: [] }]),
  pack({}, [{ ...GOOD, sources: [{ label: 'x', url: 'javascript:alert(1)', level: 'SR' }] }]),
  pack({}, [{ ...GOOD, sources: [{ label: 'x', url: 'https://example.org', level: 'GOLD' }] }]),
  pack({}, [GOOD, GOOD]),
  pack({}, Array.from({ length: 201 }, (_, i) => ({ ...GOOD, id: `p${i}` }))),
  pack({ name: 'n'.repeat(10_000) }),
  '\uFEFF' + pack({ points: 'x' }),
  'x'.repeat(300 * 1024),
];

describe('importing malformed packs', () => {
  it(`${MALFORMED.length} malformed files in a row: each refused with a message, nothing lost`, async () => {
    expect(MALFORMED.length).toBeGreaterThanOrEqual(20);
    const mine = { ...emptyUserPack(), points: [GOOD] };
    await saveUserPack(mine);
    let points = mine.points;
    for (const [i, text] of MALFORMED.entries()) {
      const parsed = parsePackText(text);
      expect(parsed.ok, `file ${i}`).toBe(false);
      if (!parsed.ok) expect(parsed.errors.length, `file ${i}`).toBeGreaterThan(0);
      // The options page merges only a parsed pack; a refused file leaves the points as they were.
      if (parsed.ok) {
        const merged = mergeImport(points, parsed.pack.points, 'keep-both');
        if (merged.ok) points = merged.points;
      }
    }
    expect(points).toEqual([GOOD]);
    expect((await loadEditorData()).pack.points).toEqual([GOOD]);
  });
});
