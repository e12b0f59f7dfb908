// Cheap language evidence for deciding which words are French and which are
// Dutch (bilingual splits, §5.3). Each word votes by function-word lists,
// French accents, and typical spellings and endings; the counts are only ever
// compared, never thresholded against absolute values.

const FR_WORDS = new Set(
  'le la les l un une des du de au aux et ou en dans pour par sur avec sans est sont que qui quel quelle quels quelles ce cette ces son sa ses leur leurs il elle ils ne pas plus a été ont'.split(' '),
);
const NL_WORDS = new Set(
  'de het een en of van voor in op met zonder door naar bij is zijn wordt worden werd dat die dit deze wat welke hoe hoeveel niet geen er ook als aan uit tot om te'.split(' '),
);
// Words in both lists ("de", "en") vote for neither.
const SHARED = new Set([...FR_WORDS].filter((w) => NL_WORDS.has(w)));

export interface Score {
  fr: number;
  nl: number;
}

export function wordScore(word: string): Score {
  // No word is that long (it is no evidence), and trimming a multi-megabyte
  // token with [^\p{L}]+ overflows V8's regexp stack.
  if (word.length > 200) return { fr: 0, nl: 0 };
  const w = word.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  if (w === '' || SHARED.has(w)) return { fr: 0, nl: 0 };
  let fr = FR_WORDS.has(w) ? 2 : 0;
  let nl = NL_WORDS.has(w) ? 2 : 0;
  if (/[éèêàâçôûîœ]/u.test(w)) fr++;
  if (/(?:tion|tions|ique|iques|eur|eurs|eux|aux|ée|ées|ment|ments|ité|ités|oire|ance|ence)$/u.test(w)) fr++;
  if (/(?:ij|oe|aa|uu|sch|kk|ee[^s]|ui)/u.test(w)) nl++;
  if (/(?:heid|heden|ing|ingen|isch|lijk|lijke|schap|tje|jes|en)$/u.test(w) && !/(?:ment|ien|ence)$/u.test(w)) nl++;
  if (/[ëï]/u.test(w) && !/[éèêàç]/u.test(w)) nl++;
  return { fr, nl };
}

export function textScore(text: string): Score {
  const out = { fr: 0, nl: 0 };
  for (const w of text.split(/\s+/u)) {
    const s = wordScore(w);
    out.fr += s.fr;
    out.nl += s.nl;
  }
  return out;
}

/** Positive when the text looks French, negative when Dutch. */
export function frenchness(text: string): number {
  const s = textScore(text);
  return s.fr - s.nl;
}
