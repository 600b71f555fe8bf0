/**
 * The content script's lean settings access (utils/settings.ts) and the pages' WXT item (storage.ts)
 * share one stored value: each reads what the other writes, and the watcher sees the popup's changes.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, readSettings, watchSettings, writeSettings, type Settings } from '@/utils/settings';
import { loadSettings, setSiteEnabled, settingsItem } from '@/utils/storage';

beforeEach(() => fakeBrowser.reset());

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('settings shared by the pages and the content script', () => {
  it('reads what the popup and options page wrote', async () => {
    await setSiteEnabled('reddit', false);
    await settingsItem.setValue({ ...(await loadSettings()), sidebarSide: 'left', sidebarWidth: 420 });
    expect(await readSettings()).toEqual({ sites: { reddit: false }, sidebarSide: 'left', sidebarWidth: 420 });
  });

  it('writes a change the pages read, keeping the other settings', async () => {
    await setSiteEnabled('x', false);
    await writeSettings({ sidebarWidth: 999 });
    expect(await loadSettings()).toEqual({ sites: { x: false }, sidebarSide: 'right', sidebarWidth: 560 });
    await writeSettings({ sidebarSide: 'left' });
    expect(await settingsItem.getValue()).toEqual({ sites: { x: false }, sidebarSide: 'left', sidebarWidth: 560 });
  });

  it('falls back to the defaults for nothing stored or a broken value', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.sync.set({ settings: 'garbage' });
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('tells the content script about changes to its key only, until it stops watching', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await setSiteEnabled('facebook', false);
    await fakeBrowser.storage.sync.set({ educatorPack: { points: [] } });
    await fakeBrowser.storage.local.set({ settings: { sidebarSide: 'left' } });
    await flush();
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, sites: { facebook: false } }]);
    await settingsItem.removeValue();
    await flush();
    expect(seen.at(-1)).toEqual(DEFAULT_SETTINGS);
    stop();
    await setSiteEnabled('facebook', true);
    await flush();
    expect(seen).toHaveLength(2);
  });
});
