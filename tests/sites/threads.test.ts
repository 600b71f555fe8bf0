/**
 * The Threads adapter against tests/fixtures/threads/*: the home feed (threads.com) and a post page
 * (threads.net) whose replies are comments of the post the URL names. Exact counts, texts, ids, kinds.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { listFixtures, loadFixture } from '../fixtures/load';
import { findFocal, normalizePostLink, threads } from '@/utils/sites/threads';
import { siteForUrl } from '@/utils/sites/index';
import { loadPage, one, type Entry } from './helpers';




const fixtures = listFixtures('threads');

it('has the two Threads pages this adapter is written for', () => {
  expect(fixtures).toEqual(['home-2026-11-27', 'post-2026-11-27']);
});

describe.each(fixtures)('threads adapter on %s', (name) => {
  const { html, expected } = loadFixture('threads', name);
  const entries = expected.posts as Entry[];
  const roots = () => entries.map((entry) => one(entry.selector));

  beforeEach(() => loadPage(html, expected.url));

  it('is the adapter for the fixture URL, which expects a feed', () => {
    expect(siteForUrl(expected.url)).toBe(threads);
    expect(threads.expectsFeed?.(new URL(expected.url))).toBe(true);
  });

  it('finds exactly the expected feed and posts, in document order', () => {
    const feeds = threads.findFeeds(document);
    expect(feeds).toHaveLength(expected.feeds);
    expect(threads.findPosts(document)).toEqual(roots());
    expect(feeds.flatMap((feed) => threads.findPosts(feed))).toEqual(roots());
  });

  it.each(entries.map((entry) => [entry.selector, entry] as const))('reads text, id and kind of %s', (selector, entry) => {
    const root = one(selector);
    expect(threads.getText(root)).toEqual({ text: entry.text, truncated: entry.truncated });
    expect(threads.getId(root)).toBe(entry.id);
    expect(threads.getKind(root)).toBe(entry.kind ?? 'post');
    expect(threads.getParentPost?.(root) ?? null).toBe(entry.parent ? one(entry.parent) : null);
    expect(entries.filter((e) => e.parent === selector)).toHaveLength(entry.comments);
    expect(threads.badgeAnchor?.(root)).toBe(root);
  });

  it('maps any node inside a post to that post', () => {
    for (const root of roots()) {
      expect(threads.findPosts(root)).toEqual([root]);
      for (const inner of [root.querySelector('span[dir="auto"]')!, root.querySelector('time')!, root.querySelector('[role="button"]')!]) {
        expect(threads.findPosts(inner)).toEqual([root]);
      }
      // The wrapper React adds around a post yields the post.
      expect(threads.findPosts(root.parentElement!)).toEqual([root]);
    }
  });

  it('falls back to the posts\' parents when the layout wrapper is renamed', () => {
    document.getElementById('barcelona-page-layout')!.id = 'renamed-layout';
    const feeds = threads.findFeeds(document);
    expect(feeds.length).toBe(entries.length);
    expect(feeds.flatMap((feed) => threads.findPosts(feed))).toEqual(roots());
  });

  it('never mutates the page', () => {
    const before = document.documentElement.outerHTML;
    for (const feed of threads.findFeeds(document)) threads.findPosts(feed);
    for (const post of threads.findPosts(document)) {
      threads.getText(post);
      threads.getId(post);
      threads.getKind(post);
      threads.getParentPost?.(post);
      for (const el of post.querySelectorAll('*')) threads.findPosts(el);
    }
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe('threads post page', () => {
  const { html, expected } = loadFixture('threads', 'post-2026-11-27');
  const entries = expected.posts as Entry[];

  it('the post the URL names is the post, on threads.com too and whatever its position', () => {
    loadPage(html, 'https://www.threads.com/@rmt.olivia/post/DC4mQx2Jk7L');
    const focal = one(entries[0]!.selector);
    expect(findFocal(document)).toBe(focal);
    // Opened from a reply: the reply is the focal post, the post above it is context, not a comment.
    loadPage(html, `https://www.threads.com${entries[2]!.id!}`);
    const reply = one(entries[2]!.selector);
    expect(findFocal(document)).toBe(reply);
    expect(threads.getKind(one(entries[0]!.selector))).toBe('post');
    expect(threads.getKind(one(entries[3]!.selector))).toBe('comment');
    expect(threads.getParentPost?.(one(entries[3]!.selector))).toBe(reply);
  });

  it('has no focal post on the home feed', () => {
    const home = loadFixture('threads', 'home-2026-11-27');
    loadPage(home.html, home.expected.url);
    expect(findFocal(document)).toBeNull();
  });
});

describe('threads URLs and ids', () => {
  it.each([
    ['https://www.threads.com/', true],
    ['https://www.threads.net/', true],
    ['https://www.threads.com/following', true],
    ['https://www.threads.com/@rmt.olivia', true],
    ['https://www.threads.com/@rmt.olivia/replies', true],
    ['https://www.threads.net/@rmt.olivia/post/DC4mQx2Jk7L', true],
    ['https://www.threads.com/@rmt.olivia/post/DC4mQx2Jk7L/media', false],
    ['https://www.threads.com/settings', false],
    ['https://www.threads.com/activity', false],
  ])('expectsFeed(%s) is %s', (url, expects) => {
    expect(threads.expectsFeed?.(new URL(url))).toBe(expects);
  });

  it.each([
    ['https://www.threads.com/', threads],
    ['https://threads.com/@a', threads],
    ['https://www.threads.net/@a/post/x', threads],
    ['https://threads.net/', threads],
    ['https://www.threads.org/', undefined],
  ])('siteForUrl(%s)', (url, site) => {
    expect(siteForUrl(url)).toBe(site);
  });

  it('normalises post links across hosts and sub-pages', () => {
    expect(normalizePostLink('/@RMT.Olivia/post/DC4mQx2Jk7L')).toBe('/@rmt.olivia/post/DC4mQx2Jk7L');
    expect(normalizePostLink('https://www.threads.net/@rmt.olivia/post/DC4mQx2Jk7L/media?xmt=1')).toBe('/@rmt.olivia/post/DC4mQx2Jk7L');
    expect(normalizePostLink('/@rmt.olivia')).toBeNull();
    expect(normalizePostLink('https://www.instagram.com/@a/post/b')).toBeNull();
  });

  it('lists URL examples that the adapter claims and expects a feed on', () => {
    for (const url of threads.urlExamples) {
      expect(siteForUrl(url)).toBe(threads);
      expect(threads.expectsFeed?.(new URL(url))).toBe(true);
    }
  });
});
