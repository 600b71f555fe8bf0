import { useMemo } from 'preact/hooks';
import { buildSummary } from '@/utils/summary';
import type { Pack } from '@/utils/knowledge/types';
import type { PostEntry } from '@/utils/lens-state';
import { SectionView } from './SectionView';
import { TalkingPointCard } from './TalkingPointCard';
import { WhyFlagged } from './WhyFlagged';
import { ThreadPulse } from './ThreadPulse';
import { buildPulse } from '@/utils/summary/pulse';

export interface PostSummaryProps {
  entry: PostEntry;
  packs: Pack[];
  hiddenPointIds: string[];
  onCopy: (text: string, title: string) => void;
  onInsert?: (text: string, title: string) => void;
  /** For a post: its comments judged so far (the thread pulse updates as they load). */
  thread?: { comments: PostEntry[]; total: number };
}

const EXCERPT = 280;

/** Everything the sidebar says about one post. Post text is shown as text only, never as HTML. */
export function PostSummary({ entry, packs, hiddenPointIds, onCopy, onInsert, thread }: PostSummaryProps) {
  const summary = useMemo(
    () => buildSummary(entry.verdict, { packs, postText: entry.text, hiddenPointIds }),
    [entry, packs, hiddenPointIds],
  );
  const pulse = useMemo(
    () => (thread && thread.total > 0 ? buildPulse(thread.comments, packs, thread.total) : null),
    [thread?.comments, thread?.total, packs],
  );
  const excerpt = entry.text.length > EXCERPT ? `${entry.text.slice(0, EXCERPT).trimEnd()}…` : entry.text;
  return (
    <div class="summary">
      <figure class="excerpt">
        <blockquote>{excerpt}</blockquote>
        <figcaption>{entry.kind === 'comment' ? 'The comment' : 'The post'}</figcaption>
      </figure>
      <WhyFlagged spans={entry.verdict.spans} truncated={entry.truncated} />
      <section class="claims" aria-labelledby="gl-claims">
        <h3 id="gl-claims">What it claims</h3>
        {summary.claims.length > 0 ? (
          <ul>
            {summary.claims.map((claim) => (
              <li key={claim.id} data-claim={claim.id}>
                <strong>{claim.label}</strong> <span class="muted">{claim.short}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">It talks about glute massage without a specific claim Glute Lens knows.</p>
        )}
      </section>
      {pulse ? <ThreadPulse pulse={pulse} onCopy={onCopy} onInsert={onInsert} /> : null}
      {summary.sections.map((section) => (
        <SectionView key={section.id} section={section} />
      ))}
      <section class="points" aria-labelledby="gl-points">
        <h3 id="gl-points">Talking points to copy</h3>
        <ul>
          {summary.points.map((point) => (
            <TalkingPointCard key={`${point.packName}/${point.id}`} point={point} onCopy={onCopy} onInsert={onInsert} />
          ))}
        </ul>
      </section>
    </div>
  );
}
