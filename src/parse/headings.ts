// Question and answer headings (§12, §14). Both are matched as whole lines,
// never inside body text.
import { diag } from '../diagnostics.js';
import type { Diagnostic, Language } from '../types.js';
import { readPrintedDate } from './date-report.js';
import { NO_FR, NO_NL } from './identifiers.js';
import { firstColumn, type Line } from './lines.js';

export interface QuestionHeading {
  legislature: number;
  number: number;
  /** The number as printed: "5-8905". */
  printed: string;
  dateText: string;
  /** The text inside the final brackets, e.g. "Vraag gesteld in het Nederlands". */
  tag: string;
  language: Language;
}

// Screen and print headings; prints prefix "SENAAT Schriftelijke vraag" / "SÉNAT Question écrite".
const NL_HEADING = new RegExp(
  `^(?:SENAAT Schriftelijke vraag|Vraag) ${NO_NL} ?(\\d+)-(\\d+) d\\.d\\. (.+?) ?: ?\\((.*)\\)$`,
  'u',
);
const FR_HEADING = new RegExp(
  `^(?:SÉNAT Question écrite|Question) ${NO_FR} ?(\\d+)-(\\d+) du (.+?) ?: ?\\((.*)\\)$`,
  'u',
);

/** Match a line against a Dutch and a French pattern: the match and its language, or null. */
export function matchByLanguage(text: string, nl: RegExp, fr: RegExp): { m: RegExpExecArray; language: Language } | null {
  const m = nl.exec(text);
  if (m) return { m, language: 'nl' };
  const f = fr.exec(text);
  return f ? { m: f, language: 'fr' } : null;
}

export function parseQuestionHeading(text: string): QuestionHeading | null {
  // Both patterns end in `\)$`; without that, `(.+?) ?: ?\((.*)\)$` tries
  // every ": (" on the line and backtracks quadratically (0.6 MB took 5 minutes).
  if (!text.endsWith(')')) return null;
  const found = matchByLanguage(text, NL_HEADING, FR_HEADING);
  if (!found) return null;
  const { m, language } = found;
  return { legislature: Number(m[1]), number: Number(m[2]), printed: `${m[1]}-${m[2]}`, dateText: m[3] ?? '', tag: m[4] ?? '', language };
}

const ORIGINAL: Record<string, Language> = {
  'vraag gesteld in het nederlands': 'nl',
  'question posée en néerlandais': 'nl',
  'n.': 'nl',
  'vraag gesteld in het frans': 'fr',
  'question posée en français': 'fr',
  'fr.': 'fr',
};

/** The original language named by a heading tag; null for anything else (German…). */
export function originalLanguageOf(tag: string): Language | null {
  return ORIGINAL[tag.trim().toLowerCase()] ?? null;
}

/** originalLanguageOf, with SENQ_LANGUAGE_UNKNOWN at `line`:`column` when the tag names neither language. */
export function languageOrReport(tag: string, line: Line, column: number, diagnostics: Diagnostic[]): Language | null {
  const language = originalLanguageOf(tag);
  if (language === null) diagnostics.push(diag('SENQ_LANGUAGE_UNKNOWN', `original language "${tag}" is neither Dutch nor French`, line.no, column));
  return language;
}

export interface AnswerHeading {
  dateText: string | null;
  language: Language;
  /**
   * A form never observed (§14 [U]): the final colon missing (taken only when
   * the date parses in full), or no date at all ("Réponse reçue le :").
   */
  unobserved?: 'no colon' | 'no date';
}

// The date must hold a digit: "Réponse reçue le plus souvent par …:" is a
// question paragraph, not a heading (§14: match the heading as a whole line,
// never body text). Any date with a digit is one, parsed or not: "mardi 1er
// octobre 2013", "1/10/13" and "1 oktober" are headings whose date is
// reported, and their answers stay answers.
export const ANSWER_DATE = '([^:]{0,60}?\\d[^:]{0,60}?)';
const NL_ANSWER = new RegExp(`^(?:SENAAT )?Antwoord ontvangen op ${ANSWER_DATE} ?:$`, 'u');
const FR_ANSWER = new RegExp(`^(?:SÉNAT )?Réponse reçue le ${ANSWER_DATE} ?:$`, 'u');

const NL_DATELESS = /^(?:SENAAT )?Antwoord ontvangen op ?:$/u;
const FR_DATELESS = /^(?:SÉNAT )?Réponse reçue le ?:$/u;
const NL_NO_COLON = /^(?:SENAAT )?Antwoord ontvangen op (\S.{0,60})$/u;
const FR_NO_COLON = /^(?:SÉNAT )?Réponse reçue le (\S.{0,60})$/u;
const startsLikeAnswer = (text: string) =>
  text.startsWith('Antwoord ontvangen op') || text.startsWith('Réponse reçue le') || text.startsWith('SENAAT ') || text.startsWith('SÉNAT ');

/** SENQ_FORM_UNOBSERVED for an answer heading in a form never observed; nothing for the observed form. */
export function headingFormReport(heading: AnswerHeading, line: Line): Diagnostic[] {
  if (!heading.unobserved) return [];
  return [diag('SENQ_FORM_UNOBSERVED', `an answer heading with ${heading.unobserved} was never observed; read as one`, line.no, firstColumn(line))];
}

export function parseAnswerHeading(text: string): AnswerHeading | null {
  // Every answer line is asked: almost none starts like a heading, and those are out at once.
  if (!startsLikeAnswer(text)) return null;
  if (text.endsWith(':')) {
    const found = matchByLanguage(text, NL_ANSWER, FR_ANSWER);
    if (found) return { dateText: found.m[1] ?? null, language: found.language };
    const dateless = matchByLanguage(text, NL_DATELESS, FR_DATELESS);
    return dateless ? { dateText: null, language: dateless.language, unobserved: 'no date' } : null;
  }
  // Without the colon, only a date that parses in full makes the line a
  // heading: "Réponse reçue le plus souvent par courrier" stays text.
  const bare = matchByLanguage(text, NL_NO_COLON, FR_NO_COLON);
  const dateText = bare?.m[1] ?? '';
  if (!bare || readPrintedDate(dateText) === null) return null;
  return { dateText, language: bare.language, unobserved: 'no colon' };
}
