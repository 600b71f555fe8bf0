/**
 * Site adapters against the fixture pages in tests/fixtures/<site>/, with exact counts and texts
 * (a selector test without exact counts "would always pass"), plus the match-pattern matcher and
 * the site registry.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { listFixtures, loadFixture, type ExpectedPost } from './fixtures/load';
import type { PostKind } from '@/utils/sites/types';
import {
  facebook,
  findComments,
  findPostRoots,
  normalizeCommentPermalink,
  normalizePermalink,
  SEE_MORE_LABELS,
} from '@/utils/sites/facebook';
import { SITES, siteForUrl } from '@/utils/sites/index';
import { perFeed } from '@/utils/sites/memo';
import { loadPage } from './sites/helpers';
import { matchesPattern, parseMatchPattern } from '@/utils/sites/match-pattern';
import { SITE_MATCHES } from '@/utils/sites/matches';

function loadIntoDocument(html: string): void {
  document.open();
  document.write(html);
  document.close();
}

function one(selector: string, root: ParentNode = document): Element {
  const found = root.querySelectorAll(selector);
  expect(found.length, `selector ${selector} must match exactly one element`).toBe(1);
  return found[0]!;
}

const facebookFixtures = listFixtures('facebook');

/** A sidecar entry: a post, or a comment with its post's selector in `parent`. */
type Entry = ExpectedPost & { kind?: PostKind; parent?: string };

describe('facebook fixtures', () => {
  it('has the two layouts this adapter is written for', () => {
    expect(facebookFixtures).toEqual(['group-feed-2026-11-27', 'news-feed-2026-11-27']);
  });
});

describe.each(facebookFixtures)('facebook adapter on %s', (name) => {
  const { html, expected } = loadFixture('facebook', name);
  const entries = expected.posts as Entry[];
  const postEntries = entries.filter((entry) => (entry.kind ?? 'post') === 'post');
  const commentEntries = entries.filter((entry) => entry.kind === 'comment');

  beforeEach(() => loadIntoDocument(html));

  it('lists comments right after their post and labels at least one per fixture', () => {
    expect(commentEntries.length).toBeGreaterThan(0);
    for (const [i, entry] of entries.entries()) {
      if (entry.kind !== 'comment') continue;
      expect(postEntries.map((post) => post.selector)).toContain(entry.parent);
      const previous = entries[i - 1]!;
      expect([previous.selector, previous.parent]).toContain(entry.parent);
    }
  });

  it('finds exactly the expected feeds', () => {
    const feeds = facebook.findFeeds(document);
    expect(feeds).toHaveLength(expected.feeds);
    for (const feed of feeds) expect(feed.getAttribute('role')).toBe('feed');
  });

  it('finds exactly the expected post and comment roots, in document order', () => {
    const roots = entries.map((entry) => one(entry.selector));
    expect(facebook.findPosts(document)).toEqual(roots);
    // The same from the feed container the scanner observes.
    const [feed] = facebook.findFeeds(document);
    expect(facebook.findPosts(feed!)).toEqual(roots);
    // The posts among them are exactly the expected posts.
    expect(findPostRoots(document).filter((root) => facebook.getKind(root) === 'post')).toEqual(postEntries.map((post) => one(post.selector)));
  });

  it.each(entries.map((entry) => [entry.selector, entry] as const))(
    'reads text, truncation, id, kind and parent of %s',
    (selector, entry) => {
      const root = one(selector);
      expect(facebook.getText(root)).toEqual({ text: entry.text, truncated: entry.truncated });
      expect(facebook.getId(root)).toBe(entry.id);
      expect(facebook.getKind(root)).toBe(entry.kind ?? 'post');
      expect(facebook.getParentPost?.(root)).toBe(entry.parent ? one(entry.parent) : null);
      // A post's badge goes at the end of its own message block, above its comments; a comment's at its end.
      const anchor = facebook.badgeAnchor!(root);
      const stories = [...root.querySelectorAll('[data-ad-rendering-role="story_message"]')];
      if (entry.kind === 'comment' || stories.length === 0) expect(anchor).toBe(root);
      else {
        expect(anchor).toBe(stories[0]);
        for (const comment of findComments(root)) {
          expect(anchor.contains(comment)).toBe(false);
          expect(anchor.compareDocumentPosition(comment) & Node.DOCUMENT_POSITION_FOLLOWING).not.toBe(0);
        }
      }
      // The scanner's one-call read is the same as the three reads apart.
      const read = facebook.read!(root);
      expect({ ...read, id: read.id() }).toEqual({ text: entry.text, truncated: entry.truncated, id: entry.id, kind: entry.kind ?? 'post' });
    },
  );

  it('finds comments structurally, with their own text and never inside the post text', () => {
    let total = 0;
    for (const post of postEntries) {
      const root = one(post.selector);
      const comments = findComments(root);
      expect(comments, `comments under ${post.selector}`).toHaveLength(post.comments);
      expect(comments).toEqual(
        commentEntries.filter((entry) => entry.parent === post.selector).map((entry) => one(entry.selector)),
      );
      for (const comment of comments) {
        total += 1;
        const commentText = facebook.getText(comment).text;
        expect(commentText.length).toBeGreaterThan(0);
        expect(facebook.getText(root).text).not.toContain(commentText);
      }
    }
    expect(total).toBe(commentEntries.length);
    expect(document.querySelectorAll('[role="article"]').length).toBe(
      postEntries.length + total + expected.ignored.length,
    );
  });

  it('maps a node added inside a post to the post and the comments it holds', () => {
    for (const post of postEntries) {
      const root = one(post.selector);
      const comments = findComments(root);
      expect(facebook.findPosts(root)).toEqual([root, ...comments]);
      const article = root.querySelector('[role="article"]') ?? root;
      expect(facebook.findPosts(article)).toEqual([root, ...comments]);
      // A React re-render of the message, or a toolbar: the post alone.
      const message = root.querySelector('div[dir="auto"]')!;
      expect(facebook.findPosts(message)).toEqual([root]);
      const toolbarButton = root.querySelector('[role="button"]');
      if (toolbarButton) expect(facebook.findPosts(toolbarButton)).toEqual([root]);
      // A feed-item wrapper (FeedUnit_<n>) added to the feed yields the post inside it.
      const parent = root.parentElement!;
      if (parent.getAttribute('role') !== 'feed') expect(facebook.findPosts(parent)).toEqual([root, ...comments]);
    }
  });

  it('maps a node inside a comment to that comment, and a loaded batch of comments to those comments', () => {
    for (const entry of commentEntries) {
      const comment = one(entry.selector);
      const post = one(entry.parent!);
      expect(facebook.findPosts(comment)).toEqual([comment]);
      const body = comment.querySelector('div[dir="auto"]')!;
      expect(facebook.findPosts(body)).toEqual([comment]);
      // The list item Facebook adds when more comments load: the post (unchanged) and the new comments.
      const item = comment.closest('li')!;
      const inItem = findComments(post).filter((el) => item.contains(el));
      expect(inItem).toContain(comment);
      expect(facebook.findPosts(item)).toEqual([post, ...inItem]);
    }
  });

  it('maps a node inside a comment without listing every comment of the post', () => {
    for (const entry of commentEntries) {
      const post = one(entry.parent!);
      const body = one(entry.selector).querySelector('div[dir="auto"]')!;
      // Work in proportion to the node, not to the thread: no query for the post's articles.
      const postQueries = vi.spyOn(post, 'querySelectorAll');
      expect(facebook.findPosts(body)).toEqual([one(entry.selector)]);
      expect(postQueries).not.toHaveBeenCalled();
      postQueries.mockRestore();
    }
  });

  it('ignores loading shells', () => {
    const posts = facebook.findPosts(document);
    for (const shell of expected.ignored) {
      const el = one(shell.selector);
      expect(el.querySelector('[role="progressbar"]')).not.toBeNull();
      expect(posts).not.toContain(el);
      expect(facebook.findPosts(el)).toEqual([]);
    }
  });

  it('never mutates the page', () => {
    const before = document.documentElement.outerHTML;
    for (const feed of facebook.findFeeds(document)) facebook.findPosts(feed);
    for (const post of facebook.findPosts(document)) {
      facebook.getText(post);
      facebook.getId(post);
      facebook.getKind(post);
      facebook.getParentPost?.(post);
      facebook.badgeAnchor?.(post);
      findComments(post);
      for (const el of post.querySelectorAll('*')) facebook.findPosts(el);
    }
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe('facebook group feed specifics', () => {
  const { html, expected } = loadFixture('facebook', 'group-feed-2026-11-27');
  beforeEach(() => loadIntoDocument(html));

  it('uses the GroupFeed feed and leaves the sibling composer out', () => {
    const [feed] = facebook.findFeeds(document);
    expect(feed!.parentElement!.getAttribute('data-pagelet')).toBe('GroupFeed');
    const composer = one('[data-pagelet="GroupInlineComposer"]');
    expect(feed!.contains(composer)).toBe(false);
    // The composer's aria-describedby control is not a post.
    const describedControl = one('[aria-describedby]', composer);
    expect(facebook.findPosts(describedControl)).toEqual([]);
    expect(facebook.findPosts(composer)).toEqual([]);
  });

  it('covers both post root variants', () => {
    const posts = facebook.findPosts(document).filter((el) => facebook.getKind(el) === 'post');
    const withPosinset = posts.filter((el) => el.hasAttribute('aria-posinset'));
    const describedOnly = posts.filter((el) => !el.hasAttribute('aria-posinset'));
    expect(withPosinset).toHaveLength(7);
    expect(describedOnly).toHaveLength(3);
    for (const el of describedOnly) expect(el.hasAttribute('aria-describedby')).toBe(true);
  });

  it('drops the hidden obfuscation span and reads emoji from img alt', () => {
    const first = one('[aria-posinset="1"]');
    const hidden = one('[style*="display: none"]', first);
    expect(hidden.textContent).toBe('k');
    expect(facebook.getText(first).text).toContain('massaged her glutes.');
    const lacrosse = one('[aria-describedby=":r7k:"]');
    expect(one('img[alt="😩"]', lacrosse)).toBeTruthy();
    expect(facebook.getText(lacrosse).text).toContain('at my desk 😩 Sitting');
  });

  it('keeps the "See more" label out of the truncated text', () => {
    const truncated = one('[aria-posinset="6"]');
    const { text, truncated: isTruncated } = facebook.getText(truncated);
    expect(isTruncated).toBe(true);
    expect(text).not.toMatch(/see more/i);
    expect(expected.posts.filter((post) => post.truncated)).toHaveLength(1);
  });

  it('has the agreeing comment under the "always release the glutes" post', () => {
    const release = one('[aria-describedby=":r3k:"]');
    const texts = findComments(release).map((comment) => facebook.getText(comment).text);
    expect(texts).toEqual([
      '100% agree, every low back I see.',
      'Same, but I check the hip flexors too before blaming the glutes.',
      'Do you work them prone or side-lying?',
    ]);
  });

  it('labels at least four relevant posts and five look-alikes', () => {
    const posts = (expected.posts as Entry[]).filter((post) => post.kind !== 'comment');
    expect(posts.filter((post) => post.relevant).length).toBeGreaterThanOrEqual(4);
    expect(posts.filter((post) => !post.relevant).length).toBeGreaterThanOrEqual(5);
    for (const post of expected.posts) if (!post.relevant) expect(post.claims).toEqual([]);
  });
});

describe('facebook news feed specifics', () => {
  const { html } = loadFixture('facebook', 'news-feed-2026-11-27');
  beforeEach(() => loadIntoDocument(html));

  it('falls back to the message block when a story has no data-ad-* hooks', () => {
    const plain = one('[aria-posinset="5"]');
    expect(plain.querySelector('[data-ad-rendering-role], [data-ad-preview], [data-ad-comet-preview]')).toBeNull();
    expect(facebook.getText(plain).text).toMatch(/^Got my first ever foot massage/);
  });

  it('leaves the obfuscated "Sponsored" label and link previews out of the text', () => {
    const ad = one('[aria-posinset="2"]');
    expect(ad.querySelectorAll('b[style*="display: none"]')).toHaveLength(3);
    expect(facebook.getText(ad).text).not.toMatch(/sponsored|shop now|pulsego\.example/i);
  });

  it('finds the feed through FeedUnit_ wrappers when role=feed is missing', () => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const feed = one('[role="feed"]', doc);
    feed.removeAttribute('role');
    expect(facebook.findFeeds(doc)).toEqual([feed]);
    // aria-describedby stories under a FeedUnit_ wrapper are still posts; the one comment still follows its post.
    const found = facebook.findPosts(doc);
    expect(found.filter((el) => facebook.getKind(el) === 'post')).toHaveLength(6);
    expect(found.filter((el) => facebook.getKind(el) === 'comment')).toHaveLength(1);
  });
});

describe('facebook adapter on small hand-made pages', () => {
  function page(body: string): void {
    document.body.innerHTML = body;
  }

  function postWithButton(label: string): string {
    return `<div role="feed"><div aria-posinset="1" aria-setsize="-1"><div role="article">
      <div data-ad-rendering-role="story_message"><div dir="auto">Texto del mensaje… <div role="button" tabindex="0">${label}</div></div></div>
    </div></div></div>`;
  }

  it('knows the "See more" label in the languages we were asked for', () => {
    expect(SEE_MORE_LABELS).toEqual(
      expect.arrayContaining(['see more', 'ver más', 'voir plus', 'mehr ansehen', 'ראה עוד', '查看更多', '顯示更多']),
    );
  });

  it.each(SEE_MORE_LABELS.map((label) => [label]))('flags "%s" as truncation and drops its text', (label) => {
    // Facebook capitalises the label; the list is lower-case.
    const shown = label.charAt(0).toUpperCase() + label.slice(1);
    page(postWithButton(shown));
    const [post] = facebook.findPosts(document);
    expect(facebook.getText(post!)).toEqual({ text: 'Texto del mensaje…', truncated: true });
  });

  it('does not flag other buttons or the words "see more" in the message as truncation', () => {
    page(postWithButton('Translate'));
    expect(facebook.getText(facebook.findPosts(document)[0]!).truncated).toBe(false);
    page(`<div role="feed"><div aria-posinset="1"><div role="article">
      <div data-ad-preview="message"><div dir="auto">Come see more of our clinic on Saturday</div></div></div></div></div>`);
    expect(facebook.getText(facebook.findPosts(document)[0]!)).toEqual({
      text: 'Come see more of our clinic on Saturday',
      truncated: false,
    });
  });

  it("skips a message node inside a comment that comes before the post's own message", () => {
    // Unusual order (a pinned comment rendered above the story): the first match is the comment's.
    page(`<div role="feed"><div aria-posinset="1"><div role="article">
      <div role="article"><div data-ad-rendering-role="story_message"><div dir="auto">Comment text</div></div></div>
      <div data-ad-rendering-role="story_message"><div dir="auto">Glute massage every session</div></div>
    </div></div></div>`);
    const post = document.querySelector('[aria-posinset]')!;
    expect(facebook.getText(post)).toEqual({ text: 'Glute massage every session', truncated: false });
  });

  it('reads plain messages with a space between paragraphs, and images by their alt text', () => {
    // Nothing special inside: the lean walk. Paragraph and line breaks must not glue words together.
    page(`<div role="feed"><div aria-posinset="1"><div role="article"><div data-ad-rendering-role="story_message">
      <div dir="auto">Nobody had ever massaged her glutes</div><div dir="auto">Release them<br>every session</div>
      <span>\u200bwith <b>care</b></span></div></div></div></div>`);
    expect(facebook.getText(facebook.findPosts(document)[0]!)).toEqual({
      text: 'Nobody had ever massaged her glutes Release them every session with care',
      truncated: false,
    });
    // An emoji image: the careful walk, which reads its alt text and still skips hidden letters.
    page(`<div role="feed"><div aria-posinset="1"><div role="article"><div data-ad-rendering-role="story_message">
      <div dir="auto">Glute day <img alt="🍑" src="data:,"> g<b style="display: none">x</b>lutes</div></div></div></div></div>`);
    expect(facebook.getText(facebook.findPosts(document)[0]!).text).toBe('Glute day 🍑 glutes');
  });

  it('treats the outermost article as the post on a permalink page', () => {
    page(`<div role="main"><div role="article" aria-labelledby="h">
      <h2 id="h"><a href="/groups/massagetherapists/user/1/">Dana</a></h2>
      <a href="/groups/massagetherapists/permalink/42/?__cft__[0]=AZ">1d</a>
      <div dir="auto">Post body about glute work</div>
      <div role="article" aria-label="Bình luận của Lan"><div dir="auto">Reply text</div>
        <a href="/groups/massagetherapists/permalink/42/?comment_id=7">1h</a></div>
    </div></div>`);
    const found = facebook.findPosts(document);
    expect(found).toHaveLength(2);
    const [post, comment] = found as [Element, Element];
    expect(facebook.getKind(post)).toBe('post');
    expect(facebook.getText(post).text).toBe('Post body about glute work');
    expect(facebook.getId(post)).toBe('/groups/massagetherapists/permalink/42/');
    expect(findComments(post)).toEqual([comment]);
    // Found by structure; the Vietnamese aria-label plays no part.
    expect(facebook.getKind(comment)).toBe('comment');
    expect(facebook.getParentPost?.(comment)).toBe(post);
    expect(facebook.getText(comment).text).toBe('Reply text');
    expect(facebook.getId(comment)).toBe('/groups/massagetherapists/permalink/42/?comment_id=7');
  });

  function commentPage(comment: string): void {
    page(`<div role="feed"><div aria-posinset="1"><div role="article">
      <a href="/groups/g/posts/1/">2h</a>
      <div data-ad-rendering-role="story_message"><div dir="auto">Release the glutes first for low back pain.</div></div>
      <ul><li>${comment}</li></ul>
    </div></div></div>`);
  }

  it('reads every paragraph of a comment body, not the author name', () => {
    commentPage(`<div role="article"><a href="/groups/g/user/5/"><span dir="auto">Sam Lee</span></a>
      <span dir="auto" lang="vi-VN"><div dir="auto">Đồng ý.</div><div dir="auto">Mông của tôi <img alt="😅" src="x.png"> luôn căng.</div></span>
      <a href="/groups/g/posts/1/?comment_id=8">1h</a></div>`);
    const [, comment] = facebook.findPosts(document);
    expect(facebook.getText(comment!)).toEqual({ text: 'Đồng ý. Mông của tôi 😅 luôn căng.', truncated: false });
  });

  it('flags a long comment cut with "See more" as truncated', () => {
    commentPage(`<div role="article"><span dir="auto">Sam Lee</span>
      <span dir="auto" lang="en-US"><div dir="auto">I always start prone and then… <div role="button" tabindex="0">See more</div></div></span></div>`);
    const [, comment] = facebook.findPosts(document);
    expect(facebook.getText(comment!)).toEqual({ text: 'I always start prone and then…', truncated: true });
  });

  it('keeps a reply nested inside its comment out of the comment, and finds replies loaded into a comment', () => {
    commentPage(`<div role="article" id="c"><span dir="auto" lang="en-US"><div dir="auto">Agreed.</div></span>
      <a href="/groups/g/posts/1/?comment_id=8">1h</a>
      <div id="replies"><div role="article" id="r"><span dir="auto" lang="en-US"><div dir="auto">Not always.</div></span>
        <a href="/groups/g/posts/1/?comment_id=8&amp;reply_comment_id=9">1h</a></div></div></div>`);
    const post = one('[aria-posinset="1"]');
    const comment = one('#c');
    const reply = one('#r');
    expect(facebook.findPosts(document)).toEqual([post, comment, reply]);
    expect(facebook.getText(comment).text).toBe('Agreed.');
    expect(facebook.getId(comment)).toBe('/groups/g/posts/1/?comment_id=8');
    expect(facebook.getId(reply)).toBe('/groups/g/posts/1/?comment_id=8&reply_comment_id=9');
    expect(facebook.getParentPost?.(reply)).toBe(post);
    expect(facebook.getText(post).text).toBe('Release the glutes first for low back pain.');
    // The replies container React adds inside the comment: the comment, then the replies in it.
    expect(facebook.findPosts(one('#replies'))).toEqual([comment, reply]);
  });

  it('puts a space between paragraphs even in minified markup', () => {
    page(`<div role="feed"><div aria-posinset="1"><div role="article"><div data-ad-preview="message"><div dir="auto">One.</div><div dir="auto">Two<br>three.</div></div></div></div></div>`);
    expect(facebook.getText(facebook.findPosts(document)[0]!).text).toBe('One. Two three.');
  });

  it('never takes a permalink from a comment', () => {
    page(`<div role="feed"><div aria-posinset="1"><div role="article">
      <a href="#" aria-label="3h">3h</a><div data-ad-preview="message"><div dir="auto">Body</div></div>
      <div role="article"><div dir="auto">Look at this one</div><a href="/groups/1/posts/999/">shared link</a></div>
    </div></div></div>`);
    const [post] = facebook.findPosts(document);
    expect(facebook.getId(post!)).toBeNull();
  });

  it('finds the posts a new node holds, with their comments, in one query of that node', () => {
    page(`<div role="feed"><div id="batch">
      <div aria-posinset="1" id="a"><div role="article" id="a-own"><div dir="auto">Post A</div>
        <div role="article" id="a-c1"><div dir="auto">Reply 1</div><div role="article" id="a-c2">Reply 2</div></div>
      </div></div>
      <div aria-posinset="2" id="shell"><div role="progressbar"></div><div role="article" id="shell-own"></div></div>
      <div role="article" id="b"><div dir="auto">Post B</div><div role="article" id="b-c1">Reply 3</div></div>
      <div aria-posinset="3" id="c"><div role="article" id="c-own"><div dir="auto">Post C</div></div></div>
    </div></div>`);
    const batch = one('#batch');
    const queries = vi.spyOn(Element.prototype, 'querySelectorAll');
    expect(facebook.findPosts(batch).map((el) => el.id)).toEqual(['a', 'a-c1', 'a-c2', 'b', 'b-c1', 'c']);
    expect(queries).toHaveBeenCalledTimes(1);
    queries.mockRestore();
    // A post's own comments need no containment check: everything its query finds is inside it.
    const contains = vi.spyOn(Node.prototype, 'contains');
    expect(findComments(one('#a')).map((el) => el.id)).toEqual(['a-c1', 'a-c2']);
    expect(contains).not.toHaveBeenCalled();
    contains.mockRestore();
    expect(findComments(one('#b')).map((el) => el.id)).toEqual(['b-c1']);
    expect(facebook.findPosts(one('#shell'))).toEqual([]);
  });

  it('looks for post roots around a feed once, not around each of its items', () => {
    page(`<div role="feed" id="feed">
      <div id="w1"><div aria-posinset="1" id="a"><div role="article"><div dir="auto">Post A</div></div></div></div>
      <div aria-posinset="2" id="b"><div role="article"><div dir="auto">Post B</div></div></div>
      <div id="w3"><div aria-posinset="3" id="c"><div role="article"><div dir="auto">Post C</div></div></div></div>
    </div>`);
    const feed = one('#feed');
    const items = [...feed.children];
    const closest = vi.spyOn(Element.prototype, 'closest');
    expect(items.flatMap((item) => facebook.findPosts(item, feed)).map((el) => el.id)).toEqual(['a', 'b', 'c']);
    // One walk up, from the feed (closest() starts at its parent); none from its items.
    expect(closest.mock.contexts).toEqual([feed.parentElement]);
    closest.mockRestore();
    expect(items.flatMap((item) => facebook.findPosts(item)).map((el) => el.id)).toEqual(['a', 'b', 'c']);
  });

  it('returns nothing for a feed with only a loading shell or an aria-describedby control', () => {
    page(`<div role="feed">
      <div aria-describedby="x"><div role="progressbar"></div></div>
      <div><div role="button" aria-describedby="tip">Filters</div><span id="tip">Sort posts</span></div>
    </div>`);
    expect(facebook.findPosts(document)).toEqual([]);
    expect(facebook.findFeeds(document)).toHaveLength(1);
  });

  it('returns no feeds on a page without one', () => {
    page('<div role="main"><div role="article"><div dir="auto">Hi</div></div></div>');
    expect(facebook.findFeeds(document)).toEqual([]);
  });
});

/** The reading normalizePermalink must agree with, written plainly. */
function permalinkByUrl(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href, 'https://www.facebook.com/');
  } catch {
    return null;
  }
  const relative = href.startsWith('/') && !href.startsWith('//');
  if (!relative && !/^https?:\/\/(?:[^/?#]*\.)?facebook\.com(?:[/?#]|$)/.test(href)) return null;
  if (/(?:^|&)(?:comment_id|reply_comment_id)=/.test(url.search.slice(1))) return null;
  const path = url.pathname.replace(/\/+$/, '');
  return /\/(?:posts|permalink)\/[^/]+$/.test(path) ? `${path}/` : null;
}

describe.each(SITES.map((site) => [site.id, site] as const))('%s findPosts of a feed item', (id, site) => {
  it.each(listFixtures(id))('gives the same roots with its feed as without, also for a feed inside a post (%s)', (name) => {
    const { html, expected } = loadFixture(id, name);
    loadPage(html, expected.url);
    const same = (feed: Element) => {
      expect(feed.children.length).toBeGreaterThan(0);
      for (const item of feed.children) expect(site.findPosts(item, feed)).toEqual(site.findPosts(item));
    };
    const feeds = site.findFeeds(document);
    const posts = site.findPosts(document).filter((p) => site.getKind(p) === 'post');
    expect(feeds.length).toBeGreaterThan(0);
    expect(posts.length).toBeGreaterThan(0);
    feeds.forEach(same);
    // The roots around a feed's items are those around the feed: a copy of the feed put inside a post.
    const copy = feeds[0]!.cloneNode(true) as Element;
    posts[0]!.append(copy);
    same(copy);
  });
});

describe('perFeed', () => {
  it('looks up once per feed within a task, and again in a later task', async () => {
    const lookup = vi.fn((feed: Element) => feed.parentElement);
    const around = perFeed(lookup);
    const [a, b] = [document.createElement('div'), document.createElement('div')];
    expect([around(a), around(a), around(b), around(a)]).toEqual([null, null, null, null]);
    expect(lookup.mock.calls.map(([feed]) => feed)).toEqual([a, b]);
    await Promise.resolve();
    document.body.append(a); // the page changed between tasks: the answer follows
    expect(around(a)).toBe(document.body);
    expect(lookup).toHaveBeenCalledTimes(3);
  });
});

describe('normalizePermalink', () => {
  it('agrees with a URL-based reading on 5,000 generated links', () => {
    const parts = {
      origin: ['', '', 'https://www.facebook.com', 'https://web.facebook.com', 'http://facebook.com', 'https://evil.example', 'https://facebook.com.evil.example'],
      path: ['/groups/1', '/jane.doe', '', '/groups/a/b', '/photo'],
      kind: ['/posts/', '/permalink/', '/post/', '/posts', '/'],
      id: ['123', 'pfbid0abc', '', '123/456', '9'],
      slash: ['', '/', '//'],
      query: ['', '?__cft__[0]=AZx', '?comment_id=3', '?a=1&reply_comment_id=4', '?xcomment_id=3', '?set=a.2'],
      hash: ['', '#', '#x'],
    };
    let seed = 11;
    const next = <T,>(xs: T[]) => xs[(seed = (seed * 1103515245 + 12345) % 2147483648) % xs.length]!;
    let matched = 0;
    for (let i = 0; i < 5000; i++) {
      const href = `${next(parts.origin)}${next(parts.path)}${next(parts.kind)}${next(parts.id)}${next(parts.slash)}${next(parts.query)}${next(parts.hash)}`;
      if (!href.startsWith('/') && !href.startsWith('http')) continue;
      const expected = permalinkByUrl(href);
      if (expected) matched++;
      expect(normalizePermalink(href), href).toBe(expected);
    }
    expect(matched).toBeGreaterThan(200);
  });

  it.each([
    ['/groups/massagetherapists/posts/123/?__cft__[0]=AZx&__tn__=%2CO', '/groups/massagetherapists/posts/123/'],
    ['https://www.facebook.com/groups/123/permalink/456', '/groups/123/permalink/456/'],
    ['https://web.facebook.com/jane.doe/posts/pfbid0abc?__cft__[0]=1', '/jane.doe/posts/pfbid0abc/'],
  ])('%s -> %s', (href, id) => {
    expect(normalizePermalink(href)).toBe(id);
  });

  it.each([
    ['/groups/1/posts/2/?comment_id=3'],
    ['/groups/1/posts/2/?comment_id=3&reply_comment_id=4'],
    ['#'],
    ['/photo/?fbid=1&set=a.2'],
    ['https://evil.example/groups/1/posts/2/'],
    ['/groups/1/posts/'],
  ])('%s -> null', (href) => {
    expect(normalizePermalink(href)).toBeNull();
  });
});

describe('normalizeCommentPermalink', () => {
  it.each([
    ['/groups/g/posts/1/?comment_id=2&__cft__[0]=AZ', '/groups/g/posts/1/?comment_id=2'],
    ['https://www.facebook.com/groups/g/permalink/1?comment_id=2&reply_comment_id=3', '/groups/g/permalink/1/?comment_id=2&reply_comment_id=3'],
    ['https://web.facebook.com/jane/posts/pfbid0x?comment_id=5', '/jane/posts/pfbid0x/?comment_id=5'],
  ])('%s -> %s', (href, id) => {
    expect(normalizeCommentPermalink(href)).toBe(id);
  });

  it.each([['/groups/g/posts/1/'], ['/rachel.kim/?comment_id=Y29t'], ['https://evil.example/groups/g/posts/1/?comment_id=2'], ['#']])(
    '%s -> null',
    (href) => {
      expect(normalizeCommentPermalink(href)).toBeNull();
    },
  );
});

describe('facebook expectsFeed', () => {
  it.each([
    ['https://www.facebook.com/', true],
    ['https://www.facebook.com/?sk=h_chr', true],
    ['https://www.facebook.com/home.php', true],
    ['https://www.facebook.com/groups/feed/', true],
    ['https://www.facebook.com/groups/massagetherapists/', true],
    ['https://www.facebook.com/groups/massagetherapists/posts/1894412207753310/', true],
    ['https://www.facebook.com/groups/123/permalink/456/', true],
    ['https://www.facebook.com/jane.doe/posts/pfbid0abc', true],
    ['https://www.facebook.com/permalink.php?story_fbid=1&id=2', true],
    ['https://www.facebook.com/groups/discover/', false],
    ['https://www.facebook.com/groups/massagetherapists/members/', false],
    ['https://www.facebook.com/messages/t/100012290871/', false],
    ['https://www.facebook.com/marketplace/', false],
  ])('%s -> %s', (url, result) => {
    expect(facebook.expectsFeed?.(new URL(url))).toBe(result);
  });

  it.each(facebookFixtures)('is true for the %s fixture URL and the URL examples', (name) => {
    expect(facebook.expectsFeed?.(new URL(loadFixture('facebook', name).expected.url))).toBe(true);
    for (const url of facebook.urlExamples) expect(facebook.expectsFeed?.(new URL(url))).toBe(true);
  });
});

describe('match patterns', () => {
  it.each([
    ['*://www.facebook.com/*', 'https://www.facebook.com/', true],
    ['*://www.facebook.com/*', 'http://www.facebook.com/groups/x/?a=1', true],
    ['*://www.facebook.com/*', 'https://m.facebook.com/', false],
    ['*://www.facebook.com/*', 'https://www.facebook.com.evil.example/', false],
    ['*://www.facebook.com/*', 'file:///www.facebook.com/', false],
    ['*://www.facebook.com/*', 'ftp://www.facebook.com/', false],
    ['https://*.example.com/*', 'https://example.com/', true],
    ['https://*.example.com/*', 'https://a.b.example.com/x', true],
    ['https://*.example.com/*', 'https://badexample.com/', false],
    ['https://*.example.com/*', 'http://a.example.com/', false],
    ['https://example.com/feed/*', 'https://example.com/feed/foryou', true],
    ['https://example.com/feed/*', 'https://example.com/other', false],
    ['https://example.com/a?b', 'https://example.com/a?b', true],
    ['https://example.com/a.b', 'https://example.com/axb', false],
    ['*://*/*', 'https://anything.example/', true],
    ['<all_urls>', 'https://www.facebook.com/', true],
    ['<all_urls>', 'chrome://extensions/', false],
    ['*://www.facebook.com/*', 'not a url', false],
    ['*://WWW.Facebook.com/*', 'https://www.facebook.com/', true],
  ])('%s against %s -> %s', (pattern, url, result) => {
    expect(matchesPattern(pattern, url)).toBe(result);
  });

  it('accepts URL objects', () => {
    expect(matchesPattern('*://www.facebook.com/*', new URL('https://www.facebook.com/groups/x/'))).toBe(true);
  });

  it.each([['www.facebook.com/*'], ['*://www.facebook.com'], ['https://*foo.com/*'], ['https:///*'], ['']])(
    'rejects malformed pattern %j',
    (pattern) => {
      expect(() => parseMatchPattern(pattern)).toThrow(/match pattern/i);
    },
  );
});

describe('site registry', () => {
  it('registers the Facebook adapter with the manifest patterns', () => {
    expect(SITES).toContain(facebook);
    expect(facebook.matches).toEqual(SITE_MATCHES.filter((pattern) => pattern.includes('facebook.com')));
    expect(facebook.matches.length).toBeGreaterThan(0);
  });

  it('gives every site valid patterns and URL examples that lead back to it', () => {
    const ids = SITES.map((site) => site.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const site of SITES) {
      for (const pattern of site.matches) expect(() => parseMatchPattern(pattern)).not.toThrow();
      expect(site.urlExamples.length).toBeGreaterThan(0);
      for (const url of site.urlExamples) expect(siteForUrl(url)).toBe(site);
    }
  });

  it.each([
    ['https://www.facebook.com/groups/massagetherapists/', 'facebook'],
    ['https://m.facebook.com/', 'facebook'],
    ['https://web.facebook.com/groups/1/posts/2/', 'facebook'],
    ['https://www.facebook.com.evil.example/', undefined],
    ['https://business.facebook.com/', undefined],
    ['https://example.com/', undefined],
    ['not a url', undefined],
  ])('siteForUrl(%s) -> %s', (url, id) => {
    expect(siteForUrl(url)?.id).toBe(id);
  });

  it('accepts a URL object', () => {
    expect(siteForUrl(new URL('https://www.facebook.com/'))).toBe(facebook);
  });
});
