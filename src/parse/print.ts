// The one-language printer version (§4), Dutch and French. Sections between
// 8-underscore separators, in order: number/author/addressee, title,
// descriptors, chronology (no "Chronologie" heading), cross references, then
// the question heading. An empty section shows as two separators in a row,
// and a pipe export (§7.1) leaves the chronology section blank.
import { diag } from '../diagnostics.js';
import type { Diagnostic } from '../types.js';
import type { Detection, Doc, Parsed } from './document.js';
import { PRINT_NUMBER } from './furniture.js';
import { idFromNumbers } from './identifiers.js';
import { numberLinePrinted, printedHeading, settleId, type PrintedNumber } from './id-check.js';
import { firstColumn } from './lines.js';
import { crossCheckDates, findQuestionHeading, readChronologyRegion, readHeaderBlock, readQuestionAndAnswer } from './page.js';
import { emptyRecord } from './record.js';
import { headerAndRegion, readMasthead, splitSections } from './sections.js';

export function parsePrint(doc: Doc, detection: Detection): Parsed[] {
  const { lines, claims } = doc;
  const diagnostics: Diagnostic[] = [];
  const record = emptyRecord('print', detection.language, doc.source);

  const numberIndex = lines.findIndex((l) => PRINT_NUMBER.test(l.text));
  const anchorIndex = numberIndex >= 0 ? numberIndex : detection.index;
  const anchor = lines[anchorIndex];
  if (!anchor) return [];
  const masthead = readMasthead(lines.slice(0, anchorIndex), claims, diagnostics);
  let numberLine: PrintedNumber | null = null;
  if (numberIndex >= 0) {
    const m = PRINT_NUMBER.exec(anchor.text);
    // An impossible number ("0-2731") is no id: the heading's may be (settleId below).
    numberLine = m ? numberLinePrinted(m[3] ?? '', m[4] ?? '', anchor) : null;
    if (numberLine) Object.assign(record, idFromNumbers(numberLine.legislature, numberLine.number) ?? {});
    claims.claim(anchor);
  } else {
    diagnostics.push(diag('SENQ_MISSING_FIELD', 'no number line ("SENAAT Schriftelijke vraag nr. …") found', anchor.no, 1));
  }

  const headingIndex = findQuestionHeading(lines, anchorIndex + 1);
  const regionEnd = headingIndex >= 0 ? headingIndex : lines.length;
  const sections = splitSections(lines.slice(anchorIndex + 1, regionEnd), claims);
  const { headerLines, regionLines } = headerAndRegion(sections, headingIndex >= 0);
  readHeaderBlock(record, headerLines, claims, diagnostics, anchor, sections[1]);
  // A pipe export runs the descriptors together on one line (§7.1). They
  // cannot be split back (a descriptor has several words), so the one line
  // is kept whole and flagged as soon as it has two words ("gevangenis
  // enkelband" is two descriptors). A single descriptor of several words is
  // flagged too, which is why this is only a warning.
  if (doc.residue && record.keywords.length === 1 && (record.keywords[0] ?? '').includes(' ')) {
    const line = headerLines.filter((l) => l.text !== '').at(-1);
    diagnostics.push(
      diag(
        'SENQ_KEYWORDS_MERGED',
        'the descriptors seem run together on one line by the converter; kept as one keyword',
        line?.no ?? null,
        line ? firstColumn(line) : null,
      ),
    );
  }
  readChronologyRegion(record, regionLines, claims, diagnostics, anchor);

  let bodyStart = headingIndex + 1;
  if (headingIndex < 0) {
    const last = Math.max(anchorIndex, ...[...headerLines, ...regionLines].map((l) => l.no - 1));
    bodyStart = lines.findIndex((l, i) => i > last && l.text !== '' && !claims.has(l));
    if (bodyStart < 0) bodyStart = lines.length;
  }
  readQuestionAndAnswer(record, lines, headingIndex, bodyStart, lines.length, claims, diagnostics);
  // Without a number line (or with an impossible one), the heading still carries the number.
  if (record.id === null) settleId(record, [numberLine, printedHeading(lines[headingIndex])], diagnostics);
  crossCheckDates(
    record,
    [
      { date: masthead.dates[0] ?? null, line: masthead.dateLine, what: 'date-line' },
      { date: headingIndex >= 0 ? (record.question?.date ?? null) : null, line: lines[headingIndex] ?? null, what: 'question-heading' },
    ],
    diagnostics,
  );
  return [{ record, firstLine: 1, lastLine: lines.length, diagnostics }];
}
