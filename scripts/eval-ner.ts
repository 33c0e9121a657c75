// Scores the name recognizer alone (no entity layer) on CoNLL-2003 eng.testa and GUM NER, each
// in the parts of scripts/splits.mjs, exactly as the team's scorer counts: exact span and type for
// PER, LOC and ORG; predictions overlapping a gold MISC span are ignored. "tune unseen" is the
// GUM tune documents the model did not learn from. Misses are printed for looked-at parts only.
//
//   npx tsx scripts/eval-ner.ts [--model FILE] [--holdout] [--show N] [--set "gum NER:tune unseen"]

import { modelFromFile, readModelFile } from '../src/extract/ner/index.js';
import { formatTable, scoreAll, scoreByGenre } from './ner-data.js';

const args = process.argv.slice(2);
const opt = (name: string, def: string): string => {
  const i = args.indexOf('--' + name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : def;
};
const show = Number(opt('show', '0'));
const model = opt('model', '');
const which = opt('set', 'gum NER:tune unseen');
const genre = opt('genre', '');

const t0 = performance.now();
const m = modelFromFile(model ? readModelFile(model) : readModelFile());
const rows = scoreAll(m, { holdout: args.includes('--holdout'), misses: show > 0, genre });
console.log(formatTable(rows));
console.log(`(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
if (show > 0) {
  const row = rows.find((r) => `${r.name}:${r.part}` === which);
  for (const line of (row?.misses ?? []).slice(0, show)) console.log(line);
}
if (args.includes('--genres')) {
  for (const part of ['tune unseen', 'check'] as const) {
    console.log(`gum NER ${part}, by genre (micro F1, gold names):`);
    for (const [genre, s] of scoreByGenre(m, part, args.includes('--holdout'))) console.log(`  ${genre.padEnd(13)} ${s.micro.f1.toFixed(3)}  (${s.micro.gold})`);
  }
}
