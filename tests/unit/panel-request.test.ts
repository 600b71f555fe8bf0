/** The Firefox background's guard on "load the sidebar panel" requests (utils/panel-request.ts). */
import { describe, expect, it, vi } from 'vitest';
import { answerPanelRequest } from '@/utils/panel-request';
import { MSG } from '@/utils/messages';
import { PANEL_PATH } from '@/utils/panel-loader';

const OWN = 'glute-lens@example';
const request = { type: MSG.loadPanel };

describe('answerPanelRequest', () => {
  it('injects the panel file into the frame of our own content script that asked', async () => {
    const inject = vi.fn(async () => [undefined]);
    await expect(answerPanelRequest(request, { id: OWN, tab: { id: 7 }, frameId: 3 }, OWN, inject)).resolves.toBe(true);
    expect(inject).toHaveBeenCalledWith(7, { file: PANEL_PATH, frameId: 3 });
    await answerPanelRequest(request, { id: OWN, tab: { id: 7 } }, OWN, inject);
    expect(inject).toHaveBeenLastCalledWith(7, { file: PANEL_PATH, frameId: 0 });
  });

  it.each([
    ['another extension', { id: 'someone-else@example', tab: { id: 7 } }],
    ['no sender id', { tab: { id: 7 } }],
    ['an extension page (no tab)', { id: OWN }],
    ['a tab without an id', { id: OWN, tab: {} }],
  ])('ignores a request from %s', (_who, sender) => {
    const inject = vi.fn(async () => []);
    expect(answerPanelRequest(request, sender, OWN, inject)).toBeUndefined();
    expect(inject).not.toHaveBeenCalled();
  });

  it.each([
    ['another message', { type: MSG.count, count: 1 }],
    ['a look-alike', { type: `${MSG.loadPanel} ` }],
    ['not an object', MSG.loadPanel],
    ['nothing', undefined],
  ])('ignores %s', (_what, message) => {
    const inject = vi.fn(async () => []);
    expect(answerPanelRequest(message, { id: OWN, tab: { id: 7 } }, OWN, inject)).toBeUndefined();
    expect(inject).not.toHaveBeenCalled();
  });

  it('passes on a failed injection (the content script shows its error toast)', async () => {
    const inject = vi.fn(async () => Promise.reject(new Error('Missing host permission for the tab')));
    await expect(answerPanelRequest(request, { id: OWN, tab: { id: 7 } }, OWN, inject)).rejects.toThrow('Missing host permission');
  });
});
