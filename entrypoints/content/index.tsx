import './style.css';
import { render } from 'preact';
import { effect } from '@preact/signals';
import { browser } from 'wxt/browser';
import { Sidebar } from '@/components/Sidebar';
import { BUILTIN_PACK } from '@/utils/knowledge/builtin';
import { createSidebarActions } from '@/utils/sidebar-actions';
import { createLensState } from '@/utils/lens-state';
import { startLens, type Lens } from '@/utils/lens';
import { isMessage, MSG, type StatusRequest, type TabStatus, type ToggleRequest } from '@/utils/messages';
import { SITE_MATCHES } from '@/utils/sites/matches';
import { siteForUrl } from '@/utils/sites';
import { isSiteEnabled, loadSettings, sanitizeSettings, settingsItem } from '@/utils/storage';
import { loadEducatorState, watchEducatorState, type EducatorState } from '@/utils/packs/store';

export default defineContentScript({
  matches: SITE_MATCHES,
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  async main(ctx) {
    const site = siteForUrl(location.href);
    if (!site) return;
    const state = createLensState({ id: site.id, name: site.name }, BUILTIN_PACK);
    let lens: Lens | null = null;
    const actions = createSidebarActions(state, site, () => ui.shadow);
    const ui = await createShadowRootUi(ctx, {
      name: 'glute-lens-sidebar',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container) {
        render(<Sidebar state={state} {...actions} />, container);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });

    const applySettings = (raw: unknown) => {
      const settings = sanitizeSettings(raw);
      state.side.value = settings.sidebarSide;
      state.width.value = settings.sidebarWidth;
      const enabled = isSiteEnabled(settings, site.id);
      state.enabled.value = enabled;
      if (enabled && !lens) {
        ui.mount();
        lens = startLens({ site, state, onOpen: actions.onOpen });
      } else if (!enabled && lens) {
        lens.stop();
        lens = null;
        state.open.value = false;
        ui.remove();
      }
    };
    applySettings(await loadSettings());
    // Switches in the popup apply at once, without a reload.
    const unwatch = settingsItem.watch((value) => applySettings(value));

    // Educators' own talking points show beside the built-in ones, updated as they edit them.
    const applyEducator = (educator: EducatorState) => {
      state.packs.value = [BUILTIN_PACK, ...educator.packs];
      state.hiddenPointIds.value = educator.hiddenPointIds;
    };
    applyEducator(await loadEducatorState());
    const unwatchEducator = watchEducatorState(applyEducator);

    // Single-page apps: leaving a page forgets its posts, the new page is scanned.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      state.open.value = false;
      lens?.reset();
    });

    // The toolbar badge shows the count; sent at most every 500 ms.
    let countTimer = 0;
    const disposeCount = effect(() => {
      const count = state.enabled.value ? state.postCount.value : 0;
      clearTimeout(countTimer);
      countTimer = ctx.setTimeout(() => {
        browser.runtime.sendMessage({ type: MSG.count, count }).catch(() => {});
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

    ctx.onInvalidated(() => {
      unwatch();
      unwatchEducator();
      disposeCount();
      browser.runtime.onMessage.removeListener(onMessage);
      lens?.stop();
      lens = null;
      actions.dispose();
    });
  },
});
