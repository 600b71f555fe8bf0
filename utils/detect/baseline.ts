/**
 * The keyword baseline every change is measured against (eval and bench): a glute word and the
 * word "massage" anywhere in the text. The claim baseline adds one keyword list per claim.
 */
import { CLAIM_IDS, type ClaimId } from './types';

const BASE_GLUTE = /glute|butt|buttock|piriformis/i;
const BASE_MASSAGE = /massage/i;

export function keywordBaseline(text: string): boolean {
  return BASE_GLUTE.test(text) && BASE_MASSAGE.test(text);
}

const BASE_CLAIMS: Record<ClaimId, RegExp> = {
  'back-pain-release': /back pain|sciatica/i,
  'tight-needs-release': /tight|knot/i,
  'weak-inhibited': /weak|inhibited/i,
  'felt-release': /feels? (?:great|good|amazing)|relax/i,
  'routine-inclusion': /include|skip/i,
  sitting: /sitting|desk/i,
  'draping-comfort': /drap|underwear|comfortable/i,
};

/** Claims by keyword, only when the relevance baseline fires. */
export function keywordBaselineClaims(text: string): ClaimId[] {
  if (!keywordBaseline(text)) return [];
  return CLAIM_IDS.filter((c) => BASE_CLAIMS[c].test(text));
}

export const baselinePatterns = (): RegExp[] => [BASE_GLUTE, BASE_MASSAGE, ...Object.values(BASE_CLAIMS)];
