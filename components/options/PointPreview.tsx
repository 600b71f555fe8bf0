import { useSignal } from '@preact/signals';
import type { TalkingPoint } from '@/utils/knowledge/types';
import { TalkingPointCard } from '../TalkingPointCard';

/** The sidebar's own card for a point that is being edited, so the preview cannot drift from the real thing. */
export function PointPreview({ point, packName }: { point: TalkingPoint; packName: string }) {
  const status = useSignal('');
  const shown = { ...point, title: point.title.trim() || 'Untitled point', origin: 'user' as const, packName };
  const onCopy = (text: string) => {
    navigator.clipboard
      ?.writeText(text)
      .then(() => (status.value = 'Copied. In the sidebar this button copies the reply the same way.'))
      .catch(() => (status.value = 'Copy was blocked here; it works in the sidebar.'));
  };
  return (
    <section class="preview" aria-labelledby="preview-title">
      <h3 id="preview-title">Preview</h3>
      <p class="muted">How this point looks in the sidebar.</p>
      <div class="sidebar-frame points">
        <ul>
          <TalkingPointCard key={`${shown.id}-${Object.keys(point.tones ?? {}).join()}`} point={shown} onCopy={onCopy} />
        </ul>
      </div>
      <p role="status" class="muted">{status.value}</p>
    </section>
  );
}
