/**
 * The sidebar's layout actions: a move or resize is remembered in settings, and the echo of this page's
 * own writes (storage.onChanged) never undoes a newer move or resize the user made meanwhile.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createLensState } from '@/utils/lens-state';
import { createSidebarActions } from '@/utils/sidebar-actions';
import { readSettings, watchSettings, type Settings } from '@/utils/settings';
import { toySite, toySiteWithComments } from '../toy-site';

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

describe('Insert into reply', () => {
  it('types into the reply box of the comment a reply answers, before the post\'s comment box', async () => {
    document.body.innerHTML = `<div id="feed"><div class="post" data-id="p1"><p class="msg">glute massage for back pain</p>
      <textarea id="post-box"></textarea>
      <div class="comment" data-id="c1"><p class="msg">a myth</p>
        <div class="comment" data-id="r1"><p class="msg">exactly</p></div><textarea id="thread-box"></textarea></div></div></div>`;
    // happy-dom has no execCommand: the textarea path falls back to setRangeText and an input event.
    (document as unknown as { execCommand: () => boolean }).execCommand = () => false;
    const state = createLensState(toySiteWithComments);
    const actions = createSidebarActions(state, toySiteWithComments, () => undefined);
    const verdict = { relevant: true, score: 1, claims: [], spans: [] };
    const reply = document.querySelector('[data-id="r1"]')!;
    state.upsert({ key: 'r1', kind: 'comment', text: 'exactly', truncated: false, verdict, parentKey: 'p1', element: reply }, null);
    state.selectedKey.value = 'r1';
    await actions.onInsert('Most glutes are weak, not tight.', 'Weak glutes');
    expect(document.querySelector<HTMLTextAreaElement>('#thread-box')!.value).toBe('Most glutes are weak, not tight.');
    expect(document.querySelector<HTMLTextAreaElement>('#post-box')!.value).toBe('');
    expect(state.toast.value).toMatch(/^Inserted/);
    actions.dispose();
  });
});
