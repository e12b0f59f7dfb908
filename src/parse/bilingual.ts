// The bilingual printer version (§5): one record in the question's original
// language, with the other language in `translation` (the §5.4 decision:
// FORMAT cannot tell which page language was requested, so the heading's
// original language decides; unknown → French, the first-printed half, with
// a warning). French comes before Dutch everywhere.
import { diag } from '../diagnostics.js';
import type { Author, Body, Diagnostic, Language } from '../types.js';
import { alignItems, parseBody } from './body.js';
import { parseDoubledChronology } from './bilingual-chronology.js';
import { splitBilingualTitle, splitBodies, type BodySplit } from './bilingual-split.js';
import { isChronologyRow, isDeadlineLine } from './chronology.js';
import type { Detection, Doc, Parsed } from './document.js';
import { BILINGUAL_NUMBER } from './furniture.js';
import { parseAddresseeLine, parseAuthorLine, splitTitle } from './header.js';
import { originalLanguageOf, parseAnswerHeading, parseQuestionHeading, type QuestionHeading } from './headings.js';
import { makeId } from './identifiers.js';
import { firstColumn, type Claims, type Line } from './lines.js';
import { crossCheckDates, dateOrReport, findAnswerHeading } from './page.js';
import { emptyRecord } from './record.js';
import { isReferenceLine, parseReferences } from './references.js';
import { readMasthead, splitSections } from './sections.js';
import { settleAnswer } from './status.js';

const HEADER_SECTIONS = 3;
const COMBINED_ANSWER = /^Réponse reçue le (.+?) ?: ?Antwoord ontvangen op (.+?) ?:$/u;

/** One language's half of the page. */
interface Half {
  author: Author | null;
  addressee: string | null;
  title: string | null;
  subjects: string[];
  keywords: string[];
  heading: QuestionHeading | null;
  question: Body | null;
  answer: Body | null;
  answerLine: Line | null;
}

const emptyHalf = (): Half => ({
  author: null,
  addressee: null,
  title: null,
  subjects: [],
  keywords: [],
  heading: null,
  question: null,
  answer: null,
  answerLine: null,
});

export function parseBilingual(doc: Doc, detection: Detection): Parsed[] {
  const { lines, claims } = doc;
  const diagnostics: Diagnostic[] = [];
  const halves: Record<Language, Half> = { fr: emptyHalf(), nl: emptyHalf() };

  const numberIndex = lines.findIndex((l) => BILINGUAL_NUMBER.test(l.text));
  const anchorIndex = numberIndex >= 0 ? numberIndex : detection.index;
  const anchor = lines[anchorIndex];
  if (!anchor) return [];
  const masthead = readMasthead(lines.slice(0, anchorIndex), claims);
  let id: ReturnType<typeof makeId> | null = null;
  const nm = numberIndex >= 0 ? BILINGUAL_NUMBER.exec(anchor.text) : null;
  if (nm) {
    claims.claim(anchor);
    id = makeId(Number(nm[1]), Number(nm[2]));
    if (nm[1] !== nm[3] || nm[2] !== nm[4]) {
      diagnostics.push(
        diag('SENQ_NUMBER_MISMATCH', `the number line gives ${id.id} and ${nm[3]}-${nm[4]}; the first wins`, anchor.no, firstColumn(anchor)),
      );
    }
  } else {
    diagnostics.push(diag('SENQ_MISSING_FIELD', 'no number line ("Question écrite n° … Schriftelijke vraag nr. …") found', anchor.no, 1));
  }

  const headingIndex = findBilingualHeading(lines, anchorIndex + 1);
  const regionEnd = headingIndex >= 0 ? headingIndex : lines.length;
  const sections = splitSections(lines.slice(anchorIndex + 1, regionEnd), claims);
  const isRegionLine = (l: Line) => isChronologyRow(l.text) || isDeadlineLine(l.text) || isReferenceLine(l.text);
  const headerLines: Line[] = [];
  let regionLines: Line[] = [];
  sections.forEach((section, i) => {
    for (const l of section) {
      if (i < HEADER_SECTIONS && regionLines.length === 0 && !isRegionLine(l)) headerLines.push(l);
      else regionLines.push(l);
    }
  });
  if (headingIndex < 0) regionLines = regionLines.filter(isRegionLine);
  const flags = readBilingualHeader(headerLines, halves, claims, diagnostics, anchor);

  // Heading and language decision (§5.4).
  const headingLine = headingIndex >= 0 ? (lines[headingIndex] as Line) : null;
  if (headingLine) {
    claims.claim(headingLine);
    const split = splitHeading(headingLine.text);
    halves.fr.heading = split.fr;
    halves.nl.heading = split.nl;
    if (!split.fr || !split.nl) {
      diagnostics.push(diag('SENQ_BILINGUAL_SPLIT', 'the question heading holds only one language', headingLine.no, firstColumn(headingLine)));
    }
    for (const h of [split.fr, split.nl]) {
      if (id && h && (h.legislature !== id.legislature || h.number !== id.number)) {
        diagnostics.push(
          diag(
            'SENQ_NUMBER_MISMATCH',
            `question heading says ${h.legislature}-${h.number} but the number line says ${id.id}; the number line wins`,
            headingLine.no,
            firstColumn(headingLine),
          ),
        );
      }
    }
  } else {
    diagnostics.push(diag('SENQ_MISSING_FIELD', 'no question heading found', null, null));
  }
  const tag = halves.fr.heading?.tag ?? halves.nl.heading?.tag ?? null;
  const original = tag === null ? null : originalLanguageOf(tag);
  if (tag !== null && original === null && headingLine) {
    diagnostics.push(diag('SENQ_LANGUAGE_UNKNOWN', `original language "${tag}" is neither Dutch nor French`, headingLine.no, 1));
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
  else if (halves.fr.heading ?? halves.nl.heading) {
    const h = (halves.fr.heading ?? halves.nl.heading) as QuestionHeading;
    Object.assign(record, makeId(h.legislature, h.number));
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
    diagnostics.push(diag('SENQ_NO_CHRONOLOGY', 'no chronology rows found; status falls back to "pending"', anchor.no, 1));
  }
  const refs = parseReferences(regionLines);
  record.references = refs.references;
  claims.claimAll(refs.lines);
  diagnostics.push(...refs.diagnostics);

  // Bodies.
  const bodyStart = headingLine ? headingIndex + 1 : firstBodyIndex(lines, regionLines, anchorIndex, claims);
  readBodies(lines.slice(bodyStart), halves, language, claims, diagnostics);

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
    if (h.question) h.question.date = date ?? record.date_asked;
  }
  diagnostics.push(...settleAnswer(record, mine.answerLine?.no ?? theirs.answerLine?.no ?? null));
  if (record.answer === null && theirs.answer !== null) {
    diagnostics.push(
      diag('SENQ_ANSWER_INCONSISTENT', `an answer was found in the ${other.toUpperCase()} half only`, theirs.answerLine?.no ?? null, 1),
    );
  }
  if (theirs.answer && theirs.answer.date === null) theirs.answer.date = record.date_answered;
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
  crossCheckDates(
    record,
    [
      ...masthead.dates.map((date) => ({ date, line: masthead.dateLine, what: 'date-line' })),
      { date: mine.question?.date ?? null, line: headingLine, what: 'question-heading' },
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

/**
 * Author and addressee lines come in pairs, FR first; each is recognised by
 * its preposition ("de"/"van", "à"/"au"/"aan"). Then the title line and the
 * two descriptor lists.
 */
function readBilingualHeader(
  headerLines: Line[],
  halves: Record<Language, Half>,
  claims: Claims,
  diagnostics: Diagnostic[],
  anchor: Line,
): { unsplitTitle: boolean; unsplitKeywords: boolean } {
  const flags = { unsplitTitle: false, unsplitKeywords: false };
  const rest = headerLines.filter((l) => l.text !== '');
  while (rest[0]) {
    const l = rest[0];
    const author = parseAuthorLine(l.text);
    const addressee = author ? null : parseAddresseeLine(l.text);
    if (author) {
      const lang: Language = l.text.startsWith('van ') ? 'nl' : 'fr';
      halves[lang].author = { name: author.name, party: author.party };
    } else if (addressee !== null) {
      halves[l.text.startsWith('aan ') ? 'nl' : 'fr'].addressee = addressee;
    } else break;
    claims.claim(rest.shift());
  }
  for (const lang of ['fr', 'nl'] as const) {
    if (!halves[lang].author) diagnostics.push(diag('SENQ_MISSING_FIELD', `no ${lang.toUpperCase()} author line found`, anchor.no, 1));
    if (!halves[lang].addressee) diagnostics.push(diag('SENQ_MISSING_FIELD', `no ${lang.toUpperCase()} addressee line found`, anchor.no, 1));
  }
  const titleLine = rest.shift();
  if (titleLine) {
    claims.claim(titleLine);
    const split = splitBilingualTitle(titleLine.text);
    if (split) {
      halves.fr.title = split.fr;
      halves.nl.title = split.nl;
      halves.fr.subjects = splitTitle(split.fr);
      halves.nl.subjects = splitTitle(split.nl);
    } else {
      // Both slots get the whole line; the caller's record keeps it and the
      // translation's title is cleared below (FORMAT §5.3 step 4).
      diagnostics.push(
        diag('SENQ_BILINGUAL_SPLIT', 'the title line could not be split into its French and Dutch titles; kept whole', titleLine.no, 1),
      );
      for (const lang of ['fr', 'nl'] as const) {
        halves[lang].title = titleLine.text;
        halves[lang].subjects = splitTitle(titleLine.text);
      }
      flags.unsplitTitle = true;
    }
  } else {
    diagnostics.push(diag('SENQ_MISSING_FIELD', 'no title line found', anchor.no, 1));
  }
  claims.claimAll(rest);
  const kw = rest.map((l) => l.text);
  if (kw.length === 0) {
    diagnostics.push(diag('SENQ_MISSING_FIELD', 'no keyword (descriptor) lines found', titleLine?.no ?? anchor.no, 1));
  } else if (kw.length % 2 === 0) {
    halves.fr.keywords = kw.slice(0, kw.length / 2);
    halves.nl.keywords = kw.slice(kw.length / 2);
  } else {
    halves.fr.keywords = kw;
    halves.nl.keywords = kw;
    flags.unsplitKeywords = true;
    const at = rest[0] as Line;
    diagnostics.push(
      diag('SENQ_BILINGUAL_SPLIT', `odd number of descriptors (${kw.length}) cannot be halved; all are kept in the record`, at.no, 1),
    );
  }
  return flags;
}

interface Part {
  question: Line[];
  heading: Line | null;
  headingDate: string | null;
  answer: Line[];
}

/**
 * The bodies after the heading: FR, a one-space line, NL (§5.2). Answers in a
 * bilingual print were never observed [U]; two forms are accepted: each half
 * with its own answer heading, or one combined "Réponse reçue le … :
 * Antwoord ontvangen op … :" line after both questions, followed by the two
 * answers split the same way. When a split falls back to language evidence,
 * or fails (then the record keeps everything), a warning says so.
 */
function readBodies(body: Line[], halves: Record<Language, Half>, language: Language, claims: Claims, diagnostics: Diagnostic[]): void {
  const other: Language = language === 'fr' ? 'nl' : 'fr';
  const parts: Record<Language, Part> = {
    fr: { question: [], heading: null, headingDate: null, answer: [] },
    nl: { question: [], heading: null, headingDate: null, answer: [] },
  };
  const checked = (s: BodySplit, what: string, at: Line | undefined): BodySplit => {
    if (s.how === 'space-line') return s;
    if (![...s.fr, ...s.nl].some((l) => l.text !== '')) return s;
    diagnostics.push(
      diag(
        'SENQ_BILINGUAL_SPLIT',
        s.how === 'language'
          ? `no one-space line between the French and Dutch ${what}; split where the language changes`
          : `no one-space line between the French and Dutch ${what}, and no clear language change; all kept in the record`,
        at?.no ?? null,
        1,
      ),
    );
    // Unsplit: everything goes to the record's language.
    return s.how === 'none' ? { fr: language === 'fr' ? s.fr : [], nl: language === 'nl' ? s.fr : [], how: 'none' } : s;
  };
  const combined = body.findIndex((l) => COMBINED_ANSWER.test(l.text));
  if (combined >= 0) {
    const head = body[combined] as Line;
    const m = COMBINED_ANSWER.exec(head.text);
    const q = checked(splitBodies(body.slice(0, combined)), 'questions', body[0]);
    const a = checked(splitBodies(body.slice(combined + 1)), 'answers', head);
    parts.fr = { question: q.fr, heading: head, headingDate: m?.[1] ?? null, answer: a.fr };
    parts.nl = { question: q.nl, heading: head, headingDate: m?.[2] ?? null, answer: a.nl };
  } else {
    const s = checked(splitBodies(body), 'bodies', body[0]);
    for (const lang of ['fr', 'nl'] as const) {
      const half = s[lang];
      const ai = findAnswerHeading(half, 0);
      const head = ai >= 0 ? (half[ai] as Line) : null;
      parts[lang] = head
        ? { question: half.slice(0, ai), heading: head, headingDate: parseAnswerHeading(head.text)?.dateText ?? null, answer: half.slice(ai + 1) }
        : { question: half, heading: null, headingDate: null, answer: [] };
    }
  }
  for (const lang of [language, other]) {
    const part = parts[lang];
    const half = halves[lang];
    if (part.question.some((l) => l.text !== '')) {
      const q = parseBody(part.question, null);
      half.question = q.body;
      diagnostics.push(...q.diagnostics);
      claims.claimAll(part.question);
    }
    if (part.heading) {
      claims.claim(part.heading);
      const date = dateOrReport(part.headingDate, part.heading, diagnostics);
      const a = parseBody(part.answer, date);
      half.answer = a.body;
      half.answerLine = part.heading;
      diagnostics.push(...a.diagnostics);
      claims.claimAll(part.answer);
    }
  }
}
