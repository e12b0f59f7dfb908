// One CSV dialect for the wide CSV and the long tables, so `--excel` and
// `--delimiter` mean the same everywhere.
import type { Options } from 'csv-stringify/sync';
import { CONTROLS, visibleControls } from '../util/controls.js';
import { lazyRequire } from '../util/lazy-require.js';
import type { FormatOptions } from './index.js';
import type { Cell } from './columns.js';

export const BOM = '\uFEFF';

const csvStringify = lazyRequire<typeof import('csv-stringify/sync')>('csv-stringify/sync');

export interface CsvDialect {
  /** Text that goes before the header (the BOM in Excel mode). */
  preamble: string;
  rows(rows: readonly (readonly Cell[])[]): string;
}

/**
 * One character, not a quote or a line break; with --excel not "'" either
 * (the formula prefix is added after csv-stringify decides on quoting, so a
 * prefixed cell would go out unquoted and split the row).
 */
export function validDelimiter(delimiter: string, excel: boolean): boolean {
  // Not a control character either: written escaped (\x1f) like any control, it would separate nothing.
  return [...delimiter].length === 1 && !/["\r\n]/u.test(delimiter) && !CONTROLS.test(delimiter) && !(excel && delimiter === "'");
}

/** "5-8905", "3-77": what Excel turns into a month and year. ISO dates (2013-04-30) are dates and may become ones. */
const LOOKS_LIKE_DATE = /^\d{1,2}-\d{1,5}$/u;

export function csvDialect(options: FormatOptions): CsvDialect {
  const excel = options.excel === true;
  const delimiter = options.delimiter ?? (excel ? ';' : ',');
  if (!validDelimiter(delimiter, excel)) throw new Error(`invalid CSV delimiter ${JSON.stringify(delimiter)}`);
  const settings: Options = {
    delimiter,
    // RFC 4180 quoting throughout. Line ends: "\n" by default, which every
    // CSV reader accepts and line tools (grep, wc) expect; CRLF for Excel.
    record_delimiter: excel ? 'windows' : 'unix',
    // The trap: once record_delimiter is set, csv-stringify only quotes a
    // field holding that exact delimiter, so with CRLF a bare "\n" in an
    // answer would go out unquoted and split the row. Always quote on any
    // line break.
    quote_record_delimiter: true,
    // Excel (and LibreOffice, Google Sheets) run a cell starting with = + - @
    // (or tab/CR, or their full-width forms) as a formula: csv-stringify
    // prefixes such cells with "'". The default mode writes data unchanged
    // so that CSV tools read back exactly what the record holds.
    escape_formulas: excel,
    // A cell that starts with "'" gets one more in Excel mode, so that a
    // reader removes exactly one leading "'" from every cell that has one
    // ("'=1" read back is "'=1", not "=1"). So does a question or bulletin
    // number ("5-8905", "3-77"): Excel reads "number-number" as a month and
    // a year and would show "Mar-77" for bulletin 3-77.
    ...(excel ? { cast: { string: (value: string) => (value.startsWith("'") || LOOKS_LIKE_DATE.test(value) ? `'${value}` : value) } } : {}),
  };
  return {
    preamble: excel ? BOM : '',
    // Control characters become visible escapes (\x1b): a CSV is often looked
    // at with cat or less, and an input's ESC sequence must not run there.
    rows: (rows) => (rows.length === 0 ? '' : visibleControls(csvStringify().stringify(rows as Cell[][], settings))),
  };
}
