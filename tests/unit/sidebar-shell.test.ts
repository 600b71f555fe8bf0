/**
 * The collapsed tab's post count on an endless feed: it may change with every slice of work, so the tab
 * writes it at most every COUNT_EVERY_MS; the latest value always lands, and other changes show at once.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COUNT_EVERY_MS, createSidebarShell } from '@/utils/sidebar-shell';
import { createLensState, type LensState } from '@/utils/lens-state';
import type { Verdict } from '@/utils/detect/types';

const match: Verdict = { relevant: true, score: 0.9, claims: [], spans: [] };

function judge(state: LensState, key: string): void {
  state.upsert({ key, kind: 'post', text: 'glute massage', truncated: false, verdict: match, parentKey: null, element: document.createElement('div') }, null);
}

/** Lets the state's change notification (a microtask) run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('sidebar shell count', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('writes a changing count at most every 500 ms, and the latest value lands', async () => {
    const state = createLensState({ id: 'facebook', name: 'Facebook' });
    const shell = createSidebarShell(document.body, state);
    const bubble = document.querySelector('.tab-count')!;
    const writes: string[] = [];
    new MutationObserver(() => writes.push(bubble.textContent ?? '')).observe(bubble, { childList: true, characterData: true, subtree: true });

    judge(state, 'p1');
    await settle();
    expect(bubble.textContent).toBe('1');
    expect(shell.tab.getAttribute('aria-label')).toBe('Glute Lens: 1 glute post on this page. Open the sidebar');
    // Twenty more matches, one per 10 ms frame: the tab waits out the interval, then shows the newest count.
    for (let i = 2; i <= 21; i++) {
      judge(state, `p${i}`);
      await vi.advanceTimersByTimeAsync(10);
    }
    expect(COUNT_EVERY_MS).toBe(500);
    expect(bubble.textContent).toBe('1');
    await vi.advanceTimersByTimeAsync(COUNT_EVERY_MS);
    expect(bubble.textContent).toBe('21');
    expect(shell.tab.getAttribute('aria-label')).toBe('Glute Lens: 21 glute posts on this page. Open the sidebar');
    expect(writes).toEqual(['1', '21']);
    shell.destroy();
  });

  it('shows other changes at once, with the newest count', async () => {
    const state = createLensState({ id: 'facebook', name: 'Facebook' });
    const shell = createSidebarShell(document.body, state);
    judge(state, 'p1');
    await settle();
    judge(state, 'p2');
    await settle();
    expect(document.querySelector('.tab-count')!.textContent).toBe('1');
    state.toast.value = 'Copied "x"';
    await settle();
    expect(document.querySelector('[role="status"]')!.textContent).toBe('Copied "x"');
    expect(document.querySelector('.tab-count')!.textContent).toBe('2');
    shell.destroy();
  });
});
