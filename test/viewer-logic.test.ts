// The viewer's pure logic, without a browser: search folding and ranking (viewer/src/search.ts),
// view settings' validation, URL form, date range and visible-node selection (viewer/src/view.ts),
// timeline buckets (timeline.ts) and how the reader cuts an article at its spans (reader.ts).
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { entry, foldKey, looseKey, rankMatches } from '../viewer/src/search.js';
import { DEFAULT_VIEW, type LinkLike, type RankedNode, drawsLink, inDateRange, linkFloor, shortestPath, validateView, viewFromParams, viewToParams, visibleNodes } from '../viewer/src/view.js';
import { timeBuckets } from '../viewer/src/timeline.js';
import { piecesOf } from '../viewer/src/reader.js';
import { quotesAbout } from '../viewer/src/quotes.js';

describe('search keys', () => {
  it.each([
    ['Élysée Palace', 'elysee palace'],
    ['Tony  Blair', 'tony blair'],
    ["O'Brien", 'obrien'],
    ['Łukasz Straße', 'lukasz strasse'],
    ['Nicolás Maduro', 'nicolas maduro'],
    ['Jean-Claude Juncker', 'jean claude juncker'],
  ])('folds %s to %s', (text, key) => expect(foldKey(text)).toBe(key));

  it.each([
    ['Zelenskyy', 'Zelensky'],
    ['Zelenskiy', 'Zelensky'],
    ['Zelenski', 'Zelensky'],
    ['Khodorkovsky', 'Hodorkovsky'],
    ['Wolodymyr', 'Volodymyr'],
    ['Gaddafi', 'Gadafi'],
  ])('takes %s and %s as one name', (a, b) => expect(looseKey(foldKey(a))).toBe(looseKey(foldKey(b))));
});

describe('search ranking', () => {
  const index = [
    entry('blair', 'Blair', false, 7),
    entry('tony-blair', 'Tony Blair', false, 147),
    entry('blairgowrie', 'Blairgowrie', false, 1),
    entry('cherie', 'Cherie Blair', false, 4),
    entry('zelensky', 'Volodymyr Zelensky', false, 30),
    entry('paris', 'Paris', false, 20),
    entry('paris-hilton', 'Paris Hilton', false, 3),
    entry('macron', 'Emmanuel Macron', false, 40),
    entry('macron', 'Macron', true, 40),
    entry('muller', 'Thomas Müller', false, 2),
  ];
  const first = (q: string) => rankMatches(index, q).map((e) => e.node);

  it.each([
    ['Blair', ['tony-blair', 'blair', 'cherie', 'blairgowrie']],
    ['tony blair', ['tony-blair']],
    ['Zelenskyy', ['zelensky']],
    ['zelenskiy', ['zelensky']],
    ['ZELENSKY', ['zelensky']],
    ['Paris', ['paris', 'paris-hilton']],
    ['macron', ['macron']],
    ['muller', ['muller']],
    ['Mueller', []],
    ['', []],
  ])('ranks %s as %j', (q, nodes) => expect(first(q)).toEqual(nodes));

  it('shows a node once, by its best-matching label or alias', () => {
    const [m] = rankMatches(index, 'macron');
    expect(m.text).toBe('Macron');
    expect(rankMatches(index, 'emmanuel')[0].text).toBe('Emmanuel Macron');
  });
});

describe('view settings', () => {
  it('fills defaults and corrects what it cannot use', () => {
    const problems: string[] = [];
    const s = validateView({ kinds: ['person', 'planet'], top: '-5', minDegree: 99, focus: 'blink' }, problems);
    expect(s).toEqual({ ...DEFAULT_VIEW, kinds: ['person'], top: 0, minDegree: 20 });
    expect(problems).toHaveLength(4);
    expect(validateView({})).toEqual(DEFAULT_VIEW);
  });

  it.each([
    ['', DEFAULT_VIEW],
    ['top=50&deg=0', { ...DEFAULT_VIEW, top: 50, minDegree: 0 }],
    ['kinds=person,speaker&focus=hide', { ...DEFAULT_VIEW, kinds: ['person', 'speaker'], focus: 'hide' }],
    ['rels=office', { ...DEFAULT_VIEW, relations: ['office'] }],
    ['links=2', { ...DEFAULT_VIEW, minLink: 2 }],
    ['deg=2&links=1', { ...DEFAULT_VIEW, minLink: 1, minDegree: 2 }],
  ])('round-trips the URL parameters %s', (query, settings) => {
    const s = viewFromParams(new URLSearchParams(query));
    expect(s).toEqual(settings);
    const p = new URLSearchParams();
    viewToParams(s, p);
    expect(p.toString()).toBe(query.replace(/,/g, '%2C'));
  });
});

describe('visible nodes', () => {
  // a: 3 statements (person), b: 2 (country), c: 1 (person), lone: 0 (person), spk: 5 (unnamed speaker)
  function graph() {
    const g = new MultiDirectedGraph<RankedNode & { x: number; y: number }, LinkLike>();
    const add = (n: string, kind: RankedNode['kind'], statements: number) => g.addNode(n, { kind, statements, degree: 0, label: n, x: 0, y: 0 });
    add('a', 'person', 3);
    add('b', 'country', 2);
    add('c', 'person', 1);
    add('lone', 'person', 0);
    add('spk', 'speaker', 5);
    g.addEdge('a', 'b', { relation: 'said', statements: ['s1', 's2'] });
    g.addEdge('c', 'b', { relation: 'office', statements: ['s3'] });
    g.addEdge('spk', 'c', { relation: 'said', statements: ['s4'] });
    g.forEachNode((n) => g.setNodeAttribute(n, 'degree', g.degree(n)));
    return g;
  }
  const none = new Set<string>();
  const sorted = (s: Set<string>) => [...s].sort();

  it.each([
    ['the default hides unconnected nodes and unnamed speakers', {}, undefined, none, ['a', 'b', 'c']],
    ['min degree 0 shows unconnected nodes', { minDegree: 0 }, undefined, none, ['a', 'b', 'c', 'lone']],
    ['min degree 2 keeps the hubs', { minDegree: 2 }, undefined, none, ['b', 'c']],
    ['top 2 keeps the strongest', { top: 2 }, undefined, none, ['a', 'b']],
    ['top 1 drops a node left without neighbours', { top: 1 }, undefined, none, []],
    ['top 1 keeps it without a minimum degree', { top: 1, minDegree: 0 }, undefined, none, ['a']],
    ['the speaker kind brings back unnamed speakers', { kinds: ['person', 'speaker'] }, undefined, none, ['a', 'c', 'spk']],
    ['a selection shows its neighbours past the ranking', { top: 2 }, 'c', none, ['a', 'b', 'c']],
    ['an expanded node shows its neighbours', { top: 1 }, undefined, new Set(['b']), ['a', 'b', 'c']],
    ['focus "hide" shows only the neighbourhood', { focus: 'hide' }, 'a', none, ['a', 'b']],
    ['neighbours of hidden kinds stay hidden', { top: 1 }, 'c', none, ['b', 'c']],
    ['links of 2+ statements leave c without a drawn link', { minLink: 2 }, undefined, none, ['a', 'b']],
    ['links of 2+ statements keep c without a minimum degree', { minLink: 2, minDegree: 0 }, undefined, none, ['a', 'b', 'c', 'lone']],
    ['a selection brings back its weak links', { minLink: 2 }, 'c', none, ['a', 'b', 'c']],
    ['a link of a hidden relation does not hold a ranked node', { top: 2, relations: ['office'] }, undefined, none, []],
    ['auto draws every link of a sparse view', { minLink: 0 }, undefined, none, ['a', 'b', 'c']],
  ] as const)('%s', (_name, settings, selected, expanded, nodes) => {
    const s = validateView(settings as Parameters<typeof validateView>[0]);
    expect(sorted(visibleNodes(graph(), s, { selected, expanded }).nodes)).toEqual(nodes);
  });
});

describe('links drawn', () => {
  it.each<[string, number[], number, number]>([
    ['no links', [], 0, 1],
    ['as many links as the budget', [1, 1, 1, 1], 2, 1],
    ['one link past the budget drops the weakest', [5, 1, 1, 1, 1], 2, 2],
    ['ties at the cut all go', [3, 3, 2, 2, 1, 1, 1], 2, 2],
    ['a tie past the budget raises the floor', [3, 3, 3, 2, 2, 1], 2, 3],
  ])('%s: %j over %i nodes → %i', (_name, weights, nodes, floor) => expect(linkFloor(weights, nodes)).toBe(floor));

  const focus = { selected: 'a', expanded: new Set(['e']) };
  const said = new Set(['said']);
  it.each<[string, { relation: 'said' | 'office'; statements?: string[] }, string, string, number, boolean]>([
    ['strong enough', { relation: 'said', statements: ['1', '2'] }, 'x', 'y', 2, true],
    ['too weak', { relation: 'said', statements: ['1'] }, 'x', 'y', 2, false],
    ['weak but from the selection', { relation: 'said', statements: ['1'] }, 'a', 'y', 2, true],
    ['weak but to an expanded node', { relation: 'said', statements: ['1'] }, 'x', 'e', 2, true],
    ['a hidden relation, even from the selection', { relation: 'office', statements: ['1', '2'] }, 'a', 'y', 1, false],
    ['no statement list counts as one', { relation: 'said' }, 'x', 'y', 1, true],
  ])('%s', (_name, link, source, target, minLink, drawn) => expect(drawsLink(link, source, target, said, minLink, focus)).toBe(drawn));
});

describe('date range', () => {
  it.each<[string | undefined, string, string, boolean]>([
    ['2024-03-05', '', '', true],
    [undefined, '', '', true],
    [undefined, '2024', '', false],
    ['2024-03-05', '2024-03', '2024-03', true],
    ['2024-03-05T10:00:00Z', '2024-03-05', '2024-03-05', true],
    ['2024-02-29', '2024-03', '', false],
    ['2024-12-31', '', '2024', true],
    ['2025-01-01', '', '2024', false],
    ['2024-07-19', '2024-03', '2024-07', true],
  ])('%s in [%s, %s] → %s', (date, from, to, inside) => expect(inDateRange(date, from, to)).toBe(inside));

  it.each<[Record<string, unknown>, { from: string; to: string }, number]>([
    [{ from: '2024-03', to: '2024-07-19' }, { from: '2024-03', to: '2024-07-19' }, 0],
    [{ from: '2024-13' }, { from: '', to: '' }, 1],
    [{ from: 'March' }, { from: '', to: '' }, 1],
    [{ from: '2024-07', to: '2024-03' }, { from: '2024-03', to: '2024-07' }, 1],
  ])('validates %j', (input, expected, problems) => {
    const found: string[] = [];
    const v = validateView(input, found);
    expect({ from: v.from, to: v.to }).toEqual(expected);
    expect(found).toHaveLength(problems);
  });

  it('keeps the range and the article in the URL', () => {
    const p = new URLSearchParams();
    viewToParams(validateView({ from: '2024-03', to: '2024-07', article: 'https://example.org/a1' }), p);
    expect(p.toString()).toBe('from=2024-03&to=2024-07&article=https%3A%2F%2Fexample.org%2Fa1');
    const back = viewFromParams(p);
    expect([back.from, back.to, back.article]).toEqual(['2024-03', '2024-07', 'https://example.org/a1']);
  });
});

describe('timeline buckets', () => {
  it.each<[string, (string | undefined)[], string[]]>([
    ['months, empty ones too', ['2024-03-05', '2024-03-09', '2024-05-01', undefined], ['2024-03:2', '2024-04:0', '2024-05:1']],
    ['across a new year', ['2023-12-31', '2024-01-02T08:00:00Z'], ['2023-12:1', '2024-01:1']],
    ['years past three years', ['2019-06-01', '2024-01-01', '2024-02-01'], ['2019:1', '2020:0', '2021:0', '2022:0', '2023:0', '2024:2']],
    ['no dates', [undefined, 'soon'], []],
  ])('%s', (_name, dates, expected) => expect(timeBuckets(dates).map((b) => `${b.key}:${b.count}`)).toEqual(expected));
});

describe('reader pieces', () => {
  const q = (begin: number, end: number) => ({ kind: 'quote' as const, begin, end });
  const m = (begin: number, end: number) => ({ kind: 'mention' as const, begin, end, node: 'n' });
  it.each<[string, number, ReturnType<typeof q | typeof m>[], string[]]>([
    ['no spans', 10, [], ['0-10:']],
    ['a mention inside a quote', 20, [q(5, 15), m(8, 12)], ['0-5:', '5-8:quote', '8-12:quote+mention', '12-15:quote', '15-20:']],
    ['a span past the text is dropped', 10, [m(8, 14)], ['0-10:']],
    ['touching spans', 10, [m(0, 4), m(4, 10)], ['0-4:mention', '4-10:mention']],
  ])('%s', (_name, length, spans, expected) =>
    expect(piecesOf(length, spans).map((p) => `${p.begin}-${p.end}:${p.spans.map((s) => s.kind).join('+')}`)).toEqual(expected));
});

describe('shortest path', () => {
  // Blair — UK — Brown; Blair → Iraq ← Bush; Bush — US; a speaker links UK and US; Chirac alone
  const g = new MultiDirectedGraph<RankedNode, LinkLike>();
  const add = (n: string, kind: RankedNode['kind']) => g.addNode(n, { kind, degree: 0, statements: 0, label: n });
  add('blair', 'person');
  add('brown', 'person');
  add('bush', 'person');
  add('chirac', 'person');
  add('uk', 'country');
  add('us', 'country');
  add('iraq', 'country');
  add('spokesman', 'speaker');
  g.addEdge('blair', 'uk');
  g.addEdge('brown', 'uk');
  g.addEdge('blair', 'iraq');
  g.addEdge('bush', 'iraq');
  g.addEdge('bush', 'us');
  g.addEdge('spokesman', 'uk');
  g.addEdge('spokesman', 'us');
  const named = new Set<RankedNode['kind']>(['person', 'country']);
  it.each<[string, string, ReadonlySet<RankedNode['kind']> | undefined, string[] | undefined]>([
    ['blair', 'brown', undefined, ['blair', 'uk', 'brown']],
    ['brown', 'bush', undefined, ['brown', 'uk', 'blair', 'iraq', 'bush']],
    ['uk', 'us', undefined, ['uk', 'spokesman', 'us']],
    ['uk', 'us', named, ['uk', 'blair', 'iraq', 'bush', 'us']],
    ['blair', 'chirac', undefined, undefined],
    ['blair', 'blair', undefined, ['blair']],
    ['blair', 'nobody', undefined, undefined],
  ])('%s → %s', (from, to, kinds, path) => expect(shortestPath(g, from, to, kinds)).toEqual(path));
});

describe('quotes about an entity', () => {
  const data = {
    articles: [
      { iri: 'a1', date: '2024-03-05', title: 'March' },
      { iri: 'a2', date: '2024-07-19', title: 'July' },
      { iri: 'a3', title: 'Undated' },
    ],
    quotes: [
      { iri: 'q1', speaker: 'ruiz', short: 'Chad will not be alone' },
      { iri: 'q2', speaker: 'dahl', short: 'Chad and Peru' },
      { iri: 'q3', speaker: 'chad', short: 'We thank Spain' },
      { iri: 'q4', speaker: 'ortega', short: 'Chad again' },
      { iri: 'q5', speaker: 'dahl', short: 'Peru only' },
    ],
    quoteMentions: new Map([
      ['q1', ['chad']],
      ['q2', ['chad', 'peru']],
      ['q3', ['chad', 'spain']],
      ['q4', ['chad']],
      ['q5', ['peru']],
    ]),
    statementArticle: new Map([
      ['q1', 0],
      ['q2', 1],
      ['q3', 0],
      ['q4', 2],
      ['q5', 1],
    ]),
  };
  it.each<[string, string, string, string[]]>([
    ['chad', '', '', ['q2', 'q1', 'q4']], // newest first, undated last; not what Chad said itself
    ['chad', '2024-07', '', ['q2']],
    ['peru', '', '2024-06', []],
    ['spain', '', '', ['q3']],
  ])('%s in [%s, %s]', (entity, from, to, expected) => expect(quotesAbout(data, entity, from, to).map((q) => q.iri)).toEqual(expected));
});
