// The viewer in a real browser (Debian's Chromium through playwright-core, WebGL in SwiftShader),
// served by `newskg serve`: the reference graph is drawn (checked on the screenshot's pixels),
// search opens a node's panel with its quotes and their exact spans, a SPARQL query highlights
// nodes, URLs reopen a view, exports work, hostile data stays text, and the console stays clean.
// Screenshots go to test/screenshots/ (git-ignored).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, HAVE_CHROMIUM, launch } from './browser/chromium.js';
import { EVIL_COUNTRY, EVIL_PERSON, HOSTILE_ARTICLE, PAYLOAD, hostileTurtle } from './browser/hostile.js';
import { countColoured, countNear, decodePng } from './browser/png.js';
import { CLI, ROOT, type Served, buildViewer, serve } from './browser/serve.js';

const SHOTS = join(ROOT, 'test', 'screenshots');
const ID = 'https://w3id.org/newskg/id/';
const MACRON = `${ID}person/emmanuel-macron`;
const NETHERLANDS = `${ID}country/netherlands`;
const FRANCE = `${ID}country/france`;
const PARIS = `${ID}place/paris`;
const MACRON_QUOTE = 'we will do everything needed so Russia cannot win the war';
const PERSON_BLUE: [number, number, number] = [0x2f, 0x6f, 0xdf];
const COUNTRY_RED: [number, number, number] = [0xd6, 0x45, 0x2f];
const FADED_NODE = '#dde1e8';

/** Two invented articles, four months apart, for the timeline and the reader. */
const DATED_ARTICLES = [
  {
    id: 'test:dated:1',
    date: '2024-03-05',
    title: 'Spain pledges doctors to Chad',
    text: 'Spain pledges doctors to Chad\n\nMADRID, March 5 - Spain will send 200 doctors to Chad, Foreign Minister Ana Ruiz said on Tuesday.\n\n"We will not leave Chad alone in this crisis," Ruiz told reporters in Madrid. Chad thanked Spain for the offer.',
  },
  {
    id: 'test:dated:2',
    date: '2024-07-19',
    title: 'Norway and Peru sign a fisheries deal',
    text: 'Norway and Peru sign a fisheries deal\n\nOSLO, July 19 - Norway\'s Prime Minister Erik Dahl met Peru\'s President Luis Ortega in Oslo on Friday.\n\n"Peru is a partner we trust," Dahl said after the meeting. Ortega said Peru would open two new ports to Norwegian ships.',
  },
];
const RUIZ = `${ID}person/ana-ruiz`;
const DAHL = `${ID}person/erik-dahl`;
const JULY_ARTICLE = `${ID}article/test%3Adated%3A2`;

let work: string;
let ref: Served;
let hostile: Served;
let dated: Served;
let browser: Browser;
const problems: string[] = [];
const dialogs: string[] = [];

async function open(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('console', (m) => {
    // the location names the resource when the error is a failed request
    if (m.type() === 'error') problems.push(`console error on ${url}: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => problems.push(`page error on ${url}: ${e.message}`));
  // a refused query says why in its body: the report names it
  page.on('response', (r) => {
    if (r.status() >= 400 && r.url().endsWith('/sparql')) {
      const query = (r.request().postData() ?? '').replace(/^PREFIX[^\n]*\n/gm, '');
      void r.text().then(
        (t) => problems.push(`${r.status()} on ${url}: ${t.trim()} for ${query.slice(0, 600)}`),
        () => problems.push(`${r.status()} on ${url} for ${query.slice(0, 600)}`),
      );
    }
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url);
  await page.waitForSelector('body[data-state="ready"], body[data-state="error"]', { timeout: 60_000 });
  expect(await page.getAttribute('body', 'data-state')).toBe('ready');
  return page;
}

async function shot(page: Page, name: string, selector?: string): Promise<Buffer> {
  const path = join(SHOTS, name);
  return selector ? page.locator(selector).screenshot({ path }) : page.screenshot({ path });
}

/** The top-left w×h pixels of an RGBA image. */
function cropRgba(img: { width: number; data: Uint8Array | Buffer }, w: number, h: number): Uint8Array {
  const out = new Uint8Array(w * h * 4);
  for (let y = 0; y < h; y++) out.set(img.data.subarray(y * img.width * 4, y * img.width * 4 + w * 4), y * w * 4);
  return out;
}

/** Whether sigma draws a node (nodes outside the view have no display data at all). */
async function drawn(page: Page, node: string): Promise<boolean> {
  return page.evaluate((n) => {
    const d = window.__newskg!.renderer.getNodeDisplayData(n);
    return !!d && !d.hidden;
  }, node);
}

async function colour(page: Page, node: string): Promise<string | undefined> {
  return page.evaluate((n) => window.__newskg!.renderer.getNodeDisplayData(n)?.color, node);
}

async function searchAndOpen(page: Page, text: string, expectLabel: string): Promise<void> {
  await page.fill('#search', text);
  await page.waitForSelector('#suggestions li');
  const first = await page.locator('#suggestions li .label').first().textContent();
  expect(first).toBe(expectLabel);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#panel:not([hidden]) .panel-title');
  expect(await page.locator('#panel .panel-title').textContent()).toBe(expectLabel);
  await page.waitForFunction(() => !document.querySelector('#panel-body')?.textContent?.includes('Loading…'));
}

describe.skipIf(!HAVE_CHROMIUM)('viewer in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    work = mkdtempSync(join(tmpdir(), 'newskg-viewer-test-'));
    const viewer = join(work, 'viewer');
    buildViewer(viewer);
    writeFileSync(join(work, 'hostile.ttl'), hostileTurtle());
    mkdirSync(join(work, 'articles'));
    writeFileSync(join(work, 'articles', 'hostile.txt'), HOSTILE_ARTICLE);
    writeFileSync(join(work, 'dated.jsonl'), DATED_ARTICLES.map((a) => JSON.stringify(a)).join('\n'));
    [ref, hostile, dated, browser] = await Promise.all([
      serve(['data/articles', '--viewer', viewer, '--quiet']),
      serve([join(work, 'hostile.ttl'), join(work, 'articles'), '--viewer', viewer, '--quiet']),
      serve([join(work, 'dated.jsonl'), '--viewer', viewer, '--quiet']),
      launch(),
    ]);
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), ref?.stop(), hostile?.stop(), dated?.stop()]);
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('draws the reference graph (checked on the pixels)', async () => {
    const page = await open(ref.url);
    const info = await page.evaluate(() => ({ nodes: window.__newskg!.graph.order, edges: window.__newskg!.graph.size, macron: window.__newskg!.graph.hasNode('https://w3id.org/newskg/id/person/emmanuel-macron') }));
    expect(info.nodes).toBeGreaterThan(20);
    expect(info.edges).toBeGreaterThan(10);
    expect(info.macron).toBe(true);
    await page.waitForTimeout(300);
    const img = decodePng(await shot(page, 'reference-graph.png', '#graph-wrap'));
    // nodes and edges are drawn in colour on white: people blue, countries red
    expect(countColoured(img)).toBeGreaterThan(3000);
    expect(countNear(img, PERSON_BLUE)).toBeGreaterThan(300);
    expect(countNear(img, COUNTRY_RED)).toBeGreaterThan(300);
    await shot(page, 'reference-page.png');
    // the legend counts what is drawn
    expect(await page.locator('#kind-filters li').count()).toBeGreaterThanOrEqual(4);
    await page.close();
  });

  it('draws the default view first, then takes the whole graph without moving or resizing a node', async () => {
    const page = await open(ref.url);
    const seen = await page.evaluate(() => {
      const h = window.__newskg!;
      const now: Record<string, [number, number, number]> = {};
      h.graph.filterNodes(() => true).forEach((n) => {
        const d = h.renderer.getNodeDisplayData(n);
        if (d && !d.hidden) now[n] = [d.x!, d.y!, d.size!];
      });
      return { first: h.firstView, now, order: h.graph.order, firstRender: h.timings.firstRender, whole: h.timings.whole };
    });
    expect(seen.first).toBeDefined();
    expect(seen.whole).toBeGreaterThan(seen.firstRender);
    // the first frame held only the default view; the graph now holds every actor
    expect(Object.keys(seen.first!).length).toBeGreaterThan(10);
    expect(seen.order).toBeGreaterThan(Object.keys(seen.first!).length);
    expect(Object.keys(seen.now).sort()).toEqual(Object.keys(seen.first!).sort());
    for (const [n, [x, y, size]] of Object.entries(seen.first!)) {
      expect([n, seen.now[n]![0], seen.now[n]![1], seen.now[n]![2]]).toEqual([n, expect.closeTo(x, 6), expect.closeTo(y, 6), expect.closeTo(size, 6)]);
    }
    // a link to a view waits for the whole graph: it may name what the default view lacks
    const linked = await open(`${ref.url}#node=${encodeURIComponent(MACRON)}`);
    expect(await linked.evaluate(() => window.__newskg!.firstView)).toBeUndefined();
    expect(await linked.evaluate(() => window.__newskg!.state.selected)).toBe(MACRON);
    await Promise.all([page.close(), linked.close()]);
  });

  let nodeUrl = '';
  let queryUrl = '';

  it('searches "Macron" and shows his quote with its sentence and exact span', async () => {
    const page = await open(ref.url);
    await searchAndOpen(page, 'Macron', 'Emmanuel Macron');
    const panel = page.locator('#panel');
    await expect.poll(() => panel.textContent()).toContain(MACRON_QUOTE);
    const card = panel.locator('article.card.quote', { hasText: MACRON_QUOTE });
    await expect.poll(() => card.count()).toBe(1);
    const evidence = (await card.locator('blockquote.evidence').textContent()) ?? '';
    expect(evidence).toContain(`The French leader said that “${MACRON_QUOTE}” after the meeting of over 20 European heads of state`);
    // the segment is marked at its code-point offsets in nif:isString
    const seg = card.locator('mark.seg');
    expect(await seg.textContent()).toBe(MACRON_QUOTE);
    const begin = Number(await seg.getAttribute('data-begin'));
    const end = Number(await seg.getAttribute('data-end'));
    const text = await page.evaluate(
      async ([b, e]) => {
        const q = 'SELECT ?t WHERE { ?a <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString> ?t }';
        const r = await fetch(`/sparql?query=${encodeURIComponent(q)}`);
        const t = ((await r.json()) as { results: { bindings: { t: { value: string } }[] } }).results.bindings[0].t.value;
        return Array.from(t).slice(b, e).join('');
      },
      [begin, end],
    );
    expect(text).toBe(MACRON_QUOTE);
    expect(await card.locator('mark.spk').textContent()).toBe('The French leader');
    expect(await card.locator('.source').textContent()).toContain('paris-ukraine-conference');
    // the rule that read the quote, so a reader can say what made a wrong one
    expect(await card.locator('.meta').textContent()).toMatch(/rule quote\.[a-z-]+/);
    // aliases, office
    expect(await panel.locator('dd.aliases').textContent()).toContain('Macron');
    expect(await panel.locator('article.card.role').first().textContent()).toContain('President');
    nodeUrl = page.url();
    expect(decodeURIComponent(nodeUrl)).toContain(`node=${MACRON}`);
    await shot(page, 'macron-panel.png');
    await page.close();
  });

  it('highlights the Netherlands for a SPARQL query about pledges', async () => {
    const page = await open(ref.url);
    await page.click('#toggle-sparql');
    await page.waitForSelector('#sparql:not([hidden])');
    // the bundled example (labels) ...
    await page.selectOption('#examples', 'pledges');
    await page.click('#run-query');
    await page.waitForSelector(`#hits button[data-node="${NETHERLANDS}"]`);
    // ... and a query for the pledges' IRIs
    await page.fill('#query', 'PREFIX nkg: <https://w3id.org/newskg#>\nSELECT ?giver ?pledge WHERE { ?giver nkg:pledged ?pledge }');
    await page.click('#run-query');
    await page.waitForFunction(() => document.querySelector('#query-status')?.textContent?.includes('rows'));
    await page.waitForSelector(`#hits button[data-node="${NETHERLANDS}"]`);
    const display = await page.evaluate(
      ([nl, paris]) => {
        const r = window.__newskg!.renderer;
        return { nl: r.getNodeDisplayData(nl), paris: r.getNodeDisplayData(paris), hits: [...window.__newskg!.state.hits] };
      },
      [NETHERLANDS, PARIS],
    );
    expect(display.hits).toContain(NETHERLANDS);
    expect(display.nl?.highlighted).toBe(true);
    expect(display.nl?.color).not.toBe(FADED_NODE);
    expect(display.paris?.color).toBe(FADED_NODE);
    // result IRIs that are nodes are buttons in the table
    expect(await page.locator(`#results button[data-node="${NETHERLANDS}"]`).count()).toBeGreaterThan(0);
    queryUrl = page.url();
    expect(new URLSearchParams(new URL(queryUrl).hash.slice(1)).get('q')).toContain('nkg:pledged');
    await shot(page, 'sparql-pledges.png');
    await page.close();
  });

  it('reopens a node and a query from their URLs', async () => {
    expect(nodeUrl).not.toBe('');
    const page = await open(nodeUrl);
    await page.waitForSelector('#panel:not([hidden]) .panel-title');
    expect(await page.locator('#panel .panel-title').textContent()).toBe('Emmanuel Macron');
    await expect.poll(() => page.locator('#panel').textContent()).toContain(MACRON_QUOTE);
    expect(await page.evaluate(() => window.__newskg!.state.selected)).toBe(MACRON);
    await page.close();

    const q = await open(queryUrl);
    await q.waitForSelector(`#hits button[data-node="${NETHERLANDS}"]`);
    expect(await q.locator('#sparql').isVisible()).toBe(true);
    expect(await q.inputValue('#query')).toContain('nkg:pledged');
    await q.close();
  });

  it('exports the view as PNG and the visible subgraph as Turtle', async () => {
    const page = await open(ref.url);
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    const pngPath = join(work, 'view.png');
    await png.saveAs(pngPath);
    const img = decodePng(readFileSync(pngPath));
    expect(img.width).toBeGreaterThan(500);
    expect(countColoured(img)).toBeGreaterThan(3000);
    // the legend in the top-left corner: a person-blue dot on its white box
    const corner = { ...img, width: 160, height: 140, data: cropRgba(img, 160, 140) };
    expect(countNear(corner, PERSON_BLUE)).toBeGreaterThan(20);
    // hide countries, then export: no country in the Turtle
    await page.uncheck('#kind-filters input[data-kind="country"]');
    const [ttl] = await Promise.all([page.waitForEvent('download'), page.click('#export-ttl')]);
    const ttlPath = join(work, 'visible.ttl');
    await ttl.saveAs(ttlPath);
    const quads = new Parser({ format: 'text/turtle' }).parse(readFileSync(ttlPath, 'utf8'));
    const subjects = new Set(quads.map((q) => q.subject.value));
    expect(subjects.has(MACRON)).toBe(true);
    expect(subjects.has(NETHERLANDS)).toBe(false);
    expect(quads.some((q) => q.subject.value === MACRON && q.predicate.value.endsWith('#said'))).toBe(true);
    // each statement comes whole (text, spans, evidence, article): the file passes the shapes
    const quotes = quads.filter((q) => q.predicate.value.endsWith('#type') && q.object.value === 'https://w3id.org/newskg#Quote').map((q) => q.subject.value);
    const texts = new Set(quads.filter((q) => q.predicate.value === 'https://w3id.org/newskg#text').map((q) => q.subject.value));
    expect(quotes.length).toBeGreaterThanOrEqual(8); // Macron's 8, and those of the other visible speakers
    expect(quotes.filter((q) => !texts.has(q))).toEqual([]);
    const validate = spawnSync(process.execPath, [CLI, 'validate', ttlPath], { encoding: 'utf8' });
    expect(validate.status, `${validate.stdout}${validate.stderr}`).toBe(0);
    // GEXF for Gephi: well-formed, the drawn nodes and edges
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf')]);
    const gexfPath = join(work, 'visible.gexf');
    await gexf.saveAs(gexfPath);
    const counted = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const { graph, renderer } = window.__newskg!;
      const drawnNodes = graph.filterNodes((n) => !!renderer.getNodeDisplayData(n) && !renderer.getNodeDisplayData(n)!.hidden).length;
      return { error: doc.getElementsByTagName('parsererror').length, nodes: doc.getElementsByTagName('node').length, drawnNodes, edges: doc.getElementsByTagName('edge').length };
    }, readFileSync(gexfPath, 'utf8'));
    expect(counted.error).toBe(0);
    expect(counted.nodes).toBe(counted.drawnNodes);
    expect(counted.edges).toBeGreaterThan(0);
    expect(readFileSync(gexfPath, 'utf8')).not.toContain(NETHERLANDS);
    // GraphML: the same nodes and edges
    const [graphml] = await Promise.all([page.waitForEvent('download'), page.click('#export-graphml')]);
    const graphmlPath = join(work, 'visible.graphml');
    await graphml.saveAs(graphmlPath);
    const inGraphml = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return { error: doc.getElementsByTagName('parsererror').length, nodes: doc.getElementsByTagName('node').length, edges: doc.getElementsByTagName('edge').length };
    }, readFileSync(graphmlPath, 'utf8'));
    expect(inGraphml).toEqual({ error: 0, nodes: counted.nodes, edges: counted.edges });
    await page.close();
  });

  it('highlights a hovered node’s neighbourhood; zooms to a node and back', async () => {
    const page = await open(ref.url);
    const at = await page.evaluate((m) => {
      const { graph, renderer: r } = window.__newskg!;
      const p = r.graphToViewport(graph.getNodeAttributes(m));
      const box = r.getContainer().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, MACRON);
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => page.evaluate(() => window.__newskg!.state.hovered)).toBe(MACRON);
    const colours = await page.evaluate(
      ([m, other]) => {
        const { renderer } = window.__newskg!;
        return { macron: renderer.getNodeDisplayData(m)?.color, unconnected: renderer.getNodeDisplayData(other)?.color };
      },
      [MACRON, NETHERLANDS],
    );
    expect(colours.macron).not.toBe(FADED_NODE);
    expect(colours.unconnected).toBe(FADED_NODE);
    await shot(page, 'hover-macron.png');
    await page.mouse.move(5, 5);
    await page.evaluate((m) => window.__newskg!.selectNode(m), MACRON);
    await expect.poll(() => page.evaluate(() => window.__newskg!.renderer.getCamera().ratio)).toBeLessThan(0.9);
    await page.click('#reset-view');
    await expect.poll(() => page.evaluate(() => window.__newskg!.renderer.getCamera().ratio)).toBeCloseTo(1, 2);
    await page.close();
  });

  it('filters by type and relation, shows quotes as nodes, and shows an edge’s evidence', async () => {
    const page = await open(ref.url);
    await page.uncheck('#kind-filters input[data-kind="place"]');
    expect(await drawn(page, PARIS)).toBe(false);
    await page.uncheck('#relation-filters input[data-relation="office"]');
    const officeHidden = await page.evaluate(() => {
      const { graph, renderer } = window.__newskg!;
      return graph.filterEdges((_e, a) => a.relation === 'office').every((e) => renderer.getEdgeDisplayData(e)?.hidden !== false);
    });
    expect(officeHidden).toBe(true);
    await page.check('#show-quotes');
    const quotes = await page.evaluate(() => window.__newskg!.graph.filterNodes((_n, a) => a.kind === 'quote').length);
    expect(quotes).toBeGreaterThan(5);
    await page.uncheck('#show-quotes');
    // an edge click opens its evidence (emitted as sigma would); a pledge is an edge when it names a
    // recipient, as France's agreement with Ukraine does (the Netherlands' names only a purpose)
    await page.evaluate((fr) => {
      const { graph, renderer } = window.__newskg!;
      const edge = graph.filterEdges((_e, a, s) => a.relation === 'pledged' && s === fr)[0];
      renderer.emit('clickEdge', { edge, event: { x: 0, y: 0 } } as never);
    }, FRANCE);
    await page.waitForSelector('#panel:not([hidden]) article.card.pledge');
    const card = await page.locator('#panel article.card.pledge').first().textContent();
    expect(card).toContain('10-year bilateral agreement');
    expect(card).toMatch(/rule pledge\.[a-z-]+/);
    expect(card).toContain('France, Germany and the U.K. recently signed 10-year bilateral agreements with Ukraine');
    await shot(page, 'edge-evidence.png');
    await page.close();
  });

  it('shows hostile labels, quotes and links as text, runs nothing, links nothing', async () => {
    const page = await open(hostile.url);
    await searchAndOpen(page, '<img src', `${PAYLOAD} Evil`);
    const panel = page.locator('#panel');
    await expect.poll(() => panel.textContent()).toContain('<svg onload=alert(3)> for Evilland');
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('<script>alert(2)</script>'); // alias
    expect(text).toContain('javascript:alert(1)'); // sameAs, as text
    expect(text).toContain('<b onmouseover=alert(6)>President</b>'); // office title
    expect(text).toContain(PAYLOAD); // pledge item, headline
    await shot(page, 'hostile-panel.png');
    // the country, its pledge and its javascript: sameAs
    await page.evaluate((c) => window.__newskg!.selectNode(c), EVIL_COUNTRY);
    await expect.poll(() => panel.textContent()).toContain('javascript:alert(4)');
    // the article built from hostile text
    await searchAndOpen(page, 'Macron', 'Emmanuel Macron');
    await expect.poll(() => panel.textContent()).toContain(`${PAYLOAD} must never win the war`);
    expect((await panel.textContent()) ?? '').toContain('<script>alert(2)</script>');
    // query results are text too
    await page.click('#toggle-sparql');
    await page.fill('#query', 'SELECT ?s ?o WHERE { ?s ?p ?o FILTER(CONTAINS(STR(?o), "<")) }');
    await page.click('#run-query');
    await page.waitForFunction(() => document.querySelector('#query-status')?.textContent?.includes('rows'));
    expect(await page.locator('#results').textContent()).toContain(PAYLOAD);
    await page.waitForTimeout(500);
    const dom = await page.evaluate(() => ({
      img: document.querySelectorAll('img, svg, iframe, object, embed').length,
      scripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
      jsLinks: [...document.querySelectorAll('a[href]')].filter((a) => !/^https?:/.test((a as HTMLAnchorElement).href)).length,
      handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
    }));
    expect(dom).toEqual({ img: 0, scripts: 0, jsLinks: 0, handlers: 0 });
    expect(await page.evaluate((p) => window.__newskg!.graph.hasNode(p), EVIL_PERSON)).toBe(true);
    await shot(page, 'hostile-sparql.png');
    expect(dialogs).toEqual([]);
    await page.close();
  });

  // ---------------------------------------------------------------- issue 14: start from what matters, focus, search

  const UKRAINE = `${ID}country/ukraine`;
  const ELYSEE = `${ID}place/elysee-palace`;
  const LATVIA = `${ID}country/latvia`;
  const SPEAKER = `${ID}article/paris-ukraine-conference/quote/12/speaker`;
  const RUTTE = `${ID}person/mark-rutte`;

  it.each([
    ['by default hides unconnected nodes and unnamed speakers', '', [MACRON, UKRAINE, PARIS], [ELYSEE, LATVIA, SPEAKER], '1'],
    ['shows unconnected nodes at minimum degree 0', '#deg=0', [ELYSEE, LATVIA], [SPEAKER], '0'],
    ['shows unnamed speakers when their kind is ticked', '#kinds=person,country,organization,place,speaker', [SPEAKER], [ELYSEE], '1'],
    ['keeps the hubs at minimum degree 3', '#deg=3', [MACRON, UKRAINE, FRANCE], [PARIS, RUTTE], '3'],
    ['keeps the strongest nodes (top 3)', '#top=3', [MACRON, UKRAINE, FRANCE], [PARIS, RUTTE], '1'],
  ])('view %s', async (_name, hash, shownNodes, hiddenNodes, degree) => {
    const page = await open(`${ref.url}${hash}`);
    for (const n of shownNodes) expect(await drawn(page, n), n).toBe(true);
    for (const n of hiddenNodes) expect(await drawn(page, n), n).toBe(false);
    expect(await page.inputValue('#min-degree')).toBe(degree);
    expect(await page.isChecked('#kind-filters input[data-kind="speaker"]')).toBe(hash.includes('speaker'));
    expect(await page.textContent('#stats')).toMatch(/^Showing \d+ of 30 nodes/);
    await page.close();
  });

  it('the minimum-degree slider and the strongest-N choice change the view and the URL', async () => {
    const page = await open(ref.url);
    expect(await drawn(page, ELYSEE)).toBe(false);
    await page.locator('#min-degree').fill('0');
    await expect.poll(() => drawn(page, ELYSEE)).toBe(true);
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('deg')).toBe('0');
    await page.selectOption('#top', '50');
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('top')).toBe('50');
    expect(await drawn(page, RUTTE)).toBe(true);
    await shot(page, 'view-degree0.png');
    await page.close();
  });

  it('draws only the links enough statements stand behind: all on a sparse view, 2+ at the user\'s choice, the selection\'s always', async () => {
    const page = await open(ref.url);
    // links drawn with one statement behind them, and of those, the ones touching Macron
    const weakDrawn = () =>
      page.evaluate((macron) => {
        const { graph, renderer } = window.__newskg!;
        const g = graph as unknown as { getEdgeAttribute(e: string, k: string): string[]; extremities(e: string): string[] };
        const weak = graph.filterEdges(() => true).filter((e) => g.getEdgeAttribute(e, 'statements').length === 1 && renderer.getEdgeDisplayData(e)?.hidden === false);
        return { all: weak.length, macron: weak.filter((e) => g.extremities(e).includes(macron)).length };
      }, MACRON);
    expect(await page.inputValue('#min-link')).toBe('0');
    expect(await page.textContent('#min-link option[value="0"]')).toBe('auto (all)');
    const before = await weakDrawn();
    expect(before.macron).toBeGreaterThan(0);
    await page.selectOption('#min-link', '2');
    await expect.poll(async () => (await weakDrawn()).all).toBe(0);
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('links')).toBe('2');
    await shot(page, 'view-links2.png');
    await page.close();
    // a selection's links are drawn whatever the floor says: Macron's single-statement links come back
    const selected = await open(`${ref.url}#links=2&node=${encodeURIComponent(MACRON)}`);
    const weakOfMacron = () =>
      selected.evaluate((macron) => {
        const { graph, renderer } = window.__newskg!;
        const g = graph as unknown as { getEdgeAttribute(e: string, k: string): string[]; extremities(e: string): string[] };
        return graph.filterEdges(() => true).filter((e) => g.getEdgeAttribute(e, 'statements').length === 1 && g.extremities(e).includes(macron) && renderer.getEdgeDisplayData(e)?.hidden === false).length;
      }, MACRON);
    await expect.poll(weakOfMacron).toBe(before.macron);
    await selected.close();
  });

  it('draws edges thicker when more statements stand behind them', async () => {
    const page = await open(ref.url);
    const sizes = await page.evaluate(() => {
      const { graph, renderer } = window.__newskg!;
      return graph.filterEdges(() => true).map((e) => ({ n: (graph as unknown as { getEdgeAttribute(e: string, k: string): string[] }).getEdgeAttribute(e, 'statements').length, size: renderer.getEdgeDisplayData(e)?.size }));
    });
    const one = sizes.filter((s) => s.n === 1 && s.size !== undefined).map((s) => s.size!);
    const more = sizes.filter((s) => s.n > 1 && s.size !== undefined).map((s) => s.size!);
    expect(one.length).toBeGreaterThan(0);
    expect(more.length).toBeGreaterThan(0);
    expect(Math.min(...more)).toBeGreaterThan(Math.max(...one));
    await page.close();
  });

  it('lays out what it shows: mean edge length well under the mean distance between nodes', async () => {
    const page = await open(ref.url);
    const q = await page.evaluate(() => window.__newskg!.layoutQuality());
    expect(q).toBeLessThan(0.3);
    await page.close();
  });

  it('selecting a node brings its neighbourhood forward; only-neighbours, Escape and an empty click', async () => {
    const page = await open(ref.url);
    await searchAndOpen(page, 'Macron', 'Emmanuel Macron');
    expect(await colour(page, UKRAINE)).not.toBe(FADED_NODE);
    expect(await colour(page, NETHERLANDS)).toBe(FADED_NODE);
    await expect.poll(() => page.evaluate(() => window.__newskg!.renderer.getCamera().ratio)).toBeLessThan(0.9);
    await page.click('#panel button.toggle:has-text("only neighbours")');
    await expect.poll(() => drawn(page, NETHERLANDS)).toBe(false);
    expect(await drawn(page, UKRAINE)).toBe(true);
    expect(await page.getAttribute('#panel button.toggle:has-text("only neighbours")', 'aria-pressed')).toBe('true');
    await shot(page, 'focus-macron.png');
    await page.click('#panel button.toggle:has-text("only neighbours")');
    await expect.poll(() => drawn(page, NETHERLANDS)).toBe(true);
    // Escape closes the panel and clears the selection
    await page.keyboard.press('Escape');
    await expect.poll(() => page.isHidden('#panel')).toBe(true);
    expect(await page.evaluate(() => window.__newskg!.state.selected)).toBeUndefined();
    expect(await colour(page, NETHERLANDS)).not.toBe(FADED_NODE);
    // a click on empty canvas does too
    await page.evaluate((m) => window.__newskg!.selectNode(m), MACRON);
    await page.waitForSelector('#panel:not([hidden])');
    await page.waitForTimeout(600); // the camera's animation to Macron
    const empty = await page.evaluate(() => {
      const { renderer } = window.__newskg!;
      const box = renderer.getContainer().getBoundingClientRect();
      return { x: box.left + 4, y: box.bottom - 4 };
    });
    await page.mouse.click(empty.x, empty.y);
    await expect.poll(() => page.isHidden('#panel')).toBe(true);
    expect(await page.evaluate(() => window.__newskg!.state.selected)).toBeUndefined();
    await page.close();
  });

  it('shows a selection’s neighbours past the ranking, keeps them when expanded, and steps back and forward', async () => {
    const page = await open(`${ref.url}#top=3`);
    expect(await drawn(page, PARIS)).toBe(false);
    // a count from the URL that the list does not offer is offered too
    expect(await page.inputValue('#top')).toBe('3');
    await page.evaluate((m) => window.__newskg!.selectNode(m), MACRON);
    await expect.poll(() => drawn(page, PARIS)).toBe(true);
    await page.waitForSelector('#panel button.toggle:has-text("expand")');
    await page.click('#panel button.toggle:has-text("expand")');
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).getAll('expand')).toEqual([MACRON]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.isHidden('#panel')).toBe(true);
    expect(await drawn(page, PARIS)).toBe(true);
    // back and forward through the selections
    await page.evaluate((n) => window.__newskg!.selectNode(n), UKRAINE);
    await page.evaluate((n) => window.__newskg!.selectNode(n), FRANCE);
    await page.click('#back');
    await expect.poll(() => page.evaluate(() => window.__newskg!.state.selected)).toBe(UKRAINE);
    await page.click('#forward');
    await expect.poll(() => page.evaluate(() => window.__newskg!.state.selected)).toBe(FRANCE);
    await page.close();
  });

  it('keeps keyboard focus in the panel when a link in it is followed', async () => {
    const page = await open(`${ref.url}#node=${encodeURIComponent(MACRON)}`);
    await page.waitForSelector('#panel article.card.role button.node-link:has-text("France")');
    await page.focus('#panel article.card.role button.node-link:has-text("France")');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.__newskg!.state.selected)).toBe(FRANCE);
    expect(await page.evaluate(() => ({ cls: document.activeElement?.className, text: document.activeElement?.textContent }))).toEqual({ cls: 'panel-title', text: 'France' });
    await page.close();
  });

  it.each([
    ['Zelenskyy', 'Volodymyr Zelensky'],
    ['zelenskiy', 'Volodymyr Zelensky'],
    ['ÉLYSÉE', 'Elysee Palace'],
    ['obrien', "James O'Brien"],
    ['ukr', 'Ukraine'],
  ])('search "%s" finds %s first, and names the active suggestion for assistive technology', async (query, label) => {
    const page = await open(ref.url);
    await page.fill('#search', query);
    await page.waitForSelector('#suggestions li');
    expect(await page.locator('#suggestions li .label').first().textContent()).toBe(label);
    expect(await page.getAttribute('#search', 'aria-activedescendant')).toBe('suggestion-0');
    expect(await page.getAttribute('#suggestion-0', 'aria-selected')).toBe('true');
    await page.close();
  });

  it('attributes quotes to the speaker: every quote in the panel, "spoke of" edges that say what they are', async () => {
    const page = await open(ref.url);
    await searchAndOpen(page, 'Macron', 'Emmanuel Macron');
    const edgeQuotes = await page.evaluate((m) => {
      const { graph } = window.__newskg!;
      const g = graph as unknown as { getEdgeAttribute(e: string, k: string): string[] };
      const quotes = new Set<string>();
      for (const e of graph.filterEdges((_e, a, s) => a.relation === 'said' && s === m)) for (const q of g.getEdgeAttribute(e, 'statements')) quotes.add(q);
      return { quotes: quotes.size, labels: graph.filterEdges((_e, a, s) => a.relation === 'said' && s === m).map((e) => (graph as unknown as { getEdgeAttribute(e: string, k: string): string }).getEdgeAttribute(e, 'label')) };
    }, MACRON);
    // quotes that mention no one have no edge, and still show in his panel
    await expect.poll(() => page.locator('#panel article.card.quote').count()).toBe(8);
    expect(edgeQuotes.quotes).toBeLessThan(8);
    for (const l of edgeQuotes.labels) expect(l).toMatch(/^spoke of( ×\d+)?$/);
    await page.evaluate((m) => {
      const { graph, renderer } = window.__newskg!;
      const edge = graph.filterEdges((_e, a, s, t) => a.relation === 'said' && s === m && t.endsWith('/country/russia'))[0];
      renderer.emit('clickEdge', { edge, event: { x: 0, y: 0 } } as never);
    }, MACRON);
    await page.waitForSelector('#panel:not([hidden]) article.card.quote');
    expect(await page.locator('#panel .panel-title').textContent()).toBe('Quotes');
    expect(await page.locator('#panel p.who').first().textContent()).toBe('What Emmanuel Macron said that mentions Russia');
    await page.close();
  });

  it.each([
    [1440, 900],
    [1024, 768],
    [390, 844],
  ])('fits a %i×%i window: one toolbar row or a phone layout, a graph that keeps its size, a panel that pages its lists', async (width, height) => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setViewportSize({ width, height });
    await page.goto(`${ref.url}#node=${encodeURIComponent(MACRON)}`);
    await page.waitForSelector('body[data-state="ready"]');
    await page.waitForSelector('#panel:not([hidden]) article.card.quote');
    const box = await page.locator('#graph').boundingBox();
    expect(box!.width).toBeGreaterThan(width * 0.45);
    expect(box!.height).toBeGreaterThan(height * 0.4);
    // the toolbar stays one row where there is room for it
    const toolbar = await page.locator('#toolbar').boundingBox();
    if (width >= 1024) expect(toolbar!.height).toBeLessThan(48);
    expect(await page.isVisible('#toggle-filters')).toBe(width < 760);
    // Macron has 8 quotes: the first page shows them all; his office is one card with its count
    expect(await page.locator('#panel section.panel-section:has(h3:has-text("Said")) article.card.quote').count()).toBe(8);
    expect(await page.locator('#panel article.card.role summary').first().textContent()).toMatch(/^1 mention in 1 article/);
    await shot(page, `window-${width}x${height}.png`);
    if (width < 760) {
      await page.click('#toggle-filters');
      expect(await page.isVisible('#filters')).toBe(true);
      await shot(page, `window-${width}x${height}-filters.png`);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the timeline keeps one period: the graph, the bars and the URL follow', async () => {
    const page = await open(dated.url);
    // March to July 2024: five months, the empty ones too
    expect(await page.locator('#timeline .bar').count()).toBe(5);
    expect(await drawn(page, RUIZ)).toBe(true);
    await page.locator('#timeline .bar[data-key="2024-07"]').click();
    await page.waitForFunction(() => location.hash.includes('from=2024-07'));
    expect(await drawn(page, RUIZ)).toBe(false);
    expect(await drawn(page, DAHL)).toBe(true);
    expect(await page.getAttribute('#timeline .bar[data-key="2024-07"]', 'aria-pressed')).toBe('true');
    expect(await page.inputValue('#date-from')).toBe('2024-07');
    await shot(page, 'timeline-july.png');
    // the URL reopens the period; positions do not move with it
    const before = await page.evaluate((n) => window.__newskg!.graph.getNodeAttributes(n), DAHL);
    const again = await open(`${dated.url}#from=2024-03&to=2024-03`);
    expect(await drawn(again, RUIZ)).toBe(true);
    expect(await drawn(again, DAHL)).toBe(false);
    await again.fill('#date-to', '2024-07');
    await again.dispatchEvent('#date-to', 'change');
    await again.waitForFunction(() => location.hash.includes('to=2024-07'));
    expect(await drawn(again, DAHL)).toBe(true);
    const after = await again.evaluate((n) => window.__newskg!.graph.getNodeAttributes(n), DAHL);
    expect([after.x, after.y]).toEqual([before.x, before.y]);
    await again.click('#date-clear');
    await again.waitForFunction(() => !location.hash.includes('from='));
    await Promise.all([page.close(), again.close()]);
  });

  it('reads an article with its mentions, quotes and pledges marked, and filters the graph by it', async () => {
    const page = await open(`${dated.url}#node=${encodeURIComponent(DAHL)}`);
    await page.waitForSelector('#panel-body button.read');
    await page.locator('#panel-body button.read').first().click();
    await page.waitForSelector('.reader-text');
    expect(await page.locator('#panel .panel-title').textContent()).toBe('Norway and Peru sign a fisheries deal');
    expect(page.url()).toContain(`read=${encodeURIComponent(JULY_ARTICLE)}`);
    // the two quotes are marked, and the names inside them are links too
    const quotes = await page.locator('.reader-text mark.quote').allTextContents();
    expect(quotes.join('')).toContain('is a partner we trust');
    expect(await page.locator('.reader-text mark.quote .mention').count()).toBeGreaterThan(0);
    const names = await page.locator('.reader-text .mention').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Erik Dahl', 'Luis Ortega', 'Oslo']));
    for (const [width, height] of [
      [1440, 900],
      [1024, 768],
      [390, 844],
    ]) {
      await page.setViewportSize({ width, height });
      await shot(page, `reader-${width}x${height}.png`);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    // only this article: Ruiz (the other article) leaves the graph
    expect(await drawn(page, RUIZ)).toBe(true);
    await page.check('#reader-only');
    await page.waitForFunction(() => location.hash.includes('article='));
    expect(await drawn(page, RUIZ)).toBe(false);
    // a name in the text selects its node
    await page.locator('.reader-text .mention', { hasText: 'Luis Ortega' }).first().click();
    await page.waitForFunction(() => decodeURIComponent(location.hash).includes('person/luis-ortega'));
    expect(await page.locator('#panel .panel-title').textContent()).toBe('Luis Ortega');
    await page.close();
  });

  it('lists the quotes that speak of an entity, newest first, within the period', async () => {
    const CHAD = `${ID}country/chad`;
    const page = await open(`${dated.url}#node=${encodeURIComponent(CHAD)}`);
    const about = page.locator('#panel section.panel-section:has(h3:has-text("Quoted about")) article.card.quote-about');
    await about.first().waitFor();
    // Ruiz's two quotes (the reported one and the direct one) name Chad; Chad's own are not here
    const texts = await about.allTextContents();
    expect(texts).toHaveLength(2);
    expect(texts.join('\n')).toContain('Ana Ruiz: “We will not leave Chad alone in this crisis,”');
    for (const t of texts) expect(t).toContain('2024-03-05 · Spain pledges doctors to Chad');
    await shot(page, 'quoted-about.png');
    // in July nobody spoke of Chad
    const july = await open(`${dated.url}#from=2024-07&to=2024-07&node=${encodeURIComponent(CHAD)}`);
    await july.waitForSelector('#panel:not([hidden]) .panel-title');
    await july.waitForFunction(() => !document.querySelector('#panel-body')?.textContent?.includes('Loading…'));
    expect(await july.locator('article.card.quote-about').count()).toBe(0);
    await Promise.all([page.close(), july.close()]);
  });

  it('finds the path between two entities: drawn, listed, in the URL, cleared by Escape', async () => {
    const SCHOLZ = `${ID}person/olaf-scholz`;
    const page = await open(`${ref.url}#node=${encodeURIComponent(MACRON)}`);
    await page.click('#path-start');
    expect(await page.textContent('#path-bar')).toContain('Path from Emmanuel Macron: choose the other end');
    await searchAndOpen(page, 'Scholz', 'Olaf Scholz');
    const bar = page.locator('#path-bar');
    expect(await bar.textContent()).toMatch(/^Path \(3 steps\): Emmanuel Macron —.+— .+ —.+— .+ —.+— Olaf Scholz/);
    const steps = await bar.locator('button.node-link').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.node!));
    expect(steps[0]).toBe(MACRON);
    expect(steps[3]).toBe(SCHOLZ);
    // every step is drawn and coloured; what is off the path is faded
    for (const n of steps) expect(await colour(page, n), n).not.toBe(FADED_NODE);
    expect(await colour(page, PARIS)).toBe(FADED_NODE);
    for (const [width, height] of [
      [1440, 900],
      [1024, 768],
      [390, 844],
    ]) {
      await page.setViewportSize({ width, height });
      await shot(page, `path-${width}x${height}.png`);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    // the URL reopens it
    expect(page.url()).toContain(`path=${encodeURIComponent(MACRON)}`);
    const again = await open(page.url());
    await again.waitForSelector('#path-bar:not([hidden])');
    expect(await again.textContent('#path-bar')).toContain('3 steps');
    expect(await colour(again, MACRON)).not.toBe(FADED_NODE);
    // Escape drops the path: Scholz stays selected, and Macron, three steps away, fades like any non-neighbour
    await again.keyboard.press('Escape');
    expect(await again.isHidden('#path-bar')).toBe(true);
    expect(await colour(again, MACRON)).toBe(FADED_NODE);
    expect(again.url()).not.toContain('path=');
    await Promise.all([page.close(), again.close()]);
  });

  it('logged no console errors and opened no dialogs', () => {
    expect(problems).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
