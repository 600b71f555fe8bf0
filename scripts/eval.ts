/**
 * `npm run eval`: relevance and claim precision/recall/F1 of classifyPost on the dev corpus, side by
 * side with the keyword baseline, on all items, the strict text-only subset and the even/odd halves.
 * `--misses` also lists the items each side gets wrong (ids only plus the verdict, no passage text).
 */
import { CLAIM_IDS, classifyPost, type ClaimId } from '../utils/detect/index';
import { keywordBaseline, keywordBaselineClaims } from '../utils/detect/baseline';
import { DEV_CORPUS, idParity, isContextDependent, loadCorpus, type CorpusItem } from './corpus';

interface Prf { tp: number; fp: number; fn: number }
interface Prediction { relevant: boolean; claims: ClaimId[] }

const prf = (): Prf => ({ tp: 0, fp: 0, fn: 0 });
const p = (c: Prf) => (c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp));
const r = (c: Prf) => (c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn));
const f1 = (c: Prf) => (p(c) + r(c) === 0 ? 0 : (2 * p(c) * r(c)) / (p(c) + r(c)));
const fmt = (c: Prf) => `${p(c).toFixed(3)} ${r(c).toFixed(3)} ${f1(c).toFixed(3)}`;

function count(c: Prf, predicted: boolean, gold: boolean): void {
  if (predicted && gold) c.tp++;
  else if (predicted) c.fp++;
  else if (gold) c.fn++;
}

export interface Scores { n: number; relevance: Prf; claims: Record<ClaimId, Prf>; micro: Prf }

export function score(items: CorpusItem[], predict: (item: CorpusItem) => Prediction): Scores {
  const s: Scores = { n: items.length, relevance: prf(), claims: Object.fromEntries(CLAIM_IDS.map((c) => [c, prf()])) as Record<ClaimId, Prf>, micro: prf() };
  for (const item of items) {
    const pred = predict(item);
    count(s.relevance, pred.relevant, item.relevant);
    const gold = item.relevant ? item.claims : [];
    const got = pred.relevant ? pred.claims : [];
    for (const c of CLAIM_IDS) {
      count(s.claims[c], got.includes(c), gold.includes(c));
      count(s.micro, got.includes(c), gold.includes(c));
    }
  }
  return s;
}

const ours = (item: CorpusItem): Prediction => classifyPost(item.text);
const baseline = (item: CorpusItem): Prediction => ({ relevant: keywordBaseline(item.text), claims: keywordBaselineClaims(item.text) });

function table(title: string, items: CorpusItem[]): void {
  const a = score(items, ours);
  const b = score(items, baseline);
  console.log(`\n## ${title} (${items.length} items, ${items.filter((i) => i.relevant).length} relevant)`);
  console.log(`${'metric'.padEnd(26)} ${'classifyPost P   R     F1'.padEnd(26)} baseline P   R     F1`);
  const row = (name: string, x: Prf, y: Prf) => console.log(`${name.padEnd(26)} ${fmt(x).padEnd(26)} ${fmt(y)}`);
  row('relevance', a.relevance, b.relevance);
  for (const c of CLAIM_IDS) row(`  claim ${c}`, a.claims[c], b.claims[c]);
  row('claims micro-average', a.micro, b.micro);
}

function main(): void {
  const items = loadCorpus();
  if (!items) {
    console.log(`eval skipped: ${DEV_CORPUS} not found (the shared corpus is not checked out next to the project).`);
    return;
  }
  const strict = items.filter((i) => !isContextDependent(i));
  table('all', items);
  table('strict text-only (context-dependent items left out)', strict);
  table('even ids (tuning half)', items.filter((i) => idParity(i) === 'even'));
  table('odd ids (held-out half)', items.filter((i) => idParity(i) === 'odd'));
  console.log('\nTargets on the dev set: relevance F1 >= 0.93 with precision >= 0.95; claims micro-F1 >= 0.80.');
  if (process.argv.includes('--misses')) {
    for (const item of items) {
      const v = classifyPost(item.text);
      const gold = item.relevant ? item.claims : [];
      const got = v.relevant ? v.claims : [];
      const extra = got.filter((c) => !gold.includes(c));
      const missing = gold.filter((c) => !got.includes(c));
      if (v.relevant !== item.relevant || extra.length || missing.length) {
        console.log(`${item.id} gold=${item.relevant} got=${v.relevant} score=${v.score}${extra.length ? ` +${extra.join(',')}` : ''}${missing.length ? ` -${missing.join(',')}` : ''}`);
      }
    }
  }
}

main();
