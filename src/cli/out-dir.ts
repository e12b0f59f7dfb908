// --out-dir DIR: one file per record, named `<id>.<language>.<ext>`.
// The name is built only from safe characters, so whatever an id holds the
// file lands directly in DIR; every target is checked before any is written,
// so a refusal (existing file without --force, an input file) touches nothing.
import { randomBytes } from 'node:crypto';
import { link, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { FormatOptions, OutputFormat } from '../format/index.js';
import type { QuestionRecord } from '../types.js';
import { UsageError } from './exit.js';
import type { InputRef } from './inputs.js';
import { registerTemporary } from './interrupt.js';
import type { Stats } from 'node:fs';
import { identityOf, inputIdentities } from './same-file.js';
import { lstatOrNull, statOrNull, takeMode } from '../util/stat.js';

export interface OutDirOptions {
  /** Replace files that already exist (never an input file). */
  force: boolean;
  /** The inputs, which are never written over (walked once more when the files are checked, not kept). */
  inputs: Iterable<InputRef>;
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

/**
 * File names for records in the order they come: the first of a stem keeps
 * the plain name, a repeat (the same question twice) gets .2, .3…
 */
export function fileNamer(extension: string): (record: QuestionRecord) => string {
  const seen = new Map<string, number>();
  return (record) => {
    const stem = stemFor(record);
    const n = (seen.get(stem) ?? 0) + 1;
    seen.set(stem, n);
    return n === 1 ? `${stem}.${extension}` : `${stem}.${n}.${extension}`;
  };
}

/** Target names for all records in order. */
export function fileNames(records: readonly QuestionRecord[], extension: string): string[] {
  return records.map(fileNamer(extension));
}

/**
 * Streams records into DIR, one file each, with constant memory: each file is
 * written as its record arrives into a staging folder inside DIR; `finish`
 * checks every target (an input file is never overwritten; an existing file
 * only with --force) and only then moves the files into place. A refusal or an
 * interrupted run therefore leaves DIR as it was, apart from the staging
 * folder, which `abort` removes.
 */
export class OutDirWriter {
  private readonly root: string;
  private readonly staging: string;
  private readonly nameFor: (record: QuestionRecord) => string;
  /** `replaced`: the file a target names already (found by check(), links followed). */
  private readonly staged: Array<{ temp: string; target: string; replaced?: Stats | null }> = [];
  private ready: Promise<void> | null = null;
  private forget: () => void = () => undefined;

  constructor(
    dir: string,
    private readonly format: OutputFormat,
    private readonly formatOptions: FormatOptions,
    private readonly options: OutDirOptions,
  ) {
    this.nameFor = fileNamer(format.extension);
    this.root = resolve(dir);
    this.staging = join(this.root, `.senq-staging-${process.pid}.${randomBytes(4).toString('hex')}`);
  }

  /** The staging folder, for interrupt clean-up. */
  get stagingDir(): string {
    return this.staging;
  }

  private async prepare(): Promise<void> {
    try {
      this.forget = registerTemporary(this.staging);
      await mkdir(this.staging, { recursive: true });
    } catch (e) {
      throw new UsageError(`cannot create ${this.root}: ${(e as Error).message}`);
    }
  }

  async write(record: QuestionRecord): Promise<void> {
    this.ready ??= this.prepare();
    await this.ready;
    const name = this.nameFor(record);
    const target = join(this.root, name);
    // Belt and braces: the name has no separator, but never trust that alone.
    if (dirname(target) !== this.root || basename(target).startsWith('.')) throw new Error(`unsafe output name ${target}`);
    const temp = join(this.staging, name);
    const f = this.format.create(this.formatOptions);
    try {
      await writeFile(temp, f.start() + f.record(record) + f.end(), { flag: 'wx' });
    } catch (e) {
      // A full disk or a folder gone is the user's to fix, not an internal error.
      throw new UsageError(`cannot write to ${this.root}: ${(e as Error).message}`);
    }
    this.staged.push({ temp, target });
  }

  private checked = false;

  /**
   * Refuse, before anything is moved, a target that is an input file, or
   * one that exists already without --force (UsageError). The caller can
   * then keep its other outputs (--tables) from being replaced either.
   */
  async check(): Promise<void> {
    // The inputs are walked (and stat'ed) only once a target exists: in a new folder none does.
    let inputIds: Set<string> | null = null;
    const taken: string[] = [];
    for (const entry of this.staged) {
      const { target } = entry;
      const found = lstatOrNull(target);
      if (!found) continue;
      // A link is followed to the file it names; anything else is that file.
      entry.replaced = found.isSymbolicLink() ? statOrNull(target) : found;
      const id = entry.replaced ? identityOf(entry.replaced) : null;
      inputIds ??= new Set(Array.from(inputIdentities(this.options.inputs), ([inputId]) => inputId));
      if (id !== null && inputIds.has(id)) throw new UsageError(`--out-dir would overwrite the input file ${target}`);
      // Not even --force replaces a folder: found midway, it left some files placed and others not.
      if (found.isDirectory()) throw new UsageError(`${target} is a folder, not a file; nothing was written`);
      if (!this.options.force) taken.push(target);
    }
    if (taken.length > 0) {
      const more = taken.length > 3 ? ` and ${taken.length - 3} more` : '';
      throw new UsageError(`${taken.slice(0, 3).join(', ')}${more} already exist${taken.length === 1 ? 's' : ''} (use --force to replace)`);
    }
    this.checked = true;
  }

  /** Check every target (unless check() did), then move the staged files into place; returns the paths written. */
  async finish(): Promise<string[]> {
    try {
      if (!this.checked) await this.check();
      for (const { temp, target, replaced } of this.staged) await place(temp, target, this.options.force, replaced ?? null);
      return this.staged.map((s) => s.target);
    } finally {
      await this.abort();
    }
  }

  /** Remove the staging folder and whatever is still in it. */
  async abort(): Promise<void> {
    // Best effort: when DIR is a file (ENOTDIR) there is nothing to remove,
    // and the error that led here is the one to report.
    await rm(this.staging, { recursive: true, force: true }).catch(() => undefined);
    this.forget();
  }
}

/** Write records to DIR, one file each (all at once; the CLI streams through OutDirWriter). */
export async function writeOutDir(
  dir: string,
  records: readonly QuestionRecord[],
  format: OutputFormat,
  formatOptions: FormatOptions,
  options: OutDirOptions,
): Promise<string[]> {
  const writer = new OutDirWriter(dir, format, formatOptions, options);
  try {
    for (const record of records) await writer.write(record);
  } catch (e) {
    await writer.abort();
    throw e instanceof UsageError ? e : new UsageError(`cannot write to ${dir}: ${(e as Error).message}`);
  }
  return writer.finish();
}

/**
 * Move the finished file into place. Without --force a hard link refuses an
 * existing target atomically (a file that appeared since the check is not
 * replaced); where links are not supported, fall back to rename.
 */
async function place(temp: string, target: string, force: boolean, replaced: Stats | null): Promise<void> {
  if (force) {
    await takeMode(temp, replaced);
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
