import type { PostEntry } from '@/utils/lens-state';
import { CLAIM_INFO } from '@/utils/knowledge/claims';

/** The glute posts found on this page, newest last; choosing one opens its summary. */
export function PostList({ entries, onSelect }: { entries: PostEntry[]; onSelect: (key: string) => void }) {
  if (entries.length === 0) {
    return <p class="muted empty">No glute-massage posts on this page yet. Glute Lens keeps watching as you scroll.</p>;
  }
  return (
    <ol class="post-list">
      {entries.map((entry) => (
        <li key={entry.key}>
          <button type="button" class="post-item" onClick={() => onSelect(entry.key)}>
            <span class="post-item-text">{entry.text.slice(0, 140)}{entry.text.length > 140 ? '…' : ''}</span>
            <span class="post-item-claims">
              {entry.kind === 'comment' ? 'Comment · ' : ''}
              {entry.verdict.claims.length > 0
                ? entry.verdict.claims.map((c) => CLAIM_INFO[c].label).join(' · ')
                : 'Glute massage'}
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
