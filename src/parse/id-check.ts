// The last word on a record's id, whatever variant found it: legislatures and
// question numbers count from 1 (OUTPUT.md: legislature 1..n; the published
// schema says both are positive). A number line or heading reading "0-8905",
// "5-0" or a number past JavaScript's exact integers gives no id, with an
// error, rather than a record that breaks the contract or an id the text
// does not hold ("5-99999999999999999999" would become "5-100000000000000000000").
import { diag } from '../diagnostics.js';
import type { Parsed } from './document.js';
import type { Line } from './lines.js';

const countsFromOne = (n: number | null): boolean => n !== null && Number.isSafeInteger(n) && n >= 1;

/** Null a record's id when it is not a question number, and say where the text gave it. */
export function checkId(p: Parsed, lines: readonly Line[]): void {
  const { record } = p;
  if (record.id === null || (countsFromOne(record.legislature) && countsFromOne(record.number))) return;
  const at = findPrinted(lines, p, record.legislature, record.number);
  const printed = at ? at.text : record.id;
  const why = [record.legislature, record.number].some((n) => n !== null && n > Number.MAX_SAFE_INTEGER)
    ? 'is too large to be a question number'
    : 'is not a question number: legislatures and question numbers count from 1';
  p.diagnostics.push(diag('SENQ_NO_NUMBER', `"${printed}" ${why}; the record has id null`, at?.line ?? null, at?.column ?? null));
  record.id = null;
  record.legislature = null;
  record.number = null;
}

/** The first "L-N" in the record's lines that reads as these two numbers (none when the id came from a file name). */
function findPrinted(lines: readonly Line[], p: Parsed, legislature: number | null, number: number | null): { line: number; column: number; text: string } | null {
  for (const l of lines) {
    if (l.no < p.firstLine || l.no > p.lastLine) continue;
    for (const m of l.raw.matchAll(/(\d+)-(\d+)/gu)) {
      if (Number(m[1]) === legislature && Number(m[2]) === number) return { line: l.no, column: (m.index ?? 0) + 1, text: m[0] };
    }
  }
  return null;
}
