import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { classifyPost } from '@/utils/detect';

const ROOT = resolve(__dirname, '../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');

function run(args: string[], input?: string) {
  const r = spawnSync(TSX, ['scripts/classify.ts', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, lines: r.stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>), stderr: r.stderr };
}

const REPLY_POST = 'Tight glutes cause back pain, always release them.';
const REPLY_COMMENT = 'That is a myth. Most of those glutes are weak, not tight.';
const INPUT = [
  JSON.stringify({ id: 'a', text: 'Glute massage fixed my sciatica!' }),
  '',
  'this is not json',
  JSON.stringify({ id: 7, nottext: 'x' }),
  JSON.stringify({ id: 'c', text: '100% agree, every low back I see', context: 'Release the glutes for back pain, every session' }),
  JSON.stringify({ id: 'd', text: 'same here!', context: 'gluten-free bread recipe' }),
  JSON.stringify({ id: 'e', text: 'Exactly this.', context: [REPLY_POST, REPLY_COMMENT] }),
  JSON.stringify({ id: 'f', text: 'Exactly this.', context: [REPLY_POST, 3] }),
].join('\n');

describe('classify CLI', () => {
  it('writes one line per non-blank input line, in order, using classifyPost', () => {
    const dir = mkdtempSync(join(tmpdir(), 'classify-'));
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, INPUT);
    const { status, lines } = run([file]);
    expect(status).toBe(0);
    expect(lines.map((l) => l.id)).toEqual(['a', null, 7, 'c', 'd', 'e', 'f']);
    const expected = classifyPost('Glute massage fixed my sciatica!');
    expect(lines[0]).toEqual({ id: 'a', relevant: true, score: expected.score, claims: expected.claims, spans: expected.spans });
    expect(lines[1]?.error).toMatch(/JSON/);
    expect(lines[2]?.error).toMatch(/text/);
    expect(lines[3]).toMatchObject({ relevant: true, claims: ['back-pain-release'] });
    expect(lines[4]).toMatchObject({ relevant: false, claims: [] });
    // A reply with its chain: it agrees with the comment, not with the post the comment disputes.
    expect(lines[5]).toMatchObject({ relevant: true, claims: ['weak-inhibited'] });
    expect(lines[5]).toEqual({ id: 'e', ...JSON.parse(JSON.stringify(classifyPost('Exactly this.', [REPLY_POST, REPLY_COMMENT]))) });
    expect(lines[6]?.error).toMatch(/context/);
  }, 60_000);

  it('reads stdin with -', () => {
    const { status, lines } = run(['-'], `${JSON.stringify({ id: 1, text: 'butt work at the gym, squats all day' })}\n`);
    expect(status).toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ id: 1, relevant: false });
  }, 60_000);

  it('fails clearly on a missing file', () => {
    const { status, lines, stderr } = run(['/nonexistent/in.jsonl']);
    expect(status).toBe(2);
    expect(lines).toEqual([]);
    expect(stderr).toMatch(/no such file/);
  }, 60_000);
});
