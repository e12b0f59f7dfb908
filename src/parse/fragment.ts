// Headless fragments (§7.2): a converter dropped the number line, author,
// addressee, "Chronologie", the question heading and every blank line. What
// is left is recovered in page order: title, descriptors, chronology rows,
// cross references, body. Every field the layout should have but the
// fragment lost is reported, one diagnostic per field.
import { diag } from '../diagnostics.js';
import type { Diagnostic } from '../types.js';
import { isChronologyRow, isDeadlineLine } from './chronology.js';
import type { Detection, Doc, Parsed } from './document.js';
import { findFragmentId, isUrlLine } from './fragment-id.js';
import { firstColumn, type Line } from './lines.js';
import { findQuestionHeading, readChronologyRegion, readQuestionAndAnswer } from './page.js';
import { emptyRecord } from './record.js';
import { isReferenceLine } from './references.js';
import { splitTitle } from './header.js';

export function parseFragment(doc: Doc, detection: Detection): Parsed[] {
  const { claims } = doc;
  const diagnostics: Diagnostic[] = [];
  const record = emptyRecord('fragment', detection.language, doc.source);
  // URL lines are furniture (and maybe the id's source): kept out of every field.
  const lines = doc.lines.filter((l) => !isUrlLine(l));
  const first = lines.find((l) => l.text !== '');

  const source = findFragmentId(doc.lines, doc.options);
  if (source) {
    Object.assign(record, source.id);
    if (source.line && isUrlLine(source.line)) claims.claim(source.line);
  } else {
    diagnostics.push(
      diag(
        'SENQ_NO_NUMBER',
        'the fragment carries no question number: pass --id, name the file after it (4-6596.txt) or keep the Senate URL',
        first?.no ?? null,
        first ? firstColumn(first) : null,
      ),
    );
  }

  // The region of rows and references starts at the first of either and
  // runs over rows, deadline lines, references, a stray "Chronologie" and
  // blank lines; the body starts at the first other line.
  const isRegion = (l: Line) => isChronologyRow(l.text) || isDeadlineLine(l.text) || isReferenceLine(l.text);
  const regionStart = lines.findIndex(isRegion);
  let bodyStart = regionStart < 0 ? lines.length : regionStart;
  while (bodyStart < lines.length) {
    const l = lines[bodyStart] as Line;
    if (l.text !== '' && l.text !== 'Chronologie' && !isRegion(l)) break;
    bodyStart++;
  }
  const head = (regionStart < 0 ? [] : lines.slice(0, regionStart)).filter((l) => l.text !== '');
  const chronologyHeading = head.findIndex((l) => l.text === 'Chronologie');
  if (chronologyHeading >= 0) claims.claim(...head.splice(chronologyHeading));

  const titleLine = head.shift();
  if (titleLine) {
    claims.claim(titleLine);
    record.title = titleLine.text;
    record.subjects = splitTitle(titleLine.text);
  } else {
    diagnostics.push(diag('SENQ_MISSING_FIELD', 'no title line before the chronology', first?.no ?? null, 1));
  }
  record.keywords = head.map((l) => l.text);
  claims.claimAll(head);
  if (titleLine && head.length === 0) {
    diagnostics.push(diag('SENQ_MISSING_FIELD', 'no keyword (descriptor) lines between the title and the chronology', titleLine.no, 1));
  }

  const region = regionStart < 0 ? [] : lines.slice(regionStart, bodyStart);
  const anchor = lines[regionStart] ?? first;
  if (anchor) readChronologyRegion(record, region, claims, diagnostics, anchor);
  for (const l of region) if (l.text === 'Chronologie') claims.claim(l);

  // The missing header lines, one diagnostic each.
  const at = first?.no ?? null;
  diagnostics.push(
    diag('SENQ_MISSING_FIELD', 'the fragment has no author line: author is unknown', at, null),
    diag('SENQ_MISSING_FIELD', 'the fragment has no addressee line: addressee is null', at, null),
  );
  // A heading that survived right after the region is used; without one,
  // readQuestionAndAnswer reports it missing (and with it the unknown
  // original language) and takes the body from bodyStart.
  const headingIndex = findQuestionHeading(lines, bodyStart) === bodyStart ? bodyStart : -1;
  readQuestionAndAnswer(record, lines, headingIndex, headingIndex >= 0 ? headingIndex + 1 : bodyStart, lines.length, claims, diagnostics);
  if (record.question === null) {
    diagnostics.push(diag('SENQ_MISSING_FIELD', 'the fragment holds no question text after its chronology and references', null, null));
  }
  return [{ record, firstLine: 1, lastLine: doc.lines.length, diagnostics }];
}
