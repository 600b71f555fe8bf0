import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '@/components/popup/Popup';
import { MSG, type TabStatus } from '@/utils/messages';
import { readSettings, setSiteEnabled } from '@/utils/settings';

afterEach(cleanup);
beforeEach(() => {
  fakeBrowser.reset();
});

const status = (over: Partial<TabStatus> = {}): TabStatus => ({
  siteId: 'facebook',
  siteName: 'Facebook',
  enabled: true,
  count: 3,
  layoutRecognised: true,
  ...over,
});

describe('<Popup>', () => {
  it('asks the given tab for its status and shows the count', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(status() as never);
    render(<Popup tabId={7} />);
    expect(await screen.findByText('glute posts found on this page', { exact: false })).toBeTruthy();
    expect(screen.getByTestId('post-count').textContent).toBe('3');
    expect(send).toHaveBeenCalledWith(7, { type: MSG.status });
    expect(screen.getByRole('link', { name: 'Talking points and settings' }).getAttribute('href')).toMatch(/\/options\.html$/);
  });

  it('uses the active tab when none is given', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 42 }] as never);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(status({ count: 1 }) as never);
    render(<Popup />);
    expect(await screen.findByText(/glute post found on this page/)).toBeTruthy();
    expect(send).toHaveBeenCalledWith(42, { type: MSG.status });
  });

  it('says so when no content script answers', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    render(<Popup tabId={3} />);
    expect(await screen.findByText('Glute Lens does not run on this page.')).toBeTruthy();
  });

  it('reports a switched-off site and an unrecognised layout', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(status({ enabled: false }) as never);
    render(<Popup tabId={3} />);
    expect(await screen.findByText('Glute Lens is switched off on Facebook.')).toBeTruthy();
    cleanup();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(status({ layoutRecognised: false, count: 0 }) as never);
    render(<Popup tabId={3} />);
    expect(await screen.findByText(/^Layout not recognised on Facebook\./)).toBeTruthy();
  });

  it('has a switch per site, named after it, that writes the setting', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(status() as never);
    render(<Popup tabId={3} />);
    const facebook = (await screen.findByRole('switch', { name: 'Facebook' })) as HTMLInputElement;
    await waitFor(() => expect(facebook.disabled).toBe(false));
    expect(facebook.checked).toBe(true);
    fireEvent.click(facebook);
    await waitFor(async () => expect((await readSettings()).sites.facebook).toBe(false));
    // Follows changes made elsewhere (another popup, the options page).
    await setSiteEnabled('facebook', true);
    await waitFor(() => expect(facebook.checked).toBe(true));
  });
});
