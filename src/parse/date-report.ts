// One way to read a printed date and report it when it does not parse:
// chronology rows, author lines, headings and bulletin headings all use it.
import { diag } from '../diagnostics.js';
import type { Diagnostic } from '../types.js';
import { parseLongDate, parseNumericDate } from './dates.js';
import { columnOf, firstColumn, type Line } from './lines.js';
import { escapeRegExp } from '../util/regexp.js';

/**
 * "30/4/2013" or "30 april 2013" (a numeric date where a long one is usual,
 * "d.d. 30/4/2013", is read too) as YYYY-MM-DD; null, with
 * SENQ_DATE_UNPARSED at the date's place on `line`, when it does not exist
 * or does not parse. Null text (no date printed) is no error.
 */
export function dateOrReport(text: string | null, line: Line, diagnostics: Diagnostic[]): string | null {
  if (text === null) return null;
  const date = readPrintedDate(text);
  if (date === null) {
    // The text as read has one space where the line may have two, a tab or
    // an NBSP: look for its words with any spaces between.
    const at = line.raw.search(new RegExp(text.trim().split(/\s+/u).map(escapeRegExp).join('\\s+'), 'u'));
    diagnostics.push(
      diag('SENQ_DATE_UNPARSED', `date "${text}" does not exist or does not parse`, line.no, at >= 0 ? columnOf(line.raw, at) : firstColumn(line)),
    );
  }
  return date;
}

/** A printed date, numeric or long, as YYYY-MM-DD; null when it does not parse. */
export function readPrintedDate(text: string): string | null {
  return text.includes('/') ? parseNumericDate(text) : parseLongDate(text);
}
