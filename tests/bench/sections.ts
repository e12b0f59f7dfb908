// docs/BENCHMARKS.md is shared by several benchmarks: each one replaces only
// its own "## <title>" section, leaving the others as they are.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';

export const BENCHMARKS_FILE = 'docs/BENCHMARKS.md';

export function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpus().length} cores (${cpu}), Node ${process.version}, ${process.platform}`;
}

export function writeSection(title: string, body: string): void {
  const header = '# Benchmarks\n\nFigures measured on this project\'s machines; each section says how to reproduce it.\n';
  let text = existsSync(BENCHMARKS_FILE) ? readFileSync(BENCHMARKS_FILE, 'utf8') : header;
  const heading = `## ${title}\n`;
  const start = text.indexOf(heading);
  const section = `${heading}\n${body.trim()}\n\n`;
  if (start < 0) text = `${text.trimEnd()}\n\n${section}`;
  else {
    const next = text.indexOf('\n## ', start + heading.length);
    text = text.slice(0, start) + section + (next < 0 ? '' : text.slice(next + 1));
  }
  writeFileSync(BENCHMARKS_FILE, `${text.trimEnd()}\n`);
}
