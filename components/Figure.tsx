import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

/**
 * Small inline pictures a knowledge section can ask for by id (`Section.figure`). Pure SVG markup, no
 * external resources; strokes and text use currentColor and `--gl-accent`, so they follow the sidebar's
 * light or dark theme. Kept to a few hundred bytes each: the content script has a 30 KB gzip budget.
 */
interface FigureSpec {
  title: string;
  desc: string;
  width: number;
  height: number;
  body: ComponentChildren;
}

// CSS variables do not work in SVG presentation attributes, only in style.
const ACCENT = 'stroke:var(--gl-accent,currentColor)';

const FIGURES: Record<string, FigureSpec> = {
  'rubber-band': {
    title: 'Two muscle-length stories',
    desc: 'Left, a short, thick band: the "tight glutes" story. Right, a long, thin band: the "already over-stretched glutes" story. Research gives little support to either length story.',
    width: 200,
    height: 60,
    body: (
      <>
        <g fill="none" stroke-linecap="round" style={ACCENT}>
          <rect x="14" y="14" width="40" height="16" rx="8" stroke-width="5" />
          <rect x="98" y="18" width="92" height="8" rx="4" stroke-width="1.5" />
        </g>
        <g fill="currentColor">
          <circle cx="22" cy="22" r="4" />
          <circle cx="46" cy="22" r="4" />
          <circle cx="104" cy="22" r="4" />
          <circle cx="184" cy="22" r="4" />
        </g>
        <g fill="currentColor" font-size="10" text-anchor="middle">
          <text x="34" y="52">tight?</text>
          <text x="144" y="52">over-stretched?</text>
        </g>
      </>
    ),
  },
  'touch-nerves': {
    title: 'How touch turns into a felt release',
    desc: 'Touch stimulates nerves in skin, fascia and muscle; the spinal cord and brain process the signals, and the area feels less tense. The tissue itself barely changes.',
    width: 220,
    height: 48,
    body: (
      <>
        <g fill="none" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" style={ACCENT}>
          <rect x="2" y="8" width="56" height="24" rx="12" />
          <rect x="82" y="8" width="56" height="24" rx="12" />
          <rect x="162" y="8" width="56" height="24" rx="12" />
          <path d="M60 20h20m-6-5 6 5-6 5M140 20h20m-6-5 6 5-6 5" />
        </g>
        <g fill="currentColor" font-size="10" text-anchor="middle">
          <text x="30" y="24">touch</text>
          <text x="110" y="24">nerves</text>
          <text x="190" y="24">brain</text>
          <text x="218" y="45" text-anchor="end">
            felt as less tension
          </text>
        </g>
      </>
    ),
  },
};

/** `<Figure id="rubber-band" />`: an accessible inline SVG, or nothing for an id it does not know. */
export function Figure({ id }: { id: string }) {
  const uid = useId();
  const spec = Object.hasOwn(FIGURES, id) ? FIGURES[id] : undefined;
  if (!spec) return null;
  const titleId = `gl-fig-${uid}-t`;
  const descId = `gl-fig-${uid}-d`;
  return (
    <svg
      class="figure"
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      viewBox={`0 0 ${spec.width} ${spec.height}`}
      width={spec.width}
      height={spec.height}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={titleId}>{spec.title}</title>
      <desc id={descId}>{spec.desc}</desc>
      {spec.body}
    </svg>
  );
}
