/**
 * The built-in knowledge pack: what the sidebar says about glute massage, as plain data.
 *
 * Facts and grades come only from ../shared/research/domain-facts.md; the wording is ours. Sections that
 * answer a myth follow the Debunking Handbook order (fact → myth once → why it misleads → fact); the
 * others use fact/note only. Talking points are written to be pasted as a friendly reply in a group of
 * massage therapists: 40–90 words, the relief is never called "not real", certainty words match the grade.
 * Points are listed broadest first, because the summary tops up a short list in this order.
 */
import type { Pack } from './types';
import { SECTIONS } from './builtin-sections';
import { POINTS } from './builtin-points';

export { OVERVIEW_SECTION_ID } from './builtin-sections';

export const BUILTIN_PACK: Pack = {
  format: 'glute-lens-pack',
  version: 1,
  name: 'Glute Lens essentials',
  author: 'Glute Lens',
  sections: SECTIONS,
  points: POINTS,
};
