// Trains the name recognizer on CoNLL-2003 eng.train and the GUM documents we may train on
// (trainable genres, tune part), with word clusters derived from the news corpus, and writes
// data/models/ner-conll2003.bin (see data/models/README.md). Deterministic: fixed seeds.
// Prints the scores of scripts/ner-data.ts (testa halves, GUM tune / tune unseen / check) at the end.
//
//   npm run train:ner                  # default settings (about 5 minutes on the shared machine)
//   npx tsx scripts/train-ner.ts --gum-holdout --no-save --clusters-from /tmp/clusters.json
//
// Options: --decoder viterbi|greedy, --epochs N, --runs N (runs averaged), --seed N, --caps RATE
// (documents given an upper-cased copy of one sentence as a headline), --title RATE (the same,
// title-cased), --upper RATE (documents added again wholly upper-cased), --gum N (copies of each
// GUM document), --gum-holdout (leave a third of the trainable GUM documents out, to judge a
// change on them), --conll-holdout (leave a third of eng.train out: `eval-ner.ts --pipeline
// --model F` then scores the whole extraction on news the recognizer never learned from), --no-clusters, --clusters-to FILE / --clusters-from FILE (save or reuse the
// cluster table), --cluster-min/--cluster-dims/--cluster-depth, --min-abs W and --decimals D, --min-count N (static features seen in fewer tokens are not trained)
// (pruning and rounding of the saved weights), --places LARGE,SMALL|none (GeoNames population
// tiers), --given-names all|distinct|none (--no-given-names), --train FILE, --out FILE, --no-save, --eval-each.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { tokenize, tokenizeDocument } from '../src/text/tokenize.js';
import { readConll, type ConllDoc } from '../src/extract/ner/conll.js';
import { Gazetteer, ENTITY_TYPES, TITLE_SMALL, makeTag, prepareDoc } from '../src/extract/ner/features.js';
import { DEFAULT_GAZETTEER_OPTIONS, buildGazetteer, type GazetteerOptions } from '../src/extract/ner/gazetteer-build.js';
import { DEFAULT_CLUSTER_OPTIONS, buildClusters } from '../src/extract/ner/clusters-build.js';
import { Trainer, prepareEdges, prepareTrainDoc, trainDoc, trainDocViterbi } from '../src/extract/ner/perceptron.js';
import { compileModel, encodeModel, type ModelFile } from '../src/extract/ner/model-file.js';
import { modelFromFile } from '../src/extract/ner/index.js';
import { conllTrainHeldOut, formatTable, readGum, scoreAll } from './ner-data.js';
import { mulberry32 } from '../src/random.js';

const args = process.argv.slice(2);
const opt = (name: string, def: string): string => {
  const i = args.indexOf('--' + name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : def;
};
const flag = (name: string): boolean => args.includes('--' + name);

const DECODER = opt('decoder', 'viterbi') as 'viterbi' | 'greedy';
const EPOCHS = Number(opt('epochs', '15'));
const SEED = Number(opt('seed', '20030601'));
const MIN_ABS = Number(opt('min-abs', '0.05'));
const DECIMALS = Number(opt('decimals', '2'));
const root = fileURLToPath(new URL('..', import.meta.url));
const trainPath = opt('train', root + '../shared/eval/conll2003/eng.train');
const outPath = opt('out', root + 'data/models/ner-conll2003.bin');
const corpusDir = root + '../shared/corpus/';


/** Spans that do not fall on the project's token boundaries, by data set (reported, then left out). */
const misaligned = new Map<string, number>();

function goldTags(d: ConllDoc, tokens: { start: number; end: number }[], source: string): Int8Array {
  const tags = new Int8Array(tokens.length);
  let k = 0;
  const spans = [...d.spans].sort((a, b) => a.start - b.start);
  for (const s of spans) {
    while (k < tokens.length && tokens[k]!.end <= s.start) k++;
    const first = k;
    let last = first;
    while (last < tokens.length && tokens[last]!.end < s.end) last++;
    if (last >= tokens.length || tokens[first]!.start !== s.start || tokens[last]!.end !== s.end) {
      misaligned.set(source, (misaligned.get(source) ?? 0) + 1);
      continue;
    }
    k = last + 1;
    const type = ENTITY_TYPES.indexOf(s.type);
    if (first === last) tags[first] = makeTag('U', type);
    else {
      tags[first] = makeTag('B', type);
      for (let j = first + 1; j < last; j++) tags[j] = makeTag('I', type);
      tags[last] = makeTag('L', type);
    }
  }
  return tags;
}

/**
 * Robustness to all-caps headlines: puts an upper-cased copy of one of the document's sentences
 * (one that names something) in front of it, as a headline, with its names.
 */
function withCapsHeadline(d: ConllDoc, random: () => number, style: 'upper' | 'title'): ConllDoc {
  const lines: [number, number][] = [];
  let start = 0;
  for (;;) {
    const end = d.text.indexOf('\n', start);
    lines.push([start, end < 0 ? d.text.length : end]);
    if (end < 0) break;
    start = end + 1;
  }
  const candidates = lines.filter(([a, b]) => {
    const line = d.text.slice(a, b);
    return line !== line.toUpperCase() && line.split(' ').length <= 20 && d.spans.some((s) => s.start >= a && s.end <= b);
  });
  if (candidates.length === 0) return d;
  const [a, b] = candidates[Math.floor(random() * candidates.length)]!;
  const line = d.text.slice(a, b);
  const head =
    style === 'upper'
      ? line.toUpperCase()
      : line.replace(/\S+/g, (w) => (TITLE_SMALL.has(w.toLowerCase()) && random() < 0.5 ? w : w[0]!.toUpperCase() + w.slice(1)));
  if (head.length !== b - a) return d;
  const shift = head.length + 1;
  const spans = [
    ...d.spans.filter((s) => s.start >= a && s.end <= b).map((s) => ({ ...s, start: s.start - a, end: s.end - a })),
    ...d.spans.map((s) => ({ ...s, start: s.start + shift, end: s.end + shift })),
  ];
  return { text: head + '\n' + d.text, spans };
}

/**
 * GUM leaves adjectival nationalities ("Swiss", "Mexican artist") untagged where CoNLL-2003 calls
 * them MISC; left as they are, the two data sets would teach opposite things. A capitalised word
 * of the gazetteer's demonym list outside any GUM name becomes MISC, CoNLL's convention.
 */
function withDemonymsAsMisc(d: ConllDoc, demonyms: Set<string>): ConllDoc {
  const spans = [...d.spans];
  for (const m of d.text.matchAll(/\S+/g)) {
    const w = m[0];
    if (!/^[A-Z]/.test(w) || !demonyms.has(w.toLowerCase())) continue;
    const start = m.index;
    const end = start + w.length;
    if (spans.some((s) => s.start < end && start < s.end)) continue;
    spans.push({ start, end, type: 'MISC' });
  }
  return { text: d.text, spans: spans.sort((a, b) => a.start - b.start) };
}

/** Sentences of a text as token strings, split the way the recognizer's tokenizer splits them. */
function* sentenceTokens(text: string): Generator<string[]> {
  const doc = tokenizeDocument(text);
  for (const s of doc.sentences) yield doc.tokens.slice(s.firstToken, s.endToken).map((t) => t.text);
}

/**
 * Text for the word clusters: the news corpus (BBC 2004-05, Reuters 1987) and the text of the
 * training documents, CoNLL and the GUM documents trained on.
 */
function* clusterText(conll: ConllDoc[], gum: ConllDoc[]): Generator<string[]> {
  for (const name of ['bbc', 'reuters']) {
    for (const line of readFileSync(corpusDir + name + '.jsonl', 'utf8').split('\n')) {
      if (line) yield* sentenceTokens((JSON.parse(line) as { text: string }).text);
    }
  }
  for (const d of [...conll, ...gum]) for (const line of d.text.split('\n')) yield tokenize(line).map((t) => t.text);
}

const t0 = Date.now();
const placesOpt = opt('places', '');
const gazOpts: GazetteerOptions = {
  places:
    placesOpt === 'none'
      ? null
      : placesOpt
        ? { large: Number(placesOpt.split(',')[0]), small: Number(placesOpt.split(',')[1]) }
        : DEFAULT_GAZETTEER_OPTIONS.places,
  givenNames: flag('no-given-names') ? 'none' : (opt('given-names', DEFAULT_GAZETTEER_OPTIONS.givenNames) as GazetteerOptions['givenNames']),
};
const gazData = buildGazetteer(gazOpts);
const GUM_COPIES = Number(opt('gum', '3'));
const GUM_HOLDOUT = flag('gum-holdout');
const gumTrain = readGum().filter((g) => g.trainable && !(GUM_HOLDOUT && g.holdout));
const CONLL_HOLDOUT = flag('conll-holdout');
const conllTrain = readConll(trainPath).filter((_, i) => !(CONLL_HOLDOUT && conllTrainHeldOut(i)));
const clusterOpts = {
  ...DEFAULT_CLUSTER_OPTIONS,
  minCount: Number(opt('cluster-min', String(DEFAULT_CLUSTER_OPTIONS.minCount))),
  dims: Number(opt('cluster-dims', String(DEFAULT_CLUSTER_OPTIONS.dims))),
  depth: Number(opt('cluster-depth', String(DEFAULT_CLUSTER_OPTIONS.depth))),
};
let clusters: Record<string, string> = {};
if (flag('no-clusters')) console.log('no word clusters');
else if (opt('clusters-from', '')) clusters = JSON.parse(readFileSync(opt('clusters-from', ''), 'utf8')) as Record<string, string>;
else {
  clusters = Object.fromEntries(buildClusters(clusterText(conllTrain, gumTrain.map((g) => g.doc)), clusterOpts));
  console.log(`${Object.keys(clusters).length} words clustered (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  if (opt('clusters-to', '')) writeFileSync(opt('clusters-to', ''), JSON.stringify(clusters));
}
const tokenizeWords = (s: string): string[] => tokenize(s).map((t) => t.text);
const gaz = Gazetteer.fromLists(gazData, tokenizeWords, clusters);
const trainer = new Trainer();
const CAPS_RATE = Number(opt('caps', '0.5'));
const augRandom = mulberry32(SEED + 1);
const UPPER_RATE = Number(opt('upper', '0.1'));
const upperDocs = conllTrain.filter(() => augRandom() < UPPER_RATE).flatMap((d) => {
  const text = d.text.toUpperCase();
  return text.length === d.text.length ? [{ text, spans: d.spans }] : [];
});
const TITLE_RATE = Number(opt('title', '0.3'));
const demonyms = new Set(gazData.phrases['dem']!.filter((x) => !x.includes(' ')).map((x) => x.toLowerCase()));
const sources: [string, ConllDoc][] = [
  ...conllTrain.map((d): [string, ConllDoc] => {
    const r = augRandom();
    return ['conll', r < CAPS_RATE ? withCapsHeadline(d, augRandom, 'upper') : r < CAPS_RATE + TITLE_RATE ? withCapsHeadline(d, augRandom, 'title') : d];
  }),
  ...upperDocs.map((d): [string, ConllDoc] => ['conll', d]),
  ...Array.from({ length: GUM_COPIES }, () => gumTrain.map((g): [string, ConllDoc] => ['gum', withDemonymsAsMisc(g.doc, demonyms)])).flat(),
];
const trainDocs = sources.map(([source, d]) => {
  const tok = tokenizeDocument(d.text);
  return prepareTrainDoc(trainer, prepareDoc(d.text, tok, gaz), goldTags(d, tok.tokens, source), gaz);
});
// Rare-feature cutoff: a static feature seen in fewer than MIN_COUNT tokens of the distinct training
// documents (GUM copies counted once) is left out of training, so weights cannot memorise one
// document's words (the GUM documents trained on scored 0.95 against 0.74 for unseen ones).
const MIN_COUNT = Number(opt('min-count', '1'));
if (MIN_COUNT > 1) {
  const counts = new Int32Array(trainer.featureCount);
  const firstCopies = sources.length - (GUM_COPIES - 1) * gumTrain.length;
  for (let d = 0; d < firstCopies; d++) for (const id of trainDocs[d]!.feats) counts[id]!++;
  let kept = 0;
  for (const doc of trainDocs) {
    const feats: number[] = [];
    const offsets = new Int32Array(doc.info.n + 1);
    for (let i = 0; i < doc.info.n; i++) {
      offsets[i] = feats.length;
      for (let k = doc.offsets[i]!; k < doc.offsets[i + 1]!; k++) if (counts[doc.feats[k]!]! >= MIN_COUNT) feats.push(doc.feats[k]!);
    }
    offsets[doc.info.n] = feats.length;
    doc.feats = Int32Array.from(feats);
    doc.offsets = offsets;
  }
  counts.forEach((c) => { if (c >= MIN_COUNT) kept++; });
  console.log(`rare-feature cutoff ${MIN_COUNT}: ${kept} of ${counts.length} static features kept`);
}
const edges = DECODER === 'viterbi' ? trainDocs.map((d) => prepareEdges(trainer, d.info)) : [];
console.log(
  `${trainDocs.length} training documents (${gumTrain.length} GUM x ${GUM_COPIES}), ${trainer.featureCount} static features; ` +
    `spans off the token boundaries, left out: ${[...misaligned].map(([k, v]) => `${k} ${v}`).join(', ') || 'none'} (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
);

/** The averaged weights of the runs finished so far, unpruned (see --runs). */
const finished: Record<string, number[]>[] = [];

/**
 * The weights to ship: the mean of the runs' averaged weights (with the current run's when it is
 * unfinished), weights below MIN_ABS dropped, rounded to DECIMALS.
 */
function shippedWeights(): Record<string, number[]> {
  const runs = finished.length ? finished : [trainer.averaged(0, 6)];
  const sums = new Map<string, Float64Array>();
  for (const run of runs) {
    for (const [name, sparse] of Object.entries(run)) {
      let v = sums.get(name);
      if (!v) sums.set(name, (v = new Float64Array(ENTITY_TYPES.length * 4 + 1)));
      for (let k = 0; k < sparse.length; k += 2) v[sparse[k]!]! += sparse[k + 1]! / runs.length;
    }
  }
  const f = 10 ** DECIMALS;
  const out: Record<string, number[]> = {};
  for (const [name, v] of sums) {
    const arr: number[] = [];
    v.forEach((x, t) => {
      const r = Math.round(x * f) / f;
      if (Math.abs(x) >= MIN_ABS && r !== 0) arr.push(t, r);
    });
    if (arr.length) out[name] = arr;
  }
  return out;
}

function makeModel(): ModelFile {
  return {
    format: 'newskg-ner-perceptron',
    version: 1,
    decoder: DECODER,
    tags: ['O', ...ENTITY_TYPES.flatMap((t) => ['B-' + t, 'I-' + t, 'L-' + t, 'U-' + t])],
    gazetteer: gazData,
    clusters,
    weights: shippedWeights(),
  };
}

// Several runs over differently shuffled data, their weights averaged: one run's result depends
// on the order it saw the documents in (long names split or not from one run to the next); the
// mean of a few is steadier.
const RUNS = Number(opt('runs', '2'));
for (let run = 0; run < RUNS; run++) {
if (run > 0) trainer.reset();
const random = mulberry32(SEED + 1000 * run);
const order = trainDocs.map((_, i) => i);
for (let epoch = 1; epoch <= EPOCHS; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  let errors = 0;
  let tokens = 0;
  for (const i of order) {
    errors += DECODER === 'viterbi' ? trainDocViterbi(trainer, trainDocs[i]!, edges[i]!) : trainDoc(trainer, trainDocs[i]!);
    tokens += trainDocs[i]!.info.n;
  }
  let line = `epoch ${epoch}: training token errors ${(100 * errors / tokens).toFixed(2)}% (${((Date.now() - t0) / 1000).toFixed(1)} s)`;
  if (flag('eval-each')) {
    const rows = scoreAll(modelFromFile(makeModel()), { holdout: GUM_HOLDOUT, misses: false });
    line += '  micro F1 ' + rows.map((r) => `${r.name} ${r.part} ${(r.scores.micro.f1 * 100).toFixed(2)}`).join(', ');
  }
  console.log(line);
}
finished.push(trainer.averaged(0, 6));
}

const file = makeModel();
file.meta = {
  trainedOn: `CoNLL-2003 eng.train${CONLL_HOLDOUT ? ' without its held-out third (conll-holdout)' : ''}; GUM ner.conll, trainable genres, tune part${GUM_HOLDOUT ? ' without its held-out third' : ''} (${gumTrain.length} documents, x${GUM_COPIES})`,
  epochs: EPOCHS,
  decoder: DECODER,
  seed: SEED,
  runs: RUNS,
  capsHeadlineRate: CAPS_RATE,
  upperCopiesRate: UPPER_RATE,
  titleHeadlineRate: TITLE_RATE,
  gumCopies: GUM_COPIES,
  gazetteer: gazOpts,
  clusters: flag('no-clusters') ? 'none' : { text: 'BBC 2004-05 and Reuters-21578 corpora, CoNLL eng.train, the GUM documents trained on', ...clusterOpts },
  minAbsWeight: MIN_ABS,
  minFeatureCount: MIN_COUNT,
  decimals: DECIMALS,
};
const rows = scoreAll(modelFromFile(file), { holdout: GUM_HOLDOUT, misses: false });
file.meta['microF1'] = Object.fromEntries(rows.map((r) => [`${r.name} ${r.part}`, Math.round(r.scores.micro.f1 * 10000) / 10000]));
const features = Object.keys(file.weights).length;
console.log(formatTable(rows));
if (!flag('no-save')) {
  mkdirSync(dirname(resolve(outPath)), { recursive: true });
  const bytes = encodeModel(compileModel(file, tokenizeWords), DECIMALS);
  writeFileSync(outPath, bytes);
  console.log(`wrote ${outPath}: ${features} features, ${(bytes.length / 1e6).toFixed(2)} MB`);
} else console.log(`${features} features (not saved)`);
console.log(`total ${((Date.now() - t0) / 1000).toFixed(1)} s`);
