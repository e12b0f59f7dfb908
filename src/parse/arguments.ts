// What a JavaScript caller may hand to parse() beyond its TypeScript types:
// bytes in any view, and option values senq does not know. Each is accepted
// where its meaning is clear, and otherwise reported, never used silently.
import { diag } from '../diagnostics.js';
import { isDamagePath } from '../repair/index.js';
import type { Diagnostic, ParseOptions } from '../types.js';
import { parseId } from './identifiers.js';

/**
 * The input as a string or a Uint8Array over the same bytes; null for
 * anything else, a detached buffer included. Buffers are recognised by their
 * tag, not instanceof, so one from another realm (vm, a worker) is bytes too.
 */
export function asInput(input: unknown): string | Uint8Array | null {
  if (typeof input === 'string' || input instanceof Uint8Array) return input;
  try {
    // fetch().arrayBuffer(), a SharedArrayBuffer, a DataView, a Uint16Array…: their bytes, not their elements.
    const tag = Object.prototype.toString.call(input);
    if (tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]') return new Uint8Array(input as ArrayBufferLike);
    if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  } catch {
    // A detached buffer cannot be viewed: it holds no bytes to read.
  }
  return null;
}

/** A value as a message may show it, whatever it is (JSON.stringify throws on a BigInt). */
export function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : `a value of type ${typeof value}`;
}

/** The options with the values senq does not know left out, and a warning for each. */
export function checkedOptions(options: ParseOptions | null | undefined): { options: ParseOptions; diagnostics: Diagnostic[] } {
  const given: ParseOptions = options ?? {};
  const diagnostics: Diagnostic[] = [];
  const drop = (key: keyof ParseOptions, why: string) => {
    diagnostics.push(diag('SENQ_BAD_OPTION', `option ${key}: ${why}; it was ignored`));
    return undefined;
  };
  const { path, encoding, repair, assumePath, id } = given;
  return {
    options: {
      path: path === undefined || path === null || typeof path === 'string' ? path : drop('path', `${show(path)} is not a string`),
      // An unknown encoding name is decode's to report (SENQ_DECODE_FAILED); a non-string is no name at all.
      encoding: encoding === undefined || typeof encoding === 'string' ? encoding : drop('encoding', `${show(encoding)} is not a string`),
      repair: repair === undefined || typeof repair === 'boolean' ? repair : drop('repair', `${show(repair)} is not true or false`),
      assumePath: assumePath === undefined || isDamagePath(assumePath) ? assumePath : drop('assumePath', `${show(assumePath)} is no damage path`),
      id: id === undefined || (typeof id === 'string' && parseId(id) !== null) ? id : drop('id', `${show(id)} is no question id such as 5-8905`),
    },
    diagnostics,
  };
}
