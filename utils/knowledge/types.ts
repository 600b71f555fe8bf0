/**
 * The shape of everything the sidebar says. The built-in knowledge is one Pack; an educator's pack
 * (issue 5, format `glute-lens-pack` version 1) has the same shape, so both render the same way.
 */
import type { ClaimId } from '../detect/types';

/** SR systematic review · RCT randomised trial · OBS observational · EXP expert opinion/model · STD standard/guideline/law */
export const EVIDENCE_LEVELS = ['SR', 'RCT', 'OBS', 'EXP', 'STD'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/** What each level means, in words a therapist scanning the sidebar understands. */
export const EVIDENCE_LABELS: Record<EvidenceLevel, string> = {
  SR: 'Systematic review',
  RCT: 'Randomised trial',
  OBS: 'Observational study',
  EXP: 'Expert opinion or model',
  STD: 'Standard, guideline or law',
};

export interface Source {
  /** Short citation shown to the user, e.g. "Furlan 2015, Cochrane review". */
  label: string;
  /** http(s) link (DOI link or official page) when one exists. */
  url?: string;
  level: EvidenceLevel;
}

/**
 * Debunking Handbook order inside a section: `fact` first, the `myth` at most once (warned),
 * `why` it misleads, then `fact` again. `note` is for plain context (e.g. "check your local rules").
 */
export type StatementRole = 'fact' | 'myth' | 'why' | 'note';

export interface Statement {
  role: StatementRole;
  text: string;
  /** Every statement names at least one source (a myth cites where the evidence against it comes from). */
  sources: Source[];
}

export interface Section {
  id: string;
  title: string;
  /** Claims that make this section relevant to a post. */
  claims: ClaimId[];
  statements: Statement[];
  /** Optional id of a small inline SVG figure the sidebar knows how to draw (e.g. 'rubber-band', 'touch-nerves'). */
  figure?: string;
}

export type Tone = 'friendly' | 'clinical' | 'brief';

export interface TalkingPoint {
  id: string;
  title: string;
  /** Ready to paste as a reply: plain text, fact → myth once → why it misleads → fact. */
  text: string;
  claims: ClaimId[];
  /** Optional extra words that make the point relevant (matched case-insensitively on the post text). */
  keywords?: string[];
  sources: Source[];
  /** Optional alternative wordings. */
  tones?: Partial<Record<Tone, string>>;
}

export interface Pack {
  format: 'glute-lens-pack';
  version: 1;
  name: string;
  author: string;
  points: TalkingPoint[];
  /** Only the built-in pack has sections today; educator packs may add them later. */
  sections?: Section[];
}
