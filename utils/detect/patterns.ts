/** Every RegExp the classifier and its keyword baseline use, for the safety tests (tests/unit/detect*.test.ts). */
import { NORMALIZE_PATTERNS } from './normalize';
import { LEXICON_PATTERNS } from './lexicon';
import { CLAIM_PATTERNS } from './claim-lexicon';
import { baselinePatterns } from './baseline';
import { replyPatterns } from './reply';
import { gatePattern } from './gates';

export const ALL_PATTERNS: readonly RegExp[] = [
  ...NORMALIZE_PATTERNS, ...LEXICON_PATTERNS, ...CLAIM_PATTERNS, ...baselinePatterns(), ...replyPatterns(),
  gatePattern(),
];
