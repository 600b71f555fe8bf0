/**
 * Gates: for a pattern that most texts do not match, the words of which every match contains at least
 * one. A pattern whose gate words are all absent is not run. In the page each pattern run right after the
 * site's own work starts cold (its code and tables out of the CPU's caches), so skipping runs is what
 * makes the rules cheap there; tests/unit/detect-gates.test.ts checks every gate against its pattern.
 *
 * All gates are answered by one scan per text: a lookahead at every position where some gate word
 * starts reports the longest word there, and that word stands for every gate word that is its prefix
 * (the only other words that can start at the same position). So a text holds a gate's word exactly
 * when the scan's bitmask has the gate's bit.
 */

/** A gate is one bit of the mask `gatesOf` returns. */
export type Gate = number;

/** Gate bits by word (a word may belong to several gates). */
const WORDS = new Map<string, number>();
let nextBit = 1;

/** Defines a gate from its words, separated by '|'. At most 31 gates. */
export function gate(words: string): Gate {
  const bit = nextBit;
  nextBit *= 2;
  for (const w of words.split('|')) WORDS.set(w, (WORDS.get(w) ?? 0) | bit);
  return bit;
}

/** The words of a gate (tests). */
export function gateWords(g: Gate): string[] {
  return [...WORDS].filter(([, bits]) => bits & g).map(([w]) => w);
}

/** The last text scanned and its mask: the rules ask about one text many times in a row. */
let last = { norm: '', mask: 0 };

let scanner: { re: RegExp; masks: Map<string, number>; bits: number } | undefined;
/** Built on first use, when every module has defined its gates (and again should a gate come later). */
function gateScanner(): { re: RegExp; masks: Map<string, number> } {
  if (scanner?.bits !== nextBit) {
    last = { norm: '', mask: 0 };
    const words = [...WORDS.keys()].sort((a, b) => b.length - a.length);
    // A word stands for each gate word that is a prefix of it: looked up prefix by prefix (a few thousand
    // lookups; comparing every word with every other took about 3 ms of the page's first slice).
    const prefixMask = (w: string) => {
      let mask = 0;
      for (let end = 1; end <= w.length; end++) mask |= WORDS.get(w.slice(0, end)) ?? 0;
      return mask;
    };
    const masks = new Map(words.map((w) => [w, prefixMask(w)]));
    const alternatives = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    scanner = { re: new RegExp(`(?=(${alternatives}))`, 'g'), masks, bits: nextBit };
  }
  return scanner;
}

/** The one scan's pattern (the safety tests check it with the others, utils/detect/patterns.ts). */
export const gatePattern = (): RegExp => gateScanner().re;

/** The bits of every gate with a word in `norm`. */
export function gatesOf(norm: string): number {
  const { re, masks } = gateScanner();
  if (last.norm === norm) return last.mask;
  let mask = 0;
  re.lastIndex = 0;
  for (let m = re.exec(norm); m !== null; m = re.exec(norm)) {
    mask |= masks.get(m[1] ?? '') ?? 0;
    re.lastIndex = m.index + 1;
  }
  last = { norm, mask };
  return mask;
}

/** Whether `norm` holds one of the gate's words, so its pattern may match. */
export const admits = (norm: string, g: Gate): boolean => (gatesOf(norm) & g) !== 0;
