import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { SidebarPanel } from '@/components/SidebarPanel';
import { createSidebarShell } from '@/utils/sidebar-shell';
import { BUILTIN_PACK } from '@/utils/knowledge/builtin';
import { createLensState } from '@/utils/lens-state';
import type { Verdict } from '@/utils/detect/types';

const verdict: Verdict = {
  relevant: true,
  score: 0.9,
  claims: ['back-pain-release', 'tight-needs-release'],
  spans: [
    { start: 0, end: 6, text: 'glutes', rule: 'glute-term', why: 'mentions the glutes', from: 'text' },
    { start: 20, end: 27, text: 'release', rule: 'massage-term', why: 'mentions hands-on work', from: 'text' },
  ],
};

function setup(text = 'Always release the glutes <img src=x onerror=alert(1)> tight glutes cause low back pain') {
  const state = createLensState({ id: 'facebook', name: 'Facebook' });
  state.packs.value = [BUILTIN_PACK];
  const element = document.createElement('div');
  state.upsert({ key: 'p1', kind: 'post', text, truncated: false, verdict, parentKey: null, element }, null);
  state.upsert(
    { key: 'p2', kind: 'post', text: 'other', truncated: false, verdict: { ...verdict, relevant: false, claims: [] }, parentKey: null, element },
    null,
  );
  const onCopy = vi.fn();
  const onClosed = vi.fn();
  // The page keeps the aside, tab and toast (plain DOM); the panel renders into it when open.
  const shell = createSidebarShell(document.body, state);
  render(<SidebarPanel state={state} onCopy={onCopy} onClosed={onClosed} />, { container: shell.panelHost });
  return { state, onCopy, onClosed, shell };
}

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

describe('sidebar shell and panel', () => {
  it('collapsed: a labelled landmark with a tab that counts the glute posts', async () => {
    const { state } = setup();
    await Promise.resolve();
    const aside = screen.getByRole('complementary', { name: 'Glute Lens' });
    const tab = within(aside).getByRole('button', { name: 'Glute Lens: 1 glute post on this page. Open the sidebar' });
    expect(tab.getAttribute('aria-expanded')).toBe('false');
    expect(within(aside).queryByRole('heading')).toBeNull();
    // A click opens it (the panel itself renders on the next state change).
    fireEvent.click(tab);
    expect(state.open.value).toBe(true);
    expect(await within(aside).findByRole('heading', { name: 'Glute Lens' })).toBeTruthy();
  });

  it('opens on a post: why flagged, claims, sourced sections in debunking order, 3-6 copyable points', async () => {
    const { state, onCopy } = setup();
    state.selectedKey.value = 'p1';
    state.open.value = true;
    const aside = await screen.findByRole('complementary', { name: 'Glute Lens' });
    expect(within(aside).getByText('Why this was flagged')).toBeTruthy();
    expect(within(aside).getByText('mentions the glutes')).toBeTruthy();
    expect(aside.querySelector('[data-claim="back-pain-release"]')).not.toBeNull();
    // Post text is shown as text: the markup is visible characters, no element was created from it.
    expect(aside.querySelector('blockquote')!.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(aside.querySelector('blockquote img')).toBeNull();
    // Every statement has a source with an evidence level.
    const statements = aside.querySelectorAll('.statement');
    expect(statements.length).toBeGreaterThan(2);
    for (const s of statements) expect(s.querySelector('.sources .level')?.textContent).toMatch(/^(SR|RCT|OBS|EXP|STD)$/);
    // A myth is never the first statement of its section.
    for (const section of aside.querySelectorAll('.section')) {
      expect(section.querySelector('.statement')!.classList.contains('role-myth')).toBe(false);
    }
    const copy = within(aside).getAllByRole('button', { name: /^Copy talking point:/ });
    expect(copy.length).toBeGreaterThanOrEqual(3);
    expect(copy.length).toBeLessThanOrEqual(6);
    fireEvent.click(copy[0]!);
    expect(onCopy).toHaveBeenCalledTimes(1);
    expect(onCopy.mock.calls[0]![0]).toBe(aside.querySelector('.point-text')!.textContent);
  });

  it('Escape closes it and reports the close', async () => {
    const { state, onClosed } = setup();
    state.open.value = true;
    const close = await screen.findByRole('button', { name: 'Close Glute Lens' });
    fireEvent.keyDown(close, { key: 'Escape' });
    expect(state.open.value).toBe(false);
    expect(onClosed).toHaveBeenCalled();
    await waitFor(() => expect(screen.getByRole('button', { name: /Open the sidebar/ })).toBeTruthy());
  });

  it('lists the posts and opens one from the keyboard-reachable list', async () => {
    const { state } = setup();
    state.open.value = true;
    const item = await screen.findByRole('button', { name: /Always release the glutes/ });
    fireEvent.click(item);
    expect(state.selectedKey.value).toBe('p1');
    expect(await screen.findByRole('heading', { name: 'Talking points to copy' })).toBeTruthy();
  });

  it('says when the layout is not recognised, on the tab and in the panel', async () => {
    const { state } = setup();
    state.layoutRecognised.value = false;
    expect(await screen.findByRole('button', { name: 'Glute Lens: layout not recognised on Facebook. Open the sidebar' })).toBeTruthy();
    state.open.value = true;
    expect(await screen.findByText(/Layout not recognised on Facebook/)).toBeTruthy();
  });

  it('the tab counts posts as they are judged and shows toasts in a live region', async () => {
    const { state } = setup();
    state.upsert({ key: 'p3', kind: 'post', text: 'glute work', truncated: false, verdict, parentKey: null, element: document.createElement('div') }, null);
    expect(await screen.findByRole('button', { name: /^Glute Lens: 2 glute posts on this page/ })).toBeTruthy();
    state.toast.value = 'Copied "x"';
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Copied "x"'));
  });
});
