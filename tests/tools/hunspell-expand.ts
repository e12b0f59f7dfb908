// A small hunspell affix expander: enough of the .aff format (long flags,
// PFX/SFX with conditions, continuation classes, cross products,
// NEEDAFFIX/ONLYINCOMPOUND/FORBIDDENWORD) to list the word forms of the
// OpenTaal and Grammalecte dictionaries. Debian's `unmunch` mangles entries
// whose suffixes carry continuation flags (patiënt → patiënten is lost),
// which is why this exists. Compounding rules are not expanded.
import { readFileSync } from 'node:fs';

interface Rule {
  strip: string;
  add: string;
  flags: string[];
  cond: RegExp;
}
interface Affix {
  kind: 'PFX' | 'SFX';
  cross: boolean;
  rules: Rule[];
}

function splitFlags(s: string, mode: string): string[] {
  if (!s) return [];
  if (mode === 'long') return s.match(/../gu) ?? [];
  if (mode === 'num') return s.split(',');
  return Array.from(s);
}

export function expandDictionary(affPath: string, dicPath: string): Set<string> {
  const aff = readFileSync(affPath, 'utf8').split(/\r?\n/u);
  let mode = 'char';
  const affixes = new Map<string, Affix>();
  const special = { need: '', only: '', forbidden: '' };
  for (const line of aff) {
    const f = line.trim().split(/\s+/u);
    if (f[0] === 'FLAG') mode = f[1] ?? 'char';
    else if (f[0] === 'NEEDAFFIX') special.need = f[1] ?? '';
    else if (f[0] === 'ONLYINCOMPOUND') special.only = f[1] ?? '';
    else if (f[0] === 'FORBIDDENWORD') special.forbidden = f[1] ?? '';
    else if ((f[0] === 'PFX' || f[0] === 'SFX') && f.length >= 4) {
      const flag = f[1] as string;
      if (!affixes.has(flag) && (f[2] === 'Y' || f[2] === 'N') && /^\d+$/u.test(f[3] as string)) {
        affixes.set(flag, { kind: f[0], cross: f[2] === 'Y', rules: [] });
        continue;
      }
      const affix = affixes.get(flag);
      if (!affix || f.length < 5) continue;
      const [add, cont = ''] = (f[3] as string).split('/');
      const strip = f[2] === '0' ? '' : (f[2] as string);
      const cond = f[4] === '.' || !f[4] ? '' : (f[4] as string);
      let re: RegExp;
      try {
        re = new RegExp(affix.kind === 'SFX' ? `${cond}$` : `^${cond}`, 'u');
      } catch {
        continue;
      }
      affix.rules.push({ strip, add: add === '0' ? '' : (add as string), flags: splitFlags(cont, mode), cond: re });
    }
  }

  const apply = (word: string, a: Affix, r: Rule): string | null => {
    if (!r.cond.test(word)) return null;
    if (a.kind === 'SFX') {
      if (!word.endsWith(r.strip)) return null;
      return word.slice(0, word.length - r.strip.length) + r.add;
    }
    if (!word.startsWith(r.strip)) return null;
    return r.add + word.slice(r.strip.length);
  };

  const out = new Set<string>();
  const dic = readFileSync(dicPath, 'utf8').split(/\r?\n/u);
  for (let i = 1; i < dic.length; i++) {
    const entry = (dic[i] as string).split(/\s/u)[0] ?? '';
    if (!entry) continue;
    const slash = entry.search(/(?<!\\)\//u);
    const word = slash < 0 ? entry : entry.slice(0, slash);
    const flags = slash < 0 ? [] : splitFlags(entry.slice(slash + 1), mode);
    if (flags.includes(special.forbidden)) continue;
    const standalone = (fl: string[]) => !fl.includes(special.need) && !fl.includes(special.only);
    if (standalone(flags)) out.add(word);
    const suffixed: Array<{ form: string; cross: boolean }> = [];
    for (const flag of flags) {
      const a = affixes.get(flag);
      if (!a || a.kind !== 'SFX') continue;
      for (const r of a.rules) {
        const form = apply(word, a, r);
        if (form === null) continue;
        if (standalone(r.flags)) out.add(form);
        suffixed.push({ form, cross: a.cross });
        // Twofold suffixes: a continuation class on the suffix.
        for (const f2 of r.flags) {
          const a2 = affixes.get(f2);
          if (!a2 || a2.kind !== 'SFX') continue;
          for (const r2 of a2.rules) {
            const form2 = apply(form, a2, r2);
            if (form2 !== null && standalone(r2.flags)) out.add(form2);
          }
        }
      }
    }
    for (const flag of flags) {
      const a = affixes.get(flag);
      if (!a || a.kind !== 'PFX') continue;
      for (const r of a.rules) {
        if (r.add.includes("'")) continue; // French elisions are handled in code
        const form = apply(word, a, r);
        if (form !== null && standalone(r.flags)) out.add(form);
        if (!a.cross) continue;
        for (const s of suffixed) {
          if (!s.cross) continue;
          const both = apply(s.form, a, r);
          if (both !== null) out.add(both);
        }
      }
    }
  }
  return out;
}
