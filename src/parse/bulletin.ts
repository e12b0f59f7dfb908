// Old bulletins (§6): one page, several questions grouped under minister
// headings, each question yielding its own record. A question runs from its
// heading to the next question heading, minister heading, section heading or
// the end of the file (§6.4).
import { diag } from '../diagnostics.js';
import type { Diagnostic, QuestionRecord } from '../types.js';
import { alignItems, parseAnswerBody, parseBody } from './body.js';
import {
  BULLETIN_LEGEND,
  BULLETIN_MASTHEAD,
  BULLETIN_NUMBER,
  BULLETIN_SESSION,
  BULLETIN_TITLE,
  HEADING_START,
  INLINE_ANSWER,
  isSectionHeading,
  looksLikeMinisterHeading,
  looksLikeUnknownHeading,
  parseBulletinHeading,
  splitBulletinTitle,
  type BulletinHeading,
} from './bulletin-lines.js';
import type { Detection, Doc, Parsed } from './document.js';
import { languageOrReport } from './headings.js';
import { joinWrapped, splitHonorific, takeWrapped } from './header.js';
import { headingPrinted, settleId } from './id-check.js';
import { endsSentence, firstColumn, type Line } from './lines.js';
import { dateOrReport } from './date-report.js';
import { emptyRecord } from './record.js';

export function parseBulletin(doc: Doc, detection: Detection): Parsed[] {
  const { lines, claims } = doc;
  let bulletin: { id: string; legislature: number } | null = null;
  for (const l of lines) {
    const b = BULLETIN_NUMBER.exec(l.text);
    if (b && !bulletin) bulletin = { id: `${b[1]}-${b[2]}`, legislature: Number(b[1]) };
    if (b || BULLETIN_TITLE.test(l.text) || BULLETIN_MASTHEAD.test(l.text) || BULLETIN_SESSION.test(l.text) || BULLETIN_LEGEND.test(l.text)) {
      claims.claim(l);
    }
  }
  const headings = lines.map((l) => parseBulletinHeading(l.text));
  // A heading in a form never observed counts only with its title right
  // under it (§6.3): else it is a sentence of the text that names a question.
  headings.forEach((h, i) => {
    const next = lines[i + 1];
    if (h?.unobserved && (!next || next.text === '' || headings[i + 1])) headings[i] = null;
  });
  // §13.1: in a page with no blank line at all (from its first question
  // on), every line is a paragraph, whatever it ends with.
  const firstAt = headings.findIndex((h) => h !== null);
  // (Up to the last line with text: a file's final newline leaves an empty line.)
  const lastAt = lines.findLastIndex((l) => l.text !== '');
  const blankFree = firstAt >= 0 && !lines.slice(firstAt, lastAt + 1).some((l) => l.text === '');
  const startsParagraph = (prev: Line) => blankFree || endsParagraph(prev);
  // The next non-blank line after each line, in one backward pass: asked
  // for every line below, a forward search was quadratic in a run of blanks.
  const nextFilled = new Array<number>(lines.length).fill(-1);
  for (let j = lines.length - 2; j >= 0; j--) nextFilled[j] = lines[j + 1]?.text !== '' ? j + 1 : (nextFilled[j + 1] as number);
  const nextNonBlank = (i: number) => (i >= 0 && i < lines.length ? (nextFilled[i] as number) : -1);
  // A minister heading is a one-line paragraph with an office word and no
  // final punctuation, directly followed by a question heading; this keeps a
  // one-line last answer paragraph from being taken for one. The blank line
  // before it may be lost (spacing is [U]): a line right after a finished
  // sentence counts too.
  // `from`: the line whose next non-blank line must be the heading (the
  // paragraph's last line; `i` itself for a one-line paragraph).
  const paragraphBefore = (i: number, heading: (j: number) => boolean, from = i) => {
    const prev = lines[i - 1];
    const next = nextNonBlank(from);
    return (!prev || startsParagraph(prev)) && next >= 0 && heading(next);
  };
  const isQuestionHeading = (j: number) => headings[j] !== null;
  // The office-word test, once per line: the minister and wrapped tests below both ask it.
  const office = lines.map((l) => looksLikeMinisterHeading(l.text));
  const isMinister = lines.map((_, i) => office[i] === true && paragraphBefore(i, isQuestionHeading));
  // A heading hard-wrapped over two lines (never observed, §6.3 says one
  // line): its first line has the office word, neither line ends a
  // sentence, and the question heading follows the second. Read as one.
  // (A second line with an office word of its own is no continuation.)
  const wrapped = lines.map((_, i) => {
    const second = lines[i + 1];
    if (!office[i] || isMinister[i] || !second || second.text === '' || headings[i + 1] || office[i + 1] || endsSentence(second.text)) return false;
    return paragraphBefore(i, isQuestionHeading, i + 1);
  });
  wrapped.forEach((w, i) => {
    if (w) isMinister[i] = isMinister[i + 1] = true;
  });
  const isSection = lines.map((l) => isSectionHeading(l.text));
  // A heading-shaped line that is none of these (an office §6.4 does not
  // list, a section heading never observed [U]) stays text of the question
  // before, as it may be that question's last line; said where it stands.
  // (Before the first question such a line is in no question: it is reported unclaimed.)
  const firstHeading = firstAt;
  lines.forEach((l, i) => {
    // (A title stands right under its question heading, without a blank line.)
    // (The structural tests first: the heading shape costs four patterns.)
    if (i <= firstHeading || firstHeading < 0 || isMinister[i] || isSection[i] || headings[i] || headings[i - 1]) return;
    if (!paragraphBefore(i, (j) => headings[j] !== null || isMinister[j] === true) || !looksLikeUnknownHeading(l.text)) return;
    doc.fileDiagnostics.push(
      diag(
        'SENQ_HEADING_DOUBT',
        'a one-line paragraph before a minister or question heading looks like a heading but is no known one: kept as text of the question before (a question heading right after it keeps the minister before)',
        l.no,
        firstColumn(l),
      ),
    );
  });
  lines.forEach((l, i) => {
    if (isSection[i]) claims.claim(l);
    // A line that starts like a question heading but reads as none (wrapped,
    // or off in a way even the lenient form does not take) stays text of the
    // question before: said, as its question is lost in that one.
    // (A sentence that names a question ends like one: "… kreeg hetzelfde antwoord.")
    if (i > firstHeading && firstHeading >= 0 && !headings[i] && HEADING_START.test(l.text) && !endsSentence(l.text)) {
      doc.fileDiagnostics.push(
        diag('SENQ_HEADING_DOUBT', 'a line starts like a question heading but does not read as one: kept as text of the question before', l.no, firstColumn(l)),
      );
    }
  });

  const starts = headings.flatMap((h, i) => (h ? [i] : []));
  if (starts.length === 0) {
    const at = lines[detection.index];
    doc.fileDiagnostics.push(
      diag('SENQ_NOT_A_QUESTION', 'a bulletin page without any question heading: no record can be built', at?.no ?? null, at ? firstColumn(at) : null),
    );
    return [];
  }

  const out: Parsed[] = [];
  let minister: Line | null = null;
  let previousEnd = 0; // last line (1-based) of the previous record's range
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (isMinister[i]) {
      minister = line;
      claims.claim(line);
      const second = wrapped[i] ? lines[i + 1] : undefined;
      if (second) {
        claims.claim(second);
        minister = { ...line, text: `${line.text} ${second.text}` };
        doc.fileDiagnostics.push(
          diag('SENQ_FORM_UNOBSERVED', 'a minister heading wrapped over two lines was never observed; read as one line', line.no, firstColumn(line)),
        );
        i++;
      }
      continue;
    }
    const heading = headings[i];
    if (!heading) continue;
    let end = i + 1;
    while (end < lines.length && !headings[end] && !isMinister[end] && !isSection[end]) end++;
    const parsed = readQuestion(doc, line, heading, lines.slice(i + 1, end), minister, bulletin, detection.language, startsParagraph);
    parsed.firstLine = previousEnd + 1;
    parsed.lastLine = end;
    out.push(parsed);
    previousEnd = end;
    i = end - 1;
  }
  // The last record's range runs to the end of the file.
  const last = out.at(-1);
  if (last) last.lastLine = lines.length;
  return out;
}

function readQuestion(
  doc: Doc,
  headingLine: Line,
  heading: BulletinHeading,
  body: Line[],
  minister: Line | null,
  bulletin: { id: string; legislature: number } | null,
  language: 'nl' | 'fr',
  startsParagraph: (prev: Line) => boolean,
): Parsed {
  const { claims } = doc;
  const diagnostics: Diagnostic[] = [];
  // The page language (line 1 or legend, found by detection) applies to every question on it.
  const record: QuestionRecord = emptyRecord('bulletin', language, doc.source);
  claims.claim(headingLine);
  record.bulletin = bulletin?.id ?? null;
  const at = firstColumn(headingLine);

  // Leg-2 (and presumably leg-1) headings print bare numbers: the legislature
  // comes from "Bulletin L-B". A printed prefix wins over the bulletin.
  const legislature = heading.legislature ?? bulletin?.legislature ?? null;
  if (legislature !== null) {
    // "Vraag nr. 0", or a bulletin "0-28" before a bare number: no question number, so no id (reported).
    const printed = heading.legislature === null ? `${heading.printed} (legislature ${legislature} from bulletin ${bulletin?.id ?? ''})` : heading.printed;
    settleId(record, [headingPrinted({ printed, legislature, number: heading.number }, headingLine)], diagnostics);
  } else {
    diagnostics.push(
      diag('SENQ_NO_NUMBER', `question ${heading.number} has no legislature prefix and the page has no "Bulletin L-B" line`, headingLine.no, at),
    );
  }
  if (heading.legislature !== null && bulletin && heading.legislature !== bulletin.legislature) {
    diagnostics.push(
      diag(
        'SENQ_NUMBER_MISMATCH',
        `question ${heading.legislature}-${heading.number} stands in bulletin ${bulletin.id}; the heading's legislature is kept`,
        headingLine.no,
        at,
      ),
    );
  }
  const who = splitHonorific(heading.who, true);
  record.author = { name: who.name || null, party: null };
  if (!who.observed) {
    diagnostics.push(diag('SENQ_FORM_UNOBSERVED', `the honorific "${who.honorific}" in a bulletin heading was never observed; the name is read without it`, headingLine.no, at));
  }
  if (heading.unobserved) {
    diagnostics.push(diag('SENQ_FORM_UNOBSERVED', `a question heading with ${heading.unobserved.join(', ')} was never observed; read as one`, headingLine.no, at));
  }
  // (No tag printed: said just above; no second report of an empty one.)
  record.original_language = heading.tag === '' ? null : languageOrReport(heading.tag, headingLine, at, diagnostics);
  record.date_asked = dateOrReport(heading.dateText, headingLine, diagnostics);
  if (minister) record.addressee = minister.text;
  else diagnostics.push(diag('SENQ_ADDRESSEE_UNKNOWN', 'the question stands under no minister heading', headingLine.no, at));

  // The title is the line right after the heading, with no blank line
  // between (and the lines a hard wrap left of it: `Brandweer. — Hervorming. —`).
  const titleLines = body[0] && body[0].text !== '' ? takeWrapped(body.filter((l) => l.text !== ''), { lowercase: false, indent: false }) : [];
  const titleLine = titleLines[0] ?? null;
  if (titleLine) {
    claims.claimAll(titleLines);
    record.title = joinWrapped(titleLines, 'the title', diagnostics);
    record.subjects = splitBulletinTitle(titleLines.map((l) => l.raw.trim()).join(' '));
  } else {
    diagnostics.push(diag('SENQ_MISSING_FIELD', 'no title line right after the question heading', headingLine.no, at));
  }
  const rest = body.slice(titleLines.length);

  // An inline answer opens a paragraph with "Réponse :" (NL "Antwoord :" is
  // [U]), after a blank line or, where the blank lines were lost, after a
  // finished sentence (see endsParagraph).
  const answerAt = rest.findIndex((l, j) => INLINE_ANSWER.test(l.text) && (j === 0 || startsParagraph(rest[j - 1] as Line)));
  const questionLines = answerAt >= 0 ? rest.slice(0, answerAt) : rest;
  if (questionLines.some((l) => l.text !== '')) {
    const q = parseBody(questionLines, record.date_asked);
    record.question = q.body;
    diagnostics.push(...q.diagnostics);
    claims.claimAll(questionLines);
  } else {
    diagnostics.push(diag('SENQ_MISSING_FIELD', 'the question heading is followed by no question text', headingLine.no, at));
  }
  if (answerAt >= 0) {
    const first = rest[answerAt] as Line;
    if (first.text.startsWith('Antwoord')) {
      diagnostics.push(diag('SENQ_FORM_UNOBSERVED', 'an inline "Antwoord :" in a bulletin was never observed; read as "Réponse :"', first.no, firstColumn(first)));
    }
    const remainder = first.text.replace(INLINE_ANSWER, '');
    const answerLines = [{ ...first, text: remainder }, ...rest.slice(answerAt + 1)];
    record.answer = parseAnswerBody(answerLines, null, first, diagnostics);
    claims.claimAll(answerLines);
  }
  record.status = answerAt >= 0 ? 'answered' : 'pending';
  diagnostics.push(
    diag('SENQ_STATUS_PRESENCE', `bulletins have no chronology: status "${record.status}" comes from the presence of an answer`, headingLine.no, at),
  );
  alignItems(record.question, record.answer);
  return { record, firstLine: headingLine.no, lastLine: headingLine.no, diagnostics };
}

/**
 * Whether the line after `prev` may start a paragraph where blank lines were
 * lost: `prev` is blank, ends a sentence (also inside a closing quote or
 * bracket: `… en 2000 ? »`, `(voir annexe)`), or ends a list entry (`;`).
 */
function endsParagraph(prev: Line): boolean {
  return prev.text === '' || endsSentence(prev.text) || /[;»”")\]]$/u.test(prev.text);
}
