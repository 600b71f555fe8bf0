import { EVIDENCE_LABELS, type Source } from '@/utils/knowledge/types';

/** Sources as small chips: "Furlan et al. 2015 · SR". Links open in a new tab; the level is spelled out for screen readers. */
export function SourceChips({ sources }: { sources: Source[] }) {
  if (sources.length === 0) return null;
  return (
    <ul class="sources" aria-label="Sources">
      {sources.map((source, i) => {
        const level = (
          <abbr class={`level level-${source.level}`} title={EVIDENCE_LABELS[source.level]} aria-label={EVIDENCE_LABELS[source.level]}>
            {source.level}
          </abbr>
        );
        return (
          <li key={i}>
            {safeUrl(source.url) ? (
              <a href={safeUrl(source.url)} target="_blank" rel="noopener noreferrer">{source.label}</a>
            ) : (
              <span>{source.label}</span>
            )}{' '}
            {level}
          </li>
        );
      })}
    </ul>
  );
}

/** Only http(s) links are ever rendered (a pack could carry `javascript:`). */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
