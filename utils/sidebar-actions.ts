/**
 * What the sidebar's buttons do on the page: copy, insert into the reply box, remember layout,
 * open from a badge and give focus back. Kept out of the entrypoint so it stays wiring only.
 */
import { copyText } from './clipboard';
import { findReplyBox, insertAsTyped } from './reply';
import type { LensState } from './lens-state';
import type { SiteAdapter } from './sites/types';
import { writeSettings, type Settings, type SidebarSide } from './settings';

export interface SidebarActions {
  onCopy(text: string, title: string): Promise<void>;
  onInsert(text: string, title: string): Promise<void>;
  onLayout(layout: { side?: SidebarSide; width?: number }): void;
  /**
   * Shows the side and width of stored settings (another tab, the options page), except while this
   * page's own layout writes are under way: their echoes would undo the user's newer moves and resizes.
   */
  applyLayout(settings: Pick<Settings, 'sidebarSide' | 'sidebarWidth'>): void;
  onOpen(key: string, badge: HTMLElement): void;
  onClosed(): void;
  dispose(): void;
}

export function createSidebarActions(
  state: LensState,
  site: SiteAdapter,
  scratch: () => ShadowRoot | undefined,
  /** Where focus goes on close when no badge opened the sidebar (the collapsed tab). */
  fallbackFocus: () => HTMLElement | undefined = () => undefined,
): SidebarActions {
  let toastTimer: ReturnType<typeof setTimeout> | undefined;
  let opener: HTMLElement | null = null;
  /** Layout writes of this page still under way. */
  let layoutWrites = 0;

  const toast = (message: string) => {
    state.toast.value = message;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => (state.toast.value = ''), 4000);
  };

  return {
    async onCopy(text, title) {
      const ok = await copyText(text, scratch());
      toast(ok ? `Copied "${title}"` : 'Copy was blocked by the browser. Select the text and copy it by hand.');
    },
    async onInsert(text, title) {
      const entry = state.selected.value;
      const post = entry?.element.deref();
      const find = site.findReplyBox ?? findReplyBox;
      // A comment's own reply box; for a reply, the one of the comment it answers (where a thread's reply
      // box opens on most sites); else the post's comment box. Each is looked up only when the one before is missing.
      const above = (comment: Element) => {
        const answered = site.getParentComment?.(comment);
        const inThread = answered ? find(answered) : null;
        const parent = inThread ? null : site.getParentPost?.(comment);
        return inThread ?? (parent ? find(parent) : null);
      };
      const box = post ? find(post) ?? (entry?.kind === 'comment' ? above(post) : null) : null;
      if (box && insertAsTyped(box, text)) {
        toast(`Inserted "${title}" into the reply box. Read it over, then post it yourself.`);
        return;
      }
      const copied = await copyText(text, scratch());
      toast(
        copied
          ? 'No open reply box on this post, so the talking point was copied instead. Open the comment box and paste it.'
          : 'No open reply box on this post, and the browser blocked copying. Select the text and copy it by hand.',
      );
    },
    onLayout(layout) {
      layoutWrites++;
      void writeSettings({
        ...(layout.side && { sidebarSide: layout.side }),
        ...(layout.width && { sidebarWidth: layout.width }),
      })
        .catch(() => undefined) // not remembered: the sidebar keeps the layout for this page
        .finally(() => layoutWrites--);
    },
    applyLayout({ sidebarSide, sidebarWidth }) {
      if (layoutWrites > 0) return;
      state.side.value = sidebarSide;
      state.width.value = sidebarWidth;
    },
    onOpen(key, badge) {
      opener = badge;
      state.selectedKey.value = key;
      state.open.value = true;
    },
    onClosed() {
      // Focus goes back to the badge that opened the sidebar if it is still on the page, else to the tab.
      if (opener?.isConnected) opener.shadowRoot?.querySelector('button')?.focus();
      else queueMicrotask(() => fallbackFocus()?.focus());
      opener = null;
    },
    dispose() {
      clearTimeout(toastTimer);
      opener = null;
    },
  };
}
