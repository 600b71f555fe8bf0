/**
 * Firefox: the background's answer to a content script asking for the sidebar panel (utils/panel-loader.ts).
 * Kept apart from the entrypoint so the guard can be tested: only a message of ours, from a tab, sent by
 * this extension, makes it inject anything, and then only the panel file, into the frame that asked.
 */
import { isMessage, MSG, type LoadPanelRequest } from './messages';
import { PANEL_PATH } from './panel-loader';

export interface PanelSender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
}

export type InjectFile = (tabId: number, details: { file: string; frameId: number }) => Promise<unknown>;

/** A promise of `true` once the panel is injected, or undefined when the message is not for us. */
export function answerPanelRequest(message: unknown, sender: PanelSender, ownId: string, inject: InjectFile): Promise<true> | undefined {
  if (!isMessage<LoadPanelRequest>(message, MSG.loadPanel)) return undefined;
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.id !== ownId) return undefined;
  return inject(tabId, { file: PANEL_PATH, frameId: sender.frameId ?? 0 }).then(() => true);
}
