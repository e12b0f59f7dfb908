// Question and answer headings (§12, §14). Both are matched as whole lines,
// never inside body text.
import type { Language } from '../types.js';
import { NO_FR, NO_NL } from './identifiers.js';

export interface QuestionHeading {
  legislature: number;
  number: number;
  dateText: string;
  /** The text inside the final brackets, e.g. "Vraag gesteld in het Nederlands". */
  tag: string;
  language: Language;
}

// Screen and print headings; prints prefix "SENAAT Schriftelijke vraag" / "SÉNAT Question écrite".
const NL_HEADING = new RegExp(
  `^(?:SENAAT Schriftelijke vraag|Vraag) ${NO_NL} ?(\\d+)-(\\d+) d\\.d\\. (.+?) ?: ?\\((.*)\\)$`,
  'u',
);
const FR_HEADING = new RegExp(
  `^(?:SÉNAT Question écrite|Question) ${NO_FR} ?(\\d+)-(\\d+) du (.+?) ?: ?\\((.*)\\)$`,
  'u',
);

export function parseQuestionHeading(text: string): QuestionHeading | null {
  // Both patterns end in `\)$`; without that, `(.+?) ?: ?\((.*)\)$` tries
  // every ": (" on the line and backtracks quadratically (0.6 MB took 5 minutes).
  if (!text.endsWith(')')) return null;
  for (const [re, language] of [
    [NL_HEADING, 'nl'],
    [FR_HEADING, 'fr'],
  ] as const) {
    const m = re.exec(text);
    if (m) {
      return {
        legislature: Number(m[1]),
        number: Number(m[2]),
        dateText: m[3] ?? '',
        tag: m[4] ?? '',
        language,
      };
    }
  }
  return null;
}

const ORIGINAL: Record<string, Language> = {
  'vraag gesteld in het nederlands': 'nl',
  'question posée en néerlandais': 'nl',
  'n.': 'nl',
  'vraag gesteld in het frans': 'fr',
  'question posée en français': 'fr',
  'fr.': 'fr',
};

/** The original language named by a heading tag; null for anything else (German…). */
export function originalLanguageOf(tag: string): Language | null {
  return ORIGINAL[tag.trim().toLowerCase()] ?? null;
}

export interface AnswerHeading {
  dateText: string | null;
  language: Language;
}

const NL_ANSWER = /^(?:SENAAT )?Antwoord ontvangen op (.+?) ?:$/u;
const FR_ANSWER = /^(?:SÉNAT )?Réponse reçue le (.+?) ?:$/u;

export function parseAnswerHeading(text: string): AnswerHeading | null {
  const nl = NL_ANSWER.exec(text);
  if (nl) return { dateText: nl[1] ?? null, language: 'nl' };
  const fr = FR_ANSWER.exec(text);
  if (fr) return { dateText: fr[1] ?? null, language: 'fr' };
  return null;
}
