/**
 * Everything a feed page runs, for one site: the sidebar shell, the scanning session, settings,
 * messages and clean-up. Each site has its own tiny content-script entry (entrypoints/<site>.content.ts)
 * that calls this with its adapter, so a page only loads the adapter it needs.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { createLensState } from './lens-state';
import { startLens, type Lens } from './lens';
import { isMessage, MSG, type StatusRequest, type TabStatus, type ToggleRequest } from './messages';
import { loadPanel } from './panel-loader';
import { createSidebarActions } from './sidebar-actions';
import { createSidebarShell, type SidebarShell } from './sidebar-shell';
import type { SiteAdapter } from './sites/types';
import { isSiteEnabled, readSettings, watchSettings, type Settings } from './settings';

export async function runGluteLens(ctx: ContentScriptContext, site: SiteAdapter): Promise<void> {
  const state = createLensState({ id: site.id, name: site.name });
  let lens: Lens | null = null;
  let shell: SidebarShell | null = null;
  let unmountPanel: (() => void) | null = null;
  const actions = createSidebarActions(state, site, () => ui.shadow, () => shell?.tab);

  const ui = await createShadowRootUi(ctx, {
    name: 'glute-lens-sidebar',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container) {
      shell = createSidebarShell(container, state);
      return container;
    },
    onRemove() {
      unmountPanel?.();
      unmountPanel = null;
      shell?.destroy();
      shell = null;
    },
  });

  // The panel (Preact, knowledge, summaries) loads the first time the sidebar opens.
  const ensurePanel = async () => {
    if (unmountPanel || !state.open.value || !shell) return;
    try {
      const panel = await loadPanel();
      if (!unmountPanel && shell) unmountPanel = panel.mount(shell.panelHost, { state, ...actions });
    } catch {
      state.open.value = false;
      state.toast.value = 'The Glute Lens sidebar could not load. Reload the page to try again.';
    }
  };
  const unsubscribePanel = state.subscribe(() => void ensurePanel());

  const applySettings = (settings: Settings) => {
    actions.applyLayout(settings);
    const enabled = isSiteEnabled(settings, site.id);
    state.enabled.value = enabled;
    if (enabled && !lens) {
      ui.mount();
      // ctx's interval also lets WXT notice an extension reload on a quiet page, so we clean up.
      lens = startLens({ site, state, onOpen: actions.onOpen, setInterval: (handler, ms) => ctx.setInterval(handler, ms) });
    } else if (!enabled && lens) {
      lens.stop();
      lens = null;
      state.open.value = false;
      ui.remove();
    }
  };
  applySettings(await readSettings());
  // Switches in the popup apply at once, without a reload.
  const unwatch = watchSettings(applySettings);

  // Single-page apps: leaving a page forgets its posts, the new page is scanned.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    state.open.value = false;
    lens?.reset();
  });

  // The toolbar badge shows the count; sent when it changes, at most every 500 ms.
  let sentCount = -1;
  let countTimer = 0;
  const unsubscribeCount = state.subscribe(() => {
    const count = state.enabled.value ? state.postCount.value : 0;
    if (count === sentCount || countTimer) return;
    countTimer = ctx.setTimeout(() => {
      countTimer = 0;
      sentCount = state.enabled.value ? state.postCount.value : 0;
      browser.runtime.sendMessage({ type: MSG.count, count: sentCount }).catch(() => {});
    }, 500);
  });

  const onMessage = (message: unknown) => {
    if (isMessage<StatusRequest>(message, MSG.status)) {
      lens?.flush();
      const status: TabStatus = {
        siteId: site.id,
        siteName: site.name,
        enabled: state.enabled.value,
        count: state.postCount.value,
        layoutRecognised: state.layoutRecognised.value,
      };
      return Promise.resolve(status);
    }
    if (isMessage<ToggleRequest>(message, MSG.toggle) && lens) {
      state.open.value = !state.open.value;
      return Promise.resolve(true);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);

  // Extension updated or reloaded while the page is open. Our own DOM work goes first; browser APIs
  // of a dead context throw "Extension context invalidated", so each of those is attempted on its own.
  ctx.onInvalidated(() => {
    lens?.stop();
    lens = null;
    unsubscribeCount();
    unsubscribePanel();
    actions.dispose();
    for (const release of [unwatch, () => browser.runtime.onMessage.removeListener(onMessage)]) {
      try {
        release();
      } catch {
        // The listener died with the context.
      }
    }
  });
}
