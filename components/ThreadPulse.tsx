import type { ThreadPulse as Pulse } from '@/utils/summary/pulse';
import { TalkingPointCard } from './TalkingPointCard';

export interface ThreadPulseProps {
  pulse: Pulse;
  onCopy: (text: string, title: string) => void;
  onInsert?: (text: string, title: string) => void;
}

/** The comment chorus under a post: counts per claim, nuance already there, and the reply to the loudest claim. */
export function ThreadPulse({ pulse, onCopy, onInsert }: ThreadPulseProps) {
  if (pulse.total === 0) return null;
  const max = Math.max(1, ...pulse.claims.map((c) => c.count));
  return (
    <section class="pulse" aria-labelledby="gl-pulse">
      <h3 id="gl-pulse">Thread pulse</h3>
      <p class="muted">
        {pulse.total} {pulse.total === 1 ? 'comment' : 'comments'} read so far · {pulse.nuanced} nuanced already
      </p>
      {pulse.claims.length > 0 ? (
        <ul class="pulse-claims">
          {pulse.claims.map((claim) => (
            <li key={claim.id} data-claim={claim.id}>
              <span class="pulse-label">{claim.label}</span>
              <span class="pulse-bar" aria-hidden="true" style={{ width: `${Math.round((claim.count / max) * 100)}%` }} />
              <span class="pulse-count">
                {claim.count} {claim.count === 1 ? 'comment' : 'comments'}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No comment makes a claim Glute Lens knows yet.</p>
      )}
      {pulse.answer ? (
        <>
          <p class="pulse-answer-label">Answers the most common claim:</p>
          <ul class="pulse-answer">
            <TalkingPointCard point={pulse.answer.point} onCopy={onCopy} onInsert={onInsert} />
          </ul>
        </>
      ) : null}
    </section>
  );
}
