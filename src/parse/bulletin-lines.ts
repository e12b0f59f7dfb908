// The lines of an old Bulletin of Questions and Answers (§6): furniture,
// minister headings, question headings, titles and inline answers.
import type { Language } from '../types.js';
import { matchByLanguage } from './headings.js';
import { NO_FR, NO_NL } from './identifiers.js';
import { endsSentence } from './lines.js';

export const BULLETIN_TITLE = /^(?:Vragen en Antwoorden|Questions et Réponses)$/iu;
export const BULLETIN_MASTHEAD = /^(?:Belgische Senaat|Sénat de Belgique)$/iu;
export const BULLETIN_NUMBER = /^Bulletin (\d+)-(\d+)$/u;
export const BULLETIN_SESSION = /^(?:ZITTING|SESSION DE) \d{4}-\d{4}$/iu;
/**
 * The legend, whole (§6.3): furniture, so its line is claimed and dropped.
 * Only the full line counts: a line that merely begins like it (text glued
 * on, a legend run into the next line) must stay visible as unclaimed text.
 */
const LEGEND_HALF = String.raw`\((?:N\.|Fr\.)\) ?: ?(?:Vraag gesteld in (?:het|['’]t) (?:Nederlands|Frans)|Question posée en (?:français|néerlandais))`;
export const BULLETIN_LEGEND = new RegExp(`^${LEGEND_HALF} - ${LEGEND_HALF}$`, 'iu');

/**
 * Section headings (§6.3). The leg-2 NL heading breaks before its
 * "(Art. 66 …)" line; that line is recognised on its own. Any other section
 * heading is [U]: it stays text of the question before, reported as
 * SENQ_HEADING_DOUBT when a minister or question heading follows it.
 */
export function isSectionHeading(text: string): boolean {
  return (
    /^Vragen waarop niet werd geantwoord binnen de tijd bepaald door het reglement(?: \(Art\. \d+ van het reglement van de Senaat\))?$/u.test(text) ||
    /^\(Art\. \d+ van het reglement van de Senaat\)$/u.test(text) ||
    /^Questions posées par les Sénateurs et réponses données par les Ministres$/u.test(text)
  );
}

export interface BulletinHeading {
  legislature: number | null;
  number: number;
  /** The number as printed: "3-2001", or a bare "951". */
  printed: string;
  /** The author as printed after "van"/"de", honorific included. */
  who: string;
  dateText: string;
  /** The original language as printed in brackets: "N.", "Fr.", or (§16 [U]) anything else. */
  tag: string;
  language: Language;
  /** What a heading never observed in this form lacks or has instead (§6.3 [U]); absent for the observed form. */
  unobserved?: string[];
}

// Bounded month: an unbounded \p{L}+ overflows V8's regexp stack on a multi-megabyte letter run.
const DATE = '(\\d{1,2}(?:er)? \\p{L}{1,20} \\d{4})';
// The language tag: "N." or "Fr." are known; another short tag ("(D.)") is
// [U] and still a heading, or its question would be lost in the one before.
const TAG = '\\(([^()]{1,12})\\)';
const NL_HEADING = new RegExp(`^Vraag ${NO_NL} ?(?:(\\d+)-)?(\\d+) van (.+?) d\\.d\\. ${DATE} ${TAG} ?:$`, 'u');
const FR_HEADING = new RegExp(`^Question ${NO_FR} ?(?:(\\d+)-)?(\\d+) de (.+?) du ${DATE} ${TAG} ?:$`, 'u');

// The same without the language tag or the final colon, or with a numeric
// date: a heading slightly off was swallowed, with its whole question, by
// the question before it, in silence. Read, and said (§1: accept, report).
const ANY_DATE = '(\\d{1,2}(?:er)? \\p{L}{1,20} \\d{4}|\\d{1,2}/\\d{1,2}/\\d{4})';
const NL_LENIENT = new RegExp(`^Vraag ${NO_NL} ?(?:(\\d+)-)?(\\d+) van (.+?) d\\.d\\. ${ANY_DATE}(?: ${TAG})? ?(:?)$`, 'u');
const FR_LENIENT = new RegExp(`^Question ${NO_FR} ?(?:(\\d+)-)?(\\d+) de (.+?) du ${ANY_DATE}(?: ${TAG})? ?(:?)$`, 'u');

/** A line that starts like a bulletin question heading ("Vraag nr. 3-", "Question nº 12"), whether or not it reads as one. */
export const HEADING_START = new RegExp(`^(?:Vraag ${NO_NL}|Question ${NO_FR}) ?\\d`, 'u');

export function parseBulletinHeading(text: string): BulletinHeading | null {
  const strict = matchByLanguage(text, NL_HEADING, FR_HEADING);
  if (strict) return headingOf(strict.m, strict.language);
  const lenient = matchByLanguage(text, NL_LENIENT, FR_LENIENT);
  if (!lenient) return null;
  const { m } = lenient;
  const unobserved = [
    ...(m[4]?.includes('/') ? ['a numeric date'] : []),
    ...(m[5] === undefined ? ['no language tag'] : []),
    ...(m[6] === '' ? ['no final colon'] : []),
  ];
  return { ...headingOf(m, lenient.language), unobserved };
}

/** The heading's parts from a match of either form (groups: legislature, number, who, date, tag). */
function headingOf(m: RegExpExecArray, language: Language): BulletinHeading {
  return {
    legislature: m[1] ? Number(m[1]) : null,
    number: Number(m[2]),
    printed: m[1] ? `${m[1]}-${m[2]}` : (m[2] ?? ''),
    who: m[3] ?? '',
    dateText: m[4] ?? '',
    tag: m[5] ?? '',
    language,
  };
}


// §6.4's office words, plus their feminine forms ("Vice-première ministre")
// and the unaccented capital ("Secrétaire d'Etat") that French print uses.
// Unaccented and capitalised forms too ("SECRETAIRE D'ETAT"), and the
// government commissioners, who also answered questions.
const OFFICE =
  /^(?:Minister|Ministre|Vice-eerste ?minister|Vice-premi(?:er|[èe]re) ministre|Eerste ?minister|Premi(?:er|[èe]re) ministre|Staatssecretaris|Secr[ée]taire d['’][ée]tat|Regeringscommissaris|Commissaire du gouvernement)\b/iu;

/** The office-word and punctuation tests of a minister heading (§6.4); the caller checks what follows. */
export function looksLikeMinisterHeading(text: string): boolean {
  return OFFICE.test(text) && !endsSentence(text);
}

/**
 * A heading's shape without a known office word: short, capitalised, no
 * final punctuation. Right before a minister or question heading it may be
 * an office §6.4 does not list, an unknown section heading, or the last line
 * of the question before: kept as text, but reported.
 */
export function looksLikeUnknownHeading(text: string): boolean {
  // Three words at least: a last line such as "Bijlage", "Tabel 1" or a
  // list's "Oost-Vlaanderen" is no heading; offices and sections are longer.
  return text.length <= 160 && /^\p{Lu}/u.test(text) && !endsSentence(text) && !OFFICE.test(text) && (text.match(/\p{L}+/gu) ?? []).length >= 3;
}


/** "Réponse : text" / "Antwoord : text" opening a paragraph: the inline answer (§14). */
export const INLINE_ANSWER = /^(?:Réponse|Antwoord)\s*:\s*/u;

/**
 * Bulletin titles (§8.3): segments joined by ". — " (leg. 3) or by a full stop
 * and two or more spaces (leg. 2). The split runs on the raw line, before
 * whitespace is collapsed; each segment loses its final full stop.
 */
export function splitBulletinTitle(raw: string): string[] {
  return raw
    .trim()
    .split(/\.\s+—\s+|\.[ \u00a0]{2,}/u)
    .map((s) => s.replace(/\s+/gu, ' ').trim().replace(/\.$/u, '').trim())
    .filter((s) => s !== '');
}
