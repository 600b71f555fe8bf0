import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { WhyFlagged } from '@/components/WhyFlagged';
import { classifyPost } from '@/utils/detect';

afterEach(cleanup);

const POST = 'Nobody had ever massaged her glutes. She said it felt amazing, glutes are so neglected. Why do we skip them?';

describe('<WhyFlagged>', () => {
  it("lists a comment's own words first and its post's under a heading of their own, each pair once", () => {
    const verdict = classifyPost('Same here, half my clients never had their glutes done', POST);
    expect(verdict.spans.some((s) => s.from === 'context')).toBe(true);
    render(<WhyFlagged spans={verdict.spans} truncated={false} />);
    const [ownHeading, postHeading] = screen.getAllByRole('heading');
    expect(ownHeading!.textContent).toBe('In the comment');
    expect(postHeading!.textContent).toBe('In the post it replies to');
    const [ownList, postList] = [...document.querySelectorAll('.why ul')];
    const words = (list: Element | undefined) => [...(list?.querySelectorAll('q') ?? [])].map((q) => q.textContent);
    expect(words(ownList)).toContain('same here');
    expect(words(ownList)).not.toContain('felt amazing');
    expect(words(postList)).toContain('felt amazing');
    // The post names "glutes" twice for the same reason: one line.
    expect(words(postList).filter((w) => w === 'glutes')).toHaveLength(1);
  });

  it("names the comment a reply answers, and lists that comment's words, not the post's", () => {
    const comment = "Honestly it's a myth that they're tight. Most are weak, and the felt release is the nervous system.";
    const verdict = classifyPost('Exactly this.', [POST, comment]);
    render(<WhyFlagged spans={verdict.spans} truncated={false} />);
    const [ownHeading, parentHeading] = screen.getAllByRole('heading');
    expect(ownHeading!.textContent).toBe('In this reply');
    expect(parentHeading!.textContent).toBe('In the comment it answers');
    const parentList = document.querySelectorAll('.why ul')[1];
    const words = [...(parentList?.querySelectorAll('q') ?? [])].map((q) => q.textContent);
    expect(words).toContain('weak');
    expect(words).not.toContain('felt amazing');
  });

  it('has one plain list and no headings for a post read on its own', () => {
    const verdict = classifyPost('Glute massage today and my sciatica let go, what a relief');
    render(<WhyFlagged spans={verdict.spans} truncated />);
    expect(screen.queryAllByRole('heading')).toHaveLength(0);
    expect(document.querySelectorAll('.why ul')).toHaveLength(1);
    expect(screen.getByText(/judged the visible part only/)).toBeTruthy();
  });
});
