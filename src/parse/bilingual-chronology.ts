// The bilingual chronology (§5.2, §5.3): printed twice, identically, always
// with Dutch event names, and with each deadline on its own line after the
// sent row. The first half is kept when the halves agree; otherwise every row
// is kept and SENQ_CHRONOLOGY_HALVES says so.
import { diag } from '../diagnostics.js';
import type { ChronologyEntry, Diagnostic } from '../types.js';
import { isChronologyRow, isDeadlineLine, parseChronology } from './chronology.js';
import { firstColumn, type Line } from './lines.js';

/**
 * Two copies that differ are one SENQ_CHRONOLOGY_HALVES. Their order, and
 * the sending rows that then seem repeated with other dates
 * (parseChronology's only DATE_MISMATCH), would say the same again. (Answer
 * rows keep their report, as before: a copy can hold two answer rows of its
 * own, which the halves' report would not say.)
 */
const SAID_BY_HALVES = new Set(['SENQ_CHRONOLOGY_ORDER', 'SENQ_DATE_MISMATCH']);

export interface BilingualChronology {
  entries: ChronologyEntry[];
  deadline: string | null;
  lines: Line[];
  diagnostics: Diagnostic[];
}

export function parseDoubledChronology(region: readonly Line[]): BilingualChronology {
  const rowLines = region.filter((l) => isChronologyRow(l.text) || isDeadlineLine(l.text));
  const all = parseChronology(rowLines);
  const n = all.entries.length;
  const rows = rowLines.filter((l) => isChronologyRow(l.text));
  const same = (a?: ChronologyEntry, b?: ChronologyEntry) => !!a && !!b && a.date === b.date && a.label === b.label;
  if (n > 0 && n % 2 === 0 && all.entries.slice(0, n / 2).every((e, i) => same(e, all.entries[i + n / 2]))) {
    const secondStart = rows[n / 2] as Line;
    const cut = rowLines.indexOf(secondStart);
    const first = parseChronology(rowLines.slice(0, cut));
    const second = parseChronology(rowLines.slice(cut));
    const diagnostics = [...first.diagnostics];
    if (second.deadline !== first.deadline) {
      diagnostics.push(
        diag(
          'SENQ_CHRONOLOGY_HALVES',
          `the two copies of the chronology print different deadlines (${first.deadline ?? 'none'}, ${second.deadline ?? 'none'}); the first is kept`,
          secondStart.no,
          firstColumn(secondStart),
        ),
      );
    }
    // A deadline line lost from the first copy is still printed in the second.
    return { entries: first.entries, deadline: first.deadline ?? second.deadline, lines: rowLines, diagnostics };
  }
  const diagnostics = all.diagnostics.filter((d) => !SAID_BY_HALVES.has(d.code));
  if (n > 0) {
    const at = rows[0] as Line;
    diagnostics.push(
      diag('SENQ_CHRONOLOGY_HALVES', `the chronology is not two identical copies (${n} rows); all rows are kept`, at.no, firstColumn(at)),
    );
  }
  return { entries: all.entries, deadline: all.deadline, lines: rowLines, diagnostics };
}
