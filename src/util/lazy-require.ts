// Load a CommonJS dependency on first use, synchronously. Formats that only
// some runs need (YAML for Markdown, csv-stringify for CSV) are loaded this
// way so that `senq parse file.txt --json` from a shell loop never pays for
// them at start-up.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function lazyRequire<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(id) as T);
}
