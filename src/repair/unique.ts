// The `ge´nformeerd` case (FORMAT §19.6 rule 8): an acute accent U+00B4 where
// a letter belongs. No known path explains it, so the lexicon alone decides:
// repair only when exactly one NL/FR accented letter in its place gives a word.
import { NLFR_ACCENTED_LOWER } from './charsets.js';
import { apostropheWordKnown, known, type WordSource } from './confirm.js';

export const ACUTE_IN_WORD = /\p{L}´\p{L}/gu;

const NO_WORDS = { has: () => false };

/** The single completion, or null when there is none or several. */
export function uniqueCompletion(core: string, src: WordSource): string | null {
  if (!/^[\p{L}´'’-]+$/u.test(core)) return null;
  const at = core.indexOf('´');
  if (at < 0 || core.indexOf('´', at + 1) >= 0) return null;
  // `´` typed for an apostrophe (`l´a`, `l´État`, `aujourd´hui`): a letter
  // in its place is a guess (`l´a` is no `léa`), so it is left, and warned
  // of. Only the shipped lexicon is asked: the page's own words would make
  // `d´pense` an elision wherever "pense" occurs.
  if (apostropheWordKnown(core.replace('´', '’'), { lexicon: src.lexicon, clean: NO_WORDS })) return null;
  let found: string | null = null;
  for (const letter of NLFR_ACCENTED_LOWER) {
    const word = core.slice(0, at) + letter + core.slice(at + 1);
    const parts = word.split('-');
    if (parts.every((p) => known(p, src) || !/[^\x00-\x7f]/u.test(p))) {
      if (found !== null) return null;
      found = word;
    }
  }
  return found;
}
