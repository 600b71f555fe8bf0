/** Shared by the per-site adapter tests: load a fixture page at its URL, and find exactly one element. */
import { expect } from 'vitest';
import type { ExpectedPost } from '../fixtures/load';

export type Entry = ExpectedPost;

export function loadPage(html: string, url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  document.open();
  document.write(html);
  document.close();
}

export function one(selector: string, root: ParentNode = document): Element {
  const found = root.querySelectorAll(selector);
  expect(found.length, `selector ${selector} must match exactly one element`).toBe(1);
  return found[0]!;
}
