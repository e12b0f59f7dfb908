// `senq parse`: inputs → records → one output format on stdout, -o FILE or
// --out-dir DIR (plus optional long tables). This module only maps options to
// library calls and I/O. Records are written as soon as their input is done,
// in input order, so memory does not grow with the size of the batch.
import { getFormat, type FormatOptions } from '../format/index.js';
import { TablesWriter } from '../format/tables.js';
import { registerTemporary } from './interrupt.js';
import type { Diagnostic, Severity } from '../types.js';
import { runTasks } from './batch/pool.js';
import { createProgress } from './batch/progress.js';
import { Totals } from './batch/summary.js';
import type { TaskOptions } from './batch/task.js';
import { EXIT, UsageError } from './exit.js';
import { displayName, InputList, globFilter, noFilesMatching, readPathList, readPathListFile, withStdinDefault, type NameFilter, type PathArg } from './inputs.js';
import { Output, type CliIO } from './io.js';
import { streamUpTo } from './read.js';
import { OutDirWriter } from './out-dir.js';
import { checkAssumePath, checkEncoding, checkId } from './check-options.js';
import { isDirectory } from '../util/stat.js';
import { namesStderrOrTty, namesStdout, openOutput, type OutputSink } from './output-file.js';
import { colourFor, formatDiagnostic } from './report.js';

export interface ParseCommandOptions extends TaskOptions {
  format: string;
  output?: string;
  excel?: boolean;
  delimiter?: string;
  /** Also write the long tables into this directory. */
  tables?: string;
  /** Write one file per record into this directory instead of stdout. */
  outDir?: string;
  force?: boolean;
  /** Worker threads; 1 parses in the main thread. */
  jobs: number;
  /** Globs for the files taken from directories (default *.txt); a file matching any is taken. */
  include?: string[];
  /** Files listing input paths, one per line ("-" for standard input), read in the order given. */
  filesFrom?: string[];
  /** The --files-from lists are NUL-separated (find -print0). */
  nul?: boolean;
  /** No summary line and no progress bar. */
  quiet?: boolean;
  /** Stop at the first input that fails. */
  failFast?: boolean;
  /** Diagnostics below this severity are not printed (they stay in the records). */
  minSeverity?: Severity;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

async function collectInputs(paths: string[], opts: ParseCommandOptions, io: CliIO): Promise<{ inputs: InputList; listed: number }> {
  const lists = opts.filesFrom ?? [];
  const fromStdin = lists.includes('-');
  if (lists.filter((l) => l === '-').length > 1) throw new UsageError('--files-from - can be given once: standard input is read once');
  if (fromStdin && paths.includes('-')) throw new UsageError('"-" cannot be an input with --files-from -: standard input holds the list');
  const listed: PathArg[] = [];
  for (const list of lists) {
    try {
      listed.push(...(list === '-' ? readPathList((await streamUpTo(io.stdin, Infinity)) as Buffer /* no limit: never null */, opts.nul) : readPathListFile(list, opts.nul)));
    } catch (e) {
      throw new UsageError(`cannot read --files-from ${list}: ${(e as Error).message}`);
    }
  }
  if (fromStdin && listed.includes('-')) throw new UsageError('"-" cannot be listed in --files-from -');
  // No input means standard input, but --files-from alone means "these files", however few.
  const all: PathArg[] = lists.length === 0 ? [...withStdinDefault(paths)] : [...paths, ...listed];
  // Standard input can be read once: a second "-" (given or listed) would read nothing.
  if (all.filter((p) => p === '-').length > 1) throw new UsageError('"-" (standard input) can be read once only');
  let filter: NameFilter | undefined;
  try {
    filter = opts.include === undefined || opts.include.length === 0 ? undefined : await globFilter(opts.include);
  } catch (e) {
    throw new UsageError(`--include ${(opts.include ?? []).map((g) => JSON.stringify(g)).join(' ')}: not a valid glob: ${(e as Error).message}`);
  }
  return { inputs: new InputList(all, filter), listed: listed.length };
}

export async function runParse(paths: string[], opts: ParseCommandOptions, io: CliIO): Promise<number> {
  checkEncoding(opts.encoding);
  checkAssumePath(opts.assumePath);
  checkId(opts.id);
  const format = getFormat(opts.format);
  if (!format) throw new UsageError(`unknown format "${opts.format}"`);
  const formatOptions: FormatOptions = { excel: opts.excel, delimiter: opts.delimiter };
  const formatter = format.create(formatOptions);
  // Walked once here to count (for the progress bar and the choice of
  // workers) and again as the work goes: the list itself is never kept.
  const { inputs, listed } = await collectInputs(paths, opts, io);
  const count = inputs.count();
  // Folders without a matching file, a mistyped --include, an empty list:
  // said before any output is opened, so an existing -o file stays as it was.
  if (count === 0) {
    throw new UsageError(
      paths.length === 0 && listed === 0 ? `no input files: --files-from ${(opts.filesFrom ?? []).join(', ')} lists no path` : noFilesMatching(opts.include?.length ? opts.include : undefined),
    );
  }
  // The summary line is for batches; one file gets only its diagnostics.
  const batch = count > 1 || (opts.filesFrom ?? []).length > 0 || paths.some(isDirectory);
  const chalk = colourFor(io);

  const outDir =
    opts.outDir === undefined ? null : new OutDirWriter(opts.outDir, format, formatOptions, { force: opts.force === true, inputs });
  const output = outDir ? undefined : opts.output;
  const sink = await openOutput(output, io, inputs, opts.tables);
  let tables: TablesWriter | null = null;
  if (opts.tables !== undefined) {
    try {
      tables = await TablesWriter.open(opts.tables, formatOptions);
      // Ctrl-C removes them; after finish they are renamed, and removing a gone path is harmless.
      for (const temp of tables.temporaryFiles) registerTemporary(temp);
    } catch (e) {
      await sink.finish(false);
      throw new UsageError(`cannot write tables to ${opts.tables}: ${(e as Error).message}`);
    }
  }
  const out = new Output(sink.stream);
  // No bar where the data may reach the terminal it draws on.
  const progress = await createProgress(io, count, !opts.quiet && !namesStderrOrTty(output), !outDir && namesStdout(output));
  // Plain text output lets the tasks render records themselves (in parallel);
  // --out-dir and --tables need the records.
  const taskOptions = { ...opts, render: outDir || tables ? null : { format: opts.format, options: formatOptions } };
  const totals = new Totals();
  const floor = RANK[opts.minSeverity ?? 'info'];
  const report = (name: string, d: Diagnostic) => {
    if (RANK[d.severity] >= floor) progress.log(formatDiagnostic(name, d, chalk));
  };

  let first = true;
  let completed = false;
  let stoppedEarly = false;
  /** One record's text, or a worker's bytes of one file's records already joined by `between`. */
  const writeText = async (text: string | Uint8Array) => {
    if (!first) await out.write(formatter.between());
    first = false;
    await out.write(text);
  };
  try {
    if (!outDir) await out.write(formatter.start());
    for await (const { input, outcome } of runTasks(inputs, count, taskOptions, io, opts.jobs)) {
      const name = displayName(input);
      for (const d of outcome.diagnostics) report(name, d);
      totals.add(outcome);
      for (const text of outcome.texts ?? []) await writeText(text);
      if (outcome.bytes && outcome.bytes.length > 0) await writeText(outcome.bytes);
      for (const record of outcome.records) {
        try {
          tables?.add(record);
        } catch (e) {
          throw new UsageError(`cannot write tables to ${opts.tables}: ${(e as Error).message}`);
        }
        if (outDir) await outDir.write(record);
        else await writeText(formatter.record(record));
      }
      progress.tick();
      if (out.closed) break;
      if (opts.failFast && outcome.diagnostics.some((d) => d.severity === 'error')) {
        // Wherever the failing input stands (the last one too): with
        // --fail-fast an error means no file output is replaced.
        stoppedEarly = true;
        break;
      }
    }
    if (!outDir) await out.write(formatter.end());
    await out.flush();
    completed = true;
  } finally {
    progress.stop();
    if (!completed) await discardAll(sink, outDir, tables);
  }

  // A run that could read none of its inputs replaces nothing: an existing
  // -o file, tables or --out-dir files stay as they were. Nor does a run
  // that --fail-fast stopped: its outputs would be cut short.
  const noneRead = totals.files >= count && totals.files > 0 && totals.unreadable === totals.files;
  // Tables cut short by a reader that left (`| head`) would replace complete ones.
  if (noneRead || stoppedEarly || out.failure !== null || out.closed) await discardAll(sink, outDir, tables);
  else {
    try {
      // Every target is checked before anything is replaced: a refusal writes nothing.
      await outDir?.check();
      tables?.check();
      await tables?.finish();
      await outDir?.finish();
      // Last: -o is replaced only once the other outputs are in place.
      await sink.finish(true);
    } catch (e) {
      await discardAll(sink, outDir, tables);
      throw e instanceof UsageError ? e : new UsageError(`cannot write the output: ${(e as Error).message}`);
    }
  }

  // After `| head` closed the pipe the reader has gone: no summary either.
  if (batch && !opts.quiet && !out.closed) io.stderr.write(totals.line(stoppedEarly ? count - totals.files : 0));
  if (out.failure) {
    io.stderr.write(`senq: cannot write output: ${out.failure.message}\n`);
    return EXIT.usage;
  }
  if (noneRead) return EXIT.usage;
  return totals.failedFiles > 0 ? EXIT.errors : EXIT.ok;
}

/** Leave every output as it was before the run: remove temporaries and staged files. */
async function discardAll(sink: OutputSink, outDir: OutDirWriter | null, tables: TablesWriter | null): Promise<void> {
  await sink.finish(false);
  await outDir?.abort();
  await tables?.abort();
}
