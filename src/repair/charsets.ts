// What Dutch and French text is made of, and what counts as legitimate in it.
// These sets gate every repair: a candidate must be written in NL/FR
// orthography, and clean punctuation in its normal place is never damage.

/** Accented lower-case letters of Dutch and French (incl. Dutch stress accents). */
export const NLFR_ACCENTED_LOWER = 'àâäçéèêëîïôöùûüÿœæáíóú';
export const NLFR_ACCENTED_UPPER = 'ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆÁÍÓÚ';

/** Punctuation and symbols clean NL/FR text legitimately holds (FORMAT §19.4). */
export const NLFR_PUNCT = '«»‘’“”–—…°º€§©®\u00a0';

/** Every character a repair may produce. */
export const REPERTOIRE: readonly string[] = Array.from(NLFR_ACCENTED_LOWER + NLFR_ACCENTED_UPPER + NLFR_PUNCT);

const ACCENTED = new Set(Array.from(NLFR_ACCENTED_LOWER + NLFR_ACCENTED_UPPER));
const ACCENTED_LOWER = new Set(Array.from(NLFR_ACCENTED_LOWER));
const PUNCT = new Set(Array.from(NLFR_PUNCT));

export function isNlFrLetter(ch: string): boolean {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ACCENTED.has(ch);
}

export function isNlFrAccentedLower(ch: string): boolean {
  return ACCENTED_LOWER.has(ch);
}

export function isNlFrPunct(ch: string): boolean {
  return PUNCT.has(ch);
}

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const DIGIT = /\p{Nd}/u;

export const isLetter = (ch: string | undefined): boolean => ch !== undefined && LETTER.test(ch);
export const isLower = (ch: string | undefined): boolean => ch !== undefined && LOWER.test(ch);
export const isUpper = (ch: string | undefined): boolean => ch !== undefined && UPPER.test(ch);
export const isDigit = (ch: string | undefined): boolean => ch !== undefined && DIGIT.test(ch);

/**
 * Characters that §19.3 calls ambiguous: each is a plausible clean character,
 * so document-path evidence alone never repairs them. Rule 7's list, and
 * `š`/`Š` (P1's ä and á, P2's ö; Dutch and French hardly have ä, while
 * Slavic names are full of š: Maroš, Košice became Maroä, Koäice), and
 * symbols clean text has next to words: `†` (P1's NBSP: †1944 became a
 * space), `™ • ‰` (P2's ô ï â: Citroën™ became Citroënô). (Not P2's `¡`
 * for °: `¡C` is °C far more often than Spanish.)
 */
export const AMBIGUOUS_SEEN = new Set(Array.from('íóú…«»‘‚ÄßÁÍÓÔšŠ†™•‰\u00a0'));

/** French elided prefixes before an apostrophe (l’homme, qu’il, jusqu’à). */
export const FRENCH_ELISIONS = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'ç', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu', 'quelqu']);

const VOWELS = new Set(Array.from('aeiouyéèêëàâäîïôöùûü'));
export const isVowel = (ch: string | undefined): boolean => ch !== undefined && VOWELS.has(ch.toLowerCase());
