// The bilingual printer version (§5): one record in the question's original
// language, with the other language in `translation` (the §5.4 decision:
// FORMAT cannot tell which page language was requested, so the heading's
// original language decides; unknown → French, the first-printed half, with
// a warning). French comes before Dutch everywhere.
import { diag } from '../diagnostics.js';
import type { Diagnostic, Language } from '../types.js';
import { alignItems } from './body.js';
import { readBodies } from './bilingual-bodies.js';
import { parseDoubledChronology } from './bilingual-chronology.js';
import { emptyHalf, type Half } from './bilingual-half.js';
import { readBilingualHeader } from './bilingual-header.js';
import type { Detection, Doc, Parsed } from './document.js';
import { BILINGUAL_NUMBER } from './furniture.js';
import { languageOrReport, originalLanguageOf, parseQuestionHeading, type QuestionHeading } from './headings.js';
import { idFromNumbers, type QuestionId } from './identifiers.js';
import { headingPrinted, numberLinePrinted, settleId, type PrintedNumber } from './id-check.js';
import { firstColumn, type Claims, type Line } from './lines.js';
import { dateOrReport } from './date-report.js';
import { crossCheckDates, noChronology, numberMismatch } from './page.js';
import { emptyRecord } from './record.js';
import { parseReferences } from './references.js';
import { headerAndRegion, readMasthead, splitSections } from './sections.js';
import { answerDateReport, answeredRowOf, settleAnswer } from './status.js';


export function parseBilingual(doc: Doc, detection: Detection): Parsed[] {
  const { lines, claims } = doc;
  const diagnostics: Diagnostic[] = [];
  const halves: Record<Language, Half> = { fr: emptyHalf(), nl: emptyHalf() };

  const numberIndex = lines.findIndex((l) => BILINGUAL_NUMBER.test(l.text));
  const anchorIndex = numberIndex >= 0 ? numberIndex : detection.index;
  const anchor = lines[anchorIndex];
  if (!anchor) return [];
  const masthead = readMasthead(lines.slice(0, anchorIndex), claims, diagnostics);
  let id: QuestionId | null = null;
  /** The number line's two copies, FR first; an impossible one ("0-5530") gives no id, but is reported (settleId). */
  const printedNumbers: PrintedNumber[] = [];
  const nm = numberIndex >= 0 ? BILINGUAL_NUMBER.exec(anchor.text) : null;
  if (nm) {
    claims.claim(anchor);
    printedNumbers.push(numberLinePrinted(nm[1] ?? '', nm[2] ?? '', anchor), numberLinePrinted(nm[3] ?? '', nm[4] ?? '', anchor));
    id = idFromNumbers(Number(nm[1]), Number(nm[2]));
    if (nm[1] !== nm[3] || nm[2] !== nm[4]) {
      diagnostics.push(
        // (When the first is no question number, settleId says which one is kept.)
        diag('SENQ_NUMBER_MISMATCH', `the number line gives ${nm[1]}-${nm[2]} and ${nm[3]}-${nm[4]}${id ? '; the first wins' : ''}`, anchor.no, firstColumn(anchor)),
      );
    }
  } else {
    diagnostics.push(diag('SENQ_MISSING_FIELD', 'no number line ("Question écrite n° … Schriftelijke vraag nr. …") found', anchor.no, 1));
  }

  const headingIndex = findBilingualHeading(lines, anchorIndex + 1);
  const regionEnd = headingIndex >= 0 ? headingIndex : lines.length;
  const sections = splitSections(lines.slice(anchorIndex + 1, regionEnd), claims);
  const { headerLines, regionLines } = headerAndRegion(sections, headingIndex >= 0);
  const flags = readBilingualHeader(headerLines, halves, claims, diagnostics, anchor);

  // Heading and language decision (§5.4).
  const headingLine = headingIndex >= 0 ? (lines[headingIndex] as Line) : null;
  // A copy-paste may break the double heading in two [U]: the other
  // language's heading then stands on the next non-blank line.
  let bodyFrom = headingIndex + 1;
  if (headingLine) {
    claims.claim(headingLine);
    const split = splitHeading(headingLine.text);
    const nextIndex = lines.findIndex((l, i) => i > headingIndex && l.text !== '');
    const next = nextIndex >= 0 ? splitHeading((lines[nextIndex] as Line).text) : null;
    if (next && ((!split.fr && next.fr && !next.nl) || (!split.nl && next.nl && !next.fr))) {
      split.fr ??= next.fr;
      split.nl ??= next.nl;
      claims.claim(lines[nextIndex]);
      bodyFrom = nextIndex + 1;
    }
    halves.fr.heading = split.fr;
    halves.nl.heading = split.nl;
    if (!split.fr || !split.nl) {
      diagnostics.push(diag('SENQ_BILINGUAL_SPLIT', 'the question heading holds only one language', headingLine.no, firstColumn(headingLine)));
    }
    for (const h of [split.fr, split.nl]) if (id && h) diagnostics.push(...numberMismatch(h, id, headingLine));
  } else {
    diagnostics.push(diag('SENQ_MISSING_FIELD', 'no question heading found', null, null));
  }
  const tag = halves.fr.heading?.tag ?? halves.nl.heading?.tag ?? null;
  // Halves get a heading only from headingLine: with a tag, it is there.
  const original = tag !== null && headingLine ? languageOrReport(tag, headingLine, 1, diagnostics) : null;
  // The two halves say the original language each in its own words: when
  // they disagree, the French (first printed) is taken, and that is said.
  const otherTag = halves.fr.heading?.tag && halves.nl.heading?.tag ? halves.nl.heading.tag : null;
  const otherSays = otherTag !== null ? originalLanguageOf(otherTag) : null;
  if (original !== null && otherSays !== null && otherSays !== original && headingLine) {
    diagnostics.push(
      diag('SENQ_BILINGUAL_SPLIT', `the French heading says the question was asked in ${original === 'fr' ? 'French' : 'Dutch'}, the Dutch one in ${otherSays === 'fr' ? 'French' : 'Dutch'}; the French heading is followed`, headingLine.no, 1),
    );
  }
  const language: Language = original ?? 'fr';
  if (original === null) {
    diagnostics.push(
      diag('SENQ_BILINGUAL_SPLIT', 'the original language is unknown; the record takes the French half', headingLine?.no ?? anchor.no, 1),
    );
  }
  const other: Language = language === 'fr' ? 'nl' : 'fr';
  const record = emptyRecord('print-bilingual', language, doc.source);
  if (id) Object.assign(record, id);
  else {
    const headings = [halves.fr.heading, halves.nl.heading].flatMap((h) =>
      h && headingLine ? [headingPrinted(h, headingLine)] : [],
    );
    settleId(record, [...printedNumbers, ...headings], diagnostics);
  }
  record.original_language = original;

  // Chronology and references.
  const chron = parseDoubledChronology(regionLines);
  record.chronology = chron.entries;
  record.answer_deadline = chron.deadline;
  record.date_asked = chron.entries.find((e) => e.event === 'sent')?.date ?? null;
  claims.claimAll(chron.lines);
  diagnostics.push(...chron.diagnostics);
  if (chron.entries.length === 0) {
    diagnostics.push(noChronology(anchor));
  }
  const refs = parseReferences(regionLines);
  record.references = refs.references;
  claims.claimAll(refs.lines);
  diagnostics.push(...refs.diagnostics);

  // Bodies.
  const bodyStart = headingLine ? bodyFrom : firstBodyIndex(lines, regionLines, anchorIndex, claims);
  readBodies(lines.slice(bodyStart), halves, language, answeredRowOf(record.chronology)?.date ?? null, claims, diagnostics);

  const mine = halves[language];
  const theirs = halves[other];
  // An unsplit title or odd descriptor list stays whole in the record only.
  if (flags.unsplitTitle) {
    theirs.title = null;
    theirs.subjects = [];
  }
  if (flags.unsplitKeywords) theirs.keywords = [];
  record.title = mine.title;
  record.subjects = mine.subjects;
  record.author = mine.author ?? { name: theirs.author?.name ?? null, party: null };
  record.addressee = mine.addressee;
  record.keywords = mine.keywords;
  record.question = mine.question;
  record.answer = mine.answer;
  for (const h of [mine, theirs]) {
    const date = h.heading ? dateOrReport(h.heading.dateText, headingLine as Line, diagnostics) : null;
    if (h.question) h.question.date = h.heading ? date : record.date_asked;
  }
  const answerLine = mine.answerLine ?? theirs.answerLine;
  if (answerLine) {
    diagnostics.push(
      diag('SENQ_FORM_UNOBSERVED', 'an answer in a bilingual print was never observed; read as on screen pages', answerLine.no, firstColumn(answerLine)),
    );
  }
  const settled = settleAnswer(record, answerLine?.no ?? null);
  if (record.answer === null && theirs.answer !== null) {
    // An answer printed in the other half only is still an answer (§15: an
    // answer always wins); one warning says where it is, instead of the
    // "answered row without answer text" settleAnswer would give.
    record.status = 'answered';
    diagnostics.push(
      diag('SENQ_ANSWER_INCONSISTENT', `an answer was found in the ${other.toUpperCase()} half only`, theirs.answerLine?.no ?? null, theirs.answerLine ? firstColumn(theirs.answerLine) : null),
    );
  } else {
    diagnostics.push(...settled);
  }
  alignItems(mine.question, mine.answer);
  alignItems(theirs.question, theirs.answer);
  record.translation = {
    language: other,
    title: theirs.title,
    subjects: theirs.subjects,
    addressee: theirs.addressee,
    keywords: theirs.keywords,
    question: theirs.question,
    answer: theirs.answer,
  };
  // The other half's answer heading is checked against the answered row too
  // (settleAnswer checks the record's own).
  diagnostics.push(
    ...answerDateReport(
      theirs.answer?.date ?? null,
      record.date_answered,
      `the ${other.toUpperCase()} answer heading's date`,
      theirs.answerLine?.no ?? null,
      theirs.answerLine ? firstColumn(theirs.answerLine) : null,
    ),
  );
  crossCheckDates(
    record,
    [
      // The FR and NL dates of the date line: one report when both differ alike.
      ...[...new Set(masthead.dates)].map((date) => ({ date, line: masthead.dateLine, what: 'date-line' })),
      { date: mine.question?.date ?? null, line: headingLine, what: 'question-heading' },
      // Both headings stand on one line: the same wrong date there is one report.
      {
        date: theirs.heading && theirs.question?.date !== mine.question?.date ? (theirs.question?.date ?? null) : null,
        line: headingLine,
        what: `${other.toUpperCase()} question-heading`,
      },
    ],
    diagnostics,
  );
  return [{ record, firstLine: 1, lastLine: lines.length, diagnostics }];
}

/** The combined heading: the FR heading, one space, the NL heading, cut just before "Vraag nr.". */
function splitHeading(text: string): { fr: QuestionHeading | null; nl: QuestionHeading | null } {
  const m = /^(.*\))\s+(Vraag nr\..*)$/u.exec(text);
  if (m) return { fr: parseQuestionHeading(m[1] ?? ''), nl: parseQuestionHeading(m[2] ?? '') };
  const single = parseQuestionHeading(text);
  return { fr: single?.language === 'fr' ? single : null, nl: single?.language === 'nl' ? single : null };
}

function findBilingualHeading(lines: readonly Line[], start: number): number {
  for (let i = start; i < lines.length; i++) {
    const s = splitHeading(lines[i]?.text ?? '');
    if (s.fr || s.nl) return i;
  }
  return -1;
}

function firstBodyIndex(lines: readonly Line[], region: readonly Line[], anchorIndex: number, claims: Claims): number {
  const last = Math.max(anchorIndex, ...region.map((l) => l.no - 1));
  const i = lines.findIndex((l, j) => j > last && l.text !== '' && !claims.has(l));
  return i < 0 ? lines.length : i;
}
