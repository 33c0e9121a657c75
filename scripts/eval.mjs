#!/usr/bin/env node
// `npm run eval`: runs the team's scorer (../shared/eval/score.mjs) through the real CLI on every
// evaluation set, each split into the part we look at and tune on ("tune"; "train" for PolNeAR
// train, which the attribution model learns from) and the part we only score ("check"), and
// prints both with the gap between them: a check part well below its tune part means rules or
// weights fitted to the examples. The parts come from scripts/splits.mjs.
//
// Options: --only NAME[,NAME] (sets whose name starts so), --limit N (documents per part),
//          --json FILE (also write every metric as JSON), --jobs N (scorer runs at once, default 2),
//          --show N (print up to N misses of each looked-at part; a check part's misses are never
//          printed, so that nobody writes a rule from them), --genres (also each GUM genre on its
//          own, tune and check: the interview genre is Wikinews, the nearest proxy we have for
//          modern Wikinews news, whose GUM conversion is held out).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { GUM_TRAINABLE_GENRES, conllDevPart, gumId, gumPart, pledgesPart, polnearPart } from './splits.mjs';

const run = promisify(execFile);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = join(root, '..', 'shared', 'eval');
const score = join(evalDir, 'score.mjs');
if (!existsSync(score)) {
  console.log(`skipped: ${score} is absent (the team's shared folder sits beside the project)`);
  process.exit(0);
}
const { values } = parseArgs({ options: { limit: { type: 'string' }, only: { type: 'string' }, json: { type: 'string' }, jobs: { type: 'string', default: '2' }, show: { type: 'string' }, genres: { type: 'boolean' } } });
const tmp = mkdtempSync(join(tmpdir(), 'newskg-eval-'));

const readJsonl = (file) => readFileSync(join(evalDir, file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const writeJsonl = (name, docs) => {
  const file = join(tmp, name);
  writeFileSync(file, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  return file;
};
/** CoNLL files as documents: the text after each -DOCSTART- line. */
const conllDocs = (file) => readFileSync(join(evalDir, file), 'utf8').split(/^-DOCSTART-.*\n/m).filter((d) => d.trim());
const writeConll = (name, docs) => {
  const file = join(tmp, name);
  writeFileSync(file, docs.map((d) => `-DOCSTART- -X- -X- O\n${d}`).join(''));
  return file;
};
const byPart = (docs, partOf) => {
  const out = new Map();
  docs.forEach((d, i) => {
    const p = partOf(d, i);
    if (!out.has(p)) out.set(p, []);
    out.get(p).push(d);
  });
  return out;
};

// Each set: a scorer mode and its parts (name → gold file).
function sets() {
  const list = [];
  list.push({ name: 'reference', mode: 'articles', parts: { all: join(evalDir, 'gold/paris-ukraine-conference.json') } });
  list.push({ name: 'dev (5 articles)', mode: 'articles', parts: { all: join(evalDir, 'gold/dev.jsonl') } });

  const pledges = readJsonl('gold/pledges-dev.jsonl');
  const pp = pledgesPart(pledges);
  const pparts = byPart(pledges, (d) => pp.get(d.id));
  list.push({ name: 'pledges-dev', mode: 'articles', parts: { tune: writeJsonl('pledges-tune.jsonl', pparts.get('tune')), check: writeJsonl('pledges-check.jsonl', pparts.get('check')) } });

  // GUM: the trainable genres' tune part trains shipped weights (NER, attribution), so besides the
  // whole set and its two parts, the genres no weights are trained on are reported on their own:
  // there "looked at" was never learned from, and the gap is a fair one.
  const gum = readJsonl('gum-dev/gold-articles.jsonl');
  const gp = gumPart(gum);
  const genreOf = new Map(gum.map((d) => [gumId(d.id), d.genre]));
  const untrained = (d) => !GUM_TRAINABLE_GENRES.has(genreOf.get(gumId(d.id)));
  const gumSets = (name, mode, docs, write) => {
    const parts = byPart(docs, (d) => gp.get(gumId(d.id)));
    list.push({ name, mode, whole: write(`${name}-all`, docs), parts: { tune: write(`${name}-tune`, parts.get('tune')), check: write(`${name}-check`, parts.get('check')) } });
    const other = byPart(docs.filter(untrained), (d) => gp.get(gumId(d.id)));
    list.push({ name: `${name}, untrained genres`, mode, parts: { tune: write(`${name}-u-tune`, other.get('tune')), check: write(`${name}-u-check`, other.get('check')) } });
    if (!values.genres) return;
    for (const genre of [...new Set(docs.map((d) => genreOf.get(gumId(d.id))))].sort()) {
      const mine = byPart(docs.filter((d) => genreOf.get(gumId(d.id)) === genre), (d) => gp.get(gumId(d.id)));
      list.push({ name: `${name}, ${genre}`, mode, parts: { tune: write(`${name}-${genre}-tune`, mine.get('tune') ?? []), check: write(`${name}-${genre}-check`, mine.get('check') ?? []) } });
    }
  };
  const asFile = (writer, ext) => (name, docs) => writer(`${name.replace(/\W+/g, '-')}.${ext}`, docs);
  gumSets('gum articles', 'articles', gum, asFile(writeJsonl, 'jsonl'));
  gumSets('gum attributions', 'polnear', readJsonl('gum-dev/gold-polnear.jsonl'), asFile(writeJsonl, 'jsonl'));
  // ner.conll holds the same documents in the same order as gold-articles.jsonl: give each its id
  const nerDocs = conllDocs('gum-dev/ner.conll').map((text, i) => ({ id: gum[i].id, text }));
  gumSets('gum NER', 'conll', nerDocs, asFile((name, docs) => writeConll(name, docs.map((d) => d.text)), 'conll'));

  const pnTrain = readJsonl('polnear/train.jsonl');
  const pt = polnearPart(pnTrain);
  list.push({
    name: 'PolNeAR', mode: 'polnear',
    parts: { dev: join(evalDir, 'polnear/dev.jsonl'), check: writeJsonl('polnear-check.jsonl', pnTrain.filter((d) => pt.get(d.id) === 'check')) },
  });
  const testa = conllDocs('conll2003/eng.testa');
  const cparts = conllDevPart(testa.length);
  const cp = byPart(testa, (_, i) => cparts[i]);
  list.push({ name: 'CoNLL-2003 testa', mode: 'conll', parts: { tune: writeConll('conll-tune.conll', cp.get('tune')), check: writeConll('conll-check.conll', cp.get('check')) } });
  return list.filter((s) => !values.only || values.only.split(',').some((o) => s.name.toLowerCase().startsWith(o.toLowerCase())));
}

/** The measures each mode reports: [label, metrics → {p, r, f1}]. */
const MEASURES = {
  articles: ['quotes', 'entities', 'roles', 'pledges'].map((k) => [k, (m) => m[k]]),
  polnear: [
    ['triple (loose)', (m) => m.loose.triple],
    ['triple (strict)', (m) => m.strict.triple],
    ['content (loose)', (m) => m.loose.content],
    ['speaker accuracy', (m) => ({ f1: m.loose.speakerAccuracy })],
  ],
  conll: ['PER', 'LOC', 'ORG', 'micro'].map((k) => [k, (m) => m[k]]),
};

const LOOKED_AT = new Set(['all', 'tune', 'train', 'dev']); // never 'check' nor 'whole' (which holds check)

async function scorePart(mode, gold, part) {
  const show = values.show && LOOKED_AT.has(part) ? Number(values.show) : 0;
  const args = [score, mode, '--gold', gold, '--cli', `node ${join(root, 'dist', 'cli', 'main.js')}`];
  args.push(...(show ? ['--show', String(show)] : ['--json']));
  if (values.limit) args.push('--limit', values.limit);
  const t0 = Date.now();
  const { stdout } = await run(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  // the metrics are printed first, as indented JSON ending in a "}" line; then misses, then a headline
  const end = stdout.indexOf('\n}') + 2;
  const misses = show ? stdout.slice(end).trim().split('\n').slice(0, -1) : [];
  return { metrics: JSON.parse(stdout.slice(0, end)), misses, seconds: (Date.now() - t0) / 1000 };
}

/** Runs tasks with at most `n` at once, keeping their order in the result. */
async function pool(tasks, n) {
  const out = new Array(tasks.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(n, tasks.length) }, async () => {
    while (next < tasks.length) {
      const i = next++;
      out[i] = await tasks[i]();
    }
  }));
  return out;
}

try {
  const list = sets();
  const jobs = list.flatMap((s) => [...Object.entries(s.parts), ...(s.whole ? [['whole', s.whole]] : [])].map(([part, gold]) => ({ set: s, part, gold })));
  const results = await pool(jobs.map((j) => () => scorePart(j.set.mode, j.gold, j.part)), Math.max(1, Number(values.jobs)));
  const rows = [];
  const json = {};
  for (const s of list) {
    const parts = Object.keys(s.parts);
    const all = s.whole ? [...parts, 'whole'] : parts;
    const res = Object.fromEntries(all.map((p) => [p, results[jobs.findIndex((j) => j.set === s && j.part === p)]]));
    json[s.name] = Object.fromEntries(all.map((p) => [p, res[p].metrics]));
    for (const [label, pick] of MEASURES[s.mode]) {
      const cells = parts.map((p) => pick(res[p].metrics));
      if (cells.every((c) => c === undefined)) continue; // a kind none of its documents is annotated for
      const fmt = (c) => (c === undefined ? '' : c.p === undefined ? `${c.f1}` : `${c.f1} (P ${c.p} R ${c.r})`);
      const f1s = cells.map((c) => c?.f1).filter((x) => typeof x === 'number');
      const gap = parts.length === 2 && f1s.length === 2 ? (f1s[0] - f1s[1]).toFixed(3) : '';
      const whole = s.whole ? pick(res.whole.metrics) : undefined;
      rows.push([s.name, label, ...[0, 1].map((i) => (parts[i] ? `${parts[i]}: ${fmt(cells[i])}` : '')), gap, whole ? fmt(whole) : '']);
    }
  }
  const header = ['set', 'measure', 'looked at (F1)', 'only scored (F1)', 'gap', 'whole set'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  console.log('\ngap = looked-at F1 minus only-scored F1; parts: scripts/splits.mjs. GUM: the tune part of the trainable');
  console.log('genres trains shipped weights; "untrained genres" are the GUM genres no weights learn from.');
  jobs.forEach((j, i) => {
    if (!results[i].misses.length) return;
    console.log(`\n## misses: ${j.set.name}, ${j.part}`);
    for (const m of results[i].misses) console.log(m);
  });
  if (values.json) writeFileSync(values.json, JSON.stringify(json, null, 1) + '\n');
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
