// One unit of batch work: read one input, parse it, and (when the run only
// needs text) render its records. The same function runs in the main thread
// (single files, small one-job batches, stdin, files over 512 KiB) and in
// worker threads, so both paths give identical results; rendering in the
// worker keeps the main thread free to write, and the worker sends the
// rendered bytes across instead of structured-cloning whole records.
import { getFormat, type FormatOptions, type Formatter } from '../../format/index.js';
import { parse } from '../../parse/index.js';
import type { Diagnostic, ParseOptions, QuestionRecord } from '../../types.js';
import type { InputRef } from '../input-ref.js';
import type { CliIO } from '../io.js';
import { readInput } from '../read.js';

export interface TaskOptions {
  encoding?: string;
  repair: boolean;
  assumePath?: string;
  id?: string;
  maxBytes: number;
  /** Files over this size are not read but returned as `deferred` (worker threads: see pool.ts). */
  deferAbove?: number;
  /** Render records to text in the task (format name and options); records are then not returned. */
  render?: { format: string; options: FormatOptions } | null;
}

export interface FileOutcome {
  /** Whether the input could be read at all. */
  read: boolean;
  /** The records, unless they were rendered (then []). */
  records: QuestionRecord[];
  /** The rendered records, when `render` was asked for; else null. */
  texts: string[] | null;
  /**
   * The rendered records as UTF-8, joined by the format's `between`: what a
   * worker thread sends instead of `texts`, as bytes cross threads without a
   * copy and the main thread then has nothing to encode. Absent otherwise.
   */
  bytes?: Uint8Array;
  /** Number of records (rendered or not). */
  count: number;
  /** Set when the file was over `deferAbove` and left for the caller to run elsewhere. */
  deferred?: boolean;
  /** Number of repairs over all records (for the summary). */
  repairs: number;
  diagnostics: Diagnostic[];
}

/** The outcome of an input that gave no records: unread, or a task that failed. */
export function failedOutcome(code: string, message: string): FileOutcome {
  return { read: false, records: [], texts: null, count: 0, repairs: 0, diagnostics: [{ code, severity: 'error', message, line: null, column: null }] };
}

/** A task that threw (a bug, or a worker that died): reported as SENQ_INTERNAL, and the batch goes on. */
export function internalFailure(error: unknown): FileOutcome {
  return failedOutcome('SENQ_INTERNAL', String(error));
}

async function processInput(input: InputRef, options: TaskOptions, io: CliIO | null): Promise<FileOutcome> {
  if (input.kind === 'stdin' && io === null) throw new Error('standard input is read in the main thread only');
  const got = await readInput(input, io as CliIO, options.maxBytes, options.deferAbove);
  if (!got.ok && got.code === 'DEFERRED') return { read: false, records: [], texts: null, count: 0, repairs: 0, diagnostics: [], deferred: true };
  if (!got.ok) return failedOutcome(got.code, got.message);
  const parseOptions: ParseOptions = {
    path: input.kind === 'stdin' ? null : input.path,
    encoding: options.encoding,
    repair: options.repair,
    assumePath: options.assumePath,
    id: options.id,
  };
  const result = parse(got.bytes, parseOptions);
  const repairs = result.records.reduce((n, r) => n + r.repairs.length, 0);
  if (options.render) {
    const formatter = formatterFor(options.render);
    if (formatter) {
      const texts = result.records.map((r) => formatter.record(r));
      return { read: true, records: [], texts, count: texts.length, repairs, diagnostics: result.diagnostics };
    }
  }
  return { read: true, records: result.records, texts: null, count: result.records.length, repairs, diagnostics: result.diagnostics };
}

/** processInput, with a throw (a bug) turned into that input's SENQ_INTERNAL outcome: the batch goes on, wherever it runs. */
export function processInputSafely(input: InputRef, options: TaskOptions, io: CliIO | null): Promise<FileOutcome> {
  return processInput(input, options, io).catch(internalFailure);
}

/**
 * One formatter per run (in-process) or per chunk (a worker gets its options
 * anew with each message), not one per file: a CSV formatter builds its
 * dialect when created.
 */
const formatters = new WeakMap<NonNullable<TaskOptions['render']>, Formatter | undefined>();

export function formatterFor(render: NonNullable<TaskOptions['render']>): Formatter | undefined {
  if (!formatters.has(render)) formatters.set(render, getFormat(render.format)?.create(render.options));
  return formatters.get(render);
}
