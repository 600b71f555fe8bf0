/**
 * How each classifier claim is named: a paraphrase of what a post asserts (the post's claim, not our
 * finding). The badges' accessible names use it in the content script; claims.ts adds the descriptions.
 */
import type { ClaimId } from '../detect/types';

export const CLAIM_LABEL: Record<ClaimId, string> = {
  'back-pain-release': 'Tight glutes cause back pain; release them',
  'tight-needs-release': 'Glutes are tight and need releasing',
  'weak-inhibited': 'Glutes are weak, inhibited or over-stretched',
  'felt-release': 'Glute work feels like a release',
  'routine-inclusion': 'Glutes belong in (or are left out of) the routine',
  sitting: 'Sitting weakens or tightens the glutes',
  'draping-comfort': 'Draping, underwear and consent for glute work',
};
