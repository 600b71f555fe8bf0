/**
 * Facebook's "See more" control, which shortens long posts: told apart by its role and its whole text
 * in the page's language (the scanner marks such posts truncated).
 */

/**
 * "See more" labels of the truncation control, lower-cased. Matched on the button's whole text, so a
 * post that merely says "see more" is not truncated. Add a language by adding a line.
 */
export const SEE_MORE_LABELS: readonly string[] = [
  'see more', // English
  'ver más', // Spanish
  'voir plus', // French
  'mehr ansehen', // German
  'ראה עוד', // Hebrew
  '查看更多', // Chinese (simplified)
  '顯示更多', // Chinese (traditional)
];

function normalizeLabel(text: string): string {
  return text
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s.…]+|[\s.…]+$/g, '')
    .toLowerCase();
}

export function isSeeMore(el: Element): boolean {
  return el.getAttribute('role') === 'button' && SEE_MORE_LABELS.includes(normalizeLabel(el.textContent ?? ''));
}
