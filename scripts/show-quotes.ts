// Prints the quotes findQuotes returns for a text file (debugging aid).
import { readFileSync } from 'node:fs';
import { tokenizeDocument } from '../src/text/tokenize.js';
import { findQuotes } from '../src/extract/quotes.js';

const text = readFileSync(process.argv[2]!, 'utf8');
const quotes = findQuotes(text, tokenizeDocument(text));
quotes.forEach((q, i) => {
  console.log(`#${i} ${q.kind} cue=${JSON.stringify(q.cue)} speaker=${JSON.stringify(q.speakerText)}${q.continuesFrom !== undefined ? ` continuesFrom=${q.continuesFrom}` : ''}`);
  for (const s of q.segments) console.log(`    | ${JSON.stringify(text.slice(s.start, s.end))}`);
});
