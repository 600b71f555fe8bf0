/**
 * The synthetic Facebook-like group feed the browser benchmark scrolls. Markup follows the fixture
 * structure (aria-posinset roots, story_message, dir=auto, hashed class noise, toolbars). The page
 * script runs in the page's own world and exposes `window.__bench` to drive the two phases.
 */

const GLUTE = [
  'Had a new client today who said nobody had ever massaged her glutes before. Do you all include them?',
  'Always release the glutes first when a client has low back pain, tight glutes cause so much of it.',
  'How do you handle draping for glute work when the client keeps their undies on?',
  'Rolling out my piriformis on a lacrosse ball after a long day at the desk 😩 so good',
  'Glute massage feels amazing, my clients always say something was missing before I started doing it.',
];
const OTHER = [
  'Looking for gluten-free snack ideas for the waiting room at our clinic.',
  'Glute bridges are my favourite homework: 3 sets of 12, pause at the top.',
  'Neck and shoulder work for desk workers: what are your go-to techniques?',
  'Selling my old massage table, barely used, pickup only this weekend.',
  'Our clinic is closed on Monday for the holiday, see you Tuesday!',
  'Does anyone have a good recommendation for booking software that texts reminders?',
  'CE course recommendations for lymphatic drainage? Preferably online.',
  'My butt hurts from spinning class yesterday, never again lol',
  'What oil or lotion do you use for clients with sensitive skin?',
];

export function benchFeedHtml(): string {
  const data = JSON.stringify({ glute: GLUTE, other: OTHER });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>(bench) Massage Therapists | Facebook</title>
<style>body{font:15px system-ui;margin:0;background:#f0f2f5}[role=feed]>div{background:#fff;margin:12px auto;max-width:680px;border-radius:8px;padding:12px}</style>
</head><body><div id="mount_0_0"><div role="banner"></div><div role="main"><div data-pagelet="GroupInlineComposer"></div>
<div data-pagelet="GroupFeed"><div role="feed"></div></div></div></div>
<script>
(() => {
  const DATA = ${data};
  const feed = document.querySelector('[role="feed"]');
  let n = 0;
  const inserted = new Map();
  const latencies = [];
  const longTasks = [];
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push(e.duration); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  // Verdict latency: the time from a post's insertion to its data-glute-lens attribute. Only in the
  // latency run (?latency): this observer is the page's own work and would inflate the timed runs.
  const measureLatency = location.search.includes('latency');
  if (measureLatency) new MutationObserver((records) => {
    const now = performance.now();
    for (const r of records) {
      const t0 = inserted.get(r.target);
      if (t0 !== undefined && r.target.hasAttribute('data-glute-lens')) { latencies.push(now - t0); inserted.delete(r.target); }
    }
  }).observe(feed, { attributes: true, attributeFilter: ['data-glute-lens'], subtree: true });
  function note(post, now) { if (measureLatency) inserted.set(post, now); }

  function text(i) {
    const list = i % 10 === 3 ? DATA.glute : DATA.other;
    return list[i % list.length] + ' #' + i;
  }
  function fill(root, i) {
    root.setAttribute('aria-posinset', String(i));
    root.setAttribute('aria-setsize', '-1');
    root.innerHTML = '<div class="x1yztbdb x1n2onr6 xh8yej3 x1ja2u2z"><div role="article" aria-labelledby=":r' + i + ':">' +
      '<div class="xu06os2 x1ok221b"><h3 class="x1heor9g x1qlqyl8"><span><a role="link" href="/groups/bench/user/' + (i % 97) + '/"><strong><span>Member ' + (i % 97) + '</span></strong></a></span></h3>' +
      '<span><a role="link" aria-label="' + (i % 23 + 1) + 'h" href="/groups/bench/posts/' + (100000 + i) + '/?__cft__[0]=AZX' + i + '">' + (i % 23 + 1) + 'h</a></span></div>' +
      '<div data-ad-rendering-role="story_message"><div data-ad-preview="message" class="x1iorvi4 x1pi30zi"><div dir="auto" class="xdj266r x11i5rnm">' +
      text(i) + '</div></div></div>' +
      '<div class="x1n2onr6"><div role="button" tabindex="0" aria-label="Like">Like</div><div role="button" tabindex="0">Comment</div><div role="button" tabindex="0">Share</div></div>' +
      '</div></div>';
  }
  function make(i) { const wrap = document.createElement('div'); const post = document.createElement('div'); fill(post, i); wrap.append(post); return [wrap, post]; }
  // The reader keeps scrolling, so new posts come into view: that is how an endless feed is used. One
  // batch per animation frame at a 60 Hz display (the bench browser runs frames unthrottled, so the
  // page paces itself to 16.7 ms, as a real display would).
  let lastBatch = 0;
  async function frame() {
    document.scrollingElement.scrollTop = document.scrollingElement.scrollHeight;
    do { await new Promise((r) => requestAnimationFrame(() => r())); } while (performance.now() - lastBatch < 16.6);
    lastBatch = performance.now();
  }
  window.__bench = {
    /** Phase 1: endless scroll, batches of 20 posts, one batch per animation frame. */
    async scroll(total, batch) {
      while (n < total) {
        const frag = document.createDocumentFragment();
        const now = performance.now();
        for (let k = 0; k < batch && n < total; k++) { const [wrap, post] = make(++n); note(post, now); frag.append(wrap); }
        feed.append(frag);
        await frame();
      }
    },
    /** Phase 2: a virtualised feed keeps ~keep posts; the oldest node is reused for the next post (recycling). */
    async recycle(total, keep, batch) {
      while (feed.children.length > keep) feed.firstElementChild.remove();
      let done = 0;
      while (done < total) {
        const now = performance.now();
        for (let k = 0; k < batch && done < total; k++, done++) {
          const wrap = feed.firstElementChild;
          const post = wrap.firstElementChild;
          feed.append(wrap); // the site moves its own node: it is the page doing this, not the extension
          fill(post, ++n);
          note(post, now);
        }
        await frame();
      }
    },
    /**
     * Reading: \`total\` posts are on the page, and the reader scrolls through them at \`px\` per frame, a
     * reader's pace: every match comes into view, so its badge is built (and its claims worked out). The
     * phases above scroll far faster than anyone reads, so they see almost no badges.
     */
    async reading(total, px) {
      const frag = document.createDocumentFragment();
      for (let k = 0; k < total; k++) frag.append(make(++n)[0]);
      feed.append(frag);
      const el = document.scrollingElement;
      el.scrollTop = 0;
      let last = performance.now();
      while (el.scrollTop + el.clientHeight < el.scrollHeight - 1) {
        do { await new Promise((r) => requestAnimationFrame(() => r())); } while (performance.now() - last < 16.6);
        last = performance.now();
        el.scrollTop += px;
      }
    },
    badges() {
      return { badges: document.querySelectorAll('glute-lens-badge').length, matches: feed.querySelectorAll('[data-glute-lens="match"]').length };
    },
    stats() {
      const judged = feed.querySelectorAll('[aria-posinset][data-glute-lens]').length;
      return { posts: feed.querySelectorAll('[aria-posinset]').length, judged, latencies: latencies.splice(0), longTasks: longTasks.slice() };
    },
    clearLongTasks() { longTasks.length = 0; },
  };
})();
</script></body></html>`;
}
