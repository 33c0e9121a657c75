// Trains the name recognizer on CoNLL-2003 eng.train and writes data/models/ner-conll2003.json.gz.
// Deterministic: documents are shuffled each epoch with a fixed seed. Prints the dev score on
// eng.testa (official scoring: PER/LOC/ORG exact spans, MISC ignored) at the end.
//
//   npm run train                      # default settings (about a minute on one core)
//   npx tsx scripts/train-ner.ts --epochs 12 --no-save --eval-each --misses /tmp/ner-misses.txt
//
// Options: --decoder viterbi|greedy, --epochs N, --seed N, --caps RATE (documents given an
// upper-cased copy of one sentence as a headline), --upper RATE (documents added again wholly
// upper-cased), --min-abs W and --decimals D (pruning and rounding of the saved weights),
// --train FILE, --dev FILE, --out FILE, --no-save.

import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { tokenize, tokenizeDocument } from '../src/text/tokenize.js';
import { readConll, type ConllDoc } from '../src/extract/ner/conll.js';
import { Gazetteer, ENTITY_TYPES, TITLE_SMALL, makeTag, prepareDoc } from '../src/extract/ner/features.js';
import { buildGazetteer } from '../src/extract/ner/gazetteer-build.js';
import { Trainer, prepareEdges, prepareTrainDoc, trainDoc, trainDocViterbi, type ModelFile } from '../src/extract/ner/perceptron.js';
import { modelFromFile, recognizeWith } from '../src/extract/ner/index.js';
import { formatScores, scoreConll } from '../src/extract/ner/score.js';

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
const devPath = opt('dev', root + '../shared/eval/conll2003/eng.testa');
const outPath = opt('out', root + 'data/models/ner-conll2003.json.gz');

/** mulberry32: a small seeded PRNG. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function goldTags(d: ConllDoc, tokens: { start: number; end: number }[]): Int8Array {
  const tags = new Int8Array(tokens.length);
  let k = 0;
  const spans = [...d.spans].sort((a, b) => a.start - b.start);
  for (const s of spans) {
    while (k < tokens.length && tokens[k]!.start < s.start) k++;
    const first = k;
    while (k < tokens.length && tokens[k]!.end <= s.end) k++;
    const last = k - 1;
    if (last < first || tokens[first]!.start !== s.start || tokens[last]!.end !== s.end) throw new Error('misaligned span');
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

const t0 = Date.now();
const gazData = buildGazetteer();
const gaz = new Gazetteer(gazData, (s) => tokenize(s).map((t) => t.text));
const trainer = new Trainer();
const CAPS_RATE = Number(opt('caps', '0.5'));
const augRandom = rng(SEED + 1);
const UPPER_RATE = Number(opt('upper', '0.1'));
const conllTrain = readConll(trainPath);
const upperDocs = conllTrain.filter(() => augRandom() < UPPER_RATE).flatMap((d) => {
  const text = d.text.toUpperCase();
  return text.length === d.text.length ? [{ text, spans: d.spans }] : [];
});
const TITLE_RATE = Number(opt('title', '0.3'));
const trainDocs = [
  ...conllTrain.map((d) => {
    const r = augRandom();
    return r < CAPS_RATE ? withCapsHeadline(d, augRandom, 'upper') : r < CAPS_RATE + TITLE_RATE ? withCapsHeadline(d, augRandom, 'title') : d;
  }),
  ...upperDocs,
].map((d) => {
  const tok = tokenizeDocument(d.text);
  return prepareTrainDoc(trainer, prepareDoc(d.text, tok, gaz), goldTags(d, tok.tokens), gaz);
});
const edges = DECODER === 'viterbi' ? trainDocs.map((d) => prepareEdges(trainer, d.info)) : [];
const devDocs = readConll(devPath);
const devTok = devDocs.map((d) => tokenizeDocument(d.text));
console.log(`${trainDocs.length} training documents, ${trainer.featureCount} static features, ${devDocs.length} dev documents (${((Date.now() - t0) / 1000).toFixed(1)} s)`);

function makeModel(): ModelFile {
  return {
    format: 'newskg-ner-perceptron',
    version: 1,
    decoder: DECODER,
    tags: ['O', ...ENTITY_TYPES.flatMap((t) => ['B-' + t, 'I-' + t, 'L-' + t, 'U-' + t])],
    gazetteer: gazData,
    weights: trainer.averaged(MIN_ABS, DECIMALS),
  };
}

function evaluate(file: ModelFile, misses?: string[]): ReturnType<typeof scoreConll> {
  const m = modelFromFile(file);
  const index = new Map(devDocs.map((d, i) => [d, i]));
  return scoreConll(devDocs, (d) => recognizeWith(m, d.text, devTok[index.get(d)!]!), misses);
}

const random = rng(SEED);
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
  if (flag('eval-each')) line += `  dev micro F1 ${(evaluate(makeModel()).micro.f1 * 100).toFixed(2)}`;
  console.log(line);
}

const file = makeModel();
file.meta = {
  trainedOn: 'CoNLL-2003 eng.train',
  epochs: EPOCHS,
  decoder: DECODER,
  seed: SEED,
  capsHeadlineRate: CAPS_RATE,
  upperCopiesRate: UPPER_RATE,
  titleHeadlineRate: TITLE_RATE,
  minAbsWeight: MIN_ABS,
  decimals: DECIMALS,
};
const misses: string[] = [];
const scores = evaluate(file, misses);
file.meta['devMicroF1'] = Math.round(scores.micro.f1 * 10000) / 10000;
const json = JSON.stringify(file);
if (!flag('no-save')) {
  mkdirSync(new URL('.', 'file://' + outPath), { recursive: true });
  const gz = gzipSync(json, { level: 9 });
  writeFileSync(outPath, gz);
  console.log(`wrote ${outPath}: ${Object.keys(file.weights).length} features, ${(json.length / 1e6).toFixed(1)} MB JSON, ${(gz.length / 1e6).toFixed(2)} MB gzipped`);
} else console.log(`${Object.keys(file.weights).length} features, ${(json.length / 1e6).toFixed(1)} MB JSON (not saved)`);
if (flag('misses')) writeFileSync(opt('misses', '/tmp/ner-misses.txt'), misses.join('\n') + '\n');
console.log('dev (eng.testa):\n' + formatScores(scores));
console.log(`total ${((Date.now() - t0) / 1000).toFixed(1)} s`);
