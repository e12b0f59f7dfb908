// The command line: maps flags to options and hands over to a command module.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { formatNames } from '../format/index.js';
import { validDelimiter } from '../format/csv-writer.js';
import { EXIT, UsageError } from './exit.js';
import type { CliIO } from './io.js';
import { runParse } from './parse-command.js';
import { DEFAULT_MAX_BYTES } from './read.js';
import { runRepair } from './repair-command.js';
import { neutralise } from './report.js';
import { visibleControls } from '../util/controls.js';
import { installInterruptHandler } from './interrupt.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const EXIT_HELP = `
Exit codes:
  0  every record clean or with warnings only
  1  some input gave an error diagnostic or could not be read (the others are still written)
  2  usage error (unknown flag, bad value), no input at all or none readable, or output could not be written
  129, 130, 143  ended by SIGHUP, SIGINT (Ctrl-C) or SIGTERM; temporary files removed`;

const PARSE_HELP = `
Output:
  --json (the default) writes one pretty-printed JSON object per record, one
  after another: a single question is exactly one JSON document for jq or
  JSON.parse. --ndjson writes one compact object per line. --csv writes a
  header and one row per record (--excel: BOM, ";", CRLF, formulas escaped);
  --md writes Markdown with YAML front matter. --out-dir writes one file per
  record, named <id>.<language>.<ext>; --tables adds long CSV tables.
  Formats and columns: docs/FORMATS.md.
  Data goes to stdout (or -o FILE); diagnostics go to stderr as
  "path:line:column: severity CODE message".

Batches:
  Directories are walked recursively in sorted order. A file that cannot be
  read or parsed is reported and the run goes on; a batch ends with a summary
  line on stderr (files, records, warnings, errors, repairs, time) unless
  --quiet. Records are written in input order whatever --jobs is.

Examples:
  $ senq parse question.txt
  $ senq parse question.txt --json | jq -r '.title'
  $ senq parse archive/ --ndjson | jq -c '{id, status}'
  $ cat question.txt | senq parse - --ndjson
  $ senq parse a.txt b.txt -o records.ndjson --ndjson
  $ senq parse archive/ --csv --excel -o questions.csv --tables tables/
  $ senq parse archive/ --md --out-dir questions/
  $ find . -name '*.txt' | senq parse --files-from - --ndjson --quiet > all.ndjson
${EXIT_HELP}`;

/** Digits only: Number() would also take " 2", "1e1" and "0x2", which no user means as a count. */
function positiveInt(value: string): number {
  const n = /^[0-9]+$/u.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

/** A repeatable option: each use adds to the list (commander keeps only the last otherwise). */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function buildProgram(io: CliIO, setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('senq')
    .description('Turn Belgian Senate written questions, saved as text, into clean structured data.')
    .version(VERSION, '-V, --version', 'print the version')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', `\nExamples:\n  $ senq parse question.txt --json | jq .id\n  $ senq repair damaged.txt --explain\n${EXIT_HELP}`)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      // Commander quotes arguments back ("unknown option '--\x1b[31mx'"): no raw control characters.
      writeErr: (s) => io.stderr.write(visibleControls(s)),
    });

  program
    .command('parse')
    .description('parse question pages into records (JSON by default)')
    .argument('[paths...]', 'files or directories (*.txt, recursively); "-" or nothing reads standard input')
    .addOption(new Option('--format <name>', 'output format').default('json').argParser((v) => v))
    .option('--json', 'JSON: one pretty-printed object per record (default)')
    .option('--ndjson', 'NDJSON: one compact object per line')
    .option('--csv', 'CSV: a header and one row per record')
    .option('--md', 'Markdown: YAML front matter and readable text per record')
    .option('--excel', 'CSV for Excel: UTF-8 BOM, ";", CRLF, a leading \' on formula-like cells and on numbers like 5-8905')
    .option('--delimiter <char>', 'CSV field separator (default "," or ";" with --excel)')
    .option('--tables <dir>', 'also write long tables (chronology, keywords, references, items) as CSV into DIR')
    .option('--out-dir <dir>', 'write one file per record into DIR as <id>.<language>.<ext>')
    .option('--force', 'with --out-dir, replace files that already exist')
    .option('-o, --output <file>', 'write data to FILE instead of stdout')
    .option('--encoding <name>', 'force the input byte encoding (utf-8, windows-1252, macintosh, utf-16le…)')
    .option('--no-repair', 'do not repair legacy encoding damage')
    .option('--assume-path <path>', 'assume this damage path for the whole document (e.g. cp1252>maccenteuro)')
    .option('--id <id>', 'question id (L-N) for inputs whose text lacks one (fragments)')
    .option('--max-bytes <n>', 'refuse files larger than this', positiveInt, DEFAULT_MAX_BYTES)
    .option('--include <glob>', 'files to take from directories (default "*.txt"; a glob with "/" matches the path); repeatable: a file matching any is taken', collect)
    .option('--files-from <file>', 'also read input paths from FILE, one per line ("-" for standard input), after the paths given as arguments; repeatable', collect)
    .option('-0, --null', '--files-from lists are separated by NUL bytes (find -print0), not lines')
    .addOption(
      new Option('-j, --jobs <n>', 'parse in N worker threads (at most the number of cores)').argParser(positiveInt).default(availableParallelism(), 'the number of cores'),
    )
    .option('-q, --quiet', 'no summary line and no progress bar')
    .option('--fail-fast', 'stop at the first input that fails')
    .addOption(
      new Option('--min-severity <level>', 'print only diagnostics of this severity or worse (records keep them all)')
        .choices(['info', 'warning', 'error'])
        .default('info'),
    )
    .addHelpText('after', PARSE_HELP)
    .action(async (paths: string[], o: Record<string, unknown>, command: Command) => {
      const format = o.ndjson ? 'ndjson' : o.json ? 'json' : o.csv ? 'csv' : o.md ? 'md' : String(o.format);
      if (!formatNames().includes(format)) throw new UsageError(`unknown format "${format}" (known: ${formatNames().join(', ')})`);
      const shortcuts = ['json', 'ndjson', 'csv', 'md'].filter((f) => o[f] === true);
      if (shortcuts.length > 1) throw new UsageError(`choose one format, not ${shortcuts.map((f) => `--${f}`).join(' and ')}`);
      if (shortcuts.length === 1 && command.getOptionValueSource('format') === 'cli' && String(o.format) !== shortcuts[0]) {
        throw new UsageError(`choose one format, not --format ${String(o.format)} and --${shortcuts[0]}`);
      }
      if ((o.excel || o.delimiter !== undefined) && format !== 'csv' && o.tables === undefined) {
        throw new UsageError('--excel and --delimiter apply to CSV output (--csv or --tables)');
      }
      if (o.outDir !== undefined && o.output !== undefined) throw new UsageError('--out-dir and -o cannot be combined');
      // Harmless where it means nothing (scripts pass it by habit): said, not refused.
      if (o.force && o.outDir === undefined) io.stderr.write('senq: --force has no effect without --out-dir\n');
      if (o.null && o.filesFrom === undefined) io.stderr.write('senq: --null has no effect without --files-from\n');
      if (o.delimiter !== undefined && !validDelimiter(String(o.delimiter), Boolean(o.excel))) {
        throw new UsageError('--delimiter must be one character, not a quote, a line break or a control character (nor "\'" with --excel)');
      }
      setExit(
        await runParse(
          paths,
          {
            format,
            output: o.output as string | undefined,
            encoding: o.encoding as string | undefined,
            repair: o.repair !== false,
            assumePath: o.assumePath as string | undefined,
            id: o.id as string | undefined,
            maxBytes: o.maxBytes as number,
            excel: Boolean(o.excel),
            delimiter: o.delimiter as string | undefined,
            tables: o.tables as string | undefined,
            outDir: o.outDir as string | undefined,
            force: Boolean(o.force),
            // More workers than cores only add memory (-j 500: 4.5 GB) and time.
            jobs: Math.min(o.jobs as number, availableParallelism()),
            include: o.include as string[] | undefined,
            filesFrom: o.filesFrom as string[] | undefined,
            nul: Boolean(o.null),
            quiet: Boolean(o.quiet),
            failFast: Boolean(o.failFast),
            minSeverity: o.minSeverity as 'info' | 'warning' | 'error',
          },
          io,
        ),
      );
    });

  program
    .command('schema')
    .description('print the JSON Schema (draft 2020-12) of a record')
    .action(async () => {
      // Loaded only for this command: parse runs never pay for the schema.
      const { recordSchema } = await import('../schema/record.js');
      io.stdout.write(`${JSON.stringify(recordSchema, null, 2)}\n`);
    });

  program
    .command('repair')
    .description('write the decoded, repaired text (like ftfy), for checking what repair does')
    .argument('[paths...]', 'files or directories; "-" or nothing reads standard input')
    .option('-o, --output <file>', 'write the text to FILE instead of stdout')
    .option('--explain', 'list each repair on stderr as "path:line:column before → after (path, evidence)"')
    .option('--encoding <name>', 'force the input byte encoding')
    .option('--assume-path <path>', 'assume this damage path for the whole document')
    .option('--max-bytes <n>', 'refuse files larger than this', positiveInt, DEFAULT_MAX_BYTES)
    .addHelpText('after', `\nExamples:\n  $ senq repair page.txt > fixed.txt\n  $ senq repair page.txt --explain > /dev/null\n${EXIT_HELP}`)
    .action(async (paths: string[], o: Record<string, unknown>) => {
      setExit(
        await runRepair(
          paths,
          {
            output: o.output as string | undefined,
            encoding: o.encoding as string | undefined,
            assumePath: o.assumePath as string | undefined,
            explain: Boolean(o.explain),
            maxBytes: o.maxBytes as number,
          },
          io,
        ),
      );
    });
  return program;
}

/** Run the CLI with the given arguments (without "node senq"); resolves to the exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    if (argv.length === 0) {
      // A usage error: the help goes to stderr, as commander's own errors do.
      program.outputHelp({ error: true });
      return EXIT.usage;
    }
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are exits with code 0; everything else is usage.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    // Messages may quote a path or a value from the command line: no raw control characters.
    if (error instanceof UsageError) {
      io.stderr.write(`senq: ${neutralise(error.message)}\n`);
      return EXIT.usage;
    }
    io.stderr.write(`senq: internal error: ${neutralise(error instanceof Error ? error.message : String(error))}\n`);
    return EXIT.usage;
  }
}

/** Entry point of bin/senq.js. Sets process.exitCode instead of calling process.exit(), so piped output is never cut short. */
export function runFromProcess(): void {
  installInterruptHandler();
  const io: CliIO = {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    cwd: process.cwd(),
  };
  // `| head` closes the pipe: end quietly rather than with a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') process.exitCode = EXIT.usage;
  });
  // The same for a closed stderr (`2>&1 | head`): the run goes on, its
  // data still written; only the messages have no reader left.
  process.stderr.on('error', () => undefined);
  void main(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
  });
}
