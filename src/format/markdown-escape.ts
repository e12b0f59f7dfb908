// Text from a question page must reach a Markdown reader as text: nothing in
// it may turn into emphasis, a heading, a list, a table, a link, raw HTML, an
// entity, math or (pandoc) a citation. CommonMark lets any ASCII punctuation
// be backslash-escaped, so escaping is always safe; we escape only what can
// start markup, to keep the plain text readable.

/** Characters that can open inline markup anywhere in a line ({ } : pandoc's attributes, `Kosten {.rood}`). */
const INLINE = /[\\`*_[\]<>&|~^$@#{}]/g;

/**
 * Escape one line of text for use inside a paragraph, list item or heading.
 * Leading and trailing blanks are dropped: four leading spaces would make a
 * code block, two trailing ones a hard line break (the text is already
 * whitespace-normalised by the parser, so nothing is lost).
 */
export function escapeLine(line: string): string {
  const s = line.trim().replace(INLINE, '\\$&');
  // Block markers that only count at the start of a line: list bullets,
  // setext underlines, "1." / "1)" ordered-list markers (any number of
  // digits: CommonMark stops at nine, pandoc does not), pandoc's fancy list
  // markers ("a.", "B)", "(1)", "(iv)": "i. e. dit" was a roman-numbered
  // list) and its definition marker (":" under a line makes it a term).
  const blocks = s
    .replace(/^([-+=:])/, '\\$1')
    .replace(/^(\(?)(\d+|[A-Za-z]|[ivxlcdmIVXLCDM]+)([.)])(?=\s|$)/, '$1$2\\$3')
    .replace(/^(\d+)([.)])/, '$1\\$2');
  // GitHub's extensions: "www." starts a link and ":name:" is an emoji.
  // (Not after "/": the www. of a bare https:// address stays, as it links anyway.)
  return blocks.includes('www.') || blocks.includes(':') ? blocks.replace(/(^|[^\w\\/])(?:www(\.)|:(?=[a-z0-9_+-]+:))/g, (m, before: string, dot?: string) => (dot ? `${before}www\\.` : `${before}\\:`)) : blocks;
}

/**
 * Escape a text made of paragraphs separated by blank lines; returns the
 * paragraphs (blank ones dropped), each with its lines escaped.
 */
export function escapeParagraphs(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((p) =>
      p
        .split('\n')
        .map(escapeLine)
        .filter((l) => l !== '')
        .join('\n'),
    )
    .filter((p) => p !== '');
}
