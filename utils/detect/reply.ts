/**
 * Replies under a parent post (the optional `context`): "100% agree, every low back I see" under a
 * "release the glutes for back pain" post is about glute massage even though it names neither.
 */
const AGREE =
  /\b(?:agree[ds]?|same(?: here| with me)?|so true|exactly|absolutely|totally|yes+|yep|yup|preach|amen|truth|facts|me too|this is (?:so )?true|can confirm|every (?:time|single time|client)|all the time)\b|\b100 ?%|(?:^| )\+1\b|^this[.!]*$|💯|👏|🙌|👍/;
const DISAGREE =
  /\b(?:disagree[ds]?|nope|no way|not true|myths?|wrong|debunked|no evidence|don't buy|doubt it|nonsense|not really|not so sure|bs|bull(?:shit)?)\b/;

/** "Do you work them prone?", "I drape it differently": a hands-on verb aimed at the parent's subject by a pronoun. */
const FOLLOW_UP =
  /\b(?:work(?:ing|ed|s)?|massag(?:e|es|ed|ing)|treat(?:ing|ed|s)?|releas(?:e|es|ed|ing)|rub(?:bing|bed|s)?|knead(?:ing|ed|s)?|drap(?:e|es|ed|ing)|compress(?:ing|ed|es)?|do(?:ing)?) (?:them|it|that area|those|that)\b/;

export interface Stance {
  agrees: boolean;
  start: number;
  end: number;
  rule: 'reply-agrees' | 'reply-disagrees' | 'reply' | 'reply-follow-up';
  why: string;
}

/**
 * How a reply relates to a relevant parent post, or null when it does not engage with it.
 * `onTopic`: the reply has glute, hands-on or claim words of its own.
 */
export function replyStance(norm: string, onTopic: boolean): Stance | null {
  const no = DISAGREE.exec(norm);
  if (no) return { agrees: false, start: no.index, end: no.index + no[0].length, rule: 'reply-disagrees', why: 'replies to a glute-massage post and disputes it' };
  const yes = AGREE.exec(norm);
  if (yes) return { agrees: true, start: yes.index, end: yes.index + yes[0].length, rule: 'reply-agrees', why: 'agrees with a parent post about glute massage' };
  if (onTopic) return { agrees: false, start: 0, end: norm.length, rule: 'reply', why: 'replies to a parent post about glute massage' };
  const follow = FOLLOW_UP.exec(norm);
  if (follow) {
    return {
      agrees: false, start: follow.index, end: follow.index + follow[0].length,
      rule: 'reply-follow-up', why: 'asks about or adds to the hands-on work in the parent post',
    };
  }
  return null;
}

export const REPLY_PATTERNS: readonly RegExp[] = [AGREE, DISAGREE, FOLLOW_UP];
