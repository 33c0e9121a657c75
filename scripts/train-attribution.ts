// Trains the attribution model (src/extract/quotes/model.ts) and writes data/models/attribution.json.
//
// Data, read from ../shared/eval and never copied into the repository: PolNeAR train.jsonl, only
// its "train" part (scripts/splits.mjs polnearPart), and GUM's gold-polnear.jsonl, only the
// documents of the trainable genres in the "tune" part (gumTrainable). Every article goes through
// the real pipeline; each quote candidate it proposes is labelled by matching it to the gold
// attributions the way ../shared/eval/score.mjs does (content characters overlapping ≥ 30 % both
// ways, one-to-one, best first): a candidate is positive when it matches and its speaker mention
// overlaps the gold source (or both have none).
//
// Model: L2-regularised logistic regression over the sparse string features, AdaGrad, documents
// in a seeded order: the same data gives the same bytes. The decision threshold is the log-odds
// that maximises the loose-triple F1 on the training documents.
//
//   npm run train:attribution            # trains, saves, prints the in-process PolNeAR dev score
//   npx tsx scripts/train-attribution.ts --no-save --epochs 8 --l2 1e-5 --misses 40
//
// Options: --epochs N, --min-count N (features seen fewer times are dropped), --rate R, --l2 L, --seed N, --gum-weight W (weight of a GUM example),
// --min-abs W, --decimals D, --no-save, --misses N (print N wrong decisions on PolNeAR dev).

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/types.js';
import { attributionCandidates } from '../src/extract/index.js';
import { AttributionModel, setAttributionModel, type ModelFile } from '../src/extract/quotes/model.js';
import { CodePointIndex } from '../src/text/offsets.js';
import type { QuoteCandidate } from '../src/extract/quotes.js';
// @ts-expect-error plain ESM module without types
import { polnearPart, gumPart, gumTrainable } from './splits.mjs';
import { mulberry32 } from '../src/random.js';

const args = process.argv.slice(2);
const opt = (name: string, def: string): string => {
  const i = args.indexOf('--' + name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : def;
};
const flag = (name: string): boolean => args.includes('--' + name);
const EPOCHS = Number(opt('epochs', '12'));
const RATE = Number(opt('rate', '0.3'));
const L2 = Number(opt('l2', '1e-4'));
const SEED = Number(opt('seed', '20180507'));
const GUM_WEIGHT = Number(opt('gum-weight', '2'));
const MIN_ABS = Number(opt('min-abs', '0.01'));
const DECIMALS = Number(opt('decimals', '3'));
const GUM_SHARE = Number(opt('gum-share', '0.1'));
const MISSES = Number(opt('misses', '0'));
const MIN_COUNT = Number(opt('min-count', '5'));
const root = fileURLToPath(new URL('..', import.meta.url));
const evalDir = root + '../shared/eval/';
const outPath = opt('out', root + 'data/models/attribution.json');

interface GoldQuote { speakerSpan?: [number, number]; contentSpan: [number, number]; contentSegments?: [number, number][]; cueIsSpeechVerb: boolean; content: string; speaker?: string; cue: string }
interface GoldDoc { id: string; text: string; title?: string; genre?: string; publisher?: string; quotes: GoldQuote[] }

const readJsonl = (file: string): GoldDoc[] => readFileSync(evalDir + file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldDoc);


// ---------- matching, as score.mjs polnear does it (code-point character sets)

type CharSet = Set<number>;
const charSet = (ranges: [number, number][]): CharSet => {
  const s = new Set<number>();
  for (const [a, b] of ranges) for (let k = a; k < b; k++) s.add(k);
  return s;
};
const inter = (a: CharSet, b: CharSet): number => {
  let n = 0;
  for (const k of a) if (b.has(k)) n++;
  return n;
};

interface Pred { content: CharSet; speaker: CharSet }
function predOf(q: QuoteCandidate, cp: CodePointIndex): Pred {
  return {
    content: charSet(q.segments.map((r) => { const s = cp.span(r); return [s.begin, s.end] as [number, number]; })),
    speaker: q.speaker ? charSet([[cp.span(q.speaker).begin, cp.span(q.speaker).end]]) : new Set(),
  };
}
interface Gold { content: CharSet; speaker: CharSet; hasSpeaker: boolean; speech: boolean; q: GoldQuote }
const goldOf = (q: GoldQuote): Gold => ({
  content: charSet(q.contentSegments ?? [q.contentSpan]), speaker: charSet(q.speakerSpan ? [q.speakerSpan] : []),
  hasSpeaker: !!q.speakerSpan, speech: q.cueIsSpeechVerb, q,
});

/** One-to-one matches (pred index → gold index), best overlap first. */
function match(preds: Pred[], golds: Gold[], tau = 0.3): Map<number, number> {
  const pairs: [number, number, number][] = [];
  preds.forEach((p, i) => golds.forEach((g, j) => {
    if (p.content.size === 0 || g.content.size === 0) return;
    const o = inter(p.content, g.content);
    if (o / g.content.size >= tau && o / p.content.size >= tau) pairs.push([o / Math.max(p.content.size, g.content.size), i, j]);
  }));
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedP = new Set<number>(), usedG = new Set<number>(), out = new Map<number, number>();
  for (const [, i, j] of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i); usedG.add(j); out.set(i, j);
  }
  return out;
}
const speakerOk = (p: Pred, g: Gold): boolean => (g.hasSpeaker ? inter(p.speaker, g.speaker) > 0 : p.speaker.size === 0);

// ---------- data

function article(d: GoldDoc): Article {
  return { id: d.id, text: d.text, format: 'jsonl', source: { path: d.id } };
}

interface Example { features: string[]; label: boolean; weight: number; /** matched a gold attribution with a verb of saying (counts for recall) */ speech: boolean }
interface DocData { doc: GoldDoc; examples: Example[] }

// ---------- matching, as score.mjs articles mode does it (GUM: content words and the speaker's name)

interface ArticleGold { id: string; text: string; entities: { label: string; aliases?: string[] }[]; quotes: { text: string; speaker: string; speakerAliases?: string[]; optional?: boolean }[] }
const norm = (s: string): string => (s ?? '').normalize('NFKC').replace(/[’‘`´]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
const bareName = (s: string): string => norm(s).replace(/^(the)\s+/, '').replace(/'s$/, '').replace(/[.,;:!?"]+$/g, '');
const wordsOf = (s: string): string[] => norm(s).match(/[\p{L}\p{N}]+/gu) ?? [];
function wordOverlap(a: string[], b: string[]): number {
  const count = new Map<string, number>();
  for (const w of a) count.set(w, (count.get(w) ?? 0) + 1);
  let n = 0;
  for (const w of b) if ((count.get(w) ?? 0) > 0) { n++; count.set(w, count.get(w)! - 1); }
  return n;
}

/** Per candidate: 1 matches a required gold quote with the right speaker, 0 an optional one (no example), -1 nothing. */
function articleLabels(g: ArticleGold, cands: { text: string; speakerName: string }[]): number[] {
  const names = new Map<string, Set<string>>();
  for (const e of g.entities) names.set(e.label, new Set([e.label, ...(e.aliases ?? [])].map(bareName)));
  const isNamed = (label: string, pred: string): boolean => (names.get(label) ?? new Set([bareName(label)])).has(bareName(pred));
  const pairs: [number, number, number][] = [];
  cands.forEach((p, i) => {
    const pw = wordsOf(p.text);
    g.quotes.forEach((q, j) => {
      const gw = wordsOf(q.text), o = wordOverlap(pw, gw);
      if (!(o / gw.length >= 0.5 && o / pw.length >= 0.5)) return;
      if (!(isNamed(q.speaker, p.speakerName) || (q.speakerAliases ?? []).some((a) => bareName(a) === bareName(p.speakerName)))) return;
      pairs.push([o / Math.max(gw.length, pw.length), i, j]);
    });
  });
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const out = cands.map(() => -1);
  const usedG = new Set<number>();
  for (const [, i, j] of pairs) {
    if (out[i] !== -1 || usedG.has(j)) continue;
    usedG.add(j);
    out[i] = g.quotes[j]!.optional ? 0 : 1;
  }
  return out;
}

function labelGumDoc(d: ArticleGold, weight: number): DocData {
  const a: Article = { id: d.id, text: d.text, format: 'jsonl', source: { path: d.id } };
  const first = attributionCandidates(a, () => true);
  const labels = articleLabels(d, first.map((c) => ({ text: c.candidate.text, speakerName: c.speakerName ?? '' })));
  let i = 0;
  const second = attributionCandidates(a, () => labels[i++]! >= 0);
  const examples: Example[] = [];
  second.forEach((c, k) => { if (labels[k] !== 0) examples.push({ features: c.features, label: labels[k] === 1, weight, speech: labels[k] === 1 }); });
  const quotes = d.quotes.filter((q) => !q.optional).map(() => ({ cueIsSpeechVerb: true }) as GoldQuote);
  return { doc: { id: d.id, text: d.text, quotes }, examples };
}

/** Labels by matching all candidates at once (teacher forcing: the judge passes everything, then the labels are read off). */
function labelDoc(d: GoldDoc, weight: number): DocData {
  const cp = new CodePointIndex(d.text);
  const golds = d.quotes.map(goldOf);
  // First pass: every candidate, to learn the labels; second pass: the features with the gold verdicts fed back.
  const first = attributionCandidates(article(d), () => true);
  const preds = first.map((c) => predOf(c.candidate, cp));
  const m = match(preds, golds);
  const labels = preds.map((p, i) => m.has(i) && speakerOk(p, golds[m.get(i)!]!));
  let i = 0;
  const second = attributionCandidates(article(d), () => labels[i++]!);
  return { doc: d, examples: second.map((c, k) => ({ features: c.features, label: labels[k]!, weight, speech: labels[k]! && golds[m.get(k)!]!.speech })) };
}

// ---------- learning

/** Features seen in fewer than MIN_COUNT training examples are dropped: they would only memorise single sentences. */
function pruneRare(docs: DocData[]): void {
  const count = new Map<string, number>();
  for (const d of docs) for (const ex of d.examples) for (const f of ex.features) count.set(f, (count.get(f) ?? 0) + 1);
  for (const d of docs) for (const ex of d.examples) ex.features = ex.features.filter((f) => count.get(f)! >= MIN_COUNT);
}

function train(docs: DocData[]): Map<string, number> {
  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  const random = mulberry32(SEED);
  const examples = docs.flatMap((d) => d.examples);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let loss = 0;
    for (const idx of order) {
      const ex = examples[idx]!;
      let z = 0;
      for (const f of ex.features) z += w.get(f) ?? 0;
      const p = 1 / (1 + Math.exp(-z));
      const y = ex.label ? 1 : 0;
      loss -= ex.weight * (y ? Math.log(p + 1e-12) : Math.log(1 - p + 1e-12));
      const grad = ex.weight * (p - y);
      for (const f of ex.features) {
        const wf = w.get(f) ?? 0;
        const g = grad + L2 * wf;
        const acc = (g2.get(f) ?? 0) + g * g;
        g2.set(f, acc);
        w.set(f, wf - (RATE * g) / Math.sqrt(acc + 1e-8));
      }
    }
    if (epoch === EPOCHS - 1) console.log(`epoch ${epoch + 1}: loss ${(loss / examples.length).toFixed(4)}`);
  }
  return w;
}

// ---------- evaluation (in process, as score.mjs polnear: loose triple, recall over speech-verb attributions)

interface Tally { pred: number; tripleP: number; tripleR: number; gold: number; withSource: number; speakerOk: number }
const tally = (): Tally => ({ pred: 0, tripleP: 0, tripleR: 0, gold: 0, withSource: 0, speakerOk: 0 });
function scoreDoc(t: Tally, d: GoldDoc, kept: QuoteCandidate[], misses?: string[]): void {
  const cp = new CodePointIndex(d.text);
  const golds = d.quotes.map(goldOf);
  const preds = kept.map((q) => predOf(q, cp));
  const m = match(preds, golds);
  t.pred += preds.length;
  t.gold += golds.filter((g) => g.speech).length;
  for (const [i, j] of m) {
    const ok = speakerOk(preds[i]!, golds[j]!);
    if (ok) t.tripleP++;
    if (ok && golds[j]!.speech) t.tripleR++;
    if (golds[j]!.hasSpeaker) { t.withSource++; if (ok) t.speakerOk++; }
  }
  if (misses) {
    kept.forEach((q, i) => {
      const j = m.get(i);
      if (j === undefined) misses.push(`spurious [${q.rule} ${q.speakerText ?? '-'} | ${q.cue}] ${q.text.slice(0, 90)}`);
      else if (!speakerOk(preds[i]!, golds[j]!)) misses.push(`speaker [${q.speakerText ?? '-'} ≠ ${golds[j]!.q.speaker} | ${q.cue}] ${q.text.slice(0, 80)}`);
    });
    const matched = new Set(m.values());
    golds.forEach((g, j) => { if (!matched.has(j) && g.speech) misses.push(`missed [${g.q.speaker ?? '-'} | ${g.q.cue}] ${g.q.content.slice(0, 90)}`); });
  }
}
const f1 = (t: Tally): string => {
  const p = t.tripleP / Math.max(1, t.pred), r = t.tripleR / Math.max(1, t.gold);
  return `triple F1 ${((2 * p * r) / Math.max(1e-9, p + r)).toFixed(3)} (P ${p.toFixed(3)} R ${r.toFixed(3)}) speaker ${(t.speakerOk / Math.max(1, t.withSource)).toFixed(3)} [${t.pred} predicted]`;
};

/** Candidates the model drops that would have been right (looked-at documents only). */
function rejectedTrue(docs: GoldDoc[], model: AttributionModel, n: number): void {
  const out: string[] = [];
  for (const d of docs) {
    const cp = new CodePointIndex(d.text);
    const golds = d.quotes.map(goldOf);
    const all = attributionCandidates(article(d), () => true);
    const preds = all.map((c) => predOf(c.candidate, cp));
    const m = match(preds, golds);
    all.forEach((c, i) => {
      const ok = m.has(i) && speakerOk(preds[i]!, golds[m.get(i)!]!);
      const z = model.score(c.features);
      if (ok && z < model.threshold) out.push(`dropped-true ${z.toFixed(2)} [${c.candidate.rule} ${c.candidate.speakerText ?? '-'} | ${c.candidate.cue}] ${c.candidate.text.slice(0, 70)}`);
      if (!ok && z >= model.threshold) out.push(`kept-false ${z.toFixed(2)} [${c.candidate.rule} ${c.candidate.speakerText ?? '-'} | ${c.candidate.cue}] ${c.candidate.text.slice(0, 70)}`);
    });
  }
  for (const l of out.slice(0, n)) console.log('  ' + l);
}

function evaluate(name: string, docs: GoldDoc[], model: AttributionModel | null, misses = 0): void {
  const t = tally();
  const list: string[] = [];
  for (const d of docs) {
    const kept = attributionCandidates(article(d), model ? (_q, f) => model.accepts(f) : () => true).filter((c) => c.kept).map((c) => c.candidate);
    scoreDoc(t, d, kept, misses ? list : undefined);
  }
  console.log(`${name}: ${f1(t)}`);
  for (const l of list.slice(0, misses)) console.log('  ' + l);
}

/** The threshold (log-odds) maximising loose-triple F1 over the training examples, greedily per example. */
function bestThreshold(docs: DocData[], w: Map<string, number>): number {
  const scored: [number, boolean, number, boolean][] = [];
  let gold = 0;
  for (const d of docs) {
    gold += d.doc.quotes.filter((q) => q.cueIsSpeechVerb).length * d.examples[0]!.weight;
    for (const ex of d.examples) {
      let z = 0;
      for (const f of ex.features) z += w.get(f) ?? 0;
      scored.push([z, ex.label, ex.weight, ex.speech]);
    }
  }
  scored.sort((a, b) => b[0] - a[0]);
  let tp = 0, tpSpeech = 0, n = 0, best = 0, bestT = 0;
  for (const [z, y, wt, speech] of scored) {
    n += wt;
    if (y) tp += wt;
    if (speech) tpSpeech += wt;
    const p = tp / n, r = tpSpeech / gold;
    const f = (2 * p * r) / (p + r || 1);
    if (f > best) { best = f; bestT = z; }
  }
  return Math.round(bestT * 1000) / 1000;
}

/**
 * The threshold (log-odds) maximising the mean of two held-out F1s: loose triple on the PolNeAR
 * documents and articles-style quote F1 on the GUM documents (each document scored by the fold
 * model that did not see it). Either alone would pick a threshold for its own metric only.
 */
function bestThresholdFolds(docs: DocData[], ws: Map<string, number>[]): number {
  type Row = { z: number; y: boolean; speech: boolean; gum: boolean };
  const rows: Row[] = [];
  const gold = { pn: 0, gum: 0 };
  docs.forEach((d, i) => {
    const w = ws[i % ws.length]!;
    const gum = d.doc.id.startsWith('GUM');
    gold[gum ? 'gum' : 'pn'] += d.doc.quotes.filter((q) => q.cueIsSpeechVerb).length;
    for (const ex of d.examples) {
      let z = 0;
      for (const f of ex.features) z += w.get(f) ?? 0;
      rows.push({ z, y: ex.label, speech: ex.speech, gum });
    }
  });
  rows.sort((a, b) => b.z - a.z);
  const c = { pn: { n: 0, tp: 0, tps: 0 }, gum: { n: 0, tp: 0, tps: 0 } };
  const fOf = (k: 'pn' | 'gum'): number => {
    const p = c[k].tp / Math.max(1, c[k].n), r = c[k].tps / Math.max(1, gold[k]);
    return (2 * p * r) / (p + r || 1);
  };
  // The objective on a grid of thresholds (high to low), then smoothed over ±0.25 log-odds: the raw
  // maximum sits on a noisy plateau and would move from one retraining to the next.
  const STEP = 0.05, LO = -3, HI = 2;
  const grid: number[] = [];
  let i = 0;
  for (let t = HI; t >= LO - 1e-9; t -= STEP) {
    while (i < rows.length && rows[i]!.z >= t) {
      const row = rows[i++]!;
      const k = row.gum ? 'gum' : 'pn';
      c[k].n++;
      if (row.y) c[k].tp++;
      if (row.speech) c[k].tps++;
    }
    grid.push((1 - GUM_SHARE) * fOf('pn') + GUM_SHARE * fOf('gum'));
    if (flag('curve') && grid.length % 5 === 1) console.log(`  z ${t.toFixed(2)} PolNeAR F ${fOf('pn').toFixed(3)} GUM F ${fOf('gum').toFixed(3)} [${c.pn.n} ${c.gum.n}]`);
  }
  const W = 5;
  let best = -1, bestT = 0;
  grid.forEach((_, g) => {
    const win = grid.slice(Math.max(0, g - W), g + W + 1);
    const f = win.reduce((a, b) => a + b, 0) / win.length;
    if (f > best + 1e-12) { best = f; bestT = HI - g * STEP; }
  });
  console.log(`held-out folds: best smoothed objective ${best.toFixed(3)} at log-odds ${bestT.toFixed(2)}`);
  return Math.round(bestT * 100) / 100;
}

// ---------- main

const t0 = Date.now();
const pnAll = readJsonl('polnear/train.jsonl');
const pnParts: Map<string, string> = polnearPart(pnAll);
const pnTrain = pnAll.filter((d) => pnParts.get(d.id) === 'train');
const gumArticles = readJsonl('gum-dev/gold-articles.jsonl');
const gumParts: Map<string, string> = gumPart(gumArticles);
const gumTrain = (gumArticles as unknown as (ArticleGold & { genre: string; annotated?: string[] })[]).filter((d) => gumTrainable(d, gumParts) && (d.annotated ?? []).includes('quotes'));
console.log(`data: PolNeAR train part ${pnTrain.length} documents, GUM trainable tune part ${gumTrain.length} documents`);

const gumData = gumTrain.map((d) => labelGumDoc(d, GUM_WEIGHT));
if (flag("debug")) for (const g of gumData) console.log(g.doc.id, g.examples.length);
console.log(`GUM: ${gumData.reduce((s, d) => s + d.examples.length, 0)} examples, ${gumData.reduce((s, d) => s + d.examples.filter((e) => e.label).length, 0)} positive`);
const data = [...pnTrain.map((d) => labelDoc(d, 1)), ...gumData].filter((d) => d.examples.length > 0);
pruneRare(data);
const nEx = data.reduce((s, d) => s + d.examples.length, 0);
const nPos = data.reduce((s, d) => s + d.examples.filter((e) => e.label).length, 0);
console.log(`examples: ${nEx} candidates, ${nPos} positive (${((Date.now() - t0) / 1000).toFixed(1)} s)`);

// The threshold is chosen on held-out folds (a model scores its own training data too confidently).
const FOLDS = Number(opt('folds', '4'));
const foldScores: DocData[] = [];
const foldWeights: Map<string, number>[] = [];
for (let k = 0; k < FOLDS; k++) foldWeights.push(train(data.filter((_, i) => i % FOLDS !== k)));
const threshold = FOLDS > 1 ? bestThresholdFolds(data, foldWeights) : 0;
const w = train(data);
const weights: Record<string, number> = {};
const scale = 10 ** DECIMALS;
for (const f of [...w.keys()].sort()) {
  const v = Math.round(w.get(f)! * scale) / scale;
  if (Math.abs(v) >= MIN_ABS) weights[f] = v;
}
const file: ModelFile = {
  format: 'newskg-attribution-logistic', version: 1, threshold, weights,
  meta: {
    data: `PolNeAR train.jsonl "train" part (${pnTrain.length} documents) and GUM gold-articles trainable quote genres, "tune" part (${gumTrain.length} documents, weight ${GUM_WEIGHT})`,
    examples: nEx, positives: nPos, epochs: EPOCHS, rate: RATE, l2: L2, seed: SEED,
  },
};
const model = new AttributionModel(file);
console.log(`trained in ${((Date.now() - t0) / 1000).toFixed(1)} s; ${Object.keys(weights).length} weights, threshold ${threshold}`);

setAttributionModel(null);
evaluate('PolNeAR dev, rules only', readJsonl('polnear/dev.jsonl'), null, Number(opt('rule-misses', '0')));
setAttributionModel(model);
evaluate('PolNeAR dev, rules + model', readJsonl('polnear/dev.jsonl'), model, MISSES);
if (opt('rejected', '')) rejectedTrue(readJsonl('polnear/dev.jsonl'), model, Number(opt('rejected', '0')));
/** Articles-mode quote F1 (as score.mjs: words and speaker names) over gold documents in the articles format. */
function evaluateArticles(name: string, docs: ArticleGold[], judge: (f: string[]) => boolean, misses?: string[]): string {
  let tp = 0, pred = 0, gold = 0;
  for (const d of docs) {
    const a: Article = { id: d.id, text: d.text, format: 'jsonl', source: { path: d.id } };
    const all = attributionCandidates(a, (_q, f) => judge(f));
    const kept = all.filter((c) => c.kept);
    const labels = articleLabels(d, kept.map((c) => ({ text: c.candidate.text, speakerName: c.speakerName ?? '' })));
    if (misses) {
      const allLabels = articleLabels(d, all.map((c) => ({ text: c.candidate.text, speakerName: c.speakerName ?? '' })));
      all.forEach((c, i) => {
        const tag = c.kept ? (allLabels[i] === -1 ? 'SPURIOUS' : allLabels[i] === 1 ? 'ok' : 'opt') : allLabels[i] === 1 ? 'REJECTED-TRUE' : 'rejected';
        if (tag !== 'ok' && tag !== 'rejected' && tag !== 'opt') misses.push(`${d.id} ${tag} [${c.candidate.rule} ${c.speakerName ?? '-'} <${c.candidate.speakerText ?? ''}> | ${c.candidate.cue}] ${c.candidate.text.slice(0, 80)}`);
      });
      const found = new Set(labels.map((l, i) => (l === 1 ? i : -1)));
      void found;
      d.quotes.forEach((q) => { if (!q.optional) misses.push(`${d.id} gold [${q.speaker}] ${q.text.slice(0, 80)}`); });
    }
    tp += labels.filter((l) => l === 1).length;
    pred += labels.filter((l) => l !== 0).length;
    gold += d.quotes.filter((q) => !q.optional).length;
  }
  const p = tp / Math.max(1, pred), r = tp / Math.max(1, gold);
  return `${name}: quotes F1 ${((2 * p * r) / Math.max(1e-9, p + r)).toFixed(3)} (P ${p.toFixed(3)} R ${r.toFixed(3)})`;
}
const gumArticlesTune = (gumArticles as unknown as (ArticleGold & { annotated?: string[] })[]).filter((d) => gumParts.get(d.id) === 'tune' && (d.annotated ?? []).includes('quotes'));
const devArticles = readFileSync(evalDir + 'gold/dev.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as ArticleGold);
console.log(evaluateArticles('GUM articles tune, rules only', gumArticlesTune, () => true));
console.log(evaluateArticles('dev articles, rules only', devArticles, () => true));
if (flag('gum-show')) {
  const list: string[] = [];
  evaluateArticles('GUM articles tune', gumArticlesTune, (f) => model.accepts(f), list);
  writeFileSync(opt('gum-show-file', '/tmp/qh/gum-articles-misses.txt'), list.join('\n') + '\n');
}
for (const t of (opt('sweep', '') ? opt('sweep', '').split(',').map(Number) : [model.threshold])) {
  console.log(`threshold ${t}: ` + evaluateArticles('GUM articles tune', gumArticlesTune, (f) => model.score(f) >= t) + ' · ' + evaluateArticles('dev', devArticles, (f) => model.score(f) >= t));
  const m2 = new AttributionModel({ ...file, threshold: t });
  evaluate(`  PolNeAR dev at ${t}`, readJsonl('polnear/dev.jsonl'), m2);
}
const gumTune = readJsonl('gum-dev/gold-polnear.jsonl').filter((d) => gumParts.get(d.id.replace(/^gum:/, '')) === 'tune');
evaluate('GUM tune (all quote genres), rules only', gumTune, null);
evaluate('GUM tune (all quote genres), rules + model', gumTune, model, Number(opt('gum-misses', '0')));
if (!flag('no-save')) {
  // one weight a line, so that a retrained model diffs readably
  const { weights: ws, ...head } = file;
  const body = Object.keys(ws).map((k) => `  ${JSON.stringify(k)}: ${ws[k]}`).join(',\n');
  writeFileSync(outPath, JSON.stringify(head, null, 1).replace(/\n}$/, `,\n "weights": {\n${body}\n }\n}\n`));
  console.log(`wrote ${outPath}`);
}
