/**
 * The words the rules look for, as small named patterns over normalised (lower-case) text.
 * Safety: no nested unbounded quantifiers, gaps between words are bounded (`(?: \w{1,15}){0,3}`), and
 * every pattern is listed in LEXICON_PATTERNS so tests/unit/detect-hostile.test.ts can check it.
 */

import { admits, gate, type Gate } from './gates';

/** Glute-region words as an object of a verb ("work on the glutes"). */
const GLUTE_WORD =
  "(?:glute(?:us|al|als|s)?|glut[ei]?(?:ous|ious|ius)|gluts|buttocks?|butts?|bums?|booty|bootie|piriformis|pir[aiy]?form[aiu]s|backside|derriere|\ud83c\udf51)";
/** "piriformis syndrome" is a diagnosis, not the muscle being worked. */
const NOT_DIAGNOSIS = "(?! syndrome)";
const DETERMINER = "(?:(?:the|my|your|his|her|their|our|a client's|clients'|some|both|upper|lower|deep) ){0,2}";

/**
 * The work a hashtag glues to a glute word ("#glutemassage", "#buttwork"): the glued word is both the
 * glute word (an anchor) and the hands-on word (GLUTE_WORK).
 */
const GLUED_WORK = "(?:massages?|work|release|rubs?)";
/** Up to two areas listed before the glute word: "working the QL and glute med", "worked on my back and glutes". */
const LISTED = "(?:[\\w']{1,15}(?:,| and| &|, and) ){0,2}";

/** Glute-region words. Strong: unambiguous anatomy. */
export const ANCHOR_STRONG = new RegExp(
  String.raw`\bglute(?:us|al|als|s)?\b(?! (?:cleft|crease|cleavage|fold))|\bglut[ei]?(?:ous|ious|ius)\b|\bgluts\b|\bglut(?= (?:massage|work|muscles?|area|region|med|max))|\b(?:glutes?|piriformis)(?=${GLUED_WORK}\b)|\bbuttocks?\b|\bpir[aiy]?form[aiu]s\b|\b(?:deep|hip|lateral) rotators\b|\bposterior hip\b|\bback of (?:the |my |your |his |her )?hips?\b`,
  'g',
);
/** Everyday words for the buttocks. */
export const ANCHOR_MEDIUM = new RegExp(
  String.raw`\bbutt(?:s| cheeks?)?\b|\bbums?\b(?! (?:knee|shoulder|leg|ankle|hip|back|deal|rap|steer))|\bboot(?:y|ie|ies)\b|\b(?:butt|booty|bum)(?=${GLUED_WORK}\b)|\b(?:backside|derriere|rear end|tush(?:y|ie)?)\b|\ud83c\udf51`,
  'g',
);
/** Crude or ambiguous words: they count only right next to the massage words. */
export const ANCHOR_WEAK = /\b(?:ass|arse)(?:es)?\b|\b(?:my|your|his|her|their) bottom\b/g;

/** Figures of speech that use the word without meaning the body. */
export const IDIOM =
  /\bpain in (?:the|my|your|his|her|their) (?:butt|ass|arse|bum|rear|backside)\b|\bkick(?:s|ed|ing)? (?:some |(?:my|your|his|her|their|our) )?(?:butt|ass|arse|bum)s?\b|\b(?:bad|smart|dumb|half|kick)-?(?:ass|butt)\w{0,4}|\b(?:butt|ass)-?kick\w{0,4}|\b(?:butt|ass) of (?:the|a|every) jokes?\b|\b(?:my|your|his|her|their|our) (?:butt|ass|arse|bum|tush)s? off\b|\b(?:butt|ass|arse|bum) (?:is |was |'s )?dragging\b|\bbutt (?:in|dial|dialed|dialled)\b|\bget (?:off )?(?:your|my) (?:butt|ass|bum)\b|\b(?:butt|bum|ass)-?numbing\b/g;

export const IDIOM_GATE = gate("pain in|kick|bad|smart|dumb|half|jok| off|butt in|butt dial|get|dragging|numbing");
/** A workout named after the glutes ("glute day", "booty bands"): the glutes trained, not worked on. */
export const WORKOUT = /\b(?:glute|booty|butt|bum)s? (?:day|workouts?|bridges?|kickbacks?|burners?|builders?|gains|bands?|circuits?|challenge|activation|exercises?)\b/g;
export const WORKOUT_GATE = gate("glute day|glutes day|booty day|bootys day|butt day|butts day|bum day|bums day|workout|bridge|kickback|burner|builder|gains|band|circuit|challenge|activation|exercise");

/** Things and jobs a massage word can name: "massage table", "massage appointment". */
const MASSAGE_THINGS =
  "(?:tables?|chairs?|beds?|appointments?|oils?|lotions?|creams?|rooms?|business(?:es)?|careers?|jobs?|shops?|parlou?rs?|chains?|franchises?|studios?|clinics?|supplies|equipment)";
/**
 * Massage words proper. Not one that names a school or a course (not massage work at all), nor one that
 * names a thing or a job: that is MASSAGE_THING, a weaker cue.
 */
export const MASSAGE = new RegExp(
  String.raw`\b(?:self[- ])?mass?ag(?:e|es|ed|ing|er|ers)\b(?! (?:school|course|class|lecture|exam|licen[cs]|program|student|instructor|teacher|textbook|ce|ceu|continuing)\w{0,4}\b| ${MASSAGE_THINGS}\b| therapists?(?: here\b|[,:!]))|\bmassge\b|\bmasseu(?:r|se|ses|rs)\b|\bmassotherap\w{0,4}|\bbodywork(?:er|ers)?\b|\b(?:lmt|rmt|cmt|lmp|lmbt)s?\b|\bmyo-?fascial release\b|\bmayofascial\b|\bsoft[- ]tissue (?:work|therapy|release)\b|\btrigger[- ]?point (?:therapy|release|work|massage)\b|\bdeep tissue\b|\bshiatsu\b|\bashiatsu\b|\btui na\b|\bhot stones?\b`,
  'g',
);
/** A massage thing or job: it pairs with a clear glute word ("glutes", "piriformis") but not with "butt" alone. */
export const MASSAGE_THING = new RegExp(String.raw`\b(?:self[- ])?mass?ag(?:e|es|ed|ing|er|ers) ${MASSAGE_THINGS}\b`, 'g');
/** Self-massage tools. */
export const TOOL =
  /\bfoam[- ]?roll(?:er|ers|ing|ed|s)?\b|\brollers?\b|\b(?:tennis|lacrosse|massage|trigger ?point|spiky|peanut|therapy|golf) balls?\b|\b(?:massage|percussion) (?:guns?|sticks?|canes?)\b|\btheragun\b|\bhypervolt\b|\bthera ?cane\b|\brolling pins?\b/g;
export const TOOL_GATE = gate('roll|ball|gun|stick|cane|hypervolt');
/** Hands-on verbs and phrases that are clear on their own. */
export const HANDS_ON =
  /\broll(?:s|ed|ing)?(?: (?:it|them|this|the ball|gently|slowly|back and forth)){0,2} (?:out(?! of)|on|over|around|along|under)\b|\b(?:clients?|patients?) (?:i|we) (?:treat|see|work on|massage)\b|\bknead(?:s|ed|ing)?\b|\b(?:dig|digs|digging|dug) (?:in|into|away)\b|\belbow(?:s|ed|ing)? (?:in|into)\b|\b(?:with|using|use) (?:my |the |an? |her |his |their |your )?(?:elbows?|forearms?|knuckles?)\b|\b(?:elbows?|forearms?|knuckles?) on (?:the|her|his|their|your|a)\b|\bknees? into\b|\bcompression (?:in|into|on)\b|\b(?:apply|applying|applied|using|use|firm|deep|sustained|slow|steady|gentle|manual)(?:,? (?:slow|steady|sustained|gentle|firm|deep|manual)){0,2} pressure\b|\bpressure (?:on|onto|into|to) (?:the|her|his|their|my|your)\b|\bpressure (?:do|would|should|can|did|to) (?:you |i |we |they )?(?:use|apply|put)\b|\brub(?:s|bed|bing)?\b|\bstrokes\b|\bstripping\b/g;
/**
 * A HANDS_ON match that is "pressure on the ...", and the words before it that make it a load, not a hand:
 * "sitting puts pressure on your glutes", "less pressure on the butt".
 */
export const LOAD_ON = /^pressure (?:on|onto|into|to) \w+$/;
export const LOAD_BEFORE = /\b(?:puts?|putting|less|more|much|lot of|reduces?|reducing|relieves?|relieving|takes?|taking|the) $/;
export const HANDS_ON_GATE = gate('roll|client|patient|knead|dig|dug|elbow|forearm|knuckle|knee|compression|pressure|rub|stroke|stripping');
/** Compounds and verb + glute object: "glute work", "work on your glutes" (a little weaker: gyms say it too). */
export const GLUTE_WORK = new RegExp(
  `\\bno-?${GLUTE_WORD} (?:rule|policy|policies)\\b|\\bmass?ag(?:e|es|ed|ing)(?: [\\w']{1,15}){0,2} for (?:my|your|his|her|their|the|a) (?:(?:sore|tight|achy|aching|stiff|cranky|angry|numb) )?${GLUTE_WORD}\\b|\\b${GLUTE_WORD} (?:work|release|rubs?|rub down|massages?)\\b|\\bwork(?:s|ed|ing)?(?: done)? on ${DETERMINER}${LISTED}${GLUTE_WORD}\\b${NOT_DIAGNOSIS}|\\bwork(?:s|ed|ing)? (?:the |my |your |his |her |their )?${LISTED}${GLUTE_WORD}\\b|\\b(?:glutes?|butt|booty|bum|piriformis)${GLUED_WORK}\\b|\\b(?:spen(?:ds?|ding|t)(?: [\\w']{1,15}){0,4}|(?:extra|more|some) time) on (?:her|his|their|a client's|the client's|clients'|the) (?:glute(?:us|al|als|s)?|gluts|piriformis)\\b|\\btrigger[- ]?points? (?:on|in) ${DETERMINER}${GLUTE_WORD}\\b|\\b${GLUTE_WORD}(?:,? (?:and |or )?\\w{1,15}){0,4} (?:(?:are|is|were|was|get|gets|got|being) )?(?:all )?(?:worked on|worked|massaged|rubbed|treated)\\b`,
  'g',
);
export const GLUTE_WORK_GATE = gate('work|release|rub|massag|masag|treated|rule|polic|spen|time on|trigger');
/** Verbs that are hands-on only when a massage setting is clear ("include the glutes", "do glutes"). */
export const GLUTE_VERB = new RegExp(
  `\\b(?:includ(?:e|es|ed|ing)|skip(?:s|ped|ping)?|touch(?:es|ed|ing)?|do|does|did|doing|n?ever done|treat(?:s|ed|ing)?|releas(?:e|es|ed|ing)|loosen(?:s|ed|ing)?|address(?:es|ed|ing)?|target(?:s|ed|ing)?)['"]? ${DETERMINER}${GLUTE_WORD}\\b${NOT_DIAGNOSIS}|\\b(?:leav(?:e|es|ing)|left) (?:them|it) out\\b|\\b(?:releas(?:e|es|ed|ing)|loosen(?:s|ed|ing)?) them\\b`,
  'g',
);
/** Draping and underwear words that make a glute mention a massage-room matter. */
export const DRAPING_CUE = /\b(?:(?:un)?drap(?:e|ed|es|ing)|sheets?|linens?|under-?garments?|underwear|undies|underpants|skivvies)\b/g;
export const DRAPING_CUE_GATE = gate('drap|sheet|linen|garment|underwear|undies|underpants|skivvies');
/** Signs of a massage setting: they strengthen the weaker hands-on verbs. */
export const MASSAGE_SETTING =
  /\b(?:massage|therapists?|clients?|sessions?|practitioners?|table|spa|drap(?:e|ed|ing)|sheet|lmt|rmt|mt|masseuse|bodywork)\b/;
/** Exercise talk: the weaker hands-on verbs then more likely mean training ("glute work today: hip thrusts"). */
export const EXERCISE =
  /\b(?:squats?|squatting|deadlifts?|lunges?|hip thrusts?|thrusts|bridges?|kickbacks?|clamshells?|reps|sets of|workouts?|work ?out|working out|gym|leg day|resistance bands?|exercises?|strengthen(?:ing)?|activation|activate|isolation|hypertrophy|lifting|pilates|yoga|stretch(?:es|ing)?|booty band|glute-ham|step-ups?)\b/;
export const EXERCISE_GATE = gate('squat|deadlift|lunge|thrust|bridge|kickback|clamshell|reps|sets of|workout|work out|working out|gym|leg day|resistance band|exercise|strengthen|activat|isolation|hypertrophy|lifting|pilates|yoga|stretch|booty band|glute-ham|step-up');
/** Whether the text talks about exercise (EXERCISE, behind its gate). */
export const isExercise = (norm: string): boolean => admits(norm, EXERCISE_GATE) && EXERCISE.test(norm);
/** Cosmetic surgery: pressure on the buttocks there is a recovery rule, not massage. */
export const COSMETIC = /\b(?:bbl|brazilian butt lift|butt lift|butt implants?|fat transfer|liposuction|lipo|surgeon|surgery|post[- ]op)\b/;
export const COSMETIC_GATE = gate('bbl|lift|implant|fat transfer|lipo|surg|post');

/** Other body areas, for the list-mention rule and for massage aimed elsewhere. Hips are neutral on purpose. */
const REGION_WORDS =
  "(?:neck|shoulders?|upper back|mid back|lower back|low back|back|arms?|forearms?|hands?|wrists?|feet|foot|calf|calves|quads?|quadriceps|thighs?|inner thighs?|hamstrings?|it band|itb|iliotibial band|hip flexors?|psoas|iliacus|tfl|abs|abdomen|abdominals|stomach|belly|chest|upper chest|pecs?|pectorals|face|scalp|head|legs?|knees?|shins?|ankles?|groin|rhomboids?|traps|trapezius|lats|spine|jaw|breasts?|temples|adductors|sacrum|si joint)";
export const REGION = new RegExp(`\\b${REGION_WORDS}\\b`, 'g');
export const REGION_GATE = gate('neck|shoulder|back|arm|hand|wrist|feet|foot|calf|calves|quad|thigh|hamstring|it band|itb|iliotibial band|flexor|psoas|iliacus|tfl|abs|abdom|stomach|belly|chest|pec|face|scalp|head|leg|knee|shin|ankle|groin|rhomboid|traps|trapez|lats|spine|jaw|breast|temples|adductor|sacrum|si joint');
/**
 * Massage, rolling or release aimed at another area ("massage the hamstrings", "neck massage"); group 3 is a massage
 * "for the neck" (not "for back pain"), which takes only the massage word itself, not a glute compound before it.
 */
export const OTHER_AREA_TARGET = new RegExp(
  `\\b(?:mass?ag(?:e|es|ed|ing)|roll(?:s|ed|ing)?(?: out)?|foam roll(?:s|ed|ing)?|releas(?:e|es|ed|ing) (?:the )?(?:tension|tightness) in|work(?:s|ed|ing)? on|rub(?:s|bed|bing)?|(?:(?:massage|percussion|lacrosse|tennis|foam) )?(?:guns?|balls?|rollers?)|theragun|hypervolt) (?:(?:of|on|in|into|out|over|under) )?(?:(?:the|my|your|his|her|their|a|some|upper|lower|inner) ){0,2}(${REGION_WORDS})\\b|\\b(${REGION_WORDS}) (?:massages?|rubs?|rolling|release)\\b|\\bmass?ag(?:e|es|ed|ing) for (?:the|my|your|his|her|their) (${REGION_WORDS})\\b(?! (?:pain|aches?|problems?|issues?|tension|relief|spasms?)\\b)`,
  'g',
);
/** The text between list items: separators and a few determiners or adjectives (hips are transparent). */
export const LIST_GAP = /^(?:,|, and|, or|,? and|,? or|,? &|\/|,? •|•|;|,? plus|,? (?:and )?then)? ?(?:(?:the|your|my|their|upper|lower|inner|outer|hips?|and|,) ?){0,4}$/;
/** Emphasis that lifts an item out of a list ("and, most notably, the glutes"). */
export const LIST_EMPHASIS = /\b(?:notably|especially|particularly|above all|mainly|mostly|primarily)\b/;

/** Sentence ends in normalised text (bullets and spaced dashes count). */
export const SENTENCE_END = /[.!?](?= |$)|•| - |; /g;
/** A negation within the last words before a hit, inside the same clause. */
export const NEGATION_BEFORE =
  /(?:\b(?:not|never|no|without|hardly|barely|refuses? to|refused to|can't say|rather than|instead of)|n't)(?: [\w']{1,15}){0,4} ?['"]?$/;
export const NEGATION_GATE = gate("no|never|without|hardly|barely|refuse|n't|rather than|instead of");
export const CLAUSE_BREAK = /[,.;:!?()]|\bbut\b/g;

const CUE_PATTERNS: [RegExp, Gate?][] = [[MASSAGE], [MASSAGE_THING], [TOOL, TOOL_GATE], [HANDS_ON, HANDS_ON_GATE], [GLUTE_WORK, GLUTE_WORK_GATE], [GLUTE_VERB], [DRAPING_CUE, DRAPING_CUE_GATE]];

/** Any hands-on cue at all: lets texts with glute words but no hands-on words stop early. */
export function hasAnyCue(norm: string): boolean {
  for (const [re, g] of CUE_PATTERNS) {
    if (g && !admits(norm, g)) continue;
    re.lastIndex = 0;
    const found = re.test(norm);
    re.lastIndex = 0;
    if (found) return true;
  }
  return false;
}

/** Each gated pattern with its gate, for the tests. */
export const LEXICON_GATES: readonly [string, RegExp, Gate][] = [
  ['idiom', IDIOM, IDIOM_GATE], ['workout', WORKOUT, WORKOUT_GATE], ['tool', TOOL, TOOL_GATE], ['hands-on', HANDS_ON, HANDS_ON_GATE], ['glute work', GLUTE_WORK, GLUTE_WORK_GATE],
  ['draping cue', DRAPING_CUE, DRAPING_CUE_GATE], ['cosmetic', COSMETIC, COSMETIC_GATE], ['negation', NEGATION_BEFORE, NEGATION_GATE],
  ['exercise', EXERCISE, EXERCISE_GATE], ['region', REGION, REGION_GATE],
];

export const LEXICON_PATTERNS: readonly RegExp[] = [
  ANCHOR_STRONG, ANCHOR_MEDIUM, ANCHOR_WEAK, IDIOM, WORKOUT, MASSAGE, TOOL, HANDS_ON, GLUTE_WORK, GLUTE_VERB, DRAPING_CUE,
  MASSAGE_SETTING, MASSAGE_THING, EXERCISE, COSMETIC, REGION, OTHER_AREA_TARGET, LIST_GAP, LIST_EMPHASIS, SENTENCE_END,
  NEGATION_BEFORE, CLAUSE_BREAK, LOAD_ON, LOAD_BEFORE,
];
