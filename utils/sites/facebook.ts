/**
 * Facebook: news feed and group feeds, posts with their comments and replies. Small functions over the
 * selector lists in facebook-selectors.ts (each entry with a comment and the month it was last checked).
 * Structures from ../shared/research/feed-dom-and-peers.md §2.1. Reads the page only: never removes or moves a node.
 *
 * Stable hooks only: roles, data-* attributes, aria-posinset/aria-describedby presence, URL shapes.
 * Never the hashed atomic classes (`x1lliihq`), never English aria-label text ("Comment by ...").
 */
import type { PostKind, PostRead, PostText, SiteAdapter } from './types';
import { MATCHES_BY_SITE } from './matches';
import { EDITABLE_BOX, isElement, outermost, outermostForItem, queryAllInclusive, visibleText, wholeText } from './dom';
import { FEED_PATHS, normalizeCommentPermalink, normalizePermalink } from './facebook-links';
import { isSeeMore, SEE_MORE_LABELS } from './facebook-see-more';
import { onFeedPath } from './links';
import {
  FEED_SELECTORS,
  FEED_ITEM_FALLBACK_SELECTORS,
  POST_ROOT_QUERY,
  MESSAGE_SELECTORS,
  MESSAGE_BLOCK_SELECTORS,
  PERMALINK_SELECTORS,
  HIDDEN_SELECTORS,
  PROGRESSBAR_SELECTOR,
  COMMENT_MESSAGE_SELECTORS,
  COMMENT_PERMALINK_SELECTORS,
} from './facebook-selectors';
import { perFeed } from './memo';

export { normalizeCommentPermalink, normalizePermalink, SEE_MORE_LABELS };

/** Where a feed-level aria-describedby wrapper may sit: a feed or an older feed-item wrapper. */
const FEED_CONTEXT = ['[role="feed"]', ...FEED_ITEM_FALLBACK_SELECTORS].join(',');

const ARTICLE = '[role="article"]';
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** Elements that start a new line of visible text; a space is put at their edges before collapsing. */
const BLOCK_TAGS = new Set(['DIV', 'P', 'BR', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const BLOCK_QUERY = [...BLOCK_TAGS].join(',').toLowerCase();

// ---------------------------------------------------------------------------------------------
// Feeds

export function findFeeds(root: ParentNode): Element[] {
  for (const selector of FEED_SELECTORS) {
    const found = queryAllInclusive(root, selector);
    if (found.length > 0) return found;
  }
  for (const selector of FEED_ITEM_FALLBACK_SELECTORS) {
    const parents = new Set<Element>();
    for (const item of queryAllInclusive(root, selector)) {
      if (item.parentElement) parents.add(item.parentElement);
    }
    if (parents.size > 0) return [...parents];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Posts and comments

function isArticle(el: Element): boolean {
  return el.getAttribute('role') === 'article';
}

function insideArticle(el: Element): boolean {
  return el.parentElement?.closest(ARTICLE) != null;
}

/**
 * Whether `el` could be a post root (`role`: its role attribute, when the caller has read it). Whether it
 * sits in an article is not asked: both callers keep only the outermost root (`outermost`, and the
 * document-order walk of rootsAndComments), and the outermost article around `el` would be one.
 */
function isPostRootCandidate(el: Element, role?: string | null): boolean {
  if (el.hasAttribute('aria-posinset')) return true;
  if (role === undefined ? isArticle(el) : role === 'article') return true;
  if (el.hasAttribute('aria-describedby')) {
    // Many controls carry aria-describedby; only a feed-level wrapper around an article is a post.
    return (
      el.parentElement?.closest(FEED_CONTEXT) != null &&
      el.querySelector('[role="feed"]') === null &&
      el.querySelector(ARTICLE) !== null
    );
  }
  return false;
}

/** The outermost post root that is `el` or contains it, else null. Walks up once (native `closest`): O(depth). */
export function postRootOf(el: Element): Element | null {
  return outermost(el, POST_ROOT_QUERY, isPostRootCandidate);
}

/** The post root around a feed (null for nearly all: a feed holds posts and sits in none). */
const rootAroundFeed = perFeed(postRootOf);

const ARTICLE_OR_PROGRESS = `${ARTICLE},${PROGRESSBAR_SELECTOR}`;
/** Post root candidates, articles and progress bars: one query finds a subtree's posts and what they hold. */
const ROOTS_AND_INNER = `${POST_ROOT_QUERY},${PROGRESSBAR_SELECTOR}`;

/** A placeholder Facebook shows while a story loads: a progress bar, no visible text (read only then). */
function isLoadingShell(post: Element, progress = post.matches(PROGRESSBAR_SELECTOR) || post.querySelector(PROGRESSBAR_SELECTOR) !== null): boolean {
  return progress && (post.textContent ?? '').trim() === '';
}

/** The post's own article (the post root itself on permalink surfaces). */
function mainArticle(post: Element): Element | null {
  // querySelector returns the first in document order, which is the outermost.
  return isArticle(post) ? post : post.querySelector(ARTICLE);
}

/**
 * A post root followed by its comment (and reply) articles, every article inside it but its own; nothing
 * for a loading shell. One query finds articles and progress bars. Structural on purpose: aria-label
 * "Comment by" is English-only and silently fails for other languages (feed-dom-and-peers.md §2.1).
 */
const postAndComments = (post: Element): Element[] => rootsAndComments(post.querySelectorAll(ARTICLE_OR_PROGRESS), post);

export const findComments = (postRoot: Element): Element[] => postAndComments(postRoot).slice(1);

/**
 * Post and comment roots in `root`: `root` itself when it is one, the enclosing post root when `root`
 * sits inside one (React re-rendered a message), else the post roots below it, in document order. Cheap
 * enough to call for every added node: one walk up, one querySelectorAll.
 *
 * Comment and reply articles come after their post: a node inside a comment yields that comment (its
 * text changed), plus any comment articles the node itself contains (a batch of replies loaded into it);
 * a node elsewhere in a post yields the post and the comments it contains. Loading shells yield nothing.
 */
export function findPostRoots(root: ParentNode, feed?: Element): Element[] {
  const enclosing = feed
    ? outermostForItem(root as Element, rootAroundFeed(feed), POST_ROOT_QUERY, isPostRootCandidate)
    : isElement(root) ? postRootOf(root) : null;
  if (enclosing) {
    const el = root as Element;
    if (el === enclosing) return postAndComments(enclosing);
    if (isLoadingShell(enclosing)) return [];
    const around = el.closest(ARTICLE);
    const inComment = around !== null && around !== enclosing && enclosing.contains(around) && getKind(around) === 'comment';
    const first = inComment ? around : enclosing;
    // Only the articles `el` holds: a node in one comment must not cost a look at the whole thread.
    const own = mainArticle(enclosing);
    const below = [...el.querySelectorAll(ARTICLE)].filter((article) => article !== own && article !== first);
    return [first, ...below];
  }
  return rootsAndComments(root.querySelectorAll(ROOTS_AND_INNER));
}

/**
 * The post roots in `list` (document order; `start` is one the list lies in), each followed by its comment
 * articles: an accepted root's descendants follow it in the list, so they are its articles and progress
 * bars. The first article below a root that is not one itself is the post's own, not a comment. Loading
 * shells and what they hold are left out.
 */
function rootsAndComments(list: NodeListOf<Element>, start: Element | null = null): Element[] {
  const found: Element[] = [];
  let post = start;
  let comments: Element[] = [];
  const startRole = start?.getAttribute('role');
  let progress = startRole === 'progressbar';
  let ownSeen = startRole === 'article';
  for (let i = 0, n = list.length; i < n; i++) {
    const el = list[i]!;
    const role = el.getAttribute('role'); // one read tells a root, a comment and a progress bar apart
    // With a `start`, the whole list lies in it (and it stays the root): nothing to look up.
    if (start !== null || post?.contains(el)) {
      if (role === 'progressbar') progress = true;
      else if (role === 'article' && ownSeen) comments.push(el);
      else if (role === 'article') ownSeen = true;
      continue;
    }
    if (!isPostRootCandidate(el, role)) continue;
    if (post && !isLoadingShell(post, progress)) found.push(post, ...comments);
    post = el;
    comments = [];
    progress = role === 'progressbar';
    ownSeen = role === 'article';
  }
  if (post && !isLoadingShell(post, progress)) found.push(post, ...comments);
  return found;
}

/** 'comment' for an article inside a post root that is not the post's own article, else 'post'. */
export function getKind(el: Element): PostKind {
  if (!isArticle(el)) return 'post';
  if (insideArticle(el)) return 'comment';
  const root = postRootOf(el);
  return root !== null && root !== el && mainArticle(root) !== el ? 'comment' : 'post';
}

export function getParentPost(el: Element): Element | null {
  return getKind(el) === 'comment' ? postRootOf(el) : null;
}

/**
 * For a reply: the comment that starts (and is the own comment of) the nearest `li` around it that another
 * comment starts. A comment and its replies share one `li` of the post's comment list, the comment first.
 */
export function getParentComment(el: Element): Element | null {
  if (getKind(el) !== 'comment') return null;
  const root = postRootOf(el);
  for (let li = el.parentElement?.closest('li'); li && root?.contains(li); li = li.parentElement?.closest('li')) {
    const first = li.querySelector(ARTICLE);
    if (first && first !== el && first.closest('li') === li && getKind(first) === 'comment') return first;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Text

/**
 * What getText and getId both need to know about a post: its kind and its own article (the articles
 * below that one are comments; their text and links are not the post's). Worked out once per read.
 */
interface Shape {
  post: Element;
  kind: PostKind;
  own: Element | null;
}

function shapeOf(post: Element): Shape {
  // getKind and mainArticle with one role read: a feed post root (aria-posinset) is not an article.
  if (!isArticle(post)) return { post, kind: 'post', own: post.querySelector(ARTICLE) };
  return { post, kind: getKind(post), own: post };
}

/** Whether `node` sits in an article below the post's own one (a comment's text or links). */
function inNested(shape: Shape, node: Element): boolean {
  const article = node.closest(ARTICLE);
  return article !== null && article !== shape.own && shape.post.contains(article);
}

/**
 * The first node matching the most specific message selector that is not in a comment below. The post's
 * own message comes before its comments in document order, so `querySelector` (which stops at the first
 * match) nearly always answers; a long comment section is searched through only when that first match
 * sits in a comment.
 */
function findMessage(shape: Shape): Element | null {
  const { post } = shape;
  const selectors = shape.kind === 'comment' ? COMMENT_MESSAGE_SELECTORS : MESSAGE_SELECTORS;
  for (const selector of selectors) {
    const first = post.querySelector(selector);
    if (!first) continue;
    if (!inNested(shape, first)) return first;
    for (const node of post.querySelectorAll(selector)) {
      if (!inNested(shape, node)) return node;
    }
  }
  return null;
}

const HIDDEN_QUERY = HIDDEN_SELECTORS.join(',');

function isHidden(el: Element): boolean {
  return el.matches(HIDDEN_QUERY);
}

/**
 * What makes the careful walk necessary: hidden letters, code, nested articles, the "See more" button,
 * images (their alt text counts). A message with none of these (most of them) is read without per-element checks.
 */
const SPECIAL_IN_MESSAGE = [...HIDDEN_SELECTORS, 'script', 'style', 'noscript', 'template', ARTICLE, '[role="button"]', 'img'].join(',');

export function getText(post: Element): PostText {
  return textOf(shapeOf(post));
}

function textOf(shape: Shape): PostText {
  const message = findMessage(shape);
  if (!message) return { text: '', truncated: false };
  let truncated = false;
  // Most messages hold nothing special and are read without a check per element.
  const careful = message.matches(SPECIAL_IN_MESSAGE) || message.querySelector(SPECIAL_IN_MESSAGE) !== null;
  // A one-paragraph message (most of them) is read in a few native calls rather than a walk.
  const whole = careful ? null : wholeText(message, BLOCK_QUERY);
  if (whole !== null) return { text: whole, truncated: false };
  const text = visibleText(message, BLOCK_TAGS, careful ? (el) => {
    if (SKIP_TAGS.has(el.tagName) || isHidden(el)) return false;
    if (el !== message && isArticle(el)) return false; // a comment rendered inside the message block
    if (isSeeMore(el)) {
      truncated = true;
      return false;
    }
    return el.tagName === 'IMG' ? (el.getAttribute('alt') ?? '') : undefined;
  } : undefined);
  return { text, truncated };
}

// ---------------------------------------------------------------------------------------------
// Ids

export function getId(post: Element): string | null {
  return idOf(shapeOf(post));
}

function idOf(shape: Shape): string | null {
  const comment = shape.kind === 'comment';
  const normalize = comment ? normalizeCommentPermalink : normalizePermalink;
  for (const selector of comment ? COMMENT_PERMALINK_SELECTORS : PERMALINK_SELECTORS) {
    for (const anchor of shape.post.querySelectorAll(selector)) {
      if (inNested(shape, anchor)) continue;
      const id = normalize(anchor.getAttribute('href') ?? '');
      if (id) return id;
    }
  }
  return null;
}

const MESSAGE_BLOCK = MESSAGE_BLOCK_SELECTORS.join(',');

/**
 * Where a match's badge goes: a post's at the end of its own message block, under its text (the root's end
 * can be a long thread below); a comment's, and a post's with no message block, at the end of the root.
 */
export function badgeAnchor(post: Element): Element {
  const shape = shapeOf(post);
  if (shape.kind === 'comment') return post;
  const message = findMessage(shape);
  return message?.matches(MESSAGE_BLOCK) ? message : post;
}

/**
 * Where "Insert into reply" types. For a comment (or a reply): the composer Facebook opens in the comment's
 * list item when "Reply" is pressed; none open, null (the sidebar then uses the post's). For a post: its own
 * comment box, never a reply composer open under one of its comments (which can come first in the page).
 */
export function findReplyBox(el: Element): HTMLElement | null {
  if (getKind(el) === 'comment') {
    const item = el.closest('li');
    return item && postRootOf(el)?.contains(item) ? item.querySelector<HTMLElement>(EDITABLE_BOX) : null;
  }
  for (const box of el.querySelectorAll<HTMLElement>(EDITABLE_BOX)) {
    const li = box.closest('li');
    if (!li || !el.contains(li)) return box;
  }
  return null;
}

/** getText, getId and getKind in one go, sharing their lookups (the scanner reads every post this way). */
export function readPost(post: Element): PostRead {
  const shape = shapeOf(post);
  return { ...textOf(shape), id: () => idOf(shape), kind: shape.kind };
}

export const facebook: SiteAdapter = {
  id: 'facebook',
  name: 'Facebook',
  matches: [...MATCHES_BY_SITE.facebook],
  urlExamples: ['https://www.facebook.com/groups/massagetherapists/', 'https://www.facebook.com/'],
  findFeeds,
  findPosts: findPostRoots,
  getText,
  getId,
  getKind,
  read: readPost,
  getParentPost,
  getParentComment,
  expectsFeed: (url) => onFeedPath(FEED_PATHS, url),
  badgeAnchor,
  findReplyBox,
};
