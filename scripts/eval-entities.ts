// Measures entity resolution in process on the GUM articles set, as ../shared/eval/score.mjs scores
// entities (one node per entity, right type, named by its label), without building a graph:
//
//   npx tsx scripts/eval-entities.ts            F1 of the tune and check parts, and of the untrained genres
//   npx tsx scripts/eval-entities.ts --show     the same, with every miss, spurious and mistyped entity of
//                                               the tune part (the check part is only ever counted)
//   npx tsx scripts/eval-entities.ts --model F  with another recognizer; a model trained with
//                                               --gum-holdout adds "holdout tune": the tune documents
//                                               it never learned from (untrained genres and the held-out
//                                               third), the only tune figure that measures anything
//
// Each article is extracted alone (no cross-article linking), so a label may differ from the built
// graph's in a few cases; `node scripts/eval.mjs --only "gum articles"` stays the reference figure.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractArticle } from '../src/extract/index.js';
import { modelFromFile, readModelFile, useNameModel } from '../src/extract/ner/index.js';
import { readGum } from './ner-data.js';
import { bareName } from './score-text.js';
// @ts-expect-error plain ESM module without types
import { GUM_TRAINABLE_GENRES, gumId, gumPart } from './splits.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const { values } = parseArgs({ options: { show: { type: 'boolean' }, genre: { type: 'string' }, model: { type: 'string' }, unseen: { type: 'boolean' } } });
if (values.model) useNameModel(modelFromFile(readModelFile(values.model)));
// A model whose metadata says it left the held-out third out did not learn from those documents.
const heldOut = values.model && /held-out/.test(JSON.stringify(readModelFile(values.model).meta ?? {}));
const unseenIds = new Set(readGum().filter((d) => d.part === 'tune' && !(d.trainable && !(heldOut && d.holdout))).map((d) => d.id));

interface GoldEntity { label: string; type: string; altTypes?: string[]; aliases?: string[]; optional?: boolean }
interface GoldDoc { id: string; genre: string; text: string; entities: GoldEntity[]; annotated?: string[] }
interface Tally { tp: number; predicted: number; gold: number }

const gum = readFileSync(join(shared, 'eval/gum-dev/gold-articles.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldDoc);
const parts = gumPart(gum) as Map<string, string>;
const blank = (): Tally => ({ tp: 0, predicted: 0, gold: 0 });
const tallies = { tune: blank(), check: blank(), 'untrained tune': blank(), 'untrained check': blank(), 'unseen tune': blank() };
const misses: string[] = [];

for (const g of gum) {
  if (values.genre && g.genre !== values.genre) continue;
  const part = parts.get(gumId(g.id)) as 'tune' | 'check';
  const x = extractArticle({ id: g.id, text: g.text, format: 'txt', source: { path: `${g.id}.txt` } });
  const mentioned = new Set(x.mentions.map((m) => m.entity));
  const preds = x.entities.filter((e) => mentioned.has(e.key) && !e.described);
  const names = new Map(g.entities.map((e) => [e.label, new Set([e.label, ...(e.aliases ?? [])].map(bareName))]));
  const usedP = new Set<number>(), usedG = new Set<number>();
  preds.forEach((p, i) => g.entities.forEach((e, j) => {
    if (usedP.has(i) || usedG.has(j)) return;
    if ([e.type, ...(e.altTypes ?? [])].includes(p.type) && names.get(e.label)!.has(bareName(p.label))) { usedP.add(i); usedG.add(j); }
  }));
  const optionalHits = [...usedG].filter((j) => g.entities[j]!.optional).length;
  const unseen = part === 'tune' && unseenIds.has(g.id);
  const counted = [tallies[part], ...(GUM_TRAINABLE_GENRES.has(g.genre) ? [] : [tallies[`untrained ${part}`]]), ...(unseen ? [tallies['unseen tune']] : [])];
  for (const t of counted) {
    t.tp += usedG.size - optionalHits;
    t.predicted += preds.length - optionalHits;
    t.gold += g.entities.filter((e) => !e.optional).length;
  }
  if (!values.show || part !== 'tune' || (values.unseen && !unseen)) continue;
  const anchors = (key: string) => [...new Set(x.mentions.filter((m) => m.entity === key && m.kind !== 'pronoun').map((m) => m.anchor))].join('|');
  preds.forEach((p, i) => {
    if (usedP.has(i)) return;
    const named = g.entities.find((e) => names.get(e.label)!.has(bareName(p.label)));
    const why = named ? (named.optional ? 'optional-namesake' : `TYPE gold ${named.type}`) : 'spurious';
    misses.push(`${g.id}\t${why}\t${p.type} ${p.label} [${anchors(p.key)}]`);
  });
  g.entities.forEach((e, j) => {
    if (!usedG.has(j) && !e.optional) misses.push(`${g.id}\tmissed\t${e.type} ${e.label} [${(e.aliases ?? []).join('|')}]`);
  });
}

const f = (t: Tally) => {
  const p = t.tp / Math.max(1, t.predicted), r = t.tp / Math.max(1, t.gold);
  return `F1 ${(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3)} (P ${p.toFixed(3)} R ${r.toFixed(3)}; tp ${t.tp} predicted ${t.predicted} gold ${t.gold})`;
};
for (const line of misses) console.log(line);
for (const [name, t] of Object.entries(tallies)) console.log(`${name.padEnd(16)} ${f(t)}`);
