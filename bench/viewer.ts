// The viewer's speed in headless Chromium (SwiftShader WebGL, so a lower bound for a real GPU):
// time from navigation to the first render (the default view's data fetched, built and drawn),
// to the whole graph taken in after it (search, filters and panels over every actor), and frames per second while the camera pans (requestAnimationFrame
// frames counted while playwright drags the stage), the time one hover takes to redraw, and the
// layout's quality (mean edge length / mean random-pair distance of what is shown: 1 is random),
// for the reference graph and the BBC corpus.
// Usage: npm run bench:viewer [-- --corpus ../shared/corpus/bbc.jsonl] [--pan-seconds 4]
//        (a prebuilt graph works too: --corpus /tmp/bbc.nq)
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { HAVE_CHROMIUM, launch } from '../test/browser/chromium.js';
import { CLI, ROOT, buildViewer, serve } from '../test/browser/serve.js';

const { values } = parseArgs({
  options: { corpus: { type: 'string', default: join(ROOT, '..', 'shared', 'corpus', 'bbc.jsonl') }, 'pan-seconds': { type: 'string', default: '4' } },
  strict: false,
});
const corpus = String(values.corpus);
const panSeconds = Number(values['pan-seconds']) || 4;

if (!HAVE_CHROMIUM) {
  console.log('skipped: no Chromium at /usr/bin/chromium (apt-get install -y chromium)');
  process.exit(0);
}
if (!existsSync(CLI)) {
  console.log('skipped: dist/cli/main.js is missing (npm run build)');
  process.exit(0);
}

interface Result {
  name: string;
  nodes: number;
  edges: number;
  dataMs: number;
  renderMs: number;
  wholeMs: number;
  wallMs: number;
  fps: number;
  frames: number;
  /** Nodes and edges drawn (the default view shows the strongest part of the graph). */
  shownNodes?: number;
  shownEdges?: number;
  quality?: number;
  hoverMs?: number;
}

/** Hover on the strongest drawn node, timed (sigma redraws synchronously in refresh()). */
const HOVER = `(() => {
  const h = window.__newskg;
  const g = h.shown ?? h.graph;
  let best, most = -1;
  g.forEachNode((n) => { const d = g.degree(n); if (d > most) { most = d; best = n; } });
  const t0 = performance.now();
  h.renderer.emit('enterNode', { node: best });
  const ms = performance.now() - t0;
  h.renderer.emit('leaveNode', { node: best });
  return ms;
})()`;

/** Frames per second while the mouse drags the stage back and forth for `seconds`. */
async function panFps(page: Page, seconds: number): Promise<{ fps: number; frames: number }> {
  const box = (await page.locator('#graph').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  // a string, not a function: tsx would wrap named arrows in a helper the page does not have
  await page.evaluate(`(() => {
    window.__frames = 0;
    window.__counting = true;
    const tick = () => { if (!window.__counting) return; window.__frames++; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const t0 = Date.now();
  let i = 0;
  while (Date.now() - t0 < seconds * 1000) {
    // a slow circle, so the camera keeps moving and the graph stays in view
    const a = (i++ * Math.PI) / 30;
    await page.mouse.move(cx + Math.cos(a) * 150, cy + Math.sin(a) * 100);
  }
  const elapsed = (Date.now() - t0) / 1000;
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number; __counting: boolean };
    w.__counting = false;
    return w.__frames;
  });
  return { fps: frames / elapsed, frames };
}

async function measure(name: string, url: string): Promise<Result> {
  const browser = await launch({ width: 1400, height: 900 });
  try {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const t0 = Date.now();
    await page.goto(url);
    await page.waitForSelector('body[data-state="ready"], body[data-state="error"]', { timeout: 600_000 });
    const wallMs = Date.now() - t0;
    if ((await page.getAttribute('body', 'data-state')) !== 'ready') throw new Error(`${name}: the viewer failed: ${await page.textContent('#status')} ${errors.join('; ')}`);
    // large graphs run ForceAtlas2 for a few seconds after the first render: pan once it is done
    await page.waitForFunction(() => !window.__newskg!.layoutRunning(), undefined, { timeout: 120_000 });
    await page.waitForTimeout(1000);
    const info = await page.evaluate(() => {
      const h = window.__newskg!;
      return { nodes: h.graph.order, edges: h.graph.size, timings: h.timings };
    });
    const shown = (await page.evaluate(`(() => { const h = window.__newskg; return h.shown ? { nodes: h.shown.order, edges: h.shown.size, quality: h.layoutQuality?.() } : {}; })()`)) as { nodes?: number; edges?: number; quality?: number };
    const hoverMs = (await page.evaluate(HOVER)) as number;
    const { fps, frames } = await panFps(page, panSeconds);
    return { name, nodes: info.nodes, edges: info.edges, dataMs: info.timings.dataLoaded, renderMs: info.timings.firstRender, wholeMs: info.timings.whole ?? info.timings.firstRender, wallMs, fps, frames, shownNodes: shown.nodes, shownEdges: shown.edges, quality: shown.quality, hoverMs };
  } finally {
    await browser.close();
  }
}

const work = mkdtempSync(join(tmpdir(), 'newskg-bench-viewer-'));
const viewer = join(work, 'viewer');
buildViewer(viewer);
const results: Result[] = [];
try {
  const ref = await serve(['data/articles', '--viewer', viewer, '--quiet']);
  try {
    results.push(await measure('reference article', ref.url));
  } finally {
    await ref.stop();
  }
  if (existsSync(corpus)) {
    const t0 = Date.now();
    const bbc = await serve([corpus, '--viewer', viewer, '--quiet', '--timeout', '60'], { timeoutMs: 900_000 });
    console.log(`(BBC server: built and loaded ${corpus} in ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    try {
      results.push(await measure('BBC corpus', bbc.url));
    } finally {
      await bbc.stop();
    }
  } else {
    console.log(`(BBC skipped: ${corpus} is absent)`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(`\nheadless Chromium ${'(SwiftShader WebGL)'}, 1400×900, panning for ${panSeconds} s`);
console.log('graph              | nodes  | edges  | drawn (nodes/edges) | data fetched | first render      | whole graph in    | wall (goto→ready) | pan FPS           | hover    | layout quality');
console.log('-------------------+--------+--------+---------------------+--------------+-------------------+-------------------+-------------------+-------------------+----------+---------------');
for (const r of results) {
  const ms = (x: number) => `${(x / 1000).toFixed(2)} s`;
  console.log(
    [
      r.name.padEnd(18),
      String(r.nodes).padStart(6),
      String(r.edges).padStart(6),
      (r.shownNodes === undefined ? 'all' : `${r.shownNodes} / ${r.shownEdges}`).padStart(19),
      ms(r.dataMs).padStart(12),
      ms(r.renderMs).padStart(17),
      ms(r.wholeMs).padStart(17),
      ms(r.wallMs).padStart(17),
      `${r.fps.toFixed(1)} (${r.frames} frames)`.padEnd(17),
      `${r.hoverMs?.toFixed(0) ?? '?'} ms`.padStart(8),
      r.quality === undefined ? '?' : r.quality.toFixed(2),
    ].join(' | '),
  );
}
console.log(`(load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores: the numbers move with it)`);
