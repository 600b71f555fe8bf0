import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { BUILTIN_PACK } from '@/utils/knowledge/builtin';
import type { TalkingPoint } from '@/utils/knowledge/types';
import { emptyDraft, pointToDraft, type Draft } from '@/utils/packs/draft';
import type { EditorState } from '@/utils/packs/editor-state';
import { SiteSwitches } from '../popup/SiteSwitches';
import { BuiltinPoints } from './BuiltinPoints';
import { PackTransfer } from './PackTransfer';
import { PointForm } from './PointForm';
import { PointList } from './PointList';
import { SidebarSettings } from './SidebarSettings';

export interface OptionsAppProps {
  state: EditorState;
  download?: (fileName: string, text: string) => void;
}

/** The options page: the educator's talking points, packs, built-in points, sites and sidebar layout. */
export function OptionsApp({ state, download }: OptionsAppProps) {
  const editing = useSignal<Draft | null>(null);

  useEffect(() => {
    void state.load();
  }, [state]);

  if (!state.loaded.value) return <p class="muted">Loading your talking points…</p>;

  const onSave = async (point: TalkingPoint, previousId?: string) => {
    const ok = await state.upsertPoint(point, previousId);
    if (ok) editing.value = null;
    return ok;
  };

  return (
    <main class="options">
      <header class="page-head">
        <h1>Glute Lens settings</h1>
        <p class="muted">Everything here is saved in your browser. Nothing is sent anywhere.</p>
      </header>

      {state.notices.value.length > 0 ? (
        <div class="notice" role="status">
          <ul>{state.notices.value.map((n) => <li key={n}>{n}</li>)}</ul>
          <button type="button" class="secondary" onClick={state.dismissNotices}>Dismiss</button>
        </div>
      ) : null}
      {state.storedLocally.value ? (
        <p class="notice" data-testid="stored-locally">
          Your talking points are too large for browser sync, so they are saved on this computer only. Export them to
          use them in another browser.
        </p>
      ) : null}
      {state.saveError.value ? <p class="notice" role="alert">{state.saveError.value}</p> : null}

      <section aria-labelledby="yours-title">
        <h2 id="yours-title">Your talking points</h2>
        <p class="muted">
          Your points appear in the sidebar next to the built-in ones, marked "Yours", on posts that make one of the
          claims you pick or use one of your keywords.
        </p>
        <PointList
          points={state.points.value}
          disabled={state.disabled.value}
          onEdit={(p) => (editing.value = pointToDraft(p))}
          onDelete={(id) => void state.removePoint(id)}
          onMove={(id, delta) => void state.movePoint(id, delta)}
          onToggle={(id, on) => void state.setPointEnabled(id, on)}
        />
        {editing.value ? (
          <PointForm
            key={editing.value.id || 'new'}
            initial={editing.value}
            packName={state.pack.value.name}
            takenIds={state.takenIds(editing.value.id || undefined)}
            onSave={onSave}
            onCancel={() => (editing.value = null)}
          />
        ) : (
          <button type="button" class="primary" onClick={() => (editing.value = emptyDraft())}>Add a talking point</button>
        )}
      </section>

      <section aria-labelledby="packs-title">
        <h2 id="packs-title">Share as a pack</h2>
        <p class="muted">Export your points as a pack file to share with students and colleagues, or import theirs.</p>
        <PackTransfer state={state} download={download} />
      </section>

      <section aria-labelledby="builtin-title">
        <h2 id="builtin-title">Built-in talking points</h2>
        <BuiltinPoints points={BUILTIN_PACK.points} hidden={state.hidden.value} onHide={(id, hide) => void state.setBuiltinHidden(id, hide)} />
      </section>

      <section aria-labelledby="sites-title">
        <h2 id="sites-title">Sites and sidebar</h2>
        <SiteSwitches />
        <SidebarSettings />
      </section>
    </main>
  );
}
