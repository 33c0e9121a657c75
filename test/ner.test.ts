import { describe, expect, it } from 'vitest';
import { tokenizeDocument } from '../src/text/tokenize.js';
import { recognizeNames, type NameMention } from '../src/extract/ner/index.js';
import { Gazetteer, clusterOf, wordInfo } from '../src/extract/ner/features.js';
import { buildClusters, DEFAULT_CLUSTER_OPTIONS } from '../src/extract/ner/clusters-build.js';
import { ClusterTable, StringTable } from '../src/extract/ner/string-table.js';
import { compileModel, decodeModel, encodeModel, type ModelFile } from '../src/extract/ner/model-file.js';
import { modelFromFile, oneTypePerName, recognizeWith } from '../src/extract/ner/index.js';
import { tokenize } from '../src/text/tokenize.js';

function names(text: string): NameMention[] {
  return recognizeNames(text, tokenizeDocument(text));
}
/** "text/TYPE" for every PER, LOC and ORG name (MISC left out unless asked for). */
function found(text: string, withMisc = false): string[] {
  return names(text)
    .filter((m) => withMisc || m.type !== 'MISC')
    .map((m) => `${m.text}/${m.type}`);
}

// sentence → the PER/LOC/ORG names expected, in order ("text/TYPE").
const CASES: [string, string[]][] = [
  ['French President Emmanuel Macron said Monday', ['Emmanuel Macron/PER']],
  ['Dutch Prime Minister Mark Rutte said', ['Mark Rutte/PER']],
  ["Poland's President Andrzej Duda", ['Poland/LOC', 'Andrzej Duda/PER']],
  ['Poland’s President Andrzej Duda visited Kyiv on Tuesday.', ['Poland/LOC', 'Andrzej Duda/PER', 'Kyiv/LOC']],
  ['The U.S. and the U.K.', ['U.S./LOC', 'U.K./LOC']],
  ['NATO has about three years', ['NATO/ORG']],
  ['RUSSIA SAYS NATO EXPANSION IS A THREAT', ['RUSSIA/LOC', 'NATO/ORG']],
  ['James O’Brien presents the morning show.', ['James O’Brien/PER']],
  ["James O'Brien presents the morning show.", ["James O'Brien/PER"]],
  ['German Chancellor Olaf Scholz met Ukrainian President Volodymyr Zelensky in Berlin.', ['Olaf Scholz/PER', 'Volodymyr Zelensky/PER', 'Berlin/LOC']],
  ['Microsoft Corp. said on Thursday it would buy Activision Blizzard Inc. for $69 billion.', ['Microsoft Corp./ORG', 'Activision Blizzard Inc./ORG']],
  ['The European Commission said it disagreed with the German advice.', ['European Commission/ORG']],
  ['UN Secretary-General Antonio Guterres called for a ceasefire in Gaza.', ['UN/ORG', 'Antonio Guterres/PER', 'Gaza/LOC']],
  ['George W. Bush met Tony Blair at Camp David.', ['George W. Bush/PER', 'Tony Blair/PER', 'Camp David/LOC']],
  ['“We will not back down,” said Boris Johnson, the British prime minister.', ['Boris Johnson/PER']],
  ['Zelensky thanked Meloni, while Netanyahu rejected the plan.', ['Zelensky/PER', 'Meloni/PER', 'Netanyahu/PER']],
  ['Putin has warned against sending troops to Ukraine.', ['Putin/PER', 'Ukraine/LOC']],
  ['Mr Blair told the Commons that Gordon Brown would stay at the Treasury.', ['Blair/PER', 'Commons/ORG', 'Gordon Brown/PER', 'Treasury/ORG']],
  // Modern text of other genres: a social network and a search company are organizations, a
  // newspaper is not a place, authors in a citation are persons, a building or reserve is a place.
  ['He wrote about it on Instagram.', ['Instagram/ORG']],
  ['Google said on Tuesday that its search results would change.', ['Google/ORG']],
  ['The Guardian reported that the talks had stalled.', ['Guardian/ORG']],
  ['Recent studies ( Okonkwo , Lindqvist , & Marsh , 2019 ) suggest otherwise.', ['Okonkwo/PER', 'Lindqvist/PER', 'Marsh/PER']],
  ['We walked from the Blue Mosque to the old harbour before lunch.', ['Blue Mosque/LOC']],
  ['The Hollins Nature Reserve reopened after the floods.', ['Hollins Nature Reserve/LOC']],
  ['Actor Tom Holland said he would return for the sequel.', ['Tom Holland/PER']],
  ['Anna Kowalczyk, who runs a bakery in Gdansk, said prices had doubled.', ['Anna Kowalczyk/PER', 'Gdansk/LOC']],
  ['Mom said Jenny could come over after school.', ['Jenny/PER']],
  // "or" and half a bracket pair split a name; a whole pair may qualify one.
  ['A body such as the Hartwell Society or Audit Commission could set the rules.', ['Hartwell Society/ORG', 'Audit Commission/ORG']],
  ['They can play (Jon Dahl) Tomasson up front, he said.', ['Jon Dahl/PER', 'Tomasson/PER']],
  // a name never begins or ends with a mark standing alone (the tagger once took '." ' into the name)
  ['She returned to England with her sister, Michelle." Then she left.', ['England/LOC', 'Michelle/PER']],
  // ... but the period a short capitalised word is written against is the name's ("Fla.")
  ['The company is based in Tampa, Fla. It employs 300 people.', ['Tampa/LOC', 'Fla./LOC']],
  // a well-known body the tagger reads as MISC ("European" opens it) is an organization
  ['The European Community agreed to send more food aid.', ['European Community/ORG']],
  // a lowercase particle after a comma still opens a name (the decoder skips other lowercase words there)
  ['The back row was Hatley, van der Walt and Hardwick.', ['Hatley/LOC', 'van der Walt/PER', 'Hardwick/LOC']],
  ['The pack was led by Smit, de la Rey and Botha.', ['Smit/PER', 'de la Rey/PER', 'Botha/PER']],
];

// Hard-wrapped newswire: a line break inside a name does not split it.
const WRAPPED = `CHICAGO, Feb 26 - Dean Foods Co expects earnings for the
fourth quarter ending May 30 to exceed those of the same
year-ago period, Chairman Kenneth Douglas told analysts in New
York on Thursday. The company also said it would buy plants in
West Germany and France from a rival for about 50 mln dlrs.`;

describe('recognizeNames', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('keeps names whole across the line breaks of hard-wrapped text', () => {
    expect(found(WRAPPED)).toEqual(['CHICAGO/LOC', 'Dean Foods Co/ORG', 'Kenneth Douglas/PER', 'New\nYork/LOC', 'West Germany/LOC', 'France/LOC']);
  });

  it('calls demonyms MISC', () => {
    expect(found('French President Emmanuel Macron said Monday', true)).toEqual(['French/MISC', 'Emmanuel Macron/PER']);
  });

  it('returns spans that slice the original text', () => {
    const text = 'BRUSSELS, March 3 (Reuters) - The European Union’s foreign policy chief Josep Borrell\nsaid on Friday that Brussels would send more aid to Ukraine.';
    const got = names(text);
    expect(got.length).toBeGreaterThan(0);
    for (const m of got) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('handles an empty document', () => {
    expect(names('')).toEqual([]);
  });

  it('is pure: the same input gives the same output', () => {
    const text = 'Angela Merkel met Emmanuel Macron in Paris. Merkel said Germany would help.';
    expect(names(text)).toEqual(names(text));
  });
});

describe('clusterOf', () => {
  const gaz = new Gazetteer({}, {}, { Kramer: '0123', later: '2201', 'Route 00': '31' });
  // token → cluster path (undefined: not in the table)
  const CASES: [string, string | undefined][] = [
    ['Kramer', '0123'],
    ['KRAMER', '0123'], // all caps: looked up as a capitalised word
    ['Later', '2201'], // capitalised at a sentence start: looked up in lowercase
    ['later', '2201'],
    ['kramer', undefined], // a lowercase word is not a name's cluster
    ['Zyzzogeton', undefined],
  ];
  it.each(CASES)('%s', (token, path) => {
    expect(clusterOf(wordInfo(token), gaz)).toBe(path);
  });
});

describe('buildClusters', () => {
  // An invented corpus where surnames and towns occur in contexts of their own.
  const surnames = ['Okafor', 'Lindqvist', 'Marsh', 'Brandt', 'Teixeira', 'Novak'];
  const towns = ['Oakham', 'Tarnow', 'Brixen', 'Dunmore', 'Kilsyth', 'Vanersborg'];
  const lines: string[][] = [];
  for (let k = 0; k < 5; k++) {
    for (const s of surnames) lines.push(['Dr', s, 'said', 'that', 'it', 'was', 'fine', '.'], ['we', 'asked', 'Professor', s, 'about', 'it', '.']);
    for (const t of towns) lines.push(['she', 'moved', 'to', t, 'last', 'year', '.'], ['the', 'road', 'from', t, 'to', 'the', 'coast', '.']);
  }
  const opts = { ...DEFAULT_CLUSTER_OPTIONS, minCount: 1, contextWords: 30, dims: 4, depth: 2, minLeaf: 2 };
  const paths = buildClusters(lines, opts);

  it('puts words of the same contexts in one cluster and words of other contexts in another', () => {
    const first = (w: string) => paths.get(w)!.slice(0, 1);
    for (const s of surnames) expect(first(s)).toBe(first(surnames[0]!));
    for (const t of towns) expect(first(t)).toBe(first(towns[0]!));
    expect(first(surnames[0]!)).not.toBe(first(towns[0]!));
  });

  it('is deterministic', () => {
    expect([...buildClusters(lines, opts)]).toEqual([...paths]);
  });
});

describe('StringTable', () => {
  const strings = ['', 'w=paris', 'W=Paris', 'Zürich', 'Łódź', '東京', 'emoji 😀', 'a|b|c'];
  const table = new StringTable(StringTable.encode(strings), strings.length);
  // query → index in the table (-1: absent)
  const CASES: [string, number][] = [
    ['', 0],
    ['w=paris', 1],
    ['W=Paris', 2],
    ['Zürich', 3],
    ['Łódź', 4],
    ['東京', 5],
    ['emoji 😀', 6],
    ['a|b|c', 7],
    ['w=pari', -1], // a prefix is not the string
    ['w=parisx', -1],
    ['zürich', -1],
    ['\ud83d', -1], // a lone surrogate matches nothing stored
  ];
  it.each(CASES)('%j', (query, index) => {
    expect(table.indexOf(query)).toBe(index);
  });
  it('gives back every string', () => {
    expect(strings.map((_, k) => table.at(k))).toEqual(strings);
  });
  it('refuses a string with a NUL byte', () => {
    expect(() => StringTable.encode(['a\0b'])).toThrow();
  });
});

describe('model file', () => {
  // A tiny invented model: a capitalised word after "in" is a place, any other one a person.
  const file: ModelFile = {
    format: 'newskg-ner-perceptron',
    version: 1,
    decoder: 'viterbi',
    tags: ['O', ...['PER', 'LOC', 'ORG', 'MISC'].flatMap((t) => ['B-' + t, 'I-' + t, 'L-' + t, 'U-' + t])],
    gazetteer: { phrases: { city: ['New York', 'São Paulo'] }, words: { fn: ['anna'] } },
    clusters: { Anna: '0123', Oslo: '3210' },
    weights: { b: [0, 1], 'sh=Xx': [4, 1.5, 8, 0.25], '-1w=in': [8, 2, 4, -2], 'G=city:B': [5, 3.5] },
  };
  const tokenizeWords = (s: string): string[] => tokenize(s).map((t) => t.text);
  const bytes = encodeModel(compileModel(file, tokenizeWords), 2);

  it('reads back what it wrote', () => {
    const back = decodeModel(bytes);
    expect(back.templates.map((t) => [t.name, t.values.size])).toEqual([['b', 1], ['sh', 1], ['-1w', 1], ['G', 1]]);
    expect([...back.weightStarts]).toEqual([0, 1, 3, 5, 6]);
    expect([...back.weightTags]).toEqual([0, 4, 8, 4, 8, 5]);
    expect([...back.weightValues]).toEqual([1, 1.5, 0.25, -2, 2, 3.5]);
    expect(back.phraseKeys).toEqual({ city: ['new york', 'são paulo'] });
    expect(back.clusters.get('Oslo')).toBe('3210');
    expect(back.clusters.get('Bergen')).toBeUndefined();
    expect(encodeModel(back, 2).equals(bytes)).toBe(true);
  });

  it('tags the same from the file as from the trained form', () => {
    const text = 'Anna lives in Oslo.';
    const doc = tokenizeDocument(text);
    const fromFile = recognizeWith(modelFromFile(decodeModel(bytes)), text, doc);
    expect(fromFile.map((m) => `${m.text}/${m.type}`)).toEqual(['Anna/PER', 'Oslo/LOC']);
    expect(recognizeWith(modelFromFile(file), text, doc)).toEqual(fromFile);
  });

  it('keeps each model its own weights for the words two models both tag', () => {
    // A word's weights wait beside its cached forms (wordForms); a second model must not read the first's.
    const text = 'Anna lives in Oslo.';
    const doc = tokenizeDocument(text);
    const first = modelFromFile(file);
    const allOutside = modelFromFile({ ...file, weights: { ...file.weights, 'sh=Xx': [0, 9] } });
    const names = (m: ReturnType<typeof modelFromFile>): string[] => recognizeWith(m, text, doc).map((n) => `${n.text}/${n.type}`);
    expect(names(first)).toEqual(['Anna/PER', 'Oslo/LOC']);
    expect(names(allOutside)).toEqual([]);
    expect(names(first)).toEqual(['Anna/PER', 'Oslo/LOC']);
  });

  it('is not another file', () => {
    expect(() => decodeModel(Buffer.from('{"format":"newskg-ner-perceptron"}'))).toThrow(/not a newskg model file/);
  });

  it('builds cluster tables from records', () => {
    expect(ClusterTable.fromRecord({ a: '01', b: '2', c: '01' }).paths).toEqual(['01', '2']);
  });
});

describe('oneTypePerName', () => {
  const mention = (text: string, type: NameMention['type']): NameMention => ({ start: 0, end: text.length, type, text });
  // the types the tagger gave a document's mentions, in order → the types after the vote
  const CASES: [string, [string, NameMention['type']][], string[]][] = [
    ['the majority wins', [['Halvorsen', 'PER'], ['Halvorsen', 'ORG'], ['Halvorsen', 'PER']], ['PER', 'PER', 'PER']],
    ['a tie changes nothing', [['Brindle', 'LOC'], ['Brindle', 'ORG']], ['LOC', 'ORG']],
    ['different spellings do not vote together', [['Brindle', 'LOC'], ['BRINDLE', 'ORG'], ['Brindle', 'LOC']], ['LOC', 'ORG', 'LOC']],
    ['MISC neither votes nor changes', [['Kestrel', 'MISC'], ['Kestrel', 'MISC'], ['Kestrel', 'ORG']], ['MISC', 'MISC', 'ORG']],
    ['names of one mention stay', [['Oakhurst', 'LOC'], ['Tamsin', 'PER']], ['LOC', 'PER']],
  ];
  it.each(CASES)('%s', (_, given, types) => {
    expect(oneTypePerName(given.map(([t, ty]) => mention(t, ty))).map((m) => m.type)).toEqual(types);
  });
});
