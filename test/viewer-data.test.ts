// The viewer's data as the server builds it (src/serve/viewer-data.ts, viewer-layout.ts, viewer-route.ts),
// without a browser: which mentions fall inside a quote, the layout in rings (tight, deterministic,
// and the default view's positions unmoved by what is laid out after it), gzip negotiation.
import { describe, expect, it } from 'vitest';
import { type ViewerPayload, corePayload, mentionsInQuotes, shortText } from '../src/serve/viewer-data.js';
import { layoutDisplayGraph, outerRingIterations } from '../src/serve/viewer-layout.js';
import { acceptsGzip } from '../src/serve/viewer-route.js';

describe('mentions inside quotes', () => {
  // one article "a": the quote's segment is [10, 40)
  const seg = (quote: string, begin: number, end: number, ctx = 'a') => ({ quote, ctx, begin, end });
  const men = (entity: string, begin: number, end: number, ctx = 'a') => ({ ctx, entity, begin, end });
  it.each<[string, ReturnType<typeof seg>[], ReturnType<typeof men>[], Record<string, string[]>]>([
    ['a mention inside', [seg('q', 10, 40)], [men('France', 12, 18)], { q: ['France'] }],
    ['a mention at both edges', [seg('q', 10, 40)], [men('France', 10, 16), men('Kenya', 35, 40)], { q: ['France', 'Kenya'] }],
    ['a mention before or after', [seg('q', 10, 40)], [men('France', 2, 8), men('Kenya', 40, 46)], {}],
    ['a mention that straddles the end', [seg('q', 10, 40)], [men('France', 36, 44)], {}],
    ['a mention of another article', [seg('q', 10, 40)], [men('France', 12, 18, 'b')], {}],
    ['two segments, one entity twice', [seg('q', 10, 20), seg('q', 30, 40)], [men('Paris', 11, 16), men('Paris', 31, 36), men('Rome', 22, 26)], { q: ['Paris'] }],
    ['two quotes of one article', [seg('q1', 0, 20), seg('q2', 20, 40)], [men('Oslo', 5, 9), men('Lima', 25, 29)], { q1: ['Oslo'], q2: ['Lima'] }],
  ])('%s', (_name, segments, mentions, expected) => {
    expect(Object.fromEntries(mentionsInQuotes(segments, mentions))).toEqual(expected);
  });
});

describe('the default view alone (GET /api/viewer-graph?part=core)', () => {
  // a, b, c are the default view; d is not. Articles 0-3.
  const person = (iri: string) => ({ iri, kind: 'person' as const, label: iri.toUpperCase() });
  const whole: ViewerPayload = {
    version: 1,
    articles: [0, 1, 2, 3].map((k) => ({ iri: `art${k}` })),
    entities: [person('a'), { ...person('b'), kind: 'country' }, person('c'), { ...person('d'), kind: 'country' }],
    quotes: [
      { iri: 'q1', speaker: 'a', short: 'one', article: 3, mentions: ['b'] },
      { iri: 'q2', speaker: 'a', short: 'two', article: 2, mentions: ['d'] },
      { iri: 'q3', speaker: 'd', short: 'three', article: 2, mentions: ['a'] },
      { iri: 'q4', speaker: 'c', short: 'four', article: 1, mentions: ['a', 'd'] },
      { iri: 'q5', speaker: 'c', short: 'five', article: 2 },
    ],
    pledges: [
      { iri: 'p1', giver: 'a', recipient: 'b', value: 5, article: 3 },
      { iri: 'p2', giver: 'a', recipient: 'd', value: 6, article: 2 },
    ],
    roles: [
      { iri: 'r1', person: 'c', title: 'Minister', of: 'b', article: 0 },
      { iri: 'r2', person: 'a', title: 'Adviser', article: 2 },
    ],
    layout: { placed: 4, rings: [3, 1], iterations: 1, ms: 1 },
    timings: {},
  };
  // strength as the layout counts it over the whole graph; a default view of a, b and c (here the
  // layout's holds all four: it takes up to 200)
  const { defaultView } = layoutDisplayGraph(whole.entities, whole.quotes, whole.pledges, whole.roles);
  const core = corePayload(whole, defaultView.filter((m) => m.iri !== 'd'));
  it.each<[string, unknown, unknown]>([
    ['is marked as the core part', core.part, 'core'],
    ['keeps the default view’s actors only', core.entities.map((e) => e.iri), ['a', 'b', 'c']],
    // a: q1, q2, q3 (mentioned), q4 (mentioned), p1, p2, r2; b: q1, p1, r1; c: q4, q5, r1
    ['counts statements over the whole graph', core.entities.map((e) => e.statements), [7, 3, 3]],
    // edges: a–b said, pledged; a–d said ×2, pledged; c–a said; b: c's office; c–d said
    ['gives degrees over the whole graph', core.entities.map((e) => e.degree), [6, 3, 3]],
    ['keeps the quotes that link two of them, mentions outside left out', core.quotes.map((q) => [q.iri, q.mentions]), [['q1', ['b']], ['q4', ['a']]]],
    ['keeps the pledges and offices that link two of them', [core.pledges.map((p) => p.iri), core.roles.map((r) => r.iri)], [['p1'], ['r1']]],
    ['renumbers the articles those statements come from', [core.articles.map((a) => a.iri), core.quotes.map((q) => q.article), core.pledges[0]!.article, core.roles[0]!.article], [['art3', 'art1', 'art0'], [0, 1], 0, 2]],
    ['leaves the whole payload as it was', [whole.quotes.length, whole.quotes[3]!.mentions, whole.quotes[0]!.article], [5, ['a', 'd'], 3]],
  ])('%s', (_name, actual, expected) => expect(actual).toEqual(expected));
});

describe('the first ring is the viewer\'s default view', () => {
  // a–d speak of each other three times over five links; e speaks once of each and is spoken of
  // once by a and b: 11 links among 5 actors, more than AUTO_LINKS_PER_NODE (2) each, so the
  // viewer's link floor is 2 statements and e, with no link that strong, is not drawn: the first
  // ring leaves it for the next
  const person = (iri: string) => ({ iri, kind: 'person' as const, label: iri.toUpperCase() });
  const said = (speaker: string, mention: string, times: number) => Array.from({ length: times }, () => ({ speaker, mentions: [mention] }));
  const strong = [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'a'], ['a', 'c']].flatMap(([s, m]) => said(s!, m!, 3));
  const weak = [['e', 'a'], ['e', 'b'], ['e', 'c'], ['e', 'd'], ['a', 'e'], ['b', 'e']].flatMap(([s, m]) => said(s!, m!, 1));
  it.each<[string, { speaker: string; mentions: string[] }[], string[]]>([
    ['an actor whose links are all below the floor waits', [...strong, ...weak], ['a', 'b', 'c', 'd']],
    ['with few links every linked actor is in it', [...strong, ...said('e', 'a', 1)], ['a', 'b', 'c', 'd', 'e']],
  ])('%s', (_name, quotes, first) => {
    const { defaultView } = layoutDisplayGraph(['a', 'b', 'c', 'd', 'e'].map(person), quotes, [], []);
    expect(defaultView.map((m) => m.iri).sort()).toEqual(first);
  });
});

describe('short quote text', () => {
  it.each([
    ['We will rebuild the bridge.', 'We will rebuild the bridge.'],
    ['x'.repeat(60), 'x'.repeat(60)],
    ['y'.repeat(61), `${'y'.repeat(57)}…`],
  ])('%s', (text, short) => expect(shortText(text)).toBe(short));
});

/**
 * An invented archive: `hubs` people who each speak, many times, of 3 countries of their region;
 * `weak` people each quoted once about one country; and `pairs` pairs of people of whom one spoke
 * once of the other (they rank below everyone else, and touch no one else).
 */
function archive(hubs: number, weak: number, pairs: number) {
  const entities: { iri: string; kind: 'person' | 'country'; label: string }[] = [];
  const quotes: { speaker: string; mentions: string[] }[] = [];
  const countries = 40;
  const pad = (n: number) => String(n).padStart(3, '0');
  for (let c = 0; c < countries; c++) entities.push({ iri: `c${c}`, kind: 'country', label: `Country ${pad(c)}` });
  for (let h = 0; h < hubs; h++) {
    entities.push({ iri: `h${h}`, kind: 'person', label: `Hub ${pad(h)}` });
    const region = Math.floor(h / 10) % 5;
    for (let k = 0; k < 3; k++) for (let r = 0; r < 4; r++) quotes.push({ speaker: `h${h}`, mentions: [`c${region * 8 + ((h + k) % 8)}`] });
  }
  for (let w = 0; w < weak; w++) {
    entities.push({ iri: `w${w}`, kind: 'person', label: `Weak ${pad(w)}` });
    quotes.push({ speaker: `w${w}`, mentions: [`c${w % countries}`] });
  }
  for (let p = 0; p < pairs; p++) {
    entities.push({ iri: `p${p}a`, kind: 'person', label: `Zed ${pad(p)} a` }, { iri: `p${p}b`, kind: 'person', label: `Zed ${pad(p)} b` });
    quotes.push({ speaker: `p${p}a`, mentions: [`p${p}b`] });
  }
  return { entities, quotes };
}

const lay = (a: ReturnType<typeof archive>) => layoutDisplayGraph(a.entities, a.quotes, [], []);
const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('server layout', () => {
  it('lays out the strongest ring tightly (mean edge / mean random pair ≤ 0.3)', () => {
    const { entities, quotes } = archive(50, 110, 0);
    const { result } = layoutDisplayGraph(entities, quotes, [], []);
    expect(result.rings).toEqual([200]);
    expect(result.quality).toBeLessThanOrEqual(0.3);
  });

  it('gives the same positions on every run', () => {
    const { entities, quotes } = archive(50, 110, 50);
    expect([...layoutDisplayGraph(entities, quotes, [], []).positions]).toEqual([...layoutDisplayGraph(entities, quotes, [], []).positions]);
  });

  it('does not move the default view when weaker actors are laid out after it', () => {
    const alone = lay(archive(50, 110, 0));
    const withRest = lay(archive(50, 110, 100));
    expect(withRest.result.rings).toEqual([200, 200]);
    for (const [iri, p] of alone.positions) expect(withRest.positions.get(iri), iri).toEqual(p);
  });

  it('places a weaker actor beside what it is linked to, not across the drawing', () => {
    const { positions } = lay(archive(50, 110, 100));
    const linked = [...Array(100).keys()].map((p) => distance(positions.get(`p${p}a`)!, positions.get(`p${p}b`)!));
    const unrelated = [...Array(100).keys()].map((p) => distance(positions.get(`p${p}a`)!, positions.get(`p${(p * 37 + 11) % 100}b`)!));
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(linked)).toBeLessThan(0.3 * mean(unrelated));
  });

  // a limit in work, not in time: the layout of a graph does not depend on how busy the machine is
  it.each<[number, number]>([
    [200, 150],
    [1000, 150],
    [1700, 150],
    [5262, 50],
    [12_500, 20],
    [40_000, 10],
    [1_000_000, 10],
  ])('an outer ring laid out over %i actors gets %i iterations', (order, iterations) => {
    expect(outerRingIterations(order)).toBe(iterations);
  });

  it('leaves actors without an edge to the viewer', () => {
    const { entities, quotes } = archive(5, 0, 0);
    entities.push({ iri: 'lonely', kind: 'person', label: 'Nobody Quoted' });
    expect(layoutDisplayGraph(entities, quotes, [], []).positions.has('lonely')).toBe(false);
  });

  // the server opens once it has the first ring: it is told once, with or without actors to lay out
  it.each<[string, ReturnType<typeof archive>, number]>([
    ['an archive', archive(5, 0, 0), 12],
    ['no actor with an edge', { entities: [{ iri: 'lonely', kind: 'person', label: 'Nobody Quoted' }], quotes: [] }, 0],
  ])('tells the first ring once: %s', (_name, a, placed) => {
    const told: number[] = [];
    layoutDisplayGraph(a.entities, a.quotes, [], [], { onFirstRing: (f) => told.push(f.positions.size) });
    expect(told).toEqual([placed]);
  });
});

describe('gzip negotiation', () => {
  it.each<[string | undefined, boolean]>([
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8', true],
    ['gzip;q=0', false],
    ['identity', false],
    ['*', true],
    [undefined, false],
  ])('Accept-Encoding %s → %s', (header, gzip) => expect(acceptsGzip(header)).toBe(gzip));
});
