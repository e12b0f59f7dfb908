// Long tables (--tables DIR): the lists of every record, one row per entry,
// keyed by the record's id and language, so a spreadsheet or database can
// load them without splitting "; "-joined cells. A bilingual record's
// translation contributes its own rows under its own language.
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { deepFreeze } from '../util/freeze.js';
import { isDirectory, takeModeOf } from '../util/stat.js';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Body, Language, QuestionRecord } from '../types.js';
import type { Cell } from './columns.js';
import { csvDialect } from './csv-writer.js';
import type { FormatOptions } from './index.js';

export interface Table {
  header: readonly string[];
  rows(record: QuestionRecord): Cell[][];
}

/** The language views of a record: its own, then its translation's. */
function views(r: QuestionRecord): Array<{ language: Language; keywords: string[]; question: Body | null; answer: Body | null }> {
  const own = { language: r.language, keywords: r.keywords, question: r.question, answer: r.answer };
  return r.translation ? [own, r.translation] : [own];
}

export const TABLES: Readonly<Record<string, Table>> = {
  // The language column tells apart the NL and FR pages of one question
  // (two records with the same id): their labels differ, and without it
  // their rows had the same (id, position).
  'chronology.csv': {
    header: ['id', 'language', 'position', 'date', 'event', 'label'],
    rows: (r) => r.chronology.map((c, i) => [r.id, r.language, i + 1, c.date, c.event, c.label]),
  },
  'keywords.csv': {
    header: ['id', 'language', 'position', 'keyword'],
    rows: (r) => views(r).flatMap((v) => v.keywords.map((k, i): Cell[] => [r.id, v.language, i + 1, k])),
  },
  'references.csv': {
    header: ['id', 'language', 'position', 'kind', 'reference_id', 'document'],
    rows: (r) => r.references.map((x, i) => [r.id, r.language, i + 1, x.kind, x.id, x.document]),
  },
  'items.csv': {
    header: ['id', 'language', 'part', 'position', 'label', 'answers', 'text'],
    rows: (r) =>
      views(r).flatMap((v) =>
        (['question', 'answer'] as const).flatMap((part) =>
          (v[part]?.items ?? []).map((item, i): Cell[] => [r.id, v.language, part, i + 1, item.label, item.answers, item.text]),
        ),
      ),
  },
};

deepFreeze(TABLES);

/** The files --tables writes into DIR. */
export function tableFiles(dir: string): string[] {
  return Object.keys(TABLES).map((name) => join(dir, name));
}

/** Render every long table for these records: file name → CSV text. */
export function renderTables(records: readonly QuestionRecord[], options: FormatOptions = {}): Record<string, string> {
  const csv = csvDialect(options);
  const out: Record<string, string> = {};
  for (const [name, table] of Object.entries(TABLES)) {
    out[name] = csv.preamble + csv.rows([table.header as Cell[], ...records.flatMap((r) => table.rows(r))]);
  }
  return out;
}

/**
 * Writes the long tables into DIR for a batch: rows are appended to
 * temporary files as records arrive (memory stays flat), and `finish` renames
 * all four into place together, so an interrupted run leaves the previous
 * tables, never half-written ones.
 */
export class TablesWriter {
  private readonly files: Array<{ table: Table; temp: string; target: string; fd: number }> = [];
  private readonly csv;

  private constructor(dir: string, options: FormatOptions) {
    this.csv = csvDialect(options);
    const tag = `${process.pid}.${randomBytes(4).toString('hex')}`;
    try {
      for (const [name, table] of Object.entries(TABLES)) {
        const temp = join(dir, `.${name}.${tag}.tmp`);
        const fd = openSync(temp, 'wx');
        this.files.push({ table, temp, target: join(dir, name), fd });
        writeSync(fd, this.csv.preamble + this.csv.rows([table.header as Cell[]]));
      }
    } catch (error) {
      this.closeAll();
      void Promise.all(this.files.map((f) => rm(f.temp, { force: true })));
      throw error;
    }
  }

  static async open(dir: string, options: FormatOptions = {}): Promise<TablesWriter> {
    await mkdir(dir, { recursive: true });
    return new TablesWriter(dir, options);
  }

  /** Temporary files still to be renamed or removed (for interrupt clean-up). */
  get temporaryFiles(): string[] {
    return this.files.map((f) => f.temp);
  }

  add(record: QuestionRecord): void {
    for (const f of this.files) {
      const rows = f.table.rows(record);
      if (rows.length > 0) writeSync(f.fd, this.csv.rows(rows));
    }
  }

  /** Throw when a target cannot be replaced by a file (it is a folder), before any is renamed. */
  check(): void {
    for (const f of this.files) {
      if (isDirectory(f.target)) throw new Error(`${f.target} is a folder, not a file`);
    }
  }

  async finish(): Promise<string[]> {
    this.closeAll();
    for (const f of this.files) {
      await takeModeOf(f.target, f.temp);
      await rename(f.temp, f.target);
    }
    return this.files.map((f) => f.target);
  }

  async abort(): Promise<void> {
    this.closeAll();
    await Promise.all(this.files.map((f) => rm(f.temp, { force: true })));
  }

  private closeAll(): void {
    for (const f of this.files) {
      if (f.fd >= 0) closeSync(f.fd);
      f.fd = -1;
    }
  }
}
