/**
 * Reading a pack file and merging it into the educator's points. Pure: a string in, a result out.
 * Import is all-or-nothing: any problem returns `ok: false` with messages that name the field, and the
 * caller changes nothing.
 */
import type { Pack, TalkingPoint } from '../knowledge/types';
import { LIMITS, PACK_FORMAT, PACK_VERSION, validatePack } from './schema';

export type ParseResult = { ok: true; pack: Pack } | { ok: false; errors: string[] };

export function formatKb(bytes: number): string {
  return `${Math.ceil(bytes / 1024)} KB`;
}

/** Checks a file's size before reading it (File.size, in bytes). */
export function checkFileSize(bytes: number): string | null {
  return bytes > LIMITS.fileBytes
    ? `The file is too big (${formatKb(bytes)}). A pack can be at most ${formatKb(LIMITS.fileBytes)}.`
    : null;
}

export function parsePackText(text: string): ParseResult {
  const tooBig = checkFileSize(new TextEncoder().encode(text).length);
  if (tooBig) return { ok: false, errors: [tooBig] };

  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const why = err instanceof Error ? ` (${err.message})` : '';
    return { ok: false, errors: [`The file is not valid JSON${why}. Is it a Glute Lens pack?`] };
  }

  // Format and version first: a different file should get one clear sentence, not a list of missing fields.
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, errors: ['This is not a Glute Lens pack: the file must hold a JSON object.'] };
  }
  const head = raw as { format?: unknown; version?: unknown };
  if (head.format !== PACK_FORMAT) {
    return { ok: false, errors: [`This is not a Glute Lens pack: format must be "${PACK_FORMAT}".`] };
  }
  if (head.version !== PACK_VERSION) {
    return {
      ok: false,
      errors: [`This pack has version ${JSON.stringify(head.version ?? null)}; Glute Lens reads version ${PACK_VERSION} only.`],
    };
  }
  const checked = validatePack(raw);
  return checked.ok ? { ok: true, pack: checked.value } : { ok: false, errors: checked.errors };
}

/** Ids of incoming points that one of the educator's points already uses. */
export function findConflicts(existing: readonly TalkingPoint[], incoming: readonly TalkingPoint[]): string[] {
  const have = new Set(existing.map((p) => p.id));
  return incoming.filter((p) => have.has(p.id)).map((p) => p.id);
}

export type ConflictChoice = 'replace' | 'keep-both';

export type MergeResult =
  | { ok: true; points: TalkingPoint[]; added: number; replaced: number; renamed: number }
  | { ok: false; errors: string[] };

/**
 * Adds imported points after the educator's own. On an id clash, `replace` swaps the point in place and
 * `keep-both` gives the imported one a fresh id (`id-2`, `id-3`…). Ids in `reserved` (the built-in points)
 * are always renamed, so hiding a built-in point never hides an imported one.
 */
export function mergeImport(
  existing: readonly TalkingPoint[],
  incoming: readonly TalkingPoint[],
  choice: ConflictChoice,
  reserved: Iterable<string> = [],
): MergeResult {
  const reservedIds = new Set(reserved);
  const result = [...existing];
  const taken = new Set([...existing.map((p) => p.id), ...reservedIds]);
  let added = 0;
  let replaced = 0;
  let renamed = 0;
  for (const point of incoming) {
    const at = result.findIndex((p) => p.id === point.id);
    if (at >= 0 && choice === 'replace') {
      result[at] = point;
      replaced++;
      continue;
    }
    if (taken.has(point.id)) {
      const id = freshId(point.id, taken);
      taken.add(id);
      result.push({ ...point, id });
      renamed++;
      added++;
      continue;
    }
    taken.add(point.id);
    result.push(point);
    added++;
  }
  if (result.length > LIMITS.points) {
    return {
      ok: false,
      errors: [
        `Importing would give you ${result.length} talking points; the limit is ${LIMITS.points}. Nothing was imported.`,
      ],
    };
  }
  return { ok: true, points: result, added, replaced, renamed };
}

/** `id-2`, `id-3`… kept within the id length limit. */
export function freshId(id: string, taken: ReadonlySet<string>): string {
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = id.slice(0, LIMITS.id - suffix.length) + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}
