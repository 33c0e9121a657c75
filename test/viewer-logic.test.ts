// The viewer's pure logic, without a browser: search folding and ranking (viewer/src/search.ts),
// and view settings' validation, URL form and visible-node selection (viewer/src/view.ts).
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { entry, foldKey, looseKey, rankMatches } from '../viewer/src/search.js';
import { DEFAULT_VIEW, type RankedNode, validateView, viewFromParams, viewToParams, visibleNodes } from '../viewer/src/view.js';

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
    const g = new MultiDirectedGraph<RankedNode & { x: number; y: number }>();
    const add = (n: string, kind: RankedNode['kind'], statements: number) => g.addNode(n, { kind, statements, degree: 0, label: n, x: 0, y: 0 });
    add('a', 'person', 3);
    add('b', 'country', 2);
    add('c', 'person', 1);
    add('lone', 'person', 0);
    add('spk', 'speaker', 5);
    g.addEdge('a', 'b');
    g.addEdge('c', 'b');
    g.addEdge('spk', 'c');
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
  ] as const)('%s', (_name, settings, selected, expanded, nodes) => {
    const s = validateView(settings as Parameters<typeof validateView>[0]);
    expect(sorted(visibleNodes(graph(), s, { selected, expanded }))).toEqual(nodes);
  });
});
