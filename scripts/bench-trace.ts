/**
 * Where the extension's cost goes, by the browser's own trace events: one traced session of the bench
 * feed (scroll, then recycle) without and one with the built extension, and the main thread's self time
 * per trace event, sorted by the difference. A diagnostic, not a budget (one run each: ±5 % noise).
 *
 *   npx tsx scripts/bench-trace.ts            (GL_EXT=dir to trace another build)
 *
 * The CPU profile puts much of the extension's DOM work under "(program)"; the trace puts all of a
 * callback's time, DOM calls included, under its FunctionCall event, so script and browser work separate.
 */
import { launch, openFeed } from './bench-session';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

const CATEGORIES = 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.execute,blink';

async function trace(withExtension: boolean, posts = 2000, recycled = 10_000): Promise<TraceEvent[]> {
  const context = await launch(withExtension);
  try {
    const { page, cdp } = await openFeed(context, withExtension);
    await page.waitForTimeout(300);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
    await page.evaluate(([total]) => (window as any).__bench.scroll(total, 20), [posts]);
    await page.waitForTimeout(500);
    await page.evaluate(([total]) => (window as any).__bench.recycle(total, 40, 20), [recycled]);
    await page.waitForTimeout(500);
    await cdp.send('Tracing.end');
    await complete;
    return events;
  } finally {
    await context.close();
  }
}

/** Self time (µs) per event name on the page's main thread: each event's duration less its children's. */
function mainThreadSelfTimes(events: TraceEvent[]): Map<string, number> {
  const threadKey = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const perThread = new Map<string, number>();
  for (const e of events) perThread.set(threadKey(e), (perThread.get(threadKey(e)) ?? 0) + 1);
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(threadKey);
  const main = mains.sort((a, b) => (perThread.get(b) ?? 0) - (perThread.get(a) ?? 0))[0];
  const spans: { name: string; start: number; end: number; self: number }[] = [];
  const open: TraceEvent[] = [];
  for (const e of events.filter((x) => threadKey(x) === main).sort((a, b) => a.ts - b.ts)) {
    if (e.ph === 'X') spans.push({ name: e.name, start: e.ts, end: e.ts + (e.dur ?? 0), self: e.dur ?? 0 });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const begin = open.pop();
      if (begin) spans.push({ name: begin.name, start: begin.ts, end: e.ts, self: e.ts - begin.ts });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const stack: typeof spans = [];
  for (const span of spans) {
    while (stack.length > 0 && stack[stack.length - 1]!.end <= span.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && span.end <= parent.end) parent.self -= span.end - span.start;
    stack.push(span);
  }
  const self = new Map<string, number>();
  for (const span of spans) self.set(span.name, (self.get(span.name) ?? 0) + span.self);
  return self;
}

const without = mainThreadSelfTimes(await trace(false));
const withExt = mainThreadSelfTimes(await trace(true));
const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0) / 1000;
console.log(`main thread busy: ${total(without).toFixed(0)} ms without, ${total(withExt).toFixed(0)} ms with the extension`);
console.log('   +ms  without     with  trace event');
const rows = [...new Set([...without.keys(), ...withExt.keys()])].map((name) => ({
  name,
  a: (without.get(name) ?? 0) / 1000,
  b: (withExt.get(name) ?? 0) / 1000,
}));
for (const r of rows.sort((x, y) => y.b - y.a - (x.b - x.a)).slice(0, 20)) {
  console.log(`${(r.b - r.a).toFixed(1).padStart(6)} ${r.a.toFixed(1).padStart(8)} ${r.b.toFixed(1).padStart(8)}  ${r.name}`);
}
