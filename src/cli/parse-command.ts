// `senq parse`: inputs → records → one output format on stdout or -o FILE.
// This module only maps options to library calls and I/O.
import { hasError } from '../diagnostics.js';
import { getFormat, type FormatOptions } from '../format/index.js';
import { parse } from '../parse/index.js';
import type { Diagnostic, ParseOptions, QuestionRecord } from '../types.js';
import { displayName, expandInputs } from './inputs.js';
import { Output, type CliIO } from './io.js';
import { openOutput } from './output-file.js';
import { writeOutDir } from './out-dir.js';
import { writeTables } from '../format/tables.js';
import { readInput } from './read.js';
import { colourFor, formatDiagnostic } from './report.js';
import { EXIT, UsageError } from './exit.js';

export interface ParseCommandOptions {
  format: string;
  output?: string;
  encoding?: string;
  repair: boolean;
  assumePath?: string;
  id?: string;
  maxBytes: number;
  excel?: boolean;
  delimiter?: string;
  /** Also write the long tables into this directory. */
  tables?: string;
  /** Write one file per record into this directory instead of stdout. */
  outDir?: string;
  force?: boolean;
}

export async function runParse(paths: string[], opts: ParseCommandOptions, io: CliIO): Promise<number> {
  const format = getFormat(opts.format);
  if (!format) throw new UsageError(`unknown format "${opts.format}"`);
  const formatOptions: FormatOptions = { excel: opts.excel, delimiter: opts.delimiter };
  const formatter = format.create(formatOptions);
  const inputs = expandInputs(paths);
  const chalk = colourFor(io);
  // --out-dir and --tables need every record before writing (all targets are
  // checked first); with --out-dir nothing goes to stdout.
  const toStdout = opts.outDir === undefined;
  const collected: QuestionRecord[] = [];
  const sink = await openOutput(toStdout ? opts.output : undefined, io);
  const out = new Output(sink.stream);
  const report = (name: string, d: Diagnostic) => io.stderr.write(formatDiagnostic(name, d, chalk));

  let read = 0;
  let failed = 0;
  let index = 0;
  if (toStdout) await out.write(formatter.start());
  for (const input of inputs) {
    if (out.closed) break;
    const name = displayName(input);
    const got = await readInput(input, io, opts.maxBytes);
    if (!got.ok) {
      failed++;
      report(name, { code: got.code, severity: 'error', message: got.message, line: null, column: null });
      continue;
    }
    read++;
    const parseOptions: ParseOptions = {
      path: input.kind === 'stdin' ? null : input.path,
      encoding: opts.encoding,
      repair: opts.repair,
      assumePath: opts.assumePath,
      id: opts.id,
    };
    const result = parse(got.bytes, parseOptions);
    for (const d of result.diagnostics) report(name, d);
    if (hasError(result.diagnostics)) failed++;
    for (const record of result.records) {
      if (opts.outDir !== undefined || opts.tables !== undefined) collected.push(record);
      if (toStdout) await out.write(formatter.record(record, index++));
    }
  }
  if (toStdout) await out.write(formatter.end());
  await sink.finish(out.failure === null);
  if (opts.outDir !== undefined) {
    const inputPaths = inputs.flatMap((i) => (i.kind === 'file' ? [i.path] : []));
    await writeOutDir(opts.outDir, collected, format, formatOptions, { force: opts.force === true, inputs: inputPaths });
  }
  if (opts.tables !== undefined) {
    try {
      await writeTables(opts.tables, collected, formatOptions);
    } catch (e) {
      throw new UsageError(`cannot write tables to ${opts.tables}: ${(e as Error).message}`);
    }
  }
  if (out.failure) {
    io.stderr.write(`senq: cannot write output: ${out.failure.message}\n`);
    return EXIT.usage;
  }
  if (read === 0 && failed > 0) return EXIT.usage;
  return failed > 0 ? EXIT.errors : EXIT.ok;
}
