import type { Span } from '@/utils/detect/types';

/** Each (words, reason) pair once: the same words can be hit by several rules, or named twice. */
function unique(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const id = `${s.text}|${s.why}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function Reasons({ spans }: { spans: Span[] }) {
  return (
    <ul>
      {spans.map((span, i) => (
        <li key={i}>
          <q class="span">{span.text}</q> <span class="why-reason">{span.why}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The matched words and the rule behind each, so a wrong flag can be understood from here alone. For a
 * comment read with its post, or a reply read with the comment it answers (only comments have context
 * spans), the comment's own words come first and the parent's follow under a heading of their own.
 */
export function WhyFlagged({ spans, truncated }: { spans: Span[]; truncated: boolean }) {
  const own = unique(spans.filter((s) => s.from !== 'context'));
  const context = unique(spans.filter((s) => s.from === 'context'));
  const toComment = context.some((s) => s.context === 'comment');
  return (
    <details class="why" open>
      <summary>Why this was flagged</summary>
      {context.length > 0 ? <h3 class="why-group">{toComment ? 'In this reply' : 'In the comment'}</h3> : null}
      <Reasons spans={own} />
      {context.length > 0 ? (
        <>
          <h3 class="why-group">{toComment ? 'In the comment it answers' : 'In the post it replies to'}</h3>
          <Reasons spans={context} />
        </>
      ) : null}
      {truncated ? <p class="muted">The text was shortened ("See more"); Glute Lens judged the visible part only.</p> : null}
    </details>
  );
}
