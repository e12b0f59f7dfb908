// Diagnostics are data: a stable code, a severity, a message and a position.
// This registry is the single list of codes; the README table is checked
// against it by a test, so a new code cannot go undocumented.
import type { Diagnostic, Severity } from './types.js';
import { deepFreeze } from './util/freeze.js';

export interface CodeInfo {
  severity: Severity;
  /** One sentence for the README: when the code is emitted. */
  meaning: string;
}

export const CODES = {
  SENQ_NOT_A_QUESTION: {
    severity: 'error',
    meaning: 'The input is not a recognisable Senate written question (no variant matched); no record is produced.',
  },
  SENQ_EMPTY_INPUT: { severity: 'error', meaning: 'The input is empty or holds only whitespace.' },
  SENQ_BINARY_INPUT: { severity: 'error', meaning: 'The input looks binary (NUL bytes or mostly control characters), not text.' },
  SENQ_TOO_LARGE: {
    severity: 'error',
    meaning: 'The file is larger than --max-bytes and was not read (library: the text is too long for one JavaScript string).',
  },
  SENQ_INPUT_TYPE: {
    severity: 'error',
    meaning: 'Library only: parse() was given something other than a string or bytes (Uint8Array, Buffer, ArrayBuffer, a typed array or DataView); no record.',
  },
  SENQ_BAD_OPTION: {
    severity: 'warning',
    meaning:
      'Library only: an option has a value senq does not know (assumePath not a damage path, id not L-N, path or encoding not a string, repair not true or false); it was ignored.',
  },
  SENQ_READ_FAILED: {
    severity: 'error',
    meaning: 'The input could not be read (missing, a directory, no permission, a link to a folder that holds it: a loop); the run goes on with the other inputs.',
  },
  SENQ_DECODE_FAILED: {
    severity: 'error',
    meaning:
      'The bytes are not valid in the encoding forced with --encoding or claimed by a byte-order mark, or a UTF-16 input has an odd byte count or half a character (an unpaired surrogate, also in a string given to the library); what could not be read became U+FFFD; also an unknown encoding name given to the library (then detected).',
  },
  SENQ_MIXED_ENCODING: {
    severity: 'warning',
    meaning:
      'The file is UTF-8 but for a few bytes (e.g. a line pasted from a Windows-1252 file); those bytes were read as Windows-1252 characters.',
  },
  SENQ_NO_NUMBER: {
    severity: 'error',
    meaning:
      'No question number could be found in the text, the file name or a Senate URL, or the only one printed is impossible (a legislature or number 0, or a number too large to hold exactly); the record has id null.',
  },
  SENQ_INTERNAL: {
    severity: 'error',
    meaning: 'An unexpected internal failure while parsing this input; please report it with the input.',
  },
  SENQ_MISSING_FIELD: {
    severity: 'warning',
    meaning: 'A field the page layout should have (author, addressee, title, keywords, question heading…) was not found.',
  },
  SENQ_UNCLAIMED_TEXT: {
    severity: 'warning',
    meaning: 'A non-blank input line was not taken into any field; its position is reported so nothing is dropped silently.',
  },
  SENQ_ITEM_LABEL_UNUSUAL: {
    severity: 'info',
    meaning:
      'A paragraph starts with an item label of a shape never observed ("(1)", "1°", "A)", "a.", "ii)", "•", "–", "*", "1.text"); it was taken as an item with its punctuation stripped. Reported once per body.',
  },
  SENQ_FORM_UNOBSERVED: {
    severity: 'info',
    meaning:
      'The page holds a form never observed in Senate exports (FORMAT.md [U]): an answer in a printer version or a fragment, "Antwoord :" in a Dutch bulletin, a bulletin minister heading wrapped over two lines, an answer heading without its colon or its date, an answer deadline on another row than the sending one, page furniture after an answer, an addressee or title hard-wrapped over two lines, an honorific outside bulletins (or "Mme", "Mlle", "Madame" in one), an author line without a party in brackets, an addressee starting "aan het", "aux", "à l\'" or another word after "aan" or "à", or a bulletin question heading without its language tag or final colon or with a numeric date. It was read as the observed form nearest to it (furniture stays answer text; a dateless heading takes the answered row\'s date; a wrapped field is joined; an honorific is left out of the name).',
  },
  SENQ_LIST_LOST: {
    severity: 'warning',
    meaning: 'A paragraph announces a list (ends in ":") but the next paragraph is already the next numbered item: the export probably lost the list.',
  },
  SENQ_DATE_UNPARSED: { severity: 'warning', meaning: 'A date does not parse or does not exist (e.g. 31/2/2010); the field is null.' },
  SENQ_DATE_MISMATCH: {
    severity: 'warning',
    meaning: 'The author-line, heading and chronology dates of the question disagree; the chronology date is kept.',
  },
  SENQ_NUMBER_MISMATCH: {
    severity: 'warning',
    meaning:
      'The number line, the question heading or the bulletin prefix give different numbers; the number line wins, unless it prints no question number (0-8905) and the heading does.',
  },
  SENQ_EVENT_UNKNOWN: { severity: 'info', meaning: 'A chronology row has an event label senq does not know; its event is "other".' },
  SENQ_XREF_UNKNOWN: {
    severity: 'warning',
    meaning: 'A cross-reference line has an unknown kind, a number without legislature prefix, or a number no question has (0-7312); it was skipped.',
  },
  SENQ_ANSWER_INCONSISTENT: {
    severity: 'warning',
    meaning:
      'The chronology and the answer section disagree (answered row without answer text, or the reverse, or different dates), or the page has a second answer heading (kept as text of the first answer).',
  },
  SENQ_CHRONOLOGY_ORDER: { severity: 'warning', meaning: 'Chronology rows are not in date order.' },
  SENQ_DEADLINE_MULTIPLE: { severity: 'warning', meaning: 'Several different answer deadlines are printed; the first is kept.' },
  SENQ_NO_CHRONOLOGY: { severity: 'warning', meaning: 'The chronology is missing or empty; the status comes from the presence of an answer alone ("answered", else "pending").' },
  SENQ_LANGUAGE_UNKNOWN: {
    severity: 'warning',
    meaning: 'The question heading names an original language other than Dutch or French; original_language is null.',
  },
  SENQ_BILINGUAL_SPLIT: {
    severity: 'warning',
    meaning: 'A bilingual print could not be split into its French and Dutch halves with confidence (title, body or keywords), its original language is unknown, or its two headings name different original languages (the French one is followed).',
  },
  SENQ_CHRONOLOGY_HALVES: {
    severity: 'warning',
    meaning: 'The two printed copies of a bilingual chronology differ; all rows are kept.',
  },
  SENQ_CONVERTER_RESIDUE: { severity: 'info', meaning: 'Table residue from an HTML-to-text converter (pipes, image placeholders) was removed.' },
  SENQ_KEYWORDS_MERGED: {
    severity: 'warning',
    meaning: 'The descriptors seem run together on one line (converter damage); the line is kept as one keyword.',
  },
  SENQ_VARIANT_WEAK: { severity: 'info', meaning: 'The page variant was recognised from weak evidence (the decisive line was missing).' },
  SENQ_HEADING_DOUBT: {
    severity: 'warning',
    meaning:
      'In a bulletin, a one-line paragraph right before a minister or question heading has the shape of a heading but is no known one (an office not listed, an unknown section heading), or a line starts like a question heading ("Vraag nr. 3-…") but reads as none (wrapped, or without its title under it); it was kept as text of the question before (a question heading right after it keeps the previous minister as addressee).',
  },
  SENQ_ADDRESSEE_UNKNOWN: { severity: 'warning', meaning: 'A bulletin question stands under no minister heading; addressee is null.' },
  SENQ_STATUS_PRESENCE: { severity: 'info', meaning: 'Bulletins have no chronology: the status comes from the presence of an answer only.' },
  SENQ_ENCODING_GUESSED: { severity: 'info', meaning: 'The input was not UTF-8 and had no BOM; the named encoding (a single-byte one, or UTF-16 from its NUL bytes) was guessed.' },
  SENQ_LOSSY_TEXT: {
    severity: 'warning',
    meaning: 'The text lost information before senq saw it (U+FFFD, "?" inside a word, undefined Windows-1252 bytes); it cannot be repaired.',
  },
  SENQ_SUSPECT_MOJIBAKE: {
    severity: 'warning',
    meaning: 'A word looks like encoding damage but the evidence was not clear enough to repair it; it was left as is.',
  },
  SENQ_CONTROL_CHARS: {
    severity: 'warning',
    meaning: 'The input holds control characters (e.g. terminal escape sequences); they are kept in data but neutralised in messages.',
  },
  SENQ_ANSWER_TABLE: { severity: 'info', meaning: 'The answer holds table-like lines (pipes or tab runs), kept as paragraphs.' },
  SENQ_AUTHOR_MISMATCH: {
    severity: 'warning',
    meaning: "The French and Dutch author lines of a bilingual print name different people (damaged text); the record keeps its own language's name.",
  },
} as const satisfies Record<string, CodeInfo>;

deepFreeze(CODES);

export type DiagnosticCode = keyof typeof CODES;

/** Build a diagnostic with the registry's severity for its code. */
export function diag(
  code: DiagnosticCode,
  message: string,
  line: number | null = null,
  column: number | null = null,
): Diagnostic {
  return { code, severity: CODES[code].severity, message, line, column };
}

export function hasError(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Sort by position (unpositioned first), keeping emission order for ties. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.line ?? 0) - (b.d.line ?? 0) || (a.d.column ?? 0) - (b.d.column ?? 0) || a.i - b.i)
    .map(({ d }) => d);
}
