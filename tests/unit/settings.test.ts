/**
 * The settings (utils/settings.ts), shared by the pages and the content script: read with defaults for
 * anything broken, written field by field and clamped, watched for the popup's switches. They live where
 * the earlier WXT item `sync:settings` kept them, so a value stored by an older version is read as is.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, readSettings, setSiteEnabled, watchSettings, writeSettings, type Settings } from '@/utils/settings';

beforeEach(() => fakeBrowser.reset());

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('settings', () => {
  it('reads a value an older version stored under the same sync key', async () => {
    await fakeBrowser.storage.sync.set({ settings: { sites: { reddit: false }, sidebarSide: 'left', sidebarWidth: 420 } });
    expect(await readSettings()).toEqual({ sites: { reddit: false }, sidebarSide: 'left', sidebarWidth: 420 });
  });

  it('writes one change at a time, keeping (and clamping) the rest', async () => {
    await setSiteEnabled('x', false);
    await setSiteEnabled('reddit', false);
    await setSiteEnabled('x', true);
    expect(await writeSettings({ sidebarWidth: 999 })).toEqual({ sites: { x: true, reddit: false }, sidebarSide: 'right', sidebarWidth: 560 });
    await writeSettings({ sidebarSide: 'left' });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual({ sites: { x: true, reddit: false }, sidebarSide: 'left', sidebarWidth: 560 });
  });

  it('keeps every change of quick writes made one after another (each reads what the last one wrote)', async () => {
    const writes = [writeSettings({ sidebarSide: 'left' }), writeSettings({ sidebarWidth: 400 }), setSiteEnabled('x', false), writeSettings({ sidebarWidth: 440 })];
    await Promise.all(writes);
    expect(await readSettings()).toEqual({ sites: { x: false }, sidebarSide: 'left', sidebarWidth: 440 });
  });

  it('a failed write does not stop the ones after it', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(writeSettings({ sidebarWidth: 400 })).rejects.toThrow('quota');
    set.mockRestore();
    await writeSettings({ sidebarSide: 'left' });
    expect(await readSettings()).toMatchObject({ sidebarSide: 'left', sidebarWidth: DEFAULT_SETTINGS.sidebarWidth });
  });

  it('a switch reads the stored settings once and writes them once', async () => {
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await setSiteEnabled('threads', false);
    expect([get.mock.calls.length, set.mock.calls.length]).toEqual([1, 1]);
    expect((await readSettings()).sites).toEqual({ threads: false });
  });

  it('falls back to the defaults for nothing stored or a broken value', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.sync.set({ settings: 'garbage' });
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('tells the watcher about changes to its key only, until it stops watching', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await setSiteEnabled('facebook', false);
    await fakeBrowser.storage.sync.set({ educatorPack: { points: [] } });
    await fakeBrowser.storage.local.set({ settings: { sidebarSide: 'left' } });
    await flush();
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, sites: { facebook: false } }]);
    await fakeBrowser.storage.sync.remove('settings');
    await flush();
    expect(seen.at(-1)).toEqual(DEFAULT_SETTINGS);
    stop();
    await setSiteEnabled('facebook', true);
    await flush();
    expect(seen).toHaveLength(2);
  });
});
