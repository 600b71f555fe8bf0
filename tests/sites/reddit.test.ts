/**
 * The Reddit adapter against its fixture pages (new "shreddit" and old Reddit, feed and comments
 * pages), with exact counts, texts, ids and kinds, plus URL shapes and small hand-made pages.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { listFixtures, loadFixture } from '../fixtures/load';
import { findReplyBox, postFullnameFromPermalink, reddit } from '@/utils/sites/reddit';
import { siteForUrl } from '@/utils/sites/index';
import { one, type Entry } from './helpers';

/** A sidecar entry: a post, or a comment with its post's selector in `parent`. */

function loadIntoDocument(html: string): void {
  document.open();
  document.write(html);
  document.close();
}


const fixtures = listFixtures('reddit');

describe('reddit fixtures', () => {
  it('cover both layouts, feed and comments pages', () => {
    expect(fixtures).toEqual([
      'old-comments-2026-11-27',
      'old-feed-2026-11-27',
      'shreddit-comments-2026-11-27',
      'shreddit-feed-2026-11-27',
    ]);
  });

  it('label the feeds with clear matches, look-alikes and one cut post each', () => {
    for (const name of ['old-feed-2026-11-27', 'shreddit-feed-2026-11-27']) {
      const posts = loadFixture('reddit', name).expected.posts as Entry[];
      expect(posts.filter((p) => p.relevant).length, name).toBeGreaterThanOrEqual(3);
      expect(posts.filter((p) => !p.relevant).length, name).toBeGreaterThanOrEqual(4);
      expect(posts.some((p) => p.truncated), name).toBe(true);
      for (const post of posts) if (!post.relevant) expect(post.claims).toEqual([]);
    }
  });

  it('render the same thread in both layouts, read the same way', () => {
    const strip = (entries: Entry[]) =>
      entries.map(({ id, text, kind, relevant, claims, truncated, replyTo }) => ({ id, text, kind, relevant, claims, truncated, replyTo: replyTo?.replace(/.*"(t1_\w+)".*/, '$1') }));
    const oldThread = loadFixture('reddit', 'old-comments-2026-11-27').expected.posts as Entry[];
    const newThread = loadFixture('reddit', 'shreddit-comments-2026-11-27').expected.posts as Entry[];
    expect(strip(oldThread)).toEqual(strip(newThread));
    // The thread has agreement, disagreement, an off-topic reply, and agreement with the disagreement.
    const comments = newThread.filter((entry) => entry.kind === 'comment');
    expect(comments.map((c) => c.relevant)).toEqual([true, true, false, true, true]);
    expect(comments.map((c) => c.replyTo ?? null)).toEqual([null, comments[0]!.selector, comments[1]!.selector, comments[1]!.selector, null]);
  });
});

describe.each(fixtures)('reddit adapter on %s', (name) => {
  const { html, expected } = loadFixture('reddit', name);
  const entries = expected.posts as Entry[];

  beforeEach(() => loadIntoDocument(html));

  it('is the adapter for the fixture URL, which expects a feed', () => {
    expect(siteForUrl(expected.url)).toBe(reddit);
    expect(reddit.expectsFeed?.(new URL(expected.url))).toBe(true);
  });

  it('finds exactly the expected feeds', () => {
    const feeds = reddit.findFeeds(document);
    expect(feeds).toHaveLength(expected.feeds);
    for (const feed of feeds) {
      expect(feed.matches('shreddit-feed, shreddit-comment-tree, #siteTable, .commentarea > .sitetable')).toBe(true);
    }
  });

  it('finds exactly the expected post and comment roots, in document order', () => {
    const roots = entries.map((entry) => one(entry.selector));
    expect(reddit.findPosts(document)).toEqual(roots);
    // The same from the feed containers the scanner observes (comments page: the post is outside them).
    const fromFeeds = reddit.findFeeds(document).flatMap((feed) => reddit.findPosts(feed));
    const outside = roots.filter((root) => !reddit.findFeeds(document).some((feed) => feed.contains(root)));
    expect([...outside, ...fromFeeds]).toEqual(roots);
  });

  it.each(entries.map((entry) => [entry.selector, entry] as const))(
    'reads text, truncation, id, kind and parent of %s',
    (selector, entry) => {
      const root = one(selector);
      expect(reddit.getText(root)).toEqual({ text: entry.text, truncated: entry.truncated });
      expect(reddit.getId(root)).toBe(entry.id);
      expect(reddit.getKind(root)).toBe(entry.kind ?? 'post');
      expect(reddit.getParentPost?.(root)).toBe(entry.parent ? one(entry.parent) : null);
    },
  );

  it('keeps each comment out of its post and its replies out of it', () => {
    const texts = new Map(entries.map((entry) => [entry.selector, entry.text]));
    for (const entry of entries) {
      const others = entries.filter((other) => other !== entry && other.text.length > 0);
      for (const other of others) {
        if (entry.text.includes(other.text)) expect.fail(`${entry.selector} contains the text of ${other.selector}`);
      }
      expect(texts.get(entry.selector)).toBe(entry.text);
    }
    for (const post of entries.filter((entry) => entry.kind !== 'comment')) {
      expect(entries.filter((entry) => entry.parent === post.selector)).toHaveLength(post.comments);
    }
  });

  it('maps a node inside a root to that root, and a wrapper to the roots it holds', () => {
    for (const entry of entries) {
      const root = one(entry.selector);
      const below = reddit.findPosts(document).filter((el) => el !== root && root.contains(el));
      expect(reddit.findPosts(root)).toEqual([root, ...below]);
      // Any element of the root's own part (title, body, credit bar, tagline) maps back to it alone.
      const own = [...root.querySelectorAll('*')].filter(
        (el) => !below.some((child) => child.contains(el)) && !el.matches('shreddit-comment, .thing, .child, .sitetable'),
      );
      expect(own.length).toBeGreaterThan(2);
      for (const el of own) expect(reddit.findPosts(el)).toEqual([root]);
      // A wrapper around the root (article, faceplate-batch, a listing) yields it and what it holds.
      const wrapper = root.parentElement!;
      expect(reddit.findPosts(wrapper)).toEqual(expect.arrayContaining([root, ...below]));
    }
  });

  it('ignores promoted posts and "load more" rows', () => {
    const found = reddit.findPosts(document);
    for (const ignored of expected.ignored) {
      for (const el of document.querySelectorAll(ignored.selector)) {
        expect(found).not.toContain(el);
        expect(reddit.findPosts(el)).toEqual([]);
      }
      expect(document.querySelectorAll(ignored.selector).length).toBeGreaterThan(0);
    }
  });

  it('puts the badge where the post or comment renders its light-DOM children', () => {
    for (const entry of entries) {
      const root = one(entry.selector);
      const anchor = reddit.badgeAnchor!(root);
      expect(anchor.parentElement).toBe(root);
      if (root.tagName === 'SHREDDIT-POST') expect(anchor.getAttribute('slot')).toBe('credit-bar');
      else if (root.tagName === 'SHREDDIT-COMMENT') expect(anchor.getAttribute('slot')).toBe('commentMeta');
      else expect(anchor.classList.contains('entry')).toBe(true);
      // Never inside a link: a click on the badge must not open the post.
      expect(anchor.closest('a')).toBeNull();
    }
  });

  it('never mutates the page', () => {
    const before = document.documentElement.outerHTML;
    for (const feed of reddit.findFeeds(document)) reddit.findPosts(feed);
    for (const root of reddit.findPosts(document)) {
      reddit.getText(root);
      reddit.getId(root);
      reddit.getKind(root);
      reddit.getParentPost?.(root);
      reddit.badgeAnchor?.(root);
      reddit.findReplyBox?.(root);
      for (const el of root.querySelectorAll('*')) reddit.findPosts(el);
    }
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe('reddit specifics', () => {
  it('reads the old-Reddit self text once the expando is opened, and stops calling it truncated', () => {
    const { html } = loadFixture('reddit', 'old-feed-2026-11-27');
    loadIntoDocument(html);
    const post = one('.thing[data-fullname="t3_1h2ma4q"]');
    expect(reddit.getText(post)).toEqual({ text: 'Anyone else skip glutes on new clients?', truncated: true });
    // What old Reddit does on a click: fill the expando from its cached HTML and show it.
    const expando = one('.expando', post) as HTMLElement;
    expando.innerHTML = expando.getAttribute('data-cachedhtml')!;
    expando.removeAttribute('style');
    one('.expando-button', post).classList.replace('collapsed', 'expanded');
    expect(reddit.getText(post)).toEqual({
      text: 'Anyone else skip glutes on new clients? I never know how to bring it up on a first visit, so I just leave them out. Curious what everyone else does.',
      truncated: false,
    });
  });

  it('skips the hidden edit box of an old-Reddit comment', () => {
    const { html } = loadFixture('reddit', 'old-comments-2026-11-27');
    loadIntoDocument(html);
    const comment = one('.thing[data-fullname="t1_lx1a2b3"]');
    expect(one('textarea', one(':scope > .entry', comment)).textContent).toContain('100% agree');
    expect(reddit.getText(comment).text).toBe('100% agree, every low back I see 🙌');
  });

  it('finds the old-Reddit comment box for the post, a comment\'s own reply form, none on a feed', () => {
    loadIntoDocument(loadFixture('reddit', 'old-comments-2026-11-27').html);
    const box = one('.commentarea > form.usertext textarea[name="text"]');
    expect(findReplyBox(one('.thing[data-fullname="t3_1h2k3lm"]'))).toBe(box);
    // A comment with no reply form open has no box of its own (the sidebar then tries its parents).
    const reply = one('.thing[data-fullname="t1_lx1e6f7"]');
    expect(findReplyBox(reply)).toBeNull();
    // "reply" under a comment opens a form first in its .child row: that one wins.
    const child = one(':scope > .child', reply);
    child.insertAdjacentHTML('afterbegin', '<form class="usertext cloneable"><textarea name="text"></textarea></form>');
    expect(findReplyBox(reply)).toBe(one('textarea', child));
    loadIntoDocument(loadFixture('reddit', 'old-feed-2026-11-27').html);
    expect(findReplyBox(one('.thing[data-fullname="t3_1h2l8bc"]'))).toBeNull();
  });

  it('uses the ellipsis of a cut shreddit feed preview as truncation, only for previews', () => {
    document.body.innerHTML = `<shreddit-feed>
      <article><shreddit-post id="t3_a1"><a slot="title">Glutes</a><a slot="text-body"><div class="md"><p>Worked them for ten...</p></div></a></shreddit-post></article>
      <article><shreddit-post id="t3_a2"><a slot="title">Glutes</a><a slot="text-body"><div class="md"><p>Worked them. Done.</p></div></a></shreddit-post></article>
    </shreddit-feed>
    <shreddit-post id="t3_a3"><h1 slot="title">Glutes</h1><div slot="text-body"><div class="md"><p>And then…</p></div></div></shreddit-post>`;
    expect(reddit.findPosts(document).map((p) => reddit.getText(p).truncated)).toEqual([true, false, false]);
  });

  it('falls back to the post-title attribute and finds the parent post without a permalink', () => {
    document.body.innerHTML = `<shreddit-post id="t3_b1" post-title="Glute   massage?"></shreddit-post>
      <shreddit-comment-tree><shreddit-comment thingid="t1_c1" parentid="t3_b1"><div slot="comment"><p>Yes</p></div>
        <shreddit-comment slot="children" thingid="t1_c2" parentid="t1_c1"><div slot="comment"><p>No</p></div></shreddit-comment>
      </shreddit-comment></shreddit-comment-tree>`;
    const [post, c1, c2] = reddit.findPosts(document) as [Element, Element, Element];
    expect(reddit.getText(post).text).toBe('Glute massage?');
    expect(reddit.getText(c1).text).toBe('Yes');
    expect(reddit.getParentPost?.(c1)).toBe(post);
    expect(reddit.getParentPost?.(c2)).toBe(post);
    expect(reddit.findPosts(one('[slot="comment"]', c2))).toEqual([c2]);
  });

  it('returns no feeds and no posts on a page without them', () => {
    document.body.innerHTML = '<main><h1>Settings</h1><div class="thing-like">Nothing here</div></main>';
    expect(reddit.findFeeds(document)).toEqual([]);
    expect(reddit.findPosts(document)).toEqual([]);
  });
});

describe('reddit URLs', () => {
  it.each([
    ['https://www.reddit.com/', true],
    ['https://www.reddit.com/best/', true],
    ['https://www.reddit.com/r/MassageTherapists/', true],
    ['https://www.reddit.com/r/MassageTherapists/new/', true],
    ['https://www.reddit.com/r/popular/', true],
    ['https://www.reddit.com/r/MassageTherapists/comments/1h2k3lm/glutes_first_for_low_back_pain/', true],
    ['https://www.reddit.com/r/MassageTherapists/comments/1h2k3lm/comment/lx1a2b3/', true],
    ['https://old.reddit.com/r/MassageTherapists/comments/1h2k3lm/', true],
    ['https://old.reddit.com/r/MassageTherapists/comments/1h2k3lm/glutes_first_for_low_back_pain/lx1a2b3/', true],
    ['https://www.reddit.com/user/lowback_lmt/', true],
    ['https://www.reddit.com/settings/', false],
    ['https://www.reddit.com/r/MassageTherapists/wiki/index/', false],
    ['https://www.reddit.com/r/MassageTherapists/about/rules/', false],
    ['https://www.reddit.com/message/inbox/', false],
    ['https://www.reddit.com/submit', false],
  ])('expectsFeed(%s) -> %s', (url, result) => {
    expect(reddit.expectsFeed?.(new URL(url))).toBe(result);
  });

  it.each([
    ['https://www.reddit.com/r/MassageTherapists/', 'reddit'],
    ['https://old.reddit.com/', 'reddit'],
    ['https://new.reddit.com/r/x/', 'reddit'],
    ['https://www.reddit.com.evil.example/', undefined],
    ['https://reddit.example/', undefined],
    ['https://www.redditstatic.com/x.png', undefined],
  ])('siteForUrl(%s) -> %s', (url, id) => {
    expect(siteForUrl(url)?.id).toBe(id);
  });

  it('has URL examples for both layouts that lead back to it and expect a feed', () => {
    expect(reddit.urlExamples.some((url) => url.startsWith('https://old.reddit.com/'))).toBe(true);
    expect(reddit.urlExamples.some((url) => url.startsWith('https://www.reddit.com/'))).toBe(true);
    for (const url of reddit.urlExamples) {
      expect(siteForUrl(url)).toBe(reddit);
      expect(reddit.expectsFeed?.(new URL(url))).toBe(true);
    }
  });

  it.each([
    ['/r/x/comments/1h2k3lm/slug/', 't3_1h2k3lm'],
    ['/r/x/comments/1h2k3lm/comment/lx1a2b3/', 't3_1h2k3lm'],
    ['/r/x/comments/1h2k3lm', 't3_1h2k3lm'],
    ['/r/x/', null],
    [null, null],
  ])('postFullnameFromPermalink(%s) -> %s', (permalink, fullname) => {
    expect(postFullnameFromPermalink(permalink)).toBe(fullname);
  });
});
