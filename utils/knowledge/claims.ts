/**
 * How each classifier claim is named in the sidebar. `label` paraphrases what a post asserts (it is the
 * post's claim, not our finding); `short` says in one plain line what that claim covers, with no subject:
 * it reads the same under a post, a comment or a reply ("What it claims").
 *
 * The labels are a module of their own (claim-labels.ts): the content script needs them for the badges'
 * accessible names, and importing that module alone keeps the one-line descriptions (the sidebar panel's)
 * out of its bundle, where even the unused table's reads of the labels were kept.
 */
import type { ClaimId } from '../detect/types';
import { CLAIM_LABEL } from './claim-labels';

export interface ClaimInfo {
  label: string;
  short: string;
}

/** Each claim's label and one-line description. */
export const CLAIM_INFO: Record<ClaimId, ClaimInfo> = {
  'back-pain-release': {
    label: CLAIM_LABEL['back-pain-release'],
    short: 'Links tight glutes or piriformis to low back pain or sciatica, and says working them eases it.',
  },
  'tight-needs-release': {
    label: CLAIM_LABEL['tight-needs-release'],
    short: 'Describes glutes as tight, knotted or full of trigger points that must be loosened or stretched.',
  },
  'weak-inhibited': {
    label: CLAIM_LABEL['weak-inhibited'],
    short: 'Says glutes are weak, "switched off" or already stretched, and need activating or strengthening.',
  },
  'felt-release': {
    label: CLAIM_LABEL['felt-release'],
    short: 'Talks about how glute work feels: relief, relaxation, a sense of release, or something missing without it.',
  },
  'routine-inclusion': {
    label: CLAIM_LABEL['routine-inclusion'],
    short: 'Is about whether therapists and spas include glute work, or clients who never had it.',
  },
  sitting: {
    label: CLAIM_LABEL.sitting,
    short: 'Blames long sitting, desk work or driving for weak or tight glutes.',
  },
  'draping-comfort': {
    label: CLAIM_LABEL['draping-comfort'],
    short: 'Is about underwear, draping, consent or feeling awkward about glute work.',
  },
};
