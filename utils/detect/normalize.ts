/**
 * Text normalisation and the cheap pre-filter. Every offset in a Verdict points into the output of
 * `normalizeText`, and the pre-filter must never reject a text whose normalised form could match a
 * glute-region word (tests/unit/detect-hostile.test.ts checks that on random obfuscated text).
 */

/** HTML entities we decode (numeric ones always); unknown names are left as written. */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '', zwj: '', zwnj: '', lrm: '', rlm: '',
  rsquo: "'", lsquo: "'", rdquo: '"', ldquo: '"', hellip: '...', mdash: '-', ndash: '-', bull: '•', middot: '·',
};
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z][a-z0-9]{1,15}));/gi;
const NON_ASCII = /[^\x00-\x7f]/;
/** Combining marks (diacritics), format characters (zero-width, bidi, soft hyphen, tags) and Hangul fillers. */
const INVISIBLE = /[\p{Mn}\p{Me}\p{Cf}\u115f\u1160\u3164\uffa0]+/gu;
/** Latin look-alikes from Cyrillic, Greek and IPA that people use to dodge word filters. */
const CONFUSABLES: Record<string, string> = {
  'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x', 'і': 'i', 'ѕ': 's', 'ј': 'j', 'ԁ': 'd',
  'ɡ': 'g', 'ı': 'i', 'ο': 'o', 'α': 'a', 'ε': 'e', 'ι': 'i', 'ν': 'v', 'τ': 't', 'υ': 'u', 'κ': 'k', 'ρ': 'p',
  '‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'", '´': "'", '“': '"', '”': '"', '„': '"', '″': '"', '«': '"', '»': '"',
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-', '−': '-',
};
const CONFUSABLE = /[аеорсухіѕјԁɡıοαειντυκρ‘’‚‛′´“”„″«»‐‑‒–—―−]/g;
const SPACES = /\s+/g;
/** A whitespace run that collapsing would change: two or more characters, or one that is not a plain space. */
const ODD_SPACE = /\s\s|[^\S ]/;

/**
 * Whitespace runs collapsed to single spaces. Most texts are single-spaced already: then the text itself
 * comes back, not a copy with every space replaced by a space. (The site adapters' text reads use it too.)
 */
export function collapseSpaces(s: string): string {
  return ODD_SPACE.test(s) ? s.replace(SPACES, ' ') : s;
}

function decodeEntity(match: string, dec?: string, hex?: string, name?: string): string {
  if (name !== undefined) return NAMED_ENTITIES[name.toLowerCase()] ?? match;
  const code = dec !== undefined ? Number(dec) : Number.parseInt(hex ?? '', 16);
  if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return '';
  return String.fromCodePoint(code);
}

/**
 * Lower case, HTML entities decoded (once), compatibility forms folded (NFKD: fullwidth and
 * "fancy font" letters), diacritics and invisible characters removed, common look-alike letters
 * and curly quotes mapped to ASCII, whitespace collapsed to single spaces and trimmed.
 */
export function normalizeText(text: string): string {
  let s = text;
  if (s.includes('&')) s = s.replace(ENTITY, decodeEntity);
  if (!NON_ASCII.test(s)) s = s.toLowerCase();
  else if (!BEYOND_EMOJI.test(s)) s = s.replace(EMOJI_JOINERS, '').toLowerCase();
  else s = foldUnicode(s);
  return collapseSpaces(s).trim();
}

/** The full fold for non-ASCII text: compatibility forms, marks and invisibles, case, look-alikes. */
export function foldUnicode(s: string): string {
  return s.normalize('NFKD').replace(INVISIBLE, '').toLowerCase().replace(CONFUSABLE, (c) => CONFUSABLES[c] ?? c);
}

/**
 * Social posts are often ASCII plus emoji. Pictographs (U+1F300–U+1FAFF) have no decompositions, case
 * or look-alikes, so for such text the full fold only drops the joiners (ZWJ, VS16): done directly, as
 * NFKD is the costliest step (tests/unit/detect.test.ts checks both give the same on random text).
 */
const BEYOND_EMOJI = /[^\x00-\x7f\u200d\ufe0f\u{1F300}-\u{1FAFF}]/u;
const EMOJI_JOINERS = /[\u200d\ufe0f]/g;

/**
 * Stems of every glute-region word the rules know, tested on the raw text. Each anchor pattern in
 * lexicon.ts contains one of these, so a miss here means no anchor after normalisation either.
 */
export const ANCHOR_STEMS = /glut|butt|\bbum|boot(?:y|ie)|pir[aiy]?f|\bhip|\bass|\barse|tush|derri|backside|rear\s+end|bottom|rotator|\ud83c\udf51/i;

/**
 * Characters that normalisation could turn into (or remove from between) ASCII letters: anything
 * non-ASCII outside a whitelist of punctuation, symbol and emoji ranges that have no letter
 * decompositions; enclosed-letter emoji; a joiner or variation selector right after a letter; an entity.
 */
export const SUSPECT_CHARS =
  /[^\x00-\x7f\u00a0\u2010-\u2027\u2030-\u205e\u2190-\u23ff\u25a0-\u27bf\u2b00-\u2bff\ufe0e\ufe0f\u200d\ud83c-\ud83e\udc00-\udfff]|\ud83c[\udc00-\udeff]|[A-Za-z][\ufe0e\ufe0f\u200d]|&[#A-Za-z]/;

/** The pre-filter: false means the text cannot mention the gluteal region, so it is not relevant. */
export function mayMentionGlutes(raw: string): boolean {
  return ANCHOR_STEMS.test(raw) || SUSPECT_CHARS.test(raw);
}

/**
 * Stems of every hands-on word the relevance rules pair with a glute word (lexicon.ts: MASSAGE, MASSAGE_THING, TOOL,
 * HANDS_ON, GLUTE_WORK, GLUTE_VERB, DRAPING_CUE). Each cue pattern contains one of these, so a text
 * without any (and without suspect characters) has no cue and cannot be relevant on its own. A stem with
 * `\b` is one that every cue pattern uses at a word start ("work on", not "homework"; "rub", not "scrub"),
 * or right after another stem ("foam roller" has "foam").
 */
export const CUE_STEMS =
  /mass|masag|bodywork|lm[tpb]|rmt|cmt|myo|mayo|soft|trigger|tissue|shiatsu|tui|stone|foam|\broll|\bball|\bgun|\bstick|cane|thera|hypervolt|client|patient|knead|\bdig|\bdug|elbow|forearm|knuckle|knee|compress|pressure|\brub|stroke|\bstrip|\bwork|releas|treat|includ|skip|touch|\bd(?:o|oes|id|oing)\b|ver done|loosen|address|target|leav|left|drap|sheet|linen|garment|underwear|undies|underpants|skivvies|(?:glutes?|butt|booty|bum|piriformis)(?:work|rub)|\brule|polic|\bspen[dt]|time on/i;

/** A glute stem or a suspect character, in one pass over the text. */
const STEM_OR_SUSPECT = new RegExp(`${ANCHOR_STEMS.source}|${SUSPECT_CHARS.source}`, 'i');

/**
 * The pre-filter for a text read on its own: false means it cannot be relevant (no glute-region word,
 * or no hands-on word to pair it with), so the full rules are skipped. Texts with characters that
 * normalisation could change always go through.
 */
export function mayBeRelevant(raw: string): boolean {
  if (!STEM_OR_SUSPECT.test(raw)) return false;
  return CUE_STEMS.test(raw) || SUSPECT_CHARS.test(raw);
}

export const NORMALIZE_PATTERNS: readonly RegExp[] = [
  ENTITY, NON_ASCII, BEYOND_EMOJI, EMOJI_JOINERS, INVISIBLE, CONFUSABLE, SPACES, ODD_SPACE, ANCHOR_STEMS, SUSPECT_CHARS, CUE_STEMS, STEM_OR_SUSPECT,
];
