/**
 * The sidebar's layout actions: a move or resize is remembered in settings, and the echo of this page's
 * own writes (storage.onChanged) never undoes a newer move or resize the user made meanwhile.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createLensState } from '@/utils/lens-state';
import { createSidebarActions } from '@/utils/sidebar-actions';
import { readSettings, watchSettings, type Settings } from '@/utils/settings';
import { toySite } from '../toy-site';

beforeEach(() => fakeBrowser.reset());

const settle = async () => {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

describe('sidebar layout actions', () => {
  it('keeps quick moves and resizes though the echoes of the earlier writes arrive in between', async () => {
    const state = createLensState(toySite);
    const actions = createSidebarActions(state, toySite, () => undefined);
    const echoes: Settings[] = [];
    let echoed = () => {};
    // What the content script does with every stored change: show its layout.
    const unwatch = watchSettings((settings) => {
      echoes.push(settings);
      actions.applyLayout(settings);
      echoed();
    });
    const nextEcho = () => new Promise<void>((resolve) => (echoed = resolve));
    const { sidebarWidth: start } = await readSettings();
    // The panel changes the state, then asks for the layout to be remembered (SidebarPanel.tsx).
    state.side.value = 'left';
    actions.onLayout({ side: 'left' });
    for (let i = 1; i <= 3; i++) {
      // A key press grows the sidebar from its width now (SidebarPanel's resizeBy).
      state.width.value += 20;
      actions.onLayout({ width: state.width.value });
      await nextEcho(); // the echo of an earlier write lands between two key presses
    }
    await settle();
    unwatch();
    expect(echoes).toHaveLength(4);
    expect([state.side.value, state.width.value]).toEqual(['left', start + 60]);
    expect(await readSettings()).toMatchObject({ sidebarSide: 'left', sidebarWidth: start + 60 });
  });

  it('shows a layout stored elsewhere (another tab, the options page) when none of its own is being written', () => {
    const state = createLensState(toySite);
    const actions = createSidebarActions(state, toySite, () => undefined);
    actions.applyLayout({ sidebarSide: 'left', sidebarWidth: 500 });
    expect([state.side.value, state.width.value]).toEqual(['left', 500]);
  });
});
