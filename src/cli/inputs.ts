// Turning the command line into a list of inputs: files, directories (walked
// recursively in a stable sorted order, links to folders followed), "-" for
// standard input, and --files-from lists.
import { isUtf8 } from 'node:buffer';
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { statOrNull } from '../util/stat.js';
import { fsPath, type InputRef, type PathArg } from './input-ref.js';
import { identityOf } from './same-file.js';

export { STDIN_NAME, displayName, fsPath, type InputRef, type PathArg } from './input-ref.js';

/** Path bytes as text: valid UTF-8 as it is, every other byte as `\xHH` (so two such names never show alike). */
export function showPathBytes(bytes: Uint8Array): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < bytes.length; ) {
    const n = validSequenceAt(bytes, i);
    if (n > 0) {
      i += n;
      continue;
    }
    out += Buffer.from(bytes.subarray(from, i)).toString('utf8') + `\\x${(bytes[i] as number).toString(16).padStart(2, '0')}`;
    from = ++i;
  }
  return out + Buffer.from(bytes.subarray(from)).toString('utf8');
}

/** Length of the valid UTF-8 sequence starting at `i` (1–4), or 0 when the byte there starts none. */
function validSequenceAt(bytes: Uint8Array, i: number): number {
  for (let n = 1; n <= 4 && i + n <= bytes.length; n++) if (isUtf8(bytes.subarray(i, i + n))) return n;
  return 0;
}

/** A path from bytes: a plain string when they are UTF-8, else with its bytes kept. */
function pathFromBytes(bytes: Buffer): PathArg {
  return isUtf8(bytes) ? bytes.toString('utf8') : { path: showPathBytes(bytes), raw: bytes };
}

/** What a run that found no input file says, naming the globs folders were searched with. */
export function noFilesMatching(include: readonly string[] = ['*.txt']): string {
  return `no input files: folders contribute only files matching ${include.map((g) => JSON.stringify(g)).join(' or ')}`;
}

/** Matches a file found while walking a directory, by its name and its path as walked. */
export type NameFilter = (name: string, path: string) => boolean;

/**
 * The default selection is exactly `--include '*.txt'`: hidden files are
 * left out, as the glob leaves them (macOS writes binary "._name.txt"
 * companions next to every file on some disks).
 */
export const defaultFilter: NameFilter = (name) => name.endsWith('.txt') && !name.startsWith('.');

/**
 * Build a filter from --include globs (each matched against the file name,
 * or the path when it has a "/"); a file is taken when any glob matches. An
 * unbalanced bracket or brace throws: such a glob would match nothing, and
 * the batch would find no file in silence.
 */
export async function globFilter(globs: readonly string[]): Promise<NameFilter> {
  const { default: picomatch } = await import('picomatch');
  const tests = globs.map((glob) => {
    const isMatch = picomatch(glob, { dot: false, strictBrackets: true });
    return (name: string, path: string) => isMatch(glob.includes('/') ? path : name);
  });
  // Picomatch's `**` is a regex "." run, which stops at line breaks: a
  // file name holding one (legal on Unix) would escape `--include '**'`.
  return (name, path) => {
    const n = name.replace(LINE_BREAKS, '\u2424');
    const p = path.replace(LINE_BREAKS, '\u2424');
    return tests.some((t) => t(n, p));
  };
}

const LINE_BREAKS = /[\n\r\u2028\u2029]/gu;

/** No input path means standard input ("-"), as for cat. */
export function withStdinDefault(paths: readonly string[]): readonly string[] {
  return paths.length === 0 ? ['-'] : paths;
}

/** Expand paths (none: standard input); a directory contributes its matching files, recursively, sorted by name. */
export function expandInputs(paths: readonly string[], matches: NameFilter = defaultFilter): InputRef[] {
  return [...iterateInputs(withStdinDefault(paths), matches)];
}

/**
 * The same inputs, one at a time: a directory is listed when the walk gets
 * to it, so an archive's inputs are never all in memory at once (30,000
 * queued inputs grew the main thread's heap by ~15 MB).
 */
export function* iterateInputs(paths: readonly PathArg[], matches: NameFilter = defaultFilter): Generator<InputRef> {
  for (const p of paths) {
    if (p === '-') {
      yield { kind: 'stdin' };
      continue;
    }
    const at: Place = typeof p === 'string' ? { path: p } : p;
    // A missing path is no directory: it is reported when it is read, in its turn.
    const stats = statOrNull(fsPath(at));
    if (stats?.isDirectory()) yield* walk(at, matches, new Set(), new Set(), stats);
    else yield { kind: 'file', ...at };
  }
}

/** Inputs (paths as given, "-" for standard input) to be walked lazily, as often as needed: once to count them, once to run them. */
export class InputList implements Iterable<InputRef> {
  constructor(
    private readonly paths: readonly PathArg[],
    private readonly matches: NameFilter = defaultFilter,
  ) {}

  [Symbol.iterator](): Iterator<InputRef> {
    return iterateInputs(this.paths, this.matches);
  }

  /** How many inputs a walk finds now (nothing is kept). */
  count(): number {
    let n = 0;
    for (const _ of this) n++;
    return n;
  }
}

/** A place in the walk: its path as shown and, when that is not UTF-8, its bytes. */
interface Place {
  path: string;
  raw?: Uint8Array;
}

/** A directory entry whose name (or folder's path) is not UTF-8: the name to show and the bytes to open. */
interface RawEntry {
  name: string;
  bytes: Buffer;
  dirent: Dirent<Buffer>;
}

/**
 * Walk one directory. Links to folders are followed (a user who links a
 * folder into the archive means it to be read). `ancestors` are the
 * "dev:ino" of the folders that hold it: a link back to one is a loop,
 * reported instead of walked again. `walked` are the folders this walk has
 * read: one reached a second time (a "latest" link beside the folder it
 * points to) is not read twice; the first path to it, in walk order, wins.
 */
function* walk(
  dir: Place,
  matches: NameFilter,
  ancestors: ReadonlySet<string>,
  walked: Set<string>,
  // (Passed when the caller has stat'ed the folder already.)
  here = statOrNull(fsPath(dir)),
): Generator<InputRef> {
  const id = here ? identityOf(here) : null;
  if (id !== null && ancestors.has(id)) {
    yield { kind: 'file', ...dir, problem: 'a link to a folder that holds it (a loop): not walked again' };
    return;
  }
  if (id !== null && walked.has(id)) return;
  if (id !== null) walked.add(id);
  const listed = listEntries(dir);
  if (!listed) {
    // An unreadable directory is reported as an unreadable input.
    yield { kind: 'file', ...dir };
    return;
  }
  const inner = id === null ? ancestors : new Set(ancestors).add(id);
  // join(dir, name) is the normalised directory, a slash, and the name (a
  // directory entry's name is never "." or ".." and holds no slash): normalise
  // once per directory. A join per file kept ~440 bytes alive per input,
  // 13 MB for 30,000 files.
  const prefix = join(dir.path, 'x').slice(0, -1);
  if (!isRawListing(listed)) {
    // The usual folder: nothing is made per file but its input. (An object
    // more per entry, 30,000 of them, grew the main thread's young
    // generation: ~6 MB more heap at the 30,000-file peak, measured.)
    for (const d of listed) {
      const path = prefix + d.name;
      if (d.isFile()) {
        if (matches(d.name, path)) yield { kind: 'file', path };
      } else yield* visit({ path }, d.name, d, matches, inner, walked);
    }
    return;
  }
  const rawPrefix = dir.raw ? Buffer.concat([fsPath(dir) as Buffer, Buffer.from(dir.path.endsWith('/') ? '' : '/')]) : Buffer.from(prefix);
  for (const e of listed) {
    const child: Place = { path: prefix + e.name, raw: Buffer.concat([rawPrefix, e.bytes]) };
    yield* visit(child, e.name, e.dirent, matches, inner, walked);
  }
}

/** One entry that is not a plain file of a plain folder: a folder, a link, or a name kept as bytes. */
function* visit(child: Place, name: string, dirent: Dirent | Dirent<Buffer>, matches: NameFilter, inner: ReadonlySet<string>, walked: Set<string>): Generator<InputRef> {
  // Hidden folders (.git, .cache, macOS .Trashes) are left out as hidden files are.
  const hidden = name.startsWith('.');
  if (dirent.isDirectory()) {
    if (!hidden) yield* walk(child, matches, inner, walked);
  } else if (dirent.isSymbolicLink()) {
    // A link to a folder is walked like the folder; any other link is
    // taken like a file and read through, so a dangling one is reported
    // as unreadable rather than skipped in silence.
    const target = statOrNull(fsPath(child));
    if (target?.isDirectory()) {
      if (!hidden) yield* walk(child, matches, inner, walked, target);
    } else if (matches(name, child.path)) yield { kind: 'file', ...child };
  } else if (dirent.isFile() && matches(name, child.path)) yield { kind: 'file', ...child };
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function isRawListing(listed: Dirent[] | RawEntry[]): listed is RawEntry[] {
  return listed.length > 0 && 'bytes' in (listed[0] as object);
}

/**
 * The entries of a directory, sorted by name (code-unit order: stable
 * across locales and machines), or null when it cannot be listed. Names are
 * read as strings (the fast, usual case); a folder holding a name that is
 * not UTF-8 (Node shows it with U+FFFD, and could not open it), or whose
 * own path is not, is listed as bytes, and every entry keeps its bytes.
 */
function listEntries(dir: Place): Dirent[] | RawEntry[] | null {
  try {
    if (!dir.raw) {
      const named = readdirSync(dir.path, { withFileTypes: true });
      if (!named.some((d) => d.name.includes('\uFFFD'))) return named.sort(byName);
    }
    const raw = readdirSync(fsPath(dir), { withFileTypes: true, encoding: 'buffer' });
    return raw.map((dirent) => ({ name: isUtf8(dirent.name) ? dirent.name.toString('utf8') : showPathBytes(dirent.name), bytes: dirent.name, dirent })).sort(byName);
  } catch {
    return null;
  }
}

/**
 * Paths listed in a file, or in stdin for "-": one per line, or separated
 * by NUL bytes (`nul`, for `find -print0`, where a name may hold a line
 * break). Line lists drop the blanks around a path (lists from spreadsheets
 * and printf pad them; a file name that really begins or ends with a space
 * is rare enough to be named on the command line), blank lines, a CRLF's CR
 * and the BOM a Windows editor puts first. NUL lists are taken as they are.
 * A path whose bytes are not UTF-8 keeps them (see InputRef).
 */
export function readPathList(bytes: Buffer, nul = false): PathArg[] {
  const out: PathArg[] = [];
  let from = 0;
  const sep = nul ? 0 : 0x0a;
  while (from <= bytes.length) {
    let to = bytes.indexOf(sep, from);
    if (to < 0) to = bytes.length;
    let piece = bytes.subarray(from, to);
    const first = from === 0;
    from = to + 1;
    if (!nul) {
      if (first && piece[0] === 0xef && piece[1] === 0xbb && piece[2] === 0xbf) piece = piece.subarray(3);
      if (isUtf8(piece)) {
        // (trim() takes the CR and every Unicode blank too.)
        const line = piece.toString('utf8').trim();
        if (line !== '') out.push(line);
        continue;
      }
      piece = trimAsciiBlanks(piece);
    }
    if (piece.length > 0) out.push(pathFromBytes(Buffer.from(piece)));
  }
  return out;
}

/** Without the spaces, tabs and CR around a path that is not UTF-8 (its other bytes are its own). */
function trimAsciiBlanks(bytes: Buffer): Buffer {
  const blank = (b: number | undefined) => b === 0x20 || b === 0x09 || b === 0x0d;
  let s = 0;
  let e = bytes.length;
  while (s < e && blank(bytes[s])) s++;
  while (e > s && blank(bytes[e - 1])) e--;
  return bytes.subarray(s, e);
}

export function readPathListFile(path: string, nul = false): PathArg[] {
  return readPathList(readFileSync(path), nul);
}
