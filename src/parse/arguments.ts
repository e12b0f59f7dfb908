// What a JavaScript caller may hand to parse() beyond its TypeScript types:
// bytes in any view, and option values senq does not know. Each is accepted
// where its meaning is clear, and otherwise reported, never used silently.
import { diag } from '../diagnostics.js';
import { PATH_BY_NAME } from '../repair/index.js';
import type { Diagnostic, ParseOptions } from '../types.js';
import { parseId } from './identifiers.js';

/** The input as a string or a Uint8Array over the same bytes; null for anything else. */
export function asInput(input: unknown): string | Uint8Array | null {
  if (typeof input === 'string' || input instanceof Uint8Array) return input;
  // fetch().arrayBuffer(), a DataView, a Uint16Array…: their bytes, not their elements.
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  return null;
}

/** The options with the values senq does not know left out, and a warning for each. */
export function checkedOptions(options: ParseOptions | null | undefined): { options: ParseOptions; diagnostics: Diagnostic[] } {
  const given: ParseOptions = options ?? {};
  const diagnostics: Diagnostic[] = [];
  const drop = (key: keyof ParseOptions, why: string) => {
    diagnostics.push(diag('SENQ_BAD_OPTION', `option ${key} ${why}; it was ignored`));
    return undefined;
  };
  const { path, assumePath, id } = given;
  return {
    options: {
      ...given,
      path: path === undefined || path === null || typeof path === 'string' ? path : drop('path', 'is not a string'),
      assumePath:
        assumePath === undefined || PATH_BY_NAME.has(assumePath)
          ? assumePath
          : drop('assumePath', `${JSON.stringify(assumePath)} is no damage path (${[...PATH_BY_NAME.keys()].join(', ')})`),
      id: id === undefined || parseId(String(id)) !== null ? id : drop('id', `${JSON.stringify(id)} is no question id such as 5-8905`),
    },
    diagnostics,
  };
}
