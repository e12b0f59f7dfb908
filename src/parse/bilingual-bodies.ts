// The bodies of a bilingual print (§5.2): FR, a one-space line, NL, and
// the answers in whichever of the accepted forms they come.
import { diag } from '../diagnostics.js';
import type { Diagnostic, Language } from '../types.js';
import { parseAnswerBody, parseBody } from './body.js';
import type { Half } from './bilingual-half.js';
import { isSpaceLine, questionsFirst, splitBodies, type BodySplit } from './bilingual-split.js';
import { ANSWER_DATE, headingFormReport, parseAnswerHeading } from './headings.js';
import type { Claims, Line } from './lines.js';
import { dateOrReport } from './date-report.js';
import { findAnswerHeading } from './page.js';

const COMBINED_ANSWER = new RegExp(`^Réponse reçue le ${ANSWER_DATE} ?: ?Antwoord ontvangen op ${ANSWER_DATE} ?:$`, 'u');
// Checked for the final ":" first: without it, the second date is tried at
// every ": Antwoord ontvangen op" of a long line.
const isCombinedAnswer = (text: string) => text.endsWith(':') && COMBINED_ANSWER.test(text);

interface Part {
  question: Line[];
  heading: Line | null;
  headingDate: string | null;
  answer: Line[];
}

const emptyPart = (): Part => ({ question: [], heading: null, headingDate: null, answer: [] });

/**
 * The bodies after the heading: FR, a one-space line, NL (§5.2). Answers in a
 * bilingual print were never observed [U]; three forms are accepted: each half
 * with its own answer heading; both questions, then both answers under their
 * own headings (split at the next one-space line); or one combined "Réponse reçue le … :
 * Antwoord ontvangen op … :" line after both questions, followed by the two
 * answers split the same way. When a split falls back to language evidence,
 * or fails (then the record keeps everything), a warning says so.
 */
export function readBodies(
  body: Line[],
  halves: Record<Language, Half>,
  language: Language,
  /** The answered row's date: a heading that prints none takes it. */
  answered: string | null,
  claims: Claims,
  diagnostics: Diagnostic[],
): void {
  const other: Language = language === 'fr' ? 'nl' : 'fr';
  const parts: Record<Language, Part> = { fr: emptyPart(), nl: emptyPart() };
  const checked = (s: BodySplit, what: string, at: Line | undefined): BodySplit => {
    if (s.how === 'space-line' && !s.doubt) return s;
    if (![...s.fr, ...s.nl].some((l) => l.text !== '')) return s;
    diagnostics.push(
      diag(
        'SENQ_BILINGUAL_SPLIT',
        s.doubt
          ? `between the French and Dutch ${what}: ${s.doubt}`
          : s.how === 'language'
            ? `no one-space line between the French and Dutch ${what}; split where the language changes`
            : `no one-space line between the French and Dutch ${what}, and no clear language change; all kept in the record`,
        at?.no ?? null,
        1,
      ),
    );
    // Unsplit: everything goes to the record's language.
    return s.how === 'none' ? { fr: language === 'fr' ? s.fr : [], nl: language === 'nl' ? s.fr : [], how: 'none' } : s;
  };
  const perHalf = (lines: Line[], what: string): Record<Language, Part> => {
    const s = checked(splitBodies(lines), what, lines[0]);
    const out = { fr: emptyPart(), nl: emptyPart() };
    for (const lang of ['fr', 'nl'] as const) {
      const half = s[lang];
      const ai = findAnswerHeading(half, 0);
      const head = ai >= 0 ? (half[ai] as Line) : null;
      out[lang] = head
        ? { question: half.slice(0, ai), heading: head, headingDate: parseAnswerHeading(head.text)?.dateText ?? null, answer: half.slice(ai + 1) }
        : { question: half, heading: null, headingDate: null, answer: [] };
    }
    return out;
  };
  const firstAnswer = findAnswerHeading(body, 0, body.length, isCombinedAnswer);
  const combined = body.findIndex((l) => isCombinedAnswer(l.text));
  if (combined >= 0) {
    const head = body[combined] as Line;
    const m = COMBINED_ANSWER.exec(head.text);
    const q = checked(splitBodies(body.slice(0, combined)), 'questions', body[0]);
    const a = checked(splitBodies(body.slice(combined + 1)), 'answers', head);
    parts.fr = { question: q.fr, heading: head, headingDate: m?.[1] ?? null, answer: a.fr };
    parts.nl = { question: q.nl, heading: head, headingDate: m?.[2] ?? null, answer: a.nl };
  } else if (firstAnswer >= 0 && questionsFirst(body.slice(0, firstAnswer))) {
    // Both questions first, then both answers, each under its own heading:
    // the questions split at the first one-space line, the answers at the next.
    const q = checked(splitBodies(body.slice(0, firstAnswer)), 'questions', body[0]);
    const region = body.slice(firstAnswer);
    const heads = region.filter((l) => parseAnswerHeading(l.text) !== null);
    const only = heads.length === 1 && !region.some(isSpaceLine) ? parseAnswerHeading((heads[0] as Line).text) : null;
    // A single answer under a single heading belongs to that heading's language.
    const a = only ? { fr: emptyPart(), nl: emptyPart() } : perHalf(region, 'answers');
    if (only) a[only.language] = { question: [], heading: region[0] as Line, headingDate: only.dateText, answer: region.slice(1) };
    parts.fr = { ...a.fr, question: q.fr };
    parts.nl = { ...a.nl, question: q.nl };
  } else {
    // Each half whole: FR question and answer, one-space line, NL question and answer.
    Object.assign(parts, perHalf(body, 'bodies'));
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
      const heading = parseAnswerHeading(part.heading.text);
      if (heading) diagnostics.push(...headingFormReport(heading, part.heading));
      // A heading that prints no date (§14): the answer takes the answered row's.
      const date = heading?.unobserved === 'no date' ? answered : dateOrReport(part.headingDate, part.heading, diagnostics);
      half.answer = parseAnswerBody(part.answer, date, part.heading, diagnostics);
      half.answerLine = part.heading;
      claims.claimAll(part.answer);
    }
  }
}
