import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { CLAIM_IDS, type ClaimId } from '@/utils/detect/types';
import { CLAIM_INFO } from '@/utils/knowledge/claims';
import { EVIDENCE_LABELS, EVIDENCE_LEVELS, type EvidenceLevel, type TalkingPoint } from '@/utils/knowledge/types';
import { draftToRaw, humanizeError, idForTitle, type Draft } from '@/utils/packs/draft';
import { LIMITS, validatePoint } from '@/utils/packs/schema';
import { PointPreview } from './PointPreview';

export interface PointFormProps {
  initial: Draft;
  packName: string;
  /** Ids a new point may not take (the user's other points and the built-in ones). */
  takenIds: ReadonlySet<string>;
  onSave: (point: TalkingPoint, previousId?: string) => Promise<boolean>;
  onCancel: () => void;
}

/** Add or edit one talking point. Checked with the pack schema on Save; a live preview shows the sidebar card. */
export function PointForm({ initial, packName, takenIds, onSave, onCancel }: PointFormProps) {
  const draft = useSignal<Draft>(initial);
  const errors = useSignal<string[]>([]);
  const saving = useSignal(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const editing = initial.id !== '';
  const d = draft.value;

  useEffect(() => headingRef.current?.focus(), []);

  const set = (patch: Partial<Draft>) => (draft.value = { ...draft.value, ...patch });
  const setSource = (i: number, patch: Partial<Draft['sources'][number]>) =>
    set({ sources: d.sources.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  const toggleClaim = (id: ClaimId, on: boolean) =>
    set({ claims: CLAIM_IDS.filter((c) => (c === id ? on : d.claims.includes(c))) });

  const id = editing ? d.id : idForTitle(d.title, takenIds);
  const previewPoint = draftToRaw(d, id || 'preview');

  const submit = async (event: Event) => {
    event.preventDefault();
    const checked = validatePoint(draftToRaw(draft.value, id));
    if (!checked.ok) {
      errors.value = checked.errors.map(humanizeError);
      return;
    }
    errors.value = [];
    saving.value = true;
    const ok = await onSave(checked.value, editing ? initial.id : undefined);
    saving.value = false;
    if (!ok) errors.value = ['Your point could not be saved. Please try again.'];
  };

  return (
    <div class="editor">
      <form class="point-form" onSubmit={submit} noValidate aria-labelledby="point-form-title">
        <h3 id="point-form-title" tabIndex={-1} ref={headingRef}>
          {editing ? `Edit "${initial.title}"` : 'New talking point'}
        </h3>
        <div role="alert" class={errors.value.length ? 'form-errors' : 'form-errors is-empty'}>
          {errors.value.length > 0 ? (
            <>
              <p>Please fix {errors.value.length === 1 ? 'this' : 'these'} before saving:</p>
              <ul>{errors.value.map((e) => <li key={e}>{e}</li>)}</ul>
            </>
          ) : null}
        </div>

        <label class="field">
          <span>Title</span>
          <input type="text" value={d.title} maxLength={LIMITS.title} required onInput={(e) => set({ title: e.currentTarget.value })} />
        </label>
        <label class="field">
          <span>Text <small class="muted">(what gets copied as a reply)</small></span>
          <textarea rows={5} value={d.text} maxLength={LIMITS.text} required onInput={(e) => set({ text: e.currentTarget.value })} />
        </label>

        <fieldset class="field">
          <legend>Claims it answers</legend>
          {CLAIM_IDS.map((claim) => (
            <label class="check" key={claim}>
              <input type="checkbox" checked={d.claims.includes(claim)} onChange={(e) => toggleClaim(claim, e.currentTarget.checked)} />
              <span>{CLAIM_INFO[claim].label}</span>
            </label>
          ))}
        </fieldset>

        <label class="field">
          <span>Keywords <small class="muted">(optional, separated by commas; shown when a post uses one)</small></span>
          <input type="text" value={d.keywords} onInput={(e) => set({ keywords: e.currentTarget.value })} />
        </label>

        <fieldset class="field">
          <legend>Sources</legend>
          {d.sources.length === 0 ? <p class="muted">No sources yet.</p> : null}
          {d.sources.map((source, i) => (
            <div class="source-row" role="group" aria-label={`Source ${i + 1}`} key={i}>
              <label>
                <span>Citation</span>
                <input type="text" value={source.label} maxLength={LIMITS.label} onInput={(e) => setSource(i, { label: e.currentTarget.value })} />
              </label>
              <label>
                <span>Link (https://…)</span>
                <input type="url" value={source.url} maxLength={LIMITS.url} onInput={(e) => setSource(i, { url: e.currentTarget.value })} />
              </label>
              <label>
                <span>Evidence level</span>
                <select value={source.level} onChange={(e) => setSource(i, { level: e.currentTarget.value as EvidenceLevel })}>
                  {EVIDENCE_LEVELS.map((level) => (
                    <option value={level} key={level}>{`${level}: ${EVIDENCE_LABELS[level]}`}</option>
                  ))}
                </select>
              </label>
              <button type="button" class="secondary" onClick={() => set({ sources: d.sources.filter((_, j) => j !== i) })}>
                Remove source {i + 1}
              </button>
            </div>
          ))}
          {d.sources.length < LIMITS.sources ? (
            <button type="button" class="secondary" onClick={() => set({ sources: [...d.sources, { label: '', url: '', level: 'SR' }] })}>
              Add a source
            </button>
          ) : null}
        </fieldset>

        <details class="field" open={!!(d.clinical || d.brief)}>
          <summary>Other wordings (optional)</summary>
          <label class="field">
            <span>Clinical wording</span>
            <textarea rows={3} value={d.clinical} maxLength={LIMITS.text} onInput={(e) => set({ clinical: e.currentTarget.value })} />
          </label>
          <label class="field">
            <span>Brief wording</span>
            <textarea rows={2} value={d.brief} maxLength={LIMITS.text} onInput={(e) => set({ brief: e.currentTarget.value })} />
          </label>
        </details>

        <div class="form-actions">
          <button type="submit" class="primary" disabled={saving.value}>
            {editing ? 'Save changes' : 'Add point'}
          </button>
          <button type="button" class="secondary" onClick={onCancel}>Cancel</button>
        </div>
      </form>
      <PointPreview point={previewPoint} packName={packName} />
    </div>
  );
}
