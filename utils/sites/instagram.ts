/**
 * Instagram: the home feed (captions) and post pages or post dialogs (caption and comments). Mostly
 * data (ordered selector lists, each entry with a comment and the month it was last checked) plus small
 * functions. Structures from ../shared/research/feed-dom-and-peers.md §2.5. Reads the page only.
 *
 * The feed shows no comments inline (only a "view all" link), so comments are read where the markup
 * shows them: the list under a post on its own page or dialog, one item per comment, each with its own
 * timestamp link. Stable hooks only: `article`, `dir=auto`, `time`, `/p/` links; never the hashed
 * `_aagv`/`x1lliihq` classes and never English aria-label text.
 */
import type { PostKind, PostText, SiteAdapter } from './types';
import { MATCHES_BY_SITE } from './matches';
import { onFeedPath, siteUrl } from './links';
import { closestInclusive, isElement, outermost, queryAllInclusive, skipHiddenReadAlt, visibleText } from './dom';

/** Post roots. Outermost wins. */
export const POST_SELECTORS: readonly string[] = [
  // Home feed and post pages: an article in main (reels-blocker, Page-Editor) (2026-11)
  'main article',
  // A post opened from the feed or a profile shows in a dialog (social_crawler CommentInfo.js) (2026-11)
  '[role="dialog"] article',
  // Older feed markup (2025) (2026-08)
  'article[role="presentation"]',
];

/**
 * Comment items: children of a list inside the post article that carry their own timestamp; replies
 * are items of a list nested in a comment (social_crawler: `[role=dialog] article ul > div`) (2026-11).
 */
export const COMMENT_ITEM_SELECTORS: readonly string[] = ['ul > div', 'ul > li'];

/** The caption, most specific first: a heading on post pages, else the longest `dir=auto` span. */
export const CAPTION_SELECTORS: readonly string[] = [
  // Post page caption (2026-11)
  'h1[dir="auto"]',
  'h1',
  // Feed caption: the longest dir=auto span outside links (2026-11)
  'span[dir="auto"]',
];

/** Paths that show posts; on these, finding none means the layout changed (2026-11). */
export const FEED_PATHS: readonly RegExp[] = [
  // Home feed
  /^\/$/,
  // Post pages, also under the author's name
  /^\/(?:[\w.]+\/)?(?:p|reel)\/[\w-]+\/?$/,
];

const POST = POST_SELECTORS.join(',');
const COMMENT_ITEM = COMMENT_ITEM_SELECTORS.join(',');
const POST_LINK = /^\/(?:[\w.]+\/)?(p|reel)\/([\w-]+)(?:\/c\/(\d+)(?:\/r\/(\d+))?)?/;
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const BLOCK_TAGS = new Set(['DIV', 'P', 'BR', 'H1']);

// ---------------------------------------------------------------------------------------------
// Feeds

/**
 * Containers the scanner observes (with subtree). Instagram gives its feed column no stable hook of
 * its own, so the page's main region is the feed, once it shows a post; a post dialog is another.
 */
export const FEED_SELECTORS: readonly string[] = [
  // Home feed and post pages (2026-11)
  'main',
  // A post opened over the feed or a profile (2026-11)
  '[role="dialog"]',
];

export function findFeeds(root: ParentNode): Element[] {
  const feeds: Element[] = [];
  for (const selector of FEED_SELECTORS) {
    for (const el of queryAllInclusive(root, selector)) {
      if (el.querySelector('article') && !feeds.some((feed) => feed.contains(el))) feeds.push(el);
    }
  }
  return feeds;
}

// ---------------------------------------------------------------------------------------------
// Posts and comments

export function postOf(el: Element): Element | null {
  return outermost(el, POST);
}

/** A comment item: a list item of the post with its own timestamp that is not the caption. */
function isComment(el: Element): boolean {
  return el.matches(COMMENT_ITEM) && isCommentItemOf(el, postOf(el));
}

/** For a list item whose post is already known. */
function isCommentItemOf(item: Element, post: Element | null): boolean {
  return post !== null && post !== item && item.querySelector('time') !== null && !hasCaptionHeading(item);
}

function hasCaptionHeading(el: Element): boolean {
  return [...el.querySelectorAll('h1')].some((h1) => {
    const item = h1.closest(COMMENT_ITEM);
    return !item || item === el;
  });
}

/** The innermost comment that is `el` or contains it. */
export function commentOf(el: Element): Element | null {
  // Only list items below the nearest post can be its comments: hop between those with `closest`.
  const post = closestInclusive(el, POST);
  for (let node = closestInclusive(el, COMMENT_ITEM); node; node = node.parentElement ? closestInclusive(node.parentElement, COMMENT_ITEM) : null) {
    if (post && (node === post || node.contains(post))) return null;
    if (isComment(node)) return node;
  }
  return null;
}

function postsIn(root: ParentNode): Element[] {
  const posts: Element[] = [];
  let last: Element | null = null;
  for (const el of root.querySelectorAll(POST)) {
    if (last?.contains(el)) continue;
    posts.push(el);
    last = el;
  }
  if (isElement(root) && root.matches(POST) && postOf(root) === root) posts.unshift(root);
  return posts;
}

export function findComments(post: Element): Element[] {
  return commentsIn(post, post);
}

/** The comments of `post` inside `scope` (the post, or a node in it), in document order. */
function commentsIn(scope: ParentNode, post: Element): Element[] {
  return [...scope.querySelectorAll(COMMENT_ITEM)].filter((item) => postOf(item) === post && isCommentItemOf(item, post));
}

/**
 * Roots in `root`, each post followed by its comments. A node inside a comment yields that comment
 * plus the comments it holds; a node elsewhere in a post yields the post plus the comments it holds.
 */
export function findPosts(root: ParentNode): Element[] {
  if (isElement(root)) {
    const owner = commentOf(root) ?? postOf(root);
    if (owner) {
      const post = postOf(owner)!;
      // Only what `root` holds: a node in one comment must not cost a look at every comment of the post.
      return [owner, ...commentsIn(root, post).filter((c) => c !== owner)];
    }
  }
  return postsIn(root).flatMap((post) => [post, ...findComments(post)]);
}

export function getKind(el: Element): PostKind {
  return isComment(el) ? 'comment' : 'post';
}

export function getParentPost(el: Element): Element | null {
  return isComment(el) ? postOf(el) : null;
}

/** For a reply: the comment whose list of replies it is in. */
export function getParentComment(el: Element): Element | null {
  return isComment(el) && el.parentElement ? commentOf(el.parentElement) : null;
}

// ---------------------------------------------------------------------------------------------
// Text

/** Whether `node` is the root's own (not a comment's, not a link such as the author's name). */
function isOwn(root: Element, node: Element): boolean {
  return node.closest('a') === null && (commentOf(node) ?? postOf(node)) === root;
}

function captionOf(root: Element): Element | null {
  for (const selector of CAPTION_SELECTORS) {
    let best: Element | null = null;
    let bestLength = 0;
    for (const node of root.querySelectorAll(selector)) {
      if (!isOwn(root, node) || node.parentElement?.closest(selector)) continue;
      const length = (node.textContent ?? '').trim().length;
      if (length > bestLength) {
        best = node;
        bestLength = length;
      }
    }
    if (best) return best;
  }
  return null;
}

export function getText(root: Element): PostText {
  const caption = captionOf(root);
  if (!caption) return { text: '', truncated: false };
  // The "… more" control sits beside the caption, inside the caption's block (2026-11).
  const block = caption.parentElement;
  const truncated =
    block !== null &&
    [...block.querySelectorAll('[role="button"]')].some((button) => !caption.contains(button) && isOwn(root, button));
  return { text: readText(caption), truncated };
}

function readText(root: Element): string {
  return visibleText(root, BLOCK_TAGS, skipHiddenReadAlt(SKIP_TAGS));
}

// ---------------------------------------------------------------------------------------------
// Ids

/** `/jane/p/DAbc/?img_index=2` -> `/p/DAbc/`; a comment link -> `/p/DAbc/c/123/` (and `/r/456/`). */
export function normalizePostLink(href: string): string | null {
  const url = siteUrl(href, 'https://www.instagram.com/', /(^|\.)instagram\.com$/);
  if (!url) return null;
  const m = POST_LINK.exec(url.pathname);
  if (!m) return null;
  return `/${m[1]}/${m[2]}/${m[3] ? `c/${m[3]}/` : ''}${m[4] ? `r/${m[4]}/` : ''}`;
}

/** The root's own timestamp link (a post's, or a comment's `/c/<id>/`), else its first post link. */
export function getId(root: Element): string | null {
  const comment = getKind(root) === 'comment';
  const links = [...root.querySelectorAll('a[href*="/p/"], a[href*="/reel/"]')];
  // Whose a link is costs a walk up: worked out only for the links looked at, and once.
  const owned = new Map<Element, boolean>();
  const own = (link: Element) => {
    let mine = owned.get(link);
    if (mine === undefined) owned.set(link, (mine = (commentOf(link) ?? postOf(link)) === root));
    return mine;
  };
  const idOf = (link: Element) => {
    const id = normalizePostLink(link.getAttribute('href') ?? '');
    return id && id.includes('/c/') === comment ? id : null;
  };
  // The root's own timestamp link first, then any of its own post links.
  const timed = links.filter((link) => link.querySelector('time') !== null);
  for (const link of [...timed, ...links]) {
    const id = own(link) ? idOf(link) : null;
    if (id) return id;
  }
  return null;
}

/** Next to the caption (a post article also holds the image, the buttons and the comment list). */
export function badgeAnchor(root: Element): Element {
  return captionOf(root)?.parentElement ?? root;
}

export const instagram: SiteAdapter = {
  id: 'instagram',
  name: 'Instagram',
  matches: [...MATCHES_BY_SITE.instagram],
  urlExamples: ['https://www.instagram.com/', 'https://www.instagram.com/p/DC5aBcD1eFg/'],
  findFeeds,
  findPosts,
  getText,
  getId,
  getKind,
  getParentPost,
  getParentComment,
  expectsFeed: (url) => onFeedPath(FEED_PATHS, url),
  badgeAnchor,
};
