import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Figure } from '@/components/Figure';
import { BUILTIN_PACK } from '@/utils/knowledge';

afterEach(cleanup);

const FIGURE_IDS = [...new Set((BUILTIN_PACK.sections ?? []).flatMap((s) => (s.figure ? [s.figure] : [])))];

describe('<Figure>', () => {
  it('knows every figure the built-in pack asks for', () => {
    expect(FIGURE_IDS.sort()).toEqual(['rubber-band', 'touch-nerves']);
  });

  it.each(FIGURE_IDS)('draws %s as an image with a name and a description', (id) => {
    const { container } = render(<Figure id={id} />);
    const img = screen.getByRole('img');
    expect(img.tagName.toLowerCase()).toBe('svg');
    expect(img).toBe(container.firstElementChild);
    const title = img.querySelector('title');
    const desc = img.querySelector('desc');
    expect(title?.textContent).toBeTruthy();
    expect(desc?.textContent?.length).toBeGreaterThan(20);
    // Name and description are wired to the <title>/<desc> ids, not just present.
    expect(img.getAttribute('aria-labelledby')).toBe(title!.id);
    expect(img.getAttribute('aria-describedby')).toBe(desc!.id);
    expect(screen.getByRole('img', { name: title!.textContent! })).toBe(img);
  });

  it('gives two copies of a figure distinct ids', () => {
    render(
      <div>
        <Figure id="rubber-band" />
        <Figure id="rubber-band" />
      </div>,
    );
    const [a, b] = screen.getAllByRole('img');
    expect(a!.getAttribute('aria-labelledby')).not.toBe(b!.getAttribute('aria-labelledby'));
    expect(screen.getAllByRole('img', { name: 'Two muscle-length stories' })).toHaveLength(2);
  });

  it('renders nothing for an unknown id, including prototype names', () => {
    for (const id of ['nope', 'toString', '__proto__', '']) {
      const { container } = render(<Figure id={id} />);
      expect(container.innerHTML, id).toBe('');
      cleanup();
    }
  });

  it.each(FIGURE_IDS)('keeps %s small, themeable and self-contained', (id) => {
    const { container } = render(<Figure id={id} />);
    const markup = container.innerHTML;
    const withoutText = markup.replace(/<(title|desc)[^>]*>[^<]*<\/\1>/g, '');
    expect(withoutText.length, 'drawing markup').toBeLessThan(900);
    expect(markup).toContain('currentColor');
    expect(markup).toContain('var(--gl-accent');
    // no fixed colours, no external resources
    expect(markup).not.toMatch(/#[0-9a-f]{3,8}\b|rgb\(/i);
    expect(markup).not.toMatch(/\bhref=|url\(|<image|<foreignObject|<script/i);
  });
});
