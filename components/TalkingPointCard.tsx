import { useSignal } from '@preact/signals';
import type { Tone } from '@/utils/knowledge/types';
import type { buildSummary } from '@/utils/summary';
import { SourceChips } from './SourceChips';
import { isUserEvent } from '@/utils/user-event';

export type SummaryPoint = ReturnType<typeof buildSummary>['points'][number];

const TONE_LABEL: Record<Tone, string> = { friendly: 'Friendly', clinical: 'Clinical', brief: 'Brief' };

export interface TalkingPointCardProps {
  point: SummaryPoint;
  onCopy: (text: string, title: string) => void;
  onInsert?: (text: string, title: string) => void;
}

/** A ready-to-post reply with a Copy button; tone variants when the point has them. */
export function TalkingPointCard({ point, onCopy, onInsert }: TalkingPointCardProps) {
  const tone = useSignal<Tone>('friendly');
  const tones = (Object.keys(point.tones ?? {}) as Tone[]).filter((t) => t !== 'friendly' && point.tones?.[t]);
  const text = (tone.value !== 'friendly' && point.tones?.[tone.value]) || point.text;
  const titleId = `gl-point-${point.id}`;
  return (
    <li class="point" aria-labelledby={titleId}>
      <div class="point-head">
        <h4 id={titleId}>{point.title}</h4>
        {point.origin === 'user' ? <span class="yours" title={`From your pack "${point.packName}"`}>Yours</span> : null}
      </div>
      {tones.length > 0 ? (
        <div class="tones" role="group" aria-label={`Tone for "${point.title}"`}>
          {(['friendly', ...tones] as Tone[]).map((t) => (
            <button type="button" key={t} class="tone" aria-pressed={tone.value === t} onClick={() => (tone.value = t)}>
              {TONE_LABEL[t]}
            </button>
          ))}
        </div>
      ) : null}
      <p class="point-text">{text}</p>
      <SourceChips sources={point.sources} />
      <div class="point-actions">
        <button type="button" class="primary" onClick={(event) => isUserEvent(event) && onCopy(text, point.title)} aria-label={`Copy talking point: ${point.title}`}>
          Copy
        </button>
        {onInsert ? (
          <button type="button" class="secondary" onClick={(event) => isUserEvent(event) && onInsert(text, point.title)} aria-label={`Insert into reply: ${point.title}`}>
            Insert into reply
          </button>
        ) : null}
      </div>
    </li>
  );
}
