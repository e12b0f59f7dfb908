// Chronology rows (§10) and the events they name.
import { diag } from '../diagnostics.js';
import type { ChronologyEntry, ChronologyEvent, Diagnostic } from '../types.js';
import { dateOrReport } from './date-report.js';
import { isReferenceLine } from './references.js';
import { endsSentence, firstColumn, type Line } from './lines.js';

// `\s*` between date and label: rows are glued ("30/4/2013Verzending vraag")
// or spaced. The year takes every digit glued to it: no label starts with a
// digit, so "3/3/20161Verzending vraag" is a sent row whose date does not
// parse (reported), not a 2016 row of an unknown "1Verzending vraag" event.
const ROW = /^(\d{1,2}\/\d{1,2}\/\d{4,})\s*\|?\s*(.*?)\s*\|?\s*$/u;
// The printed deadline, read as leniently as the event labels are: any case,
// the colon or the closing bracket missing, a short year. A date that does
// not parse is reported (SENQ_DATE_UNPARSED); the row keeps its event.
const DEADLINE = /\(\s*(?:Einde van de antwoordtermijn|Fin du délai de réponse)\s*:?\s*(\d{1,2}\/\d{1,2}\/\d+)\s*\)?/iu;
const DEADLINE_ONLY = new RegExp(`^${DEADLINE.source}$`, 'iu');

const EVENTS: Record<string, ChronologyEvent> = {
  'verzending vraag': 'sent',
  'envoi question': 'sent',
  rappel: 'reminder',
  antwoord: 'answered',
  réponse: 'answered',
  'dossier gesloten': 'closed',
  'dossier clôturé': 'closed',
  'einde zittingsperiode': 'lapsed',
  'fin de la législature': 'lapsed',
};

/** The printed labels of the known events, lower case. */
export const EVENT_LABELS: readonly string[] = Object.keys(EVENTS);

export function eventOf(label: string): ChronologyEvent {
  return EVENTS[label.toLowerCase()] ?? 'other';
}

/** A date alone on its line is no row. */
const DATE_ONLY = /^\d{1,2}\/\d{1,2}\/\d{4,}\s*$/u;

export function isChronologyRow(text: string): boolean {
  return ROW.test(text) && !DATE_ONLY.test(text);
}

/** A line of the rows-and-references block: a row, a deadline line or a reference line. */
export function isRegionLine(text: string): boolean {
  return isChronologyRow(text) || isDeadlineLine(text) || isReferenceLine(text);
}

/**
 * End (exclusive) of the block of rows and references that starts at
 * `start`: rows, deadline lines, references, a stray "Chronologie" and blank
 * lines, the rows before the references (FORMAT.md §7.2, §10.1). A dated line
 * past it is body text, not a row.
 */
export function endOfRowsAndReferences(lines: readonly Line[], start: number): number {
  let referencesSeen = false;
  let lastMarker: number | undefined;
  let i = start;
  for (; i < lines.length; i++) {
    const t = (lines[i] as Line).text;
    // One row test gives the label too: the dated-sentence test needs it.
    const label = labelOfRow(t);
    const row = label !== null;
    const reference = !row && isReferenceLine(t);
    if (referencesSeen && row) break;
    // (The last known row or reference is found once: a scan per candidate
    // would be quadratic on a file of dated sentences.)
    if (row && i > start && isDatedSentence(t, label) && i >= (lastMarker ??= lastRowOrReference(lines))) break;
    if (t !== '' && t !== 'Chronologie' && !row && !reference && !isDeadlineLine(t)) break;
    referencesSeen ||= reference;
  }
  return i;
}

/**
 * A body sentence that starts with a date ("15/11/2009 besliste de NMBS de
 * toiletten te sluiten."): an unknown event of five words or more that ends
 * a sentence or announces a list, printed without a table cell. Event labels
 * are short names ("Verzending vraag"), even the unknown ones; where blank
 * lines are lost (fragments) this is what ends the rows.
 */
function isDatedSentence(text: string, label: string): boolean {
  if (text.includes('|')) return false;
  return eventOf(label) === 'other' && endsSentence(label) && label.split(/\s+/u).length >= 5;
}

/** Index of the last known row or reference line (-1 if none): a long unknown event before it is still a row. */
function lastRowOrReference(lines: readonly Line[]): number {
  for (let j = lines.length - 1; j >= 0; j--) {
    const t = (lines[j] as Line).text;
    if (isKnownChronologyRow(t) || isReferenceLine(t)) return j;
  }
  return -1;
}

/** A chronology row whose label names a known event: "12/3/2019 melk kopen" is a dated note, not a row. */
export function isKnownChronologyRow(text: string): boolean {
  const label = labelOfRow(text);
  return label !== null && eventOf(label) !== 'other';
}

/** The label of a row line (deadline and pipe cell removed), or null when the line is no row. */
function labelOfRow(text: string): string | null {
  const m = ROW.exec(text);
  return m === null || DATE_ONLY.test(text) ? null : rowLabel(m[2] ?? '');
}

/** A row's label without its printed deadline and trailing pipe: "Envoi question (Fin du délai…) |" → "Envoi question". */
function rowLabel(raw: string): string {
  return raw.replace(DEADLINE, '').replace(/\s*\|\s*$/u, '').trim();
}

export function isDeadlineLine(text: string): boolean {
  return DEADLINE_ONLY.test(text);
}

export interface ChronologyParse {
  entries: ChronologyEntry[];
  deadline: string | null;
  /** The lines used, to be claimed by the caller. */
  lines: Line[];
  diagnostics: Diagnostic[];
}

/**
 * Parse the rows among `lines` (non-row lines are ignored; the caller decides
 * what region to pass). A deadline on its own line belongs to the row above.
 */
export function parseChronology(lines: readonly Line[]): ChronologyParse {
  const out: ChronologyParse = { entries: [], deadline: null, lines: [], diagnostics: [] };
  const deadlines: Array<{ date: string | null; line: Line }> = [];
  /** The line of each entry (out.lines also holds deadline lines). */
  const rows: Line[] = [];
  for (const line of lines) {
    const dl = DEADLINE.exec(line.text);
    if (isDeadlineLine(line.text)) {
      deadlines.push({ date: dateOrReport(dl?.[1] ?? '', line, out.diagnostics), line });
      out.lines.push(line);
      reportDeadlineRow(out, out.entries.at(-1), line);
      continue;
    }
    const m = ROW.exec(line.text);
    if (!m || !isChronologyRow(line.text)) continue;
    if (dl) deadlines.push({ date: dateOrReport(dl[1] ?? '', line, out.diagnostics), line });
    const label = rowLabel(m[2] ?? '');
    const event = eventOf(label);
    if (event === 'other') {
      out.diagnostics.push(
        diag('SENQ_EVENT_UNKNOWN', `unknown chronology event "${label}"`, line.no, firstColumn(line)),
      );
    } else if (dl) {
      reportDeadlineRow(out, { event, label }, line);
    }
    out.entries.push({ date: dateOrReport(m[1] ?? '', line, out.diagnostics), event, label });
    out.lines.push(line);
    rows.push(line);
  }
  const distinct = [...new Set(deadlines.map((d) => d.date))];
  out.deadline = distinct[0] ?? null;
  if (distinct.length > 1) {
    const second = deadlines.find((d) => d.date !== out.deadline);
    out.diagnostics.push(
      diag(
        'SENQ_DEADLINE_MULTIPLE',
        `several answer deadlines printed (${distinct.join(', ')}); the first is kept`,
        second?.line.no ?? null,
        second ? firstColumn(second.line) : null,
      ),
    );
  }
  checkOrder(out, rows);
  checkRepeatedRows(out, rows, 'answered');
  checkRepeatedRows(out, rows, 'sent');
  return out;
}

/** The deadline stands on (or under) the sending row (§8 table); under another row it is [U], and said. */
function reportDeadlineRow(out: ChronologyParse, row: Pick<ChronologyEntry, 'event' | 'label'> | undefined, line: Line): void {
  if (!row || row.event === 'sent' || row.event === 'other') return;
  out.diagnostics.push(
    diag('SENQ_FORM_UNOBSERVED', `an answer deadline on a "${row.label}" row was never observed; taken as the deadline`, line.no, firstColumn(line)),
  );
}

/**
 * Two answer rows, or two sending rows, with different dates (§20 [U]): the
 * first is kept (date_answered, date_asked), and said so at the second.
 */
function checkRepeatedRows(out: ChronologyParse, rows: readonly Line[], event: 'sent' | 'answered'): void {
  // A row whose date did not parse is reported already; it is no second date.
  const repeated = out.entries.map((e, i) => ({ e, line: rows[i] })).filter((r) => r.e.event === event && r.e.date !== null);
  const first = repeated[0];
  const other = repeated.find((r) => r.e.date !== first?.e.date);
  if (!first || !other) return;
  const [code, what] = event === 'answered' ? (['SENQ_ANSWER_INCONSISTENT', 'answer'] as const) : (['SENQ_DATE_MISMATCH', 'sending'] as const);
  out.diagnostics.push(
    diag(
      code,
      `the chronology has ${repeated.length} ${what} rows with different dates; the first (${first.e.date ?? 'no date'}) is kept`,
      other.line?.no ?? null,
      other.line ? firstColumn(other.line) : null,
    ),
  );
}

function checkOrder(out: ChronologyParse, rows: readonly Line[]): void {
  const dated = out.entries.map((e, i) => ({ date: e.date, line: rows[i] }));
  for (let i = 1; i < dated.length; i++) {
    const prev = dated[i - 1]?.date;
    const cur = dated[i];
    if (prev && cur?.date && cur.date < prev) {
      out.diagnostics.push(
        diag('SENQ_CHRONOLOGY_ORDER', `chronology row dated ${cur.date} comes after one dated ${prev}`, cur.line?.no ?? null, cur.line ? firstColumn(cur.line) : null),
      );
      return;
    }
  }
}
