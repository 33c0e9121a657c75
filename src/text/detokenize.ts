// Reads text that was written out from a list of tokens ("Japan 's $ 10 million grant , he said .",
// as NLP datasets such as CoNLL or RAMS give it) as the sentence it was cut from, so every
// rule and model of the extract stage sees ordinary prose. The view only removes the spaces
// a tokenizer inserted (and writes PTB's `` '' as curly quotes); `toOriginal` maps each of its
// offsets back to the text, so spans still point into the article as given.

import type { Range } from '../types.js';
import { abbreviationLike } from './tokenize.js';

/** A detokenized reading of a text, with the way back to the text's own offsets. */
export interface TokenizedView {
  text: string;
  /** For each UTF-16 offset of the view (and its end), the offset in the original text. */
  toOriginal: Int32Array;
}

// A punctuation mark or clitic set off by spaces on both sides (or a line end): " , " " . " " 's ".
const SPACED_MARK = /[^\s] (?:[,.;:!?]|'s|n't)(?=\s|$)/gm;
// The same marks written against their word, the way prose has them: "word, " "word. ".
// A period counts only after a lowercase word, since a tokenizer leaves abbreviations whole ("U.S.", "Inc.", "No.").
const ATTACHED_MARK = /[a-z\]'")][,;:!?](?=\s)|(?<![A-Za-z])[a-z]{3,}\.(?=\s|$)/gm;

/**
 * True when the text reads as tokens joined by spaces: its commas and sentence ends stand apart
 * from their words far more often than against them. Prose almost never writes " , ".
 */
export function looksTokenized(text: string): boolean {
  let spaced = 0;
  for (const _ of text.matchAll(SPACED_MARK)) spaced++;
  if (spaced === 0) return false;
  let attached = 0;
  for (const _ of text.matchAll(ATTACHED_MARK)) attached++;
  // One sentence may have a single spaced mark ("Japan pledged $ 10 million ."), and none against its word.
  return spaced === 1 ? attached === 0 : spaced >= 4 * attached;
}

// Clitics a tokenizer splits off their word: "Japan 's", "did n't", "ca n't", "they 're".
const CLITIC = /^(?:'s|'re|'ll|'ve|'m|'d|n't|’s|’re|’ll|’ve|’m|’d|n’t)$/i;
const CLOSING_MARK = /^(?:[,.;:!?%)\]}]|\.\.\.|…)$/;
const OPENING_MARK = /^[(\[{]$/;
const CURRENCY = /^(?:[$£€¥]|US\$|A\$|C\$|HK\$)$/;

/**
 * Which straight double quotes open a quotation, by offset. They alternate within a paragraph
 * (a blank or an indented line starts one), except where a paragraph has an odd number of them:
 * news then often reopens a quotation at a new sentence without closing the last ("... policies .
 * " As long as ... it . "", its paragraph break lost), so a mark after a sentence end and before a
 * capital opens when that leaves the rest paired.
 */
function openingQuotes(text: string): Set<number> {
  const opening = new Set<number>();
  const paragraphs = text.split(/\n(?=\s)/);
  let base = 0;
  for (const paragraph of paragraphs) {
    const tokens = [...paragraph.matchAll(/\S+/g)].map((m) => ({ text: m[0], at: base + m.index! }));
    const quotes = tokens.flatMap((t, k) => (t.text === '"' ? [k] : []));
    let open = false;
    quotes.forEach((k, n) => {
      const reopens = quotes.length % 2 === 1 && /^[.!?]$/.test(tokens[k - 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') && (quotes.length - n - 1) % 2 === 1;
      if (!open || reopens) {
        opening.add(tokens[k]!.at);
        open = true;
      } else open = false;
    });
    base += paragraph.length + 1;
  }
  return opening;
}

/**
 * The detokenized view of a text that `looksTokenized`, or undefined for prose (which is read
 * as it is). Lines and paragraph breaks are kept; only spaces inside a line are removed.
 */
export function tokenizedView(text: string): TokenizedView | undefined {
  if (!looksTokenized(text)) return undefined;
  const opening = openingQuotes(text);
  const out: string[] = [];
  const map: number[] = [];
  const lineRe = /[^\n]*(?:\n|$)/g;
  for (const lineMatch of text.matchAll(lineRe)) {
    const line = lineMatch[0];
    if (line === '') break;
    const base = lineMatch.index!;
    // The line's tokens with the offset each starts at.
    const tokens: { text: string; at: number }[] = [];
    for (const m of line.matchAll(/\S+/g)) tokens.push({ text: m[0], at: base + m.index! });
    let glueNext = false;
    let cursor = base; // original offset up to which everything has been written
    for (let k = 0; k < tokens.length; k++) {
      const tok = tokens[k]!;
      const prev = tokens[k - 1];
      let word = tok.text;
      let glue = glueNext;
      glueNext = false;
      if (word === '"') {
        // An opening quote takes the next word, a closing one the word before it.
        if (opening.has(tok.at)) glueNext = true;
        else glue = true;
      } else if (word === '``' || word === '“' || word === '‘‘') {
        glueNext = true;
      } else if (word === "''" || word === '”' || word === '’’') {
        glue = true;
      } else if (word === '.' && prev && abbreviationLike(prev.text)) {
        // "Norvik Corp ." and "Tampa , Fla ." end their sentence: glued, "Corp." and "Fla." would read as
        // abbreviations that do not, and a name would take the period.
        glue = false;
      } else if (CLITIC.test(word) || CLOSING_MARK.test(word)) {
        glue = true;
      } else if (word === "'" && prev && /s$/i.test(prev.text)) {
        glue = true; // "the ministers ' comments": a plural possessive
      } else if (/^\d/.test(word) && prev && CURRENCY.test(prev.text)) {
        glue = true; // "$ 10 million"
      }
      if (OPENING_MARK.test(word)) glueNext = true;
      if (word === '``' || word === '‘‘') word = '“';
      else if (word === "''" || word === '’’') word = '”';
      // The separator before the token, kept unless the token is glued to its neighbour.
      if (k === 0 || !glue) {
        for (let i = cursor; i < tok.at; i++) {
          out.push(text[i]!);
          map.push(i);
        }
      }
      if (word === tok.text) {
        for (let i = 0; i < word.length; i++) {
          out.push(word[i]!);
          map.push(tok.at + i);
        }
      } else {
        // A PTB quote pair ("``", "''") written as one curly quote, which maps to the pair's first character.
        out.push(word);
        map.push(tok.at);
      }
      cursor = tok.at + tok.text.length;
    }
    for (let i = cursor; i < base + line.length; i++) {
      out.push(text[i]!);
      map.push(i);
    }
  }
  const view = out.join('');
  const toOriginal = new Int32Array(view.length + 1);
  for (let i = 0; i < map.length; i++) toOriginal[i] = map[i]!;
  toOriginal[view.length] = text.length;
  return { text: view, toOriginal };
}

/** The original range of a view range [start, end): an empty range stays empty at its start. */
export function originalRange(view: TokenizedView, start: number, end: number): Range {
  const begin = view.toOriginal[start]!;
  return { start: begin, end: end > start ? view.toOriginal[end - 1]! + 1 : begin };
}
