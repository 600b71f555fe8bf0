/**
 * A toy feed for the scanner and lens tests: <div id=feed><div class=post data-id=..><p class=msg>text</p>
 * (<div class=comment data-id=..><p class=msg>text</p></div>)</div></div>. A reply is a comment nested in
 * the comment it answers.
 */
import type { SiteAdapter } from '@/utils/sites/types';

/** findPosts for a toy adapter: the enclosing root of `root` (when there is one), then every root inside it. */
const rootsMatching = (selector: string) => (root: ParentNode): Element[] => {
  const enclosing = (root as Element).closest?.(selector);
  const inside = [...root.querySelectorAll(selector)];
  return enclosing ? [enclosing, ...inside] : inside;
};

/** Posts only, each read from its `.msg`. */
export const toySite: SiteAdapter = {
  id: 'toy',
  name: 'Toy',
  matches: ['*://toy.test/*'],
  urlExamples: ['https://toy.test/'],
  findFeeds: (root) => [...root.querySelectorAll('#feed')],
  findPosts: rootsMatching('.post'),
  getText: (post) => ({ text: post.querySelector('.msg')?.textContent ?? '', truncated: false }),
  getId: (post) => post.getAttribute('data-id'),
  getKind: () => 'post',
};

/** Posts with `.comment` roots inside them; each root reads only its own `.msg`. */
export const toySiteWithComments: SiteAdapter = {
  ...toySite,
  findPosts: rootsMatching('.post, .comment'),
  getText: (post) => ({ text: post.querySelector(':scope > .msg')?.textContent ?? '', truncated: false }),
  getKind: (el) => (el.matches('.comment') ? 'comment' : 'post'),
  getParentPost: (el) => (el.matches('.comment') ? el.parentElement!.closest('.post') : null),
  getParentComment: (el) => (el.matches('.comment') ? el.parentElement!.closest('.comment') : null),
};
