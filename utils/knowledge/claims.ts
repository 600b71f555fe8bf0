/**
 * How each classifier claim is named in the sidebar. `label` paraphrases what a post asserts (it is the
 * post's claim, not our finding); `short` says in one plain line what that claim covers.
 */
import type { ClaimId } from '../detect/types';

export interface ClaimInfo {
  label: string;
  short: string;
}

export const CLAIM_INFO: Record<ClaimId, ClaimInfo> = {
  'back-pain-release': {
    label: 'Tight glutes cause back pain; release them',
    short: 'The post links tight glutes or piriformis to low back pain or sciatica and says working them eases it.',
  },
  'tight-needs-release': {
    label: 'Glutes are tight and need releasing',
    short: 'The post describes glutes as tight, knotted or full of trigger points that must be loosened or stretched.',
  },
  'weak-inhibited': {
    label: 'Glutes are weak, inhibited or over-stretched',
    short: 'The post says glutes are weak, "switched off" or already stretched, and need activating or strengthening.',
  },
  'felt-release': {
    label: 'Glute work feels like a release',
    short: 'The post talks about how glute work feels: relief, relaxation, a sense of release, or something missing without it.',
  },
  'routine-inclusion': {
    label: 'Glutes belong in (or are left out of) the routine',
    short: 'The post is about whether therapists and spas include glute work, or clients who never had it.',
  },
  sitting: {
    label: 'Sitting weakens or tightens the glutes',
    short: 'The post blames long sitting, desk work or driving for weak or tight glutes.',
  },
  'draping-comfort': {
    label: 'Draping, underwear and consent for glute work',
    short: 'The post is about underwear, draping, consent or feeling awkward about glute work.',
  },
};
