/** Small DOM helpers shared by the site adapters (read-only: none of them changes the page). */
import { collapseSpaces } from '../detect/normalize';

/** An editable box a reply is typed into: a rich editor (Lexical and the like) or a textarea. */
export const EDITABLE_BOX = '[contenteditable="true"][role="textbox"], [contenteditable="true"], textarea';

export function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}

/** querySelectorAll that also considers `root` itself. */
export function queryAllInclusive(root: ParentNode, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  if (isElement(root) && root.matches(selector)) found.unshift(root);
  return found;
}

/** What an element adds to the visible text: `false` leaves it out, a string stands for it, `undefined` reads its children. */
export type VisitElement = (el: Element) => string | false | undefined;

/**
 * The visible text of `root`, as every adapter reads it: text nodes in document order, a space at the
 * edges of `blockTags` elements, zero-width spaces dropped, whitespace collapsed. `visit` decides for
 * each element, `root` included; without it every element is read (for subtrees known to hold nothing
 * hidden, skipped or special).
 */
export function visibleText(root: Element, blockTags: ReadonlySet<string>, visit?: VisitElement): string {
  const parts: string[] = [];
  const walk = (el: Element): void => {
    const own = visit?.(el);
    if (own === false) return;
    if (own !== undefined) {
      parts.push(own);
      return;
    }
    const block = blockTags.has(el.tagName);
    if (block) parts.push(' ');
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 /* TEXT_NODE */) parts.push((child as Text).data);
      else if (child.nodeType === 1 /* ELEMENT_NODE */) walk(child as Element);
    }
    if (block) parts.push(' ');
  };
  walk(root);
  return collapse(parts.join(''));
}

const ZERO_WIDTH = /[\u200b\ufeff]/g;

/**
 * Zero-width spaces dropped, whitespace collapsed to single spaces, trimmed. Each replace runs only when
 * it would change something (most post texts are single-spaced already), which saves a copy per read.
 */
export function collapse(text: string): string {
  let s = text;
  if (s.includes('\u200b') || s.includes('\ufeff')) s = s.replace(ZERO_WIDTH, '');
  return collapseSpaces(s).trim();
}

/**
 * visibleText(root, blockTags) with no `visit`, in three native calls instead of a walk, when no block
 * edge can fall inside the text: there is no block element, or the last one in document order holds all
 * of the text (then every other block is around all of it or holds none, so block edges only add spaces
 * before or after the text, which are trimmed). Null when that does not hold: walk with visibleText.
 * `blockSelector` must match at least the elements in `blockTags`.
 */
export function wholeText(root: Element, blockSelector: string): string | null {
  const all = root.textContent ?? '';
  const blocks = root.querySelectorAll(blockSelector);
  const last = blocks[blocks.length - 1];
  if (last && (last.textContent ?? '').length !== all.length) return null;
  return collapse(all);
}

/**
 * The usual rule: `skipTags` elements, `[hidden]` ones and those `skip` names are left out; an image
 * reads as its alt text (emoji are images on most of these sites).
 */
export function skipHiddenReadAlt(skipTags: ReadonlySet<string>, skip?: (el: Element) => boolean): VisitElement {
  return (el) => {
    if (skipTags.has(el.tagName) || el.hasAttribute('hidden') || skip?.(el)) return false;
    return el.tagName === 'IMG' ? (el.getAttribute('alt') ?? '') : undefined;
  };
}

/**
 * `el` when it matches `selector`, else its nearest ancestor that does (like `closest`). `el` itself is
 * tested with `matches`: happy-dom's `closest` called on a matching <form> hands back a different
 * object than its queries do, which breaks identity checks in the tests (browsers return the same one).
 */
export function closestInclusive(el: Element, selector: string): Element | null {
  return el.matches(selector) ? el : (el.parentElement?.closest(selector) ?? null);
}

/**
 * outermost(item, selector, accept) for a child of a feed, from the outermost match `around` the feed
 * (looked up once per feed, `perFeed`): that one, else the item itself when it matches. No walk up.
 */
export function outermostForItem(item: Element, around: Element | null, selector: string, accept?: (node: Element) => boolean): Element | null {
  return around ?? (item.matches(selector) && (!accept || accept(item)) ? item : null);
}

/**
 * The outermost element that is `el` or contains it, matches `selector` and passes `accept`. Hops from
 * match to match with native `closest` rather than testing the selector on every ancestor.
 */
export function outermost(el: Element, selector: string, accept?: (node: Element) => boolean): Element | null {
  let found: Element | null = null;
  for (let node = closestInclusive(el, selector); node; node = node.parentElement ? closestInclusive(node.parentElement, selector) : null) {
    if (!accept || accept(node)) found = node;
  }
  return found;
}
