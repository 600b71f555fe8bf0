import { useSignal } from '@preact/signals';
import { SIDEBAR_WIDTH, writeSettings, type SidebarSide } from '@/utils/settings';
import { useSettings } from '../popup/SiteSwitches';

/** Where the sidebar opens and how wide it is; the sidebar remembers the same two settings when dragged. */
export function SidebarSettings() {
  const settings = useSettings();
  const width = useSignal<number | null>(null);
  const s = settings.value;
  if (!s) return <p class="muted">Loading…</p>;
  const shownWidth = width.value ?? s.sidebarWidth;
  const setSide = (side: SidebarSide) => void writeSettings({ sidebarSide: side });
  return (
    <div class="sidebar-settings">
      <fieldset class="field">
        <legend>Sidebar side</legend>
        {(['left', 'right'] as const).map((side) => (
          <label class="check" key={side}>
            <input type="radio" name="sidebar-side" value={side} checked={s.sidebarSide === side} onChange={() => setSide(side)} />
            <span>{side === 'left' ? 'Left' : 'Right'}</span>
          </label>
        ))}
      </fieldset>
      <label class="field">
        <span>
          Sidebar width: <output>{shownWidth}</output> pixels
        </span>
        <input
          type="range"
          min={SIDEBAR_WIDTH.min}
          max={SIDEBAR_WIDTH.max}
          step={10}
          value={shownWidth}
          onInput={(e) => (width.value = Number(e.currentTarget.value))}
          onChange={(e) => {
            void writeSettings({ sidebarWidth: Number(e.currentTarget.value) }).then(() => (width.value = null));
          }}
        />
      </label>
    </div>
  );
}
