/**
 * Replies under a parent post (the optional `context`): "100% agree, every low back I see" under a
 * "release the glutes for back pain" post is about glute massage even though it names neither.
 */
import { CLAIM_IDS, type ClaimId } from './types';
import { EVIDENCE_DOUBT } from './claim-lexicon';

const AGREE =
  /\b(?:agree[ds]?|same(?: here| with me)?|so true|exactly|absolutely|totally|yes+|yep|yup|preach|amen|truth|facts|me too|this is (?:so )?true|can confirm|every (?:time|single time|(?:single )?(?:[\w']{1,15} ){0,2}client)|all the time)\b|\b100 ?%|(?:^| )\+1\b|^this(?:[.!]*$|[.!]+ )|💯|👏|🙌|👍|👆|☝/;
const DISAGREE = new RegExp(
  String.raw`\b(?:disagree[ds]?|nope|no way|not true|myths?|wrong|debunked|${EVIDENCE_DOUBT}|don't buy|doubt it|nonsense|not really|not (?:so |too )?sure(?: about)?|(?:i'd|i would|i'll|we'd) be careful|careful with (?:that|this|the)|bs|bull(?:shit)?|citation needed)\b|(?:^|[.!?] )(?:source|sources|citation)\?`,
);

/** "Do you work them prone?", "I drape it differently": a hands-on verb aimed at the parent's subject by a pronoun. */
const FOLLOW_UP =
  /\b(?:work(?:ing|ed|s)?|massag(?:e|es|ed|ing)|treat(?:ing|ed|s)?|releas(?:e|es|ed|ing)|rub(?:bing|bed|s)?|knead(?:ing|ed|s)?|drap(?:e|es|ed|ing)|compress(?:ing|ed|es)?|do(?:ing)?) (?:them|it|that area|those|that)\b/;

/**
 * Words by which an agreeing reply points at some of its parent's claims ("100% agree, every low back
 * I see" points at back pain only). A reply with none of these and no claim of its own is a pure
 * agreement and carries all of the parent's claims.
 */
export const CLAIM_HINTS: Record<ClaimId, RegExp> = {
  'back-pain-release': /\b(?:backs?|lumbar|sciatica|sciatic|leg pain|culprit|caus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|root of)\b/,
  'tight-needs-release': /\b(?:tight\w{0,5}|knot(?:s|ted|ty)?|tension|tense|loosen\w{0,3}|trigger ?points?)\b/,
  'weak-inhibited': /\b(?:weak\w{0,4}|activat\w{1,5}|firing|inhibit\w{0,4}|strength\w{0,5}|asleep)\b/,
  'felt-release': /\b(?:feels?|felt|feeling|relief|relax\w{0,5}|missing|heaven\w{0,2}|bliss)\b/,
  'routine-inclusion': /\b(?:includ\w{1,4}|skip\w{0,5}|full[- ]body|leav(?:e|es|ing) (?:them|it) out)\b/,
  sitting: /\b(?:sit|sits|sitting|seated|desks?|driv(?:e|es|ing)|commut\w{1,4}|chairs?)\b/,
  'draping-comfort': /\b(?:drap\w{1,4}|sheets?|consent|underwear|undies|shy|comfortable|uncomfortable|modesty|awkward)\b/,
};

/** The parent's claims an agreeing reply points at by its words, or null when it points at none. */
export function hintedClaims(norm: string): ClaimId[] | null {
  const hinted = CLAIM_IDS.filter((c) => CLAIM_HINTS[c].test(norm));
  return hinted.length > 0 ? hinted : null;
}

/** Claims that are a position (not just a topic): a reply that disputes its parent does not share them. */
export const POSITION_CLAIMS: ReadonlySet<ClaimId> = new Set<ClaimId>(['back-pain-release', 'tight-needs-release', 'weak-inhibited', 'felt-release', 'sitting']);

export interface Stance {
  agrees: boolean;
  start: number;
  end: number;
  rule: 'reply-agrees' | 'reply-disagrees' | 'reply' | 'reply-follow-up';
  why: string;
}

/**
 * How a reply relates to a relevant parent (a post, or with `toComment` the comment it answers), or null
 * when it does not engage with it. `onTopic`: the reply has glute, hands-on or claim words of its own.
 */
export function replyStance(norm: string, onTopic: boolean, toComment = false): Stance | null {
  const parent = toComment ? 'comment' : 'post';
  const no = DISAGREE.exec(norm);
  if (no) return { agrees: false, start: no.index, end: no.index + no[0].length, rule: 'reply-disagrees', why: `replies to a ${parent} about glute massage and disputes it` };
  const yes = AGREE.exec(norm);
  if (yes) return { agrees: true, start: yes.index, end: yes.index + yes[0].length, rule: 'reply-agrees', why: `agrees with a ${parent} about glute massage` };
  if (onTopic) return { agrees: false, start: 0, end: norm.length, rule: 'reply', why: `replies to a ${parent} about glute massage` };
  const follow = FOLLOW_UP.exec(norm);
  if (follow) {
    return {
      agrees: false, start: follow.index, end: follow.index + follow[0].length,
      rule: 'reply-follow-up', why: `asks about or adds to the hands-on work in the ${parent} it answers`,
    };
  }
  return null;
}

/** A function, so bundles that never ask (the content script) leave the list out. */
export const replyPatterns = (): RegExp[] => [AGREE, DISAGREE, FOLLOW_UP, ...Object.values(CLAIM_HINTS)];
