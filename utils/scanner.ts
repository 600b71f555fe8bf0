/**
 * Finds and judges posts on a hostile, changing feed without making the page feel slower.
 *
 * - Observe narrowly (uBlock Origin, Control Panel for Twitter): one `childList` MutationObserver per
 *   feed container; its callback only queues nodes. No attribute or characterData watching.
 * - Process late and together: queued nodes wait up to `batchMs` (25 ms) and are then handled in
 *   slices of a few milliseconds with a per-slice cap, each its own task, never from inside the mutation
 *   callback, never by rescanning the whole document, and not at all while the tab is hidden. Waiting
 *   lets one slice judge the posts of several of the page's frames: the first post of a slice pays for
 *   code and caches that the page's own work has made cold, the next ones run warm. For the same reason
 *   a slice reads all its posts, then classifies them all, then writes all the verdicts.
 * - Recycled nodes (Facebook and X reuse post elements): what was handled is remembered in a WeakMap
 *   with the text and id it was judged on; a node whose content changed is judged again.
 * - Never remove or move the site's nodes: we only add attributes and our own badge host.
 */
import type { PostKind, PostRead } from './sites/types';
import type { Context, Verdict } from './detect/types';
import { ATTR, OWN_TAGS, type Judged, type ScannerOptions } from './scanner-api';

interface Memory {
  /**
   * The text judged. Kept itself rather than a hash: comparing is cheaper than hashing every read (most
   * changed texts differ in length, and equal strings often share storage), and no collision can hide a change.
   */
  text: string;
  /** The id read for it, '' when none was read or found. */
  id: string;
  key: string;
  /** Whether the post's id was read (then `key` is it, when it has one). */
  idRead: boolean;
  relevant: boolean;
  /** Whether it was marked truncated: a node judged before carries only the attributes we put on it. */
  truncated: boolean;
  /** The kind it was marked as. */
  kind: PostKind;
  /** Comments were read with it (as their post, or as the comment a reply answers). */
  threaded: boolean;
}

/** A post read in a slice, waiting for its verdict. */
interface Reading {
  post: Element;
  read: PostRead;
  /** The id when it was read (comments, and posts that were matches). */
  id: string | null | undefined;
  /** The comment's post (its thread). */
  parent: Parent | null;
  /** What the classifier reads a comment with: its post's text, and for a reply the comments above it too. */
  context: Context | undefined;
  /** The answered comments in that context (a reply's), nearest first. */
  answers: Element[] | null;
  previous: Memory | undefined;
}

/** A comment's post, as read once per read step for all its comments (`id` undefined: not read, memory says). */
interface Parent {
  element: Element;
  text: string;
  id: string | null | undefined;
}

/** Replies nest at most this deep in the context: a deeper reply is read with the comments just above it. */
const MAX_REPLY_DEPTH = 4;

export interface Scanner {
  /** Feeds currently observed. */
  readonly feedCount: number;
  /** Forget everything and look at the page again (in-page navigation). */
  reset(): void;
  /** Judge whatever is queued now, synchronously (tests, and before answering a status request). */
  flush(): void;
}

let keyCounter = 0;

export function createScanner(options: ScannerOptions): Scanner {
  const { site, classify, onJudged, signal } = options;
  const doc = options.doc ?? document;
  const win = doc.defaultView ?? window;
  const sliceMs = options.sliceMs ?? 4;
  const maxPerSlice = options.maxPerSlice ?? 200;
  const batchMs = options.batchMs ?? 25;
  const discoveryMs = options.discoveryMs ?? 1000;

  let memory = new WeakMap<Element, Memory>();
  let queue = new Set<Node>();
  /**
   * The queued nodes that a feed-level record added, with their feed: nothing above them is queued in
   * the usual case (underQueuedNode would walk up to the feed to find that out), and findPosts looks
   * for the post roots around them once per feed. Should something above be queued (the feed, or the
   * page at start), their posts are found twice: `pending` is a set.
   */
  let items = new Map<Node, Element>();
  /** Post roots waiting for a verdict, in the order they were found. */
  let pending = new Set<Element>();
  /** Pending slice timer (0 when none). */
  let frame = 0;
  const observed = new Set<Element>();
  /** Parent posts read during the current read step (cleared after it: a post may change later). */
  const parents = new Map<Element, Parent>();
  /** Comments read as what a reply answers, likewise. */
  const answered = new Map<Element, string>();
  /** Comments to judge again though their own text is the same: what they were read with has changed. */
  const stale = new Set<Element>();

  // Every DOM property a content script reads is a call into the browser, and the mutation callback and
  // the slices run for every post of an endless feed: each property is read once where it is needed.
  const ElementType = win.Element;
  /** Whether a node, by its nodeName (one call, where nodeType and nodeName were two), is an element of the site's. */
  const isSiteElement = (name: string) => name.charCodeAt(0) !== 35 /* '#': text, comment, fragment */ && !OWN_TAGS.has(name);
  const feedObserver = new MutationObserver((records) => {
    for (const record of records) {
      const added = record.addedNodes;
      const count = added.length;
      if (count === 0) continue;
      // Below an observed feed, a childList record's target is an element.
      const target = record.target as Element;
      if (observed.has(target)) {
        // New feed items: each is queued (findPosts(feed) would re-read every post on every batch).
        for (let i = 0; i < count; i++) {
          const node = added[i]!;
          if (isSiteElement(node.nodeName)) {
            queue.add(node);
            items.set(node, target);
          }
        }
        continue;
      }
      // Content replaced inside an existing post (a recycled node): re-check that post. Below the feed
      // level the target is queued rather than its new children (findPosts(target) covers them), unless
      // no element or text of the site's was added (our own badge host, a comment node). The target is
      // never one of our hosts: what they show lives in their shadow roots, which no record reports.
      if (queue.has(target)) continue;
      for (let i = 0; i < count; i++) {
        const name = added[i]!.nodeName;
        if (name === '#text' || isSiteElement(name)) {
          queue.add(target);
          break;
        }
      }
    }
    schedule();
  });

  // A feed container can appear after we start (lazy rendering, in-page navigation). Rather than watch
  // every mutation of the whole page for it, a cheap selector lookup runs every `discoveryMs` while the
  // tab is visible. A page without a feed (a permalink) is re-read then too: it has only a few roots.
  let discoveryTimer: ReturnType<typeof setInterval> | undefined;
  function poll(): void {
    if (signal.aborted || doc.visibilityState === 'hidden') return;
    discoverFeeds();
    if (observed.size === 0) {
      queue.add(doc.body ?? doc.documentElement);
      schedule();
    }
  }

  function discoverFeeds(): void {
    if (signal.aborted) return;
    for (const feed of observed) {
      if (!feed.isConnected) observed.delete(feed);
    }
    for (const feed of site.findFeeds(doc)) {
      if (observed.has(feed)) continue;
      observed.add(feed);
      feedObserver.observe(feed, { childList: true, subtree: true });
      queue.add(feed);
    }
    schedule();
  }

  function schedule(delay = batchMs): void {
    if (frame || signal.aborted || (queue.size === 0 && pending.size === 0)) return;
    // Nothing is scheduled while the tab is hidden; the scanner resumes on visibilitychange.
    if (doc.visibilityState === 'hidden') return;
    // A task of its own: each slice is a few milliseconds, so input and rendering run between slices.
    // (Animation-frame slices were tried: no faster in the bench, and they lengthen the page's own frame
    // task, so a heavy frame of the page's plus our slice could become a long task.) The wait before a
    // slice (batchMs) made the bench's script time about 7 % lower, for verdicts about 25 ms later.
    frame = win.setTimeout(runSlice, delay);
  }

  function cancelFrame(): void {
    if (frame) win.clearTimeout(frame);
    frame = 0;
  }

  function runSlice(): void {
    cancelFrame();
    if (signal.aborted) return;
    const start = performance.now();
    expandQueue();
    // Reading is about a third of a post's cost: the posts read in the first third of the slice are judged.
    judgeAll(readPending(start + sliceMs / 3, maxPerSlice));
    schedule(0); // work left over (the cap was reached) goes on in the next task
  }

  /** Reads pending posts, in order, until `deadline` (performance.now()) or `cap` posts with something new. */
  function readPending(deadline: number, cap: number): Reading[] {
    const batch: Reading[] = [];
    let reads = 0;
    for (const post of pending) {
      pending.delete(post);
      const again = stale.size > 0 && stale.delete(post);
      const reading = post.isConnected ? readPost(post, again) : null;
      if (reading) batch.push(reading);
      // The clock is a call into the browser too: it is read every fourth post (a read takes tens of µs).
      if (batch.length >= cap || ((++reads & 3) === 0 && performance.now() > deadline)) break;
    }
    parents.clear();
    answered.clear();
    return batch;
  }

  /**
   * Classifies what was read, then writes the verdicts: each step over the whole batch in turn, so the
   * classifier's code and patterns run back to back (the first post pays for a cold start, the next ones
   * run warm) instead of taking turns with the DOM reads and writes.
   */
  function judgeAll(batch: Reading[]): void {
    const verdicts = batch.map((r) => classify(r.read.text, r.context));
    batch.forEach((r, i) => mark(r, verdicts[i]!));
  }

  /** Turns queued nodes into the post roots they are, contain or sit inside (cheap selector calls). */
  function expandQueue(): void {
    for (const node of queue) {
      // underQueuedNode first: a recycled post's replaced content sits under its moved (queued) wrapper.
      // A node removed since is not checked here: its posts are, when read (a read costs more than a check).
      if (!(node instanceof ElementType)) continue;
      const feed = items.get(node);
      if (feed || !underQueuedNode(node)) {
        for (const post of site.findPosts(node, feed)) pending.add(post);
      }
    }
    queue.clear();
    items.clear();
  }

  /**
   * Whether an ancestor of `node` (up to its feed) is queued too: findPosts of the ancestor covers
   * everything findPosts of `node` returns (the SiteAdapter contract), so `node` is skipped. A recycled
   * post queues both its moved wrapper and its replaced content; this reads it once.
   */
  function underQueuedNode(node: Element): boolean {
    for (let up = node.parentElement; up; up = up.parentElement) {
      if (queue.has(up)) return true;
      if (observed.has(up)) return false;
    }
    return false;
  }

  function readApart(post: Element): PostRead {
    return { ...site.getText(post), id: () => site.getId(post), kind: site.getKind(post) };
  }

  /** What a post holds now, or null when it holds what it was judged on (and `again` is false). */
  function readPost(post: Element, again = false): Reading | null {
    const read = site.read ? site.read(post) : readApart(post);
    const previous = memory.get(post);
    // The id is read only where it is used: comments (threads are keyed by it) and posts that are or were
    // matches (the sidebar's entries). Most posts on a feed are neither, and their id costs a link lookup.
    const id = read.kind === 'comment' || previous?.relevant ? read.id() : undefined;
    if (previous && !again && previous.text === read.text && previous.id === (id ?? '')) return null;

    let parent: Parent | null = null;
    const parentElement = read.kind === 'comment' && site.getParentPost ? site.getParentPost(post) : null;
    if (parentElement) {
      // A thread's comments are judged together: their post's text (and id) is read once per read step.
      parent = parents.get(parentElement) ?? null;
      if (!parent) {
        const id = memory.get(parentElement)?.idRead ? undefined : site.getId(parentElement);
        parents.set(parentElement, (parent = { element: parentElement, text: site.getText(parentElement).text, id }));
      }
    }
    const reading: Reading = { post, read, id, parent, context: undefined, answers: null, previous };
    if (parent) reading.context = contextOf(reading, parent.text);
    return reading;
  }

  /** The post's text; for a reply, that and the texts of the comments above it (`reading.answers`), outermost first. */
  function contextOf(reading: Reading, postText: string): Context {
    let chain: string[] | null = null;
    let above = site.getParentComment?.(reading.post);
    for (let depth = 0; above && depth < MAX_REPLY_DEPTH; depth++, above = site.getParentComment!(above)) {
      let text = answered.get(above);
      if (text === undefined) answered.set(above, (text = site.getText(above).text));
      (chain ??= [postText]).splice(1, 0, text);
      (reading.answers ??= []).push(above);
    }
    return chain ?? postText;
  }

  /** Comments were read with `changed`, which says something else now and is or was a match: they are judged again. */
  function rejudgeThread(changed: Element, kind: PostKind): void {
    const post = kind === 'post' ? changed : site.getParentPost?.(changed);
    if (!post) return;
    for (const root of site.findPosts(post)) {
      if (root === post || root === changed || !memory.has(root)) continue;
      stale.add(root);
      pending.add(root);
    }
    schedule(0); // also after a flush, which runs no slice of its own
  }

  /**
   * The key a comment's thread goes by: its post's key when we know its id, else the id it will have. A
   * post that is no match has a key of its own, not its id; one that is new on the page is marked (and so
   * keyed) before its comments, in the same batch.
   */
  function threadKey(parent: Parent): string | null {
    const known = memory.get(parent.element);
    return known?.idRead ? known.key : (parent.id ?? known?.key ?? null);
  }

  /** Writes a verdict: the post's attributes, what we remember of it, and the lens is told. */
  function mark({ post, read, id: readId, parent, answers, previous }: Reading, verdict: Verdict): void {
    const { text, truncated, kind } = read;
    const parentKey = parent ? threadKey(parent) : null;
    const id = verdict.relevant && readId === undefined ? read.id() : readId;
    // Same id, same post (e.g. "See more" expanded it); otherwise a recycled node now holds another post.
    const key = id ?? `gl-${++keyCounter}`;
    memory.set(post, { text, id: id ?? '', key, idRead: id !== undefined, relevant: verdict.relevant, truncated, kind, threaded: previous?.threaded ?? false });
    // What a comment was read with (marked before it): a change there is a change for it.
    if (parent) setThreaded(parent.element);
    answers?.forEach(setThreaded);
    // "See more" on a post its comments agree with: they are judged again with what it says now.
    if (previous?.threaded && previous.text !== text && (previous.relevant || verdict.relevant)) rejudgeThread(post, kind);

    // A node we have no memory of carries our marks only as a copy of a judged node (or one judged before
    // a reset, or by the content script before an update): one look at the verdict, not two removals.
    const copied = previous === undefined && post.hasAttribute(ATTR.verdict);
    // The verdict is written every time (a recycled node holds a new post, so it gets a new verdict); the
    // kind only when it changed (a recycled node nearly always keeps it).
    post.setAttribute(ATTR.verdict, verdict.relevant ? 'match' : 'no-match');
    if (previous?.kind !== kind) post.setAttribute(ATTR.kind, kind);
    // The claims are the badge's to write, when the post comes into view (utils/lens.ts): working them
    // out costs about as much as the rest of the verdict, and most matches on a feed scroll past unseen.
    // A stale value goes; a node we judged before has one only if it was a match.
    if (previous ? previous.relevant : copied) post.removeAttribute(ATTR.claims);
    if (truncated) post.setAttribute(ATTR.truncated, 'true');
    else if (previous ? previous.truncated : copied) post.removeAttribute(ATTR.truncated);

    // No match before and none now (a recycled node on an endless feed): nothing for the lens to keep or show.
    if (verdict.relevant || !previous || previous.relevant || previous.threaded || kind === 'comment') {
      onJudged({ key, element: post, kind, text, truncated, verdict, parentKey }, previous?.key ?? null);
    }
  }

  function setThreaded(el: Element): void {
    const known = memory.get(el);
    if (known) known.threaded = true;
  }

  const onVisibility = () => schedule();

  function start(): void {
    discoverFeeds();
    // Posts outside any feed (a permalink page) are found once at start.
    queue.add(doc.body ?? doc.documentElement);
    discoveryTimer = (options.setInterval ?? win.setInterval.bind(win))(poll, discoveryMs) as unknown as ReturnType<typeof setInterval>;
    doc.addEventListener('visibilitychange', onVisibility);
    schedule();
  }

  function stop(): void {
    feedObserver.disconnect();
    observed.clear();
    queue.clear();
    items.clear();
    pending.clear();
    stale.clear();
    cancelFrame();
    clearInterval(discoveryTimer);
    doc.removeEventListener('visibilitychange', onVisibility);
  }

  signal.addEventListener('abort', stop, { once: true });
  start();

  return {
    get feedCount() {
      return observed.size;
    },
    reset() {
      stop();
      memory = new WeakMap();
      queue = new Set();
      items = new Map();
      pending = new Set();
      if (!signal.aborted) start();
    },
    flush() {
      cancelFrame();
      expandQueue();
      judgeAll(readPending(Infinity, Infinity));
    },
  };
}
