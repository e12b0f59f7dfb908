// Crash checks for the command line: an exit code outside 0/1/2, a stack
// trace or "internal error" on stderr, or a raw control character (terminal
// escape) reaching stderr. Used in-process (runCli) and on the real binary.
import { runCli } from '../helpers/cli.js';
import type { Problem } from './check.js';

/** The argument lists the sample rotates through (input on stdin). */
export const CLI_VARIANTS: readonly string[][] = [
  ['parse', '-', '--ndjson'],
  ['parse', '-', '--csv', '--excel'],
  ['parse', '-', '--md'],
  ['parse', '-'],
  ['repair', '-', '--explain'],
];

const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>)$/mu;
// Tabs and line feeds are layout; anything else below 0x20, DEL and C1 would be live on a terminal.
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;

export function judgeCliRun(code: number | null, stderr: string, signal: string | null = null): Problem[] {
  const problems: Problem[] = [];
  if (signal !== null) problems.push({ kind: 'crash', detail: `killed by ${signal}` });
  else if (code === null || ![0, 1, 2].includes(code)) problems.push({ kind: 'crash', detail: `exit code ${code}` });
  if (STACK_FRAME.test(stderr)) problems.push({ kind: 'crash', detail: `stack trace on stderr: ${stderr.slice(0, 300)}` });
  if (/internal error/iu.test(stderr) || stderr.includes('SENQ_INTERNAL')) problems.push({ kind: 'internal', detail: stderr.slice(0, 300) });
  const raw = RAW_CONTROL.exec(stderr);
  if (raw) problems.push({ kind: 'crash', detail: `raw control character U+${raw[0].codePointAt(0)?.toString(16).padStart(4, '0')} on stderr` });
  return problems;
}

/** Run the CLI in-process on `bytes` as standard input. */
export async function checkCliInProcess(bytes: Uint8Array, args: readonly string[]): Promise<Problem[]> {
  try {
    const run = await runCli([...args], { stdin: Buffer.from(bytes) });
    return judgeCliRun(run.code, run.stderr);
  } catch (error) {
    return [{ kind: 'crash', detail: `main() rejected: ${(error as Error)?.stack ?? String(error)}` }];
  }
}
