/**
 * Every source the built-in pack cites, taken from ../shared/research/domain-facts.md (reference numbers
 * in the comments). Levels follow that fact sheet's grading: SR systematic review, RCT, OBS observational,
 * EXP expert opinion/model/blog, STD standard, guideline or law. Links are DOI links or the official page
 * from the reference list; a source without a usable https link has no `url`.
 */
import type { Source } from './types';

const doi = (id: string): string => `https://doi.org/${id}`;

// Glutes, weakness and muscle length (fact sheet section 1)
/** [R3] */
export const SADLER_2019: Source = {
  label: 'Sadler et al. 2019 (systematic review)',
  url: doi('10.1186/s12891-019-2833-4'),
  level: 'SR',
};
/** [R4] */
export const COOPER_2016: Source = {
  label: 'Cooper et al. 2016 (case-control study)',
  url: doi('10.1007/s00586-015-4027-6'),
  level: 'OBS',
};
/** [R5] */
export const AMABILE_2017: Source = {
  label: 'Amabile et al. 2017 (case-control study)',
  url: doi('10.1371/journal.pone.0177008'),
  level: 'OBS',
};
/** [R7] */
export const NELSON_WONG_2008: Source = {
  label: 'Nelson-Wong et al. 2008 (lab study)',
  url: doi('10.1016/j.clinbiomech.2008.01.002'),
  level: 'OBS',
};
/** [R10] authors and year not captured in the fact sheet. */
export const CUNY_SITTING_CAPSTONE: Source = {
  label: 'CUNY DPT capstone: sitters vs standers (small study)',
  url: 'https://academicworks.cuny.edu/gc_etds/804/',
  level: 'OBS',
};
/** [R11] */
export const KENDALL_2015: Source = {
  label: 'Kendall et al. 2015 (randomised trial)',
  url: doi('10.1016/j.jsams.2014.11.006'),
  level: 'RCT',
};
/** [R13] */
export const FUKUDA_2021: Source = {
  label: 'Fukuda et al. 2021 (randomised trial)',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8721074',
  level: 'RCT',
};
/** [R14] */
export const DE_JESUS_2020: Source = {
  label: 'de Jesus et al. 2020 (meta-analysis)',
  url: doi('10.1177/0269215520941914'),
  level: 'SR',
};
/** [R18] */
export const SWAIN_2020: Source = {
  label: 'Swain et al. 2020 (review of reviews)',
  url: doi('10.1016/j.jbiomech.2019.08.006'),
  level: 'SR',
};
/** [R21] */
export const NEUMANN_1988: Source = {
  label: 'Neumann et al. 1988 (lab study)',
  url: doi('10.1093/ptj/68.4.496'),
  level: 'OBS',
};
/** [R22] */
export const WEPPLER_2010: Source = {
  label: 'Weppler & Magnusson 2010 (narrative review)',
  url: doi('10.2522/ptj.20090012'),
  level: 'EXP',
};
/** [R23] */
export const PURVES_BLOG: Source = {
  label: 'Purves, "sleepy glutes" (clinician blog)',
  url: 'https://conorpcollins.com/?p=21839',
  level: 'EXP',
};

// Massage and low back pain (section 2)
/** [R24] */
export const FURLAN_2015: Source = {
  label: 'Furlan et al. 2015 (Cochrane review)',
  url: doi('10.1002/14651858.CD001929.pub3'),
  level: 'SR',
};
/** [R25] */
export const QASEEM_2017: Source = {
  label: 'Qaseem et al. 2017 (ACP guideline)',
  url: doi('10.7326/M16-2367'),
  level: 'STD',
};
/** [R28] */
export const CHERKIN_2011: Source = {
  label: 'Cherkin et al. 2011 (randomised trial)',
  url: doi('10.1059/0003-4819-155-1-201107050-00002'),
  level: 'RCT',
};
/** [R38] */
export const SLIPMAN_2000: Source = {
  label: 'Slipman et al. 2000 (clinical study)',
  url: doi('10.1016/s0003-9993(00)90080-7'),
  level: 'OBS',
};
/** [R40] graded EXP (review) in the fact sheet. */
export const HARTVIGSEN_2018: Source = {
  label: 'Hartvigsen et al. 2018 (Lancet review)',
  url: doi('10.1016/S0140-6736(18)30480-X'),
  level: 'EXP',
};
/** [R41] */
export const MAHER_2017: Source = {
  label: 'Maher et al. 2017 (Lancet review)',
  url: doi('10.1016/S0140-6736(16)30970-9'),
  level: 'EXP',
};

// The felt "release" (section 3)
/** [R43] */
export const BIALOSKY_2009: Source = {
  label: 'Bialosky et al. 2009 (model of manual therapy)',
  url: doi('10.1016/j.math.2008.09.001'),
  level: 'EXP',
};
/** [R45] */
export const BIALOSKY_2011: Source = {
  label: 'Bialosky et al. 2011 (review of placebo in manual therapy)',
  url: doi('10.1179/2042618610Y.0000000001'),
  level: 'EXP',
};
/** [R48] */
export const CHAUDHRY_2008: Source = {
  label: 'Chaudhry et al. 2008 (mechanical model)',
  url: doi('10.7556/jaoa.2008.108.8.379'),
  level: 'EXP',
};
/** [R50] no DOI in the reference list. */
export const SCHLEIP_2003: Source = {
  label: 'Schleip 2003 (fascial plasticity, expert review)',
  level: 'EXP',
};
/** [R52] */
export const LOKEN_2009: Source = {
  label: 'Löken et al. 2009 (nerve recording study)',
  url: doi('10.1038/nn.2312'),
  level: 'OBS',
};
/** [R54] */
export const LILJENCRANTZ_2017: Source = {
  label: 'Liljencrantz et al. 2017 (lab study)',
  url: doi('10.1002/ejp.1018'),
  level: 'OBS',
};
/** [R56] */
export const ERIKSSON_CROMMERT_2015: Source = {
  label: 'Eriksson Crommert et al. 2015 (lab study)',
  url: doi('10.1111/sms.12341'),
  level: 'OBS',
};
/** [R58] */
export const STANTON_2017: Source = {
  label: 'Stanton et al. 2017 (lab experiments)',
  url: doi('10.1038/s41598-017-09429-1'),
  level: 'OBS',
};
/** [R60] */
export const INGRAHAM_RELEASE: Source = {
  label: 'Ingraham, "Release me!" (PainScience blog)',
  url: 'https://www.painscience.com/blog/release-me.html',
  level: 'EXP',
};
/** [R62] */
export const INGRAHAM_TOUCH: Source = {
  label: 'Ingraham, "It\'s good for touch" (PainScience blog)',
  url: 'https://www.painscience.com/blog/its-good-for-touch.html',
  level: 'EXP',
};
/** [R64] no DOI in the reference list. */
export const MOSELEY_BUTLER_2015: Source = {
  label: 'Moseley & Butler 2015 (pain education review)',
  level: 'EXP',
};

// Draping, consent and routine (section 4)
/** [R65] official register; the rule is TAC Title 16, Part 4, Ch. 117, §117.91. */
export const TEXAS_16_TAC_117_91: Source = {
  label: 'Texas rule 16 TAC §117.91 (regulation)',
  url: 'https://texreg.sos.state.tx.us/',
  level: 'STD',
};
/** [R66] */
export const WAC_246_830_550: Source = {
  label: 'Washington rule WAC 246-830-550 (regulation)',
  url: 'https://app.leg.wa.gov/WAC/default.aspx?cite=246-830-550',
  level: 'STD',
};
/** [R67] */
export const WAC_246_830_557: Source = {
  label: 'Washington rule WAC 246-830-557 (regulation)',
  url: 'https://lawfilesext.leg.wa.gov/law/WAC/WAC%20246%20%20TITLE/WAC%20246%20-830%20%20CHAPTER/WAC%20246%20-830%20-557.htm',
  level: 'STD',
};
/** [R71] text read via practitioner copies; official site linked. */
export const NCBTMB_ETHICS: Source = {
  label: 'NCBTMB Code of Ethics (professional standard)',
  url: 'https://www.ncbtmb.org',
  level: 'STD',
};
/** [R72] */
export const AMTA_ETHICS: Source = {
  label: 'AMTA Code of Ethics (professional standard)',
  url: 'https://nj.wp.amtamassage.org/code-of-ethics',
  level: 'STD',
};
/** [R73] */
export const OSBORN_2015: Source = {
  label: 'Osborn 2015, Massage & Bodywork (ABMP article)',
  url: 'https://www.abmp.com/textonlymags/article.php?article=1321',
  level: 'EXP',
};
/** [R75] */
export const SAMHSA_2014: Source = {
  label: 'SAMHSA 2014 trauma-informed approach (federal guidance)',
  level: 'STD',
};
/** [R76] one of several practitioner pages that describe through-the-drape glute work. */
export const PRACTITIONER_DRAPING: Source = {
  label: 'Practitioner guides to glute draping (expert opinion)',
  url: 'https://www.kcemassage.com/post/gluteal-massage',
  level: 'EXP',
};
/** [R77] */
export const TRAUMA_INFORMED_PRACTICE: Source = {
  label: 'Trauma-informed massage practice (practitioner article)',
  url: 'https://tawnibennett.com/professional-advice-and-insights/trauma-informed-practice',
  level: 'EXP',
};
