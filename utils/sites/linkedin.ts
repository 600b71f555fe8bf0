/**
 * LinkedIn: the home feed, post pages and activity pages, with comments and replies, in both layouts
 * LinkedIn serves today: the classic one (`.feed-shared-update-v2[data-urn]`, `.comments-comment-entity`)
 * and the server-driven one with hashed classes rolled out progressively since late 2025 (`componentkey`
 * containers, `[data-testid=expandable-text-box]`, `replaceableComment_` comments, no urn in the markup).
 * Mostly data (ordered selector lists, each entry with a comment and the month it was last checked) plus
 * small functions. Structures from ../shared/research/feed-dom-and-peers.md §2.4. Reads the page only.
 *
 * Stable hooks only: the classic layout's BEM component classes, `componentkey`, `data-testid`, urns.
 * Never the hashed classes of the new layout and never English aria-label text.
 */
import type { PostKind, PostText, SiteAdapter } from './types';
import { MATCHES_BY_SITE } from './matches';
import { isElement, outermost, outermostForItem, queryAllInclusive, skipHiddenReadAlt, visibleText } from './dom';
import { onFeedPath } from './links';
import { perFeed } from './memo';

/** Containers whose children are posts. The first entry that finds anything wins. */
export const FEED_SELECTORS: readonly string[] = [
  // New layout: the lazy main-feed column (LinkOff src/constants.js, changed 2026-06-12) (2026-11)
  '[componentkey="container-update-list_mainFeed-lazy-container"]',
  // New layout, other update lists (activity pages) (2026-11)
  '[componentkey^="container-update-list_"]',
  // Classic layout: the infinite-scroll list of the feed (2026-11)
  '.scaffold-finite-scroll__content',
];

/** Post roots, both layouts. Outermost wins; comments inside are roots of their own. */
export const POST_SELECTORS: readonly string[] = [
  // Classic: one update card per post (2026-11)
  '.feed-shared-update-v2[data-urn]',
  // New layout: the update card (2026-11)
  '[componentkey^="update-card-focus"]',
  // New layout: lazily mounted feed item (LinkOff src/constants.js, 2026-06-12) (2026-11)
  '[data-lazy-mount-id] > [data-display-contents="true"] > div',
];

/** Comment and reply roots; a reply sits inside its parent comment's container. */
export const COMMENT_SELECTORS: readonly string[] = [
  // Classic comments and replies (2026-11)
  '.comments-comment-entity',
  // Classic comments before the entity rename (2025) (2026-08)
  'article.comments-comment-item',
  // New layout comments and replies (2026-11)
  '[componentkey^="replaceableComment_"]',
];

/** A post's own text, most specific first. */
export const POST_TEXT_SELECTORS: readonly string[] = [
  // Classic commentary (2026-11)
  '.update-components-text',
  // Classic description wrapper, older updates (2026-08)
  '.feed-shared-update-v2__description',
  // New layout: the commentary, "… more" at its end (2026-11)
  '[data-testid="expandable-text-box"]',
];

/** A comment's own text, most specific first. */
export const COMMENT_TEXT_SELECTORS: readonly string[] = [
  // Classic comment body (2026-11)
  '.comments-comment-item__main-content',
  // Classic comments rendered with the shared text component (2026-08)
  '.update-components-text',
  // New layout comment body (2026-11)
  '[data-testid="expandable-text-box"]',
];

/** Truncation controls: present while the text is cut short. */
export const SEE_MORE_SELECTORS: readonly string[] = [
  // Classic "…more" toggle after the commentary (2026-11)
  '.feed-shared-inline-show-more-text__see-more-less-toggle',
  // Classic comment "see more" (2026-08)
  '.comments-comment-item__inline-show-more-text button',
  // New layout: the "… more" button at the end of the text box (2026-11)
  '[data-testid="expandable-text-box"] button',
];

/** Paths that show posts; on these, finding none means the layout changed (2026-11). */
export const FEED_PATHS: readonly RegExp[] = [
  // Home feed, its "for you" variant and the /preload/ variant of the new layout
  /^\/(?:feed(?:\/foryou)?|preload)\/?$/,
  // A post page
  /^\/feed\/update\/urn:li:(?:activity|share|ugcPost|aggregate):[^/]+\/?$/,
  /^\/posts\/[^/]+\/?$/,
  // A member's or company's posts
  /^\/in\/[^/]+\/recent-activity(?:\/[a-z-]+)?\/?$/,
  /^\/company\/[^/]+\/posts\/?$/,
  // A group's feed
  /^\/groups\/\d+\/?$/,
];

const POST = POST_SELECTORS.join(',');
const COMMENT = COMMENT_SELECTORS.join(',');
const ROOTS = `${POST},${COMMENT}`;
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON']);
const BLOCK_TAGS = new Set(['DIV', 'P', 'BR', 'LI', 'UL', 'OL', 'BLOCKQUOTE']);

// ---------------------------------------------------------------------------------------------
// Feeds

export function findFeeds(root: ParentNode): Element[] {
  for (const selector of FEED_SELECTORS) {
    const found = queryAllInclusive(root, selector);
    if (found.length > 0) return found;
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Posts and comments

/** The outermost post root that is `el` or contains it (comments are never post roots). */
export function postOf(el: Element): Element | null {
  return outermost(el, POST, (node) => !node.matches(COMMENT));
}

/** The innermost comment root that is `el` or contains it, else null. */
export function commentOf(el: Element): Element | null {
  return el.closest(COMMENT);
}

/** The post or comment whose own content `el` is. */
function ownerOf(el: Element): Element | null {
  return commentOf(el) ?? postOf(el);
}

const commentAroundFeed = perFeed(commentOf);
const postAroundFeed = perFeed(postOf);

/** ownerOf for a child of `feed`, with what is around the feed looked up once per feed (no walk up from each item). */
function itemOwner(item: Element, feed: Element): Element | null {
  const comment = item.matches(COMMENT);
  return (comment ? item : commentAroundFeed(feed)) ?? outermostForItem(item, postAroundFeed(feed), POST, () => !comment);
}

/**
 * Roots in `root`, posts followed by their comments and replies in document order. A node inside a
 * comment yields that comment (its text changed) plus any comments the node holds (replies loaded
 * into it); a node elsewhere in a post yields the post plus the comments it holds.
 */
export function findPosts(root: ParentNode, feed?: Element): Element[] {
  const found: Element[] = [];
  const owner = feed ? itemOwner(root as Element, feed) : isElement(root) ? ownerOf(root) : null;
  if (owner) found.push(owner);
  for (const el of root.querySelectorAll(ROOTS)) {
    if (found.includes(el)) continue;
    if (el.matches(COMMENT) || postOf(el) === el) found.push(el);
  }
  return found;
}

export function getKind(el: Element): PostKind {
  return el.matches(COMMENT) ? 'comment' : 'post';
}

export function getParentPost(el: Element): Element | null {
  return getKind(el) === 'comment' ? postOf(el) : null;
}

/** For a reply: the comment whose container it sits in. */
export function getParentComment(el: Element): Element | null {
  return getKind(el) === 'comment' && el.parentElement ? commentOf(el.parentElement) : null;
}

// ---------------------------------------------------------------------------------------------
// Text

/** The first node of `selectors` whose owner is `root` (a comment's text is not its post's). */
function firstOwn(root: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    for (const node of root.querySelectorAll(selector)) if (ownerOf(node) === root) return node;
  }
  return null;
}

function textNodeOf(root: Element): Element | null {
  return firstOwn(root, getKind(root) === 'comment' ? COMMENT_TEXT_SELECTORS : POST_TEXT_SELECTORS);
}

export function getText(root: Element): PostText {
  const body = textNodeOf(root);
  const truncated = firstOwn(root, SEE_MORE_SELECTORS) !== null;
  return { text: body ? readText(body) : '', truncated };
}

/** Visible text: text nodes and image `alt`, whitespace collapsed; buttons ("… more") left out. */
function readText(root: Element): string {
  return visibleText(root, BLOCK_TAGS, skipHiddenReadAlt(SKIP_TAGS));
}

// ---------------------------------------------------------------------------------------------
// Ids

const URN = /urn:li:(?:activity|share|ugcPost|aggregate):[0-9A-Za-z_-]+/;

/**
 * Classic posts carry their urn; new-layout posts carry none, so only a post link gives one.
 * Comments: the classic urn:li:comment, else the new layout's `replaceableComment_` key.
 */
export function getId(root: Element): string | null {
  if (getKind(root) === 'comment') {
    return root.getAttribute('data-id') ?? root.getAttribute('componentkey');
  }
  const urn = URN.exec(root.getAttribute('data-urn') ?? '')?.[0];
  if (urn) return urn;
  // Post links, plain or percent-encoded (2026-11)
  for (const link of root.querySelectorAll('a[href*="/feed/update/urn:li:"], a[href*="/feed/update/urn%3Ali%3A"]')) {
    if (ownerOf(link) !== root) continue;
    const found = URN.exec(decodeURIComponent(link.getAttribute('href') ?? ''))?.[0];
    if (found) return found;
  }
  return null;
}

/**
 * The badge goes right after the text (inside the text's container), not at the end of the card:
 * a post root holds its whole comment thread, and the badge must sit by the words it is about.
 */
export function badgeAnchor(root: Element): Element {
  return textNodeOf(root)?.parentElement ?? root;
}

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  matches: [...MATCHES_BY_SITE.linkedin],
  urlExamples: [
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/feed/update/urn:li:activity:7400112233445566778/',
  ],
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
