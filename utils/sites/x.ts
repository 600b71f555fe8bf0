/**
 * X (x.com and twitter.com): home timeline, profiles, lists, search, and status pages. Mostly data
 * (ordered selector lists, each entry with a comment and the month it was last checked) plus small
 * functions. Structures from ../shared/research/feed-dom-and-peers.md §2.3. Reads the page only.
 *
 * The timeline is virtualised: `cellInnerDiv` cells are reused and their content swapped (React), so
 * the post root is the tweet `article`, never the cell; the scanner re-judges a root whose text or
 * status id changed. On a status page the focal tweet is the post and the tweets below it are its
 * replies (comments). Stable hooks only: data-testid, tabindex, status URLs; never the hashed
 * `css-175oi2r` classes and never English aria-label text.
 */
import { perFeed, perTask } from './memo';
import type { PostKind, PostText, SiteAdapter } from './types';
import { MATCHES_BY_SITE } from './matches';
import { onFeedPath, siteUrl } from './links';
import { isElement, outermost, outermostForItem, queryAllInclusive, skipHiddenReadAlt, visibleText } from './dom';

/** Containers whose children are timeline cells. The first entry that finds anything wins. */
export const FEED_SELECTORS: readonly string[] = [
  // Home, profile, list and status timelines: section > h1 + div[aria-label] > div (CPFT script.js L2261) (2026-11)
  '[data-testid="primaryColumn"] section > h1 + div > div',
];

/** Timeline cells: when no feed selector matches, the cells' parents are the feeds (2026-11). */
export const CELL_SELECTORS: readonly string[] = [
  // Virtualised cells, translateY-positioned, some empty (2026-11)
  '[data-testid="cellInnerDiv"]',
];

/** Tweet roots (timeline tweets, the focal tweet and replies alike) (2026-11). */
export const TWEET_SELECTORS: readonly string[] = [
  // Every tweet, promoted ones included (CPFT script.js L2270) (2026-11)
  'article[data-testid="tweet"]',
  // Older builds put the test id on a wrapper around the article (2026-08)
  '[data-testid="tweet"]',
];

/** The focal tweet of a status page is not tabbable (CPFT script.js L4374-4379) (2026-11). */
export const FOCAL_SELECTORS: readonly string[] = ['[tabindex="-1"]'];

/** Tweet text, most specific first; emoji are `<img alt>` inside it (2026-11). */
export const TEXT_SELECTORS: readonly string[] = [
  // Tweet body (2026-11)
  '[data-testid="tweetText"]',
];

/**
 * Quoted tweets render as a `div[role=link]` card inside the tweet; their text and status link are not
 * the tweet's. (Author and timestamp anchors carry role=link too, hence the `div`.) (2026-11)
 */
export const QUOTE_SELECTORS: readonly string[] = ['div[role="link"]'];

/** "Show more" on long tweets: a link or a button, the test id is rotated now and then (2026-11). */
export const SHOW_MORE_SELECTORS: readonly string[] = [
  // Long-tweet truncation control (2026-11)
  '[data-testid="tweet-text-show-more-link"]',
];

/** The inline reply box on a status page (DraftJS editor with role=textbox) (2026-11). */
export const REPLY_BOX_SELECTORS: readonly string[] = [
  '[data-testid="tweetTextarea_0"][contenteditable="true"]',
  '[data-testid="tweetTextarea_0"] [contenteditable="true"]',
];

/** Handles that are not profiles: /home, /explore, /i/..., /settings... (2026-11). */
const RESERVED_PATHS = new Set([
  'home', 'explore', 'notifications', 'messages', 'settings', 'i', 'search', 'compose', 'login', 'logout',
  'signup', 'tos', 'privacy', 'jobs', 'communities', 'premium_sign_up',
]);

/** Paths that show tweets; on these, finding none means the layout changed (2026-11). */
export const FEED_PATHS: readonly RegExp[] = [
  // Home timeline (For you / Following)
  /^\/home\/?$/,
  // A status page: the focal tweet and its replies
  /^\/[A-Za-z0-9_]{1,15}\/status\/\d+\/?$/,
  // Lists and search results
  /^\/i\/lists\/\d+\/?$/,
  /^\/search\/?$/,
];

/** A profile timeline: /<handle> and /<handle>/with_replies. */
const PROFILE_PATH = /^\/([A-Za-z0-9_]{1,15})(?:\/with_replies)?\/?$/;
const STATUS_PATH = /^\/([A-Za-z0-9_]{1,15})\/status\/(\d+)/;

const TWEET = TWEET_SELECTORS.join(',');
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const BLOCK_TAGS = new Set(['DIV', 'P', 'BR', 'LI', 'UL', 'OL', 'BLOCKQUOTE']);

// ---------------------------------------------------------------------------------------------
// Feeds

export function findFeeds(root: ParentNode): Element[] {
  for (const selector of FEED_SELECTORS) {
    const found = queryAllInclusive(root, selector);
    if (found.length > 0) return found;
  }
  for (const selector of CELL_SELECTORS) {
    const parents = new Set<Element>();
    for (const cell of queryAllInclusive(root, selector)) if (cell.parentElement) parents.add(cell.parentElement);
    if (parents.size > 0) return [...parents];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Tweets

/** The outermost tweet root that is `el` or contains it, else null. */
export function tweetOf(el: Element): Element | null {
  return outermost(el, TWEET);
}

const tweetAroundFeed = perFeed(tweetOf);

/**
 * Tweet roots in `root`: the enclosing tweet when `root` sits inside one (a cell re-rendered part of
 * a tweet), else every outermost tweet below it in document order. Empty cells yield nothing.
 */
export function findPosts(root: ParentNode, feed?: Element): Element[] {
  const enclosing = feed ? outermostForItem(root as Element, tweetAroundFeed(feed), TWEET) : isElement(root) ? tweetOf(root) : null;
  if (enclosing) return [enclosing];
  const posts: Element[] = [];
  let last: Element | null = null;
  for (const el of root.querySelectorAll(TWEET)) {
    if (last?.contains(el)) continue;
    posts.push(el);
    last = el;
  }
  return posts;
}

/** The timeline that holds `el` (replies are judged against the focal tweet of the same timeline). */
function timelineOf(el: Element): ParentNode {
  return el.closest('[data-testid="primaryColumn"]') ?? el.ownerDocument;
}

/** The status id in the page URL, when this is a status page. */
function pageStatusId(doc: Document): string | null {
  const path = doc.defaultView?.location?.pathname ?? '';
  return STATUS_PATH.exec(path)?.[2] ?? null;
}

/** The focal tweet of a status page: not tabbable, or (fallback) the one whose id is in the URL. */
export function findFocal(scope: ParentNode, doc: Document): Element | null {
  return (scope as Node).ownerDocument === doc || scope === doc ? focalOf(scope) : findFocalNow(scope, doc);
}

// Once per task and timeline: judging a batch of N tweets would otherwise read all tweets N times.
const docOf = (scope: ParentNode) => (scope as Node).ownerDocument ?? (scope as Document);
const focalOf = perTask(
  (scope: ParentNode) => findFocalNow(scope, docOf(scope)),
  (scope) => docOf(scope).defaultView?.location?.href ?? '',
);

function findFocalNow(scope: ParentNode, doc: Document): Element | null {
  const tweets = findPosts(scope);
  for (const selector of FOCAL_SELECTORS) {
    const focal = tweets.find((tweet) => tweet.matches(selector));
    if (focal) return focal;
  }
  const statusId = pageStatusId(doc);
  if (!statusId) return null;
  return tweets.find((tweet) => statusIdOf(tweet) === statusId) ?? null;
}

/** 'comment' for a tweet below the focal tweet of a status page (a reply), else 'post'. */
export function getKind(el: Element): PostKind {
  return getParentPost(el) ? 'comment' : 'post';
}

export function getParentPost(el: Element): Element | null {
  const focal = findFocal(timelineOf(el), el.ownerDocument);
  if (!focal || focal === el) return null;
  // DOCUMENT_POSITION_FOLLOWING: `el` comes after the focal tweet, so it is a reply to it.
  return focal.compareDocumentPosition(el) & 4 ? focal : null;
}

// ---------------------------------------------------------------------------------------------
// Text

function firstOwn(post: Element, selectors: readonly string[]): Element | null {
  const quote = QUOTE_SELECTORS.join(',');
  for (const selector of selectors) {
    for (const node of post.querySelectorAll(selector)) {
      const card = node.closest(quote);
      if (tweetOf(node) === post && !(card && post.contains(card))) return node;
    }
  }
  return null;
}

export function getText(post: Element): PostText {
  const body = firstOwn(post, TEXT_SELECTORS);
  const truncated = firstOwn(post, SHOW_MORE_SELECTORS) !== null;
  if (!body) return { text: '', truncated };
  const showMore = SHOW_MORE_SELECTORS.join(',');
  return { text: readText(body, (el) => el.matches(showMore)), truncated };
}

/** Visible text of `root`: text nodes and emoji `alt`, whitespace collapsed; `skip` prunes subtrees. */
function readText(root: Element, skip: (el: Element) => boolean): string {
  return visibleText(root, BLOCK_TAGS, skipHiddenReadAlt(SKIP_TAGS, skip));
}

// ---------------------------------------------------------------------------------------------
// Ids

/** `https://twitter.com/Jane/status/123/photo/1?s=20` -> `/jane/status/123`. Null for other links. */
export function normalizeStatusLink(href: string): string | null {
  const url = siteUrl(href, 'https://x.com/', /(^|\.)(x|twitter)\.com$/);
  const match = url && STATUS_PATH.exec(url.pathname);
  return match ? `/${match[1]!.toLowerCase()}/status/${match[2]}` : null;
}

/** The tweet's own permalink: the status link around its `time` (a quoted tweet's is skipped). */
export function getId(post: Element): string | null {
  for (const time of post.querySelectorAll('a[href*="/status/"] time')) {
    if (tweetOf(time) !== post) continue;
    const card = time.closest(QUOTE_SELECTORS.join(','));
    if (card && post.contains(card)) continue;
    const id = normalizeStatusLink(time.closest('a')!.getAttribute('href') ?? '');
    if (id) return id;
  }
  return null;
}

function statusIdOf(post: Element): string | null {
  return getId(post)?.split('/').pop() ?? null;
}

export function expectsFeed(url: URL): boolean {
  if (onFeedPath(FEED_PATHS, url)) return true;
  const profile = PROFILE_PATH.exec(url.pathname);
  return profile !== null && !RESERVED_PATHS.has(profile[1]!.toLowerCase());
}

/** On a status page, the inline reply box answers the focal tweet; replies share it. */
export function findReplyBox(post: Element): HTMLElement | null {
  const focal = getParentPost(post) ?? (findFocal(timelineOf(post), post.ownerDocument) === post ? post : null);
  if (!focal) return null;
  const scope = timelineOf(focal);
  for (const selector of REPLY_BOX_SELECTORS) {
    const box = scope.querySelector<HTMLElement>(selector);
    if (box) return box;
  }
  return null;
}

export const x: SiteAdapter = {
  id: 'x',
  name: 'X',
  matches: [...MATCHES_BY_SITE.x],
  urlExamples: ['https://x.com/home', 'https://twitter.com/home', 'https://x.com/lmt_jane/status/1861234567890123456'],
  findFeeds,
  findPosts,
  getText,
  getId,
  getKind,
  getParentPost,
  expectsFeed,
  findReplyBox,
  badgeAnchor: (post) => post,
};
