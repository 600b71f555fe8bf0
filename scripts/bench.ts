/**
 * `npm run bench`: classifier throughput next to the keyword baseline, then the in-browser cost of the
 * built extension (scripts/bench-browser.ts) and what each site adapter costs per post
 * (scripts/bench-adapters.ts), in one run. Figures go to bench-results.json under `classifier`,
 * `browser` and `adapters`. `npm run bench -- --classifier-only` skips the browser parts.
 * A script, not a test: timings never gate CI.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { benchClassifier, type BenchSet } from './bench-classifier';
import { benchBrowser, READING, type BrowserBench } from './bench-browser';
import { benchAdapters, type AdapterRow } from './bench-adapters';
import { ROOT } from './corpus';

const OUT = resolve(ROOT, 'bench-results.json');

function rows(name: string, s: BenchSet): string[] {
  const f = (n: number) => n.toLocaleString('en-US');
  return [
    `${name.padEnd(22)} ${String(s.posts).padStart(6)}  ${f(s.classifier.postsPerSec).padStart(12)}  ${s.classifier.usPerPost.toFixed(3).padStart(8)}  ${f(s.baseline.postsPerSec).padStart(12)}  ${s.baseline.usPerPost.toFixed(3).padStart(8)}  ${s.ratio.toFixed(2).padStart(5)}x`,
    `${'  judgePost, claims unread'.padEnd(29)}  ${f(s.judge.postsPerSec).padStart(12)}  ${s.judge.usPerPost.toFixed(3).padStart(8)}  ${''.padStart(12)}  ${''.padStart(8)}  ${s.judgeRatio.toFixed(2).padStart(5)}x`,
  ];
}

const result = benchClassifier();
console.log(`classifier bench (node ${result.node}, ${result.rounds} interleaved rounds, median)`);
console.log(`${'set'.padEnd(22)} ${'posts'.padStart(6)}  ${'ours posts/s'.padStart(12)}  ${'µs/post'.padStart(8)}  ${'base posts/s'.padStart(12)}  ${'µs/post'.padStart(8)}  ratio`);
for (const line of rows('synthetic feed', result.feed)) console.log(line);
if (result.dev) for (const line of rows('dev corpus', result.dev)) console.log(line);
else console.log('dev corpus: skipped (../shared/corpus/dev.jsonl not found)');
console.log('targets: >= 200,000 posts/s on one core and <= 3x the baseline cost (feed), for classifyPost (the whole verdict)');
console.log('judgePost: what the content script pays for a post no one looks at (claims are worked out when its badge is seen)');

let browser: BrowserBench | null = null;
let adapters: AdapterRow[] | null = null;
if (!process.argv.includes('--classifier-only')) {
  console.log('\nbrowser bench: Debian Chromium with and without the built extension, runs A B B A A B B A …');
  browser = await benchBrowser();
  printBrowser(browser);
  console.log('\nsite adapters on the fixture pages (isolated world, warm loop, µs per post or comment root)');
  adapters = await benchAdapters();
  console.log(`${'site'.padEnd(10)} ${'page'.padEnd(30)} ${'roots'.padStart(5)} ${'elements'.padStart(8)} ${'findPosts'.padStart(9)} ${'read'.padStart(7)}  feed items: findPosts with / without the feed`);
  for (const a of adapters) {
    const items = `${String(a.feedItems).padStart(3)}: ${a.findItemUs.toFixed(2)} / ${a.findItemWithoutFeedUs.toFixed(2)}`;
    console.log(`${a.site.padEnd(10)} ${a.page.padEnd(30)} ${String(a.roots).padStart(5)} ${String(a.elementsPerRoot).padStart(8)} ${a.findPostsUs.toFixed(2).padStart(9)} ${a.readUs.toFixed(2).padStart(7)}  ${items}`);
  }
}

function printBrowser(b: BrowserBench): void {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const row = (what: string, value: string, budget: string, ok: boolean) =>
    console.log(`${what.padEnd(46)} ${value.padStart(14)}  ${budget.padEnd(16)} ${ok ? 'ok' : 'OVER'}`);
  console.log(`feed: ${b.posts} posts appended 20 per frame, then ${b.recycled} recycled through ~40 nodes`);
  for (const r of b.runs) {
    console.log(`  run ${r.withExtension ? 'B (with)   ' : 'A (without)'} task ${ms(r.taskMs)}  script ${ms(r.scriptMs)}  long tasks ${r.longTasks.length}  heap ${kb(r.heapAfterGcBytes)}`);
  }
  for (const p of b.profiledRuns) {
    const share = `${((p.extensionSelfMs / p.taskMs) * 100).toFixed(2)} %`;
    const inclusive = `${ms(p.extensionInclusiveMs)} with the native calls under it`;
    console.log(`  run B, CPU profiler on: task ${ms(p.taskMs)}  script ${ms(p.scriptMs)}  extension self ${ms(p.extensionSelfMs)} (${share}; ${inclusive})${p === b.profiledRun ? '  <- median' : ''}`);
  }
  row('main-thread task time, with / without', `${b.taskRatio.toFixed(3)}x`, '<= 1.05x', b.taskRatio <= 1.05);
  row('extension JS self time / page task time (median of 5 profiled runs)', `${(b.extensionShareOfTaskTime * 100).toFixed(2)} %`, '<= 3 % (goal 1 %)', b.extensionShareOfTaskTime <= 0.03);
  row('  the same with the native calls under it (no budget)', `${(b.extensionInclusiveShareOfTaskTime * 100).toFixed(2)} %`, '', true);
  row('script time added / task time (timed runs, no budget)', `${(b.addedScriptShareOfTaskTime * 100).toFixed(2)} %`, '', true);
  row('long tasks (>50 ms), with vs without (avg/run)', `${b.longTasksWith} vs ${b.longTasksWithout}`, 'none extra', b.longTasksWith <= b.longTasksWithout);
  row('post inserted -> verdict, p50', ms(b.verdictP50Ms), '', true);
  row('post inserted -> verdict, p95', ms(b.verdictP95Ms), '<= 100 ms', b.verdictP95Ms <= 100);
  row('every post got a verdict (recycled ones before reuse)', `${b.everyPostJudged} (${b.verdictsArrived} of ${b.posts + b.recycled})`, 'true', b.everyPostJudged);
  row('JS heap growth, 10,000 recycled posts, with - without', kb(b.heapRecyclingGrowthBytes), '<= 1024 KB', b.heapRecyclingGrowthBytes <= 1024 * 1024);
  row('JS heap growth, whole run incl. warm-up, with - without', kb(b.heapGrowthBytes), '', true);
  row('JS heap after the run, with - without (footprint)', kb(b.heapOverheadBytes), '', true);
  row('content script (facebook.js), gzip', kb(b.bundle.contentGzip), '<= 30 KB', b.bundle.contentGzip <= 30 * 1024);
  row('content script raw / whole package raw', `${kb(b.bundle.contentRaw)} / ${kb(b.bundle.totalRaw)}`, '', true);
  const r = b.reading;
  console.log(`reading pass: ${READING.posts} posts on the page, scrolled through at ${READING.pxPerFrame} px a frame (no budget)`);
  for (const run of r.runs) {
    console.log(`  run ${run.withExtension ? 'B (with)   ' : 'A (without)'} task ${ms(run.taskMs)}  script ${ms(run.scriptMs)}  badges ${run.badges} of ${run.matches} matches`);
  }
  row('reading: main-thread task time, with / without', `${r.taskRatio.toFixed(3)}x`, '', true);
  row('reading: script time, with - without (avg/run)', ms(r.scriptWithMs - r.scriptWithoutMs), '', true);
  const c = b.calls;
  row('DOM calls per post, appended / recycled (counted)', `${c.perAppendedPost} / ${c.perRecycledPost}`, '', true);
  console.log(`  by call (appended, recycled): ${Object.entries(c.byName).map(([n, [a, r2]]) => `${n} ${a}/${r2}`).join(', ')}`);
}

let previous: Record<string, unknown> = {};
if (existsSync(OUT)) {
  try {
    previous = JSON.parse(readFileSync(OUT, 'utf8')) as Record<string, unknown>;
  } catch {
    previous = {};
  }
}
const measuredAt = new Date().toISOString();
const next = {
  ...previous,
  classifier: { measuredAt, ...result },
  ...(browser && { browser: { measuredAt, ...browser } }),
  ...(adapters && { adapters: { measuredAt, rows: adapters } }),
};
writeFileSync(OUT, `${JSON.stringify(next, null, 2)}\n`);
console.log(`wrote ${OUT}`);
