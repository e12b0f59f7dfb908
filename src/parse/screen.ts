// The screen page (§3), the normal question page, in Dutch and French.
import { diag } from '../diagnostics.js';
import type { Diagnostic, Language } from '../types.js';
import { endOfRowsAndReferences, isChronologyRow } from './chronology.js';
import type { Detection, Doc, Parsed } from './document.js';
import { LINK_LABELS } from './furniture.js';
import { SCREEN_NUMBER_LINE, idFromNumbers, screenLanguage } from './identifiers.js';
import { numberLinePrinted, printedHeading, settleId } from './id-check.js';
import { dateOrReport } from './date-report.js';
import {
  crossCheckDates,
  findQuestionHeading,
  readChronologyRegion,
  readHeaderBlock,
  readQuestionAndAnswer,
} from './page.js';
import { isDatedAuthorLine } from './header.js';
import type { Line } from './lines.js';
import { emptyRecord } from './record.js';
import { isReferenceLine } from './references.js';

/**
 * Several screen pages saved into one file (`cat *.txt`, a browser's "save
 * all") give one record each. A later page starts at an exact number line
 * followed by a dated author line ("van … d.d. 30 april 2013") and, further
 * down, its "Chronologie" line: an answer that quotes another question's
 * number, even with its author, quotes no chronology. Its link-label line,
 * if any, goes with it.
 */
export function parseScreen(doc: Doc, detection: Detection): Parsed[] {
  // A loop, not recursion: a file of thousands of pages must neither
  // overflow the stack nor keep a copy of every later page per level.
  const out: Parsed[] = [];
  let start = 0;
  let numberLine = detection.index;
  let language = detection.language;
  for (;;) {
    const next = nextPageStart(doc.lines, numberLine);
    const end = next ? next.start : doc.lines.length;
    out.push(...parseOnePage({ ...doc, lines: doc.lines.slice(start, end) }, { variant: 'screen', language, index: numberLine - start }));
    if (!next) return out;
    ({ start, numberLine, language } = next);
  }
}

/** The next page after the number line at `from`: its first line, its number line and its language; null when none. */
function nextPageStart(lines: readonly Line[], from: number): { start: number; numberLine: number; language: Language } | null {
  for (let i = from + 1; i < lines.length; i++) {
    const m = SCREEN_NUMBER_LINE.exec(lines[i]?.text ?? '');
    if (!m) continue;
    let below = i + 1;
    while (lines[below]?.text === '') below++;
    if (!isDatedAuthorLine(lines[below]?.text ?? '') || !chronologyFollows(lines, below)) continue;
    let start = i;
    for (let j = i - 1; j > from; j--) {
      const t = lines[j]?.text ?? '';
      if (LINK_LABELS.test(t)) start = j;
      if (t !== '') break;
    }
    return { start, numberLine: i, language: screenLanguage(m) };
  }
  return null;
}

/** A "Chronologie" line among the next lines of a header (the addressee, title and keywords come first). */
function chronologyFollows(lines: readonly Line[], from: number): boolean {
  const end = Math.min(lines.length, from + 40);
  for (let i = from + 1; i < end; i++) if (lines[i]?.text === 'Chronologie') return true;
  return false;
}

function parseOnePage(doc: Doc, detection: Detection): Parsed[] {
  const { lines, claims } = doc;
  const diagnostics: Diagnostic[] = [];
  const record = emptyRecord('screen', detection.language, doc.source);
  const numberLine = lines[detection.index];
  if (!numberLine) return [];
  const m = SCREEN_NUMBER_LINE.exec(numberLine.text);
  const printed = m ? numberLinePrinted(m[3] ?? '', m[4] ?? '', numberLine) : null;
  // An impossible number ("0-8905") is no id: the heading's may be (settleId below).
  if (printed) Object.assign(record, idFromNumbers(printed.legislature, printed.number) ?? {});
  claims.claim(numberLine);
  for (const l of lines.slice(0, detection.index)) if (LINK_LABELS.test(l.text)) claims.claim(l);

  const headingIndex = findQuestionHeading(lines, detection.index + 1);
  const regionEnd = headingIndex >= 0 ? headingIndex : lines.length;
  // The header block ends at "Chronologie", or at the first row or reference
  // line when a copy-paste lost that heading.
  let headerEnd = regionEnd;
  for (let i = detection.index + 1; i < regionEnd; i++) {
    const t = lines[i]?.text ?? '';
    if (t === 'Chronologie' || isChronologyRow(t) || isReferenceLine(t)) {
      headerEnd = i;
      break;
    }
  }
  const chronologyHeading = lines[headerEnd];
  if (chronologyHeading?.text === 'Chronologie') claims.claim(chronologyHeading);
  else diagnostics.push(diag('SENQ_MISSING_FIELD', 'no "Chronologie" heading found', chronologyHeading?.no ?? numberLine.no, 1));

  const header = readHeaderBlock(record, lines.slice(detection.index + 1, headerEnd), claims, diagnostics, numberLine);
  // Without a question heading the region is the block of rows and
  // references only: a dated line of the body is not a row.
  const region = lines.slice(headerEnd, headingIndex >= 0 ? regionEnd : endOfRowsAndReferences(lines, headerEnd));
  readChronologyRegion(record, region, claims, diagnostics, chronologyHeading ?? numberLine);

  // Without a heading, recover the body from the first line after the
  // region that is neither a row nor a reference, and say so.
  let bodyStart = headingIndex + 1;
  if (headingIndex < 0) {
    bodyStart = lines.length;
    for (let i = headerEnd; i < lines.length; i++) {
      const l = lines[i];
      if (l && l.text !== '' && !claims.has(l)) {
        bodyStart = i;
        break;
      }
    }
  }
  readQuestionAndAnswer(record, lines, headingIndex, bodyStart, lines.length, claims, diagnostics);
  if (record.id === null) settleId(record, [printed, printedHeading(lines[headingIndex])], diagnostics);
  const headingDate = headingIndex >= 0 ? record.question?.date ?? null : null;
  crossCheckDates(
    record,
    [
      // An author-line date that does not parse is reported, not dropped.
      { date: header.authorLine ? dateOrReport(header.author?.dateText ?? null, header.authorLine, diagnostics) : null, line: header.authorLine, what: 'author-line' },
      { date: headingDate, line: lines[headingIndex] ?? null, what: 'question-heading' },
    ],
    diagnostics,
  );
  return [{ record, firstLine: lines[0]?.no ?? 1, lastLine: lines.at(-1)?.no ?? 1, diagnostics }];
}
