import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TalkingPoint } from '@/utils/knowledge/types';
import { QUOTA_BYTES_PER_ITEM, educatorPackItem } from '@/utils/storage';
import {
  emptyUserPack,
  itemBytes,
  loadEditorData,
  loadEducatorState,
  sanitizeUserPack,
  saveDisabledIds,
  saveHiddenIds,
  saveUserPack,
  watchEducatorState,
} from '@/utils/packs/store';

function point(id: string, over: Partial<TalkingPoint> = {}): TalkingPoint {
  return {
    id,
    title: `Point ${id}`,
    text: 'Most people with back pain have no single cause that can be found.',
    claims: ['back-pain-release'],
    sources: [{ label: 'Example 2018', url: 'https://example.org/a', level: 'SR' }],
    ...over,
  };
}

const packOf = (points: TalkingPoint[]) => ({ ...emptyUserPack(), name: 'Clinic', points });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('v0 → v1 migration', () => {
  it('turns the prototype\'s plain array of points into a v1 pack and writes it back', async () => {
    await fakeBrowser.storage.sync.set({ educatorPack: [point('a'), point('b')] });
    const data = await loadEditorData();
    expect(data.pack).toMatchObject({ format: 'glute-lens-pack', version: 1, name: 'My talking points', author: '' });
    expect(data.pack.points.map((p) => p.id)).toEqual(['a', 'b']);
    expect(data.notices).toEqual([]);
    const stored = (await fakeBrowser.storage.sync.get('educatorPack')).educatorPack;
    expect(Array.isArray(stored)).toBe(false);
    expect(stored).toMatchObject({ format: 'glute-lens-pack', version: 1 });
  });

  it('the content script reads a v0 array without writing', async () => {
    await fakeBrowser.storage.sync.set({ educatorPack: [point('a')] });
    const state = await loadEducatorState();
    expect(state.packs).toHaveLength(1);
    expect(state.packs[0]!.points.map((p) => p.id)).toEqual(['a']);
    expect(Array.isArray((await fakeBrowser.storage.sync.get('educatorPack')).educatorPack)).toBe(true);
  });

  it('sanitizeUserPack reports what it did', () => {
    expect(sanitizeUserPack(undefined).status).toBe('empty');
    expect(sanitizeUserPack([point('a')]).status).toBe('migrated');
    expect(sanitizeUserPack(packOf([point('a')])).status).toBe('ok');
    expect(sanitizeUserPack('garbage').status).toBe('reset');
    expect(sanitizeUserPack({ points: 'nope' }).status).toBe('reset');
  });
});

describe('corrupt stored data', () => {
  it('drops only the bad points, with a notice, and never throws', async () => {
    const evil = { ...point('c'), sources: [{ label: 'x', url: 'javascript:alert(1)', level: 'SR' }] };
    await fakeBrowser.storage.sync.set({ educatorPack: { ...packOf([point('a')]), points: [point('a'), 42, evil, point('a')] } });
    const data = await loadEditorData();
    expect(data.pack.points.map((p) => p.id)).toEqual(['a']);
    expect(data.notices).toEqual(['3 saved entries in your talking points could not be read and were removed.']);
    // Repaired in storage, so the notice shows once.
    expect((await loadEditorData()).notices).toEqual([]);
  });

  it('resets unreadable values with a notice', async () => {
    await fakeBrowser.storage.sync.set({ educatorPack: 'not a pack', hiddenPoints: { a: 1 } });
    const data = await loadEditorData();
    expect(data.pack.points).toEqual([]);
    expect(data.hidden).toEqual([]);
    expect(data.notices).toEqual([
      'Your saved talking points could not be read, so they were reset.',
      'Your saved hidden built-in points could not be read, so they were reset.',
    ]);
    await expect(loadEducatorState()).resolves.toEqual({ packs: [], hiddenPointIds: [] });
  });
});

describe('sync with a local fallback', () => {
  it('keeps small items in sync', async () => {
    expect(await saveUserPack(packOf([point('a')]))).toBe('sync');
    expect((await fakeBrowser.storage.sync.get('educatorPack')).educatorPack).toBeTruthy();
    expect((await fakeBrowser.storage.local.get('educatorPack')).educatorPack).toBeUndefined();
    expect((await loadEditorData()).storedLocally).toBe(false);
  });

  it('moves an item over QUOTA_BYTES_PER_ITEM to local, and back when it fits again', async () => {
    const many = Array.from({ length: 20 }, (_, i) => point(`p${i}`, { text: 'x'.repeat(600) }));
    expect(itemBytes('educatorPack', packOf(many))).toBeGreaterThan(QUOTA_BYTES_PER_ITEM);
    expect(await saveUserPack(packOf([point('a')]))).toBe('sync');
    expect(await saveUserPack(packOf(many))).toBe('local');
    expect((await fakeBrowser.storage.sync.get('educatorPack')).educatorPack).toBeUndefined();
    const data = await loadEditorData();
    expect(data.storedLocally).toBe(true);
    expect(data.pack.points).toHaveLength(20);

    expect(await saveUserPack(packOf([point('a')]))).toBe('sync');
    expect((await fakeBrowser.storage.local.get('educatorPack')).educatorPack).toBeUndefined();
    expect((await loadEditorData()).storedLocally).toBe(false);
  });

  it('falls back to local when sync throws a quota error', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    expect(await saveHiddenIds(['x'])).toBe('local');
    expect((await fakeBrowser.storage.local.get('hiddenPoints')).hiddenPoints).toEqual(['x']);
    const data = await loadEditorData();
    expect(data.hidden).toEqual(['x']);
    expect(data.storedLocally).toBe(true);
  });
});

describe('loadEducatorState / watchEducatorState', () => {
  it('returns enabled user points as one pack and the hidden built-in ids', async () => {
    await saveUserPack(packOf([point('a'), point('b'), point('c')]));
    await saveDisabledIds(['b']);
    await saveHiddenIds(['builtin-1']);
    const state = await loadEducatorState();
    expect(state.packs).toHaveLength(1);
    expect(state.packs[0]!.name).toBe('Clinic');
    expect(state.packs[0]!.points.map((p) => p.id)).toEqual(['a', 'c']);
    expect(state.hiddenPointIds).toEqual(['builtin-1']);
  });

  it('returns no pack when every point is switched off', async () => {
    await saveUserPack(packOf([point('a')]));
    await saveDisabledIds(['a']);
    expect((await loadEducatorState()).packs).toEqual([]);
  });

  it('calls back once after a change, and not after unwatch', async () => {
    const cb = vi.fn();
    const unwatch = watchEducatorState(cb);
    await saveUserPack(packOf([point('a')]));
    await saveHiddenIds(['h']);
    await vi.waitFor(() => expect(cb).toHaveBeenCalledTimes(1));
    expect(cb.mock.calls[0]![0]).toMatchObject({ hiddenPointIds: ['h'], packs: [{ points: [{ id: 'a' }] }] });
    unwatch();
    await saveHiddenIds([]);
    await new Promise((r) => setTimeout(r, 120));
    expect(cb).toHaveBeenCalledTimes(1);
  });

  it('sees points the options page moved to local storage', async () => {
    await educatorPackItem.local.setValue(packOf([point('z')]));
    expect((await loadEducatorState()).packs[0]!.points[0]!.id).toBe('z');
  });
});
