// Literal text inside a regular expression.

/**
 * `s` as literal regex text, in a character class or out of one, with or
 * without the "u" flag. "-" becomes "\x2d": a "u" pattern refuses "\-"
 * outside a class.
 */
export function escapeRegExp(s: string): string {
  return s.replace(/[\\\][^$.*+?(){}|/-]/gu, (c) => (c === '-' ? '\\x2d' : `\\${c}`));
}
