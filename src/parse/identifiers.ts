// Question numbers: "L-N" ids and the number lines that carry them (§9).

export interface QuestionId {
  id: string;
  legislature: number;
  number: number;
}

function makeId(legislature: number, number: number): QuestionId {
  return { id: `${legislature}-${number}`, legislature, number };
}

/**
 * Legislatures and question numbers count from 1 (OUTPUT.md; the published
 * schema says positive), and a number past JavaScript's exact integers would
 * be written back as another number ("99999999999999999999" → 1e20).
 */
function isQuestionNumber(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 1;
}

/** The id of two numbers as printed; null when they are no question number ("0-8905", "5-0"). */
export function idFromNumbers(legislature: number, number: number): QuestionId | null {
  return isQuestionNumber(legislature) && isQuestionNumber(number) ? makeId(legislature, number) : null;
}

/** "5-8905" → id; null for anything else, 0-0 included (legislatures and numbers count from 1). */
export function parseId(s: string): QuestionId | null {
  const m = /^([1-9]\d?)-([1-9]\d{0,5})$/u.exec(s.trim());
  return m ? makeId(Number(m[1]), Number(m[2])) : null;
}

// `°` (U+00B0) and `º` (U+00BA) are interchangeable, with or without a space.
export const NO_FR = 'n\\s?[°º]';
export const NO_NL = 'nr\\.';

/** The language of a screen number line's match: its French label, or else Dutch. */
export function screenLanguage(m: RegExpExecArray): 'nl' | 'fr' {
  return m[2] ? 'fr' : 'nl';
}

/** The screen number line, exactly: "Schriftelijke vraag nr. 5-8905" / "Question écrite n° 5-8905". */
export const SCREEN_NUMBER_LINE = new RegExp(
  `^(?:(Schriftelijke vraag) ${NO_NL}|(Question écrite) ${NO_FR}) ?(\\d+)-(\\d+)$`,
  'u',
);
