// Unlabelled news to read freely when looking for what extraction misses: the 21,000 BBC and
// Reuters articles of ../shared/corpus, less the articles of pledges-dev.jsonl's "check" part,
// which come from the same files and must stay unread (scripts/splits.mjs).
//
//   node scripts/corpus.mjs --grep "pledged|donat" [--limit 40] [--source bbc|reuters]
// prints matching sentences with their article id; import readCorpus() for your own probes.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { pledgesPart } from './splits.mjs';

const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));

function readJsonl(path) {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
}

/** Ids of the articles nobody may read: the check part of pledges-dev. */
export function unreadableIds(shared = SHARED) {
  const gold = readJsonl(join(shared, 'eval/gold/pledges-dev.jsonl'));
  const parts = pledgesPart(gold);
  return new Set(gold.filter((d) => parts.get(d.id) === 'check').map((d) => d.id));
}

/** The corpus articles one may read ({id, text, title?, category?}), in file order. */
export function readCorpus({ shared = SHARED, sources = ['bbc', 'reuters'] } = {}) {
  const skip = unreadableIds(shared);
  return sources.flatMap((s) => readJsonl(join(shared, `corpus/${s}.jsonl`))).filter((d) => !skip.has(d.id));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, dflt) => {
    const i = process.argv.indexOf(name);
    return i < 0 ? dflt : process.argv[i + 1];
  };
  const re = new RegExp(arg('--grep', '.'), 'i');
  const limit = Number(arg('--limit', '40'));
  const source = arg('--source');
  let shown = 0;
  for (const d of readCorpus(source ? { sources: [source] } : {})) {
    for (const sentence of d.text.split(/(?<=[.!?]["”']?)\s+|\n+/)) {
      if (!re.test(sentence)) continue;
      console.log(`${d.id}\t${sentence.replace(/\s+/g, ' ').trim()}`);
      if (++shown >= limit) process.exit(0);
    }
  }
}
