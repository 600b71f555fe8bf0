/**
 * Facebook post and comment links -> the ids Glute Lens keys posts by, and the paths that show posts.
 * Split from facebook.ts: pure string work, no DOM.
 */
import { siteUrl } from './links';

/** `/groups/x/posts/123/?__cft__[0]=…` -> `/groups/x/posts/123/`. Null for comment links and junk. */
export function normalizePermalink(href: string): string | null {
  // Runs for every judged post: one anchored pattern, no URL() (tests/sites.test.ts checks it against a URL-based reading).
  const m = PERMALINK.exec(href);
  if (!m) return null;
  const query = m[2];
  if (query && query.includes('comment_id=') && COMMENT_QUERY.test(query)) return null;
  return `${m[1]}/`;
}

/** Optional facebook.com origin, a path ending in /posts/<id> or /permalink/<id> (trailing slashes allowed), optional query. */
const PERMALINK = /^(?:https?:\/\/(?:[^/?#]*\.)?facebook\.com)?(\/(?:[^?#]*\/)?(?:posts|permalink)\/[^/?#]+)\/*(?:\?([^#]*))?(?:#|$)/;
const COMMENT_QUERY = /(?:^|&)(?:comment_id|reply_comment_id)=/;

/**
 * A comment's timestamp link -> `/groups/x/posts/123/?comment_id=456` (plus `&reply_comment_id=` for a
 * reply). Null for links without a comment id, author links that carry one, and other hosts.
 */
export function normalizeCommentPermalink(href: string): string | null {
  const url = siteUrl(href, 'https://www.facebook.com/', /(^|\.)facebook\.com$/);
  if (!url) return null;
  const comment = url.searchParams.get('comment_id');
  if (!comment) return null;
  const path = url.pathname.replace(/\/+$/, '');
  if (!/\/(posts|permalink)\/[^/]+$/.test(path)) return null;
  const reply = url.searchParams.get('reply_comment_id');
  return `${path}/?comment_id=${comment}${reply ? `&reply_comment_id=${reply}` : ''}`;
}

/** Paths that show posts; on these, finding no feed or post means the layout changed (2026-11). */
export const FEED_PATHS: readonly RegExp[] = [
  // News feed
  /^\/(home\.php)?$/,
  // "Your feed" across all groups
  /^\/groups\/feed\/?$/,
  // A group's discussion tab (not the discover/create/joins pages, which list groups, not posts)
  /^\/groups\/(?!(?:discover|create|joins|notifications)\/?$)[^/]+\/?$/,
  // Group post permalinks: /groups/<gid>/posts/<pid>/ and /groups/<gid>/permalink/<pid>/
  /^\/groups\/[^/]+\/(?:posts|permalink)\/[^/]+\/?$/,
  // Profile and page post permalinks: /<user>/posts/<pfbid>/
  /^\/[^/]+\/posts\/[^/]+\/?$/,
  // Legacy permalink endpoints
  /^\/(?:permalink|story)\.php$/,
];
