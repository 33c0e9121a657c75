// Feature extraction for the name recognizer. The same functions serve training and inference,
// so the feature strings are identical in both. Features come in four groups:
//   - intrinsic: depend on one token's text only (cacheable per token string);
//   - context: a neighbouring token's text at offset ±1/±2 (also cacheable per string and offset);
//   - positional: depend on the token's place in its sentence and document (computed per token);
//   - dynamic: depend on the tags already predicted (computed while decoding).
// Token text is normalized first: curly apostrophes and quotes become straight ones, so
// "O’Brien" and "O'Brien" share their features.

import type { Tokenized } from '../../text/tokenize.js';

export interface GazetteerData {
  /** Multi-word lists by type: cty (countries), cap (capitals), dem (demonyms), reg, city, org. */
  phrases: Record<string, string[]>;
  /** Single-word lists by type (lowercase): fn (first names), title, orgw, locw. */
  words: Record<string, string[]>;
}

interface PhraseEntry {
  toks: string[];
  type: string;
}

/**
 * Gazetteer phrases as the recognizer matches them: by type, each phrase as its tokens' lookup
 * keys (lowerKey of normToken) joined by single spaces. Computed once at training time and stored
 * in the model file, so loading a model tokenizes nothing.
 */
export type PhraseKeys = Record<string, string[]>;

/** The lookup keys of every phrase list (see PhraseKeys), duplicates removed, in a stable order. */
export function keyPhrases(phrases: Record<string, string[]>, tokenizeWords: (s: string) => string[]): PhraseKeys {
  const out: PhraseKeys = {};
  for (const [type, list] of Object.entries(phrases)) {
    const keys = new Set<string>();
    for (const phrase of list) {
      const toks = tokenizeWords(phrase).map((t) => lowerKey(normToken(t)));
      if (toks.length > 0 && toks.every((t) => t.length > 0 && !t.includes(' '))) keys.add(toks.join(' '));
    }
    out[type] = [...keys].sort();
  }
  return out;
}

/** Word → cluster path (a Map, or the model file's ClusterTable). */
export interface ClusterLookup {
  readonly size: number;
  get(word: string): string | undefined;
}

/** Word lists in lookup form: each word as lowerKey(normToken(w)), each list sorted, no duplicates. */
export function keyWords(words: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [type, list] of Object.entries(words)) out[type] = [...new Set(list.map((w) => lowerKey(normToken(w))))].sort();
  return out;
}

/** Answers a Gazetteer keeps per kind before it starts afresh (a long run sees ever new words). */
const GAZETTEER_CACHE_LIMIT = 50_000;

/** A cached "none found". */
const NONE: [] = [];

/** Index of the first string of a sorted list that is not less than key. */
function lowerBound(list: string[], key: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The gazetteer in lookup form. The lists stay the sorted arrays the model file holds and are
 * searched by bisection, each answer cached: building maps of some 40,000 phrases and words took
 * a tenth of a second at every load, for the few hundred words a document looks up.
 */
export class Gazetteer {
  private readonly phraseLists: [string, string[]][];
  private readonly wordLists: [string, string[]][];
  /** Cached answers; NONE for "not in any list", so that a hit takes one lookup. */
  private readonly phraseCache = new Map<string, PhraseEntry[] | typeof NONE>();
  private readonly wordCache = new Map<string, string[] | typeof NONE>();
  /** Word clusters (clusters-build.ts): cluster key → path in the cluster tree. Empty for a model without them. */
  readonly clusters: ClusterLookup;

  /** From the raw lists (training): phrases are tokenized and words keyed here. */
  static fromLists(data: GazetteerData, tokenizeWords: (s: string) => string[], clusters: Record<string, string> | ClusterLookup = {}): Gazetteer {
    return new Gazetteer(keyPhrases(data.phrases, tokenizeWords), keyWords(data.words), clusters);
  }

  /** `phraseKeys` as keyPhrases and `words` as keyWords give them (sorted lists of keys). */
  constructor(phraseKeys: PhraseKeys, words: Record<string, string[]>, clusters: Record<string, string> | ClusterLookup = {}) {
    this.clusters = typeof clusters.get === 'function' ? (clusters as ClusterLookup) : new Map(Object.entries(clusters as Record<string, string>));
    this.phraseLists = Object.entries(phraseKeys);
    this.wordLists = Object.entries(words);
  }

  /** The phrases whose first token is `first` (a lookup key), longest first; among equals, by list order. */
  phrasesFrom(first: string): PhraseEntry[] | undefined {
    const cached = this.phraseCache.get(first);
    if (cached !== undefined) return cached === NONE ? undefined : cached;
    let found: PhraseEntry[] | undefined;
    const prefix = first + ' ';
    for (const [type, list] of this.phraseLists) {
      for (let k = lowerBound(list, first); k < list.length; k++) {
        const key = list[k]!;
        if (key !== first && !key.startsWith(prefix)) break;
        (found ??= []).push({ toks: key === first ? [key] : key.split(' '), type });
      }
    }
    // The sort is stable: equals keep their list order.
    if (found && found.length > 1) found.sort((a, b) => b.toks.length - a.toks.length);
    if (this.phraseCache.size >= GAZETTEER_CACHE_LIMIT) this.phraseCache.clear();
    this.phraseCache.set(first, found ?? NONE);
    return found;
  }

  /** The word lists a lookup key belongs to, in list order. */
  listsOf(word: string): string[] | undefined {
    const cached = this.wordCache.get(word);
    if (cached !== undefined) return cached === NONE ? undefined : cached;
    let found: string[] | undefined;
    for (const [type, list] of this.wordLists) {
      const k = lowerBound(list, word);
      if (k < list.length && list[k] === word) (found ??= []).push(type);
    }
    if (this.wordCache.size >= GAZETTEER_CACHE_LIMIT) this.wordCache.clear();
    this.wordCache.set(word, found ?? NONE);
    return found;
  }
}

// ---------- token-level helpers

const APOS = /[\u2018\u2019\u201b\u02bc\u2032]/g;
const QUOTES = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g;

/** Maps curly apostrophes and quotes to straight ones; leaves everything else as is. */
export function normToken(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 0x7f) return s.replace(APOS, "'").replace(QUOTES, '"').replace(/[\u2010\u2011]/g, '-');
  }
  return s;
}

/** Lowercase form with every digit mapped to 0 (numbers share their features). */
export function lowerKey(norm: string): string {
  const l = norm.toLowerCase();
  for (let i = 0; i < l.length; i++) {
    const c = l.charCodeAt(i);
    if (c >= 48 && c <= 57 && c !== 48) return l.replace(/[1-9]/g, '0');
  }
  return l;
}

function isUpperCh(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase();
}
function isLowerCh(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return ch !== ch.toUpperCase();
}
function isDigitCh(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** coarseClass as its index into CLS_NAMES, by char codes (what prepareDoc needs for every token). */
function coarseClassCode(norm: string): number {
  let hasLower = false;
  let hasUpper = false;
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c < 128) {
      if (c >= 97 && c <= 122) hasLower = true;
      else if (c >= 65 && c <= 90) hasUpper = true;
    } else if (isLowerCh(norm[i]!)) hasLower = true;
    else if (isUpperCh(norm[i]!)) hasUpper = true;
  }
  const f = norm.charCodeAt(0);
  if (f < 128 ? f >= 65 && f <= 90 : isUpperCh(norm[0]!)) return hasLower ? 1 : 2;
  if (hasLower) return hasUpper ? 3 : 0;
  if (hasUpper) return 2;
  if (f >= 48 && f <= 57) return 4;
  return 5;
}

/** Coarse class: l lowercase word, T capitalised word, A all-caps word, d number, p other. */
export function coarseClass(norm: string): string {
  const first = norm[0]!;
  let hasLower = false;
  let hasUpper = false;
  for (let i = 0; i < norm.length; i++) {
    const ch = norm[i]!;
    if (isLowerCh(ch)) hasLower = true;
    else if (isUpperCh(ch)) hasUpper = true;
  }
  if (isUpperCh(first)) return hasLower ? 'T' : 'A';
  if (hasLower) return hasUpper ? 'm' : 'l';
  if (hasUpper) return 'A';
  if (isDigitCh(first)) return 'd';
  return 'p';
}

function shapeChar(ch: string): string {
  if (isUpperCh(ch)) return 'X';
  if (isLowerCh(ch)) return 'x';
  if (isDigitCh(ch)) return 'd';
  return ch;
}

/** Word shape with runs of one class capped at 4: "McDonald" → "XxXxxxx"→"XxXxxxx", "1996-08-22" → "dddd-dd-dd". */
export function longShape(norm: string): string {
  let out = '';
  let prev = '';
  let run = 0;
  for (let i = 0; i < norm.length; i++) {
    const s = shapeChar(norm[i]!);
    if (s === prev) {
      run++;
      if (run > 4) continue;
    } else {
      prev = s;
      run = 1;
    }
    out += s;
  }
  return out;
}

/** Word shape with runs collapsed: "Xx", "X.X.", "d-d". */
export function shortShape(norm: string): string {
  let out = '';
  let prev = '';
  for (let i = 0; i < norm.length; i++) {
    const s = shapeChar(norm[i]!);
    if (s !== prev) out += s;
    prev = s;
  }
  return out;
}

export const PAD_BEFORE = '<S>';
export const PAD_AFTER = '</S>';

/**
 * Features are emitted as (template, value) pairs; the feature's name is `template=value`, or the
 * template alone when the value is empty. At run time the model looks weights up by template and
 * then by value, which avoids building a string per feature.
 */
export type Emit = (template: string, value: string) => void;

export function featureName(template: string, value: string): string {
  return value === '' ? template : template + '=' + value;
}

/** An emitter that appends feature names to `out`. */
export function nameCollector(out: string[]): Emit {
  return (template, value) => {
    out.push(value === '' ? template : template + '=' + value);
  };
}

/** The per-string facts the word-level features use. */
export interface WordInfo {
  norm: string;
  low: string;
  shape: string;
  cls: string;
}

export function wordInfo(norm: string): WordInfo {
  return { norm, low: lowerKey(norm), shape: shortShape(norm), cls: coarseClass(norm) };
}

/** The cluster key of a normalized token: case kept, digits mapped to 0 (as in clusters-build.ts). */
export function clusterKey(norm: string): string {
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c >= 49 && c <= 57) return norm.replace(/[1-9]/g, '0');
  }
  return norm;
}

/**
 * The cluster path of a word. The table was built from running text, where names are
 * capitalised, so a word in capitals ("KRAMER") is looked up as "Kramer" first, and a capitalised
 * word the table lacks (sentence-initial "Later") as its lowercase form.
 */
export function clusterOf(wi: WordInfo, gaz: Gazetteer): string | undefined {
  const table = gaz.clusters;
  if (table.size === 0) return undefined;
  const key = clusterKey(wi.norm);
  const hit = table.get(key);
  if (hit !== undefined) return hit;
  if (wi.cls === 'A' && key.length > 1) {
    const title = table.get(key[0] + key.slice(1).toLowerCase());
    if (title !== undefined) return title;
  }
  if (wi.cls !== 'l') return table.get(key.toLowerCase());
  return undefined;
}

/** Prefix lengths of a cluster path used as features: coarse to fine (the whole path last). */
const CLUSTER_PREFIXES = [2, 3, 4, 5];
const CLUSTER_T = ['c2', 'c3', 'c4', 'c5'];

const PREFIX_T = ['', 'p1', 'p2', 'p3', 'p4'];
const SUFFIX_T = ['', 's1', 's2', 's3', 's4'];

/** Features of one token that depend on its text alone. */
export function intrinsicFeatures(wi: WordInfo, gaz: Gazetteer, emit: Emit): void {
  const { norm, low, cls } = wi;
  emit('w', low);
  if (norm !== low) emit('W', norm);
  const n = low.length;
  for (let k = 1; k <= 4 && k < n; k++) {
    emit(PREFIX_T[k]!, low.slice(0, k));
    emit(SUFFIX_T[k]!, low.slice(n - k));
  }
  const ls = longShape(norm);
  emit('SH', ls);
  if (wi.shape !== ls) emit('sh', wi.shape);
  if (n > 1 && norm.includes('-')) emit('hy', '');
  if (n > 1 && norm.includes('.')) emit('dot', '');
  if (n === 2 && norm[1] === '.' && isUpperCh(norm[0]!)) emit('initial', '');
  if (cls === 'A' && n <= 5) emit('acro', '');
  const lists = gaz.listsOf(low);
  if (lists && (cls === 'T' || cls === 'A' || cls === 'm')) for (const l of lists) emit('L', l);
  if (gaz.clusters.size > 0) {
    const path = clusterOf(wi, gaz);
    if (path === undefined) emit('c', cls === 'l' ? '?l' : '?');
    else {
      for (let k = 0; k < CLUSTER_PREFIXES.length && CLUSTER_PREFIXES[k]! <= path.length; k++) emit(CLUSTER_T[k]!, path.slice(0, CLUSTER_PREFIXES[k]));
      if (path.length > CLUSTER_PREFIXES[CLUSTER_PREFIXES.length - 1]!) emit('c', path);
    }
  }
}

const CONTEXT_T: Record<number, { w: string; s: string; L: string; c3: string; c: string }> = {
  [-2]: { w: '-2w', s: '-2s', L: '-2L', c3: '-2c3', c: '-2c' },
  [-1]: { w: '-1w', s: '-1s', L: '-1L', c3: '-1c3', c: '-1c' },
  1: { w: '1w', s: '1s', L: '1L', c3: '1c3', c: '1c' },
  2: { w: '2w', s: '2s', L: '2L', c3: '2c3', c: '2c' },
};

/** Features of a neighbouring token at offset k (±1, ±2) that depend on its text alone. */
export function contextFeatures(wi: WordInfo, k: number, gaz: Gazetteer, emit: Emit): void {
  const T = CONTEXT_T[k]!;
  const { norm, low } = wi;
  if (norm === PAD_BEFORE || norm === PAD_AFTER) {
    emit(T.w, norm);
    return;
  }
  emit(T.w, low);
  emit(T.s, wi.shape);
  if (k === -1 || k === 1) {
    const cls = wi.cls;
    const lists = gaz.listsOf(low);
    if (lists && (cls === 'T' || cls === 'A' || cls === 'm')) for (const l of lists) emit(T.L, l);
    if (k === -1 && norm !== low) emit('-1W', norm);
    if (gaz.clusters.size > 0) {
      const path = clusterOf(wi, gaz);
      if (path !== undefined) {
        emit(T.c3, path.slice(0, 3));
        emit(T.c, path);
      }
    }
  }
}

// ---------- document-level preparation

export const CLS_NAMES = ['l', 'T', 'A', 'm', 'd', 'p'] as const;
/** Capitalised classes: T, A, m. */
function isCap(c: number): boolean {
  return c === 1 || c === 2 || c === 3;
}

/** Everything positional features need about one document, computed once. */
export interface DocInfo {
  n: number;
  /** Each token's forms, shared by every token of the same text (see wordForms). */
  words: WordForms[];
  norms: string[];
  lows: string[];
  shapes: string[];
  /** Coarse class codes (index into CLS_NAMES). */
  cls: Uint8Array;
  /** Token index of the first token of the token's sentence, and one past its last. */
  sentStart: Int32Array;
  sentEnd: Int32Array;
  first: Uint8Array;
  caps: Uint8Array;
  /** Bits: 1 the same word is capitalised mid-sentence elsewhere in the document, 2 lowercase elsewhere, 4 all-caps in running text elsewhere. */
  docBits: Uint8Array;
  /** Run of capitalised tokens: 0 none, else 1 + 4 * (min(len,5) - 1) + position (0 B, 1 I, 2 L, 3 U). */
  capRun: Uint8Array;
  /** 1: a single capital letter followed by a glued "."; 2: that "."; 0 otherwise. */
  ini: Uint8Array;
  /** Gazetteer phrase matches covering the token, as "type:pos" (pos B, I, L or U). */
  gaz: (string[] | undefined)[];
  /**
   * Inside a run of capitalised words, before its last word: the index of that last word, the
   * likely head of the name ("Henga Scenic Reserve", "Shah Mosque", "Acme Holdings"), so the
   * first words already know what kind of name they open (see runHeadFeatures); -1 otherwise.
   */
  runHead: Int32Array;
  /**
   * For a capitalised word: the lowercase words found before and after the same word anywhere
   * in the document ("in Isfahan", "Isfahan is") as features, so every mention sees all of them.
   * All tokens of one word share one array (the model sums its weights once per document).
   */
  neighbours: (string[] | undefined)[];
}

/** Document-level neighbour words kept per capitalised word. */
const MAX_NEIGHBOURS = 8;

/** Words a title-case headline may leave in lowercase. */
export const TITLE_SMALL = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'as', 'vs', 'vs.', 'v', 'into', 'over', 'up', 'off', 'per', "'s"]);

const OPENERS = new Set(['"', "'", '(', '[', '-', '--', '«', '`', '``']);
const ABBREVIATIONS = new Set(['st', 'mt', 'ft', 'dr', 'mr', 'mrs', 'ms', 'jr', 'sr', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'prof', 'rev', 'no']);

/**
 * Whether newlines are soft (hard-wrapped newswire): most lines are 45-80 characters long and
 * few are longer. Otherwise a newline ends a sentence for the recognizer.
 */
export function isHardWrapped(text: string): boolean {
  let lines = 0;
  let mid = 0;
  let long = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let a = start;
    let b = end;
    while (a < b && text.charCodeAt(a) <= 32) a++;
    while (b > a && text.charCodeAt(b - 1) <= 32) b--;
    const len = b - a;
    if (len > 0) {
      lines++;
      if (len >= 45 && len <= 80) mid++;
      else if (len > 85) long++;
    }
    start = end + 1;
  }
  return lines >= 3 && mid >= 0.6 * lines && long <= 0.1 * lines;
}

/**
 * The recognizer's sentences: the tokenizer's, joined where one ends in an initial or a title
 * abbreviation ("P. Simmons", "ST. LOUIS"), and split at newlines unless the text is hard-wrapped.
 */
export function segments(text: string, doc: Tokenized, norms: string[], cls: Uint8Array): [number, number][] {
  const toks = doc.tokens;
  const out: [number, number][] = [];
  for (const s of doc.sentences) {
    const prev = out[out.length - 1];
    if (prev && prev[1] === s.firstToken && s.firstToken >= 2) {
      const dot = s.firstToken - 1;
      const w = dot - 1;
      const c = cls[s.firstToken]!;
      if (
        norms[dot] === '.' &&
        toks[dot]!.start === toks[w]!.end &&
        (cls[w] === 1 || cls[w] === 2) &&
        (norms[w]!.length === 1 || ABBREVIATIONS.has(norms[w]!.toLowerCase())) &&
        (w === prev[0] || toks[w - 1]!.end < toks[w]!.start || norms[w - 1] === '.') &&
        isCap(c)
      ) {
        prev[1] = s.endToken;
        continue;
      }
    }
    out.push([s.firstToken, s.endToken]);
  }
  if (!text.includes('\n') || isHardWrapped(text)) return out;
  const split: [number, number][] = [];
  for (const [a, b] of out) {
    let from = a;
    for (let i = a + 1; i < b; i++) {
      const gapStart = toks[i - 1]!.end;
      const gapEnd = toks[i]!.start;
      if (gapEnd > gapStart && text.slice(gapStart, gapEnd).includes('\n')) {
        split.push([from, i]);
        from = i;
      }
    }
    split.push([from, b]);
  }
  return split;
}

/**
 * What every document needs of a token's text: its normalized form, lookup key, shape and class,
 * and a slot where the tagger keeps that word's weights. A document's words are mostly words seen
 * before, so one probe of this cache replaces four passes over the characters (the shape built a
 * string a character at a time) and, through the slot, the tagger's own probe by form.
 */
export interface WordForms {
  readonly norm: string;
  readonly low: string;
  readonly shape: string;
  readonly cls: number;
  /** Whose weights `weights` holds (a tagger); the tagger checks it is its own. */
  owner: object | null;
  weights: unknown;
}

/** Words a generation of the cache holds: a long run meets ever new words, so it starts afresh, keeping those still in use. */
const WORD_FORMS_LIMIT = 40_000;
let wordFormsNow = new Map<string, WordForms>();
let wordFormsOld = new Map<string, WordForms>();

function wordForms(text: string): WordForms {
  let w = wordFormsNow.get(text);
  if (w === undefined) {
    w = wordFormsOld.get(text);
    if (w === undefined) {
      const norm = normToken(text);
      w = { norm, low: lowerKey(norm), shape: shortShape(norm), cls: coarseClassCode(norm), owner: null, weights: null };
    }
    if (wordFormsNow.size >= WORD_FORMS_LIMIT) {
      wordFormsOld = wordFormsNow;
      wordFormsNow = new Map();
    }
    wordFormsNow.set(text, w);
  }
  return w;
}

/** Zeroed per-token arrays of one document, carved from one buffer: 3 of Int32 and 7 of Uint8. */
class DocArrays {
  private readonly buffer: ArrayBuffer;
  private intsAt = 0;
  private bytesAt: number;
  constructor(private readonly n: number) {
    this.bytesAt = 3 * 4 * n;
    this.buffer = new ArrayBuffer(this.bytesAt + 7 * n);
  }
  ints(): Int32Array {
    const a = new Int32Array(this.buffer, this.intsAt, this.n);
    this.intsAt += 4 * this.n;
    return a;
  }
  bytes(): Uint8Array {
    const a = new Uint8Array(this.buffer, this.bytesAt, this.n);
    this.bytesAt += this.n;
    return a;
  }
}

export function prepareDoc(text: string, doc: Tokenized, gaz: Gazetteer): DocInfo {
  const toks = doc.tokens;
  const n = toks.length;
  const norms = new Array<string>(n);
  const lows = new Array<string>(n);
  const shapes = new Array<string>(n);
  // The per-token arrays share one buffer: each typed array of its own would cost an allocation
  // outside the heap (and its sweeping) per document.
  const arrays = new DocArrays(n);
  const cls = arrays.bytes();
  const words = new Array<WordForms>(n);
  for (let i = 0; i < n; i++) {
    const w = wordForms(toks[i]!.text);
    words[i] = w;
    norms[i] = w.norm;
    lows[i] = w.low;
    shapes[i] = w.shape;
    cls[i] = w.cls;
  }
  const sentStart = arrays.ints();
  const sentEnd = arrays.ints();
  const first = arrays.bytes();
  const caps = arrays.bytes();
  let covered = 0;
  const mark = (a: number, b: number): void => {
    if (b <= a) return;
    // All-caps sentence: at least two words with letters and (almost) none with a lowercase letter.
    let letters = 0;
    let lower = 0;
    for (let i = a; i < b; i++) {
      const c = cls[i]!;
      if (c === 0 || c === 1 || c === 3) {
        letters++;
        lower++;
      } else if (c === 2) letters++;
    }
    let isCaps = letters >= 2 && lower * 10 <= letters ? 1 : 0;
    if (!isCaps && letters >= 4) {
      // A title-case headline ("Zelenskiy Thanks Allies For New Air Defence Systems"): case says
      // as little as in an all-caps one.
      let content = 0;
      let lowerContent = 0;
      for (let i = a; i < b && lowerContent === 0; i++) {
        const c = cls[i]!;
        if (c === 0 && !TITLE_SMALL.has(lows[i]!)) lowerContent++;
        else if (c === 1 || c === 3) content++;
      }
      if (lowerContent === 0 && content >= 3) isCaps = 1;
    }
    let f = a;
    while (f < b - 1 && OPENERS.has(norms[f]!)) f++;
    for (let i = a; i < b; i++) {
      sentStart[i] = a;
      sentEnd[i] = b;
      caps[i] = isCaps;
    }
    first[f] = 1;
    first[a] = 1;
  };
  for (const [a, b] of segments(text, doc, norms, cls)) {
    mark(covered, a); // tokens outside any sentence (should not happen)
    mark(a, b);
    covered = b;
  }
  mark(covered, n);

  // Document-level evidence about each word's usual case: per word, how often it occurs of each
  // kind, counted up to 2 (two bits a kind in one number: a single map lookup per token), which
  // is all "elsewhere in the document" needs.
  const caseCounts = new Map<string, number>();
  const kind = arrays.bytes(); // 1 capitalised mid-sentence, 2 lowercase, 3 all-caps in running text
  for (let i = 0; i < n; i++) {
    const c = cls[i]!;
    let k = 0;
    if (c === 0) k = 2;
    else if (caps[i]) continue;
    else if ((c === 1 || c === 3) && !first[i]) k = 1;
    else if (c === 2 && norms[i]!.length > 1) k = 3;
    if (!k) continue;
    kind[i] = k;
    const low = lows[i]!;
    const packed = caseCounts.get(low) ?? 0;
    const shift = 2 * (k - 1);
    if (((packed >> shift) & 3) < 2) caseCounts.set(low, packed + (1 << shift));
  }
  const docBits = arrays.bytes();
  for (let i = 0; i < n; i++) {
    const packed = caseCounts.get(lows[i]!) ?? 0;
    const own = kind[i]!;
    const t = (packed & 3) - (own === 1 ? 1 : 0);
    const l = ((packed >> 2) & 3) - (own === 2 ? 1 : 0);
    const a = ((packed >> 4) & 3) - (own === 3 ? 1 : 0);
    docBits[i] = (t > 0 ? 1 : 0) | (l > 0 ? 2 : 0) | (a > 0 ? 4 : 0);
  }

  // Gazetteer phrases: the longest match of each type starting at each token; the first and
  // last words of a match must be capitalised.
  const gazF = new Array<string[] | undefined>(n);
  // A document repeats its names: a small map of its own answers the repeats from cache-hot
  // memory instead of the gazetteer's big cache (null: no phrase starts with the word).
  const phrasesAt = new Map<string, PhraseEntry[] | null>();
  for (let i = 0; i < n; i++) {
    if (!isCap(cls[i]!)) continue;
    const low = lows[i]!;
    let entries = phrasesAt.get(low);
    if (entries === undefined) {
      entries = gaz.phrasesFrom(low) ?? null;
      phrasesAt.set(low, entries);
    }
    if (!entries) continue;
    const seen = new Set<string>();
    for (const e of entries) {
      if (seen.has(e.type)) continue;
      const len = e.toks.length;
      if (i + len > sentEnd[i]!) continue;
      let ok = true;
      for (let j = 1; j < len; j++) {
        if (lows[i + j] !== e.toks[j]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const lc = cls[i + len - 1]!;
      if (len > 1 && !isCap(lc) && lc !== 5) continue;
      seen.add(e.type);
      for (let j = 0; j < len; j++) {
        const pos = len === 1 ? 'U' : j === 0 ? 'B' : j === len - 1 ? 'L' : 'I';
        (gazF[i + j] ??= []).push(e.type + ':' + pos);
      }
    }
  }

  const capRun = arrays.bytes();
  for (let i = 0; i < n; ) {
    if (!isCap(cls[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < sentEnd[i]! && isCap(cls[j]!)) j++;
    const len = j - i;
    const base = 1 + 4 * (Math.min(len, 5) - 1);
    for (let k = i; k < j; k++) capRun[k] = base + (len === 1 ? 3 : k === i ? 0 : k === j - 1 ? 2 : 1);
    i = j;
  }

  const ini = arrays.bytes();
  for (let i = 0; i + 1 < n; i++) {
    if (norms[i]!.length === 1 && cls[i] === 2 && norms[i + 1] === '.' && toks[i + 1]!.start === toks[i]!.end) {
      ini[i] = 1;
      ini[i + 1] = 2;
    }
  }

  const runHead = arrays.ints().fill(-1);
  for (let i = 0; i < n; ) {
    // Runs of two or more words outside all-caps or title-case lines, from their first word (B).
    const run = capRun[i]!;
    if (!run || ((run - 1) & 3) !== 0 || caps[i]) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && capRun[j] && ((capRun[j]! - 1) & 3) === 1) j++;
    for (let k = i; k < j; k++) runHead[k] = j;
    i = j + 1;
  }

  // The lowercase neighbours of each capitalised word (outside all-caps and title-case lines)
  // over the whole document, most frequent first.
  const counts = new Map<string, Map<string, number>>();
  const addNeighbour = (key: string, f: string): void => {
    let m = counts.get(key);
    if (!m) counts.set(key, (m = new Map()));
    m.set(f, (m.get(f) ?? 0) + 1);
  };
  for (let i = 0; i < n; i++) {
    if (!isCap(cls[i]!) || caps[i] || norms[i]!.length < 2) continue;
    if (i > sentStart[i]! && cls[i - 1] === 0) addNeighbour(lows[i]!, 'dp=' + lows[i - 1]!);
    if (i + 1 < sentEnd[i]! && cls[i + 1] === 0) addNeighbour(lows[i]!, 'dn=' + lows[i + 1]!);
  }
  const byWord = new Map<string, string[]>();
  for (const [key, m] of counts) {
    byWord.set(key, m.size === 1 ? [...m.keys()] : [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_NEIGHBOURS).map((x) => x[0]));
  }
  addMentionEvidence(byWord, toks, norms, lows, cls, caps, sentStart, runHead, gaz);
  const neighbours = new Array<string[] | undefined>(n);
  if (byWord.size) for (let i = 0; i < n; i++) if (isCap(cls[i]!)) neighbours[i] = byWord.get(lows[i]!);

  return { n, words, norms, lows, shapes, cls, sentStart, sentEnd, first, caps, docBits, capRun, ini, gaz: gazF, runHead, neighbours };
}


/**
 * What a capitalised word's other mentions say about it, added to the features all its mentions
 * share (DocInfo.neighbours): one follows a title ("Dr Okafor") or a given name ("Nora Okafor"),
 * or opens a name headed by an organization, place or facility word ("Okafor Holdings",
 * "Okafor Street"). A bare "Okafor" elsewhere in the document then knows what it names.
 */
function addMentionEvidence(
  byWord: Map<string, string[]>,
  toks: Tokenized['tokens'],
  norms: string[],
  lows: string[],
  cls: Uint8Array,
  caps: Uint8Array,
  sentStart: Int32Array,
  runHead: Int32Array,
  gaz: Gazetteer,
): void {
  const n = norms.length;
  const evidence = new Map<string, Set<string>>();
  const note = (key: string, f: string): void => {
    let set = evidence.get(key);
    if (!set) evidence.set(key, (set = new Set()));
    set.add(f);
  };
  const listsOf = (j: number): string[] | undefined => (isCap(cls[j]!) ? gaz.listsOf(lows[j]!) : undefined);
  let lastHead = -1;
  let headLists: string[] | undefined;
  for (let i = 0; i < n; i++) {
    if (!isCap(cls[i]!) || caps[i] || norms[i]!.length < 2) continue;
    const ss = sentStart[i]!;
    let p = i - 1;
    if (p > ss && norms[p] === '.' && toks[p]!.start === toks[p - 1]!.end) p--;
    if (p >= ss) {
      const lp = listsOf(p);
      if (lp?.includes('title')) note(lows[i]!, 'dx=ti');
      if (p === i - 1 && lp && (lp.includes('fn') || lp.includes('fnx'))) note(lows[i]!, 'dx=fn');
    }
    const h = runHead[i]!;
    if (h >= 0 && h !== i) {
      // The words of a run share its head: its lists are looked up once per run.
      if (h !== lastHead) {
        lastHead = h;
        headLists = gaz.listsOf(lows[h]!);
      }
      const lh = headLists;
      if (lh) for (const l of lh) if (l === 'orgw' || l === 'locw' || l === 'facw') note(lows[i]!, 'dx=h' + l);
    }
  }
  for (const [key, set] of evidence) byWord.set(key, [...(byWord.get(key) ?? []), ...[...set].sort()]);
}

// ---------- positional features, by groups of small cardinality (tabulated at inference)

/** Group A: bias, sentence position and document-case evidence. */
export function groupAFeatures(f: number, cp: number, cls: number, bits: number, out: string[]): void {
  const F = f ? 'F' : '-';
  const C = cp ? 'C' : '-';
  const c = CLS_NAMES[cls]!;
  const db = (bits & 1 ? 'T' : '-') + (bits & 2 ? 'L' : '-') + (bits & 4 ? 'A' : '-');
  out.push('b', 'fc=' + F + C, 'd=' + db + c + F + C, 'dT=' + db[0] + c + C, 'dL=' + db[1] + c + F, 'dA=' + db[2] + c);
}
export const GROUP_A_SIZE = 2 * 2 * CLS_NAMES.length * 8;
export function groupAIndex(f: number, cp: number, cls: number, bits: number): number {
  return ((f * 2 + cp) * CLS_NAMES.length + cls) * 8 + bits;
}

/** Group B: run of capitalised words, initials. */
export function groupBFeatures(capRun: number, cp: number, ini: number, out: string[]): void {
  if (capRun) out.push('cr=' + (((capRun - 1) >> 2) + 1) + ':' + 'BILU'[(capRun - 1) & 3] + (cp ? 'C' : '-'));
  if (ini) out.push('ini=' + ini);
}
export const GROUP_B_SIZE = 21 * 2 * 3;
export function groupBIndex(capRun: number, cp: number, ini: number): number {
  return (capRun * 2 + cp) * 3 + ini;
}

const FCS_T = ['fcs--', 'fcs-C', 'fcsF-', 'fcsFC'];
/** Sentence position and case with the token's shape. */
export function fcsFeature(f: number, cp: number, shape: string, emit: Emit): void {
  emit(FCS_T[f * 2 + cp]!, shape);
}

/** Shapes of the previous, current and next token. */
export function shapeTrigram(prev: string, cur: string, next: string): string {
  return 'st=' + prev + '|' + cur + '|' + next;
}

/** The features of the head of the name token i opens or continues (DocInfo.runHead >= 0). */
export function runHeadFeatures(d: DocInfo, i: number, gaz: Gazetteer, out: string[]): void {
  const head = d.runHead[i]!;
  const pos = ((d.capRun[i]! - 1) & 3) === 0 ? 'B' : 'I';
  const low = d.lows[head]!;
  out.push('rhw=' + pos + low);
  const lists = gaz.listsOf(low);
  if (lists) for (const l of lists) out.push('rhl=' + pos + l);
  if (gaz.clusters.size) {
    const path = clusterOf({ norm: d.norms[head]!, low, shape: d.shapes[head]!, cls: CLS_NAMES[d.cls[head]!]! }, gaz);
    if (path) out.push('rhc=' + pos + path.slice(0, 3), 'rhc=' + pos + path);
  }
}

export function gazFeatures(d: DocInfo, i: number, out: string[]): void {
  const g = d.gaz[i];
  if (g) for (const x of g) out.push('G=' + x);
  if (i - 1 >= d.sentStart[i]!) {
    const gp = d.gaz[i - 1];
    if (gp) for (const x of gp) out.push('G-1=' + x);
  }
  if (i + 1 < d.sentEnd[i]!) {
    const gn = d.gaz[i + 1];
    if (gn) for (const x of gn) out.push('G+1=' + x);
  }
}

export function shapeAt(d: DocInfo, i: number, k: number): string {
  const j = i + k;
  if (j < d.sentStart[i]!) return PAD_BEFORE;
  if (j >= d.sentEnd[i]!) return PAD_AFTER;
  return d.shapes[j]!;
}

/** Norm of the token at offset k from i, or a padding symbol outside the sentence. */
export function normAt(d: DocInfo, i: number, k: number): string {
  const j = i + k;
  if (j < d.sentStart[i]!) return PAD_BEFORE;
  if (j >= d.sentEnd[i]!) return PAD_AFTER;
  return d.norms[j]!;
}

export const CONTEXT_OFFSETS = [-2, -1, 1, 2] as const;

const CAPS_T: Record<number, string> = { [-1]: 'C-1w', 0: 'C0w', 1: 'C1w' };
/** In an all-caps sentence: the word at offset k (0, -1, +1) in a feature space of its own. */
export function capsWordFeature(wi: WordInfo, k: number, emit: Emit): void {
  emit(CAPS_T[k]!, wi.norm === PAD_BEFORE || wi.norm === PAD_AFTER ? wi.norm : wi.low);
}
export const CAPS_OFFSETS = [0, -1, 1] as const;

/** Word facts of the token at offset k from i, or of a padding symbol outside the sentence. */
export function wordInfoAt(d: DocInfo, i: number, k: number): WordInfo {
  const norm = normAt(d, i, k);
  if (norm === PAD_BEFORE || norm === PAD_AFTER) return { norm, low: norm, shape: norm, cls: 'p' };
  const j = i + k;
  return { norm, low: d.lows[j]!, shape: d.shapes[j]!, cls: CLS_NAMES[d.cls[j]!]! };
}

/** All static (tag-independent) features of token i, as names. */
export function staticFeatures(d: DocInfo, i: number, gaz: Gazetteer, out: string[]): void {
  const emit = nameCollector(out);
  intrinsicFeatures(wordInfoAt(d, i, 0), gaz, emit);
  for (const k of CONTEXT_OFFSETS) contextFeatures(wordInfoAt(d, i, k), k, gaz, emit);
  const f = d.first[i]!;
  const cp = d.caps[i]!;
  groupAFeatures(f, cp, d.cls[i]!, d.docBits[i]!, out);
  groupBFeatures(d.capRun[i]!, cp, d.ini[i]!, out);
  fcsFeature(f, cp, d.shapes[i]!, emit);
  out.push(shapeTrigram(shapeAt(d, i, -1), d.shapes[i]!, shapeAt(d, i, 1)));
  gazFeatures(d, i, out);
  if (d.runHead[i]! >= 0) runHeadFeatures(d, i, gaz, out);
  const nb = d.neighbours[i];
  if (nb) for (const x of nb) out.push(x);
  if (cp) for (const k of CAPS_OFFSETS) capsWordFeature(wordInfoAt(d, i, k), k, emit);
}

// ---------- tags

export const ENTITY_TYPES = ['PER', 'LOC', 'ORG', 'MISC'] as const;
/** BILOU tags: index 0 is O, then B, I, L, U for each type. */
export const TAGS: string[] = ['O'];
for (const t of ENTITY_TYPES) TAGS.push('B-' + t, 'I-' + t, 'L-' + t, 'U-' + t);
export const NT = TAGS.length;

export function tagPrefix(tag: number): string {
  return tag === 0 ? 'O' : 'BILU'[(tag - 1) % 4]!;
}
export function tagType(tag: number): number {
  return tag === 0 ? -1 : Math.floor((tag - 1) / 4);
}
export function makeTag(prefix: 'B' | 'I' | 'L' | 'U', type: number): number {
  return 1 + type * 4 + 'BILU'.indexOf(prefix);
}

/** Whether `tag` may follow `prev` (prev -1 = sentence start). */
export function allowed(prev: number, tag: number): boolean {
  const pp = prev < 0 ? 'O' : tagPrefix(prev);
  const tp = tagPrefix(tag);
  if (pp === 'B' || pp === 'I') return (tp === 'I' || tp === 'L') && tagType(tag) === tagType(prev);
  return tp === 'O' || tp === 'B' || tp === 'U';
}

/** Whether `tag` may end a sentence. */
export function allowedLast(tag: number): boolean {
  const tp = tagPrefix(tag);
  return tp === 'O' || tp === 'L' || tp === 'U';
}

export function tagName(t: number): string {
  return t < 0 ? '^' : TAGS[t]!;
}

/** Transition features: previous tag, previous two tags (-1 at sentence start). */
export function transitionFeatures(prev2: number, prev1: number, out: string[]): void {
  const p1 = tagName(prev1);
  out.push('t1=' + p1, 't2=' + tagName(prev2) + '|' + p1);
}

/** Previous tag with the token's lowercase form and with its shape. */
export function tagWordFeatures(prev1: number, low: string, shape: string, out: string[]): void {
  const p1 = tagName(prev1);
  out.push('t1w=' + p1 + '|' + low, 't1s=' + p1 + '|' + shape);
}

/** History bits (see History) with the token's class. */
export function historyFeature(bits: number, cls: number): string {
  return 'h=' + bits + CLS_NAMES[cls]!;
}

/** All dynamic features of token i; `hist` is History.get's answer (0: none). */
export function dynamicFeatures(d: DocInfo, i: number, prev2: number, prev1: number, hist: number, out: string[]): void {
  transitionFeatures(prev2, prev1, out);
  tagWordFeatures(prev1, d.lows[i]!, d.shapes[i]!, out);
  if (hist) out.push(historyFeature(hist, d.cls[i]!));
}

/**
 * "Extended prediction history": which types the same capitalised word was given earlier in the
 * document (bits: 1 PER, 2 LOC, 4 ORG, 8 MISC, 16 outside any name).
 */
export class History {
  private readonly seen = new Map<string, number>();

  get(d: DocInfo, i: number): number {
    if (!isCap(d.cls[i]!)) return 0;
    return this.seen.get(d.lows[i]!) ?? 0;
  }

  add(d: DocInfo, i: number, tag: number): void {
    if (!isCap(d.cls[i]!)) return;
    const bit = tag === 0 ? 16 : 1 << tagType(tag);
    const low = d.lows[i]!;
    this.seen.set(low, (this.seen.get(low) ?? 0) | bit);
  }
}
