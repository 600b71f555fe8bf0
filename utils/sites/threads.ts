/**
 * Threads (threads.net and threads.com): the home feed, profiles and post pages. On a post page the
 * post named in the URL is the post and the replies below it are its comments. Mostly data (ordered
 * selector lists, each entry with a comment and the month it was last checked) plus small functions.
 * Structures from ../shared/research/feed-dom-and-peers.md §2.6. Reads the page only.
 *
 * Threads has no `<article>`: each post is a pressable container. Stable hooks only: that data
 * attribute, `/@user` and `/post/` links, `dir=auto` text spans; never the hashed `x1lliihq` classes.
 */
import { perFeed, perTask } from './memo';
import type { PostKind, PostText, SiteAdapter } from './types';
import { MATCHES_BY_SITE } from './matches';
import { onFeedPath, siteUrl } from './links';
import { isElement, outermost, outermostForItem, queryAllInclusive, skipHiddenReadAlt, visibleText } from './dom';

/** Containers whose children are posts. The first entry that finds anything wins. */
export const FEED_SELECTORS: readonly string[] = [
  // The feed column of the page layout (NFE src/sitelist/threads.ts) (2026-11)
  '#barcelona-page-layout > div > div',
];

/** Post roots; a pressable container inside another one (a quoted post) belongs to the outer. */
export const POST_SELECTORS: readonly string[] = [
  // Every post and reply (2026-11)
  'div[data-pressable-container="true"]',
];

/** Text spans; the longest one outside links is the post's text (author names sit inside links). */
export const TEXT_SELECTORS: readonly string[] = [
  // Post text (2026-11)
  'span[dir="auto"]',
];

/** The inline "more" control of a long post: a role=button inside the text (2026-11). */
export const MORE_SELECTORS: readonly string[] = ['[role="button"]'];

/** Paths that show posts; on these, finding none means the layout changed (2026-11). */
export const FEED_PATHS: readonly RegExp[] = [
  // Home ("For you", "Following")
  /^\/(?:following\/?)?$/,
  // A profile and its replies tab
  /^\/@[\w.]+(?:\/replies)?\/?$/,
  // A post page: the post and its replies
  /^\/@[\w.]+\/post\/[\w-]+\/?$/,
];

const POST = POST_SELECTORS.join(',');
const POST_PATH = /^\/@([\w.]+)\/post\/([\w-]+)/;
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const BLOCK_TAGS = new Set(['DIV', 'P', 'BR']);

// ---------------------------------------------------------------------------------------------
// Feeds

export function findFeeds(root: ParentNode): Element[] {
  for (const selector of FEED_SELECTORS) {
    const found = queryAllInclusive(root, selector).filter((el) => el.querySelector(POST) !== null);
    if (found.length > 0) return found;
  }
  // Layout wrapper renamed: the posts' parents still are the feed.
  const parents = new Set<Element>();
  for (const post of findPosts(root)) if (post.parentElement) parents.add(post.parentElement);
  return [...parents];
}

// ---------------------------------------------------------------------------------------------
// Posts and replies

export function postOf(el: Element): Element | null {
  return outermost(el, POST);
}

const postAroundFeed = perFeed(postOf);

export function findPosts(root: ParentNode, feed?: Element): Element[] {
  const enclosing = feed ? outermostForItem(root as Element, postAroundFeed(feed), POST) : isElement(root) ? postOf(root) : null;
  if (enclosing) return [enclosing];
  const posts: Element[] = [];
  let last: Element | null = null;
  for (const el of root.querySelectorAll(POST)) {
    if (last?.contains(el)) continue;
    posts.push(el);
    last = el;
  }
  return posts;
}

/** On a post page, the post the URL names (else the first post); null elsewhere. */
// Once per task: judging a batch of N posts would otherwise read all posts N times.
export const findFocal = perTask(
  (doc: Document): Element | null => findFocalNow(doc),
  (doc) => doc.defaultView?.location?.href ?? '',
);

function findFocalNow(doc: Document): Element | null {
  const match = POST_PATH.exec(doc.defaultView?.location?.pathname ?? '');
  if (!match) return null;
  const posts = findPosts(doc);
  const code = match[2]!;
  return posts.find((post) => getId(post)?.endsWith(`/post/${code}`)) ?? posts[0] ?? null;
}

export function getParentPost(el: Element): Element | null {
  const focal = findFocal(el.ownerDocument);
  if (!focal || focal === el) return null;
  // DOCUMENT_POSITION_FOLLOWING: below the focal post, so a reply to it.
  return focal.compareDocumentPosition(el) & 4 ? focal : null;
}

export function getKind(el: Element): PostKind {
  return getParentPost(el) ? 'comment' : 'post';
}

// ---------------------------------------------------------------------------------------------
// Text

/** Nodes of `selector` that are this post's own (not a quoted post's). */
function own(post: Element, selector: string): Element[] {
  return [...post.querySelectorAll(selector)].filter((node) => postOf(node) === post && !insideQuote(post, node));
}

function insideQuote(post: Element, node: Element): boolean {
  const inner = node.parentElement?.closest(POST);
  return inner != null && inner !== post && post.contains(inner);
}

/** The post's text span: the longest `dir=auto` span outside links. */
function textSpanOf(post: Element): Element | null {
  let best: Element | null = null;
  let bestLength = 0;
  for (const selector of TEXT_SELECTORS) {
    for (const span of own(post, selector)) {
      if (span.closest('a') || span.parentElement?.closest(selector)) continue;
      const length = (span.textContent ?? '').trim().length;
      if (length > bestLength) {
        best = span;
        bestLength = length;
      }
    }
    if (best) return best;
  }
  return null;
}

export function getText(post: Element): PostText {
  const span = textSpanOf(post);
  if (!span) return { text: '', truncated: false };
  const more = MORE_SELECTORS.join(',');
  let truncated = false;
  // The "more" control is left out of the text and marks it as cut short.
  const isMore = (el: Element): boolean => {
    const found = el.matches(more);
    if (found) truncated = true;
    return found;
  };
  const text = visibleText(span, BLOCK_TAGS, skipHiddenReadAlt(SKIP_TAGS, isMore));
  return { text, truncated };
}

// ---------------------------------------------------------------------------------------------
// Ids

/** `https://www.threads.com/@jane/post/DAbc123/media?x=1` -> `/@jane/post/DAbc123`. */
export function normalizePostLink(href: string): string | null {
  const url = siteUrl(href, 'https://www.threads.com/', /(^|\.)threads\.(net|com)$/);
  const match = url && POST_PATH.exec(url.pathname);
  return match ? `/@${match[1]!.toLowerCase()}/post/${match[2]}` : null;
}

/** The post's own permalink: the `/post/` link around its `time`, else its first `/post/` link. */
export function getId(post: Element): string | null {
  const links = own(post, 'a[href*="/post/"]');
  const timed = links.filter((link) => link.querySelector('time'));
  for (const link of [...timed, ...links]) {
    const id = normalizePostLink(link.getAttribute('href') ?? '');
    if (id) return id;
  }
  return null;
}

export const threads: SiteAdapter = {
  id: 'threads',
  name: 'Threads',
  matches: [...MATCHES_BY_SITE.threads],
  urlExamples: [
    'https://www.threads.com/',
    'https://www.threads.net/',
    'https://www.threads.com/@lmt_jane/post/DC4mQx2Jk7L',
  ],
  findFeeds,
  findPosts,
  getText,
  getId,
  getKind,
  getParentPost,
  expectsFeed: (url) => onFeedPath(FEED_PATHS, url),
  badgeAnchor: (post) => post,
};
