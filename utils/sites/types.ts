/**
 * A site adapter: mostly data (host matches, ordered selector lists, each with a dated comment)
 * plus a few small functions. The scanner (utils/scanner.ts) only ever talks to this interface.
 * Adapters read the page; they never remove or move the site's nodes.
 */
export type PostKind = 'post' | 'comment';

export interface PostText {
  /** What the user can read of the post (emoji `alt` text included), whitespace collapsed. */
  text: string;
  /** A "See more" / "Show more" control was present: the verdict is on the visible text only. */
  truncated: boolean;
}

/**
 * Everything the scanner reads from a post: getText and getKind together, and getId on demand (the
 * scanner asks for it only where it is used: comments, and posts that are or were matches).
 */
export interface PostRead extends PostText {
  id: () => string | null;
  kind: PostKind;
}

export interface SiteAdapter {
  /** Stable id, used for storage keys and `data-glute-lens-site`. */
  id: string;
  /** Human name shown in the UI ("Facebook"). */
  name: string;
  /** Match patterns for the manifest (content script matches and host permissions). */
  matches: string[];
  /** Example URLs where a feed is expected (used by the conventions test and e2e). */
  urlExamples: string[];
  /** Containers whose children are posts; the scanner observes these (childList only). */
  findFeeds(root: ParentNode): Element[];
  /**
   * Post (and, where supported, comment) roots inside `root`, including `root` itself when it is one.
   * Loading shells are not returned. For a node `n` inside `root`, the result includes every root
   * that findPosts(n) returns (the scanner skips `n` when `root` is queued too; tests/unit/fuzz-adapters.test.ts).
   * `feed`: `root` is a child of this feed (so an element), and the post roots around it are those around
   * the feed: an adapter may look those up once per feed rather than once per item.
   */
  findPosts(root: ParentNode, feed?: Element): Element[];
  getText(post: Element): PostText;
  /** A stable id (permalink, urn, fullname) when the markup has one, else null. */
  getId(post: Element): string | null;
  getKind(post: Element): PostKind;
  /**
   * Optional: getText, getId and getKind in one call that shares their DOM lookups (the id read only
   * when asked). Must equal calling the three (tests/sites.test.ts checks it on every fixture).
   */
  read?(post: Element): PostRead;
  /** For a comment: its parent post root (for context), else null. */
  getParentPost?(post: Element): Element | null;
  /**
   * For a reply: the comment it answers (read as its context, with the post above it), else null (a
   * comment on the post itself, or a site whose replies do not nest).
   */
  getParentComment?(comment: Element): Element | null;
  /**
   * Whether this URL should show posts (a feed, a group, a permalink). When it should and none of the
   * selectors match, the UI says "layout not recognised" so users can report the drift.
   */
  expectsFeed?(url: URL): boolean;
  /** The post's reply/comment box when the page shows one (for "Insert into reply"). */
  findReplyBox?(post: Element): HTMLElement | null;
  /** Where the badge host goes (an element inside the post root); default: the post root itself. */
  badgeAnchor?(post: Element): Element;
}
