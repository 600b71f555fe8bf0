/**
 * The built-in knowledge sections (see builtin.ts for the rules the wording follows): plain data, one
 * section per topic the sidebar can show, statements in the Debunking Handbook order.
 */
import type { Section } from './types';
import {
  AMABILE_2017,
  AMTA_ETHICS,
  BIALOSKY_2009,
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
export const SECTIONS: Section[] = [
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
