// Building blocks shared by the page-like variants (screen, print): the
// header block, the chronology/reference region and the question/answer
// bodies. Parts are found by content, never by counting lines.
import { diag } from '../diagnostics.js';
import type { Diagnostic, QuestionRecord } from '../types.js';
import { alignItems, parseAnswerBody, parseBody, tableRows } from './body.js';
import { parseChronology } from './chronology.js';
import { LINK_LABELS } from './furniture.js';
import { addresseeReport, authorReports, joinWrapped, parseAddresseeLine, parseAuthorLine, splitTitle, takeWrapped, type AuthorLine } from './header.js';
import { headingFormReport, languageOrReport, parseAnswerHeading, parseQuestionHeading, type AnswerHeading, type QuestionHeading } from './headings.js';
import { firstColumn, type Claims, type Line } from './lines.js';
import { parseReferences } from './references.js';
import { answeredRowOf, settleAnswer } from './status.js';

import { dateOrReport, readPrintedDate } from './date-report.js';

export interface HeaderBlock {
  author: AuthorLine | null;
  authorLine: Line | null;
}

/**
 * Author, addressee, title and keywords from the non-blank lines between the
 * number line and the chronology, in that order. Lines are claimed as used.
 */
export function readHeaderBlock(
  record: QuestionRecord,
  lines: readonly Line[],
  claims: Claims,
  diagnostics: Diagnostic[],
  anchor: Line,
  titleSection: readonly Line[] = [],
): HeaderBlock {
  const rest = lines.filter((l) => l.text !== '');
  let author: AuthorLine | null = null;
  let authorLine: Line | null = null;
  const first = rest[0];
  if (first && (author = parseAuthorLine(first.text))) {
    authorLine = first;
    record.author = { name: author.name, party: author.party };
    diagnostics.push(...authorReports(author, first));
    claims.claim(rest.shift());
  } else {
    diagnostics.push(diag('SENQ_MISSING_FIELD', 'no author line found', first?.no ?? anchor.no, 1));
  }
  const addresseeLines = rest[0] && parseAddresseeLine(rest[0].text) !== null ? takeWrapped(rest, { lowercase: true, indent: true }) : [];
  const addressee = addresseeLines.length > 0 ? parseAddresseeLine(joinWrapped(addresseeLines, 'the addressee', diagnostics)) : null;
  if (addressee !== null) {
    record.addressee = addressee;
    diagnostics.push(...addresseeReport(addresseeLines[0] as Line));
    claims.claimAll(addresseeLines);
  } else {
    diagnostics.push(diag('SENQ_MISSING_FIELD', 'no addressee line ("aan …" / "à …", "au …") found', rest[0]?.no ?? anchor.no, 1));
  }
  // A printer version gives the title a section of its own (§4.1): wrapped
  // over several lines there, it is one title, not a title and descriptors.
  const wrapped = titleSection.filter((l) => l.text !== '');
  const titleLines = wrapped.length > 1 && wrapped.every((l, i) => rest[i]?.no === l.no) ? rest.splice(0, wrapped.length) : takeWrapped(rest, { lowercase: false, indent: true });
  const titleLine = titleLines[0];
  if (titleLine) {
    record.title = wrapped.length > 1 ? titleLines.map((l) => l.text).join(' ') : joinWrapped(titleLines, 'the title', diagnostics);
    record.subjects = splitTitle(record.title);
    claims.claimAll(titleLines);
  } else {
    diagnostics.push(diag('SENQ_MISSING_FIELD', 'no title line found', anchor.no, 1));
  }
  record.keywords = rest.map((l) => l.text);
  claims.claimAll(rest);
  if (titleLine && rest.length === 0) {
    diagnostics.push(diag('SENQ_MISSING_FIELD', 'no keyword (descriptor) lines found', titleLine.no, 1));
  }
  return { author, authorLine };
}

/** Chronology rows, deadline and cross references from the region before the question heading. */
export function readChronologyRegion(
  record: QuestionRecord,
  lines: readonly Line[],
  claims: Claims,
  diagnostics: Diagnostic[],
  anchor: Line,
): void {
  const chron = parseChronology(lines);
  record.chronology = chron.entries;
  record.answer_deadline = chron.deadline;
  claims.claimAll(chron.lines);
  diagnostics.push(...chron.diagnostics);
  if (chron.entries.length === 0) {
    diagnostics.push(noChronology(anchor));
  }
  record.date_asked = chron.entries.find((e) => e.event === 'sent')?.date ?? null;
  const refs = parseReferences(lines);
  record.references = refs.references;
  claims.claimAll(refs.lines);
  diagnostics.push(...refs.diagnostics);
}

/** SENQ_NO_CHRONOLOGY: said before the answer is read, so it names both outcomes. */
export function noChronology(anchor: Line): Diagnostic {
  return diag('SENQ_NO_CHRONOLOGY', 'no chronology rows found; the status comes from the presence of an answer alone ("answered", else "pending")', anchor.no, 1);
}

export interface BodyRegion {
  heading: QuestionHeading | null;
  headingLine: Line | null;
  /** Index (into the lines passed) of the answer heading, or -1. */
  answerIndex: number;
}

/** Locate the question heading (first whole-line match) from `start`. */
export function findQuestionHeading(lines: readonly Line[], start: number): number {
  for (let i = start; i < lines.length; i++) {
    const l = lines[i];
    if (l && parseQuestionHeading(l.text)) return i;
  }
  return -1;
}

/**
 * The answer heading: the first observed one with a date that reads (or
 * one `isOtherHeading` accepts, as the bilingual combined heading), or else
 * the first in a form never observed (no colon, no date) or with a date
 * that does not read, so that a question line shaped like a heading does not
 * cut the question when a real heading follows.
 */
export function findAnswerHeading(lines: readonly Line[], start: number, end = lines.length, isOtherHeading?: (text: string) => boolean): number {
  return findAnswer(lines, start, end, isOtherHeading).index;
}

/** The answer heading found: its line's index (-1: none), its parse, and its date when that reads. */
interface FoundAnswer {
  index: number;
  heading: AnswerHeading | null;
  date: string | null;
}

/**
 * findAnswerHeading, with what it read on the way, so the caller parses
 * neither the heading nor its date again. A heading's date must read: a
 * question line shaped like a heading ("Réponse reçue le 20 mai 2021 à la
 * suite de ma question … :") must not cut the question before the real one.
 */
function findAnswer(lines: readonly Line[], start: number, end: number, isOtherHeading?: (text: string) => boolean): FoundAnswer {
  let doubtful: FoundAnswer = { index: -1, heading: null, date: null };
  for (let i = start; i < end; i++) {
    const text = lines[i]?.text ?? '';
    if (isOtherHeading?.(text)) return { index: i, heading: null, date: null };
    const heading = parseAnswerHeading(text);
    if (!heading) continue;
    const date = heading.dateText === null ? null : readPrintedDate(heading.dateText);
    if (!heading.unobserved && date !== null) return { index: i, heading, date };
    if (doubtful.index < 0) doubtful = { index: i, heading, date };
  }
  return doubtful;
}

/**
 * Question heading, question body and answer. `bodyStart` is the index of the
 * first body line (after the heading, or wherever the body is recovered from).
 */
export function readQuestionAndAnswer(
  record: QuestionRecord,
  lines: readonly Line[],
  headingIndex: number,
  bodyStart: number,
  end: number,
  claims: Claims,
  diagnostics: Diagnostic[],
): void {
  const headingLine = headingIndex >= 0 ? (lines[headingIndex] ?? null) : null;
  const heading = headingLine ? parseQuestionHeading(headingLine.text) : null;
  let questionDate: string | null = null;
  if (heading && headingLine) {
    claims.claim(headingLine);
    record.original_language = languageOrReport(heading.tag, headingLine, firstColumn(headingLine), diagnostics);
    questionDate = dateOrReport(heading.dateText, headingLine, diagnostics);
    if (record.id !== null && record.legislature !== null && record.number !== null) {
      diagnostics.push(...numberMismatch(heading, { id: record.id, legislature: record.legislature, number: record.number }, headingLine));
    }
  } else {
    diagnostics.push(diag('SENQ_MISSING_FIELD', 'no question heading found', lines[bodyStart]?.no ?? null, null));
  }
  const found = findAnswer(lines, bodyStart, end);
  const answerIndex = found.index;
  const questionEnd = answerIndex >= 0 ? answerIndex : end;
  const questionLines = lines.slice(bodyStart, questionEnd);
  if (questionLines.some((l) => l.text !== '')) {
    // §8.6: the heading's date (null, and reported, when it does not parse);
    // the sending date only where the heading is missing.
    const q = parseBody(questionLines, heading ? questionDate : record.date_asked);
    record.question = q.body;
    diagnostics.push(...q.diagnostics);
    claims.claimAll(questionLines);
  } else if (heading) {
    diagnostics.push(diag('SENQ_MISSING_FIELD', 'the question heading is followed by no question text', headingLine?.no ?? null, headingLine ? firstColumn(headingLine) : null));
  }
  let answerLine: number | null = null;
  if (answerIndex >= 0) {
    const aLine = lines[answerIndex];
    const ah = found.heading;
    if (aLine && ah) {
      claims.claim(aLine);
      answerLine = aLine.no;
      if (record.variant !== 'screen') {
        // Only screen pages were seen with answers (§14): say how this one was read.
        diagnostics.push(
          diag('SENQ_FORM_UNOBSERVED', `an answer in a ${record.variant} page was never observed; read as on a screen page`, aLine.no, firstColumn(aLine)),
        );
      }
      diagnostics.push(...headingFormReport(ah, aLine));
      // A heading that prints no date (§14): the answer takes the answered row's.
      // (A date that read while the heading was found is not read again.)
      const answerDate = ah.unobserved === 'no date' ? (answeredRowOf(record.chronology)?.date ?? null) : (found.date ?? dateOrReport(ah.dateText, aLine, diagnostics));
      const answerLines = lines.slice(answerIndex + 1, end);
      record.answer = parseAnswerBody(answerLines, answerDate, aLine, diagnostics);
      claims.claimAll(answerLines);
      // A second answer (never observed) is kept as paragraphs of the first, and said so.
      const second = findAnswerHeading(lines, answerIndex + 1, end);
      const secondLine = lines[second];
      if (secondLine) {
        diagnostics.push(
          diag('SENQ_ANSWER_INCONSISTENT', 'a second answer heading: its text is kept as paragraphs of the first answer', secondLine.no, firstColumn(secondLine)),
        );
      }
      if (tableRows(answerLines).size > 0) {
        diagnostics.push(diag('SENQ_ANSWER_TABLE', 'the answer holds table-like lines (pipes or tabs)', aLine.no, firstColumn(aLine)));
      }
      // Page furniture after an answer was never observed (§14 [U]): kept as
      // answer text, as FORMAT asks, but a known furniture line is said.
      const furniture = answerLines.find((l) => LINK_LABELS.test(l.text));
      if (furniture) {
        diagnostics.push(
          diag('SENQ_FORM_UNOBSERVED', `page furniture ("${furniture.text}") after the answer was never observed; kept as answer text`, furniture.no, firstColumn(furniture)),
        );
      }
    }
  }
  alignItems(record.question, record.answer);
  diagnostics.push(...settleAnswer(record, answerLine));
  if (record.date_asked === null) record.date_asked = questionDate;
}

/** A question heading whose number differs from the number line's (the number line wins, §9). */
export function numberMismatch(
  heading: { legislature: number; number: number },
  id: { id: string; legislature: number; number: number },
  headingLine: Line,
): Diagnostic[] {
  if (heading.legislature === id.legislature && heading.number === id.number) return [];
  return [
    diag(
      'SENQ_NUMBER_MISMATCH',
      `question heading says ${heading.legislature}-${heading.number} but the number line says ${id.id}; the number line wins`,
      headingLine.no,
      firstColumn(headingLine),
    ),
  ];
}

/** Warn when the dates printed for the sending of the question disagree (§8.6). */
export function crossCheckDates(
  record: QuestionRecord,
  others: Array<{ date: string | null; line: Line | null; what: string }>,
  diagnostics: Diagnostic[],
): void {
  const sent = record.date_asked;
  if (!sent) return;
  for (const o of others) {
    if (o.date && o.date !== sent) {
      diagnostics.push(
        diag('SENQ_DATE_MISMATCH', `${o.what} date ${o.date} differs from the sending date ${sent}; ${sent} is kept`, o.line?.no ?? null, o.line ? firstColumn(o.line) : null),
      );
    }
  }
}

