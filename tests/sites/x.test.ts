/**
 * The X adapter against tests/fixtures/x/*, with exact counts, texts, ids and kinds: the home timeline
 * (virtualised cells, an empty cell) and a status page (the focal tweet and its replies as comments).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { listFixtures, loadFixture } from '../fixtures/load';
import { findFocal, normalizeStatusLink, x } from '@/utils/sites/x';
import { siteForUrl } from '@/utils/sites/index';
import { loadPage, one, type Entry } from './helpers';




const fixtures = listFixtures('x');

it('has the two X layouts this adapter is written for', () => {
  expect(fixtures).toEqual(['home-2026-11-27', 'status-2026-11-27']);
});

describe.each(fixtures)('x adapter on %s', (name) => {
  const { html, expected } = loadFixture('x', name);
  const entries = expected.posts as Entry[];

  beforeEach(() => loadPage(html, expected.url));

  it('is the adapter for the fixture URL, which expects a feed', () => {
    expect(siteForUrl(expected.url)).toBe(x);
    expect(x.expectsFeed?.(new URL(expected.url))).toBe(true);
  });

  it('finds exactly the expected feed: the parent of the timeline cells', () => {
    const feeds = x.findFeeds(document);
    expect(feeds).toHaveLength(expected.feeds);
    for (const feed of feeds) {
      expect(feed.children.length).toBeGreaterThan(0);
      for (const cell of feed.children) expect(cell.getAttribute('data-testid')).toBe('cellInnerDiv');
    }
  });

  it('finds exactly the expected tweets, in document order, from the document and from the feed', () => {
    const roots = entries.map((entry) => one(entry.selector));
    expect(x.findPosts(document)).toEqual(roots);
    expect(x.findFeeds(document).flatMap((feed) => x.findPosts(feed))).toEqual(roots);
    // Every cell yields its own tweet; empty cells and header cells yield nothing.
    const cells = [...document.querySelectorAll('[data-testid="cellInnerDiv"]')];
    expect(cells.flatMap((cell) => x.findPosts(cell))).toEqual(roots);
    const empty = cells.filter((cell) => (cell.textContent ?? '').trim() === '');
    expect(empty.length).toBeGreaterThan(0);
    for (const cell of empty) expect(x.findPosts(cell)).toEqual([]);
  });

  it.each(entries.map((entry) => [entry.selector, entry] as const))('reads text, id and kind of %s', (selector, entry) => {
    const root = one(selector);
    expect(x.getText(root)).toEqual({ text: entry.text, truncated: entry.truncated });
    expect(x.getId(root)).toBe(entry.id);
    expect(x.getKind(root)).toBe(entry.kind ?? 'post');
    expect(x.getParentPost?.(root) ?? null).toBe(entry.parent ? one(entry.parent) : null);
    expect(x.badgeAnchor?.(root)).toBe(root);
    // Replies counted under their post.
    expect(entries.filter((e) => e.parent === selector)).toHaveLength(entry.comments);
  });

  it('maps any node inside a tweet (a React re-render) to that tweet', () => {
    for (const entry of entries) {
      const root = one(entry.selector);
      expect(x.findPosts(root)).toEqual([root]);
      for (const inner of [
        root.querySelector('[data-testid="tweetText"]')!,
        root.querySelector('[data-testid="tweetText"] span')!,
        root.querySelector('[data-testid="like"]')!,
        root.querySelector('time')!,
      ]) {
        expect(x.findPosts(inner)).toEqual([root]);
      }
    }
  });

  it('never mutates the page', () => {
    const before = document.documentElement.outerHTML;
    for (const feed of x.findFeeds(document)) x.findPosts(feed);
    for (const post of x.findPosts(document)) {
      x.getText(post);
      x.getId(post);
      x.getKind(post);
      x.getParentPost?.(post);
      x.findReplyBox?.(post);
      for (const el of post.querySelectorAll('*')) x.findPosts(el);
    }
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe('x adapter on a status page', () => {
  const { html, expected } = loadFixture('x', 'status-2026-11-27');
  const entries = expected.posts as Entry[];
  beforeEach(() => loadPage(html, expected.url));

  it('finds the focal tweet by its tabindex, and by the URL when the tabindex is gone', () => {
    const focal = one(entries[0]!.selector);
    expect(findFocal(document, document)).toBe(focal);
    focal.setAttribute('tabindex', '0');
    expect(findFocal(document, document)).toBe(focal);
    const reply = one(entries[1]!.selector);
    expect(x.getKind(reply)).toBe('comment');
    expect(x.getParentPost?.(reply)).toBe(focal);
  });

  it('gives the focal tweet and its replies the inline reply box', () => {
    const box = one('[data-testid="tweetTextarea_0"]');
    for (const entry of entries) expect(x.findReplyBox?.(one(entry.selector))).toBe(box);
  });

  it('a reply loaded above the fold of a home timeline is a post, not a comment', () => {
    const home = loadFixture('x', 'home-2026-11-27');
    loadPage(home.html, home.expected.url);
    expect(findFocal(document, document)).toBeNull();
    for (const post of x.findPosts(document)) expect(x.getKind(post)).toBe('post');
    expect(x.findReplyBox?.(x.findPosts(document)[0]!)).toBeNull();
  });
});

describe('x adapter on recycled cells', () => {
  const home = loadFixture('x', 'home-2026-11-27');
  const entries = home.expected.posts as Entry[];
  beforeEach(() => loadPage(home.html, home.expected.url));

  it('reads the new content when React swaps a cell to another tweet', () => {
    const first = one(entries[0]!.selector);
    const cell = first.closest('[data-testid="cellInnerDiv"]')!;
    const other = one(entries[1]!.selector).cloneNode(true) as Element;
    first.replaceWith(other);
    expect(x.findPosts(cell)).toEqual([other]);
    expect(x.getText(other).text).toBe(entries[1]!.text);
    expect(x.getId(other)).toBe(entries[1]!.id);
  });

  it('reads the new text when the same article element gets another tweet', () => {
    const first = one(entries[0]!.selector);
    const text = first.querySelector('[data-testid="tweetText"]')!;
    text.replaceChildren(document.createTextNode('Selling my old massage table, pickup only.'));
    first.querySelector('a[href*="/status/"]')!.setAttribute('href', '/someone/status/42');
    expect(x.findPosts(text)).toEqual([first]);
    expect(x.getText(first)).toEqual({ text: 'Selling my old massage table, pickup only.', truncated: false });
    expect(x.getId(first)).toBe('/someone/status/42');
  });
});

describe('x URLs and ids', () => {
  it.each([
    ['https://x.com/home', true],
    ['https://twitter.com/home', true],
    ['https://x.com/lmt_jane', true],
    ['https://x.com/lmt_jane/with_replies', true],
    ['https://x.com/lmt_jane/status/1861950012345678901', true],
    ['https://x.com/i/lists/1234567', true],
    ['https://x.com/search?q=glute%20massage', true],
    ['https://x.com/explore', false],
    ['https://x.com/messages', false],
    ['https://x.com/settings/account', false],
    ['https://x.com/i/bookmarks', false],
    ['https://x.com/lmt_jane/status/1861950012345678901/photo/1', false],
  ])('expectsFeed(%s) is %s', (url, expects) => {
    expect(x.expectsFeed?.(new URL(url))).toBe(expects);
  });

  it.each([
    ['https://x.com/home', x],
    ['https://twitter.com/lmt_jane/status/1', x],
    ['https://mobile.x.com/home', undefined],
    ['https://x.community/home', undefined],
  ])('siteForUrl(%s)', (url, site) => {
    expect(siteForUrl(url)).toBe(site);
  });

  it('normalises status links across hosts, photos and tracking parameters', () => {
    expect(normalizeStatusLink('/Lmt_Jane/status/123')).toBe('/lmt_jane/status/123');
    expect(normalizeStatusLink('https://twitter.com/lmt_jane/status/123/photo/1?s=20')).toBe('/lmt_jane/status/123');
    expect(normalizeStatusLink('https://x.com/lmt_jane')).toBeNull();
    expect(normalizeStatusLink('https://example.com/a/status/1')).toBeNull();
  });

  it('lists URL examples that the adapter claims and expects a feed on', () => {
    for (const url of x.urlExamples) {
      expect(siteForUrl(url)).toBe(x);
      expect(x.expectsFeed?.(new URL(url))).toBe(true);
    }
  });
});
