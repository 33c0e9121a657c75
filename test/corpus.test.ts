// Resolution across articles: one row per case, articles → where a surname-only mention points.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/index.js';
import { linkAcrossArticles } from '../src/extract/corpus.js';

const extract = (texts: string[]) => texts.map((text, i) => extractArticle({ id: `a${i}`, text, format: 'txt', source: { path: `a${i}.txt` } }));

const CASES: [string, string[], string, string][] = [
  ['a surname joins the full name another article gives', ['Macron said the war must end.', 'French President Emmanuel Macron spoke in Paris.'], 'Macron', 'person/emmanuel-macron'],
  ['an ambiguous surname stays apart', ['Later, Mr Brown said the plan would work.', 'Gordon Brown spoke.', 'James Brown sang.'], 'Brown', 'person/mr-brown'],
  ['no full name anywhere: the surname is its own node', ['Putin said nothing.', 'Scholz spoke.'], 'Putin', 'person/putin'],
  [
    'shared context links a surname',
    ['Kellerman told the Harwell Trust and the Ostervik Institute that funds were short.', 'Marta Kellerman, who chairs the Harwell Trust, spoke.'],
    'Kellerman',
    'person/marta-kellerman',
  ],
  [
    'a surname with a form of address links as a bare surname does',
    ['Ms Kellerman told the Harwell Trust and the Ostervik Institute that funds were short.', 'Marta Kellerman, who chairs the Harwell Trust, spoke.'],
    'Kellerman',
    'person/marta-kellerman',
  ],
  [
    'a form of address of the other gender keeps the surname apart',
    ['Mr Kellerman told the Harwell Trust and the Ostervik Institute that funds were short.', 'Marta Kellerman, who chairs the Harwell Trust, spoke.'],
    'Kellerman',
    'person/mr-kellerman',
  ],
  [
    'a given name the lists do not know does not take a form of address with a gender',
    ['Mr Kellerman told the Harwell Trust and the Ostervik Institute that funds were short.', 'Zorbek Kellerman, who chairs the Harwell Trust, spoke.'],
    'Kellerman',
    'person/mr-kellerman',
  ],
  [
    'a peer is not linked by the title: it is often not the surname others give them',
    ['Lord Kellerman told the Harwell Trust and the Ostervik Institute that funds were short.', 'Peter Kellerman, who chairs the Harwell Trust, spoke.'],
    'Kellerman',
    'person/lord-kellerman',
  ],
  [
    'the full name whose articles share most of the context wins over one that shares a little',
    [
      'Mr Kellerman told the Harwell Trust, the Ostervik Institute and the Brannock Opera House that funds were short.',
      'Peter Kellerman, who chairs the Harwell Trust and the Ostervik Institute, spoke at the Brannock Opera House.',
      'Ian Kellerman sang at the Brannock Opera House with the Lisle Quartet.',
    ],
    'Kellerman',
    'person/peter-kellerman',
  ],
  [
    'an initial and a surname join the full name of that initial (a team sheet)',
    ['Harwell: P Kellerman, T Ostrow, L Brannock (Ostervik Rovers).', 'Peter Kellerman of Ostervik Rovers scored twice for Harwell.'],
    'P Kellerman',
    'person/peter-kellerman',
  ],
  [
    'an initial does not join a full name of another initial',
    ['Harwell: M Kellerman, T Ostrow, L Brannock (Ostervik Rovers).', 'Peter Kellerman of Ostervik Rovers scored twice for Harwell.'],
    'M Kellerman',
    'person/m-kellerman',
  ],
  [
    'two full names that share as much of the context keep the surname apart',
    [
      'Mr Kellerman told the Harwell Trust, the Ostervik Institute and the Brannock Opera House that funds were short.',
      'Peter Kellerman, who chairs the Harwell Trust, spoke at the Brannock Opera House.',
      'Ian Kellerman of the Ostervik Institute sang at the Brannock Opera House.',
    ],
    'Kellerman',
    'person/mr-kellerman',
  ],
  [
    'two spellings of one full name do not make the surname ambiguous',
    ['Kellerman told the Harwell Trust and the Ostervik Institute that funds were short.', 'Marta J. Kellerman, who chairs the Harwell Trust, spoke.', 'Marta Kellerman of the Ostervik Institute agreed.'],
    'Kellerman',
    'person/marta-j-kellerman',
  ],
  [
    'an initial is a spelling of the first name, and the fuller name is the label',
    ['Kellerman told the Harwell Trust and the Ostervik Institute that funds were short.', 'Marta Kellerman, who chairs the Harwell Trust, spoke.', 'M. Kellerman of the Ostervik Institute agreed.'],
    'Kellerman',
    'person/marta-kellerman',
  ],
  [
    'no shared context: an unrelated full name elsewhere is not the same person',
    ['Kellerman told the Harwell Trust and the Ostervik Institute that funds were short.', 'Marta Kellerman sang at the Brannock Opera House with the Lisle Quartet.'],
    'Kellerman',
    'person/kellerman',
  ],
];

describe('linkAcrossArticles', () => {
  it.each(CASES)('%s', (_name, texts, anchor, entity) => {
    const linked = linkAcrossArticles(extract(texts));
    const m = linked[0]!.mentions.find((x) => x.anchor === anchor);
    expect(m?.entity).toBe(entity);
    expect(linked[0]!.entities.map((e) => e.key)).toContain(entity);
  });

  it('the linked entity carries the full label and keeps the surname as an alias', () => {
    const [first] = linkAcrossArticles(extract(['Macron said the war must end.', 'Emmanuel Macron spoke.']));
    const e = first!.entities.find((x) => x.key === 'person/emmanuel-macron')!;
    expect(e.label).toBe('Emmanuel Macron');
    expect(e.aliases).toContain('Macron');
  });
});

// Offices across articles: a person whose offices settle on one country does not also hold another
// country's office read from one sentence, nor a title naming that other country.
describe('offices of an unsettled country are dropped', () => {
  const home = Array.from({ length: 5 }, (_, i) => `Norwegian Prime Minister Arlo Fenwick opened debate number ${i + 1}.`);
  it('the odd office goes, the settled ones stay', () => {
    const texts = [...home, 'Chilean Prime Minister Arlo Fenwick smiled.'];
    const linked = linkAcrossArticles(extract(texts));
    const offices = linked.flatMap((x) => x.roles.filter((r) => r.person === 'person/arlo-fenwick').map((r) => r.of));
    expect(offices.filter((o) => o === 'country/norway').length).toBe(5);
    expect(offices).not.toContain('country/chile');
  });
  it('too few articles settle nothing', () => {
    const texts = [...home.slice(0, 2), 'Chilean Prime Minister Arlo Fenwick smiled.'];
    const linked = linkAcrossArticles(extract(texts));
    const offices = linked.flatMap((x) => x.roles.filter((r) => r.person === 'person/arlo-fenwick').map((r) => r.of));
    expect(offices).toContain('country/chile');
  });
});

// The same for an office a body has one holder of: the leader of one party in five articles is not
// also the leader of another party in a sixth (that sentence named two leaders).
describe('a single-holder office of another body is dropped', () => {
  const home = Array.from({ length: 5 }, (_, i) => `Conservative leader Arlo Fenwick opened debate number ${i + 1}.`);
  const bodies = (texts: string[]) => linkAcrossArticles(extract(texts)).flatMap((x) => x.roles.filter((r) => r.person === 'person/arlo-fenwick').map((r) => r.of));
  it.each([
    ['the odd leadership goes', [...home, 'Liberal Democrat leader Arlo Fenwick smiled.'], 'organization/liberal-democrats', false],
    ['too few articles settle nothing', [...home.slice(0, 2), 'Liberal Democrat leader Arlo Fenwick smiled.'], 'organization/liberal-democrats', true],
    ['the settled leadership stays', [...home, 'Liberal Democrat leader Arlo Fenwick smiled.'], 'organization/conservative-party', true],
  ] as const)('%s', (_name, texts, body, kept) => {
    expect(bodies([...texts]).includes(body)).toBe(kept);
  });
});
