/**
 * The Instagram adapter against tests/fixtures/instagram/*: the home feed (captions, no inline
 * comments) and a post page (caption heading, comments and a reply). Exact counts, texts, ids, kinds.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { listFixtures, loadFixture } from '../fixtures/load';
import { findComments, instagram, normalizePostLink } from '@/utils/sites/instagram';
import { siteForUrl } from '@/utils/sites/index';
import { loadPage, one, type Entry } from './helpers';

const fixtures = listFixtures('instagram');

it('has the two Instagram pages this adapter is written for', () => {
  expect(fixtures).toEqual(['home-2026-11-27', 'post-2026-11-27']);
});

describe.each(fixtures)('instagram adapter on %s', (name) => {
  const { html, expected } = loadFixture('instagram', name);
  const entries = expected.posts as Entry[];
  const roots = () => entries.map((entry) => one(entry.selector));

  beforeEach(() => loadPage(html, expected.url));

  it('is the adapter for the fixture URL, which expects a feed', () => {
    expect(siteForUrl(expected.url)).toBe(instagram);
    expect(instagram.expectsFeed?.(new URL(expected.url))).toBe(true);
  });

  it('finds exactly the expected feed, and every post followed by its comments', () => {
    const feeds = instagram.findFeeds(document);
    expect(feeds).toHaveLength(expected.feeds);
    expect(instagram.findPosts(document)).toEqual(roots());
    expect(feeds.flatMap((feed) => instagram.findPosts(feed))).toEqual(roots());
  });

  it.each(entries.map((entry) => [entry.selector, entry] as const))('reads text, id and kind of %s', (selector, entry) => {
    const root = one(selector);
    expect(instagram.getText(root)).toEqual({ text: entry.text, truncated: entry.truncated });
    expect(instagram.getId(root)).toBe(entry.id);
    expect(instagram.getKind(root)).toBe(entry.kind ?? 'post');
    expect(instagram.getParentPost?.(root) ?? null).toBe(entry.parent ? one(entry.parent) : null);
    expect(entries.filter((e) => e.parent === selector)).toHaveLength(entry.comments);
    if (entry.kind !== 'comment') expect(findComments(root)).toHaveLength(entry.comments);
    // The badge sits beside the caption or comment text, inside this root and not in a nested one.
    const anchor = instagram.badgeAnchor!(root);
    const owners = roots().filter((r) => r.contains(anchor));
    expect(owners[owners.length - 1]).toBe(root);
    expect(anchor.contains(root.querySelector('img[src*="/t51.29350-15/"]'))).toBe(false);
  });

  it("keeps comments' words out of the caption", () => {
    for (const entry of entries.filter((e) => e.parent)) {
      expect(instagram.getText(one(entry.parent!)).text).not.toContain(entry.text);
    }
  });

  it('maps a node inside a post or comment to that root', () => {
    for (const entry of entries) {
      const root = one(entry.selector);
      const time = [...root.querySelectorAll('time')].find((t) => instagram.findPosts(t)[0] === root);
      expect(time, `own timestamp of ${entry.selector}`).toBeDefined();
      const nested = entries.filter((e) => e.parent === entry.selector).map((e) => one(e.selector));
      if (entry.kind === 'comment') {
        expect(instagram.findPosts(root)).toEqual([root, ...roots().filter((r) => r !== root && root.contains(r))]);
      } else {
        expect(instagram.findPosts(root)).toEqual([root, ...nested]);
        expect(instagram.findPosts(root.querySelector('img')!)).toEqual([root]);
      }
    }
  });

  it('never mutates the page', () => {
    const before = document.documentElement.outerHTML;
    for (const feed of instagram.findFeeds(document)) instagram.findPosts(feed);
    for (const post of instagram.findPosts(document)) {
      instagram.getText(post);
      instagram.getId(post);
      instagram.getKind(post);
      instagram.getParentPost?.(post);
      instagram.badgeAnchor?.(post);
      for (const el of post.querySelectorAll('*')) instagram.findPosts(el);
    }
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe('instagram post page', () => {
  const { html, expected } = loadFixture('instagram', 'post-2026-11-27');
  beforeEach(() => loadPage(html, expected.url));

  it('reads the caption item as part of the post, not as a comment', () => {
    const item = one('article ul > div:has(h1)');
    const post = one(expected.posts[0]!.selector);
    expect(instagram.getKind(item)).toBe('post');
    expect(instagram.findPosts(item)).toEqual([post]);
    expect(instagram.findPosts(item.querySelector('h1')!)).toEqual([post]);
  });

  it('a list of carousel slides (no timestamps) holds no comments', () => {
    const home = loadFixture('instagram', 'home-2026-11-27');
    loadPage(home.html, home.expected.url);
    const post = one(home.expected.posts[0]!.selector);
    const slides = document.createElement('ul');
    for (let i = 0; i < 3; i++) slides.append(document.createElement('li'));
    post.querySelector('._aagv')!.append(slides);
    expect(findComments(post)).toEqual([]);
    expect(instagram.findPosts(slides)).toEqual([post]);
  });
});

describe('instagram URLs and ids', () => {
  it.each([
    ['https://www.instagram.com/', true],
    ['https://www.instagram.com/p/DC5aBcD1eFg/', true],
    ['https://www.instagram.com/deskbody.rmt/p/DC5aBcD1eFg/', true],
    ['https://www.instagram.com/reel/DC5aBcD1eFg/', true],
    ['https://www.instagram.com/explore/', false],
    ['https://www.instagram.com/direct/inbox/', false],
    ['https://www.instagram.com/deskbody.rmt/', false],
  ])('expectsFeed(%s) is %s', (url, expects) => {
    expect(instagram.expectsFeed?.(new URL(url))).toBe(expects);
  });

  it.each([
    ['https://www.instagram.com/', instagram],
    ['https://instagram.com/', undefined],
    ['https://www.instagram.community/', undefined],
  ])('siteForUrl(%s)', (url, site) => {
    expect(siteForUrl(url)).toBe(site);
  });

  it('normalises post and comment links', () => {
    expect(normalizePostLink('/deskbody.rmt/p/DC5aBcD1eFg/?img_index=2')).toBe('/p/DC5aBcD1eFg/');
    expect(normalizePostLink('/p/DC5aBcD1eFg/c/179/')).toBe('/p/DC5aBcD1eFg/c/179/');
    expect(normalizePostLink('/p/DC5aBcD1eFg/c/179/r/180/')).toBe('/p/DC5aBcD1eFg/c/179/r/180/');
    expect(normalizePostLink('/p/DC5aBcD1eFg/liked_by/')).toBe('/p/DC5aBcD1eFg/');
    expect(normalizePostLink('/deskbody.rmt/')).toBeNull();
    expect(normalizePostLink('https://example.com/p/x/')).toBeNull();
  });

  it('lists URL examples that the adapter claims and expects a feed on', () => {
    for (const url of instagram.urlExamples) {
      expect(siteForUrl(url)).toBe(instagram);
      expect(instagram.expectsFeed?.(new URL(url))).toBe(true);
    }
  });
});

describe('instagram adapter on a post with comments', () => {
  const { html, expected } = loadFixture('instagram', 'post-2026-11-27');
  const entries = expected.posts as Entry[];

  it('maps a node inside a comment without looking through every comment of the post', () => {
    loadPage(html, expected.url);
    const comments = entries.filter((entry) => entry.kind === 'comment');
    expect(comments.length).toBeGreaterThan(1);
    for (const entry of comments) {
      const comment = one(entry.selector);
      const post = one(entry.parent!);
      // Work in proportion to the node, not to the thread: the post's own list of comments is not read.
      const postQueries = vi.spyOn(post, 'querySelectorAll');
      expect(instagram.findPosts(comment)[0]).toBe(comment);
      expect(postQueries).not.toHaveBeenCalled();
      postQueries.mockRestore();
    }
  });
});
