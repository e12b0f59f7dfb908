// `senq repair`: decoded, repaired text out (like ftfy's command line), with
// --explain listing each repair on stderr.
import { decode } from '../decode/index.js';
import { repair } from '../repair/index.js';
import { displayName, expandInputs, noFilesMatching } from './inputs.js';
import { Output, type CliIO } from './io.js';
import { checkAssumePath, checkEncoding } from './check-options.js';
import { openOutput } from './output-file.js';
import { readInput } from './read.js';
import { colourFor, formatDiagnostic, neutralise } from './report.js';
import { EXIT, UsageError } from './exit.js';
import { refuse } from '../parse/refuse.js';

export interface RepairCommandOptions {
  output?: string;
  encoding?: string;
  assumePath?: string;
  explain?: boolean;
  maxBytes: number;
}

export async function runRepair(paths: string[], opts: RepairCommandOptions, io: CliIO): Promise<number> {
  const chalk = colourFor(io);
  checkEncoding(opts.encoding);
  checkAssumePath(opts.assumePath);
  // Repairing a file in place through -o is refused like any -o onto an input.
  const inputs = expandInputs(paths);
  if (inputs.length === 0) throw new UsageError(noFilesMatching());
  const sink = await openOutput(opts.output, io, inputs);
  const out = new Output(sink.stream);
  let read = 0;
  let failed = 0;
  let withErrors = 0;
  for (const input of inputs) {
    if (out.closed) break;
    const name = displayName(input);
    const got = await readInput(input, io, opts.maxBytes);
    if (!got.ok) {
      failed++;
      io.stderr.write(formatDiagnostic(name, { code: got.code, severity: 'error', message: got.message, line: null, column: null }, chalk));
      continue;
    }
    read++;
    const decoded = decode(got.bytes, { encoding: opts.encoding });
    // Binary input is refused as parse refuses it: its "repair" would be bytes on the terminal.
    const binary = refuse(decoded.text);
    if (binary?.code === 'SENQ_BINARY_INPUT') {
      withErrors++;
      io.stderr.write(formatDiagnostic(name, binary, chalk));
      continue;
    }
    const repaired = repair(decoded.text, { assumePath: opts.assumePath });
    const diagnostics = [...decoded.diagnostics, ...repaired.diagnostics];
    for (const d of diagnostics) io.stderr.write(formatDiagnostic(name, d, chalk));
    // An error diagnostic (bytes the encoding could not read) makes the run exit 1, as for parse.
    if (diagnostics.some((d) => d.severity === 'error')) withErrors++;
    if (opts.explain) {
      for (const r of repaired.repairs) {
        io.stderr.write(`${neutralise(name)}:${r.line}:${r.column} ${neutralise(r.before)} → ${neutralise(r.after)} (${r.path}, ${r.evidence})\n`);
      }
    }
    await out.write(repaired.text);
  }
  await out.flush();
  // A run that read nothing replaces no existing -o file.
  const noneRead = read === 0 && failed > 0;
  await sink.finish(out.failure === null && !noneRead);
  if (out.failure) {
    io.stderr.write(`senq: cannot write output: ${out.failure.message}\n`);
    return EXIT.usage;
  }
  if (noneRead) return EXIT.usage;
  return failed > 0 || withErrors > 0 ? EXIT.errors : EXIT.ok;
}
