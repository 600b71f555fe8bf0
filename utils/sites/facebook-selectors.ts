/**
 * Facebook's selectors: ordered lists, most specific first, each entry with a comment and the month it was
 * last checked (../shared/research/feed-dom-and-peers.md §2.1). The functions that use them are in facebook.ts.
 */

/** Containers whose children are posts. The first entry that finds anything wins. */
export const FEED_SELECTORS: readonly string[] = [
  // Group pages: the feed is the direct child of the GroupFeed pagelet; the composer is a sibling
  // pagelet (GroupInlineComposer), so it is never inside the feed (2026-11)
  '[data-pagelet="GroupFeed"] > [role="feed"]',
  // News feed and most other feeds (2026-11)
  '[role="feed"]',
];

/** Older news-feed item wrappers: when no `[role=feed]` exists, their parent is the feed (2026-08). */
export const FEED_ITEM_FALLBACK_SELECTORS: readonly string[] = [
  // Older news feed wraps each story in FeedUnit_<n> (gslin/facebook-ad-blocker; fb-clean-my-feeds L5938) (2026-08)
  '[data-pagelet^="FeedUnit_"]',
  // Virtualised news feed wraps stories in data-virtualized cells (facebook-clean-my-feeds news.js) (2026-08)
  'div[data-virtualized]',
];

/** What can be a post root. Checked structurally by `isPostRootCandidate`, in this order of preference. */
export const POST_ROOT_QUERY = [
  // News feed and group posts carry their feed position (2026-11)
  '[aria-posinset]',
  // Facebook serves aria-describedby instead of aria-posinset to some accounts (2026-08)
  '[aria-describedby]',
  // Permalink, search and video surfaces: the outermost article is the post; nested ones are comments (2026-08)
  '[role="article"]',
].join(',');

/** Message nodes, most specific first. */
export const MESSAGE_SELECTORS: readonly string[] = [
  // Story body in the 2025+ layout (2026-11)
  '[data-ad-rendering-role="story_message"]',
  // Message preview containers, still served alongside story_message (2026-08)
  '[data-ad-preview="message"]',
  '[data-ad-comet-preview="message"]',
  // Fallback used by facebook-group-monitor: the first dir=auto block not inside a comment (2026-08)
  'div[dir="auto"]',
];

/** The message blocks a badge may go in: a post's own story or preview container, not the bare text fallback. */
export const MESSAGE_BLOCK_SELECTORS: readonly string[] = MESSAGE_SELECTORS.filter((s) => s !== 'div[dir="auto"]');

/** Permalink anchors, most specific first. Comment links carry comment_id= and are skipped. */
export const PERMALINK_SELECTORS: readonly string[] = [
  // /groups/<gid>/posts/<pid>/ and /<user>/posts/<pfbid>/ timestamp links (2026-11)
  'a[href*="/posts/"]',
  // /groups/<gid>/permalink/<pid>/ on some group posts (2026-08)
  'a[href*="/permalink/"]',
];

/** Hidden obfuscation inserted between letters (gslin/facebook-ad-blocker `b[style="display: none;"]`) (2026-08). */
export const HIDDEN_SELECTORS: readonly string[] = ['[style*="display: none"]', '[style*="display:none"]', '[hidden]'];

/** Loading placeholders: no text and a progress bar (2026-08). */
export const PROGRESSBAR_SELECTOR = '[role="progressbar"]';

/**
 * Comment bodies, most specific first. A comment article holds the author's name in a `span[dir=auto]`
 * too, so the body is told apart by the language tag Facebook puts on it.
 */
export const COMMENT_MESSAGE_SELECTORS: readonly string[] = [
  // The comment body span carries the text's language (lang="en-US", "vi-VN"…) (2026-11)
  'span[dir="auto"][lang]',
  // Older comment markup: the first dir=auto block (the author name is a span, not a div) (2026-08)
  'div[dir="auto"]',
];

/** Comment timestamp links: the post's path with comment_id (and reply_comment_id) (2026-11). */
export const COMMENT_PERMALINK_SELECTORS: readonly string[] = ['a[href*="comment_id="]'];
