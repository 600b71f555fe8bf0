/**
 * The built-in knowledge pack: what the sidebar says about glute massage, as plain data.
 *
 * Facts and grades come only from ../shared/research/domain-facts.md; the wording is ours. Sections that
 * answer a myth follow the Debunking Handbook order (fact → myth once → why it misleads → fact); the
 * others use fact/note only. Talking points are written to be pasted as a friendly reply in a group of
 * massage therapists: 40–90 words, the relief is never called "not real", certainty words match the grade.
 * Points are listed broadest first, because the summary tops up a short list in this order.
 */
import type { Pack, Section, TalkingPoint } from './types';
import {
  AMABILE_2017,
  AMTA_ETHICS,
  BIALOSKY_2009,
  BIALOSKY_2011,
  CHAUDHRY_2008,
  CHERKIN_2011,
  COOPER_2016,
  CUNY_SITTING_CAPSTONE,
  DE_JESUS_2020,
  ERIKSSON_CROMMERT_2015,
  FUKUDA_2021,
  FURLAN_2015,
  HARTVIGSEN_2018,
  INGRAHAM_RELEASE,
  INGRAHAM_TOUCH,
  KENDALL_2015,
  LILJENCRANTZ_2017,
  LOKEN_2009,
  MAHER_2017,
  MOSELEY_BUTLER_2015,
  NCBTMB_ETHICS,
  NELSON_WONG_2008,
  NEUMANN_1988,
  OSBORN_2015,
  PRACTITIONER_DRAPING,
  PURVES_BLOG,
  QASEEM_2017,
  SADLER_2019,
  SAMHSA_2014,
  SCHLEIP_2003,
  SLIPMAN_2000,
  STANTON_2017,
  SWAIN_2020,
  TEXAS_16_TAC_117_91,
  TRAUMA_INFORMED_PRACTICE,
  WAC_246_830_550,
  WAC_246_830_557,
  WEPPLER_2010,
} from './sources';

/** Shown when a post is about glute massage but makes none of the known claims. */
export const OVERVIEW_SECTION_ID = 'overview';

// Order matters on ties: a post that only says "tight, needs releasing" gets `felt-release` (what a release is)
// before `weak-inhibited` (the length story), because both list that claim second.
const SECTIONS: Section[] = [
  {
    id: 'back-pain',
    title: 'Do tight glutes cause low back pain?',
    claims: ['back-pain-release'],
    statements: [
      {
        role: 'fact',
        text: 'For most people with low back pain, no single tissue can be pinned down as the cause.',
        sources: [HARTVIGSEN_2018, MAHER_2017],
      },
      {
        role: 'myth',
        text: 'A popular explanation is that tight glutes strain the low back, so releasing them fixes the pain. No study we know of has shown this.',
        sources: [HARTVIGSEN_2018, SWAIN_2020],
      },
      {
        role: 'why',
        text: 'Tender glutes are common in back pain, but tenderness is not proof of tightness and may be part of the pain rather than its cause.',
        sources: [COOPER_2016],
      },
      {
        role: 'why',
        text: 'Buttock pain is often referred from elsewhere: most people with sacroiliac joint pain feel it in the buttock.',
        sources: [SLIPMAN_2000],
      },
      {
        role: 'fact',
        text: 'Massage can ease low back pain in the short term, though the studies behind this are low quality.',
        sources: [FURLAN_2015],
      },
      {
        role: 'fact',
        text: 'The ACP guideline lists massage as an option for recent back pain; for long-lasting pain its first-line list starts with exercise and leaves massage out.',
        sources: [QASEEM_2017],
      },
      {
        role: 'fact',
        text: 'In a large trial, relaxation massage helped chronic back pain about as much as massage aimed at specific structures.',
        sources: [CHERKIN_2011],
      },
    ],
  },
  {
    id: 'felt-release',
    title: 'What is the "release" you feel?',
    claims: ['felt-release', 'tight-needs-release'],
    figure: 'touch-nerves',
    statements: [
      {
        role: 'fact',
        text: 'The release clients feel is real. Current models explain it mainly as the nervous system responding to touch, from nerves in skin, fascia and muscle up to the brain.',
        sources: [BIALOSKY_2009, SCHLEIP_2003],
      },
      {
        role: 'myth',
        text: 'It is often explained as tight tissue being lengthened or "unstuck" under the hands.',
        sources: [CHAUDHRY_2008, INGRAHAM_RELEASE],
      },
      {
        role: 'why',
        text: 'Models suggest hand pressure is far too small to reshape dense fascia, and in one lab study muscle stiffness dropped only about 5%, for a few minutes.',
        sources: [CHAUDHRY_2008, ERIKSSON_CROMMERT_2015],
      },
      {
        role: 'why',
        text: 'Feeling tight is not the same as being stiff: in back pain, how stiff people felt did not match what was measured.',
        sources: [STANTON_2017],
      },
      {
        role: 'fact',
        text: 'In lab studies, slow, gentle stroking activates skin nerves tied to pleasant touch and can dampen pain; firm glute work also reaches receptors in fascia and muscle.',
        sources: [LOKEN_2009, LILJENCRANTZ_2017, SCHLEIP_2003],
      },
      {
        role: 'fact',
        text: 'Feeling less tension is a worthwhile result in itself, and massage brings short-term relief for low back pain.',
        sources: [INGRAHAM_TOUCH, FURLAN_2015],
      },
    ],
  },
  {
    id: 'weak-inhibited',
    title: 'Weak or "switched off" glutes?',
    claims: ['weak-inhibited', 'tight-needs-release'],
    figure: 'rubber-band',
    statements: [
      {
        role: 'fact',
        text: 'On average, people with low back pain tend to have weaker glute medius muscles and more tender spots there.',
        sources: [SADLER_2019, COOPER_2016],
      },
      {
        role: 'myth',
        text: 'You may hear that most people\'s glutes are weak and already over-stretched, like a rubber band pulled taut.',
        sources: [SADLER_2019, WEPPLER_2010],
      },
      {
        role: 'why',
        text: 'The studies show a link, not a cause: the weakness may follow the pain. "Most people" and "over-stretched" have not been shown.',
        sources: [SADLER_2019, AMABILE_2017],
      },
      {
        role: 'why',
        text: 'Some people who develop back pain show their glutes working harder, not less.',
        sources: [NELSON_WONG_2008],
      },
      {
        role: 'why',
        text: 'Muscle-length stories are shaky either way: stretching mostly changes how a stretch feels, and predicted "stretch weakness" was not found when tested.',
        sources: [WEPPLER_2010, NEUMANN_1988],
      },
      {
        role: 'fact',
        text: 'Glute strengthening is a reasonable part of back-pain exercise, but its extra benefit is small in some trials and absent in others.',
        sources: [DE_JESUS_2020, KENDALL_2015, FUKUDA_2021],
      },
    ],
  },
  {
    id: 'sitting',
    title: 'Does sitting switch the glutes off?',
    claims: ['sitting'],
    statements: [
      {
        role: 'fact',
        text: 'Reviews find links between sitting and back pain, but no agreement that sitting causes it.',
        sources: [SWAIN_2020],
      },
      {
        role: 'myth',
        text: 'A common story says long hours of sitting make the glutes "forget" how to fire.',
        sources: [CUNY_SITTING_CAPSTONE, PURVES_BLOG],
      },
      {
        role: 'why',
        text: 'The idea comes from books and teaching rather than trials. The one small direct study found no difference in glute activity between habitual sitters and standers.',
        sources: [CUNY_SITTING_CAPSTONE, PURVES_BLOG],
      },
      {
        role: 'fact',
        text: 'Whatever role sitting plays, the ACP guideline puts exercise first for long-lasting back pain.',
        sources: [QASEEM_2017],
      },
    ],
  },
  {
    id: 'comfort-draping',
    title: 'Comfort, consent and draping',
    claims: ['draping-comfort'],
    statements: [
      {
        role: 'fact',
        text: 'The client decides whether glutes are worked and how, and may change their mind or stop at any time, even after agreeing.',
        sources: [NCBTMB_ETHICS, SAMHSA_2014],
      },
      {
        role: 'myth',
        text: 'Some say glute work only really helps on bare skin, so underwear or the drape has to go.',
        sources: [PRACTITIONER_DRAPING],
      },
      {
        role: 'why',
        text: 'No study we know of has compared glute work on skin with work through a drape, and compression, kneading and rocking through the sheet are standard practice.',
        sources: [PRACTITIONER_DRAPING],
      },
      {
        role: 'fact',
        text: 'Working through the sheet or over underwear is a good option; skin contact is a preference, not a requirement.',
        sources: [PRACTITIONER_DRAPING],
      },
      {
        role: 'note',
        text: 'Rules differ by place: Texas requires the gluteal cleft to stay draped, and Washington allows cleft contact only with specific training and written and verbal consent. Check your local rules.',
        sources: [TEXAS_16_TAC_117_91, WAC_246_830_550, WAC_246_830_557],
      },
      {
        role: 'note',
        text: 'Explain before working near sensitive areas, keep the drape secure, and let the client set pressure and coverage.',
        sources: [TRAUMA_INFORMED_PRACTICE, PRACTITIONER_DRAPING],
      },
    ],
  },
  {
    id: 'routine',
    title: 'Glutes in a full-body session',
    claims: ['routine-inclusion'],
    statements: [
      {
        role: 'fact',
        text: 'Many spas, franchises and schools have dropped glute work, mostly from fear of complaints and gaps in training.',
        sources: [OSBORN_2015],
      },
      {
        role: 'fact',
        text: 'Educators quoted by ABMP argue glute work belongs in core massage training, taught with clear communication and modest draping.',
        sources: [OSBORN_2015],
      },
      {
        role: 'fact',
        text: 'Offer it, explain what it involves, ask for consent, and respect a "no" at any point.',
        sources: [NCBTMB_ETHICS, AMTA_ETHICS],
      },
      {
        role: 'note',
        text: 'That clients feel something is missing without glute work is anecdote; there is no data on client satisfaction either way.',
        sources: [OSBORN_2015],
      },
    ],
  },
  {
    id: OVERVIEW_SECTION_ID,
    title: 'Glute massage: what the evidence says',
    claims: [],
    statements: [
      {
        role: 'fact',
        text: 'Glute work is a normal part of massage and, like massage in general, can ease low back pain for a short time.',
        sources: [FURLAN_2015, OSBORN_2015],
      },
      {
        role: 'fact',
        text: 'Current models explain the relief mainly through the nervous system responding to touch, not muscle being lengthened.',
        sources: [BIALOSKY_2009, CHAUDHRY_2008],
      },
      {
        role: 'fact',
        text: 'No study we know of shows that tight glutes cause back pain. Weaker glutes are linked to back pain, but which comes first is unknown.',
        sources: [HARTVIGSEN_2018, SADLER_2019],
      },
      {
        role: 'note',
        text: 'Offer glute work with an explanation, consent and secure draping; the client decides.',
        sources: [NCBTMB_ETHICS],
      },
    ],
  },
];

const POINTS: TalkingPoint[] = [
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

export const BUILTIN_PACK: Pack = {
  format: 'glute-lens-pack',
  version: 1,
  name: 'Glute Lens essentials',
  author: 'Glute Lens',
  sections: SECTIONS,
  points: POINTS,
};
