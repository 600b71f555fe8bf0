/**
 * Claim cues (claim ids and their meaning: ../shared/corpus/README.md, "Labeling rules").
 * Each claim has cue patterns and, where a word has a harmless everyday sense, exclusions whose
 * ranges cancel an overlapping cue ("tight-fitting underwear" is not a tight glute).
 */
import type { ClaimId } from './types';
import { gate, type Gate } from './gates';

export interface ClaimRule {
  claim: ClaimId;
  why: string;
  cue: RegExp;
  /** Words every cue match contains (lexicon.ts, "Gates"): the cue is looked for only when one is there. */
  gate?: Gate;
  exclude?: RegExp;
}

const GLUTE_OBJ =
  "(?:(?:the|my|your|his|her|their|our|a client's|clients'|some) ){0,2}(?:glute(?:us|al|als|s)?|gluts|buttocks?|butts?|bums?|booty|piriformis|them|it|that area|the area)";

export const BACK_PAIN =
  /\blow(?:er)? back (?:pain|ache|aches|tension|problems?|issues?|strain|tightness|stiffness)\b|\b(?:pain|problems?|strain|tightness|tension|ache|aches|stress|discomfort)(?: [\w']{1,15}){0,3} (?:in|on|to|into) (?:(?:the|your|my|their) )?low(?:er)? back\b|\blow(?:er)? back (?:clients?|patients?|sufferers?)\b|\bback (?:pain|ache|aches|tension|problems?|issues?|spasms?)\b|\b(?:my|your|their|a|her|his) back (?:hurt|hurts|hurting|was killing|is killing|went out|goes out)\b|\b(?:tight|sore|aching|achy|stiff|painful|bad) (?:low(?:er)? )?backs?\b|\bleg pain\b|\b(?:backache|bad back|sciatica|sciatic|piriformis syndrome|lumbago|lbp)\b|\b(?:pain|numbness|tingling)(?: [\w']{1,15}){0,3} down (?:the|my|your|one|both|his|her) (?:back of the )?(?:legs?|thighs?)\b|\b(?:radiating|shooting) pains?\b|\bfix(?:es|ed|ing)? (?:the|your|my|their|a|her|his) (?:low(?:er)? )?back\b(?! of)/g;

export const TIGHT = new RegExp(
  String.raw`\btight(?:ness|er|ened|ening|en|ens)?\b|\bknot(?:s|ted|ty)?\b|\btense\b|\btension\b|\btrigger ?points?\b|\bspasms?\b|\badhesions?\b|\bkinks\b|\bloosen(?:s|ed|ing)?\b|\bstiff(?:ness)?\b|\bover-?active\b|\bcontracted\b|\bshortened\b|\bcramp(?:ing|s|ed)?\b|\blet go\b|\blocked (?:up|tight)\b|\brock[- ]hard\b|\bhard as (?:a )?rocks?\b|\brelax(?:es|ing)? (?:the |your |these |this )?(?:glute|gluteal|piriformis|butt|muscle)|\breleas(?:e|es|ed|ing) (?:the |your |my |their |her |his |a client's )?(?:glute(?:us|al|als|s)?|gluts|piriformis|buttocks?|butt)\b|\breleas(?:e|es|ed|ing) it\b`,
  'g',
);
const TIGHT_EXCLUDE =
  /\b(?:back|neck|shoulder|jaw) (?:tension|tightness|stiffness)\b|\brelease of tension\b|\breduced tension\b|\ba tight pair\b|\btight[- ]fitting\b|\btight (?:jeans|pants|leggings|shorts|underwear|briefs|clothes|schedule|budget|deadline)\b|\bskin[- ]tight\b|\bsleep tight\b|\bhold tight\b/g;

export const WEAK =
  /\bweak(?:ness|er|ened)?\b|\bunder-?active\b|\binhibit(?:ed|ion)\b|\bnot firing\b|\b(?:don't|doesn't|do not|does not|stop|stopped|stops|won't) (?:fire|firing|activate|activating|working|engage|engaging|turn on)\b|\b(?:aren't|isn't|are not|is not) (?:firing|activating|engaging)\b|\bswitch(?:ed|es)? off\b|\bturned off\b|\basleep\b|\bsleepy\b|\bsleeping (?:butt|booty|glutes?)\b|\b(?:dead|dormant|lazy|sleepy) (?:butt|glutes?|bum)\b|\b(?:gluteal|glute) amnesia\b|\blengthened\b|\bover-?stretched\b|\bunderused\b|\bdeactivated\b|\bneed(?:s|ed)? (?:more |some )?(?:strengthening|strength work|activation|activating|to be (?:strengthened|activated|woken up)|waking up|squats|bridges)\b/g;
/** Weak evidence or a weak argument is not weak glutes, and a person falling asleep is not a sleepy glute. */
const WEAK_EXCLUDE =
  /\b(?:fell|fall|falls|falling) asleep\b|\b(?:evidence|research|stud(?:y|ies)|science|data|link|case|argument|support|proof|connection)(?: (?:for|behind|on) (?:it|that|this))? (?:is|are|was|seems|looks) (?:pretty |very |really |quite |rather |super )?weak\b|\bweak(?:er)? (?:evidence|research|stud(?:y|ies)|science|data|links?|case|argument|support|proof|connection)\b/g;
/** Attributions that are not tightness: a back-pain link made through these is not back-pain-release. */
export const NOT_TIGHT_CAUSE = /\b(?:weak(?:ness|ened)?|inactive|under-?active|inhibited|out of shape|not firing|asleep)\b/;
/**
 * back-pain-release needs the link itself: relief (or a release) or a cause, or tightness, somewhere in
 * the text. A passage that only says "if you have back pain, book a massage" stays untagged.
 */
export const PAIN_LINK =
  /\b(?:reliev\w{1,4}|relief|eas(?:e|es|ed|ing)|calm(?:s|ed|er|ing)?|alleviat\w{1,4}|reduc\w{1,4}|help(?:s|ed)?|fix(?:es|ed)?|eliminat\w{1,4}|get rid|improv\w{1,4}|manag\w{1,4}|minimi[sz]\w{1,4}|gone|better|heal\w{0,4}|releas\w{1,4}|loosen\w{0,4}|caus\w{1,4}|lead to|leads to|led to|responsible|involved|culprit|refer(?:s|red|ring)?|pinch\w{0,4}|compress\w{0,6}|irritat\w{1,4}|press(?:es|ed|ing)? on|trap\w{0,4}|pull\w{0,4}|tight\w{0,4}|knot\w{0,4}|tension|for (?:low(?:er)? back pain|back pain|sciatica)|less pain|(?:pain|symptoms?)(?: (?:is|are|was|were|has|have|gone|come|came|went|been|way)){1,2} down|(?:take|takes|took|taken|taking)(?: (?:the|their|her|his|my|your|leg|back|nerve))? (?:pain|edge|pressure|load|strain) (?:down|away|off))\b/;
/** A negation before back pain that is relief ("no more back pain", "no longer any sciatica"), not "no more than". */
export const RELIEF = /^no (?:more|longer)\b(?! than)/;
/** A sentence that mentions back pain only as a warning. */
export const CAUTION = /\b(?:avoid|contraindicated|caution|careful|consult|see a doctor|red flags?)\b/;
/** Words that doubt the evidence: a claim in such a sentence (DOUBTED) and a reply that disputes (reply.ts) share them. */
export const EVIDENCE_DOUBT =
  "no (?:good |real |strong |solid |clear )?(?:evidence|proof)|(?:little|thin|weak|shaky|scant|limited) (?:evidence|research)|(?:evidence|research|science|stud(?:y|ies)|data)(?: [\\w']{1,15}){0,8} (?:is|are|seems|looks) (?:pretty |very |really |quite |super |still )?(?:thin|weak|shaky|lacking|limited|mixed)|(?:research|evidence|science|stud(?:y|ies)|data) (?:does not|doesn't|do not|don't|did not|didn't) (?:really )?(?:support|back|show)|not (?:been )?(?:proven|supported by (?:evidence|research))";
/** A sentence that doubts the evidence for what it names ("the research on glute massage for back pain is thin"). */
export const DOUBTED = new RegExp(`\\b(?:${EVIDENCE_DOUBT})\\b`);

export const FELT =
  /\b(?:feels?|felt|feeling) (?:so |really |super |absolutely |just |pretty |amazingly |much |sure |very )?(?:great|amazing|good|nice|better|wonderful|incredible|fantastic|awesome|lighter|looser|freer|free|perfect|heavenly|divine|relaxed|like a (?:new|different|completely different) (?:person|woman|man)|like i grew)\b|\bhurts? so (?:good|nice|well)\b|\bgood pain\b|\brelax(?:ed|ing)\b|\brelaxation\b(?! of)|\brelax (?:your|my|the) (?:whole )?body\b|\b(?:what|such) a relief\b|\b(?:instant|immediate|sweet) relief\b|\bfelt (?:some |great |instant )?relief\b|\brelease of tension\b|\bsense of (?:release|relief)\b|\bsomething (?:was |is |had been |has been )?missing\b|\bbliss\b|\bheaven(?:ly)?\b|\bmelt(?:s|ed|ing)?\b|\bhow (?:good|great|amazing|nice|much better) (?:it|that|this) (?:feels|felt)\b|\b(?:a )?good (?:ache|hurt|sore(?:ness)?)\b|\b(?:does|do|did|work|works|worked|doing) wonders\b|\bhelps? (?:me )?more than anything\b|\bfeel (?:a|the) (?:real |big |huge |massive )?difference\b|\bthe best (?:stuff|feeling|part|thing)\b|\bunwind\b|\bmoan(?:ing|ed)?\b|\bawesome\b|\bsatisfying\b|\bfreed of\b|\blife[- ]?chang(?:ing|er)\b|\blife[- ]?savers?\b/g;

/**
 * Relief felt in the back is back pain easing, not how the glute work feels. Nor is relaxation as a kind
 * of massage or a reason for a visit ("a relaxation massage", "in for general relaxation").
 */
const FELT_EXCLUDE =
  /\b(?:low(?:er)? )?(?:back|spine|neck) (?:(?:feels|felt|feeling) )?(?:so |much |a lot |way )?(?:lighter|looser|better|freer)\b|\brelax(?:ation|ing) (?:massages?|sessions?|treatments?|appointments?|facials?|packages?|therapists?|spas?|day)\b|\bfor (?:(?:some|general|pure|basic|simple|just|a bit of|a little) )?relaxation\b/g;

export const ROUTINE = new RegExp(
  `\\b(?:includ(?:e|es|ed|ing)|skip(?:s|ped|ping)?|bypass(?:es|ed|ing)?|pass(?:es|ed)? (?:right )?over|ignor(?:e|es|ed|ing)|neglect(?:s|ed|ing)?|avoid(?:s|ed|ing)?|(?:will|won't|wont|would|wouldn't|wouldnt|do|don't|dont|does|doesn't|doesnt|didn't|didnt|never|always|not|refuse to|refuses to|refused to)(?: to)? (?:work(?:ed)?|touch(?:ed)?|massag(?:e|ed)|do|did|doing|done|treat(?:ed)?|releas(?:e|ed))(?: on)?) ${GLUTE_OBJ}\\b|\\b(?:work|works|worked|working|massage|massages|massaged|release|releases|released|releasing|treat|treats|treated|do|does|include|includes|included)(?: on)? ${GLUTE_OBJ} (?:on|for|with|in) (?:every|each|all)(?: (?:single|new|my|our|of my|of our))?(?: ?(?:clients?|patients?|sessions?|massages?|one|body))?\\b|\\bwant(?:s|ed)? (?:their|my|your|his|her|the) (?:glutes?|butt|bum|buttocks)(?: \\w{1,12})? (?:massaged|worked|touched|done)\\b|\\b(?:untouchables?|glute-free|butt-free|full[- ]body|(?:left|leave|leaving|leaves) (?:them |it |(?:the |their |my |your |her |his )?glutes )?out|skipped over|gets? skipped|(?:no[- ]?one|nobody|no (?:other )?(?:therapist|lmt|rmt|massage therapist))(?:'s| has| had| have)? ever (?:massaged|worked on|worked|touched|done)|(?:forbid(?:s|den)?|prohibit(?:s|ed)?|(?:not|n't) (?:allowed|permitted) to (?:work|touch|massage|do))|no-?(?:glutes?|butt) (?:rule|policy|zone)|(?:bring|brings|bringing|brought) (?:it|them|this|that|glute work) up (?:at|during|in) (?:the |every )?(?:intake|consult(?:ation)?s?|first session)|never had (?:a |my |their )?(?:\\w{1,12} ){0,3}(?:glutes?|butt|bum)|part of (?:the|a|my|your|their|every|any) (?:massage|session|routine|treatment)|won't hear of|poorly attended to|refus(?:e|es|ed|ing) to (?:allow|permit|work|touch|massage|do))\\b`,
  'g',
);

export const SITTING =
  /\b(?:sitting|sits|sit|sat|seated)(?: [\w']{1,12}){0,2} (?:all day|for (?:hours|long|too long|long periods|extended periods|prolonged periods|so long|a long time|hours on end)|too (?:much|long)|at (?:a|my|your|the) desk)\b|\bprolonged sitting\b|\bsedentary\b|\bdesk (?:job|jobs|work|workers?|bound)\b|\boffice (?:job|jobs|work|chairs?|workers?)\b|\bwork at a desk\b|\b(?:hours|days|(?:a|all|long|full|whole) days?) (?:of )?(?:sitting|at (?:a|the|my|your) desk|in (?:a|the) (?:car|chair))\b|\bparked on it\b|\blong drives?\b|\blong (?:haul )?(?:flights?|car rides?|road trips?|bus rides?)\b|\bdriving\b|\bcommut(?:e|es|ing)\b|\bwhen (?:you're|you are|we're|we are|i'm|i am) sitting\b|\bsit(?:ting)? on (?:your|my|our|their) (?:butt|bum|glutes|ass)\b/g;
const SITTING_EXCLUDE = /\bpain (?:with|when|while|after|from) (?:prolonged )?sitting\b/g;

export const DRAPING =
  /\b(?:underwear|undies|under-?garments?|underpants|underclothes|panties|briefs|boxers|thongs?|g-?strings?|speedos?|skivvies|drawers|knickers|(?:un)?drap(?:e|ed|es|ing)|sheets?|linens?|towels?|blankets?|nude|naked|undress(?:ed|ing)?|(?:fully )?clothed|(?:clothes|shorts|leggings) on|over (?:the |their |her |his |your )?clothes|consent|(?:at|during|on) (?:the )?intake|intake forms?|signed|modest(?:y)?|awkward(?:ness)?|embarrass(?:ed|ing|ment)?|uncomfortable|more comfortable|comfortable (?:with|having|if)|comfort level|boundar(?:y|ies)|complain(?:t|ts|ed)?|inappropriate(?:ly)?|taboo|sexuali[sz]ed|sexual|nervous|stranger|wrong message|exposed|vulnerable|weird|creepy|intimate|shy(?:ness)?(?! of)|ask(?:s|ed|ing)?(?: (?:every|each) time)? (?:first|before(?: (?:i|we|you|they|she|he) (?:work|touch|massage|go))?|permission))\b/g;
const DRAPING_EXCLUDE = /\buncomfortable (?:sleeping|positions?|side effects|symptoms)\b|\b(?:pain|ache|aches|soreness) (?:and|or) discomfort\b|\bdiscomfort (?:and|or) pain\b/g;

/** In CLAIM_IDS order. ROUTINE has no gate: its verbs ("do", "work", "massage") are in nearly every relevant text. */
export const CLAIM_RULES: readonly ClaimRule[] = [
  {
    claim: 'back-pain-release', why: 'links the glutes to back pain or sciatica (claim)', cue: BACK_PAIN,
    gate: gate('back|sciatic|piriformis syndrome|lumbago|lbp|down |radiating|shooting|leg pain'),
  },
  {
    claim: 'tight-needs-release', why: 'says the glutes are tight or knotted and need releasing (claim)', cue: TIGHT, exclude: TIGHT_EXCLUDE,
    gate: gate('tight|knot|tens|trigger|spasm|adhesion|kink|loosen|stiff|active|contracted|shortened|cramp|let go|locked|rock|relax|releas'),
  },
  {
    claim: 'weak-inhibited', why: "says the glutes are weak, inhibited or 'asleep' (claim)", cue: WEAK, exclude: WEAK_EXCLUDE,
    gate: gate('weak|active|inhibit|fire|firing|activat|working|engag|turn on|switch|turned off|sleep|dead|dormant|lazy|amnesia|lengthened|stretched|underused|need'),
  },
  {
    claim: 'felt-release', why: 'describes how glute work feels (claim)', cue: FELT, exclude: FELT_EXCLUDE,
    gate: gate('feel|felt|hurt|good|relax|relief|release of tension|sense of|missing|bliss|heaven|melt|wonders|more than anything|the best|unwind|moan|awesome|satisfying|freed of|life'),
  },
  { claim: 'routine-inclusion', why: 'talks about including or skipping the glutes in a massage (claim)', cue: ROUTINE },
  {
    claim: 'sitting', why: 'links sitting or desk work to the glutes (claim)', cue: SITTING, exclude: SITTING_EXCLUDE,
    gate: gate('sit|sat|seated|sedentary|desk|office|car|chair|parked|drive|driving|commut|long'),
  },
  {
    claim: 'draping-comfort', why: 'talks about draping, underwear, consent or comfort (claim)', cue: DRAPING, exclude: DRAPING_EXCLUDE,
    gate: gate('under|undies|panties|briefs|boxers|thong|string|speedo|skivvies|drawers|knickers|legging|drap|cloth|shorts on|sheet|linen|towel|blanket|nude|naked|undress|consent|intake|signed|modest|awkward|embarrass|comfort|boundar|complain|inappropriate|taboo|sexual|nervous|stranger|wrong message|exposed|vulnerable|weird|creepy|intimate|shy|ask'),
  },
];

/** Someone else's view, reported: "they argue that ...", "the myth that ...". */
export const REPORT =
  /\b(?:they|people|some(?: people| therapists| folks)?|many(?: people| therapists)?|others|folks|everyone|everybody|proponents|gurus?) (?:argue|argues|claim|claims|say|says|said|insist|insists|believe|believes|tell you|will tell you|keep saying|love to say|swear)\b|\byou(?:'ll| will)? (?:often )?(?:hear|be told|read)\b|\bwe(?:'re| are| were) (?:told|taught)\b|\b(?:the|a) (?:myth|idea|notion|claim|belief|theory|evidence) (?:is )?that\b|\bsupposedly\b|\bso-called\b|\bit's (?:often |commonly |widely )?(?:said|claimed|believed)\b/g;
/** The author pushing back on a reported view. */
export const DISPUTE =
  /\b(?:however|actually|in fact|myths?|no (?:good |real |strong )?evidence|not true|untrue|wrong|debunk(?:ed|s)?|is that (?:really )?(?:the case|true)|nonsense|nope|not the case|overlook|don't buy|disagree|doesn't hold up|not how|not so simple|(?:is|are|seems|looks) (?:pretty |very |really |quite )?(?:thin|shaky|lacking)|(?:thin|weak|shaky|scant) evidence|not (?:so |too )?sure about|(?:i'd|i would|i'll|we'd) be careful with|bs|bull(?:shit)?)\b|(?:^|[-:.!?] )no\b(?=[.!,])/g;
export const DISPUTE_GATE = gate("however|actually|in fact|myth|evidence|not true|untrue|wrong|debunk|is that|nonsense|nope|not the case|overlook|don't buy|disagree|doesn't hold up|not how|not so simple|thin|shaky|lacking|sure about|be careful with|bs|bull|no");
/** A quotation the author may be distancing themselves from. */
export const QUOTED = /"[^"]{1,300}"/g;
/**
 * The glutes (or "they", "most") said not to be what a cue before it in the sentence named, in the same word:
 * "most tight glutes aren't actually tight". Tested on the rest of the cue's sentence; group 1 is the word.
 */
export const DENIAL =
  /\b(?:they|it|most|many|these|those|glute(?:s|us)?|butts?|bums?|piriformis|muscles?)(?: (?:are|is|were|was)(?: not|n't)|'re not|'s not)(?: (?:really|actually|even|truly|that|always))? ['"]?(\w+)/;

export const CLAIM_PATTERNS: readonly RegExp[] = [
  BACK_PAIN, PAIN_LINK, RELIEF, TIGHT, TIGHT_EXCLUDE, WEAK, WEAK_EXCLUDE, NOT_TIGHT_CAUSE, CAUTION, DOUBTED, FELT, FELT_EXCLUDE, ROUTINE, SITTING, SITTING_EXCLUDE, DRAPING,
  DRAPING_EXCLUDE, REPORT, DISPUTE, QUOTED, DENIAL,
];
