// The pipeline: decode → repair → lines → variant → records. The library's
// promise is that this never throws: anything unexpected becomes a
// SENQ_INTERNAL diagnostic.
import { append } from '../util/append.js';
import { decode, fromString, type Decoded } from '../decode/index.js';
import { diag, sortDiagnostics } from '../diagnostics.js';
import { lossyReport, repairComposedText } from '../repair/index.js';
import type { Diagnostic, ParseOptions, ParseResult, QuestionRecord, Repair, Source } from '../types.js';
import { detectVariant } from './detect.js';
import type { Parsed } from './document.js';
import { Claims, firstColumn, hasUnusualCharacters, splitLines, type Line } from './lines.js';
import { asInput, checkedOptions, show } from './arguments.js';
import { composeNfc, moveColumn } from '../util/nfc.js';
import { controlCharacters, refuse } from './refuse.js';
import { stripResidue } from './residue.js';
import { CONTROLS } from '../util/controls.js';
import { VARIANT_PARSERS } from './variants.js';

export function parse(input: string | Uint8Array | ArrayBufferLike | ArrayBufferView, options: ParseOptions | null = {}): ParseResult {
  try {
    const bytes = asInput(input);
    if (bytes === null) {
      return { records: [], diagnostics: [diag('SENQ_INPUT_TYPE', `the input is ${input === null ? 'null' : show(input)}, not a string or bytes`)] };
    }
    const checked = checkedOptions(options);
    // The option reports have no place: they travel with every record.
    return parseUnsafe(bytes, checked.options, checked.diagnostics);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Over V8's longest string (~512 MiB of text): too large, not a fault.
    const code = (error as { code?: unknown } | null)?.code;
    if ((error instanceof RangeError && /Invalid string length/u.test(message)) || code === 'ERR_STRING_TOO_LONG') {
      return { records: [], diagnostics: [diag('SENQ_TOO_LARGE', 'the input is too large to be read as one string')] };
    }
    return { records: [], diagnostics: [diag('SENQ_INTERNAL', `internal error: ${message}`)] };
  }
}

function parseUnsafe(input: Uint8Array | string, options: ParseOptions, optionReports: readonly Diagnostic[]): ParseResult {
  const decoded: Decoded = typeof input === 'string' ? fromString(input) : decode(input, { encoding: options.encoding });
  const source: Source = {
    path: options.path ?? null,
    encoding: decoded.encoding,
    bytes: decoded.bytes,
    sha256: decoded.sha256,
  };
  // Diagnostics placed in the text as read already (options, decoding, repair).
  const placed: Diagnostic[] = [...optionReports, ...decoded.diagnostics];
  // Almost no page has control characters: one test of the text spares the
  // binary check's count and the per-line report their scans. A control
  // character is an unusual one, and most pages have none of those either.
  const unusual = hasUnusualCharacters(decoded.text);
  const controls = unusual && CONTROLS.test(decoded.text);
  const refusal = refuse(decoded.text, controls);
  // What decoding said of a binary file's bytes (a guessed encoding, lost
  // characters) is noise beside the refusal.
  if (refusal) return { records: [], diagnostics: refusal.code === 'SENQ_BINARY_INPUT' ? [...optionReports, refusal] : [...placed, refusal] };

  // Decomposed text is composed first (repair and labels need it). The
  // parsers work on the composed, repaired text; every position they find is
  // mapped back to the text as read at the end (`asRead`).
  const composed = unusual ? composeNfc(decoded.text) : null;
  let text = composed?.text ?? decoded.text;
  let repairs: Repair[] = [];
  let asReadColumn = (line: number, column: number) => (composed ? composed.rawColumn(line, column) : column);
  if (options.repair !== false) {
    const repaired = repairComposedText(decoded.text, { assumePath: options.assumePath }, composed);
    repairs = repaired.repairs;
    placed.push(...repaired.diagnostics);
    text = repaired.text;
    asReadColumn = repaired.asRead;
  } else {
    // Without repair, text that lost characters before senq saw it is still worth a word.
    placed.push(...lossyReport(text).map((d) => moveColumn(d, asReadColumn)));
  }
  // Only a composed text or a repair that changed a word's length moves columns.
  const moved = composed !== null || repairs.some((r) => [...r.before].length !== [...r.after].length);
  // What the parsers find, placed in `text`: mapped to the text as read once, at the end.
  const fileDiagnostics: Diagnostic[] = [];
  const asRead = (d: Diagnostic): Diagnostic => (moved ? moveColumn(d, asReadColumn) : d);
  const finish = () => [...placed, ...fileDiagnostics.map(asRead)];
  const repaired = text !== (composed?.text ?? decoded.text);
  const residue = stripResidue(splitLines(text, repaired ? hasUnusualCharacters(text) : unusual));
  const lines = residue.lines;
  const controlsLeft = repaired ? CONTROLS.test(text) : controls;
  fileDiagnostics.push(...(controlsLeft ? controlCharacters(lines) : []), ...residue.diagnostics);

  const detection = detectVariant(lines);
  if (!detection) {
    const first = lines.find((l) => l.text !== '');
    fileDiagnostics.push(
      diag(
        'SENQ_NOT_A_QUESTION',
        'not a Senate written question: no number line, masthead, bulletin heading or chronology row found',
        first?.no ?? null,
        first ? firstColumn(first) : null,
      ),
    );
    return { records: [], diagnostics: sortDiagnostics(finish()) };
  }
  if (detection.weak) {
    const decisive = lines[detection.index];
    fileDiagnostics.push(diag('SENQ_VARIANT_WEAK', detection.weak, decisive?.no ?? null, decisive ? firstColumn(decisive) : null));
  }
  const claims = new Claims();
  const parsed = VARIANT_PARSERS[detection.variant]({ lines, claims, source, options, residue: residue.found, fileDiagnostics }, detection);
  const unclaimed = unclaimedLines(lines, claims);
  if (moved) for (const p of parsed) p.diagnostics = p.diagnostics.map(asRead);
  return assemble(parsed, finish(), unclaimed.map(asRead), repairs);
}

function unclaimedLines(lines: readonly Line[], claims: Claims): Diagnostic[] {
  return lines
    .filter((l) => l.text !== '' && !claims.has(l))
    .map((l) =>
      diag('SENQ_UNCLAIMED_TEXT', `line not taken into any field: "${preview(l.text)}"`, l.no, firstColumn(l)),
    );
}

function preview(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * Give each record its own diagnostics plus the file-level ones that fall in
 * its line range (or have no position), and the repairs in its range.
 */
function assemble(parsed: Parsed[], fileDiagnostics: Diagnostic[], unclaimed: Diagnostic[], repairs: Repair[]): ParseResult {
  const records: QuestionRecord[] = [];
  const all: Diagnostic[] = [...fileDiagnostics, ...unclaimed];
  const within = (line: number | null, p: Parsed) => line === null || (line >= p.firstLine && line <= p.lastLine);
  for (const p of parsed) {
    append(all, p.diagnostics);
    p.record.diagnostics = sortDiagnostics([
      ...fileDiagnostics.filter((d) => within(d.line, p)),
      ...unclaimed.filter((d) => within(d.line, p)),
      ...p.diagnostics,
    ]);
    p.record.repairs = repairs.filter((r) => within(r.line, p));
    records.push(p.record);
  }
  return { records, diagnostics: sortDiagnostics(all) };
}
