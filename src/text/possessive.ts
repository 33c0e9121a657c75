// The one reading of a possessive mark over tokens, shared by the quote speaker phrases and the office holders
// (they had a detector each, and the two disagreed on "Allis-Chalmers' board" and "Wales' 11-9 win").

import type { Token } from './tokenize.js';

const POSSESSIVE_S = /^['’]s$/i;

/**
 * A possessive suffix at token k: "'s" (the tokenizer splits it off), or the bare apostrophe of a possessive in -s
 * ("the Musicians' Union", "Allis-Chalmers' board", "Wales' 11-9 win", "the parties' “lies”"): written onto a word in
 * -s, with a space or the end of the text after it, and closing no single quotation ("attacks 'U-turns' Tory").
 */
export function isPossessiveAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (POSSESSIVE_S.test(t.text)) return true;
  if (t.text !== "'" && t.text !== '’') return false;
  const p = tokens[k - 1];
  return p !== undefined && p.end === t.start && /s$/i.test(p.text) && (tokens[k + 1]?.start ?? Infinity) > t.end && !closesQuotation(tokens, k);
}

/** A single quotation opened a few words before the mark at k, in the same sentence, and not yet closed. */
function closesQuotation(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 2; j >= 0 && j >= k - 7; j--) {
    const x = tokens[j]!;
    if (/^[.!?"“”]$/.test(x.text)) return false;
    if (x.text !== "'" && x.text !== '‘') continue;
    const opens = tokens[j + 1]!.start === x.end && (j === 0 || tokens[j - 1]!.end < x.start);
    return opens; // a mark attached to the word before it closes something else: "'protect' workers' days"
  }
  return false;
}
