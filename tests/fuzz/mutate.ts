// The mutation engine: damage a golden fixture the way files get damaged in
// the wild (lines lost, doubled, moved or cut; headers out of order; bytes
// flipped; the file saved in another encoding; two files run together; one
// line repeated a huge number of times). Line mutations work on the decoded
// text; byte mutations on the final bytes.
import iconv from 'iconv-lite';
import { decode } from '../../src/decode/index.js';
import type { ParseOptions } from '../../src/types.js';
import { caseSeed, rng, type Rng } from './rng.js';

export interface Base {
  name: string;
  text: string;
  options: ParseOptions;
}

export interface FuzzCase {
  index: number;
  base: string;
  /** What was done, in order, e.g. ["delete 12", "reencode macintosh"]. */
  ops: string[];
  bytes: Uint8Array;
  options: ParseOptions;
}

export function toBase(name: string, bytes: Uint8Array, options: ParseOptions): Base {
  return { name, text: decode(bytes).text, options };
}

type LineOp = (lines: string[], r: Rng, corpus: readonly Base[]) => string;

/** Indices of lines that hold something. */
function filled(lines: readonly string[]): number[] {
  return lines.flatMap((l, i) => (l.trim() === '' ? [] : [i]));
}

function anyLine(lines: readonly string[], r: Rng): number {
  const f = filled(lines);
  return f.length > 0 && r.chance(0.8) ? r.pick(f) : r.int(lines.length);
}

const LINE_OPS: Record<string, LineOp> = {
  delete(lines, r) {
    const i = anyLine(lines, r);
    const n = r.chance(0.7) ? 1 : 1 + r.int(4);
    lines.splice(i, n);
    return `delete ${i + 1}+${n}`;
  },
  duplicate(lines, r) {
    const i = anyLine(lines, r);
    const n = r.chance(0.7) ? 1 : 1 + r.int(4);
    lines.splice(i, 0, ...lines.slice(i, i + n));
    return `duplicate ${i + 1}+${n}`;
  },
  swap(lines, r) {
    const i = anyLine(lines, r);
    const j = anyLine(lines, r);
    [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
    return `swap ${i + 1} ${j + 1}`;
  },
  truncate(lines, r) {
    const i = anyLine(lines, r);
    const line = lines[i] ?? '';
    const cut = r.int(line.length + 1);
    if (r.chance(0.3)) {
      // The file ends mid-line: everything after is gone.
      lines.splice(i + 1);
      lines[i] = line.slice(0, cut);
      return `truncate-file ${i + 1}:${cut}`;
    }
    lines[i] = line.slice(0, cut);
    return `truncate ${i + 1}:${cut}`;
  },
  shuffleHeader(lines, r) {
    const head = filled(lines).slice(0, 20);
    const slots = head.filter(() => r.chance(0.5));
    const texts = slots.map((i) => lines[i] ?? '');
    for (let k = texts.length - 1; k > 0; k--) {
      const j = r.int(k + 1);
      [texts[k], texts[j]] = [texts[j] ?? '', texts[k] ?? ''];
    }
    slots.forEach((i, k) => (lines[i] = texts[k] ?? ''));
    return `shuffle-header ${slots.length}`;
  },
  insertForeign(lines, r, corpus) {
    const other = r.pick(corpus).text.split(/\r\n|\r|\n/);
    const line = other[r.int(other.length)] ?? '';
    const i = r.int(lines.length + 1);
    lines.splice(i, 0, line);
    return `insert-foreign ${i + 1}`;
  },
  edgeNumber(lines, r) {
    // A number at the edge of what a field takes: legislature or question
    // number 0, day 0 or 31, month 13, year 0000, a run of digits past
    // JavaScript's exact integers. Such a value must give a valid record or
    // a report, never one the output contract refuses.
    const withDigits = lines.map((l, i) => (/\d/u.test(l) ? i : -1)).filter((i) => i >= 0);
    if (withDigits.length === 0) return 'edge-number none';
    const i = r.pick(withDigits);
    const runs = [...(lines[i] ?? '').matchAll(/\d+/gu)];
    const run = r.pick(runs);
    const value = r.pick(['0', '00', '0000', '13', '31', '29', '99999', '9'.repeat(20)]);
    const at = run.index ?? 0;
    lines[i] = `${(lines[i] ?? '').slice(0, at)}${value}${(lines[i] ?? '').slice(at + run[0].length)}`;
    return `edge-number ${i + 1}:${at} ${value}`;
  },
  blankRuns(lines, r) {
    // Blank lines added or removed change the field boundaries.
    const i = r.int(lines.length);
    if ((lines[i] ?? '').trim() === '' && r.chance(0.5)) {
      lines.splice(i, 1);
      return `unblank ${i + 1}`;
    }
    lines.splice(i, 0, r.pick(['', ' ', '\t', '\u00a0']));
    return `blank ${i + 1}`;
  },
};

/** Rare and expensive: one line repeated thousands of times, or made huge. */
const HUGE_OPS: Record<string, LineOp> = {
  repeatLine(lines, r) {
    const i = anyLine(lines, r);
    const n = 500 + r.int(r.chance(0.2) ? 20000 : 3000);
    lines.splice(i, 0, ...Array.from({ length: n }, () => lines[i] ?? ''));
    return `repeat-line ${i + 1}x${n}`;
  },
  longLine(lines, r) {
    const i = anyLine(lines, r);
    const line = lines[i] || 'x';
    const n = Math.max(2, Math.floor((20_000 + r.int(400_000)) / (line.length + 1)));
    lines[i] = Array.from({ length: n }, () => line).join(r.pick([' ', '', '  ']));
    return `long-line ${i + 1}x${n}`;
  },
};

const ENCODINGS = ['windows-1252', 'macintosh', 'utf-16le', 'utf-16be', 'utf-16le+bom', 'utf-16be+bom', 'utf-8+bom'] as const;

function encodeText(text: string, encoding: string): Uint8Array {
  const [name, bom] = encoding.split('+');
  if (name === 'utf-8') return Buffer.from(`${bom ? '\ufeff' : ''}${text}`, 'utf8');
  return iconv.encode(text, name === 'windows-1252' ? 'cp1252' : (name ?? 'utf-8'), { addBOM: bom === 'bom' });
}

function flipBytes(bytes: Uint8Array, r: Rng): string {
  const n = 1 + r.int(r.chance(0.8) ? 4 : 40);
  const at: number[] = [];
  for (let k = 0; k < n && bytes.length > 0; k++) {
    const i = r.int(bytes.length);
    // Mostly single-bit flips (plausible disk/transfer damage), sometimes any byte, NUL and ESC included.
    bytes[i] = r.chance(0.6) ? (bytes[i] ?? 0) ^ (1 << r.int(8)) : r.pick([0, 0x1b, 0x7f, 0x80, 0x9b, 0xc3, 0xe2, 0xff, r.int(256)]);
    at.push(i);
  }
  return `flip ${at.slice(0, 5).join(',')}${at.length > 5 ? '…' : ''}`;
}

/** Build case `index` of a run with `seed`: deterministic. */
export function makeCase(corpus: readonly Base[], seed: number, index: number): FuzzCase {
  const r = rng(caseSeed(seed, index));
  const first = r.pick(corpus);
  const ops: string[] = [];
  let text = first.text;
  if (r.chance(0.08)) {
    const second = r.pick(corpus);
    text = `${text}${r.pick(['\n', '\n\n', ''])}${second.text}`;
    ops.push(`concat ${second.name}`);
  }
  const lines = text.split(/\r\n|\r|\n/);
  const names = Object.keys(LINE_OPS);
  const count = r.chance(0.15) ? 0 : 1 + r.int(4);
  for (let k = 0; k < count && lines.length > 0; k++) ops.push((LINE_OPS[r.pick(names)] as LineOp)(lines, r, corpus));
  if (r.chance(0.02)) ops.push((r.chance(0.5) ? HUGE_OPS.repeatLine : HUGE_OPS.longLine)!(lines, r, corpus));
  const eol = r.chance(0.9) ? '\n' : r.pick(['\r\n', '\r']);
  if (eol !== '\n') ops.push(`eol ${JSON.stringify(eol)}`);
  text = lines.join(eol);

  let encoding = 'utf-8';
  if (r.chance(0.25)) {
    encoding = r.pick(ENCODINGS);
    ops.push(`reencode ${encoding}`);
  }
  const bytes = encodeText(text, encoding);
  if (r.chance(0.3)) ops.push(flipBytes(bytes, r));
  const options: ParseOptions = { ...first.options };
  // Sometimes the user forces an encoding, right or wrong (--encoding).
  if (r.chance(0.05)) {
    options.encoding = r.pick(['utf-8', 'windows-1252', 'macintosh', 'utf-16le', 'utf-16be', 'latin1']);
    ops.push(`force ${options.encoding}`);
  }
  return { index, base: first.name, ops, bytes, options };
}
