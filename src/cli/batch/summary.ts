// Batch totals and the one-line summary printed on stderr at the end.
import type { FileOutcome } from './task.js';

export class Totals {
  files = 0;
  failedFiles = 0;
  unreadable = 0;
  records = 0;
  warnings = 0;
  errors = 0;
  repairs = 0;
  private readonly started = performance.now();

  add(outcome: FileOutcome): void {
    this.files++;
    if (!outcome.read) this.unreadable++;
    this.records += outcome.count;
    let error = false;
    for (const d of outcome.diagnostics) {
      if (d.severity === 'error') {
        this.errors++;
        error = true;
      } else if (d.severity === 'warning') this.warnings++;
    }
    if (error) this.failedFiles++;
    this.repairs += outcome.repairs;
  }

  /** `skipped`: inputs --fail-fast left unread (the line then says the run was cut short). */
  line(skipped = 0): string {
    const seconds = ((performance.now() - this.started) / 1000).toFixed(1);
    const stopped = skipped > 0 ? `; stopped at the first error (--fail-fast), ${plural(skipped, 'file')} not read` : '';
    return `senq: ${plural(this.files, 'file')}, ${plural(this.records, 'record')}, ${plural(this.warnings, 'warning')}, ${plural(this.errors, 'error')}, ${plural(this.repairs, 'repair')}, ${seconds} s${stopped}\n`;
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
