// Sentences and tokens: one line per case, text → expected sentences (or tokens).
import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeDocument } from '../src/text/tokenize.js';
import { firstEndingAfter, firstStartingAtOrAfter } from '../src/text/intervals.js';

const sentences = (text: string) => tokenizeDocument(text).sentences.map((s) => text.slice(s.start, s.end));

const SENTENCES: [string, string, string[]][] = [
  ['terminators', 'He came. She left! Why?', ['He came.', 'She left!', 'Why?']],
  ['closing quote after the period', '“We will win.” Macron said so.', ['“We will win.”', 'Macron said so.']],
  ['title abbreviation', 'Mr. Smith met Dr. Jones.', ['Mr. Smith met Dr. Jones.']],
  ['two office abbreviations before a name', 'The inquiry began when Atty. Gen. Dora Venn wrote to him. He agreed.', ['The inquiry began when Atty. Gen. Dora Venn wrote to him.', 'He agreed.']],
  ['"Sec." before a name', 'By siding with the mayor, Sec. Venn chose a loyal ally.', ['By siding with the mayor, Sec. Venn chose a loyal ally.']],
  ['middle initial', 'James B. Cunningham said it was fine. He left.', ['James B. Cunningham said it was fine.', 'He left.']],
  ['first-name initial', 'Analyst P. Simmons said so. Then he left.', ['Analyst P. Simmons said so.', 'Then he left.']],
  ['all-caps abbreviation', 'ST. LOUIS, March 3 - Prices rose.', ['ST. LOUIS, March 3 - Prices rose.']],
  ['initialism mid-sentence', 'The U.S. will dial back support.', ['The U.S. will dial back support.']],
  ['paragraph break', 'First line\n\nSecond paragraph here.', ['First line', 'Second paragraph here.']],
  ['Reuters indented paragraph', 'It rose 5 pct.\n    The dollar fell.', ['It rose 5 pct.', 'The dollar fell.']],
  ['hard-wrapped line continues', 'The Philippines has received a 300\nmln dlr loan from Japan.', ['The Philippines has received a 300\nmln dlr loan from Japan.']],
  ['capitalised wrapped dateline continues', 'COLOMBO, April 17 - Sri Lanka and the International\nMonetary Fund agreed.', ['COLOMBO, April 17 - Sri Lanka and the International\nMonetary Fund agreed.']],
  ['heading line', 'Big Title Here\nThe body starts here.', ['Big Title Here', 'The body starts here.']],
  ['a company abbreviation before a subject pronoun ends the sentence', 'It was good, said Ann Lee of Norvik Corp. He expects more.', ['It was good, said Ann Lee of Norvik Corp.', 'He expects more.']],
  ['an indented wire paragraph wrapped after a capitalised name continues', 'It rose 5 pct.\n    Trade Board Chairman Ann\nLee told reporters it would fall.', ['It rose 5 pct.', 'Trade Board Chairman Ann\nLee told reporters it would fall.']],
  ['a wire line wrapped after a name\'s dotted initials continues', 'Prices rose, bank chairman J.K.\nHalvorsen told a meeting.', ['Prices rose, bank chairman J.K.\nHalvorsen told a meeting.']],
  ['a wire line wrapped after a dotted abbreviation continues', 'Talks with the U.S.\nTrade Department went on.', ['Talks with the U.S.\nTrade Department went on.']],
  ['an article after a wrapped dotted abbreviation opens a sentence', 'Sales rose in the U.K.\nThe third quarter was weak.', ['Sales rose in the U.K.', 'The third quarter was weak.']],
  ['an indented line after a dotted abbreviation opens a paragraph', 'Sales rose in the U.S.\n    Trade fell.', ['Sales rose in the U.S.', 'Trade fell.']],
  ['decimal number', 'It grew 2.5 percent. Then it fell.', ['It grew 2.5 percent.', 'Then it fell.']],
];

describe('sentences', () => {
  it.each(SENTENCES)('%s', (_name, text, expected) => expect(sentences(text)).toEqual(expected));
});

const TOKENS: [string, string[]][] = [
  ['Poland’s president', ['Poland', '’s', 'president']],
  ["James O'Brien", ['James', "O'Brien"]],
  ['U.S.-led talks', ['U.S.', '-', 'led', 'talks']],
  ['$2.5 billion, 10-year', ['$', '2.5', 'billion', ',', '10-year']],
  ['long-range missiles', ['long-range', 'missiles']],
  ['Mr. Smith', ['Mr.', 'Smith']],
  ['“ruled out”', ['“', 'ruled', 'out', '”']],
  ['🎉 emoji', ['🎉', 'emoji']],
];

describe('tokens', () => {
  it.each(TOKENS)('%s', (text, expected) => {
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(expected);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

// Sorted lookups (src/text/intervals.ts): ranges sorted by start, an offset → the index found.
const RANGES = [{ start: 0, end: 3 }, { start: 4, end: 9 }, { start: 10, end: 12 }];
const LOOKUPS: [string, number, first: number, ending: number][] = [
  ['before everything', -1, 0, 0],
  ['a range’s first character', 4, 1, 1],
  ['inside a range', 5, 2, 1],
  ['in the gap after a range', 9, 2, 2],
  ['past the end', 12, 3, 3],
];

describe('sorted lookups: firstStartingAtOrAfter, firstEndingAfter', () => {
  it.each(LOOKUPS)('%s', (_name, offset, first, ending) => {
    expect(firstStartingAtOrAfter(RANGES, offset)).toBe(first);
    expect(firstEndingAfter(RANGES, offset)).toBe(ending);
  });
  it('an empty array gives 0', () => {
    expect(firstStartingAtOrAfter([], 5)).toBe(0);
    expect(firstEndingAfter([], 5)).toBe(0);
  });
});
