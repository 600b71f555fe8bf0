/**
 * Reddit, both layouts served today: the new web-component layout ("shreddit": `shreddit-feed`,
 * `shreddit-post`, `shreddit-comment`) on www/new.reddit.com, and old Reddit (`.thing` rows) on
 * old.reddit.com. Feed pages and comments pages. Mostly data (ordered selector lists, each entry with
 * a comment and the month it was last checked) plus small functions. Structures from
 * ../shared/research/feed-dom-and-peers.md §2.2. Reads the page only: never removes or moves a node,
 * never reaches into a shadow root (Reddit renames what is inside them; RedditEnhancer#199).
 *
 * Post and comment roots are found by tag name and `data-fullname`, never by hashed classes or English
 * text. Ids are Reddit's fullnames (`t3_…` posts, `t1_…` comments), the same in both layouts.
 */
import type { PostKind, PostText, SiteAdapter } from './types';
import { MATCHES_BY_SITE } from './matches';
import { isElement, queryAllInclusive, visibleText } from './dom';
import { onFeedPath } from './links';
import { perFeed } from './memo';

/**
 * Containers whose children are posts or comments; the scanner observes each (childList, subtree).
 * Unlike Facebook every entry is used, outermost first: a comments page has a post list and a comment
 * tree side by side.
 */
export const FEED_SELECTORS: readonly string[] = [
  // New layout: home, popular and subreddit feeds; later pages arrive in faceplate-batch children (2026-11)
  'shreddit-feed',
  // New layout: a comments page's comment tree (the post sits above it, outside any feed) (2026-11)
  'shreddit-comment-tree',
  // Old layout: the link listing, on feed pages and (with the one post) on comments pages (2026-11)
  '#siteTable',
  // Old layout: the comments of a comments page, `siteTable_t3_<id>` (2026-11)
  '.commentarea > .sitetable',
];

/** Post roots, most specific first (2026-11). */
export const POST_SELECTORS: readonly string[] = [
  // New layout: every post card and the post of a comments page; `id` is the fullname (2026-11)
  'shreddit-post',
  // Old layout: link rows carry their fullname (2026-11)
  '.thing[data-fullname^="t3_"]',
];

/** Comment roots (replies nest inside their parent comment in both layouts) (2026-11). */
export const COMMENT_SELECTORS: readonly string[] = [
  // New layout: `thingid="t1_…"`, `parentid`, `depth`, `permalink` (2026-11)
  'shreddit-comment',
  // Old layout: comment rows (2026-11)
  '.thing[data-fullname^="t1_"]',
];

/**
 * Look-alikes that are not discussion: old Reddit's promoted links and "load more comments" rows.
 * (New Reddit renders ads as `shreddit-ad-post`, which no selector above matches.) (2026-11)
 */
export const EXCLUDED_SELECTORS: readonly string[] = ['.promotedlink', '[data-promoted="true"]', '.morechildren'];

/** Post titles, most specific first (2026-11). */
export const TITLE_SELECTORS: readonly string[] = [
  // New layout: `a[slot=title]` in feeds (id="post-title-t3_…"), `h1[slot=title]` on a comments page (2026-11)
  '[slot="title"]',
  // Old layout: the title link (2026-11)
  'a.title',
];

/** Post bodies, most specific first (2026-11). */
export const BODY_SELECTORS: readonly string[] = [
  // New layout: `div[slot=text-body] div.md` on a comments page, `a[slot=text-body]` preview in feeds
  // (RedditEnhancer font_weight.js L76-77) (2026-11)
  '[slot="text-body"]',
  // Old layout: self text, inside the expando once it is open or on a comments page (2026-11)
  '.usertext-body .md',
];

/** Comment bodies (2026-11). */
export const COMMENT_BODY_SELECTORS: readonly string[] = [
  // New layout: the comment's own `div[slot=comment]` (a direct child; replies have their own) (2026-11)
  '[slot="comment"]',
  // Old layout: inside the comment's own `.entry` (2026-11)
  '.usertext-body .md',
];

/**
 * Old Reddit feeds show a self post's title only; its text is behind a collapsed expando button. The
 * verdict is on the title alone then, so the post is marked truncated (2026-11).
 */
export const COLLAPSED_SELFTEXT_SELECTORS: readonly string[] = ['.expando-button.selftext.collapsed'];

/**
 * A new-layout feed preview cut short ends in an ellipsis; the full text is on the comments page.
 * (Previews are also clamped with CSS; clamped text is still in the DOM and read in full.) (2026-11)
 */
const PREVIEW_CUT = /(\.\.\.|…)$/;

/** Where the badge goes: light-DOM children that the custom elements render (2026-11). */
export const BADGE_ANCHOR_SLOTS: Readonly<Record<string, string>> = {
  // shreddit-post renders its `credit-bar` slot (subreddit, author, time) at the top of the card
  'SHREDDIT-POST': 'credit-bar',
  // shreddit-comment renders `commentMeta` (author, time) above the body
  'SHREDDIT-COMMENT': 'commentMeta',
};

/** The reply box on an old-Reddit comments page: the top-level comment form (2026-11). */
export const OLD_REPLY_BOX_SELECTORS: readonly string[] = ['.commentarea > form.usertext textarea[name="text"]'];

/** Paths that show posts or comments; on these, finding none means the layout changed (2026-11). */
export const FEED_PATHS: readonly RegExp[] = [
  // Home feed and its sorts
  /^\/(?:best|hot|new|top|rising)?\/?$/,
  // A subreddit (r/popular and r/all too), with its sorts
  /^\/r\/[A-Za-z0-9_+]+\/?(?:(?:hot|new|top|rising|controversial|gilded)\/?)?$/,
  // A comments page, with or without the slug, or a single comment thread
  /^\/r\/[A-Za-z0-9_]+\/comments\/[a-z0-9]+(?:\/[^/]*(?:\/[a-z0-9]+)?)?\/?$/,
  /^\/comments\/[a-z0-9]+(?:\/[^/]*)?\/?$/,
  // A user's posts and comments
  /^\/(?:user|u)\/[A-Za-z0-9_-]+\/?(?:(?:overview|submitted|comments)\/?)?$/,
];

const POST_QUERY = POST_SELECTORS.join(',');
const COMMENT_QUERY = COMMENT_SELECTORS.join(',');
const ROOT_QUERY = `${POST_QUERY},${COMMENT_QUERY}`;
const EXCLUDED_QUERY = EXCLUDED_SELECTORS.join(',');
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'BUTTON', 'SVG', 'IMG']);
const BLOCK_TAGS = new Set(['DIV', 'P', 'BR', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const HIDDEN_QUERY = '[style*="display: none"],[style*="display:none"],[hidden]';

// ---------------------------------------------------------------------------------------------
// Feeds

export function findFeeds(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const selector of FEED_SELECTORS) found.push(...queryAllInclusive(root, selector));
  // Outermost only, in document order.
  return found
    .filter((el, i) => found.indexOf(el) === i && !found.some((other) => other !== el && other.contains(el)))
    .sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
}

// ---------------------------------------------------------------------------------------------
// Posts and comments

function isRoot(el: Element): boolean {
  return el.matches(ROOT_QUERY) && !el.matches(EXCLUDED_QUERY);
}

/** The innermost element matching a root selector that is `el` or contains it (an excluded one too). */
function innermostRoot(el: Element): Element | null {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.matches(ROOT_QUERY)) return node;
  }
  return null;
}

const rootAroundFeed = perFeed(innermostRoot);

/**
 * Roots in `root`: the post or comment `root` is or sits in (the innermost: a node in a reply belongs
 * to the reply), then every root below it, in document order (posts before their comments, comments
 * before their replies).
 */
export function findPosts(root: ParentNode, feed?: Element): Element[] {
  const found: Element[] = [];
  // A feed's item is a root itself or sits in what the feed sits in (looked up once per feed, not per item).
  let around: Element | null = null;
  if (feed) around = (root as Element).matches(ROOT_QUERY) ? (root as Element) : rootAroundFeed(feed);
  else if (isElement(root)) around = innermostRoot(root);
  if (around && !around.matches(EXCLUDED_QUERY)) found.push(around);
  for (const el of root.querySelectorAll(ROOT_QUERY)) {
    if (el !== found[0] && isRoot(el)) found.push(el);
  }
  return found;
}

export function getKind(el: Element): PostKind {
  return el.matches(COMMENT_QUERY) ? 'comment' : 'post';
}

/** `/r/x/comments/1h2k3lm/slug/abc/` -> `t3_1h2k3lm`. */
export function postFullnameFromPermalink(permalink: string | null): string | null {
  const match = /\/comments\/([a-z0-9]+)(?:\/|$)/.exec(permalink ?? '');
  return match ? `t3_${match[1]}` : null;
}

/** The fullname of the post a comment belongs to, from the markup alone. */
function postFullnameOf(comment: Element): string | null {
  const fromPermalink = postFullnameFromPermalink(
    comment.getAttribute('permalink') ?? comment.getAttribute('data-permalink'),
  );
  if (fromPermalink) return fromPermalink;
  // New layout: a top-level comment's parentid is the post (2026-11)
  for (let node: Element | null = comment; node; node = node.parentElement?.closest('shreddit-comment') ?? null) {
    const parent = node.getAttribute('parentid');
    if (parent?.startsWith('t3_')) return parent;
  }
  // Old layout: the comment listing is `siteTable_t3_<id>` (2026-11)
  const listing = comment.closest('[id^="siteTable_t3_"]');
  return listing ? listing.id.slice('siteTable_'.length) : null;
}

export function getParentPost(comment: Element): Element | null {
  if (getKind(comment) !== 'comment') return null;
  const doc = comment.ownerDocument;
  const fullname = postFullnameOf(comment);
  if (fullname) {
    for (const el of doc.querySelectorAll(POST_QUERY)) {
      if (getId(el) === fullname) return el;
    }
  }
  // A comments page shows one post: when the fullname is unknown, that one is the parent.
  const posts = [...doc.querySelectorAll(POST_QUERY)].filter((el) => !el.closest('shreddit-feed'));
  return posts.length === 1 ? posts[0]! : null;
}

/** For a reply: the comment it nests in (both layouts nest replies inside their parent comment). */
export function getParentComment(comment: Element): Element | null {
  return getKind(comment) === 'comment' ? (comment.parentElement?.closest(COMMENT_QUERY) ?? null) : null;
}

// ---------------------------------------------------------------------------------------------
// Text

/** A root's own part: new-layout slot children are direct children; old rows keep theirs in `.entry`. */
function ownScope(el: Element): Element {
  return [...el.children].find((child) => child.classList.contains('entry')) ?? el;
}

/** The first match of `selectors` inside `el` that does not belong to a nested root (a reply). */
function findOwn(el: Element, selectors: readonly string[]): Element | null {
  const scope = ownScope(el);
  for (const selector of selectors) {
    for (const node of scope.querySelectorAll(selector)) {
      if (node.parentElement?.closest(ROOT_QUERY) === el) return node;
    }
  }
  return null;
}

function readText(node: Element): string {
  return visibleText(node, BLOCK_TAGS, (el) => (SKIP_TAGS.has(el.tagName.toUpperCase()) || el.matches(HIDDEN_QUERY) ? false : undefined));
}

export function getText(el: Element): PostText {
  if (getKind(el) === 'comment') {
    const body = findOwn(el, COMMENT_BODY_SELECTORS);
    return { text: body ? readText(body) : '', truncated: false };
  }
  const titleNode = findOwn(el, TITLE_SELECTORS);
  const title = titleNode ? readText(titleNode) : (el.getAttribute('post-title') ?? '').replace(/\s+/g, ' ').trim();
  const bodyNode = findOwn(el, BODY_SELECTORS);
  const body = bodyNode ? readText(bodyNode) : '';
  const text = [title, body].filter(Boolean).join(' ');
  const collapsed = !body && COLLAPSED_SELFTEXT_SELECTORS.some((selector) => findOwn(el, [selector]) !== null);
  const cutPreview = bodyNode?.tagName === 'A' && PREVIEW_CUT.test(body);
  return { text, truncated: collapsed || cutPreview };
}

// ---------------------------------------------------------------------------------------------
// Ids, anchors, reply box

export function getId(el: Element): string | null {
  const candidates = [el.getAttribute('thingid'), el.getAttribute('data-fullname'), el.getAttribute('id')];
  return candidates.find((value) => value != null && /^t[13]_[a-z0-9]+$/.test(value)) ?? null;
}

export function badgeAnchor(el: Element): Element {
  const slot = BADGE_ANCHOR_SLOTS[el.tagName.toUpperCase()];
  const anchor = slot
    ? [...el.children].find((child) => child.getAttribute('slot') === slot)
    : [...el.children].find((child) => child.classList.contains('entry'));
  return anchor ?? el;
}

export function findReplyBox(el: Element): HTMLElement | null {
  // A reply form opened under an old-Reddit comment is put first in its `.child` row; the form in
  // `.entry` is the hidden edit box of the comment itself, never a reply box (2026-11).
  const own = [...el.children]
    .filter((child) => child.classList.contains('child'))
    .map((child) => child.querySelector<HTMLElement>(':scope > form.usertext textarea[name="text"]'))
    .find(Boolean);
  if (own) return own;
  // A comment with no reply form open under it has no box of its own: the sidebar then tries the comment
  // it answers, then the post, whose box is the comment form at the top of the thread.
  if (getKind(el) === 'comment' || el.closest('#siteTable') === null) return null;
  for (const selector of OLD_REPLY_BOX_SELECTORS) {
    const box = el.ownerDocument.querySelector<HTMLElement>(selector);
    if (box) return box;
  }
  return null;
}

export const reddit: SiteAdapter = {
  id: 'reddit',
  name: 'Reddit',
  matches: [...MATCHES_BY_SITE.reddit],
  urlExamples: [
    'https://www.reddit.com/r/MassageTherapists/',
    'https://www.reddit.com/r/MassageTherapists/comments/1h2k3lm/glute_work_and_low_back_pain/',
    'https://old.reddit.com/r/MassageTherapists/',
    'https://old.reddit.com/r/MassageTherapists/comments/1h2k3lm/glute_work_and_low_back_pain/',
  ],
  findFeeds,
  findPosts,
  getText,
  getId,
  getKind,
  getParentPost,
  getParentComment,
  expectsFeed: (url) => onFeedPath(FEED_PATHS, url),
  findReplyBox,
  badgeAnchor,
};
