// Markdown: the front matter reads back (YAML 1.2 and 1.1) as the record's
// metadata, text cannot turn into markup, records split apart again, and
// headings follow the record's language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { render } from '../src/format/index.js';
import { parse } from '../src/index.js';
import { escapeLine } from '../src/format/markdown-escape.js';
import type { QuestionRecord } from '../src/types.js';
import { listFixtures, type Fixture } from './helpers/fixtures.js';

const fixtures = listFixtures();
/** A fixture's records as committed in expected.json: format tests do not depend on parser work in progress. */
const expectedRecords = (f: Fixture): QuestionRecord[] =>
  (JSON.parse(readFileSync(join(f.dir, 'expected.json'), 'utf8')) as { records: QuestionRecord[] }).records;
const all = fixtures.flatMap(expectedRecords);
const byId = (id: string): QuestionRecord => {
  const r = all.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};
const seed = () => byId('5-8905');

/** The metadata a reader expects, written out here rather than taken from the code under test. */
function metadata(r: QuestionRecord): Record<string, unknown> {
  return {
    id: r.id,
    legislature: r.legislature,
    number: r.number,
    variant: r.variant,
    language: r.language,
    original_language: r.original_language,
    title: r.title,
    author: r.author.name,
    party: r.author.party,
    addressee: r.addressee,
    date_asked: r.date_asked,
    date_answered: r.date_answered,
    answer_deadline: r.answer_deadline,
    status: r.status,
    keywords: r.keywords,
    bulletin: r.bulletin,
  };
}

/** Split a stream into records: each starts at a "---" line followed by a non-blank line (docs/FORMATS.md). */
function splitRecords(md: string): string[] {
  return md.split(/\n(?=---\n[^\n])/).map((part, i, parts) => (i < parts.length - 1 ? part.replace(/\n$/, '') + '\n' : part));
}

function frontMatterOf(md: string): string {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(md);
  if (!m) throw new Error('no front matter');
  return m[1]!;
}

/** A record whose metadata YAML 1.1 would misread if written plain. */
function tricky(): QuestionRecord {
  return {
    ...seed(),
    title: 'no',
    author: { name: 'yes', party: 'on' },
    addressee: '2013-04-30',
    keywords: ['off', 'y', '~', 'null', '1:20', '010', '=', '<<', 'a: b', '# not a comment', '- not a list'],
    bulletin: '3-77',
  };
}

describe.each(all.map((r, i) => ({ r, i, id: r.id ?? `#${i}` })))('record $id', ({ r }) => {
  const md = render('md', [r]);
  it('front matter reads back as the metadata (YAML 1.2 and 1.1)', () => {
    expect(parseYaml(frontMatterOf(md))).toEqual(metadata(r));
    expect(parseYaml(frontMatterOf(md), { version: '1.1' })).toEqual(metadata(r));
  });
});

describe('front matter', () => {
  it('quotes what a YAML 1.1 reader would turn into booleans, dates, numbers or nulls', () => {
    const r = tricky();
    const yaml = frontMatterOf(render('md', [r]));
    expect(parseYaml(yaml, { version: '1.1' })).toEqual(metadata(r));
    expect(yaml).toContain('title: "no"');
    expect(yaml).toContain('date_asked: "2013-04-30"');
    expect(yaml).toContain('answer_deadline: null');
  });

  it('stays valid YAML when a title holds a bidi override or ESC, shown as escapes', () => {
    const r = { ...seed(), title: 'Kosten \u202e tlaah \u001b[2J', author: { name: 'De \u2066Smet', party: null } };
    const yaml = frontMatterOf(render('md', [r]));
    expect(yaml).not.toMatch(/[\u001b\u202e\u2066]/u);
    const back = parseYaml(yaml) as Record<string, unknown>;
    expect(back.title).toBe(r.title);
  });

  it('writes markup characters as YAML escapes: exact for YAML readers, inert where the front matter shows as text', () => {
    const title = '<img src=x onerror=alert(1)> - [klik](https://evil.example) - **Vet** `code` ~~weg~~ $x^2$ | a\\[b';
    const r = { ...seed(), title, keywords: ['[link](x)', 'CD&V'] };
    const yaml = frontMatterOf(render('md', [r]));
    for (const line of yaml.split('\n')) expect(line.replace(/^\w+: |^ {2}- /u, '')).not.toMatch(/[<>[\]*_`~$^|]/u);
    const back = parseYaml(yaml) as Record<string, unknown>;
    expect(back.title).toBe(title);
    expect(back.keywords).toEqual(r.keywords);
    expect(parseYaml(yaml, { version: '1.1' })).toEqual(metadata(r));
  });

  it('keeps dates as strings, never Date objects, even for a 1.1 reader with timestamps', () => {
    const back = parseYaml(frontMatterOf(render('md', [seed()])), { version: '1.1' }) as Record<string, unknown>;
    expect(back.date_asked).toBe('2013-04-30');
  });
});

describe('several records', () => {
  const records = all.slice(0, 6);
  const stream = render('md', records);

  it('split back into the single-record renderings', () => {
    expect(splitRecords(stream)).toEqual(records.map((r) => render('md', [r])));
  });

  it('each starts with its own front matter', () => {
    for (const [i, part] of splitRecords(stream).entries()) expect(parseYaml(frontMatterOf(part))).toEqual(metadata(records[i]!));
  });
});

describe('layout', () => {
  it('uses the record language for headings', () => {
    const nl = render('md', [seed()]);
    expect(nl).toMatch(/^## Vraag$/m);
    expect(nl).toMatch(/^## Antwoord$/m);
    const fr = render('md', [byId('7-512')]);
    expect(fr).toMatch(/^## Question$/m);
    expect(fr).toMatch(/^## Réponse$/m);
    expect(fr).not.toMatch(/^## Vraag$/m);
  });

  it('puts the title in a heading and the chronology in a list', () => {
    const md = render('md', [seed()]);
    expect(md).toContain(`\n# ${seed().title}\n`);
    expect(md).toContain('- 2013-04-30: Verzending vraag\n- 2013-10-18: Antwoord\n');
  });

  it('shows each aligned answer item with the question item it answers', () => {
    const r = seed();
    const md = render('md', [r]);
    const answer = md.slice(md.indexOf('## Antwoord'));
    const q2 = r.question!.items.find((i) => i.label === '2')!;
    expect(answer).toContain(`2. > *Vraag 2:* ${escapeLine(q2.text)}`);
  });

  it('renders question items as an ordered list after the introduction', () => {
    const md = render('md', [seed()]);
    const question = md.slice(md.indexOf('## Vraag'), md.indexOf('## Antwoord'));
    expect(question).toMatch(/volgende vragen:\n\n1\. Maken de FOD/);
    expect(question).not.toContain('1) Maken');
  });
});

describe('escaping', () => {
  const r: QuestionRecord = {
    ...seed(),
    title: '<b>Bold</b> [link](javascript:alert(1)) *x*',
    question: {
      date: null,
      text: [
        '# heading',
        '- bullet',
        '+ plus',
        '1. ordered',
        '12) ordered too',
        '10000000000. a number pandoc still reads as a list marker',
        '> quote',
        '=====',
        '---',
        '<script>alert(1)</script>',
        '&amp; &#x41; entity',
        '`code` ~~strike~~ $math$ @citation | a | b |',
        '![img](x.png) _em_ \\ backslash',
        'Kosten {.rood} en {#id}',
        '    four spaces',
        'i. e. dit is geen lijst',
        '(a) nor a letter list',
        'B) nor this',
        ': nor a definition',
        'see www.example.com or :smile: at 8:15:30',
        'the bare address https://www.belgium.be/nl stays as printed',
      ].join('\n\n'),
      items: [],
    },
    answer: null,
  };
  const md = render('md', [r]);
  const body = md.slice(md.indexOf('## Vraag'));

  it('escapes markup at the start of lines', () => {
    for (const line of ['\\# heading', '\\- bullet', '\\+ plus', '1\\. ordered', '12\\) ordered too', '10000000000\\. a number pandoc still reads as a list marker', '\\> quote', '\\=====', '\\---']) {
      expect(body).toContain(`\n${line}\n`);
    }
  });

  // pandoc's fancy lists and definition lists, GitHub's www. links and emoji (output audit).
  it('escapes letter and roman list markers, a leading ":", "www." and ":emoji:"', () => {
    for (const line of ['i\\. e. dit is geen lijst', '(a\\) nor a letter list', 'B\\) nor this', '\\: nor a definition', 'see www\\.example.com or \\:smile: at 8:15:30', 'the bare address https://www.belgium.be/nl stays as printed']) {
      expect(body).toContain(`\n${line}\n`);
    }
  });

  it('leaves no raw HTML, link, entity, code, math or citation', () => {
    // Not even in the front matter, which GitHub shows as text for the
    // second and later records of a stream.
    expect(md).not.toMatch(/(?<!\\)<(b|script)/);
    expect(md.slice(md.indexOf('\n# '))).not.toMatch(/(?<!\\)\[link/);
    expect(body).toContain('\\&amp; \\&\\#x41; entity');
    expect(body).toContain('\\`code\\` \\~\\~strike\\~\\~ \\$math\\$ \\@citation \\| a \\| b \\|');
    expect(body).toContain('!\\[img\\](x.png) \\_em\\_ \\\\ backslash');
    // pandoc reads {.class} and {#id} as attributes (the text disappears).
    expect(body).toContain('Kosten \\{.rood\\} en \\{\\#id\\}');
    expect(md).toContain('# \\<b\\>Bold\\</b\\> \\[link\\](javascript:alert(1)) \\*x\\*');
  });

  it('never produces an indented code block from leading spaces', () => {
    expect(body).toContain('\nfour spaces');
    expect(body).not.toMatch(/^ {4}\S/m);
  });
});

describe('items within the text', () => {
  it('finds the first item after its label even when its words occur earlier', () => {
    const r: QuestionRecord = {
      ...seed(),
      question: {
        date: null,
        text: 'Ik vraag: hoeveel?\n\nDaarom:\n\n1) hoeveel?\n\n2) waarom?',
        items: [
          { label: '1', text: 'hoeveel?', answers: null },
          { label: '2', text: 'waarom?', answers: null },
        ],
      },
      answer: null,
    };
    const md = render('md', [r]);
    expect(md).toContain('## Vraag\n\nIk vraag: hoeveel?\n\nDaarom:\n\n1. hoeveel?\n2. waarom?\n');
  });

  it('keeps numbered items with a gap as labelled bullets, so no renderer renumbers them', () => {
    const r: QuestionRecord = {
      ...seed(),
      question: {
        date: null,
        text: '1) een\n\n3) drie',
        items: [
          { label: '1', text: 'een', answers: null },
          { label: '3', text: 'drie', answers: null },
        ],
      },
      answer: null,
    };
    expect(render('md', [r])).toContain('## Vraag\n\n- **1)** een\n- **3)** drie\n');
  });
});

describe('nested alignment', () => {
  it('quotes the question item under the same parent, not the first with that label', () => {
    const item = (label: string, text: string, answers: string | null = null) => ({ label, text, answers });
    const r: QuestionRecord = {
      ...seed(),
      question: {
        date: null,
        text: '1) een\n\na) een-a\n\n2) twee\n\na) twee-a',
        items: [item('1', 'een'), item('a', 'een-a'), item('2', 'twee'), item('a', 'twee-a')],
      },
      answer: { date: null, text: '2) antwoord\n\na) antwoord-a', items: [item('2', 'antwoord', '2'), item('a', 'antwoord-a', 'a')] },
    };
    const md = render('md', [r]);
    const answer = md.slice(md.indexOf('## Antwoord'));
    expect(answer).toContain('> *Vraag a:* twee-a');
    expect(answer).not.toContain('een-a');
  });
});

describe('unusual item labels (RECORD.md)', () => {
  const page = readFileSync('fixtures/screen-nl-pending-dash-bullets/input.txt', 'utf8');
  const withLabels = (a: string, b: string) => page.replace(/^- (.*)$/mu, `${a} $1`).replace(/^- (.*)$/mu, `${b} $1`);

  it.each([
    ['(1)', '(2)', '1. hoeveel plaatsen'],
    ['1°', '2°', '1. hoeveel plaatsen'],
    ['•', '•', '- hoeveel plaatsen'],
    ['*', '*', '- hoeveel plaatsen'],
  ])('"%s" items render as a list, with nothing of the label left over', (a, b, first) => {
    const record = parse(withLabels(a, b)).records[0];
    const md = render('md', record ? [record] : []);
    const body = md.slice(md.indexOf('## Vraag'));
    expect(body).toContain(`Ik wil graag weten:\n\n${first}`);
    // No stray "(" or "1°" paragraph, no label added to a bullet.
    expect(body).not.toMatch(/^\\?[(]$|^1°$|\*\*[•*\\]+\)\*\*/mu);
  });
});
