/**
 * The talking-point pack file format, version 1 (documented in README.md, "Talking-point packs (format v1)").
 * A pack is untrusted input: it may come from a colleague, a download or a hand edit, so every field is
 * typed, bounded and checked here before anything stores or shows it. Pure: no DOM, no `browser`.
 */
import * as v from 'valibot';
import { CLAIM_IDS } from '../detect/types';
import { EVIDENCE_LEVELS, type Pack, type TalkingPoint } from '../knowledge/types';

export const PACK_FORMAT = 'glute-lens-pack';
export const PACK_VERSION = 1;

/** Limits keep a pack small enough for browser storage and a sidebar card readable. */
export const LIMITS = {
  /** Whole file, in bytes (UTF-8). */
  fileBytes: 256 * 1024,
  points: 200,
  name: 120,
  author: 120,
  id: 64,
  title: 120,
  text: 1200,
  keywords: 20,
  keyword: 40,
  sources: 10,
  label: 200,
  url: 500,
} as const;

/** Ids are used in element ids and storage, so they stay short and plain. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** True for an absolute http:// or https:// URL (never `javascript:`, `data:` or a relative path). */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

const text = (max: number) =>
  v.pipe(
    v.string('must be text'),
    v.trim(),
    v.nonEmpty('must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
  );

const UrlSchema = v.pipe(
  v.string('must be text'),
  v.trim(),
  v.maxLength(LIMITS.url, `must be at most ${LIMITS.url} characters`),
  v.check(isHttpUrl, 'must start with http:// or https:// and be a full web address'),
);

export const SourceSchema = v.object(
  {
    label: text(LIMITS.label),
    url: v.optional(UrlSchema),
    level: v.picklist(EVIDENCE_LEVELS, `must be one of ${EVIDENCE_LEVELS.join(', ')}`),
  },
  'must be an object',
);

const ToneText = v.optional(text(LIMITS.text));

export const PointSchema = v.pipe(
  v.object(
    {
      id: v.pipe(
        v.string('must be text'),
        v.trim(),
        v.nonEmpty('must not be empty'),
        v.maxLength(LIMITS.id, `must be at most ${LIMITS.id} characters`),
        v.regex(ID_PATTERN, 'may only use letters, digits, dots, dashes and underscores'),
      ),
      title: text(LIMITS.title),
      text: text(LIMITS.text),
      claims: v.pipe(
        v.array(v.picklist(CLAIM_IDS, `must be one of ${CLAIM_IDS.join(', ')}`), 'must be a list'),
        v.maxLength(CLAIM_IDS.length, `must list at most ${CLAIM_IDS.length} claims`),
      ),
      keywords: v.optional(
        v.pipe(
          v.array(text(LIMITS.keyword), 'must be a list'),
          v.maxLength(LIMITS.keywords, `must list at most ${LIMITS.keywords} keywords`),
        ),
      ),
      sources: v.pipe(
        v.array(SourceSchema, 'must be a list'),
        v.maxLength(LIMITS.sources, `must list at most ${LIMITS.sources} sources`),
      ),
      tones: v.optional(
        v.object({ friendly: ToneText, clinical: ToneText, brief: ToneText }, 'must be an object'),
      ),
    },
    'must be an object',
  ),
  // A point nobody could ever see is a mistake worth reporting.
  v.check((p) => p.claims.length > 0 || (p.keywords?.length ?? 0) > 0, 'needs at least one claim or keyword'),
);

export const PackSchema = v.object(
  {
    format: v.literal(PACK_FORMAT, `must be "${PACK_FORMAT}"`),
    version: v.literal(PACK_VERSION, `must be ${PACK_VERSION}`),
    name: text(LIMITS.name),
    author: v.pipe(
      v.optional(v.string('must be text'), ''),
      v.trim(),
      v.maxLength(LIMITS.author, `must be at most ${LIMITS.author} characters`),
    ),
    points: v.pipe(
      v.array(PointSchema, 'must be a list'),
      v.maxLength(LIMITS.points, `must hold at most ${LIMITS.points} points`),
    ),
  },
  'must be an object',
);

export type Result<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** At most this many messages are shown; a badly broken file would otherwise list hundreds. */
export const MAX_MESSAGES = 8;

/** Turns valibot issues into "points[2].sources[0].url must start with http:// or https://". */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], subject = 'The pack'): string[] {
  const messages = issues.map((issue) => {
    const where = formatPath(issue.path);
    const missing = issue.kind === 'schema' && issue.type === 'object' && issue.received === 'undefined' && issue.path;
    const what = missing ? 'is missing' : issue.message;
    return where ? `${where} ${what}` : `${subject} ${what}`;
  });
  const unique = [...new Set(messages)];
  if (unique.length <= MAX_MESSAGES) return unique;
  return [...unique.slice(0, MAX_MESSAGES), `…and ${unique.length - MAX_MESSAGES} more problems`];
}

function formatPath(path: readonly { key?: unknown }[] | undefined): string {
  let out = '';
  for (const item of path ?? []) {
    if (typeof item.key === 'number') out += `[${item.key}]`;
    else out += out ? `.${String(item.key)}` : String(item.key);
  }
  return out;
}

/** Checks one point (the editor uses this on Save, so a saved point always exports as a valid pack). */
export function validatePoint(raw: unknown): Result<TalkingPoint> {
  const parsed = v.safeParse(PointSchema, raw);
  if (!parsed.success) return { ok: false, errors: describeIssues(parsed.issues, 'The point') };
  return { ok: true, value: cleanPoint(parsed.output) };
}

/** Checks a parsed pack object: shape, limits, URLs, and ids unique within the pack. */
export function validatePack(raw: unknown): Result<Pack> {
  const parsed = v.safeParse(PackSchema, raw);
  if (!parsed.success) return { ok: false, errors: describeIssues(parsed.issues) };
  const errors = duplicateIdErrors(parsed.output.points.map((p) => p.id));
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      format: PACK_FORMAT,
      version: PACK_VERSION,
      name: parsed.output.name,
      author: parsed.output.author,
      points: parsed.output.points.map(cleanPoint),
    },
  };
}

export function duplicateIdErrors(ids: readonly string[]): string[] {
  const firstAt = new Map<string, number>();
  const errors: string[] = [];
  ids.forEach((id, i) => {
    const first = firstAt.get(id);
    if (first === undefined) firstAt.set(id, i);
    else errors.push(`points[${i}].id "${id}" is already used by points[${first}]; ids must be unique`);
  });
  return errors.slice(0, MAX_MESSAGES);
}

/** Drops empty optional fields so stored and exported points stay tidy. */
function cleanPoint(p: v.InferOutput<typeof PointSchema>): TalkingPoint {
  const point: TalkingPoint = { id: p.id, title: p.title, text: p.text, claims: [...new Set(p.claims)], sources: [] };
  const keywords = [...new Set(p.keywords ?? [])];
  if (keywords.length > 0) point.keywords = keywords;
  point.sources = p.sources.map((s) => (s.url ? { label: s.label, url: s.url, level: s.level } : { label: s.label, level: s.level }));
  const tones = Object.fromEntries(Object.entries(p.tones ?? {}).filter(([, t]) => !!t));
  if (Object.keys(tones).length > 0) point.tones = tones;
  return point;
}
