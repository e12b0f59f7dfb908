// One language's half of a bilingual print, filled by the header and body
// readers and then assigned to the record or its translation.
import type { Author, Body } from '../types.js';
import type { QuestionHeading } from './headings.js';
import type { Line } from './lines.js';

/** One language's half of the page. */
export interface Half {
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

export const emptyHalf = (): Half => ({
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
