import { useSignal } from '@preact/signals';
import { CLAIM_INFO } from '@/utils/knowledge/claims';
import type { TalkingPoint } from '@/utils/knowledge/types';

export interface PointListProps {
  points: readonly TalkingPoint[];
  disabled: readonly string[];
  onEdit: (point: TalkingPoint) => void;
  onDelete: (id: string) => void;
  onMove: (id: string, delta: -1 | 1) => void;
  onToggle: (id: string, on: boolean) => void;
}

/** The educator's own points, in the order the sidebar uses. Delete asks once, inline. */
export function PointList({ points, disabled, onEdit, onDelete, onMove, onToggle }: PointListProps) {
  const confirming = useSignal<string | null>(null);
  if (points.length === 0) {
    return <p class="muted">You have no talking points of your own yet. Add one, or import a pack.</p>;
  }
  return (
    <ol class="point-list" aria-label="Your talking points">
      {points.map((point, i) => {
        const on = !disabled.includes(point.id);
        const what = [...point.claims.map((c) => CLAIM_INFO[c].label), ...(point.keywords ?? []).map((k) => `“${k}”`)].join('; ');
        return (
          <li key={point.id} class={on ? 'point-row' : 'point-row is-off'}>
            <div class="point-row-main">
              <strong>{point.title}</strong>
              <span class="muted small">{what}</span>
            </div>
            <label class="check">
              <input
                type="checkbox"
                checked={on}
                aria-label={`Show in sidebar: ${point.title}`}
                onChange={(e) => onToggle(point.id, e.currentTarget.checked)}
              />
              <span>Show in sidebar</span>
            </label>
            <div class="row-actions">
              <button type="button" class="secondary" onClick={() => onEdit(point)} aria-label={`Edit "${point.title}"`}>Edit</button>
              <button type="button" class="secondary" disabled={i === 0} onClick={() => onMove(point.id, -1)} aria-label={`Move "${point.title}" up`}>Up</button>
              <button type="button" class="secondary" disabled={i === points.length - 1} onClick={() => onMove(point.id, 1)} aria-label={`Move "${point.title}" down`}>Down</button>
              {confirming.value === point.id ? (
                <span class="confirm" role="group" aria-label={`Delete "${point.title}"?`}>
                  <span>Delete it?</span>
                  <button type="button" class="danger" onClick={() => { confirming.value = null; onDelete(point.id); }}>Yes, delete</button>
                  <button type="button" class="secondary" onClick={() => (confirming.value = null)}>Keep</button>
                </span>
              ) : (
                <button type="button" class="secondary" onClick={() => (confirming.value = point.id)} aria-label={`Delete "${point.title}"`}>Delete</button>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
