// The floor for any Node tool doing senq's job: read every file, decode it,
// write its raw text as a JSON line. Nothing is parsed.
import { readdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const decoder = new TextDecoder('utf-8');
function walk(dir) {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.txt')) writeSync(1, `${JSON.stringify({ path: p, text: decoder.decode(readFileSync(p)) })}\n`);
  }
}
walk(process.argv[2]);
