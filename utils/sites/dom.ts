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
