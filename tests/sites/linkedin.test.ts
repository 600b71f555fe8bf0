/**
 * The LinkedIn adapter against tests/fixtures/linkedin/*, both layouts served today: classic
 * (`.feed-shared-update-v2[data-urn]`, `.comments-comment-entity`) and the new hashed-class one
 * (`componentkey` containers, `expandable-text-box`, `replaceableComment_`). Exact counts, texts, ids, kinds.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { listFixtures, loadFixture } from '../fixtures/load';
import { linkedin } from '@/utils/sites/linkedin';
import { siteForUrl } from '@/utils/sites/index';
import { loadPage, one, type Entry } from './helpers';




const fixtures = listFixtures('linkedin');

it('has the two LinkedIn layouts this adapter is written for', () => {
  expect(fixtures).toEqual(['classic-feed-2026-11-27', 'new-feed-2026-11-27']);
});

describe.each(fixtures)('linkedin adapter on %s', (name) => {
  const { html, expected } = loadFixture('linkedin', name);
  const entries = expected.posts as Entry[];
  const roots = () => entries.map((entry) => one(entry.selector));

  beforeEach(() => loadPage(html, expected.url));

  it('is the adapter for the fixture URL, which expects a feed', () => {
    expect(siteForUrl(expected.url)).toBe(linkedin);
    expect(linkedin.expectsFeed?.(new URL(expected.url))).toBe(true);
  });

  it('finds exactly the expected feed', () => {
    expect(linkedin.findFeeds(document)).toHaveLength(expected.feeds);
  });

  it('finds every post followed by its comments and replies, in document order', () => {
    expect(linkedin.findPosts(document)).toEqual(roots());
    const [feed] = linkedin.findFeeds(document);
    expect(linkedin.findPosts(feed!)).toEqual(roots());
    expect(entries.filter((e) => e.kind === 'comment').length).toBeGreaterThanOrEqual(3);
  });

  it.each(entries.map((entry) => [entry.selector, entry] as const))('reads text, id and kind of %s', (selector, entry) => {
    const root = one(selector);
    expect(linkedin.getText(root)).toEqual({ text: entry.text, truncated: entry.truncated });
    expect(linkedin.getId(root)).toBe(entry.id);
    expect(linkedin.getKind(root)).toBe(entry.kind ?? 'post');
    expect(linkedin.getParentPost?.(root) ?? null).toBe(entry.parent ? one(entry.parent) : null);
    expect(entries.filter((e) => e.parent === selector)).toHaveLength(entry.comments);
    // The badge goes next to this root's own words: inside it, not inside one of its comments.
    const anchor = linkedin.badgeAnchor!(root);
    expect(root.contains(anchor)).toBe(true);
    const owners = roots().filter((r) => r.contains(anchor));
    expect(owners[owners.length - 1]).toBe(root);
  });

  it("keeps comments' words out of the post's text", () => {
    for (const entry of entries.filter((e) => e.parent)) {
      const parentText = linkedin.getText(one(entry.parent!)).text;
      expect(parentText).not.toContain(entry.text);
    }
  });

  it('maps a node inside a post or comment to that root, plus the comments the node holds', () => {
    for (const entry of entries) {
      const root = one(entry.selector);
      const text = root.querySelector('[dir="ltr"]')!;
      expect(linkedin.findPosts(text)).toEqual([root]);
      const nested = entries.filter((e) => e.parent === entry.selector).map((e) => one(e.selector));
      // The post itself (re-added by React) yields the post and its whole thread.
      expect(linkedin.findPosts(root)).toEqual(entry.kind === 'comment' ? [root, ...inside(root)] : [root, ...nested]);
    }
    // A comment list loaded into a post: the post, then the comments.
    const withComments = entries.find((e) => e.comments > 0)!;
    const firstComment = one(entries.find((e) => e.parent === withComments.selector)!.selector);
    const list = firstComment.parentElement!;
    const inList = entries.filter((e) => e.parent === withComments.selector).map((e) => one(e.selector));
    expect(linkedin.findPosts(list)).toEqual([one(withComments.selector), ...inList.filter((c) => list.contains(c))]);
  });

  it('ignores what only looks like a feed item', () => {
    for (const ignored of expected.ignored) expect(linkedin.findPosts(one(ignored.selector))).toEqual([]);
  });

  it('never mutates the page', () => {
    const before = document.documentElement.outerHTML;
    for (const feed of linkedin.findFeeds(document)) linkedin.findPosts(feed);
    for (const post of linkedin.findPosts(document)) {
      linkedin.getText(post);
      linkedin.getId(post);
      linkedin.getKind(post);
      linkedin.getParentPost?.(post);
      linkedin.badgeAnchor?.(post);
      for (const el of post.querySelectorAll('*')) linkedin.findPosts(el);
    }
    expect(document.documentElement.outerHTML).toBe(before);
  });

  function inside(comment: Element): Element[] {
    return roots().filter((r) => r !== comment && comment.contains(r));
  }
});

describe('linkedin layouts', () => {
  it('classic posts carry their urn; new-layout posts carry none unless a post link has one', () => {
    const { html, expected } = loadFixture('linkedin', 'new-feed-2026-11-27');
    loadPage(html, expected.url);
    const post = one(expected.posts[0]!.selector);
    expect(linkedin.getId(post)).toBeNull();
    const link = document.createElement('a');
    link.href = 'https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7400000000000000042/';
    post.querySelector('[data-view-name="feed-commentary"]')!.append(link);
    expect(linkedin.getId(post)).toBe('urn:li:activity:7400000000000000042');
  });

  it('says nothing is there when neither layout is recognised (selector drift)', () => {
    loadPage('<main><div class="feed-v3"><div class="card"><p>Glute massage is the best.</p></div></div></main>', 'https://www.linkedin.com/feed/');
    expect(linkedin.findFeeds(document)).toEqual([]);
    expect(linkedin.findPosts(document)).toEqual([]);
    expect(linkedin.expectsFeed?.(new URL(location.href))).toBe(true);
  });
});

describe('linkedin URLs', () => {
  it.each([
    ['https://www.linkedin.com/feed/', true],
    ['https://www.linkedin.com/feed/foryou/', true],
    ['https://www.linkedin.com/preload/', true],
    ['https://www.linkedin.com/feed/update/urn:li:activity:7400112233445566778/', true],
    ['https://www.linkedin.com/posts/maria-alvarez-lmt_massagetherapy-activity-7400112233445566778-AbCd', true],
    ['https://www.linkedin.com/in/maria-alvarez-lmt/recent-activity/all/', true],
    ['https://www.linkedin.com/company/serenity-day-spa/posts/', true],
    ['https://www.linkedin.com/groups/1234567/', true],
    ['https://www.linkedin.com/in/maria-alvarez-lmt/', false],
    ['https://www.linkedin.com/messaging/', false],
    ['https://www.linkedin.com/jobs/', false],
  ])('expectsFeed(%s) is %s', (url, expects) => {
    expect(linkedin.expectsFeed?.(new URL(url))).toBe(expects);
  });

  it.each([
    ['https://www.linkedin.com/feed/', linkedin],
    ['https://linkedin.com/feed/', undefined],
    ['https://www.linkedin.co/feed/', undefined],
  ])('siteForUrl(%s)', (url, site) => {
    expect(siteForUrl(url)).toBe(site);
  });

  it('lists URL examples that the adapter claims and expects a feed on', () => {
    for (const url of linkedin.urlExamples) {
      expect(siteForUrl(url)).toBe(linkedin);
      expect(linkedin.expectsFeed?.(new URL(url))).toBe(true);
    }
  });
});
