/**
 * `npm run -s classify -- FILE.jsonl` (or `-` for stdin). Contract, other tools depend on it:
 * one input line {"id", "text", "context"?} -> one output line
 * {"id", "relevant", "score", "claims", "spans"}, in input order, nothing else on stdout.
 * `context` is the parent post of a comment, or for a reply a list of strings: the post, then the
 * comments down to the one the reply answers.
 * A bad line gets {"id", "error"} (id null when unknown) and the run goes on; blank lines are skipped.
 */
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { classifyPost } from '../utils/detect/index';

type Id = string | number | null;

function idOf(value: unknown): Id {
  return typeof value === 'string' || typeof value === 'number' ? value : null;
}

export function classifyLine(line: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (e) {
    return { id: null, error: `not valid JSON: ${(e as Error).message}` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { id: null, error: 'a line must be a JSON object' };
  const row = parsed as Record<string, unknown>;
  const id = idOf(row.id);
  if (typeof row.text !== 'string') return { id, error: 'missing "text" (a string)' };
  const context = row.context ?? undefined;
  const chain = Array.isArray(context) && context.every((c) => typeof c === 'string');
  if (context !== undefined && typeof context !== 'string' && !chain) {
    return { id, error: '"context" must be a string, or a list of strings (the post, then the comments a reply answers)' };
  }
  const v = classifyPost(row.text, context as string | string[] | undefined);
  return { id, relevant: v.relevant, score: v.score, claims: v.claims, spans: v.spans };
}

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: npm run -s classify -- FILE.jsonl   (or - for stdin)\n');
    process.exit(2);
  }
  if (file !== '-' && !existsSync(file)) {
    process.stderr.write(`classify: no such file: ${file}\n`);
    process.exit(2);
  }
  const input = file === '-' ? process.stdin : createReadStream(file, 'utf8');
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    if (!process.stdout.write(`${JSON.stringify(classifyLine(line))}\n`)) {
      await new Promise((resolve) => process.stdout.once('drain', resolve));
    }
  }
}

void main();
