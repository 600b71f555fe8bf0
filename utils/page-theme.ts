/**
 * Whether the page itself is dark or light (Facebook, X and Reddit have their own dark modes that need
 * not match the system setting). Read from the page's background colour; null when the page paints no
 * background of its own, in which case our CSS follows the system (prefers-color-scheme).
 */
export type Theme = 'dark' | 'light';

export function pageTheme(doc: Document): Theme | null {
  const view = doc.defaultView;
  if (!view) return null;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const rgb = parseColor(view.getComputedStyle(el).backgroundColor);
    if (rgb) return luminance(rgb) < 0.4 ? 'dark' : 'light';
  }
  return null;
}

/** `rgb(a)` → [r, g, b] in 0..1, or null when transparent or unreadable. */
export function parseColor(value: string): [number, number, number] | null {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  if (alpha < 0.5) return null;
  return [Number(m[1]) / 255, Number(m[2]) / 255, Number(m[3]) / 255];
}

/** Relative luminance (WCAG). */
export function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
