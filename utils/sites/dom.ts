/** Small DOM helpers shared by the site adapters (read-only: none of them changes the page). */

export function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}

/** querySelectorAll that also considers `root` itself. */
export function queryAllInclusive(root: ParentNode, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  if (isElement(root) && root.matches(selector)) found.unshift(root);
  return found;
}

/**
 * Text nodes below `node` in document order, with a space at the edges of `blockTags` elements, pushed onto
 * `parts`. No per-element checks: for subtrees known to hold nothing hidden, skipped or special.
 */
export function plainText(node: Node, blockTags: ReadonlySet<string>, parts: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 /* TEXT_NODE */) parts.push((child as Text).data);
    else if (child.nodeType === 1 /* ELEMENT_NODE */) {
      const block = blockTags.has((child as Element).tagName);
      if (block) parts.push(' ');
      plainText(child, blockTags, parts);
      if (block) parts.push(' ');
    }
  }
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
