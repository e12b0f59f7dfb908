// Page furniture: the words of labels and headings that the parser turns into
// structure or field values instead of copying them (FORMAT.md §3–§6, §10,
// §11, §16). A line whose missing words are all furniture (plus the numbers a
// label carries, such as session years) is a label line, not lost text.
// Only label vocabulary belongs here, never words from question bodies.

const LABELS = `
  tweetalige eentalige printerversie version à imprimer bilingue unilingue
  schriftelijke vraag nr vragen question questions écrite n nº no
  belgische senaat sénat de belgique zitting session
  van d aan du au aux à la le les l het en et in
  chronologie verzending envoi herinnering rappel antwoord réponse réponses antwoorden
  einde antwoordtermijn fin délai
  ook gesteld aussi posée posées heringediend als réintroduite comme herindiening réintroduction
  herkwalificatie requalification demande demandes explications uitleg om
  ontvangen op reçue
  nederlands frans français néerlandais fr t
  dossier gesloten clôturé zittingsperiode législature
  bulletin waarop niet werd geantwoord binnen tijd bepaald door reglement art
  par sénateurs données ministres auxquelles il a pas été répondu dans réglementaire
  heer mevrouw m mme madame monsieur
`;

const MONTHS = `
  januari februari maart april mei juni juli augustus september oktober november december
  janvier février mars avril mai juin juillet août septembre octobre novembre décembre
`;

/** The Senate's own URL scheme (a fragment's id can come from it). */
const URL = `https http www senate be mival schriftelijkevraag leg lang nr nl`;

export const FURNITURE: ReadonlySet<string> = new Set(`${LABELS} ${MONTHS} ${URL}`.split(/\s+/u).filter((w) => w !== ''));

/**
 * A furniture word, or one damaged by bytes: one character flipped, lost or
 * added ("schriftelkjke", "gerteld", "marc" for "mars"), two in a long word ("dåceober"), or two
 * labels glued by a flipped space ("vraagÿgesteld"). A label hit by byte
 * damage is still a label, not text. Words under four letters must match exactly.
 */
export function isFurniture(word: string): boolean {
  if (FURNITURE.has(word)) return true;
  if (word.length < 4 || word.length > 2 * LONGEST + 1) return false;
  let known = damaged.get(word);
  if (known === undefined) {
    const budget = word.length >= 7 ? 2 : 1;
    known =
      [...FURNITURE].some((f) => f.length >= 4 && Math.abs(f.length - word.length) <= budget && distance(f, word, budget) <= budget) ||
      Array.from({ length: word.length - 4 }, (_, i) => i + 2).some((i) => FURNITURE.has(word.slice(0, i)) && FURNITURE.has(word.slice(i + 1)));
    if (damaged.size > 100_000) damaged.clear();
    damaged.set(word, known);
  }
  return known;
}

const LONGEST = Math.max(...[...FURNITURE].map((f) => f.length));
const damaged = new Map<string, boolean>();

/** Edit distance, giving up (returning max + 1) once it exceeds `max`. */
function distance(a: string, b: string, max: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    if (Math.min(...cur) > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}
