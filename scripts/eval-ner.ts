// Scores the name recognizer alone (no entity layer) on CoNLL-2003 eng.testa and GUM NER, each
// in the parts of scripts/splits.mjs, exactly as the team's scorer counts: exact span and type for
// PER, LOC and ORG; predictions overlapping a gold MISC span are ignored. "tune unseen" is the
// GUM tune documents the model did not learn from. Misses are printed for looked-at parts only.
//
//   npx tsx scripts/eval-ner.ts [--model FILE] [--holdout] [--show N] [--set "gum NER:tune unseen"]
//   npx tsx scripts/eval-ner.ts --pipeline [--show N --set "testa tune"|"train held-out"]   the whole extraction's mentions (entity layer
//       over the recognizer) on the testa halves, in process: each document alone, so a few types may
//       differ from the built graph's cross-article ones (`eval.mjs --only CoNLL` stays the reference)

import { modelFromFile, readModelFile, recognizeWith, useNameModel, type NameMention } from '../src/extract/ner/index.js';
import type { ConllDoc } from '../src/extract/ner/conll.js';
import { tokenizeDocument } from '../src/text/tokenize.js';
import { extractArticle } from '../src/extract/index.js';
import { scoreConll } from '../src/extract/ner/score.js';
import { formatTable, readConllTrainHeldOut, readTesta, scoreAll, scoreByGenre } from './ner-data.js';

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
const file = model ? readModelFile(model) : readModelFile();
const m = modelFromFile(file);
if (args.includes('--pipeline')) {
  useNameModel(m);
  const CODES = { Person: 'PER', Country: 'LOC', Place: 'LOC', Organization: 'ORG' } as const;
  const predict = (d: { text: string }): NameMention[] => {
    const x = extractArticle({ id: 'conll', text: d.text, format: 'txt', source: { path: 'conll.txt' } });
    const types = new Map(x.entities.map((e) => [e.key, e.type]));
    return x.mentions.filter((mn) => mn.kind === 'name' || mn.kind === 'alias').flatMap((mn) => {
      const code = CODES[types.get(mn.entity) as keyof typeof CODES];
      return code ? [{ start: mn.span.begin, end: mn.span.end, type: code, text: mn.anchor }] : [];
    });
  };
  const testa = readTesta();
  const misses: string[] = [];
  // eng.train's held-out third is unseen only by a model trained with --conll-holdout
  const heldOut = /conll-holdout/.test(JSON.stringify(file.meta ?? {}));
  const parts: [string, ConllDoc[]][] = [['testa tune', testa.tune], ['testa check', testa.check], ...(heldOut ? [['train held-out', readConllTrainHeldOut()] as [string, ConllDoc[]]] : [])];
  const recognizer = (d: ConllDoc): NameMention[] => recognizeWith(m, d.text, tokenizeDocument(d.text));
  for (const [part, docs] of parts) {
    const alone = scoreConll(docs, recognizer);
    const s = scoreConll(docs, predict, part === which && show ? misses : undefined);
    console.log(`recognizer ${part.padEnd(14)} micro ${alone.micro.f1.toFixed(4)}; pipeline PER ${s.PER.f1.toFixed(3)} LOC ${s.LOC.f1.toFixed(3)} ORG ${s.ORG.f1.toFixed(3)} micro ${s.micro.f1.toFixed(4)}`);
  }
  for (const line of misses.slice(0, show)) console.log(line);
  console.log(`(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  process.exit(0);
}
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
