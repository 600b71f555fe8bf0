import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PostSummary } from '@/components/PostSummary';
import { BUILTIN_PACK } from '@/utils/knowledge/builtin';
import { classifyPost } from '@/utils/detect';
import type { PostEntry } from '@/utils/lens-state';

afterEach(cleanup);

const POST = 'Tight glutes cause back pain, always release them on every low back client.';
const MYTH = "That's a myth. Most of those glutes are weak, not tight, and releasing them won't fix anyone's back.";

function entry(kind: PostEntry['kind'], text: string, context?: string | string[]): PostEntry {
  return { key: 'k', kind, text, truncated: false, verdict: classifyPost(text, context), parentKey: kind === 'comment' ? 'p' : null, element: new WeakRef(document.body) };
}

describe('<PostSummary>', () => {
  it('describes the claims of a post, a comment or a reply without calling it a post', () => {
    for (const [e, caption] of [[entry('post', POST), 'The post'], [entry('comment', 'Exactly this.', [POST, MYTH]), 'The comment']] as const) {
      render(<PostSummary entry={e} packs={[BUILTIN_PACK]} hiddenPointIds={[]} onCopy={() => {}} />);
      expect(screen.getByText(caption, { selector: 'figcaption' })).toBeTruthy();
      const claims = within(document.querySelector<HTMLElement>('section.claims')!).getAllByRole('listitem');
      expect(claims.length).toBeGreaterThan(0);
      for (const li of claims) expect(li.textContent, li.textContent ?? '').not.toMatch(/\bThe post\b/);
      cleanup();
    }
  });
});
