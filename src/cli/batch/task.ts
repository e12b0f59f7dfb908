// One unit of batch work: read one input and parse it. The same function runs
// in the main thread (--jobs 1, stdin) and in worker threads, so both paths
// give identical results.
import { parse } from '../../parse/index.js';
import type { Diagnostic, ParseOptions, QuestionRecord } from '../../types.js';
import type { InputRef } from '../inputs.js';
import type { CliIO } from '../io.js';
import { readInput } from '../read.js';

export interface TaskOptions {
  encoding?: string;
  repair: boolean;
  assumePath?: string;
  id?: string;
  maxBytes: number;
}

export interface FileOutcome {
  /** Whether the input could be read at all. */
  read: boolean;
  records: QuestionRecord[];
  diagnostics: Diagnostic[];
}

export async function processInput(input: InputRef, options: TaskOptions, io: CliIO | null): Promise<FileOutcome> {
  if (input.kind === 'stdin' && io === null) throw new Error('standard input is read in the main thread only');
  const got = await readInput(input, io as CliIO, options.maxBytes);
  if (!got.ok) {
    return { read: false, records: [], diagnostics: [{ code: got.code, severity: 'error', message: got.message, line: null, column: null }] };
  }
  const parseOptions: ParseOptions = {
    path: input.kind === 'stdin' ? null : input.path,
    encoding: options.encoding,
    repair: options.repair,
    assumePath: options.assumePath,
    id: options.id,
  };
  const result = parse(got.bytes, parseOptions);
  return { read: true, records: result.records, diagnostics: result.diagnostics };
}
