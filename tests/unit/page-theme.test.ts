import { afterEach, describe, expect, it } from 'vitest';
import { luminance, pageTheme, parseColor } from '@/utils/page-theme';

afterEach(() => {
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
});

describe('page theme', () => {
  it('reads rgb and rgba colours and ignores transparent ones', () => {
    expect(parseColor('rgb(255, 255, 255)')).toEqual([1, 1, 1]);
    expect(parseColor('rgba(24, 25, 26, 1)')).not.toBeNull();
    expect(parseColor('rgba(0, 0, 0, 0)')).toBeNull();
    expect(parseColor('transparent')).toBeNull();
    expect(luminance([1, 1, 1])).toBeCloseTo(1);
    expect(luminance([0, 0, 0])).toBe(0);
  });

  it("follows the page's own background, dark or light", () => {
    document.body.style.backgroundColor = 'rgb(24, 25, 26)'; // Facebook dark
    expect(pageTheme(document)).toBe('dark');
    document.body.style.backgroundColor = 'rgb(240, 242, 245)'; // Facebook light
    expect(pageTheme(document)).toBe('light');
  });

  it('falls back to the root element, then to none (the system setting decides)', () => {
    document.documentElement.style.backgroundColor = 'rgb(0, 0, 0)';
    expect(pageTheme(document)).toBe('dark');
    document.documentElement.removeAttribute('style');
    expect(pageTheme(document)).toBeNull();
  });
});
