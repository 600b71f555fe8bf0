/**
 * Fuzzing the site adapters with 1,000 generated DOM shapes per site: half are random trees built from the
 * tags and attributes the site's fixtures use (with real and garbage values), half are fixture posts broken
 * at random (elements removed, attributes renamed or emptied, subtrees moved, duplicated or wrapped, huge
 * or odd text). Every adapter function the scanner calls must not throw, must return the promised types,
 * and must not change the page (adapters only read); findPosts of a node covers findPosts of every node
 * inside it (the scanner relies on that). Also: reading a feed does a bounded number of
 * whole-feed queries however long the feed is (linear work, counted rather than timed: timings flake here).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { listFixtures, loadFixture } from '../fixtures/load';
import { SITES } from '@/utils/sites';
import type { SiteAdapter } from '@/utils/sites/types';
import { rng } from '../rng';

export const SHAPES_PER_SITE = 1000;

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

const setUrl = (url: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

const TEXTS = [
  'glute massage for low back pain', 'See more', '… more', 'Show more', '🍑🍑🍑', '\u202egniggar\u202c', '\u200b\u200d',
  'x'.repeat(5000), 'مساج الأرداف', '<img src=x onerror=alert(1)>', '   ', '', 'gluten-free', '\ud800', 'Reply', '2h',
];
const GARBAGE_VALUES = [
  '', ' ', '-1', 'NaN', '999999999999999999999', 'javascript:alert(1)', '%E0%A4%A', '"><svg onload=alert(1)>',
  '/posts/', '/status/', '/comments/', 'urn:li:activity:', '?comment_id=', '//evil.example/p/x', 'a'.repeat(3000),
  '\u0000', '[object Object]',
];
const EXTRA_TAGS = ['div', 'span', 'a', 'article', 'ul', 'li', 'svg', 'img', 'button', 'template', 'time', 'h3', 'p', 'br'];

interface Vocabulary {
  tags: string[];
  attrs: [string, string][];
  /** Fixture post roots, each with a shallow copy of its feed container (so feed context still exists). */
  posts: { post: Element; feed: Element | null }[];
  urls: string[];
}

function vocabularyOf(site: SiteAdapter): Vocabulary {
  const tags = new Set<string>(EXTRA_TAGS);
  const attrs = new Map<string, [string, string]>();
  const posts: Vocabulary['posts'] = [];
  const urls: string[] = [];
  for (const name of listFixtures(site.id)) {
    const { html, expected } = loadFixture(site.id, name);
    urls.push(expected.url);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    for (const el of doc.body.querySelectorAll('*')) {
      tags.add(el.localName);
      for (const a of el.attributes) {
        if (a.name === 'class' || a.name === 'style') continue;
        attrs.set(`${a.name}=${a.value}`, [a.name, a.value.slice(0, 200)]);
      }
    }
    const feeds = site.findFeeds(doc);
    for (const post of site.findPosts(doc.body)) {
      posts.push({ post, feed: feeds.find((f) => f.contains(post)) ?? null });
    }
  }
  return { tags: [...tags], attrs: [...attrs.values()], posts, urls };
}

function randomTree(doc: Document, vocab: Vocabulary, r: () => number, depth: number): Element {
  const el = doc.createElement(pick(r, vocab.tags));
  const nAttrs = Math.floor(r() * 4);
  for (let i = 0; i < nAttrs; i++) {
    const [name, value] = pick(r, vocab.attrs);
    try {
      el.setAttribute(name, r() < 0.7 ? value : pick(r, GARBAGE_VALUES));
    } catch {
      // An attribute name the parser accepted but setAttribute refuses: leave it out.
    }
  }
  const nChildren = depth <= 0 ? 0 : Math.floor(r() * 5);
  for (let i = 0; i < nChildren; i++) {
    if (r() < 0.3) el.append(doc.createTextNode(pick(r, TEXTS)));
    else el.append(randomTree(doc, vocab, r, depth - 1));
  }
  return el;
}

/** A fixture post (inside a shallow copy of its feed), broken in 1 to 6 random ways. */
function brokenPost(doc: Document, vocab: Vocabulary, r: () => number): Element {
  const { post, feed } = pick(r, vocab.posts);
  const root = feed ? (doc.importNode(feed, false) as Element) : doc.createElement('div');
  root.append(doc.importNode(post, true));
  const all = () => [...root.querySelectorAll('*')];
  const mutations = 1 + Math.floor(r() * 6);
  for (let m = 0; m < mutations; m++) {
    const els = all();
    if (els.length === 0) break;
    const el = pick(r, els);
    const what = Math.floor(r() * 8);
    if (what === 0) el.remove();
    else if (what === 1 && el.attributes.length) el.removeAttribute(pick(r, [...el.attributes]).name);
    else if (what === 2 && el.attributes.length) {
      const a = pick(r, [...el.attributes]);
      el.removeAttribute(a.name);
      el.setAttribute(`data-renamed-${a.name.replace(/[^a-z0-9-]/g, '')}`, a.value);
    } else if (what === 3 && el.attributes.length) el.setAttribute(pick(r, [...el.attributes]).name, pick(r, GARBAGE_VALUES));
    else if (what === 4) {
      // Move a subtree somewhere else (never into itself).
      const target = pick(r, els);
      if (target !== el && !el.contains(target)) target.append(el);
    } else if (what === 5) el.after(el.cloneNode(true));
    else if (what === 6) {
      const wrap = doc.createElement(pick(r, ['div', 'span', 'section']));
      el.replaceWith(wrap);
      wrap.append(el);
    } else el.textContent = pick(r, TEXTS);
  }
  return root;
}

interface Totals {
  shapes: number;
  posts: number;
  feeds: number;
}

/** Runs every adapter function the scanner and sidebar call; returns a problem or null. */
function exercise(site: SiteAdapter, totals: Totals): string | null {
  const before = document.body.innerHTML;
  const feeds = site.findFeeds(document);
  if (!Array.isArray(feeds) || feeds.some((f) => !(f instanceof Element))) return 'findFeeds: not a list of elements';
  totals.feeds += feeds.length;
  const posts = new Set(site.findPosts(document.body));
  for (const feed of feeds) for (const p of site.findPosts(feed)) posts.add(p);
  // A feed's child passed with its feed (the roots around it are the feed's) gives what it gives otherwise.
  for (const feed of feeds) {
    for (const item of feed.children) {
      const plain = site.findPosts(item);
      const asItem = site.findPosts(item, feed);
      if (asItem.length !== plain.length || asItem.some((p, i) => p !== plain[i])) return 'findPosts(item, feed): differs from findPosts(item)';
    }
  }
  for (const post of posts) {
    if (!(post instanceof Element) || !document.body.contains(post)) return 'findPosts: an element outside the root';
    totals.posts++;
    const text = site.getText(post);
    if (typeof text?.text !== 'string' || typeof text.truncated !== 'boolean') return 'getText: wrong shape';
    const id = site.getId(post);
    if (id !== null && typeof id !== 'string') return `getId: ${typeof id}`;
    const kind = site.getKind(post);
    if (kind !== 'post' && kind !== 'comment') return `getKind: ${String(kind)}`;
    const read = site.read?.(post);
    if (read && (read.text !== text.text || read.truncated !== text.truncated || read.id() !== id || read.kind !== kind)) {
      return 'read: differs from getText, getId and getKind';
    }
    const parent = site.getParentPost?.(post);
    if (parent != null && (!(parent instanceof Element) || parent === post)) return 'getParentPost: not another element';
    if (parent) site.getText(parent);
    const anchor = site.badgeAnchor?.(post);
    if (anchor != null && !(anchor instanceof Element)) return 'badgeAnchor: not an element';
    const box = site.findReplyBox?.(post);
    if (box != null && !(box instanceof Element)) return 'findReplyBox: not an element';
    // A root found inside a post is a post too (the scanner asks again for nodes added inside posts).
    site.findPosts(post);
  }
  // findPosts of a node covers findPosts of any node inside it: the scanner skips a node when an ancestor is queued.
  // Not checkable for Instagram here: happy-dom matches its 'main article' only inside the query's root,
  // where browsers look at the whole page, so happy-dom alone would fail it.
  if (site.id !== 'instagram') {
    const all = [...document.body.querySelectorAll('*')];
    // happy-dom hands out two objects for one <form> (closest() vs querySelectorAll()): compare nodes, not objects.
    const same = (a: Element, b: Element) => a === b || a.isSameNode(b) || b.isSameNode(a);
    for (let i = 0; i < all.length; i += 5) {
      const el = all[i]!;
      const inner = site.findPosts(el);
      if (inner.length === 0) continue;
      for (const outer of [el.parentElement, document.body]) {
        if (!outer) continue;
        const covered = site.findPosts(outer);
        if (inner.some((p) => !covered.some((c) => same(c, p)))) {
          return `findPosts(<${outer.localName}>) misses a root that findPosts(<${el.localName}>) inside it finds`;
        }
      }
    }
  }
  site.expectsFeed?.(new URL(location.href));
  if (document.body.innerHTML !== before) return 'the adapter changed the page';
  return null;
}

describe.each(SITES.map((s) => [s.id, s] as const))('%s adapter fuzzing', (_id, site) => {
  let vocab: Vocabulary;
  beforeAll(() => {
    vocab = vocabularyOf(site);
  });

  it(`${SHAPES_PER_SITE} generated DOM shapes: no exception, right types, page unchanged`, () => {
    expect(vocab.posts.length).toBeGreaterThan(0);
    const seed = 7000 + site.id.length;
    const r = rng(seed);
    const totals: Totals = { shapes: 0, posts: 0, feeds: 0 };
    for (let i = 0; i < SHAPES_PER_SITE; i++) {
      setUrl(pick(r, vocab.urls));
      const shape = i % 2 === 0 ? randomTree(document, vocab, r, 5) : brokenPost(document, vocab, r);
      document.body.replaceChildren(shape);
      let problem: string | null;
      try {
        problem = exercise(site, totals);
      } catch (err) {
        problem = `threw ${String(err)}`;
      }
      if (problem) {
        throw new Error(`${site.id} shape ${i} (seed ${seed}): ${problem}\n${document.body.innerHTML.slice(0, 1500)}`);
      }
      totals.shapes++;
    }
    expect(totals.shapes).toBe(SHAPES_PER_SITE);
    // The shapes must reach the adapter's real paths: many posts found and read.
    expect(totals.posts).toBeGreaterThan(SHAPES_PER_SITE / 4);
    expect(totals.feeds).toBeGreaterThan(0);
  }, 30_000);

  it('reading a feed never queries the whole feed once per post (deterministic linear-work check)', () => {
    setUrl(vocab.urls[0]!);
    const { post, feed } = vocab.posts[0]!;
    // Counts DOM queries whose scope holds the whole feed (the document, body or feed container). One
    // such query per post is what makes reading a feed quadratic; per-post queries inside a post are fine.
    const wide = (n: number): number => {
      const root = feed ? (document.importNode(feed, false) as Element) : document.createElement('div');
      for (let i = 0; i < n; i++) root.append(document.importNode(post, true));
      document.body.replaceChildren(root);
      // Every node that holds more than one post: the lowest common ancestor of two posts and all above it.
      const scopes = new Set<unknown>([document]);
      const [first, second] = [...root.children];
      for (let node: Element | null = first?.parentElement ?? root; node; node = node.parentElement) {
        if (!second || node.contains(second)) scopes.add(node);
      }
      let count = 0;
      // Patch the prototype that really owns each method (DOM emulators define them at different levels).
      const owner = (obj: object, name: string): object => {
        let proto: object | null = obj;
        while (proto && !Object.prototype.hasOwnProperty.call(proto, name)) proto = Object.getPrototypeOf(proto);
        return proto ?? obj;
      };
      const targets = new Map<object, Set<string>>();
      for (const obj of [document, root, root.firstElementChild ?? root]) {
        for (const name of ['querySelectorAll', 'querySelector']) {
          const proto = owner(obj, name);
          if (!targets.has(proto)) targets.set(proto, new Set());
          targets.get(proto)!.add(name);
        }
      }
      const spies = [...targets].flatMap(([proto, names]) => [...names].map((name) => [proto, name] as const)).map(([proto, name]) => {
        const original = (proto as any)[name as string];
        (proto as any)[name as string] = function (this: unknown, ...args: unknown[]) {
          if (scopes.has(this)) count++;
          return original.apply(this, args);
        };
        return () => ((proto as any)[name as string] = original);
      });
      try {
        for (const p of site.findPosts(document.body)) {
          site.getText(p);
          site.getId(p);
          site.getKind(p);
          site.getParentPost?.(p);
        }
      } finally {
        spies.forEach((restore) => restore());
      }
      return count;
    };
    const small = wide(20);
    const large = wide(80);
    expect(large, `whole-feed queries: ${small} for 20 posts, ${large} for 80`).toBeLessThanOrEqual(small + 4);
  });
});
