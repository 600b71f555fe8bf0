/**
 * The built-in talking points (see builtin.ts for the rules the wording follows): ready-to-paste replies,
 * broadest first, because the summary tops up a short list in this order.
 */
import type { TalkingPoint } from './types';
import {
  BIALOSKY_2009,
  BIALOSKY_2011,
  CHAUDHRY_2008,
  COOPER_2016,
  CUNY_SITTING_CAPSTONE,
  DE_JESUS_2020,
  ERIKSSON_CROMMERT_2015,
  FURLAN_2015,
  HARTVIGSEN_2018,
  INGRAHAM_TOUCH,
  LILJENCRANTZ_2017,
  LOKEN_2009,
  MOSELEY_BUTLER_2015,
  NCBTMB_ETHICS,
  NELSON_WONG_2008,
  NEUMANN_1988,
  OSBORN_2015,
  PRACTITIONER_DRAPING,
  QASEEM_2017,
  SADLER_2019,
  STANTON_2017,
  SWAIN_2020,
  TEXAS_16_TAC_117_91,
  TRAUMA_INFORMED_PRACTICE,
  WEPPLER_2010,
} from './sources';

export const POINTS: TalkingPoint[] = [
  {
    id: 'builtin-offer-with-consent',
    title: 'Offer it, explained, with consent',
    text: "So many clients say nobody has ever worked their glutes! Many spas and schools dropped glute work, mostly out of fear of complaints and gaps in training. It tends to go well when you explain what you'll do and why, ask first, keep the draping secure, and make it easy to say no or stop at any time.",
    claims: ['routine-inclusion', 'draping-comfort'],
    keywords: ['never had', 'never been', 'skip', 'skipped', 'spa', 'full body', 'full-body'],
    sources: [OSBORN_2015, NCBTMB_ETHICS],
    tones: {
      brief:
        'Lots of spas dropped glute work out of fear of complaints and training gaps. Explain it, ask first, drape securely, and make "no" easy.',
    },
  },
  {
    id: 'builtin-release-nervous-system',
    title: 'The release is real, and mostly neural',
    text: "That release feeling is real, and clients value it. Research suggests it mostly comes from the nervous system responding to touch rather than tissue lengthening: models suggest hand pressure is far too small to reshape dense fascia, and in one lab study measured stiffness dropped only about 5% for a few minutes. So the relief is genuine; it's just happening in nerves and brain more than in the muscle itself.",
    claims: ['felt-release', 'tight-needs-release'],
    keywords: ['release', 'released', 'releasing', 'fascia', 'adhesions', 'unstick'],
    sources: [BIALOSKY_2009, CHAUDHRY_2008, ERIKSSON_CROMMERT_2015],
    tones: {
      clinical:
        'Current manual-therapy models attribute the felt release mainly to neurophysiological responses (peripheral, spinal and supraspinal) rather than tissue deformation. Modelling suggests manual forces cannot meaningfully deform dense fascia, and measured muscle stiffness fell only about 5% after massage, returning to baseline within minutes. The perceived change is real; its mechanism is mostly neural.',
      brief:
        "The release is real, but it's mostly the nervous system responding to touch. Hands can't reshape dense fascia, and measured stiffness barely changes.",
    },
  },
  {
    id: 'builtin-massage-guidelines',
    title: 'What reviews and guidelines say',
    text: 'Great discussion! For anyone wanting the research side: a Cochrane review found massage eases low back pain in the short term, though the studies were low quality. The ACP guideline lists massage as an option for recent back pain, while exercise leads the way for long-lasting pain. So glute work fits nicely alongside movement advice, rather than being the whole fix.',
    claims: ['back-pain-release'],
    keywords: ['evidence', 'research', 'studies', 'cochrane', 'guideline', 'guidelines'],
    sources: [FURLAN_2015, QASEEM_2017],
    tones: {
      clinical:
        'A Cochrane review (25 RCTs) found short-term improvement in low back pain with massage versus inactive controls, with low to very low quality evidence. The ACP guideline includes massage among options for acute and subacute pain; for chronic pain its first-line list is led by exercise and does not include massage.',
      brief:
        'Cochrane: massage eases back pain short term (low-quality evidence). ACP: an option for recent pain; exercise first for long-lasting pain.',
    },
  },
  {
    id: 'builtin-back-pain-cause',
    title: 'Tight glutes and back pain',
    text: "Glute work can really help sore backs feel better for a while, and that matters. The usual explanation, that tight glutes strain the low back, hasn't been shown in any study I know of. Tender glutes are common with back pain, but the tenderness may be part of the pain rather than its cause, and for most back pain no single tissue can be blamed.",
    claims: ['back-pain-release', 'tight-needs-release'],
    keywords: ['back pain', 'lower back', 'low back', 'sciatica', 'piriformis'],
    sources: [FURLAN_2015, HARTVIGSEN_2018, COOPER_2016],
    tones: {
      brief:
        "Glute work can ease sore backs for a while. That tight glutes strain the back hasn't been shown; tenderness may be part of the pain, not its cause.",
    },
  },
  {
    id: 'builtin-feels-tight',
    title: 'Feeling tight is not being tight',
    text: "Feeling tight and being tight are surprisingly different things. In one study of people with back pain, how stiff their back felt didn't match how stiff it measured; the feeling behaved more like a protective signal. That's a lovely reason to work calmly and reassuringly: easing the sense of tightness is a real result, even if muscle length barely changes.",
    claims: ['tight-needs-release'],
    keywords: ['tight', 'tightness', 'knot', 'knots', 'knotted', 'tense'],
    sources: [STANTON_2017, WEPPLER_2010],
  },
  {
    id: 'builtin-feeling-better-counts',
    title: 'Feeling better is a real outcome',
    text: "Feeling better is a real outcome, and \"just placebo\" undersells it. In lab studies, slow, gentle touch activates nerve fibres linked to pleasant touch and can dampen pain, and expectation and relaxation are genuine pain-relief mechanisms too. So when a client says their glutes feel looser and calmer, that's worth celebrating, whether or not anything changed in the tissue.",
    claims: ['felt-release'],
    keywords: ['placebo', 'relax', 'relaxing', 'relaxed', 'feels amazing', 'feels great'],
    sources: [LOKEN_2009, LILJENCRANTZ_2017, BIALOSKY_2011, INGRAHAM_TOUCH],
  },
  {
    id: 'builtin-weak-link-not-cause',
    title: 'Weak glutes: a link, not a cause',
    text: "Good point about glute strength. A review found that people with back pain tend to have a weaker glute medius, but it's a link, not proof of cause: the weakness may follow the pain. Some people who develop back pain actually show their glutes working harder, not less. Strengthening can be a useful part of an exercise plan, with a small extra benefit in some trials.",
    claims: ['weak-inhibited'],
    keywords: ['weak', 'inhibited', 'underactive', 'activation', 'not firing'],
    sources: [SADLER_2019, NELSON_WONG_2008, DE_JESUS_2020],
    tones: {
      clinical:
        'A systematic review of 24 case-control studies found gluteus medius tended to be weaker in people with low back pain, but could not say whether weakness is cause or consequence. Lab studies also show increased gluteus medius co-activation in people who develop pain while standing. Adding hip strengthening gives small, inconsistent extra benefit.',
    },
  },
  {
    id: 'builtin-rubber-band',
    title: 'The rubber-band picture',
    text: "The rubber-band picture is a handy image, but muscle-length stories, whether \"too tight\" or \"over-stretched\", don't have much support. Stretching mostly changes how a stretch feels rather than how long the muscle is, and the predicted \"stretch weakness\" wasn't found when it was tested. Strength and everyday use seem to matter more than length.",
    claims: ['weak-inhibited', 'tight-needs-release'],
    keywords: ['rubber band', 'overstretched', 'over-stretched', 'lengthened', 'stretched'],
    sources: [WEPPLER_2010, NEUMANN_1988],
  },
  {
    id: 'builtin-sitting',
    title: 'Sitting and the glutes',
    text: "Sitting all day gets blamed a lot, and it's an easy story to believe. The evidence is thin, though: the one small direct study found no difference in glute activity between people who mostly sit and people who mostly stand, and reviews don't agree that sitting causes back pain. Moving more is still great advice, and glute work after a long desk week can simply feel good.",
    claims: ['sitting'],
    keywords: ['desk', 'office', 'sedentary', 'driving', 'sit', 'sitting'],
    sources: [CUNY_SITTING_CAPSTONE, SWAIN_2020],
    tones: {
      brief:
        "Sitting gets blamed a lot, but the one small direct study found no difference in glute activity between sitters and standers. Moving more is still good advice.",
    },
  },
  {
    id: 'builtin-gluteal-amnesia',
    title: 'Kinder words than "dead butt"',
    text: "\"Gluteal amnesia\" is a catchy phrase from books and teaching rather than from trials. Some studies find weaker glutes in people with back pain, while others find glutes working harder. It may also help to skip \"dead butt\" talk with clients: pain educators warn that threatening words can make pain worse. \"Let's help these work well\" tends to land better.",
    claims: ['sitting', 'weak-inhibited'],
    keywords: ['gluteal amnesia', 'dead butt', 'sleepy glutes', 'switched off', 'lazy glutes'],
    sources: [SADLER_2019, NELSON_WONG_2008, MOSELEY_BUTLER_2015],
  },
  {
    id: 'builtin-routine-ask',
    title: 'Ask each client',
    text: "Great to see this discussed! ABMP's Massage & Bodywork has described glutes quietly disappearing from full-body sessions, mostly because of liability worries and gaps in training. I haven't seen any research on whether clients feel something is missing without them, so the simplest guide is to ask each client, explain what glute work involves, and respect their choice.",
    claims: ['routine-inclusion'],
    keywords: ['include', 'routine', 'missing', 'franchise'],
    sources: [OSBORN_2015, NCBTMB_ETHICS],
  },
  {
    id: 'builtin-through-the-drape',
    title: 'Undies, draping and skin contact',
    text: "Undies or no undies really is the client's call. Glute work through the sheet or over underwear is common practice: compression, kneading and rocking are all widely used there, and no study I know of shows skin contact gets better results. Keep the drape secure and tucked, and check your local rules; Texas, for example, requires the gluteal cleft to stay draped.",
    claims: ['draping-comfort'],
    keywords: ['undies', 'underwear', 'knickers', 'drape', 'draping', 'sheet', 'skin'],
    sources: [PRACTITIONER_DRAPING, TEXAS_16_TAC_117_91],
    tones: {
      brief:
        "Undies or not is the client's call. Compression and rocking through the sheet work well, and no study shows skin contact is better. Check your local draping rules.",
    },
  },
  {
    id: 'builtin-consent-steps',
    title: 'A simple consent routine',
    text: "A simple routine helps everyone relax: ask about glute work at intake (some clients prefer the word \"hips\"), explain what you'll do, let the client set pressure and coverage, and remind them they can pause or stop at any time. Professional codes back the right to change or refuse treatment even after agreeing, and rules vary by state, so it's worth checking yours.",
    claims: ['draping-comfort'],
    keywords: ['consent', 'intake', 'boundaries', 'uncomfortable', 'awkward', 'embarrassed'],
    sources: [NCBTMB_ETHICS, TRAUMA_INFORMED_PRACTICE, PRACTITIONER_DRAPING],
  },
];
