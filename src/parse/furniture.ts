// Page furniture of the printer versions (§4, §5): mastheads, session and
// date lines, separators and number lines. Shared by detection and the print
// parsers so that both recognise exactly the same lines.
import { parseLongDate } from './dates.js';
import { NO_FR, NO_NL } from './identifiers.js';

/** Line 1 of a screen page: the links to the printer versions. */
export const LINK_LABELS = /^(?:Tweetalige printerversie Eentalige printerversie|Version à imprimer bilingue Version à imprimer unilingue)$/u;

export const BILINGUAL_MASTHEAD = /^SÉNAT DE BELGIQUE BELGISCHE SENAAT$/u;
/** "Question écrite n° 4-6801 Schriftelijke vraag nr. 4-6801": groups 1-2 FR, 3-4 NL. */
export const BILINGUAL_NUMBER = new RegExp(
  `^Question écrite ${NO_FR} ?(\\d+)-(\\d+) Schriftelijke vraag ${NO_NL} ?(\\d+)-(\\d+)$`,
  'u',
);
export const PRINT_MASTHEAD = /^(BELGISCHE SENAAT|SÉNAT DE BELGIQUE)$/u;
/** "SENAAT Schriftelijke vraag nr. 4-5210" / "SÉNAT Question écrite n° 4-2999": groups 3-4 hold L-N. */
export const PRINT_NUMBER = new RegExp(
  `^(?:(SENAAT) Schriftelijke vraag ${NO_NL}|(SÉNAT) Question écrite ${NO_FR}) ?(\\d+)-(\\d+)$`,
  'u',
);
/** "Zitting 2009-2010", "Session 2009-2010", or both on one line (bilingual). */
export const SESSION_LINE = /^(?:(?:Zitting|Session) \d{4}-\d{4} ?)+$/u;

/**
 * Separators: 8 underscores (print), 16 (bilingual header) or 8 + space + 8
 * (bilingual, from the descriptors on). Any run of 4 or more is accepted, as a
 * copy-paste can shorten them.
 */
export function isSeparator(text: string): boolean {
  return /^_{4,}(?: _{4,})?$/u.test(text);
}

/** A line that is one long date ("18 november 2009"), or two (bilingual: FR then NL). */
export function dateLineDates(text: string): { dates: string[]; unparsed: string[] } | null {
  const one = parseLongDate(text);
  if (one) return { dates: [one], unparsed: [] };
  // Month names are short; an unbounded \p{L}+ overflows V8's regexp stack on a multi-megabyte letter run.
  const m = /^(\d{1,2}(?:er)? \p{L}{1,20} \d{4}) (\d{1,2} \p{L}{1,20} \d{4})$/u.exec(text);
  if (!m) return null;
  const texts = [m[1] ?? '', m[2] ?? ''];
  const parsed = texts.map((t) => parseLongDate(t));
  if (parsed.every((d) => d === null)) return null;
  // One of two printed dates that does not parse is reported, never dropped in silence.
  return { dates: parsed.filter((d): d is string => d !== null), unparsed: texts.filter((_, i) => parsed[i] === null) };
}
