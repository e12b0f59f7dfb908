// What an input is: standard input, or a file by its path (and, when that
// path is not UTF-8, its bytes). Kept apart from the walk (inputs.ts) so that
// a worker thread, which only reads inputs, loads none of the walking code.

/**
 * One input. A file's `path` is what senq shows (messages, `source.path`);
 * `raw` holds the path's bytes when they are not valid UTF-8 (a name from a
 * Windows zip, say), as Node can open such a name only from its bytes: `path`
 * then shows each stray byte as `\xHH`. `problem` is why a walked entry was
 * not taken (a link looping back), reported as that input's error.
 */
export type InputRef = { kind: 'stdin' } | { kind: 'file'; path: string; raw?: Uint8Array; problem?: string };

/** A path to take: as given on the command line, or from a list whose bytes were not UTF-8. */
export type PathArg = string | { path: string; raw: Uint8Array };

export const STDIN_NAME = '<stdin>';

export function displayName(input: InputRef): string {
  return input.kind === 'stdin' ? STDIN_NAME : input.path;
}

/** What to hand to fs for a path: its bytes when it has them (a Uint8Array after a worker's structured clone), else the string. */
export function fsPath(p: { path: string; raw?: Uint8Array | undefined }): string | Buffer {
  return p.raw ? Buffer.from(p.raw.buffer, p.raw.byteOffset, p.raw.byteLength) : p.path;
}

