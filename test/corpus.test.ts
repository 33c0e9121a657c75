// Resolution across articles, through the batch build users run (src/batch: one linking path): one
// row per case, articles → where a surname-only mention points, which offices survive.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser, type Quad } from 'n3';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBatch } from '../src/batch/index.js';
import { DEFAULT_BASE } from '../src/graph/index.js';

const work = mkdtempSync(join(tmpdir(), 'newskg-corpus-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const NIF = 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#';
const NKG = 'https://w3id.org/newskg#';
const RDFS_LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';
const ALT_LABEL = 'http://www.w3.org/2004/02/skos/core#altLabel';
const id = (iri: string) => iri.slice(`${DEFAULT_BASE}`.length);

/** The built graph of texts a0.txt, a1.txt … (one job, so in this process), as quads. */
let runs = 0;
async function build(texts: string[]): Promise<Quad[]> {
  const run = runs++;
  const inputs = texts.map((text, i) => {
    const path = join(work, `${run}-a${i}.txt`);
    writeFileSync(path, text);
    return path;
  });
  const out = join(work, `${run}.nq`);
  const built = await buildBatch({ inputs, out, format: 'nquads', base: DEFAULT_BASE, jobs: 1 });
  expect(built.errors).toEqual([]);
  return new Parser({ format: 'N-Quads' }).parse(readFileSync(out, 'utf8'));
}

/** Where the mention of `anchor` in the first article points (its entity key). */
function entityOf(quads: Quad[], anchor: string): string | undefined {
  const first = quads.find((q) => q.predicate.value === `${NIF}anchorOf` && q.object.value === anchor && /-a0#/.test(q.subject.value));
  const ref = first && quads.find((q) => q.subject.equals(first.subject) && q.predicate.value === 'http://www.w3.org/2005/11/its/rdf#taIdentRef');
  return ref && id(ref.object.value);
}

const objects = (quads: Quad[], subject: string, predicate: string) =>
  quads.filter((q) => id(q.subject.value) === subject && q.predicate.value === predicate).map((q) => q.object.value);

/** The keys of the bodies a person's offices are of, one per office. */
function officesOf(quads: Quad[], person: string): string[] {
  return objects(quads, person, `${NKG}holdsRole`).flatMap((role) => objects(quads, id(role), `${NKG}roleOf`).map(id));
}

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

describe('surname linking', () => {
  it.each(CASES)('%s', async (_name, texts, anchor, entity) => {
    expect(entityOf(await build(texts), anchor)).toBe(entity);
  });

  it('the linked entity carries the full label and keeps the surname as an alias', async () => {
    const quads = await build(['Macron said the war must end.', 'Emmanuel Macron spoke.']);
    expect(objects(quads, 'person/emmanuel-macron', RDFS_LABEL)).toEqual(['Emmanuel Macron']);
    expect(objects(quads, 'person/emmanuel-macron', ALT_LABEL)).toContain('Macron');
  });
});

// Offices across articles: a person whose offices settle on one country does not also hold another
// country's office read from one sentence, nor a title naming that other country.
describe('offices of an unsettled country are dropped', () => {
  const home = Array.from({ length: 5 }, (_, i) => `Norwegian Prime Minister Arlo Fenwick opened debate number ${i + 1}.`);
  it('the odd office goes, the settled ones stay', async () => {
    const offices = officesOf(await build([...home, 'Chilean Prime Minister Arlo Fenwick smiled.']), 'person/arlo-fenwick');
    expect(offices.filter((o) => o === 'country/norway').length).toBe(5);
    expect(offices).not.toContain('country/chile');
  });
  it('too few articles settle nothing', async () => {
    const offices = officesOf(await build([...home.slice(0, 2), 'Chilean Prime Minister Arlo Fenwick smiled.']), 'person/arlo-fenwick');
    expect(offices).toContain('country/chile');
  });
});

// The same for an office a body has one holder of: the leader of one party in five articles is not
// also the leader of another party in a sixth (that sentence named two leaders).
describe('a single-holder office of another body is dropped', () => {
  const home = Array.from({ length: 5 }, (_, i) => `Conservative leader Arlo Fenwick opened debate number ${i + 1}.`);
  const bodies = async (texts: string[]) => officesOf(await build(texts), 'person/arlo-fenwick');
  it.each([
    ['the odd leadership goes', [...home, 'Liberal Democrat leader Arlo Fenwick smiled.'], 'organization/liberal-democrats', false],
    ['too few articles settle nothing', [...home.slice(0, 2), 'Liberal Democrat leader Arlo Fenwick smiled.'], 'organization/liberal-democrats', true],
    ['the settled leadership stays', [...home, 'Liberal Democrat leader Arlo Fenwick smiled.'], 'organization/conservative-party', true],
  ] as const)('%s', async (_name, texts, body, kept) => {
    expect((await bodies([...texts])).includes(body)).toBe(kept);
  });
});
