import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { Sidebar } from '@/components/Sidebar';
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
  const state = createLensState({ id: 'facebook', name: 'Facebook' }, BUILTIN_PACK);
  const element = document.createElement('div');
  state.upsert({ key: 'p1', kind: 'post', text, truncated: false, verdict, parentKey: null, element }, null);
  state.upsert(
    { key: 'p2', kind: 'post', text: 'other', truncated: false, verdict: { ...verdict, relevant: false, claims: [] }, parentKey: null, element },
    null,
  );
  const onCopy = vi.fn();
  const onClosed = vi.fn();
  render(<Sidebar state={state} onCopy={onCopy} onClosed={onClosed} />);
  return { state, onCopy, onClosed };
}

afterEach(cleanup);

describe('Sidebar', () => {
  it('collapsed: a labelled landmark with a tab that counts the glute posts', () => {
    setup();
    const aside = screen.getByRole('complementary', { name: 'Glute Lens' });
    const tab = within(aside).getByRole('button', { name: 'Glute Lens: 1 glute post on this page. Open the sidebar' });
    expect(tab.getAttribute('aria-expanded')).toBe('false');
    expect(within(aside).queryByRole('heading')).toBeNull();
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
    expect(await screen.findByRole('button', { name: /Open the sidebar/ })).toBeTruthy();
  });

  it('lists the posts and opens one from the keyboard-reachable list', async () => {
    const { state } = setup();
    state.open.value = true;
    const item = await screen.findByRole('button', { name: /Always release the glutes/ });
    fireEvent.click(item);
    expect(state.selectedKey.value).toBe('p1');
    expect(await screen.findByRole('heading', { name: 'Talking points to copy' })).toBeTruthy();
  });

  it('says when the layout is not recognised', async () => {
    const { state } = setup();
    state.layoutRecognised.value = false;
    state.open.value = true;
    expect(await screen.findByText(/Layout not recognised on Facebook/)).toBeTruthy();
  });
});
