/**
 * wholeText, the native short path of visibleText: on random trees it either declines (null) or returns
 * exactly what the walk returns, and it does take the short path on one-paragraph shapes.
 */
import { describe, expect, it } from 'vitest';
import { collapse, visibleText, wholeText } from '@/utils/sites/dom';
import { rng } from '../rng';

const BLOCK_TAGS = new Set(['DIV', 'P', 'BR', 'LI', 'UL']);
const BLOCK_QUERY = 'div,p,br,li,ul';
const TAGS = ['div', 'span', 'p', 'br', 'b', 'li', 'ul', 'a', 'strong'];
const TEXTS = ['glute', ' massage ', 'low\u00a0back', '\u200b', '🍑', '  ', '\n', 'x', '', 'mass\ufeffage', 'a  b'];

function grow(r: () => number, el: Element, depth: number): void {
  const children = Math.floor(r() * (depth > 3 ? 2 : 4));
  for (let i = 0; i < children; i++) {
    if (r() < 0.45) el.append(document.createTextNode(TEXTS[Math.floor(r() * TEXTS.length)]!));
    else {
      const child = document.createElement(TAGS[Math.floor(r() * TAGS.length)]!);
      el.append(child);
      grow(r, child, depth + 1);
    }
  }
}

describe('wholeText', () => {
  it('declines or agrees with the visibleText walk on 3,000 random trees', () => {
    const r = rng(7);
    let short = 0;
    for (let i = 0; i < 3000; i++) {
      const root = document.createElement(r() < 0.5 ? 'div' : 'span');
      grow(r, root, 0);
      const fast = wholeText(root, BLOCK_QUERY);
      if (fast === null) continue;
      short++;
      expect(fast, root.innerHTML).toBe(visibleText(root, BLOCK_TAGS));
    }
    // The short path must actually be taken, or this test checks nothing.
    expect(short).toBeGreaterThan(600);
  });

  it('reads a one-paragraph post body natively and declines two paragraphs', () => {
    const one = document.createElement('div');
    one.innerHTML = '<div><div dir="auto">Glute massage <b>today</b>,\u200b my back  let go</div></div>';
    expect(wholeText(one, BLOCK_QUERY)).toBe('Glute massage today, my back let go');
    const two = document.createElement('div');
    two.innerHTML = '<div dir="auto">Glute massage</div><div dir="auto">today</div>';
    expect(wholeText(two, BLOCK_QUERY)).toBeNull();
    const br = document.createElement('div');
    br.innerHTML = 'Glute massage<br>today';
    expect(wholeText(br, BLOCK_QUERY)).toBeNull();
    expect(visibleText(br, BLOCK_TAGS)).toBe('Glute massage today');
  });
});

describe('collapse', () => {
  it('gives what the plain replace chain gives, on 20,000 random strings', () => {
    const r = rng(11);
    const pieces = ['glute', 'a', ' ', '  ', '\n', '\t', '\r\n', '\u00a0', '\u2028', '\u3000', '\u200b', '\ufeff', '🍑', 'x y', ''];
    const reference = (t: string) => t.replace(/[\u200b\ufeff]/g, '').replace(/\s+/g, ' ').trim();
    let changed = 0;
    for (let i = 0; i < 20_000; i++) {
      let t = '';
      for (let n = Math.floor(r() * 8); n > 0; n--) t += pieces[Math.floor(r() * pieces.length)];
      expect(collapse(t), JSON.stringify(t)).toBe(reference(t));
      if (reference(t) !== t.trim()) changed++;
    }
    // Both branches must be taken, or this test checks nothing.
    expect(changed).toBeGreaterThan(5_000);
    expect(changed).toBeLessThan(19_000);
  });
});
