// Status (§15): an answer always wins; otherwise the latest closing or
// lapsing row; otherwise pending. Plus the consistency checks.
import { diag } from '../diagnostics.js';
import type { ChronologyEntry, Diagnostic, QuestionRecord, Status } from '../types.js';

export function deriveStatus(chronology: readonly ChronologyEntry[], hasAnswer: boolean): Status {
  if (hasAnswer || chronology.some((e) => e.event === 'answered')) return 'answered';
  let decisive: ChronologyEntry | null = null;
  for (const e of chronology) {
    if (e.event !== 'closed' && e.event !== 'lapsed') continue;
    // Latest by date, then by order: a later row with an equal date wins.
    if (!decisive || (e.date ?? '') >= (decisive.date ?? '')) decisive = e;
  }
  return decisive ? (decisive.event as Status) : 'pending';
}

/**
 * Fill status and the answered date, and report chronology/answer
 * disagreements. `answerLine` is the answer heading's line, when there is
 * one: a heading followed by no text (reported where it was read) is still an
 * answer section for the status.
 */
export function settleAnswer(record: QuestionRecord, answerLine: number | null): Diagnostic[] {
  const out: Diagnostic[] = [];
  const answeredRow = answeredRowOf(record.chronology);
  record.date_answered = answeredRow?.date ?? null;
  const section = record.answer !== null || answerLine !== null;
  record.status = deriveStatus(record.chronology, section);
  if (answeredRow && !section) {
    out.push(diag('SENQ_ANSWER_INCONSISTENT', 'the chronology has an answer row but the export holds no answer text'));
  } else if (record.answer && !answeredRow && record.chronology.length > 0) {
    out.push(diag('SENQ_ANSWER_INCONSISTENT', 'answer text found but the chronology has no answer row', answerLine, 1));
  } else {
    out.push(...answerDateReport(record.answer?.date ?? null, answeredRow?.date ?? null, 'answer heading date', answerLine, 1));
  }
  return out;
}

/** The answered row; of two with different dates (§20 [U]) the first is kept (parseChronology says so). */
export function answeredRowOf(chronology: readonly ChronologyEntry[]): ChronologyEntry | undefined {
  return chronology.find((e) => e.event === 'answered');
}

/** An answer heading's date that differs from the answered row's (§15), said at the heading; `what` names it. */
export function answerDateReport(date: string | null, answered: string | null, what: string, line: number | null, column: number | null): Diagnostic[] {
  if (!date || !answered || date === answered) return [];
  return [diag('SENQ_ANSWER_INCONSISTENT', `${what} ${date} differs from the chronology's ${answered}`, line, column)];
}
