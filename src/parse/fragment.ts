// Headless fragments (§7.2): a converter dropped the number line, author,
// addressee, "Chronologie", the question heading and every blank line. What
// is left is recovered in page order: title, descriptors, chronology rows,
// cross references, body. Every field the layout should have but the
// fragment lost is reported, one diagnostic per field. A partial copy of a
// screen page (its number line lost) also lands here; the header lines it
// kept (link labels, author, addressee, heading) are used when present.
import { diag } from '../diagnostics.js';
import type { Diagnostic } from '../types.js';
import { endOfRowsAndReferences, isRegionLine } from './chronology.js';
import type { Detection, Doc, Parsed } from './document.js';
import { findFragmentId, isSenateUrlLine } from './fragment-id.js';
import { LINK_LABELS } from './furniture.js';
import { parseAddresseeLine, parseAuthorLine, splitTitle } from './header.js';
import { parseQuestionHeading } from './headings.js';
import { headingPrinted, settleId } from './id-check.js';
import { firstColumn, type Line } from './lines.js';
import { findQuestionHeading, readChronologyRegion, readQuestionAndAnswer } from './page.js';
import { emptyRecord } from './record.js';

export function parseFragment(doc: Doc, detection: Detection): Parsed[] {
  const { claims } = doc;
  const diagnostics: Diagnostic[] = [];
  const record = emptyRecord('fragment', detection.language, doc.source);
  // Senate URL lines are furniture (and maybe the id's source): kept out of every field.
  const lines = doc.lines.filter((l) => !isSenateUrlLine(l));
  const first = lines.find((l) => l.text !== '');

  // The region of rows and references starts at the first of either; the
  // body starts where that block ends (see endOfRowsAndReferences).
  const regionStart = lines.findIndex((l) => isRegionLine(l.text));
  const bodyStart = regionStart < 0 ? lines.length : endOfRowsAndReferences(lines, regionStart);
  const head = (regionStart < 0 ? [] : lines.slice(0, regionStart)).filter((l) => l.text !== '');
  const chronologyHeading = head.findIndex((l) => l.text === 'Chronologie');
  if (chronologyHeading >= 0) claims.claim(...head.splice(chronologyHeading, 1));
  while (head[0] && LINK_LABELS.test(head[0].text)) claims.claim(head.shift());
  const found = readKeptHeader(head, record, claims);

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

  // The header lines the fragment lost, one diagnostic each.
  const at = first?.no ?? null;
  if (!found.author) diagnostics.push(diag('SENQ_MISSING_FIELD', 'the fragment has no author line: author is unknown', at, null));
  if (!found.addressee) diagnostics.push(diag('SENQ_MISSING_FIELD', 'the fragment has no addressee line: addressee is null', at, null));

  // The id comes from outside the text; a heading that survived right after
  // the region also carries it (and the original language). Without one,
  // readQuestionAndAnswer reports the heading missing and takes the body
  // from bodyStart.
  const headingIndex = findQuestionHeading(lines, bodyStart) === bodyStart ? bodyStart : -1;
  const heading = headingIndex >= 0 ? parseQuestionHeading(lines[headingIndex]?.text ?? '') : null;
  const source = findFragmentId(doc.lines, doc.options);
  if (source) {
    Object.assign(record, source.id);
    // (The URL line an id comes from is furniture, kept out of every field.)
    if (source.line) claims.claim(source.line);
  } else if (heading) {
    settleId(record, [headingPrinted(heading, lines[headingIndex] as Line)], diagnostics);
  } else {
    diagnostics.push(
      diag(
        'SENQ_NO_NUMBER',
        'the fragment carries no question number: give its id (--id, or the id option), name the file after it (4-6596.txt) or keep the Senate URL',
        at,
        first ? firstColumn(first) : null,
      ),
    );
  }
  readQuestionAndAnswer(record, lines, headingIndex, headingIndex >= 0 ? headingIndex + 1 : bodyStart, lines.length, claims, diagnostics);
  if (record.question === null) {
    diagnostics.push(diag('SENQ_MISSING_FIELD', 'the fragment holds no question text after its chronology and references', null, null));
  }
  return [{ record, firstLine: 1, lastLine: doc.lines.length, diagnostics }];
}

/**
 * Author and addressee lines a partial copy kept, at the start of the head.
 * An author line must carry a party or a date, so a lowercase descriptor
 * such as "de facto samenwonen" is never taken for one.
 */
function readKeptHeader(head: Line[], record: ReturnType<typeof emptyRecord>, claims: Doc['claims']): { author: boolean; addressee: boolean } {
  const out = { author: false, addressee: false };
  const author = head[0] ? parseAuthorLine(head[0].text) : null;
  if (author && (author.party !== null || author.dateText !== null) && head.length > 1) {
    record.author = { name: author.name, party: author.party };
    claims.claim(head.shift());
    out.author = true;
  }
  const addressee = head[0] && head.length > 1 ? parseAddresseeLine(head[0].text) : null;
  if (addressee !== null) {
    record.addressee = addressee;
    claims.claim(head.shift());
    out.addressee = true;
  }
  return out;
}
