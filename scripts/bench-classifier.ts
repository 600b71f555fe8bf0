/**
 * Classifier throughput: posts/s and µs/post for classifyPost and the keyword baseline, measured in
 * the same run (warm-up first, then interleaved rounds, median reported), on the dev corpus and on a
 * synthetic 10,000-post feed (deterministic seed, ~10% about glute massage).
 */
import { classifyPost, judgePost } from '../utils/detect/index';
import { keywordBaseline } from '../utils/detect/baseline';
import { loadCorpus } from './corpus';
import { rng } from '../tests/rng';

export interface Throughput { postsPerSec: number; usPerPost: number }
export interface BenchSet {
  posts: number;
  /** classifyPost, the whole verdict (what \`npm run classify\` writes): the budget's figure. */
  classifier: Throughput;
  baseline: Throughput;
  ratio: number;
  /** judgePost with its claims left unread: what the content script pays for a post no one looks at. */
  judge: Throughput;
  judgeRatio: number;
  relevantShare: number;
}
export interface ClassifierBench { node: string; rounds: number; seed: number; feed: BenchSet; dev: BenchSet | null }

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

const GLUTE_POSTS = [
  'anyone else skip glutes on new clients? {e}', 'Glute massage today and my low back finally let go {e}',
  'had my therapist work on my piriformis, hurts so good', 'rolling out my glutes on a lacrosse ball after the long drive {e}',
  'Do you drape for glute work or work over the sheet?', 'My LMT never touches my butt. Should I ask? {e}',
  'tight glutes = back pain, change my mind. release them every session', 'foam rolled my piriformis for 10 min, sciatica way better',
  'new client asked me to skip the glutes, totally fine with me', 'glute work is the best part of a sports massage {e}',
  'undies on or off for a butt massage?? asking for a friend {e}', 'sitting at my desk all day, my glutes are so knotted. massage gun helps',
];
const OTHER_POSTS = [
  'Leg day done {e} squats and hip thrusts, glutes on fire', 'this gluten-free banana bread is amazing {e}',
  'Neck and shoulder massage after a long week, bliss', 'Can anyone recommend a good physio in town?',
  'My kid just lost her first tooth {e}', 'What a game last night!! {e}', 'booked a facial for saturday, so excited',
  'Coffee first, then emails. happy monday {e}', 'New hip flexor stretch routine from my PT, feels great',
  'that meeting was a pain in the butt lol', 'Our clinic is closed on the 24th, happy holidays {e}',
  'Anyone tried cupping for shoulder pain?', 'Sunset walk with the dog {e}', 'reminder: cancellations need 24h notice',
  'just finished my CE course on TMJ work, so much to try', 'hamstrings so tight after the run, foam roller time',
  'Does anyone else get nervous before a new job interview?', 'rain again... {e}', 'Best massage oil for sensitive skin?',
  'my butt is numb from this 3 hour lecture', 'Booked a neck massage, my glutes are still sore from leg day {e}',
  'hip thrusts, then foam rolled my quads. done for today', 'glute workout at the gym: do you do them before or after cardio?',
  'recipe swap! post your favourite soup {e}', 'Hot stone or bamboo, which do you prefer?',
];
const EMOJI = ['', '', '🙌', '💪', '😂', '❤️', '🔥', '🍑', '🙏🏽', '😩', '👍'];
const FILLER = ['', '', ' honestly', ' lol', ' tbh', ' #massagetherapist', ' (long day)', ' any tips?'];

/**
 * A feed of short social posts, ~10% about glute massage, the same for the same seed. The other posts
 * include look-alikes: glute words without massage, massage of other areas, and a few that have both a
 * glute word and a hands-on word (so they get past the pre-filter and cost a full read).
 */
export function syntheticFeed(count = 10_000, seed = 20_240_601): string[] {
  const r = rng(seed);
  const posts: string[] = [];
  for (let i = 0; i < count; i++) {
    const base = r() < 0.1 ? pick(r, GLUTE_POSTS) : pick(r, OTHER_POSTS);
    posts.push(`${base.replace('{e}', pick(r, EMOJI))}${pick(r, FILLER)}`.trim());
  }
  return posts;
}

function timeOnce(texts: readonly string[], fn: (t: string) => boolean): number {
  let hits = 0;
  const t0 = process.hrtime.bigint();
  for (const t of texts) if (fn(t)) hits++;
  const ns = Number(process.hrtime.bigint() - t0);
  if (hits < 0) console.log(hits); // keeps the loop observable
  return ns;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

function measure(texts: readonly string[], rounds: number): BenchSet {
  const ours = (t: string) => classifyPost(t).relevant;
  const judge = (t: string) => judgePost(t).relevant;
  // Repeat small sets so one timed pass lasts long enough to measure.
  const reps = Math.max(1, Math.ceil(20_000 / texts.length));
  const batch = Array.from({ length: reps }, () => texts).flat();
  for (let w = 0; w < 3; w++) {
    timeOnce(batch, ours);
    timeOnce(batch, keywordBaseline);
    timeOnce(batch, judge);
  }
  const a: number[] = [];
  const b: number[] = [];
  const c: number[] = [];
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      a.push(timeOnce(batch, ours));
      b.push(timeOnce(batch, keywordBaseline));
      c.push(timeOnce(batch, judge));
    } else {
      c.push(timeOnce(batch, judge));
      b.push(timeOnce(batch, keywordBaseline));
      a.push(timeOnce(batch, ours));
    }
  }
  const per = (ns: number): Throughput => ({
    postsPerSec: Math.round(batch.length / (ns / 1e9)),
    usPerPost: Math.round((ns / 1000 / batch.length) * 1000) / 1000,
  });
  const classifier = per(median(a));
  const baseline = per(median(b));
  const judged = per(median(c));
  return {
    posts: texts.length,
    classifier,
    baseline,
    ratio: Math.round((classifier.usPerPost / baseline.usPerPost) * 100) / 100,
    judge: judged,
    judgeRatio: Math.round((judged.usPerPost / baseline.usPerPost) * 100) / 100,
    relevantShare: Math.round((texts.filter((t) => classifyPost(t).relevant).length / texts.length) * 1000) / 1000,
  };
}

export function benchClassifier(rounds = 15, seed = 20_240_601): ClassifierBench {
  const corpus = loadCorpus();
  return {
    node: process.version,
    rounds,
    seed,
    feed: measure(syntheticFeed(10_000, seed), rounds),
    dev: corpus ? measure(corpus.map((c) => c.text), rounds) : null,
  };
}
