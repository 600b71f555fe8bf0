/**
 * In-browser cost of Glute Lens, measured the way a user feels it: the same scripted infinite scroll of a
 * Facebook-like group feed in Debian Chromium with and without the built extension, runs ordered A B B A (twice)
 * so drift falls on both sides. Uses the Chrome DevTools Protocol (Performance, Profiler, HeapProfiler).
 */
import type { CDPSession } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { countCalls, type CallCounts } from './bench-calls';
import { CHROMIUM, EXT, launch, openFeed, URL } from './bench-session';


export interface RunResult {
  withExtension: boolean;
  taskMs: number;
  scriptMs: number;
  styleMs: number;
  layoutMs: number;
  extensionSelfMs: number;
  /** extensionSelfMs plus the native frames (DOM methods, regular expressions) the extension's code called. */
  extensionInclusiveMs: number;
  longTasks: number[];
  latencies: number[];
  posts: number;
  judged: number;
  heapAfterGcBytes: number;
  /** After load and a forced GC, before the scroll. */
  heapBeforeBytes: number;
  /** After the 2,000-post scroll (everything warmed up) and a forced GC, before the recycling. */
  heapAfterScrollBytes: number;
}

export interface BrowserBench {
  posts: number;
  recycled: number;
  runs: RunResult[];
  /**
   * The runs with the CPU profiler on (extension self time): five, because on this shared machine one
   * profile of the same build gives anywhere from 4 % to 8 %. `profiledRun` is the one with the median share.
   */
  profiledRuns: RunResult[];
  profiledRun: RunResult;
  taskRatio: number;
  extensionShareOfTaskTime: number;
  /**
   * The same median profiled run, counting also the frames without a script of their own (DOM methods such
   * as querySelectorAll, and the regular expressions' compiled code) whose caller is the extension's: the
   * budget's figure leaves them out, so it reads lower than what the extension costs. No budget.
   */
  extensionInclusiveShareOfTaskTime: number;
  /**
   * Script time the extension adds (CDP ScriptDuration, with minus without, timed runs) over the task
   * time with it. No budget: the profiled share counts much of the extension's DOM work as "(program)"
   * (a trace puts it under the extension's callbacks, scripts/bench-trace.ts), this one counts it.
   */
  addedScriptShareOfTaskTime: number;
  longTasksWith: number;
  longTasksWithout: number;
  verdictP50Ms: number;
  verdictP95Ms: number;
  /**
   * Every appended post carries a verdict at the end of the scroll (every run with the extension), and in
   * the latency run every post a recycled node held got one before the node was refilled (one latency each).
   */
  everyPostJudged: boolean;
  /** Verdicts that arrived in the latency run, of the posts appended and recycled. */
  verdictsArrived: number;
  /** (with: after - before) minus (without: after - before): what the scroll and recycling left behind. */
  heapGrowthBytes: number;
  /** with minus without, after recycling: the extension's whole footprint (code, state, badges). */
  heapOverheadBytes: number;
  /** (with minus without) growth during the 10,000-post recycling alone, after warm-up: leaks show here. */
  heapRecyclingGrowthBytes: number;
  bundle: { contentRaw: number; contentGzip: number; totalRaw: number; totalGzip: number; cssRaw: number };
  /** The reading pass (A B B A): no budget of its own, it shows what badges and claims cost a reader. */
  reading: { runs: ReadingRun[]; taskRatio: number; scriptWithMs: number; scriptWithoutMs: number };
  /** DOM calls per post, counted in the content script's world (the same from run to run while every post is judged). */
  calls: CallCounts;
}

async function metric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return metrics.find((m) => m.name === name)?.value ?? 0;
}

interface ProfileNode { id: number; callFrame: { url: string; functionName?: string }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; }

const isExtensionFrame = (node: ProfileNode) => node.callFrame.url.startsWith('chrome-extension://');

/** The extension's functions with the most self time (ms), for `--profile` runs. */
export function topExtensionFrames(profile: Profile, n = 15): [string, number][] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]!);
    if (!node || !isExtensionFrame(node)) continue;
    const cf = node.callFrame as ProfileNode['callFrame'] & { functionName?: string; lineNumber?: number; columnNumber?: number };
    const name = `${cf.functionName || '(anonymous)'} ${cf.url.split('/').pop()}:${cf.lineNumber}:${cf.columnNumber}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  }
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
}

/** The time (ms) of the profile's samples that fell in a frame `counts` accepts (each frame's self time). */
function sampledMs(profile: Profile, counts: (node: ProfileNode) => boolean): number {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  let micros = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]!);
    if (node && counts(node)) micros += profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0;
  }
  return micros / 1000;
}

/** Self time of frames whose script is the extension's, from a sampled CPU profile. */
const extensionSelfMs = (profile: Profile): number => sampledMs(profile, isExtensionFrame);

/** Frames the profiler files apart from any script: never the extension's, whoever ran before them. */
const UNATTRIBUTED = new Set(['(root)', '(program)', '(idle)', '(garbage collector)']);

/**
 * Self time of the extension's frames and of the script-less frames (native DOM methods, compiled regular
 * expressions) below them: a frame without a script URL counts for the nearest caller that has one.
 */
function extensionInclusiveMs(profile: Profile): number {
  const parent = new Map<number, ProfileNode>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  const owner = new Map<number, boolean>();
  const isExtension = (node: ProfileNode): boolean => {
    let known = owner.get(node.id);
    if (known === undefined) {
      const { url, functionName = '' } = node.callFrame;
      const up = parent.get(node.id);
      known = url !== '' ? isExtensionFrame(node) : !UNATTRIBUTED.has(functionName) && up !== undefined && isExtension(up);
      owner.set(node.id, known);
    }
    return known;
  };
  return sampledMs(profile, isExtension);
}

/**
 * One scripted session. `mode`: 'timed' (no profiler: the sampling profiler slows JavaScript down, so it
 * would count against the run with more of it), 'profiled' (CPU profile for the extension's self time)
 * or 'latency' (a page observer notes when each verdict lands).
 */
export async function run(withExtension: boolean, posts: number, recycled: number, mode: 'timed' | 'profiled' | 'latency' = 'timed'): Promise<RunResult> {
  const latency = mode === 'latency';
  const profiling = mode === 'profiled';
  const context = await launch(withExtension);
  try {
    const { page, cdp } = await openFeed(context, withExtension, latency ? `${URL}?latency` : URL);
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await page.waitForTimeout(300);
    await page.evaluate(() => (window as any).__bench.clearLongTasks());
    await cdp.send('HeapProfiler.collectGarbage');
    const heapBefore = await metric(cdp, 'JSHeapUsedSize');
    const task0 = await metric(cdp, 'TaskDuration');
    const style0 = await metric(cdp, 'RecalcStyleDuration');
    const layout0 = await metric(cdp, 'LayoutDuration');
    const script0 = await metric(cdp, 'ScriptDuration');
    if (profiling) await cdp.send('Profiler.start');
    // GL_HEAP_OUT=file.heapprofile keeps a sampling allocation profile of the run (DevTools' Memory panel).
    const heapOut = profiling ? process.env.GL_HEAP_OUT : undefined;
    if (heapOut) await cdp.send('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });

    await page.evaluate(([total]) => (window as any).__bench.scroll(total, 20), [posts]);
    await page.waitForTimeout(500); // let the last slices finish
    const afterScroll = await page.evaluate(() => (window as any).__bench.stats());
    await cdp.send('HeapProfiler.collectGarbage');
    const heapAfterScroll = await metric(cdp, 'JSHeapUsedSize');
    await page.evaluate(([total]) => (window as any).__bench.recycle(total, 40, 20), [recycled]);
    await page.waitForTimeout(500);
    const afterRecycle = await page.evaluate(() => (window as any).__bench.stats());

    if (heapOut) fs.writeFileSync(heapOut, JSON.stringify(((await cdp.send('HeapProfiler.stopSampling')) as { profile: unknown }).profile));
    const { profile } = profiling
      ? ((await cdp.send('Profiler.stop')) as { profile: Profile })
      : { profile: { nodes: [], samples: [], timeDeltas: [] } as Profile };
    if (process.env.GL_PROFILE && profiling) console.log(topExtensionFrames(profile, Number(process.env.GL_PROFILE) || 15));
    // GL_PROFILE_OUT=file.cpuprofile keeps the whole profile (open it in DevTools' Performance panel).
    if (process.env.GL_PROFILE_OUT && profiling) fs.writeFileSync(process.env.GL_PROFILE_OUT, JSON.stringify(profile));
    const taskMs = ((await metric(cdp, 'TaskDuration')) - task0) * 1000;
    const scriptMs = ((await metric(cdp, 'ScriptDuration')) - script0) * 1000;
    const styleMs = ((await metric(cdp, 'RecalcStyleDuration')) - style0) * 1000;
    const layoutMs = ((await metric(cdp, 'LayoutDuration')) - layout0) * 1000;
    await cdp.send('HeapProfiler.collectGarbage');
    await page.waitForTimeout(100);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await metric(cdp, 'JSHeapUsedSize');
    return {
      withExtension,
      taskMs,
      scriptMs,
      styleMs,
      layoutMs,
      extensionSelfMs: extensionSelfMs(profile),
      extensionInclusiveMs: extensionInclusiveMs(profile),
      longTasks: afterRecycle.longTasks,
      latencies: [...afterScroll.latencies, ...afterRecycle.latencies],
      posts: afterScroll.posts,
      judged: afterScroll.judged,
      heapAfterGcBytes: heap,
      heapBeforeBytes: heapBefore,
      heapAfterScrollBytes: heapAfterScroll,
    };
  } finally {
    await context.close();
  }
}

export interface ReadingRun {
  withExtension: boolean;
  taskMs: number;
  scriptMs: number;
  badges: number;
  matches: number;
}

/** Posts on the page for the reading pass, and how far the reader scrolls per frame (60 frames a second). */
export const READING = { posts: 150, pxPerFrame: 40 };

/**
 * The reading pass in a fresh browser: posts already judged, the reader scrolls through all of them at a
 * reading pace, and every match gets its badge. Measures what the fast phases cannot: badges and the
 * claims they show. Task and script time of the scroll only.
 */
export async function runReading(withExtension: boolean): Promise<ReadingRun> {
  const context = await launch(withExtension);
  try {
    const { page, cdp } = await openFeed(context, withExtension);
    await cdp.send('Performance.enable');
    await page.waitForTimeout(300);
    const task0 = await metric(cdp, 'TaskDuration');
    const script0 = await metric(cdp, 'ScriptDuration');
    await page.evaluate(([posts, px]) => (window as any).__bench.reading(posts, px), [READING.posts, READING.pxPerFrame]);
    await page.waitForTimeout(300);
    const taskMs = ((await metric(cdp, 'TaskDuration')) - task0) * 1000;
    const scriptMs = ((await metric(cdp, 'ScriptDuration')) - script0) * 1000;
    const { badges, matches } = (await page.evaluate(() => (window as any).__bench.badges())) as { badges: number; matches: number };
    return { withExtension, taskMs, scriptMs, badges, matches };
  } finally {
    await context.close();
  }
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function dirSizes(dir: string): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const buf = fs.readFileSync(path.join(entry.parentPath, entry.name));
    raw += buf.length;
    gzip += zlib.gzipSync(buf, { level: 9 }).length;
  }
  return { raw, gzip };
}

export function bundleSizes(ext = EXT): BrowserBench['bundle'] {
  const content = fs.readFileSync(path.join(ext, 'content-scripts/facebook.js'));
  const cssPath = path.join(ext, 'content-scripts/facebook.css');
  const total = dirSizes(ext);
  return {
    contentRaw: content.length,
    contentGzip: zlib.gzipSync(content, { level: 9 }).length,
    cssRaw: fs.existsSync(cssPath) ? fs.statSync(cssPath).size : 0,
    totalRaw: total.raw,
    totalGzip: total.gzip,
  };
}

/** Odd, so the median is one run. */
const PROFILED_RUNS = 5;

export async function benchBrowser(posts = 2000, recycled = 10_000): Promise<BrowserBench> {
  if (!fs.existsSync(path.join(EXT, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  if (!fs.existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
  const runs: RunResult[] = [];
  // A B B A twice: on this shared machine one pair of runs can differ by 10 %, more than the budget itself.
  for (const withExtension of [false, true, true, false, false, true, true, false]) runs.push(await run(withExtension, posts, recycled));
  // The profile and the verdict latency each need instruments that cost time, so each has a run of its own.
  const profiledRuns: RunResult[] = [];
  for (let i = 0; i < PROFILED_RUNS; i++) profiledRuns.push(await run(true, posts, recycled, 'profiled'));
  const share = (r: RunResult) => r.extensionSelfMs / r.taskMs;
  const profiledRun = [...profiledRuns].sort((a, b) => share(a) - share(b))[(PROFILED_RUNS - 1) / 2]!;
  const latencyRun = await run(true, posts, recycled, 'latency');
  const readingRuns: ReadingRun[] = [];
  for (const withExtension of [false, true, true, false]) readingRuns.push(await runReading(withExtension));
  const calls = await countCalls(posts, recycled);
  const readA = readingRuns.filter((r) => !r.withExtension);
  const readB = readingRuns.filter((r) => r.withExtension);
  const A = runs.filter((r) => !r.withExtension);
  const B = runs.filter((r) => r.withExtension);
  const sum = <T>(rs: T[], f: (r: T) => number) => rs.reduce((s, r) => s + f(r), 0);
  const latencies = latencyRun.latencies;
  return {
    posts,
    recycled,
    runs,
    profiledRuns,
    profiledRun,
    taskRatio: sum(B, (r) => r.taskMs) / sum(A, (r) => r.taskMs),
    extensionShareOfTaskTime: profiledRun.extensionSelfMs / profiledRun.taskMs,
    extensionInclusiveShareOfTaskTime: profiledRun.extensionInclusiveMs / profiledRun.taskMs,
    addedScriptShareOfTaskTime: (sum(B, (r) => r.scriptMs) - sum(A, (r) => r.scriptMs)) / sum(B, (r) => r.taskMs),
    longTasksWith: sum(B, (r) => r.longTasks.length) / B.length,
    longTasksWithout: sum(A, (r) => r.longTasks.length) / A.length,
    verdictP50Ms: percentile(latencies, 50),
    verdictP95Ms: percentile(latencies, 95),
    everyPostJudged:
      [...B, ...profiledRuns, latencyRun].every((r) => r.judged === r.posts && r.posts === posts) && latencies.length === posts + recycled,
    verdictsArrived: latencies.length,
    heapGrowthBytes:
      sum(B, (r) => r.heapAfterGcBytes - r.heapBeforeBytes) / B.length - sum(A, (r) => r.heapAfterGcBytes - r.heapBeforeBytes) / A.length,
    heapOverheadBytes: sum(B, (r) => r.heapAfterGcBytes) / B.length - sum(A, (r) => r.heapAfterGcBytes) / A.length,
    heapRecyclingGrowthBytes:
      sum(B, (r) => r.heapAfterGcBytes - r.heapAfterScrollBytes) / B.length -
      sum(A, (r) => r.heapAfterGcBytes - r.heapAfterScrollBytes) / A.length,
    bundle: bundleSizes(),
    reading: {
      runs: readingRuns,
      taskRatio: sum(readB, (r) => r.taskMs) / sum(readA, (r) => r.taskMs),
      scriptWithMs: sum(readB, (r) => r.scriptMs) / readB.length,
      scriptWithoutMs: sum(readA, (r) => r.scriptMs) / readA.length,
    },
    calls,
  };
}
