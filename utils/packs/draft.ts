/**
 * The editor's working copy of a talking point: plain strings, as the form holds them. `draftToRaw`
 * turns it back into a point-shaped object that `validatePoint` checks on Save. Pure.
 */
import type { ClaimId } from '../detect/types';
import type { EvidenceLevel, TalkingPoint } from '../knowledge/types';
import { freshId } from './import';
import { LIMITS } from './schema';

export interface DraftSource {
  label: string;
  url: string;
  level: EvidenceLevel;
}

export interface Draft {
  /** Empty for a new point; the id is made from the title on Save. */
  id: string;
  title: string;
  text: string;
  claims: ClaimId[];
  /** Comma-separated, as typed. */
  keywords: string;
  sources: DraftSource[];
  clinical: string;
  brief: string;
  /** Kept as imported: the sidebar shows `text` as the friendly wording, so the editor does not offer this one. */
  friendly?: string;
}

export function emptyDraft(): Draft {
  return { id: '', title: '', text: '', claims: [], keywords: '', sources: [], clinical: '', brief: '' };
}

export function pointToDraft(p: TalkingPoint): Draft {
  return {
    id: p.id,
    title: p.title,
    text: p.text,
    claims: [...p.claims],
    keywords: (p.keywords ?? []).join(', '),
    sources: p.sources.map((s) => ({ label: s.label, url: s.url ?? '', level: s.level })),
    clinical: p.tones?.clinical ?? '',
    brief: p.tones?.brief ?? '',
    ...(p.tones?.friendly ? { friendly: p.tones.friendly } : {}),
  };
}

export function splitKeywords(value: string): string[] {
  return value
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
}

/** A point-shaped object for validation and the live preview. Empty optional fields are left out. */
export function draftToRaw(draft: Draft, id: string): TalkingPoint {
  const keywords = splitKeywords(draft.keywords);
  const tones: TalkingPoint['tones'] = {};
  if (draft.friendly?.trim()) tones.friendly = draft.friendly;
  if (draft.clinical.trim()) tones.clinical = draft.clinical;
  if (draft.brief.trim()) tones.brief = draft.brief;
  return {
    id,
    title: draft.title,
    text: draft.text,
    claims: draft.claims,
    ...(keywords.length > 0 ? { keywords } : {}),
    sources: draft.sources.map((s) => (s.url.trim() ? { label: s.label, url: s.url.trim(), level: s.level } : { label: s.label, level: s.level })),
    ...(Object.keys(tones).length > 0 ? { tones } : {}),
  };
}

/** `back-pain-story` from "Back pain story!", unique among `taken`. */
export function idForTitle(title: string, taken: ReadonlySet<string>): string {
  const slug =
    title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, LIMITS.id - 4) || 'point';
  return taken.has(slug) ? freshId(slug, taken) : slug;
}

const FIELD_NAMES: Record<string, string> = {
  id: 'Id',
  title: 'Title',
  text: 'Text',
  claims: 'Claims',
  keywords: 'Keywords',
  sources: 'Sources',
  'tones.clinical': 'Clinical wording',
  'tones.brief': 'Brief wording',
};
const SOURCE_FIELDS: Record<string, string> = { label: 'citation', url: 'link', level: 'evidence level' };

/** "sources[1].url must …" → "Source 2 link must …", for the editor's error list. */
export function humanizeError(message: string): string {
  const source = /^sources\[(\d+)\]\.(label|url|level) /.exec(message);
  if (source) return `Source ${Number(source[1]) + 1} ${SOURCE_FIELDS[source[2]!]} ${message.slice(source[0].length)}`;
  const keyword = /^keywords\[(\d+)\] /.exec(message);
  if (keyword) return `Keyword ${Number(keyword[1]) + 1} ${message.slice(keyword[0].length)}`;
  const field = /^([a-z.]+) /.exec(message);
  if (field && FIELD_NAMES[field[1]!]) return `${FIELD_NAMES[field[1]!]} ${message.slice(field[0].length)}`;
  return message;
}
