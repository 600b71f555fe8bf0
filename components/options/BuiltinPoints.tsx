import type { TalkingPoint } from '@/utils/knowledge/types';

export interface BuiltinPointsProps {
  points: readonly TalkingPoint[];
  hidden: readonly string[];
  onHide: (id: string, hide: boolean) => void;
}

/** Built-in points can be hidden from the sidebar and shown again; they are never deleted. */
export function BuiltinPoints({ points, hidden, onHide }: BuiltinPointsProps) {
  return (
    <details class="builtin">
      <summary>Built-in talking points ({points.length - points.filter((p) => hidden.includes(p.id)).length} of {points.length} shown)</summary>
      <p class="muted">Untick a point to stop the sidebar offering it. You can tick it again at any time.</p>
      <ul class="builtin-list">
        {points.map((point) => (
          <li key={point.id}>
            <label class="check">
              <input type="checkbox" checked={!hidden.includes(point.id)} onChange={(e) => onHide(point.id, !e.currentTarget.checked)} />
              <span>{point.title}</span>
            </label>
          </li>
        ))}
      </ul>
    </details>
  );
}
