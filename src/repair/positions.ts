// 1-based line and column (in code points) of a UTF-16 offset. CRLF is one
// line break, a lone CR is one too (FORMAT §17).

export class Positions {
  /** Line starts, found on first use: clean text never needs them. */
  private starts: number[] | null = null;
  /** The last answer: callers ask in text order, so a column continues from it instead of rescanning a long line. */
  private last = { index: 0, line: 0, column: 1 };

  constructor(private readonly text: string) {}

  private lineStarts(): number[] {
    if (this.starts) return this.starts;
    const starts = [0];
    const text = this.text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
    }
    this.starts = starts;
    return starts;
  }

  at(index: number): { line: number; column: number } {
    const starts = this.lineStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= index) lo = mid;
      else hi = mid - 1;
    }
    const start = starts[lo] as number;
    let column = 1;
    let from = start;
    if (this.last.line === lo + 1 && this.last.index <= index && this.last.index >= start) [from, column] = [this.last.index, this.last.column];
    for (let i = from; i < index; i++) {
      const c = this.text.charCodeAt(i);
      if (c < 0xdc00 || c > 0xdfff) column++;
    }
    this.last = { index, line: lo + 1, column };
    return { line: lo + 1, column };
  }
}
