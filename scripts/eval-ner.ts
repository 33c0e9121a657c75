// Scores the saved name recognizer (data/models/ner-conll2003.json.gz) on CoNLL-2003 eng.testa
// exactly as the project's official scorer does: text = tokens joined by single spaces, sentences
// by "\n", documents split at -DOCSTART-; exact span and type for PER, LOC and ORG; predictions
// overlapping a gold MISC span are ignored. Goes through the public recognizeNames().
//
//   npx tsx scripts/eval-ner.ts [--gold FILE] [--show N]

import { fileURLToPath } from 'node:url';
import { tokenizeDocument } from '../src/text/tokenize.js';
import { readConll } from '../src/extract/ner/conll.js';
import { recognizeNames } from '../src/extract/ner/index.js';
import { formatScores, scoreConll } from '../src/extract/ner/score.js';

const args = process.argv.slice(2);
const opt = (name: string, def: string): string => {
  const i = args.indexOf('--' + name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : def;
};
const root = fileURLToPath(new URL('..', import.meta.url));
const goldPath = opt('gold', root + '../shared/eval/conll2003/eng.testa');
const show = Number(opt('show', '0'));

const docs = readConll(goldPath);
const misses: string[] = [];
const t0 = performance.now();
const scores = scoreConll(docs, (d) => recognizeNames(d.text, tokenizeDocument(d.text)), misses);
const seconds = (performance.now() - t0) / 1000;
console.log(`${docs.length} documents from ${goldPath} (${seconds.toFixed(1)} s, model load included)`);
console.log(formatScores(scores));
for (const m of misses.slice(0, show)) console.log(m);
