import { browser } from 'wxt/browser';
import { badgeText, isMessage, MSG, type CountMessage } from '@/utils/messages';
import { answerPanelRequest } from '@/utils/panel-request';

export default defineBackground(() => {
  // MV3 has `action`; Firefox MV2 has `browserAction`.
  const action = browser.action ?? browser.browserAction;

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isMessage<CountMessage>(message, MSG.count)) return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    void action.setBadgeText({ tabId, text: badgeText(message.count) });
    void action.setBadgeBackgroundColor({ tabId, color: '#1f6f67' });
    return undefined;
  });

  // Firefox: the sidebar panel, injected into the content script's sandbox in the frame that asked
  // (utils/panel-loader.ts). Only our own content scripts can send this, and only this file is injected.
  if (import.meta.env.FIREFOX) {
    browser.runtime.onMessage.addListener((message: unknown, sender) =>
      answerPanelRequest(message, sender, browser.runtime.id, (tabId, details) => browser.tabs.executeScript(tabId, details)),
    );
  }

  // Keyboard shortcut (manifest `commands`): toggle the sidebar in the active tab.
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'toggle-sidebar') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: MSG.toggle }).catch(() => {});
  });

  // First run only (not updates): a page that explains what Glute Lens does, that nothing leaves the
  // browser, and how to pin it (entrypoints/welcome). tabs.create needs no `tabs` permission.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch(() => {});
  });
});
