/**
 * The part of the sidebar that is always on the page: the `<aside>` landmark named "Glute Lens", the
 * collapsed tab with the post count, the panel's mount point and the toast region. Plain DOM, so the
 * content script stays small; the panel itself (Preact, knowledge, summaries) loads on first open.
 */
import type { LensState } from './lens-state';
import { isUserEvent } from './user-event';
import { pageTheme } from './page-theme';

export interface SidebarShell {
  aside: HTMLElement;
  /** Where the panel renders when the sidebar is open. */
  panelHost: HTMLElement;
  /** The tab button (focus returns here when the sidebar closes from the tab). */
  tab: HTMLButtonElement;
  destroy(): void;
}

/** The least time between two writes of a changed post count to the tab (ms). */
export const COUNT_EVERY_MS = 500;

export function tabLabel(state: LensState): string {
  if (!state.layoutRecognised.value) return `Glute Lens: layout not recognised on ${state.site.name}. Open the sidebar`;
  const count = state.postCount.value;
  return `Glute Lens: ${count} glute ${count === 1 ? 'post' : 'posts'} on this page. Open the sidebar`;
}

export function createSidebarShell(container: HTMLElement, state: LensState): SidebarShell {
  const doc = container.ownerDocument;
  const aside = doc.createElement('aside');
  aside.setAttribute('aria-label', 'Glute Lens');

  const tab = doc.createElement('button');
  tab.type = 'button';
  tab.className = 'tab';
  tab.setAttribute('aria-expanded', 'false');
  const name = doc.createElement('span');
  name.className = 'tab-name';
  name.textContent = 'Glute Lens';
  // The count sits over the tab but outside the button: the button's visible text ("Glute Lens") must be
  // part of its accessible name (WCAG 2.5.3), and the name already says the number in words.
  const countBubble = doc.createElement('span');
  countBubble.className = 'tab-count';
  countBubble.setAttribute('aria-hidden', 'true');
  tab.append(name);
  const tabWrap = doc.createElement('div');
  tabWrap.className = 'tab-wrap';
  tabWrap.append(tab, countBubble);
  tab.addEventListener('click', (event) => {
    // Only a real user opens the sidebar; a page script's synthetic click does nothing.
    if (!isUserEvent(event)) return;
    state.open.value = true;
  });

  const panelHost = doc.createElement('div');
  panelHost.className = 'panel-host';

  const toast = doc.createElement('div');
  toast.className = 'toast';
  toast.setAttribute('role', 'status');
  toast.setAttribute('aria-live', 'polite');

  aside.append(tabWrap, panelHost, toast);
  container.append(aside);

  // Follow the page's own light or dark mode; read when the sidebar opens (sites switch modes rarely).
  let wasOpen: boolean | null = null;
  /** What the shell showed last: on an endless feed most changes (a match scrolled in, one fell off) leave it as it is. */
  let shownKey = '';
  let shownCount = -1;
  /** When the count was last written, and the pending write of a newer one. */
  let countAt = -Infinity;
  let countTimer: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
    const open = state.open.value;
    const count = state.postCount.value;
    const key = `${open}|${state.side.value}|${state.width.value}|${state.layoutRecognised.value}|${state.toast.value}`;
    if (key === shownKey && count === shownCount) return;
    // On an endless feed the count can change with every slice of work; each write costs the page a style,
    // layout and paint of the tab. When only the count changed, it is written at most every COUNT_EVERY_MS
    // (the latest value always lands). Everything else (open, side, toast) shows at once.
    const wait = countAt + COUNT_EVERY_MS - performance.now();
    if (key === shownKey && wait > 0) {
      countTimer ??= setTimeout(() => {
        countTimer = undefined;
        update();
      }, wait);
      return;
    }
    clearTimeout(countTimer);
    countTimer = undefined;
    // The first count shown (the shell's first render) opens no interval: the first match shows at once.
    if (count !== shownCount && shownCount !== -1) countAt = performance.now();
    shownKey = key;
    shownCount = count;
    if (open !== wasOpen) {
      const theme = pageTheme(doc);
      if (theme) aside.dataset.theme = theme;
      else delete aside.dataset.theme;
      wasOpen = open;
    }
    // Only what changed is written.
    const set = (el: HTMLElement, name: string, value: string) => {
      if (el.getAttribute(name) !== value) el.setAttribute(name, value);
    };
    set(aside, 'class', `gl ${open ? 'is-open' : 'is-collapsed'} side-${state.side.value}`);
    const width = open ? `${state.width.value}px` : '';
    if (aside.style.width !== width) aside.style.width = width;
    if (tabWrap.hidden !== open) tabWrap.hidden = open;
    if (panelHost.hidden === open) panelHost.hidden = !open;
    set(tab, 'aria-label', tabLabel(state));
    const shown = state.layoutRecognised.value ? String(count) : '?';
    if (countBubble.textContent !== shown) countBubble.textContent = shown;
    if (toast.textContent !== state.toast.value) toast.textContent = state.toast.value;
  };
  update();
  const unsubscribe = state.subscribe(update);

  return {
    aside,
    panelHost,
    tab,
    destroy() {
      unsubscribe();
      clearTimeout(countTimer);
      aside.remove();
    },
  };
}
