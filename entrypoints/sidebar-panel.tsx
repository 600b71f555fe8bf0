/**
 * The sidebar panel, loaded by the content script on first open (utils/panel-loader.ts). Holds what the
 * content script does not need on every page: Preact, the built-in knowledge, summaries, the educator's packs.
 */
import { render } from 'preact';
import { SidebarPanel } from '@/components/SidebarPanel';
import { BUILTIN_PACK } from '@/utils/knowledge/builtin';
import { loadEducatorState, watchEducatorState, type EducatorState } from '@/utils/packs/store';
import { PANEL_GLOBAL, type PanelModule } from '@/utils/panel-loader';

export default defineUnlistedScript(() => {
  const panel: PanelModule = {
    mount(container, props) {
      const { state } = props;
      // Educators' own talking points show beside the built-in ones, updated as they edit them.
      const apply = (educator: EducatorState) => {
        state.packs.value = [BUILTIN_PACK, ...educator.packs];
        state.hiddenPointIds.value = educator.hiddenPointIds;
      };
      state.packs.value = [BUILTIN_PACK];
      void loadEducatorState().then(apply, () => {});
      const unwatch = watchEducatorState(apply);
      render(<SidebarPanel {...props} />, container);
      return () => {
        unwatch();
        render(null, container);
      };
    },
  };
  (globalThis as Record<string, unknown>)[PANEL_GLOBAL] = panel;
});
