/**
 * `npm run bench`: prints classifier throughput next to the keyword baseline and stores the figures
 * under the `classifier` key of bench-results.json (other keys, e.g. browser figures, are kept).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { benchClassifier, type BenchSet } from './bench-classifier';
import { ROOT } from './corpus';

const OUT = resolve(ROOT, 'bench-results.json');

function rows(name: string, s: BenchSet): string[] {
  const f = (n: number) => n.toLocaleString('en-US');
  return [
    `${name.padEnd(22)} ${String(s.posts).padStart(6)}  ${f(s.classifier.postsPerSec).padStart(12)}  ${s.classifier.usPerPost.toFixed(3).padStart(8)}  ${f(s.baseline.postsPerSec).padStart(12)}  ${s.baseline.usPerPost.toFixed(3).padStart(8)}  ${s.ratio.toFixed(2).padStart(5)}x`,
  ];
}

const result = benchClassifier();
console.log(`classifier bench (node ${result.node}, ${result.rounds} interleaved rounds, median)`);
console.log(`${'set'.padEnd(22)} ${'posts'.padStart(6)}  ${'ours posts/s'.padStart(12)}  ${'µs/post'.padStart(8)}  ${'base posts/s'.padStart(12)}  ${'µs/post'.padStart(8)}  ratio`);
for (const line of rows('synthetic feed', result.feed)) console.log(line);
if (result.dev) for (const line of rows('dev corpus', result.dev)) console.log(line);
else console.log('dev corpus: skipped (../shared/corpus/dev.jsonl not found)');
console.log('targets: >= 200,000 posts/s on one core and <= 3x the baseline cost (feed)');

let previous: Record<string, unknown> = {};
if (existsSync(OUT)) {
  try {
    previous = JSON.parse(readFileSync(OUT, 'utf8')) as Record<string, unknown>;
  } catch {
    previous = {};
  }
}
writeFileSync(OUT, `${JSON.stringify({ ...previous, classifier: { measuredAt: new Date().toISOString(), ...result } }, null, 2)}\n`);
console.log(`wrote ${OUT}`);
