/**
 * Picks what the sidebar says about one post: the claim labels, the knowledge sections those claims
 * need, and a handful of talking points. Pure: no DOM, no `browser`, so it runs in node tests as is.
 */
import { isClaimId, type ClaimId, type Verdict } from '../detect/types';
import { BUILTIN_PACK, OVERVIEW_SECTION_ID } from '../knowledge/builtin';
import { CLAIM_INFO } from '../knowledge/claims';
import type { Pack, Section, TalkingPoint } from '../knowledge/types';

export interface SummaryClaim {
  id: ClaimId;
  label: string;
  short: string;
}

export type PointOrigin = 'builtin' | 'user';

export type SummaryPoint = TalkingPoint & { origin: PointOrigin; packName: string };

export interface Summary {
  claims: SummaryClaim[];
  sections: Section[];
  points: SummaryPoint[];
}

export interface SummaryOptions {
  /** Normally `[BUILTIN_PACK, ...educatorPacks]`. */
  packs: Pack[];
  /** The post's text, for keyword matches. Never rendered from here. */
  postText?: string;
  /** Talking points the user chose to hide. */
  hiddenPointIds?: string[];
}

/** Fewer than this and the list is topped up with general built-in points. */
export const MIN_POINTS = 3;
/** More than this is no longer "a few things to say" in a 360px sidebar. */
export const MAX_POINTS = 6;

export function buildSummary(verdict: Verdict, opts: SummaryOptions): Summary {
  const claims = unique(verdict.claims).filter(isClaimId);
  return {
    claims: claims.map((id) => ({ id, label: CLAIM_INFO[id].label, short: CLAIM_INFO[id].short })),
    sections: selectSections(claims, opts.packs),
    points: selectPoints(claims, opts),
  };
}

/**
 * Sections for the claims, most relevant first. A section counts double for the claim it is mainly about
 * (its first claim). Every section led by one of the post's claims is shown; a section that only touches a
 * claim on the side is shown when no section chosen so far covers that claim, so a post about one thing
 * gets one or two sections rather than everything loosely related.
 */
function selectSections(claims: ClaimId[], packs: Pack[]): Section[] {
  const all = packs.flatMap((pack) => pack.sections ?? []);
  const wanted = new Set(claims);
  const ranked = all
    .map((section, order) => ({ section, order, score: scoreSection(section, wanted) }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order);

  const chosen: Section[] = [];
  const covered = new Set<ClaimId>();
  for (const { section } of ranked) {
    const leads = section.claims[0] !== undefined && wanted.has(section.claims[0]);
    const addsCover = section.claims.some((c) => wanted.has(c) && !covered.has(c));
    if (!leads && !addsCover) continue;
    if (chosen.some((s) => s.id === section.id)) continue;
    chosen.push(section);
    for (const c of section.claims) if (wanted.has(c)) covered.add(c);
  }
  if (chosen.length > 0) return chosen;
  const overview = all.find((s) => s.id === OVERVIEW_SECTION_ID);
  return overview ? [overview] : [];
}

function scoreSection(section: Section, wanted: Set<ClaimId>): number {
  return section.claims.reduce((sum, claim, i) => sum + (wanted.has(claim) ? (i === 0 ? 2 : 1) : 0), 0);
}

interface Candidate {
  point: SummaryPoint;
  order: number;
  claimHits: ClaimId[];
  keywordHits: number;
}

/**
 * Talking points: the educator's own points first when they match the post (by claim or keyword), then
 * built-in points that match, picked so each claim of the post gets a point before any claim gets a
 * second; topped up from the built-in pack's general points when fewer than MIN_POINTS match.
 */
function selectPoints(claims: ClaimId[], opts: SummaryOptions): SummaryPoint[] {
  const hidden = new Set(opts.hiddenPointIds ?? []);
  const wanted = new Set(claims);
  const text = opts.postText ?? '';

  const candidates: Candidate[] = [];
  opts.packs.forEach((pack) => {
    const origin: PointOrigin = isBuiltinPack(pack) ? 'builtin' : 'user';
    for (const p of pack.points) {
      if (hidden.has(p.id)) continue;
      candidates.push({
        point: { ...p, origin, packName: pack.name },
        order: candidates.length,
        claimHits: p.claims.filter((c) => wanted.has(c)),
        keywordHits: (p.keywords ?? []).filter((k) => hasWholeWord(text, k)).length,
      });
    }
  });

  const matches = (c: Candidate) => c.claimHits.length > 0 || c.keywordHits > 0;
  const byRelevance = (a: Candidate, b: Candidate) =>
    b.claimHits.length * 2 + b.keywordHits - (a.claimHits.length * 2 + a.keywordHits) || a.order - b.order;

  const user = candidates.filter((c) => c.point.origin === 'user' && matches(c)).sort(byRelevance);
  const builtin = candidates.filter((c) => c.point.origin === 'builtin');
  const builtinMatched = spreadOverClaims(builtin.filter(matches).sort(byRelevance));

  const picked: Candidate[] = [];
  const seen = new Set<string>();
  const take = (c: Candidate) => {
    const key = `${c.point.packName}\u0000${c.point.id}`;
    if (picked.length >= MAX_POINTS || seen.has(key)) return;
    seen.add(key);
    picked.push(c);
  };
  user.forEach(take);
  builtinMatched.forEach(take);
  // Top up with general built-in points, in the pack's order (broadest first).
  for (const c of builtin) {
    if (picked.length >= MIN_POINTS) break;
    take(c);
  }
  return picked.map((c) => c.point);
}

/** Reorders ranked candidates so that each claim's best point comes before any claim's second point. */
function spreadOverClaims(ranked: Candidate[]): Candidate[] {
  const first: Candidate[] = [];
  const rest: Candidate[] = [];
  const covered = new Set<ClaimId>();
  for (const c of ranked) {
    const fresh = c.claimHits.filter((id) => !covered.has(id));
    if (fresh.length > 0) {
      first.push(c);
      fresh.forEach((id) => covered.add(id));
    } else {
      rest.push(c);
    }
  }
  return [...first, ...rest];
}

function isBuiltinPack(pack: Pack): boolean {
  // Packs may come back from storage as copies, so compare identity fields rather than the object.
  return pack === BUILTIN_PACK || (pack.name === BUILTIN_PACK.name && pack.author === BUILTIN_PACK.author);
}

/**
 * Case-insensitive whole-word match: the keyword must not touch a letter or digit on either side
 * ("sit" matches "I sit all day", not "visit"). Spaces in a keyword match any run of whitespace.
 */
export function hasWholeWord(text: string, keyword: string): boolean {
  const words = keyword.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || text.length === 0) return false;
  const body = words.map(escapeRegExp).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
