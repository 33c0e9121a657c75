// Pairs quotation marks into quoted segments. Curly marks say which way they face; a straight
// mark is read from its neighbours (space before: opening; space or punctuation after: closing)
// and, when that is ambiguous, from whether a quotation is open. A quotation never runs past its
// paragraph unless the next paragraph re-opens it (the newswire convention for long quotations);
// a mark that never closes ends at its paragraph, and at most a few sentences later.

import type { Token, Tokenized } from '../../text/tokenize.js';

export interface Segment {
  /** Token index of the opening mark. */
  openTok: number;
  /** Token index of the closing mark, or -1 when the segment runs to the end of its paragraph. */
  closeTok: number;
  /** Content range, marks excluded, whitespace trimmed. */
  start: number;
  end: number;
  /** Index of the chain (one quotation, possibly continued over paragraphs) it belongs to. */
  chain: number;
  /** True for ‘single’ marks (headline style), which are weaker evidence. */
  single: boolean;
}

export interface QuoteMarks {
  segments: Segment[];
  /** chains[i] lists the segment indexes of chain i, in order. */
  chains: number[][];
  /** For each token: the index of the segment whose marks enclose it (marks included), or -1. */
  segOfToken: Int32Array;
}

const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);
const MAX_UNCLOSED_SENTENCES = 4;
/** A quotation re-opened paragraph after paragraph without closing stops after this many paragraphs. */
const MAX_CHAIN_PARAGRAPHS = 12;

type Dir = 'open' | 'close' | 'either';

/** Two apostrophes written as a double quotation mark (''like this'', newspaper archives). */
function isDoubleApostrophe(tokens: Token[], i: number): boolean {
  const t = tokens[i]!, u = tokens[i + 1];
  return (t.text === "'" || t.text === '’') && u !== undefined && u.text === t.text && u.start === t.end;
}

function direction(text: string, tokens: Token[], i: number): Dir | null {
  const tok = tokens[i]!;
  let c = tok.text;
  let end = tok.end;
  if (isDoubleApostrophe(tokens, i)) { c = '"'; end = tokens[i + 1]!.end; }
  if (c !== '"' && !OPENERS.has(c) && !CLOSERS.has(c)) return null;
  const prev = tok.start > 0 ? text[tok.start - 1]! : ' ';
  const next = end < text.length ? text[end]! : ' ';
  const leftOpen = /[\s([{—–\-\/‘'“]/.test(prev);
  const rightClose = /[\s.,;:!?)\]}—–\-…'’”]/.test(next);
  if (OPENERS.has(c)) return rightClose && !leftOpen && next !== '‘' ? 'close' : 'open';
  if (CLOSERS.has(c)) return leftOpen && !rightClose ? 'open' : 'close';
  if (leftOpen && !rightClose) return 'open';
  if (rightClose && !leftOpen) return 'close';
  return 'either';
}

/** Paragraph breaks for quotation purposes: blank lines, and also indented new lines (newswire). */
function softParagraphStarts(text: string, doc: Tokenized): Uint8Array {
  const { tokens } = doc;
  const starts = new Uint8Array(tokens.length);
  let p = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (p < doc.paragraphs.length && doc.paragraphs[p]!.end <= t.start) p++;
    if (i === 0 || (p < doc.paragraphs.length && doc.paragraphs[p]!.start === t.start)) starts[i] = 1;
    else {
      const gap = text.slice(tokens[i - 1]!.end, t.start);
      if (gap.length > 1 && /\n[ \t]+$/.test(gap)) starts[i] = 1;
    }
  }
  return starts;
}

function trimmedRange(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

export function findQuoteMarks(text: string, doc: Tokenized, sentenceOfToken: Int32Array): QuoteMarks {
  const { tokens } = doc;
  const n = tokens.length;
  const paraStart = softParagraphStarts(text, doc);
  const segments: Segment[] = [];
  const chains: number[][] = [];
  let openTok = -1;
  let chain = -1; // chain of the segment being read, or of the last one when it may continue

  const openEnd = (o: number): number => (isDoubleApostrophe(tokens, o) ? tokens[o + 1]!.end : tokens[o]!.end);
  const emit = (o: number, c: number, endChar: number): void => {
    const [s, e] = trimmedRange(text, openEnd(o), endChar);
    if (e <= s) return;
    if (chain < 0) { chain = chains.length; chains.push([]); }
    chains[chain]!.push(segments.length);
    segments.push({ openTok: o, closeTok: c, start: s, end: e, chain, single: false });
  };
  // The end of an unclosed segment opened at token o, in a paragraph that ends before token `paraEnd`.
  const unclosedEnd = (o: number, paraEnd: number): number => {
    const s0 = sentenceOfToken[o]!;
    let last = paraEnd - 1;
    for (let k = o + 1; k < paraEnd; k++) if (sentenceOfToken[k]! - s0 >= MAX_UNCLOSED_SENTENCES) { last = k - 1; break; }
    return last;
  };

  for (let i = 0; i <= n; i++) {
    if (i === n || (i > 0 && paraStart[i])) {
      // end of the paragraph [pStart, i)
      if (openTok >= 0) {
        const next = i < n ? direction(text, tokens, i) : null;
        const last = unclosedEnd(openTok, i);
        if (next === 'open' && last === i - 1) {
          emit(openTok, -1, tokens[i - 1]!.end); // continues: the chain stays open
          if (chain >= 0 && chains[chain]!.length >= MAX_CHAIN_PARAGRAPHS) chain = -1;
        } else {
          emit(openTok, -1, tokens[last]!.end);
          chain = -1;
        }
        openTok = -1;
      } else chain = -1;
      if (i === n) break;
    }
    let d = direction(text, tokens, i);
    if (d === null) continue;
    // "” … in the case of Wyoming, the train has left,” wrote Time": a mark opening a paragraph has nothing to close
    // (web copy that puts a closing mark before an ellipsis); it opens
    if (d === 'close' && paraStart[i] && openTok < 0) d = 'open';
    const pair = isDoubleApostrophe(tokens, i);
    if (openTok < 0) {
      if (d === 'open' || d === 'either') openTok = i;
      // a stray closing mark is ignored
      if (d !== 'open' && d !== 'either') chain = -1;
      if (pair) i++;
      continue;
    }
    if (d === 'close' || d === 'either') {
      emit(openTok, pair ? i + 1 : i, tokens[i]!.start);
      openTok = -1;
      chain = -1;
      if (pair) i++;
      continue;
    }
    // An opening mark while a quotation is open: after a sentence end it re-opens the same
    // quotation (a lost paragraph break); otherwise the first mark was stray.
    const before = text.slice(openEnd(openTok), tokens[i]!.start).trimEnd();
    if (/[.!?…:]$/.test(before) && tokens[i]!.start > tokens[i - 1]!.end) {
      emit(openTok, -1, tokens[i - 1]!.end);
      if (chain >= 0 && chains[chain]!.length >= MAX_CHAIN_PARAGRAPHS) chain = -1;
    } else chain = -1;
    openTok = i;
    if (pair) i++;
  }

  // Single marks ‘…’ (headline style) where no double quotation is around them.
  const segOfToken = new Int32Array(n).fill(-1);
  for (let s = 0; s < segments.length; s++) {
    const seg = segments[s]!;
    const last = seg.closeTok >= 0 ? seg.closeTok : lastTokenBefore(tokens, seg.end, seg.openTok);
    for (let k = seg.openTok; k <= last; k++) segOfToken[k] = s;
  }
  for (let i = 0; i < n; i++) {
    if (tokens[i]!.text !== '‘' || segOfToken[i]! >= 0) continue;
    const prev = tokens[i]!.start > 0 ? text[tokens[i]!.start - 1]! : ' ';
    if (!/[\s(\[—–\-:]/.test(prev)) continue;
    for (let k = i + 1; k < n && k < i + 60; k++) {
      if (segOfToken[k]! >= 0 || (paraStart[k] && k > i)) break;
      const t = tokens[k]!;
      if (t.text === '‘') break;
      if (t.text === '’' && /[\s.,;:!?)\]—–]/.test(text[t.end] ?? ' ') && t.start === tokens[k - 1]!.end) {
        const [s, e] = trimmedRange(text, tokens[i]!.end, t.start);
        if (e > s) {
          const idx = segments.length;
          chains.push([idx]);
          segments.push({ openTok: i, closeTok: k, start: s, end: e, chain: chains.length - 1, single: true });
          for (let j = i; j <= k; j++) segOfToken[j] = idx;
        }
        i = k;
        break;
      }
    }
  }
  return { segments, chains, segOfToken };
}

function lastTokenBefore(tokens: Token[], end: number, from: number): number {
  let k = from;
  while (k + 1 < tokens.length && tokens[k + 1]!.end <= end) k++;
  return k;
}
