// A deterministic synthetic archive of Senate question pages, for the batch
// benchmark and the --jobs equivalence test. A seeded generator covers every
// variant in both languages with realistic sizes (most pages 2–6 KB, some
// answers of 30–100 KB) and puts Senate-style encoding damage (Windows-1252
// read as Mac Central European) into a share of the Dutch questions. All text
// is generated from word lists written for this file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: small, fast, seedable. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NL_WORDS =
  'de het een van en in op voor met is dat die niet er zijn worden wordt minister overheid burgers federale dienst jaar aantal gemeenten beleid maatregelen informatie gebruik regering vraag antwoord cijfers evolutie budget personeel controle sociale openbare veiligheid gezondheid onderwijs justitie financiële officiële potentiële efficiënte België geëvalueerd coördinatie ideeën'.split(' ');
const FR_WORDS =
  'le la les des un une de du et en pour avec est que qui pas sont ministre fédéral service année nombre communes politique mesures information usage gouvernement question réponse chiffres évolution budget personnel contrôle sociale publique sécurité santé enseignement justice financière officielle élève été déjà très données'.split(' ');
const NL_NAMES = ['Lotte Verhaeghe', 'Wim De Smedt', 'Ann Van den Bossche', 'Karel Peeters', 'Sofie Vermeulen', 'Pieter Claes'];
const FR_NAMES = ['Nathalie Dumont', 'Claire Moreau', 'Marc Lejeune', 'Hélène Ricard', 'Julie Martin', 'Jean-Luc Dubois'];
const PARTIES = ['Open Vld', 'sp.a', 'N-VA', 'CD&V', 'cdH', 'Ecolo', 'MR', 'PS', 'Vooruit'];
const NL_MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

// P1 damage (FORMAT §19.2): what Windows-1252 bytes look like read as Mac Central European.
const P1: Record<string, string> = { ë: 'Ž', é: 'ť', è: 'Ť', ï: 'Ô', ê: 'Í', à: 'ŗ', ö: 'Ų', ü: 'Ł' };

interface Gen {
  r: () => number;
  pick<T>(xs: readonly T[]): T;
  int(lo: number, hi: number): number;
}

function gen(seed: number): Gen {
  const r = rng(seed);
  return {
    r,
    pick: (xs) => xs[Math.floor(r() * xs.length)] as (typeof xs)[number],
    int: (lo, hi) => lo + Math.floor(r() * (hi - lo + 1)),
  };
}

function sentence(g: Gen, words: readonly string[], n: number): string {
  const ws = Array.from({ length: n }, () => g.pick(words));
  const s = ws.join(' ');
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
}

function paragraph(g: Gen, words: readonly string[], sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(g, words, g.int(8, 22))).join(' ');
}

/** Paragraphs adding up to about `bytes`. */
function body(g: Gen, words: readonly string[], bytes: number, numbered: boolean): string[] {
  const out: string[] = [];
  let size = 0;
  let n = 1;
  while (size < bytes) {
    const p = paragraph(g, words, g.int(2, 6));
    const line = numbered && g.r() < 0.5 ? `${n++}) ${p}` : p;
    out.push(line);
    size += line.length + 2;
  }
  return out;
}

function damage(text: string): string {
  return text.replace(/[ëéèïêàöü]/gu, (c) => P1[c] ?? c);
}

interface Q {
  leg: number;
  num: number;
  day: number;
  month: number;
  year: number;
}

function dateNl(q: Q, months = NL_MONTHS): string {
  return `${q.day} ${months[q.month - 1]} ${q.year}`;
}

function screen(g: Gen, q: Q, lang: 'nl' | 'fr', answerBytes: number, damaged: boolean): string {
  const nl = lang === 'nl';
  const words = nl ? NL_WORDS : FR_WORDS;
  const long = nl ? dateNl(q) : dateNl(q, FR_MONTHS);
  const sent = `${q.day}/${q.month}/${q.year}`;
  const answered = g.r() < 0.7;
  const ans = { day: Math.min(q.day + 3, 28), month: q.month, year: q.year + 1 };
  let question = body(g, words, g.int(800, 2500), true).join('\n\n');
  if (damaged) question = damage(question);
  const lines = [
    nl ? 'Tweetalige printerversie Eentalige printerversie' : 'Version à imprimer bilingue Version à imprimer unilingue',
    '',
    nl ? `Schriftelijke vraag nr. ${q.leg}-${q.num}` : `Question écrite n° ${q.leg}-${q.num}`,
    '',
    nl ? `van ${g.pick(NL_NAMES)} (${g.pick(PARTIES)}) d.d. ${long}` : `de ${g.pick(FR_NAMES)} (${g.pick(PARTIES)}) du ${long}`,
    '',
    nl ? 'aan de minister van Binnenlandse Zaken' : 'au ministre de l’Intérieur',
    '',
    nl ? 'Politie - Personeel - Opleiding' : 'Police - Personnel - Formation',
    '',
    ...(nl ? ['politie', 'beroepsopleiding'] : ['police', 'formation professionnelle']),
    '',
    'Chronologie',
    '',
    nl ? `${sent}Verzending vraag` : `${sent} Envoi question`,
    ...(answered ? [nl ? `${ans.day}/${ans.month}/${ans.year}Antwoord` : `${ans.day}/${ans.month}/${ans.year} Réponse`] : []),
    '',
    ...(g.r() < 0.3 ? [nl ? `Ook gesteld aan : schriftelijke vraag ${q.leg}-${q.num + 1}` : `Aussi posée à : question écrite ${q.leg}-${q.num + 1}`, ''] : []),
    nl
      ? `Vraag nr. ${q.leg}-${q.num} d.d. ${long} : (Vraag gesteld in het Nederlands)`
      : `Question n° ${q.leg}-${q.num} du ${long} : (Question posée en français)`,
    '',
    question,
  ];
  if (answered) {
    const ansLong = nl ? `${ans.day} ${NL_MONTHS[ans.month - 1]} ${ans.year}` : `${ans.day} ${FR_MONTHS[ans.month - 1]} ${ans.year}`;
    lines.push('', nl ? `Antwoord ontvangen op ${ansLong} :` : `Réponse reçue le ${ansLong} :`, '', body(g, words, answerBytes, true).join('\n\n'));
  }
  return lines.join('\n');
}

function print(g: Gen, q: Q, lang: 'nl' | 'fr'): string {
  const nl = lang === 'nl';
  const words = nl ? NL_WORDS : FR_WORDS;
  const long = nl ? dateNl(q) : dateNl(q, FR_MONTHS);
  const sep = '________';
  return [
    nl ? 'BELGISCHE SENAAT' : 'SÉNAT DE BELGIQUE',
    sep,
    `${nl ? 'Zitting' : 'Session'} ${q.year}-${q.year + 1}`,
    sep,
    long,
    sep,
    nl ? `SENAAT Schriftelijke vraag nr. ${q.leg}-${q.num}` : `SÉNAT Question écrite n° ${q.leg}-${q.num}`,
    '',
    `de ${g.pick(nl ? NL_NAMES : FR_NAMES)} (${g.pick(PARTIES)})`,
    '',
    nl ? 'aan de minister van Justitie' : 'à la ministre de la Justice',
    sep,
    nl ? 'Gevangenissen - Bibliotheken' : 'Prisons - Bibliothèques',
    sep,
    nl ? 'gevangenis' : 'prison',
    sep,
    `${q.day}/${q.month}/${q.year}${nl ? 'Verzending vraag' : 'Envoi question'}`,
    sep,
    sep,
    nl
      ? `SENAAT Schriftelijke vraag nr. ${q.leg}-${q.num} d.d. ${long} : (Vraag gesteld in het Nederlands)`
      : `SÉNAT Question écrite n° ${q.leg}-${q.num} du ${long} : (Question posée en français)`,
    '',
    body(g, words, g.int(800, 2000), true).join('\n\n'),
  ].join('\n');
}

function bilingual(g: Gen, q: Q): string {
  const fr = dateNl(q, FR_MONTHS);
  const nl = dateNl(q);
  const sent = `${q.day}/${q.month}/${q.year}`;
  const wide = '________________';
  const pair = '________ ________';
  const name = g.pick(NL_NAMES);
  const party = g.pick(PARTIES);
  return [
    'SÉNAT DE BELGIQUE BELGISCHE SENAAT',
    wide,
    `Session ${q.year}-${q.year + 1} Zitting ${q.year}-${q.year + 1}`,
    wide,
    `${fr} ${nl}`,
    wide,
    `Question écrite n° ${q.leg}-${q.num} Schriftelijke vraag nr. ${q.leg}-${q.num}`,
    '',
    `de ${name} (${party})`,
    '',
    `van ${name} (${party})`,
    '',
    'au ministre de la Justice',
    '',
    'aan de minister van Justitie',
    wide,
    'Tribunaux - Traductions - Délais Rechtbanken - Vertalingen - Termijnen ',
    wide,
    'tribunal',
    'traduction',
    'rechtbank',
    'vertaling',
    pair,
    `${sent}Verzending vraag`,
    `${sent}Verzending vraag`,
    pair,
    `Question n° ${q.leg}-${q.num} du ${fr} : (Question posée en néerlandais) Vraag nr. ${q.leg}-${q.num} d.d. ${nl} : (Vraag gesteld in het Nederlands)`,
    '',
    body(g, FR_WORDS, g.int(600, 1500), true).join('\n\n'),
    '',
    ' ',
    '',
    body(g, NL_WORDS, g.int(600, 1500), true).join('\n\n'),
  ].join('\n');
}

function bulletin(g: Gen, q: Q): string {
  const heading = (n: number, honorific: string, name: string) =>
    `Vraag nr. 3-${n} van ${honorific} ${name} d.d. ${dateNl(q)} (N.) :`;
  const question = (n: number) => [
    heading(n, g.pick(['de heer', 'mevrouw']), g.pick(['Claes', 'Peeters', 'Maes', 'Wouters'])),
    'Gevangenissen. — Bibliotheken.',
    '',
    body(g, NL_WORDS, g.int(400, 1200), false).join('\n\n'),
    '',
  ];
  return [
    'Vragen en Antwoorden',
    '',
    'BELGISCHE SENAAT',
    '',
    '',
    `Bulletin 3-${g.int(10, 99)}`,
    '',
    `ZITTING ${q.year}-${q.year + 1}`,
    '',
    'Vragen waarop niet werd geantwoord binnen de tijd bepaald door het reglement (Art. 70 van het reglement van de Senaat)',
    '',
    '(N.): Vraag gesteld in het Nederlands - (Fr.): Vraag gesteld in het Frans',
    '',
    '',
    'Minister van Justitie',
    '',
    ...question(q.num),
    ...question(q.num + 1),
    '',
    'Staatssecretaris voor Mobiliteit',
    '',
    ...question(q.num + 2),
  ].join('\n');
}

function fragment(g: Gen, q: Q): string {
  return [
    '![]() |',
    'Gares - Toilettes publiques - Accessibilité',
    'installation sanitaire',
    `${q.day}/${q.month}/${q.year} | Envoi question |`,
    `Aussi posée à : question écrite ${q.leg}-${q.num + 1}`,
    ...body(g, FR_WORDS, g.int(500, 1500), true),
  ].join('\n');
}

export interface ArchiveFile {
  name: string;
  text: string;
}

/** The i-th file of the archive; the same seed and index always give the same file. */
export function archiveFile(seed: number, i: number): ArchiveFile {
  const g = gen(seed * 1_000_003 + i);
  const q: Q = { leg: g.int(3, 7), num: 1000 + i, day: g.int(1, 28), month: g.int(1, 12), year: g.int(2004, 2023) };
  const roll = g.r();
  const big = g.r() < 0.03;
  const answerBytes = big ? g.int(30_000, 100_000) : g.int(800, 2500);
  let text: string;
  if (roll < 0.45) text = screen(g, q, 'nl', answerBytes, g.r() < 0.3);
  else if (roll < 0.75) text = screen(g, q, 'fr', answerBytes, false);
  else if (roll < 0.83) text = print(g, q, g.r() < 0.5 ? 'nl' : 'fr');
  else if (roll < 0.9) text = bilingual(g, q);
  else if (roll < 0.95) text = bulletin(g, q);
  else text = fragment(g, q);
  return { name: `${q.leg}-${q.num}.txt`, text };
}

/** Write `count` files into `dir` in sub-folders of 1,000, as real archives are split. */
export function writeArchive(dir: string, count: number, seed = 1): string[] {
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const sub = join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    const f = archiveFile(seed, i);
    const path = join(sub, f.name);
    writeFileSync(path, f.text);
    paths.push(path);
  }
  return paths;
}
