// The pipeline: decode → repair → lines → variant → records. The library's
// promise is that this never throws: anything unexpected becomes a
// SENQ_INTERNAL diagnostic.
import { append } from '../util/append.js';
import { decode, fromString, type Decoded } from '../decode/index.js';
import { diag, sortDiagnostics } from '../diagnostics.js';
import { repair } from '../repair/index.js';
import type { Diagnostic, ParseOptions, ParseResult, QuestionRecord, Repair, Source } from '../types.js';
import { detectVariant } from './detect.js';
import type { Parsed } from './document.js';
import { Claims, firstColumn, hasUnusualCharacters, splitLines, type Line } from './lines.js';
import { stripResidue } from './residue.js';
import { VARIANT_PARSERS } from './variants.js';

export function parse(input: Uint8Array | string, options: ParseOptions = {}): ParseResult {
  try {
    return parseUnsafe(input, options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { records: [], diagnostics: [diag('SENQ_INTERNAL', `internal error: ${message}`)] };
  }
}

function parseUnsafe(input: Uint8Array | string, options: ParseOptions): ParseResult {
  const decoded: Decoded = typeof input === 'string' ? fromString(input) : decode(input, { encoding: options.encoding });
  const source: Source = {
    path: options.path ?? null,
    encoding: decoded.encoding,
    bytes: decoded.bytes,
    sha256: decoded.sha256,
  };
  const fileDiagnostics: Diagnostic[] = [...decoded.diagnostics];
  // Almost no page has control characters: one test of the text spares the
  // binary check's count and the per-line report their scans. A control
  // character is an unusual one, and most pages have none of those either.
  const unusual = hasUnusualCharacters(decoded.text);
  const controls = unusual && LINE_CONTROL.test(decoded.text);
  const refusal = refuse(decoded.text, controls);
  if (refusal) return { records: [], diagnostics: [...fileDiagnostics, refusal] };

  let text = decoded.text;
  let repairs: Repair[] = [];
  if (options.repair !== false) {
    const repaired = repair(text, { assumePath: options.assumePath });
    text = repaired.text;
    repairs = repaired.repairs;
    fileDiagnostics.push(...repaired.diagnostics);
  }
  const repaired = text !== decoded.text;
  const residue = stripResidue(splitLines(text, repaired ? hasUnusualCharacters(text) : unusual));
  const lines = residue.lines;
  const controlsLeft = repaired ? LINE_CONTROL.test(text) : controls;
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
    return { records: [], diagnostics: sortDiagnostics(fileDiagnostics) };
  }
  if (detection.weak) {
    const decisive = lines[detection.index];
    fileDiagnostics.push(diag('SENQ_VARIANT_WEAK', detection.weak, decisive?.no ?? null, decisive ? firstColumn(decisive) : null));
  }
  const claims = new Claims();
  const parsed = VARIANT_PARSERS[detection.variant]({ lines, claims, source, options, residue: residue.found, fileDiagnostics }, detection);
  const unclaimed = unclaimedLines(lines, claims);
  return assemble(parsed, fileDiagnostics, unclaimed, repairs);
}

/** Inputs that cannot be a question at all: empty or binary. */
function refuse(text: string, hasControls: boolean): Diagnostic | null {
  if (text.trim() === '') return diag('SENQ_EMPTY_INPUT', 'the input is empty');
  if (!hasControls) return null;
  if (text.includes('\u0000')) return diag('SENQ_BINARY_INPUT', 'the input holds NUL bytes: it is binary, not text');
  const sample = text.slice(0, 65536);
  const controls = sample.match(/[\u0001-\u0008\u000e-\u001f\u007f]/gu)?.length ?? 0;
  if (controls > sample.length * 0.1) return diag('SENQ_BINARY_INPUT', 'the input is mostly control characters: it is binary, not text');
  return null;
}

// No "u" flag: the class is all BMP. It holds NUL and the binary check's
// controls, so a text without any needs neither check.
const LINE_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Control characters (escape sequences…) survive in data but are worth a word. */
function controlCharacters(lines: readonly Line[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const line of lines) {
    const m = LINE_CONTROL.exec(line.raw);
    if (m) {
      out.push(diag('SENQ_CONTROL_CHARS', 'the line holds control characters', line.no, firstColumnOf(line.raw, m.index)));
      if (out.length >= 20) break;
    }
  }
  return out;
}

function firstColumnOf(raw: string, index: number): number {
  return Array.from(raw.slice(0, index)).length + 1;
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
