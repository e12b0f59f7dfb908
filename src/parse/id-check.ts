// A record's id when a number line or heading prints a number no question
// has: legislature 0, number 0, or a number past JavaScript's exact
// integers. OUTPUT.md and the published schema say both count from 1, so
// such a number never becomes the id: the next source that prints a real
// number does (the question heading after the number line), and without one
// the record has id null, reported where the impossible number stands.
import { diag } from '../diagnostics.js';
import type { Diagnostic, QuestionRecord } from '../types.js';
import { idFromNumbers } from './identifiers.js';
import { parseQuestionHeading } from './headings.js';
import { firstColumn, type Line } from './lines.js';

/** A question number as one source printed it. */
export interface PrintedNumber {
  /** What printed it, for messages: "number line", "question heading". */
  what: string;
  /** The number as it stands in the text ("0-8905"; a bare "0" in a bulletin heading). */
  printed: string;
  legislature: number;
  number: number;
  line: Line;
}

/**
 * Give a record that has no id yet the first printed number that is a
 * question number, in the order given (the caller's precedence), and report
 * the impossible ones: a warning beside a number that was kept, an error
 * (SENQ_NO_NUMBER) when none was.
 */
export function settleId(record: QuestionRecord, printed: ReadonlyArray<PrintedNumber | null>, diagnostics: Diagnostic[]): void {
  if (record.id !== null) return;
  const seen = printed.flatMap((c) => (c ? [{ ...c, id: idFromNumbers(c.legislature, c.number) }] : []));
  const kept = seen.find((c) => c.id !== null);
  const impossible = seen.filter((c) => c.id === null);
  if (kept?.id) {
    Object.assign(record, kept.id);
    for (const c of impossible) {
      diagnostics.push(
        diag('SENQ_NUMBER_MISMATCH', `the ${c.what} says ${c.printed}, which is no question number; the ${kept.what}'s ${record.id} is kept`, c.line.no, firstColumn(c.line)),
      );
    }
    return;
  }
  const first = impossible[0];
  if (first) {
    const why = first.legislature > Number.MAX_SAFE_INTEGER || first.number > Number.MAX_SAFE_INTEGER ? 'too large to hold exactly' : 'legislatures and numbers count from 1';
    diagnostics.push(
      diag(
        'SENQ_NO_NUMBER',
        `the ${first.what} says ${first.printed}, which is no question number (${why}); the record has id null`,
        first.line.no,
        firstColumn(first.line),
      ),
    );
  }
}

/** The number a number line prints: its legislature and number as matched. */
export function numberLinePrinted(legislature: string, number: string, line: Line): PrintedNumber {
  return { what: 'number line', printed: `${legislature}-${number}`, legislature: Number(legislature), number: Number(number), line };
}

/** The number a question heading prints (a bulletin's may take its legislature from the bulletin). */
export function headingPrinted(heading: Pick<PrintedNumber, 'printed' | 'legislature' | 'number'>, line: Line): PrintedNumber {
  return { what: 'question heading', printed: heading.printed, legislature: heading.legislature, number: heading.number, line };
}

/** The number a screen or print question heading prints, if the line is one. */
export function printedHeading(line: Line | undefined): PrintedNumber | null {
  const heading = line ? parseQuestionHeading(line.text) : null;
  return heading && line ? headingPrinted(heading, line) : null;
}
