import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScanner } from '@/utils/scanner';
import { ATTR, type Judged } from '@/utils/scanner-api';
import type { Verdict } from '@/utils/detect/types';
import { toySite, toySiteWithComments as withComments } from '../toy-site';

const classify = vi.fn((text: string): Verdict => {
  const relevant = /\bglute\b/.test(text);
  return { relevant, score: relevant ? 1 : 0, claims: relevant && /back/.test(text) ? ['back-pain-release'] : [], spans: [] };
});

function post(id: string, text: string): string {
  return `<div class="post" data-id="${id}"><p class="msg">${text}</p></div>`;
}

/** One scanner slice runs per macrotask. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
async function settle(frames = 6) {
  for (let i = 0; i < frames; i++) await nextFrame();
}

describe('scanner', () => {
  let controller: AbortController;
  let judged: Judged[];

  beforeEach(() => {
    document.body.innerHTML = `<main><div id="feed">${post('1', 'glute massage helps my back')}${post('2', 'gluten free cake')}</div></main>`;
    controller = new AbortController();
    judged = [];
    classify.mockClear();
  });
  afterEach(() => controller.abort());

  // Slices right after each change (batchMs 0) unless a test says otherwise: settle() waits task by task.
  const start = (extra: Partial<Parameters<typeof createScanner>[0]> = {}) =>
    createScanner({ site: toySite, classify, onJudged: (j) => judged.push(j), signal: controller.signal, batchMs: 0, ...extra });

  it('marks every post already on the page with a verdict (the claims attribute is the badge\'s)', async () => {
    // Left from what the node held before (marked by an earlier instance of the content script).
    document.querySelector('.post')!.setAttribute(ATTR.verdict, 'match');
    document.querySelector('.post')!.setAttribute(ATTR.claims, 'sitting');
    const scanner = start();
    await settle();
    const [p1, p2] = document.querySelectorAll('.post');
    expect(p1!.getAttribute(ATTR.verdict)).toBe('match');
    expect(judged[0]!.verdict.claims).toEqual(['back-pain-release']);
    // The lens writes the claims with the post's badge, when it is seen (badge-placer.test.ts); a stale value goes.
    expect(p1!.hasAttribute(ATTR.claims)).toBe(false);
    expect(p2!.getAttribute(ATTR.verdict)).toBe('no-match');
    expect(p2!.hasAttribute(ATTR.claims)).toBe(false);
    expect(scanner.feedCount).toBe(1);
    // A match is keyed by its id; a post that is not one gets a key of its own (its id is never read).
    expect(judged.map((j) => j.key)).toEqual(['1', expect.stringMatching(/^gl-\d+$/)]);
  });

  it('reads the id of matches and comments only, and still notices a match moving into a recycled node', async () => {
    const getId = vi.fn(toySite.getId);
    start({ site: { ...toySite, getId } });
    await settle();
    expect(getId.mock.calls.map(([el]) => el.getAttribute('data-id'))).toEqual(['1']);
    // The non-matching node is recycled for another post with the same text: nothing to do.
    const p2 = document.querySelector('[data-id="2"]')!;
    p2.setAttribute('data-id', '9');
    p2.querySelector('.msg')!.append('');
    await settle();
    expect(judged).toHaveLength(2);
    // The matching node now holds another post with the same text: its id is read, and it is judged again.
    const p1 = document.querySelector('[data-id="1"]')!;
    p1.setAttribute('data-id', '8');
    p1.querySelector('.msg')!.append('');
    await settle();
    expect(judged.map((j) => j.key)).toEqual(['1', expect.stringMatching(/^gl-/), '8']);
  });

  it('judges posts appended later (infinite scroll) without judging old ones again', async () => {
    start();
    await settle();
    classify.mockClear();
    document.querySelector('#feed')!.insertAdjacentHTML('beforeend', post('3', 'more glute work') + post('4', 'hello'));
    await settle();
    expect(document.querySelector('[data-id="3"]')!.getAttribute(ATTR.verdict)).toBe('match');
    expect(document.querySelector('[data-id="4"]')!.getAttribute(ATTR.verdict)).toBe('no-match');
    expect(classify).toHaveBeenCalledTimes(2);
  });

  it('takes a new feed item as it is: no walk up to the feed, no removal of marks it never had', async () => {
    start();
    await settle();
    const parentReads: Node[] = [];
    const parentElement = Object.getOwnPropertyDescriptor(Node.prototype, 'parentElement')!;
    const readParent = vi.spyOn(Node.prototype, 'parentElement', 'get').mockImplementation(function (this: Node) {
      parentReads.push(this);
      return parentElement.get!.call(this);
    });
    const removals = vi.spyOn(Element.prototype, 'removeAttribute');
    document.querySelector('#feed')!.insertAdjacentHTML('beforeend', post('3', 'more glute work') + post('4', 'hello'));
    await settle();
    const added = [...document.querySelectorAll('[data-id="3"], [data-id="4"]')];
    expect(added.map((el) => el.getAttribute(ATTR.verdict))).toEqual(['match', 'no-match']);
    expect(parentReads.filter((node) => added.includes(node as Element))).toEqual([]);
    expect(removals).not.toHaveBeenCalled();
    readParent.mockRestore();
    removals.mockRestore();
  });

  it('reads a slice\'s posts, then classifies them, then writes their verdicts (the classifier runs back to back)', async () => {
    const steps: string[] = [];
    const site = { ...toySite, getText: (el: Element) => (steps.push('read'), toySite.getText(el)) };
    const judge = (text: string) => (steps.push('classify'), classify(text));
    createScanner({ site, classify: judge, onJudged: (j) => (steps.push('mark'), judged.push(j)), signal: controller.signal, batchMs: 0 });
    await settle();
    expect(steps).toEqual(['read', 'read', 'classify', 'classify', 'mark', 'mark']);
    expect(judged.map((j) => j.verdict.relevant)).toEqual([true, false]);
    expect(document.querySelector('[data-id="2"]')!.getAttribute(ATTR.verdict)).toBe('no-match');
  });

  it('re-judges a recycled node whose content changed, and only then', async () => {
    start();
    await settle();
    const node = document.querySelector('[data-id="2"]')!;
    classify.mockClear();
    // Same content re-rendered: nothing to do.
    node.querySelector('.msg')!.replaceWith(Object.assign(document.createElement('p'), { className: 'msg', textContent: 'gluten free cake' }));
    await settle();
    expect(classify).not.toHaveBeenCalled();
    // The feed reuses the node for another post.
    node.setAttribute('data-id', '9');
    const writes = vi.spyOn(node, 'setAttribute');
    node.querySelector('.msg')!.replaceWith(Object.assign(document.createElement('p'), { className: 'msg', textContent: 'glute release for the back' }));
    await settle();
    expect(classify).toHaveBeenCalledTimes(1);
    expect(node.getAttribute(ATTR.verdict)).toBe('match');
    expect(judged.at(-1)!.key).toBe('9');
    // A new verdict is written; the kind, unchanged, is not written again.
    expect(writes.mock.calls.map(([name]) => name)).toEqual([ATTR.verdict]);
    expect(node.getAttribute(ATTR.kind)).toBe('post');
    writes.mockRestore();
  });

  it('tells the lens of a recycled node\'s new post unless it was no match and is none again', async () => {
    start();
    await settle();
    const node = document.querySelector('[data-id="2"]')!;
    const refill = async (text: string) => {
      const before = judged.length;
      node.querySelector('.msg')!.textContent = text;
      await settle();
      expect(node.getAttribute(ATTR.verdict)).toBe(/\bglute\b/.test(text) ? 'match' : 'no-match');
      return judged.length - before;
    };
    expect(await refill('banana bread again')).toBe(0); // no match, and none before: nothing for the lens
    expect(await refill('glute release for the back')).toBe(1); // a match
    expect(await refill('sunset walk')).toBe(1); // its entry and badge go
    expect(await refill('coffee first')).toBe(0);
  });

  it('marks a shortened post truncated, and takes the mark off when the node holds a whole post', async () => {
    // A toy site whose "…" ending stands for a "See more" control.
    const site = { ...toySite, getText: (p: Element) => { const text = p.querySelector('.msg')!.textContent ?? ''; return { text, truncated: text.endsWith('…') }; } };
    start({ site });
    await settle();
    const node = document.querySelector('[data-id="2"]')!;
    expect(node.hasAttribute(ATTR.truncated)).toBe(false);
    node.querySelector('.msg')!.textContent = 'gluten free cake and…';
    await settle();
    expect(node.getAttribute(ATTR.truncated)).toBe('true');
    node.querySelector('.msg')!.textContent = 'gluten free cake, the whole recipe';
    await settle();
    expect(node.hasAttribute(ATTR.truncated)).toBe(false);
    // A node first seen with the marks (a copy of a judged node: it has a verdict too) loses them.
    document.querySelector('#feed')!.insertAdjacentHTML('beforeend', post('3', 'a copied post'));
    const copy = document.querySelector('[data-id="3"]')!;
    copy.setAttribute(ATTR.verdict, 'match');
    copy.setAttribute(ATTR.truncated, 'true');
    await settle();
    expect(copy.getAttribute(ATTR.verdict)).toBe('no-match');
    expect(copy.hasAttribute(ATTR.truncated)).toBe(false);
  });

  it('re-judges a node whose text changed to another of the same length', async () => {
    start();
    await settle();
    const msg = document.querySelector('[data-id="2"] .msg')!;
    classify.mockClear();
    msg.textContent = 'gluten free cakf';
    await settle();
    expect(classify).toHaveBeenCalledTimes(1);
    msg.textContent = 'glute free cakes';
    await settle();
    expect(classify).toHaveBeenCalledTimes(2);
    expect(msg.parentElement!.getAttribute(ATTR.verdict)).toBe('match');
  });

  it('reads a recycled post once when the feed moves it and refills it in the same task', async () => {
    // Each post in a cell of its own, as on Facebook.
    const feed = document.querySelector('#feed')!;
    feed.innerHTML = `<div class="cell">${post('1', 'glute massage helps my back')}</div><div class="cell">${post('2', 'gluten free cake')}</div>`;
    const findPosts = vi.fn(toySite.findPosts);
    start({ site: { ...toySite, findPosts } });
    await settle();
    const cell = feed.firstElementChild!;
    const node = cell.querySelector('.post')!;
    findPosts.mockClear();
    classify.mockClear();
    // A virtualised feed: the oldest cell goes to the end and its post gets the next post's content.
    feed.append(cell);
    node.setAttribute('data-id', '7');
    node.querySelector('.msg')!.replaceWith(Object.assign(document.createElement('p'), { className: 'msg', textContent: 'glute work today' }));
    await settle();
    // Two mutation records (the move, in the feed; the new content, in the post), one lookup, one verdict.
    expect(findPosts.mock.calls.map(([root]) => root)).toEqual([cell]);
    expect(classify).toHaveBeenCalledTimes(1);
    expect(judged.at(-1)!.key).toBe('7');
    // Content replaced on its own (no move) is still found through the post it sits in.
    findPosts.mockClear();
    node.querySelector('.msg')!.replaceWith(Object.assign(document.createElement('p'), { className: 'msg', textContent: 'gluten free cake' }));
    await settle();
    expect(findPosts).toHaveBeenCalledTimes(1);
    expect(node.getAttribute(ATTR.verdict)).toBe('no-match');
  });

  it('works in small slices rather than all at once', async () => {
    const many = Array.from({ length: 12 }, (_, i) => post(`m${i}`, 'glute massage')).join('');
    document.querySelector('#feed')!.innerHTML = many;
    start({ maxPerSlice: 3 });
    expect(judged.length).toBe(0); // nothing inside the caller's task
    await nextFrame();
    expect(judged.length).toBeLessThanOrEqual(3);
    await settle(8);
    expect(judged.length).toBe(12);
  });

  it('waits batchMs before a slice, so one slice takes what several frames added; a backlog goes on at once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    try {
      start({ batchMs: 50, maxPerSlice: 4 });
      await vi.advanceTimersByTimeAsync(49);
      expect(judged.length).toBe(0); // the two posts on the page wait for the batch
      await vi.advanceTimersByTimeAsync(1);
      expect(judged.length).toBe(2);
      const feed = document.querySelector('#feed')!;
      // Three "frames" of new posts, 16 ms apart: one slice judges them together, 50 ms after the first.
      for (let f = 0; f < 3; f++) {
        feed.insertAdjacentHTML('beforeend', post(`f${f}a`, 'glute massage') + post(`f${f}b`, 'cake'));
        await vi.advanceTimersByTimeAsync(16);
      }
      expect(judged.length).toBe(2);
      classify.mockClear();
      await vi.advanceTimersByTimeAsync(2);
      // The cap (4) stops the slice; what is left goes on in the very next task, not after another 50 ms.
      expect(classify).toHaveBeenCalledTimes(4);
      await vi.advanceTimersByTimeAsync(1);
      expect(judged.length).toBe(8);
    } finally {
      vi.useRealTimers();
    }
  });

  it('finds a feed that appears after start', async () => {
    document.body.innerHTML = '<main></main>';
    const scanner = start({ discoveryMs: 10 });
    await settle();
    expect(scanner.feedCount).toBe(0);
    document.querySelector('main')!.innerHTML = `<div id="feed">${post('5', 'glute massage')}</div>`;
    await new Promise((r) => setTimeout(r, 30));
    await settle();
    expect(scanner.feedCount).toBe(1);
    expect(document.querySelector('[data-id="5"]')!.getAttribute(ATTR.verdict)).toBe('match');
  });

  it('stops observing when aborted (extension reload, navigation)', async () => {
    const scanner = start();
    await settle();
    controller.abort();
    document.querySelector('#feed')!.insertAdjacentHTML('beforeend', post('7', 'glute massage'));
    await settle();
    expect(document.querySelector('[data-id="7"]')!.hasAttribute(ATTR.verdict)).toBe(false);
    expect(scanner.feedCount).toBe(0);
  });

  it('schedules nothing while the tab is hidden and resumes when it is shown', async () => {
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    start();
    await settle();
    expect(judged).toEqual([]);
    visibility.mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(judged.map((j) => j.verdict.relevant)).toEqual([true, false]);
  });

  it('never removes or moves the site nodes', async () => {
    const removed: Node[] = [];
    const spy = new MutationObserver((records) => records.forEach((r) => removed.push(...r.removedNodes)));
    spy.observe(document.body, { childList: true, subtree: true });
    start();
    await settle();
    document.querySelector('#feed')!.insertAdjacentHTML('beforeend', post('8', 'glute work'));
    await settle();
    spy.disconnect();
    expect(removed).toEqual([]);
  });

  it('reset forgets what was judged so a new page is scanned afresh', async () => {
    const scanner = start();
    await settle();
    classify.mockClear();
    scanner.reset();
    await settle();
    expect(classify).toHaveBeenCalledTimes(2);
  });
});

describe('scanner with comments', () => {
  // A toy site with comments: <div class=post data-id><p class=msg/><div class=comment data-id><p class=msg/></div></div>
  it('keys a thread by its post id even while the post is no match, reading that id once per slice', async () => {
    document.body.innerHTML = `<main><div id="feed"><div class="post" data-id="p1"><p class="msg">gluten free cake</p>
      <div class="comment" data-id="c1"><p class="msg">yum</p></div><div class="comment" data-id="c2"><p class="msg">recipe?</p></div></div></div></main>`;
    const controller = new AbortController();
    const judged: Judged[] = [];
    const getId = vi.fn(withComments.getId);
    createScanner({ site: { ...withComments, getId }, classify, onJudged: (j) => judged.push(j), signal: controller.signal, batchMs: 0 });
    await settle();
    const post = judged.find((j) => j.kind === 'post')!;
    expect(post.verdict.relevant).toBe(false);
    expect(judged.filter((j) => j.kind === 'comment').map((j) => [j.key, j.parentKey])).toEqual([['c1', 'p1'], ['c2', 'p1']]);
    // The post's id: once for its two comments; the comments' own ids once each.
    expect(getId.mock.calls.map(([el]) => el.getAttribute('data-id')).sort()).toEqual(['c1', 'c2', 'p1']);
    // The post becomes a match ("See more" expanded it): its key is the id its comments already point at.
    document.querySelector('.post > .msg')!.textContent = 'glute massage for my back';
    await settle();
    expect(judged.filter((j) => j.kind === 'post').at(-1)).toMatchObject({ key: 'p1', verdict: { relevant: true } });
    controller.abort();
  });

  it('judges a thread again when what its comments were read with changes and is or was a match', async () => {
    document.body.innerHTML = `<main><div id="feed"><div class="post" data-id="p1"><p class="msg">cake recipe, see more</p>
      <div class="comment" data-id="c1"><p class="msg">so true</p></div>
      <div class="comment" data-id="c2"><p class="msg">glute work helps</p><div class="comment" data-id="r1"><p class="msg">exactly</p></div></div>
      </div></div></main>`;
    const controller = new AbortController();
    const calls: [string, unknown][] = [];
    const spy = vi.fn((text: string, context?: string | readonly string[]): Verdict => (calls.push([text, context]), classify(text)));
    const judged: Judged[] = [];
    const scanner = createScanner({ site: withComments, classify: spy, onJudged: (j) => judged.push(j), signal: controller.signal, batchMs: 0 });
    await settle();
    const readsOf = (text: string) => calls.filter(([t]) => t === text).map(([, context]) => context);
    expect(readsOf('so true')).toEqual(['cake recipe, see more']);
    const setText = async (id: string, text: string) => {
      document.querySelector(`[data-id="${id}"] > .msg`)!.textContent = text;
      await settle();
    };

    // Another text that is no match either: its comments were read on their own words and stay as they are.
    await setText('p1', 'cake recipe, see more please');
    expect(readsOf('so true')).toHaveLength(1);

    // "See more" shows glute words: every comment of the thread is read again with the post as it is now.
    await setText('p1', 'cake recipe, and glute massage for my back');
    const post = 'cake recipe, and glute massage for my back';
    expect(readsOf('so true')).toEqual(['cake recipe, see more', post]);
    expect(readsOf('exactly').at(-1)).toEqual([post, 'glute work helps']);
    // Judged again under the keys they had (the sidebar replaces their entries), and nothing more after that.
    expect(judged.filter((j) => j.kind === 'comment').slice(-3).map((j) => [j.key, j.parentKey])).toEqual([['c1', 'p1'], ['c2', 'p1'], ['r1', 'p1']]);
    const count = calls.length;
    await settle();
    expect(calls).toHaveLength(count);

    // A comment a reply answers changes: the reply is read with its new words.
    await setText('c2', 'glute work helps, but not for everyone');
    expect(readsOf('exactly').at(-1)).toEqual([post, 'glute work helps, but not for everyone']);

    // The same when the change is judged by a flush (a status request), which runs no slice itself.
    document.querySelector('[data-id="p1"] > .msg')!.textContent = 'glute massage, nothing else';
    await Promise.resolve(); // the mutation is reported (a slice is due)...
    scanner.flush(); // ...and the flush judges it at once
    await settle();
    expect(readsOf('so true').at(-1)).toBe('glute massage, nothing else');
    controller.abort();
  });
  it('ties comments to a post without an id, judged in the same slice, by the key the post was given', async () => {
    document.body.innerHTML = `<main><div id="feed"><div class="post"><p class="msg">glute massage for my back</p>
      <div class="comment" data-id="c1"><p class="msg">so true</p></div><div class="comment" data-id="c2"><p class="msg">glute work helps</p></div></div></div></main>`;
    const controller = new AbortController();
    const judged: Judged[] = [];
    createScanner({ site: withComments, classify, onJudged: (j) => judged.push(j), signal: controller.signal, batchMs: 0 });
    await settle();
    const post = judged.find((j) => j.kind === 'post')!;
    expect(post.key).toMatch(/^gl-\d+$/);
    expect(judged.filter((j) => j.kind === 'comment').map((j) => [j.key, j.parentKey])).toEqual([['c1', post.key], ['c2', post.key]]);
    controller.abort();
  });

  it('reads a reply with its post and the comments above it as context, each parent read once per slice', async () => {
    document.body.innerHTML = `<main><div id="feed"><div class="post" data-id="p1"><p class="msg">tight glutes cause back pain</p>
      <div class="comment" data-id="c1"><p class="msg">a myth, they are weak</p>
        <div class="comment" data-id="r1"><p class="msg">exactly</p><div class="comment" data-id="r2"><p class="msg">nope</p></div></div>
        <div class="comment" data-id="r3"><p class="msg">so true</p></div></div>
      <div class="comment" data-id="c2"><p class="msg">same</p></div></div></div></main>`;
    const controller = new AbortController();
    const contexts = new Map<string, unknown>();
    const spy = vi.fn((text: string, context?: string | readonly string[]): Verdict => {
      contexts.set(text, context);
      return classify(text);
    });
    const getText = vi.fn(withComments.getText);
    createScanner({ site: { ...withComments, getText }, classify: spy, onJudged: () => {}, signal: controller.signal, batchMs: 0 });
    await settle();
    const post = 'tight glutes cause back pain';
    expect(contexts.get(post)).toBeUndefined();
    expect(contexts.get('a myth, they are weak')).toBe(post);
    expect(contexts.get('same')).toBe(post);
    expect(contexts.get('exactly')).toEqual([post, 'a myth, they are weak']);
    expect(contexts.get('so true')).toEqual([post, 'a myth, they are weak']);
    expect(contexts.get('nope')).toEqual([post, 'a myth, they are weak', 'exactly']);
    // Each root read once as itself; the post and each answered comment once more, as a parent, for all below them.
    const reads = getText.mock.calls.map(([el]) => el.getAttribute('data-id'));
    expect(reads.filter((id) => id === 'p1')).toHaveLength(2);
    expect(reads.filter((id) => id === 'c1')).toHaveLength(2);
    expect(reads.filter((id) => id === 'r1')).toHaveLength(2);
    controller.abort();
  });
});
