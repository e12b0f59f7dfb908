// Control characters from the input must never reach a user's terminal: an
// ESC sequence in a saved page could retitle the window, rewrite the screen
// or hide text. C0 controls (but tab, line feed and carriage return), DEL, C1
// controls and the bidirectional overrides are the dangerous ones.
export const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
const CONTROLS_ALL = new RegExp(CONTROLS.source, 'gu');
const CONTROLS_WITH_BREAKS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * `\x1b` for a byte-sized code, `\u202e` for the rest (all in the BMP): both
 * are escapes that YAML's double-quoted scalars read back, so Markdown front
 * matter stays valid; `\u{202e}` was not.
 */
function escapeOne(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Show control characters as visible escapes (\x1b); tab and line breaks stay (text output). */
export function visibleControls(text: string): string {
  return CONTROLS.test(text) ? text.replace(CONTROLS_ALL, escapeOne) : text;
}

/** The same for one-line messages: line breaks and tabs are escaped too. */
export function visibleControlsOneLine(text: string): string {
  return text.replace(CONTROLS_WITH_BREAKS, escapeOne);
}

/**
 * JSON.stringify escapes C0 controls but leaves DEL, C1 and bidi controls
 * raw; escape those as \uXXXX too, which keeps the data exactly (any JSON
 * reader gets the same string back).
 */
export function jsonSafe(json: string): string {
  return LEFT_RAW_BY_JSON.test(json) ? json.replace(CONTROLS_ALL, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`) : json;
}

/** What JSON.stringify leaves raw of CONTROLS (it escapes C0 itself): a third cheaper to look for. */
const LEFT_RAW_BY_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
