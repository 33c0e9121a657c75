#!/usr/bin/env node
// Builds data/words/common-words.txt, the lowercase English words of the lexicon of the npm package
// wink-eng-lite-web-model 1.8.1 (a devDependency; MIT, (c) GRAYPE Systems): its lexemes of three or
// more letters a-z and the compound indefinite pronouns, one a line, sorted. Entity resolution takes a capitalised word that opens a
// sentence and is none of them as a name ("Hendricks said"; src/extract/entities.ts, loneSubjects);
// one of them may be a common word that opens the sentence ("Officials said").
// Usage: node scripts/build-common-words.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const model = require('wink-eng-lite-web-model/dist/load-core-model.js')();
// (with the compound indefinite pronouns, a closed class the lexicon holds only in part: it lacks "everything")
const indefinites = ['every', 'some', 'any', 'no'].flatMap((d) => ['thing', 'one', 'body', 'where'].map((h) => d + h));
const words = [...new Set([...model.features.lexeme.list.filter((w) => /^[a-z]{3,}$/.test(w)), ...indefinites])].sort();
mkdirSync(new URL('../data/words/', import.meta.url), { recursive: true });
writeFileSync(new URL('../data/words/common-words.txt', import.meta.url), `${words.join('\n')}\n`);
console.log(`${words.length} common words`);
