// Run the CLI in-process with fake streams and collect what it writes.
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../src/cli/index.js';
import type { CliIO } from '../../src/cli/io.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

export interface CliRunOptions {
  stdin?: string | Buffer;
  env?: Record<string, string | undefined>;
  stderrIsTTY?: boolean;
  /** Replace stdout (e.g. a stream that fails with EPIPE). */
  stdout?: NodeJS.WritableStream & PassThrough;
}

export async function runCli(argv: string[], options: CliRunOptions = {}): Promise<CliRun> {
  const stdout = options.stdout ?? new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const io: CliIO = {
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    stdout,
    stderr,
    env: options.env ?? {},
    stderrIsTTY: options.stderrIsTTY ?? false,
    cwd: process.cwd(),
  };
  const code = await main(argv, io);
  const stdoutBytes = Buffer.concat(out);
  return { code, stdout: stdoutBytes.toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), stdoutBytes };
}
