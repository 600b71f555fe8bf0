/**
 * The counting pass of the browser bench: DOM calls per post, counted in the content script's own
 * (isolated) world while the bench feed scrolls and recycles. Split from bench-browser.ts.
 */
import { launch, openFeed } from './bench-session';

/** Properties and methods the counting pass watches: the DOM calls of the scanner and the site adapter. */
const COUNTED = {
  methods: { Element: ['querySelector', 'querySelectorAll', 'matches', 'closest', 'getAttribute', 'hasAttribute', 'setAttribute', 'removeAttribute'], Node: ['contains'] },
  getters: { Node: ['textContent', 'isConnected', 'parentElement', 'nodeType', 'nodeName'], MutationRecord: ['addedNodes', 'target'], NodeList: ['length'] },
};

/**
 * Installed in the content script's world: wraps each counted method and getter with a counter. Source
 * text, not a function's toString(): tsx adds helpers to compiled functions that the page's world lacks.
 */
const INSTALL_COUNTERS = `((counted) => {
  const counts = (globalThis.__glCounts = {});
  const bump = (name) => void (counts[name] = (counts[name] ?? 0) + 1);
  for (const [type, names] of Object.entries(counted.methods)) {
    const proto = globalThis[type].prototype;
    for (const name of names) {
      const original = proto[name];
      proto[name] = function (...args) { bump(name); return original.apply(this, args); };
    }
  }
  for (const [type, names] of Object.entries(counted.getters)) {
    const proto = globalThis[type].prototype;
    for (const name of names) {
      const d = Object.getOwnPropertyDescriptor(proto, name);
      Object.defineProperty(proto, name, { ...d, get() { bump(name); return d.get.call(this); } });
    }
  }
})`;

export interface CallCounts {
  /** Counted DOM calls per post while 2,000 posts are appended, and per post while 10,000 are recycled. */
  perAppendedPost: number;
  perRecycledPost: number;
  byName: Record<string, [number, number]>;
}

/**
 * DOM calls per post, counted in the content script's own (isolated) world over CDP. The same from run to
 * run while every post is judged (timings here move by 10 %), so a change to the scanner or the adapter
 * shows at once. Fewer calls can also mean skipped posts: read it with 'every post got a verdict'.
 */
export async function countCalls(posts = 2000, recycled = 10_000): Promise<CallCounts> {
  const context = await launch(true);
  try {
    const { page, cdp } = await openFeed(context, true);
    const worlds: { id: number; name: string; type?: string }[] = [];
    cdp.on('Runtime.executionContextCreated', (e: any) => worlds.push({ id: e.context.id, name: e.context.name, type: e.context.auxData?.type }));
    await cdp.send('Runtime.enable'); // reports the contexts that exist, the content script's world among them
    await page.waitForTimeout(300);
    const world = worlds.find((w) => w.type === 'isolated' && w.name === 'Glute Lens');
    if (!world) throw new Error(`No Glute Lens content script world among ${JSON.stringify(worlds)}`);
    const inWorld = async (expression: string) => {
      const answer = (await cdp.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true })) as any;
      if (answer.exceptionDetails) throw new Error(`In the content script's world: ${JSON.stringify(answer.exceptionDetails)}`);
      return answer.result.value;
    };
    await inWorld(`${INSTALL_COUNTERS}(${JSON.stringify(COUNTED)})`);
    const read = async (): Promise<Record<string, number>> => ({ ...(await inWorld('globalThis.__glCounts')) });
    await page.waitForTimeout(300);
    const c0 = await read();
    await page.evaluate(([total]) => (window as any).__bench.scroll(total, 20), [posts]);
    await page.waitForTimeout(500);
    const c1 = await read();
    await page.evaluate(([total]) => (window as any).__bench.recycle(total, 40, 20), [recycled]);
    await page.waitForTimeout(500);
    const c2 = await read();
    const byName: Record<string, [number, number]> = {};
    let appended = 0;
    let recycledSum = 0;
    for (const name of new Set([...Object.keys(c1), ...Object.keys(c2)])) {
      const a = ((c1[name] ?? 0) - (c0[name] ?? 0)) / posts;
      const b = ((c2[name] ?? 0) - (c1[name] ?? 0)) / recycled;
      byName[name] = [Math.round(a * 100) / 100, Math.round(b * 100) / 100];
      appended += a;
      recycledSum += b;
    }
    return { perAppendedPost: Math.round(appended * 100) / 100, perRecycledPost: Math.round(recycledSum * 100) / 100, byName };
  } finally {
    await context.close();
  }
}
