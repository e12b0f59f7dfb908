// What counts as a failure for one input through the library: a crash (an
// exception escaping parse, or SENQ_INTERNAL), a record the published JSON
// Schema refuses (the output contract), or silently lost text.
//
// THE TEXT-LOSS RULE. Take the input as decoded (the library's own decode
// stage, so line numbers match the parser's) and split it into lines on
// CRLF/CR/LF. A non-blank line is accounted for when
//   (a) a diagnostic that says where text went names its line (any code
//       except those about single characters — control characters, lossy
//       or suspect characters — which say nothing about where the line went), or
//   (b) every one of its words occurs as a word of some string field of some
//       record (title, subjects, author, addressee, keywords, chronology,
//       references, question, answer, items, translation, id…), or in a
//       diagnostic's message (a warning that quotes the text, such as two
//       author names that disagree), or was rewritten by a reported repair
//       on that line (its `before`), or is
//       page furniture: a label word the parser turns into a field value or
//       structure instead of copying (FURNITURE, from FORMAT.md); a line whose
//       missing words are all furniture or numbers, with at least one
//       furniture word, is a label line ("Session 2010-2011"). Labels hit by
//       byte damage are allowed a few short stray fragments (isLabelLine,
//       isFurniture); a lost sentence never fits in that allowance.
// Limitation: words are compared, not phrases, so a dropped line whose every
// word also occurs elsewhere in the record is not caught.
// Words are runs of letters (with marks) or runs of digits, compared NFC and
// lower-cased; digit runs without leading zeros, so "30/4/2013" matches the
// ISO date "2013-04-30". Splitting letters from digits matches
// "18/10/2013Antwoord". Residue stripping only removes pipes and image
// placeholders, which hold no words. Lines without any word (separators,
// pipes) cannot lose text and are skipped.
// One contract exception: in a bilingual print the author stands on two
// lines, FR and NL, whose party strings are translations, and the record keeps
// the party of its own language's line only (FORMAT.md §5). So in a result
// with a bilingual record, the party in brackets on a "de …"/"van …" line is
// not required; the name still is.
// A Senate URL is furniture too: the fragment parser reads the id from it.
// A file refused as a whole (no record, an error diagnostic: empty, binary,
// not a question) is an answer, not a loss.
// The rule can fail: a paragraph, keyword or title the parser claims but does
// not copy into the record is reported (tests/fuzz.test.ts proves it).
import { Ajv2020 } from 'ajv/dist/2020.js';
import { decode, fromString } from '../../src/decode/index.js';
import { parse } from '../../src/parse/index.js';
import { recordSchema } from '../../src/schema/record.js';
import type { Diagnostic, ParseOptions, ParseResult, QuestionRecord } from '../../src/types.js';
import { isFurniture } from './furniture.js';

export interface Problem {
  kind: 'crash' | 'internal' | 'schema' | 'loss' | 'slow';
  detail: string;
  line?: number;
}

/** Codes about characters, not about where a line's text went. */
const NOT_ACCOUNTING = new Set(['SENQ_CONTROL_CHARS', 'SENQ_LOSSY_TEXT', 'SENQ_SUSPECT_MOJIBAKE', 'SENQ_ENCODING_GUESSED']);

const ajv = new Ajv2020({ strict: true, allErrors: true });
const validateRecord = ajv.compile(recordSchema);

const AUTHOR_PARTY = /^(\s*(?:de|van)\s.*?)\([^()]*\)\s*$/u;
// Bounded: an unbounded /\p{L}+/u overflows V8's regexp stack on a letter
// run of a few million characters; longer runs split the same way everywhere.
const WORD = /[\p{L}\p{M}]{1,1000}|\p{N}{1,1000}/gu;

export function words(text: string): string[] {
  return (text.normalize('NFC').toLowerCase().match(WORD) ?? []).map((w) => (/^\p{N}+$/u.test(w) ? w.replace(/^0+(?=.)/u, '') : w));
}

/** Every word of every string in the records' data fields. */
function recordWords(records: readonly QuestionRecord[]): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') for (const w of words(v)) out.add(w);
    else if (typeof v === 'number') out.add(String(v));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const r of records) {
    const { diagnostics: _d, repairs: _r, source: _s, ...data } = r;
    walk(data);
  }
  return out;
}

export function decodedLines(input: Uint8Array | string, options: ParseOptions): string[] {
  const text = typeof input === 'string' ? fromString(input).text : decode(input, { encoding: options.encoding }).text;
  return text.split(/\r\n|\r|\n/);
}

/** Lines (1-based) whose text is in no field and no diagnostic; with the words missing. */
export function findLoss(input: Uint8Array | string, options: ParseOptions, result: ParseResult): Problem[] {
  if (result.records.length === 0 && result.diagnostics.some((d) => d.severity === 'error')) return [];
  const seen = recordWords(result.records);
  for (const d of result.diagnostics) for (const w of words(d.message)) seen.add(w);
  const named = new Set(result.diagnostics.filter((d: Diagnostic) => !NOT_ACCOUNTING.has(d.code)).map((d) => d.line));
  const repaired = new Map<number, Set<string>>();
  for (const r of result.records.flatMap((rec) => rec.repairs)) {
    const set = repaired.get(r.line) ?? new Set<string>();
    for (const w of words(r.before)) set.add(w);
    repaired.set(r.line, set);
  }
  const bilingual = result.records.some((r) => r.translation !== null);
  const problems: Problem[] = [];
  decodedLines(input, options).forEach((line, i) => {
    const no = i + 1;
    if (named.has(no)) return;
    const text = withoutSenateUrls(bilingual && line.length < 10_000 ? line.replace(AUTHOR_PARTY, '$1') : line);
    const missing = words(text).filter((w) => !seen.has(w) && !repaired.get(no)?.has(w));
    if (missing.length === 0) return;
    if (!isLabelLine(words(text), missing)) {
      const shown = line.length > 80 ? `${line.slice(0, 77)}...` : line;
      problems.push({ kind: 'loss', line: no, detail: `line ${no} ${JSON.stringify(shown)}: missing ${[...missing.filter((w) => !isFurniture(w)), ...missing.filter(isFurniture)].slice(0, 6).join(' ')}` });
    }
  });
  return problems;
}

/**
 * A label line: every missing word is furniture or a number the label
 * carries, and the line holds furniture. A label hit by byte damage ("aa" cut
 * from "aan", "ges eld" split by a flipped character, "n©erlandais") still is
 * one when it holds at least
 * three furniture words and what is missing besides is at most three distinct
 * stray fragments of 12 letters in all — far less than any lost sentence.
 */
function isLabelLine(all: readonly string[], missing: readonly string[]): boolean {
  const furniture = all.filter(isFurniture).length;
  // A label word split in two by a flipped character ("ge\x8Cteld").
  const halves = new Set<string>();
  for (let i = 0; i + 1 < all.length; i++) {
    const [a, b] = [all[i] as string, all[i + 1] as string];
    if (!isFurniture(a) && isFurniture(a + b)) [a, b].forEach((w) => halves.add(w));
  }
  const stray = [...new Set(missing.filter((w) => !isFurniture(w) && !halves.has(w) && !/^\p{N}+$/u.test(w)))];
  if (furniture === 0) return false;
  return stray.length === 0 || (furniture >= 3 && stray.length <= 3 && stray.join('').length <= 12);
}

/**
 * Blank out Senate page URLs (a fragment's id comes from them), possibly with
 * a damaged character: most of their words are the URL scheme's. Found with
 * indexOf, not a regex: /\S+:\/\/\S+/ is quadratic on a long run without spaces.
 */
function withoutSenateUrls(line: string): string {
  let out = line;
  for (let at = out.indexOf('://'); at >= 0; at = out.indexOf('://', at + 3)) {
    let start = at;
    while (start > 0 && !/\s/u.test(out[start - 1] ?? ' ')) start--;
    let end = at + 3;
    while (end < out.length && !/\s/u.test(out[end] ?? ' ')) end++;
    const ws = words(out.slice(start, end));
    if (ws.filter(isFurniture).length * 2 > ws.length) out = `${out.slice(0, start)} ${out.slice(end)}`;
  }
  return out;
}

/** Parse once and report crashes and losses. */
export function checkLibrary(input: Uint8Array | string, options: ParseOptions): { result: ParseResult | null; problems: Problem[] } {
  let result: ParseResult;
  try {
    result = parse(input, options);
  } catch (error) {
    return { result: null, problems: [{ kind: 'crash', detail: `parse threw: ${(error as Error)?.stack ?? String(error)}` }] };
  }
  const internal = result.diagnostics.filter((d) => d.code === 'SENQ_INTERNAL');
  if (internal.length > 0) return { result, problems: internal.map((d) => ({ kind: 'internal', detail: d.message })) };
  const refused = result.records.flatMap((r, i) => (validateRecord(r) ? [] : [{ kind: 'schema' as const, detail: `record ${i + 1}: ${ajv.errorsText(validateRecord.errors)}` }]));
  return { result, problems: [...refused, ...findLoss(input, options, result)] };
}
