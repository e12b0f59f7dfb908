// --out-dir DIR: one file per record, named `<id>.<language>.<ext>`.
// The name is built only from safe characters, so whatever an id holds the
// file lands directly in DIR; every target is checked before any is written,
// so a refusal (existing file without --force, an input file) touches nothing.
import { randomBytes } from 'node:crypto';
import { link, lstat, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { FormatOptions, OutputFormat } from '../format/index.js';
import type { QuestionRecord } from '../types.js';
import { UsageError } from './exit.js';

export interface OutDirOptions {
  /** Replace files that already exist (never an input file). */
  force: boolean;
  /** Paths of the input files, which are never written over. */
  inputs: readonly string[];
}

/**
 * The file name stem for a record. A well-formed id ("5-8905") is used as is;
 * anything else keeps only [A-Za-z0-9-] (no dot, no slash, so no "..", no
 * hidden file, no path), and a null id becomes `unknown-<sha8>` from the
 * input's hash, which is stable across runs.
 */
export function stemFor(record: QuestionRecord): string {
  const language = /^[a-z]{2}$/.test(record.language) ? record.language : 'xx';
  const id = record.id === null ? '' : record.id.replace(/[^A-Za-z0-9-]+/g, '_').replace(/^[-_]+/, '').slice(0, 64);
  const safeId = id === '' ? `unknown-${record.source.sha256.slice(0, 8).replace(/[^0-9a-f]/g, '') || '00000000'}` : id;
  return `${safeId}.${language}`;
}

/** Target names for all records in order; a repeated stem (the same question twice) gets .2, .3… */
export function fileNames(records: readonly QuestionRecord[], extension: string): string[] {
  const seen = new Map<string, number>();
  return records.map((r) => {
    const stem = stemFor(r);
    const n = (seen.get(stem) ?? 0) + 1;
    seen.set(stem, n);
    return n === 1 ? `${stem}.${extension}` : `${stem}.${n}.${extension}`;
  });
}

async function identity(path: string): Promise<string | null> {
  try {
    const s = await stat(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return null;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

/** Write each record to its own file in DIR; returns the paths written. */
export async function writeOutDir(
  dir: string,
  records: readonly QuestionRecord[],
  format: OutputFormat,
  formatOptions: FormatOptions,
  options: OutDirOptions,
): Promise<string[]> {
  const root = resolve(dir);
  const targets = fileNames(records, format.extension).map((name) => join(root, name));
  for (const target of targets) {
    // Belt and braces: the name has no separator, but never trust that alone.
    if (dirname(target) !== root || basename(target).startsWith('.')) throw new Error(`unsafe output name ${target}`);
  }

  // Check every target before writing any.
  const inputIds = new Set((await Promise.all(options.inputs.map(identity))).filter((x): x is string => x !== null));
  const taken: string[] = [];
  for (const target of targets) {
    const id = await identity(target);
    if (id !== null && inputIds.has(id)) throw new UsageError(`--out-dir would overwrite the input file ${target}`);
    if (!options.force && (await exists(target))) taken.push(target);
  }
  if (taken.length > 0) {
    const more = taken.length > 3 ? ` and ${taken.length - 3} more` : '';
    throw new UsageError(`${taken.slice(0, 3).join(', ')}${more} already exist${taken.length === 1 ? 's' : ''} (use --force to replace)`);
  }

  try {
    await mkdir(root, { recursive: true });
  } catch (e) {
    throw new UsageError(`cannot create ${dir}: ${(e as Error).message}`);
  }
  const tag = `${process.pid}.${randomBytes(4).toString('hex')}`;
  for (const [i, record] of records.entries()) {
    const target = targets[i]!;
    const f = format.create(formatOptions);
    const temp = join(root, `.${basename(target)}.${tag}.tmp`);
    try {
      await writeFile(temp, f.start() + f.record(record, 0) + f.end(), { flag: 'wx' });
      await place(temp, target, options.force);
    } catch (e) {
      await rm(temp, { force: true });
      if (e instanceof UsageError) throw e;
      throw new UsageError(`cannot write ${target}: ${(e as Error).message}`);
    }
  }
  return targets;
}

/**
 * Move the finished file into place. Without --force a hard link refuses an
 * existing target atomically (a file that appeared since the check is not
 * replaced); where links are not supported, fall back to rename.
 */
async function place(temp: string, target: string, force: boolean): Promise<void> {
  if (force) {
    await rename(temp, target);
    return;
  }
  try {
    await link(temp, target);
    await rm(temp, { force: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(`${target} appeared while writing (use --force to replace)`);
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS') {
      await rename(temp, target);
      return;
    }
    throw e;
  }
}
