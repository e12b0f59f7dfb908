// Lexicon confirmation (FORMAT §19.6 rule 4): every word a repair touched must
// be a known word — in the shipped lexicon or among the document's own clean
// words. An apostrophe a repair produced is confirmed by the French elision
// or the Dutch `’s`/`’n` forms around it.
import { FRENCH_ELISIONS, isLetter, isVowel } from './charsets.js';
import type { Candidate } from './candidates.js';
import { lexiconKey, type Lexicon } from './lexicon.js';

export type Confirmation = 'lexicon' | 'rejected' | 'unchecked';

/** Anything that can answer "is this lexicon key known?". */
export interface WordSet {
  has(key: string): boolean;
}

export interface WordSource {
  lexicon: Lexicon;
  /** Lower-cased words of the clean parts of the document. */
  clean: WordSet;
}

/** One letter is no evidence (`Æ`, `À`): too many single letters are someone's word. */
export function known(word: string, src: WordSource): boolean {
  if (Array.from(word).length < 2) return false;
  return src.lexicon.has(word) || src.clean.has(lexiconKey(word));
}

/** The one-letter words French writes after each elision: l’a, m’y, qu’à, jusqu’à… */
const ONE_LETTER_AFTER: Record<string, readonly string[]> = {
  l: ['a', 'y'],
  m: ['a', 'y'],
  t: ['a', 'y'],
  n: ['a', 'y'],
  s: ['y'],
  j: ['y'],
  qu: ['a', 'à', 'y'],
  jusqu: ['à'],
  lorsqu: ['a', 'à', 'y'],
  puisqu: ['a', 'à', 'y'],
  quoiqu: ['a', 'à', 'y'],
  presqu: ['a', 'à', 'y'],
};

export function apostropheWordKnown(word: string, src: WordSource): boolean {
  // A one-letter elision standing alone (the lexicon lists "s'", "n'") is no
  // word of its own: clean Spanish "Sí" and Irish "Ní" became S’ and N’.
  if (/^\p{L}['’]$/u.test(word)) return false;
  if (known(word, src)) return true;
  const at = word.search(/['’]/u);
  if (at < 0) return false;
  const left = word.slice(0, at);
  const right = word.slice(at + 1);
  if (/['’]/u.test(right)) return false;
  // n’a, s’y, jusqu’à: one-letter words known() would refuse, but only
  // after the elisions that take them (no d’a: "Día" is not "D’a").
  const elided = left.toLowerCase();
  // Nothing after the apostrophe: a longer elision (jusqu’ before a space);
  // a one-letter one alone was refused above.
  // A capitalised name after the elision (d’Hondt, L’Oréal) needs no lexicon:
  // a lower-case letter, an apostrophe's image and a capital (díHondt) is no
  // clean word in any language. (An ASCII capital: one a path made, as P2's
  // È from é in l’école, is no name.)
  if (FRENCH_ELISIONS.has(elided)) {
    return right === '' || (ONE_LETTER_AFTER[elided]?.includes(right.toLowerCase()) ?? false) || known(right, src) || /^[A-Z]\p{Ll}+$/u.test(right);
  }
  // Dutch plural and genitive after a vowel: foto’s, café’s. A lower-case
  // stem the lexicon lacks (pc, menu) is taken on its shape; a capitalised
  // one must be known and of three letters or more (Anna’s, when "Anna" is
  // a word of the page): else a clean name ending in "ís" (Lluís, Anaís,
  // Luís: "Lu" is French "lu") read as one.
  if (right === 's' && left.length >= 2 && isVowel(left[left.length - 1])) return /^[a-z]+$/u.test(left) || (left.length >= 3 && known(left, src));
  return false;
}

/** Check each word of the candidate that holds a repaired character. */
export function confirm(c: Candidate, src: WordSource): Confirmation {
  const repaired = new Set(c.repaired);
  const text = c.text;
  let checked = 0;
  let i = 0;
  while (i < text.length) {
    if (!isLetter(text[i]) && !((text[i] === '’' || text[i] === "'") && isLetter(text[i + 1]))) {
      i++;
      continue;
    }
    let e = i;
    let touched = false;
    while (e < text.length && (isLetter(text[e]) || ((text[e] === '’' || text[e] === "'") && isLetter(text[e + 1])) || ((text[e] === '’' || text[e] === "'") && e > i && text[e + 1] === undefined))) {
      if (repaired.has(e)) touched = true;
      e++;
    }
    if (touched) {
      checked++;
      const word = text.slice(i, e);
      if (!apostropheWordKnown(word, src)) return 'rejected';
    }
    i = e;
  }
  return checked > 0 ? 'lexicon' : 'unchecked';
}
