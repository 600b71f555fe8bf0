import type { Span } from '@/utils/detect/types';

/** The matched words and the rule behind each, so a wrong flag can be understood from here alone. */
export function WhyFlagged({ spans, truncated }: { spans: Span[]; truncated: boolean }) {
  // The same words can be hit by several rules; show each (words, reason) pair once.
  const seen = new Set<string>();
  const unique = spans.filter((s) => {
    const id = `${s.from}|${s.text}|${s.why}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return (
    <details class="why" open>
      <summary>Why this was flagged</summary>
      <ul>
        {unique.map((span, i) => (
          <li key={i}>
            <q class="span">{span.text}</q> <span class="why-reason">{span.why}</span>
            {span.from === 'context' ? <span class="why-context"> (in the post it replies to)</span> : null}
          </li>
        ))}
      </ul>
      {truncated ? <p class="muted">This post was shortened ("See more"); Glute Lens judged the visible part only.</p> : null}
    </details>
  );
}
