// Repair benchmark: `npm run bench:repair` (add `-- --write` to store the
// table in docs/BENCHMARKS.md). Not part of CI.
//
// Clean Dutch and French paragraphs (repair-corpus.ts) are damaged by each
// path mechanically; senq's repair and ftfy 6.3.1's fix_encoding run on the
// same inputs. ftfy's own test cases are read from ../shared/peer-tests/ftfy
// at run time. ftfy is installed from a local wheel into a throwaway venv
// under /tmp; without it, its column says why it is missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { damage, PATHS, repair } from '../../src/repair/index.js';
import { lexiconDataPath, lexiconForms, loadLexicon, lexiconLoadMs, unloadLexicon } from '../../src/repair/lexicon.js';
import { DUTCH, FRENCH, HELD_OUT_DUTCH, HELD_OUT_FRENCH } from './repair-corpus.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FTFY_CASES = process.env.SENQ_FTFY_CASES ?? `${ROOT}../shared/peer-tests/ftfy`;
const WHEELS = process.env.SENQ_FTFY_WHEELS ?? '/opt/pypi/files';
const VENV = '/tmp/senq-bench-ftfy-venv';

interface FtfyCase {
  label: string;
  original: string;
  fixed: string;
  'fixed-encoding'?: string;
}

const clean = [...DUTCH, ...FRENCH];
const heldOut = [...HELD_OUT_DUTCH, ...HELD_OUT_FRENCH];
const damagedSets = Object.fromEntries(PATHS.map((p) => [p.name, clean.map((t) => damage(p, t))]));
const heldSets = Object.fromEntries(PATHS.map((p) => [`held:${p.name}`, heldOut.map((t) => damage(p, t))]));
const docs: Record<string, string[]> = { clean, held: heldOut, ...damagedSets, ...heldSets };

function readCases(): { negative: FtfyCase[]; others: FtfyCase[]; files: string[] } {
  if (!existsSync(FTFY_CASES)) return { negative: [], others: [], files: [] };
  const files = readdirSync(FTFY_CASES).filter((f) => f.endsWith('.json')).sort();
  const load = (f: string) => JSON.parse(readFileSync(`${FTFY_CASES}/${f}`, 'utf8')) as FtfyCase[];
  return {
    negative: files.includes('negative.json') ? load('negative.json') : [],
    others: files.filter((f) => f !== 'negative.json').flatMap(load),
    files: files.filter((f) => f !== 'negative.json'),
  };
}

/** MB/s of `fn` over `inputs`, repeated for at least a second. */
function throughput(inputs: readonly string[], fn: (s: string) => unknown): number {
  const size = inputs.reduce((n, s) => n + Buffer.byteLength(s, 'utf8'), 0);
  let reps = 0;
  const start = performance.now();
  for (;;) {
    for (const s of inputs) fn(s);
    reps++;
    const ms = performance.now() - start;
    if (ms >= 1000) return (size * reps) / (ms / 1000) / 1e6;
  }
}

/** Word-by-word comparison; repairs never move whitespace, so words align. */
function score(originals: readonly string[], inputs: readonly string[], outputs: readonly string[]) {
  let damaged = 0;
  let repaired = 0;
  let untouched = 0;
  let changed = 0;
  originals.forEach((orig, i) => {
    const o = orig.split(/[ \t\r\n]+/u);
    const d = (inputs[i] as string).split(/[ \t\r\n]+/u);
    const r = (outputs[i] as string).split(/[ \t\r\n]+/u);
    o.forEach((word, k) => {
      if (d[k] !== word) {
        damaged++;
        if (r.length === o.length && r[k] === word) repaired++;
      } else {
        untouched++;
        if (r.length !== o.length || r[k] !== word) changed++;
      }
    });
  });
  return { damaged, repaired, untouched, changed };
}

function ftfyPython(): { python: string | null; note: string } {
  const python = `${VENV}/bin/python`;
  const ok = () => spawnSync(python, ['-c', 'import ftfy; assert ftfy.__version__ == "6.3.1"']).status === 0;
  if (existsSync(python) && ok()) return { python, note: '' };
  const wheel = existsSync(WHEELS) && readdirSync(WHEELS).find((f) => /^ftfy-6\.3\.1-.*\.whl$/u.test(f));
  if (!wheel) return { python: null, note: `ftfy skipped: no ftfy-6.3.1 wheel in ${WHEELS}` };
  try {
    execFileSync('python3', ['-m', 'venv', VENV], { stdio: 'ignore' });
    execFileSync(`${VENV}/bin/pip`, ['install', '--quiet', '--no-index', '--find-links', WHEELS, 'ftfy==6.3.1'], { stdio: 'ignore' });
  } catch (error) {
    return { python: null, note: `ftfy skipped: could not install it into ${VENV} (${(error as Error).message.split('\n')[0]})` };
  }
  return ok() ? { python, note: '' } : { python: null, note: 'ftfy skipped: installed but not importable' };
}

interface FtfyResult {
  version: string;
  fixed: Record<string, string[]>;
  cases: string[];
  mbps: Record<string, number>;
}

const pct = (a: number, b: number) => (b === 0 ? '—' : `${a}/${b} (${((100 * a) / b).toFixed(1)}%)`);
const mbps = (n: number | undefined) => (n === undefined ? '—' : `${n.toFixed(2)} MB/s`);

function main(): void {
  const write = process.argv.includes('--write');
  const cases = readCases();
  const damagedAll = PATHS.flatMap((p) => damagedSets[p.name] as string[]);

  // Lexicon load, cold, before anything else touches it.
  unloadLexicon();
  loadLexicon();
  const loadMs = lexiconLoadMs();

  const senqFixed: Record<string, string[]> = {};
  for (const [name, list] of Object.entries(docs)) senqFixed[name] = list.map((t) => repair(t).text);
  const senqCases = cases.others.map((c) => repair(c.original).text);
  const senqNegative = cases.negative.map((c) => repair(c.original).text);
  const cleanAll = [...clean, ...heldOut];
  const senqMbps = { clean: throughput(cleanAll, repair), damaged: throughput(damagedAll, repair) };

  const { python, note } = ftfyPython();
  let ft: FtfyResult | null = null;
  let ftNote = note;
  if (python) {
    const job = {
      docs,
      cases: [...cases.others, ...cases.negative].map((c) => c.original),
      throughput: { clean: cleanAll, damaged: damagedAll },
    };
    const run = spawnSync(python, [fileURLToPath(new URL('./repair-ftfy.py', import.meta.url))], {
      input: JSON.stringify(job),
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    if (run.status === 0) ft = JSON.parse(run.stdout) as FtfyResult;
    else ftNote = `ftfy skipped: its run failed (${run.stderr.trim().split('\n').at(-1)})`;
  }
  const ftCases = ft ? ft.cases.slice(0, cases.others.length) : [];
  const ftNegative = ft ? ft.cases.slice(cases.others.length) : [];

  const head = `| Measure | senq | ${ft ? `ftfy ${ft.version} fix_encoding` : 'ftfy'} |`;
  const rows: string[] = [head, '|---|---|---|'];
  const row = (m: string, s: string, f: string) => rows.push(`| ${m} | ${s} | ${ft ? f : '—'} |`);
  for (const p of PATHS) {
    const s = score(clean, damagedSets[p.name] as string[], senqFixed[p.name] as string[]);
    const f = ft ? score(clean, damagedSets[p.name] as string[], ft.fixed[p.name] as string[]) : null;
    row(`\`${p.name}\`: damaged words repaired`, pct(s.repaired, s.damaged), f ? pct(f.repaired, f.damaged) : '');
    row(`\`${p.name}\`: undamaged words changed`, pct(s.changed, s.untouched), f ? pct(f.changed, f.untouched) : '');
  }
  for (const p of PATHS) {
    const key = `held:${p.name}`;
    const s = score(heldOut, heldSets[key] as string[], senqFixed[key] as string[]);
    const f = ft ? score(heldOut, heldSets[key] as string[], ft.fixed[key] as string[]) : null;
    row(`held-out, \`${p.name}\`: damaged words repaired`, pct(s.repaired, s.damaged), f ? pct(f.repaired, f.damaged) : '');
  }
  const heldChanged = (fixed: Record<string, string[]>) =>
    PATHS.map((p) => score(heldOut, heldSets[`held:${p.name}`] as string[], fixed[`held:${p.name}`] as string[])).reduce(
      (a, b) => ({ changed: a.changed + b.changed, untouched: a.untouched + b.untouched }),
      { changed: 0, untouched: 0 },
    );
  const hs = heldChanged(senqFixed);
  const hf = ft ? heldChanged(ft.fixed) : null;
  row('held-out, all paths: undamaged words changed', pct(hs.changed, hs.untouched), hf ? pct(hf.changed, hf.untouched) : '');
  const all = [...clean, ...heldOut];
  const cleanOut = (fixed: Record<string, string[]>) => [...(fixed.clean as string[]), ...(fixed.held as string[])];
  const sc = score(all, all, cleanOut(senqFixed));
  const fc = ft ? score(all, all, cleanOut(ft.fixed)) : null;
  row('clean paragraphs (all, undamaged): words changed', pct(sc.changed, sc.untouched), fc ? pct(fc.changed, fc.untouched) : '');
  const same = (outs: readonly string[], list: readonly FtfyCase[], want: (c: FtfyCase) => string) =>
    outs.filter((o, i) => o === want(list[i] as FtfyCase)).length;
  if (cases.negative.length > 0) {
    row('ftfy `negative.json`: left unchanged', pct(same(senqNegative, cases.negative, (c) => c.original), cases.negative.length), pct(same(ftNegative, cases.negative, (c) => c.original), cases.negative.length));
    const expected = (c: FtfyCase) => c['fixed-encoding'] ?? c.fixed;
    row(`ftfy other cases right (${cases.files.join(', ')}; expected = \`fixed-encoding\` or \`fixed\`)`, pct(same(senqCases, cases.others, expected), cases.others.length), pct(same(ftCases, cases.others, expected), cases.others.length));
  } else {
    row('ftfy cases', `not found in ${FTFY_CASES}`, '');
  }
  row(`throughput, clean paragraphs (${(Buffer.byteLength(cleanAll.join(''), 'utf8') / 1024).toFixed(1)} KiB, one call per paragraph)`, mbps(senqMbps.clean), mbps(ft?.mbps.clean));
  row(`throughput, damaged paragraphs (tuned set, all paths)`, mbps(senqMbps.damaged), mbps(ft?.mbps.damaged));
  if (ft) row('clean-text speed, senq ÷ ftfy', `${(senqMbps.clean / (ft.mbps.clean as number)).toFixed(1)}×`, '1×');
  row(`lexicon load, cold (${lexiconForms().length} forms, ${(statSync(lexiconDataPath()).size / 1024).toFixed(0)} KiB zlib)`, `${loadMs.toFixed(1)} ms`, '—');

  const table = rows.join('\n');
  const machine = `${cpus().length} CPUs (nproc ${execFileSync('nproc').toString().trim()}), ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}`;
  const date = new Date().toISOString().slice(0, 10);
  console.log(table);
  if (ftNote) console.log(`\n${ftNote}`);
  console.log(`\n${date}; ${machine}`);
  if (write) writeDoc(table, date, machine, ftNote);
}

function writeDoc(table: string, date: string, machine: string, ftNote: string): void {
  const path = `${ROOT}docs/BENCHMARKS.md`;
  const section = [
    '## Repair',
    '',
    `Measured ${date} on ${machine} with \`npm run bench:repair\` (tests/bench/repair.ts).`,
    `Inputs: ${DUTCH.length} Dutch and ${FRENCH.length} French paragraphs written for senq (tests/bench/repair-corpus.ts),`,
    'each damaged in full by every path, one paragraph per document. The repair rules were tuned on that set;',
    `${HELD_OUT_DUTCH.length} + ${HELD_OUT_FRENCH.length} further paragraphs ("held-out") were written afterwards and not used for tuning`,
    '(one lexicon fix followed their first run: French dictionary words with an apostrophe, aujourd’hui).',
    'ftfy\'s own test cases are read from `shared/peer-tests/ftfy/` at run time; ftfy\'s one `negative.json` miss is',
    'the U+0085 case, whose expected ftfy output turns it into “…”. "Words" are whitespace-separated tokens compared',
    'with the clean original.',
    ftNote ? `\n${ftNote}` : '',
    '',
    table,
    '',
  ].join('\n');
  const old = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
  const re = /## Repair\n[\s\S]*?(?=\n## |$)/u;
  const next = re.test(old) ? old.replace(re, section) : `${old.trimEnd()}\n\n${section}`;
  writeFileSync(path, next);
  console.log(`\nwritten to ${path}`);
}

main();
