// The tagger: a greedy left-to-right averaged perceptron over BILOU tags, with transitions
// constrained to well-formed sequences. `Trainer` learns weights; `NerModel` runs them fast,
// caching the summed weights of each token string's intrinsic and context features.

import {
  CAPS_OFFSETS,
  CLS_NAMES as CLS_NAMES_,
  capsWordFeature,
  wordInfo,
  type Emit,
  type WordInfo,
  CONTEXT_OFFSETS as CONTEXT_OFFSETS_,
  GROUP_A_SIZE,
  GROUP_B_SIZE,
  Gazetteer,
  History,
  NT as NT_,
  PAD_AFTER,
  PAD_BEFORE,
  TAGS as TAGS_,
  allowed,
  allowedLast,
  contextFeatures,
  dynamicFeatures,
  fcsFeature,
  gazFeatures,
  runHeadFeatures,
  groupAFeatures,
  groupAIndex as groupAIndex_,
  groupBFeatures,
  groupBIndex as groupBIndex_,
  historyFeature,
  intrinsicFeatures,
  lowerKey,
  shortShape,
  staticFeatures,
  tagName,
  tagWordFeatures,
  transitionFeatures,
  type DocInfo,
} from './features.js';
import { NAME_PARTICLES } from '../lexicon/function-words.js';
import type { CompiledModel } from './model-file.js';
import type { StringTable } from './string-table.js';

// Local copies: imported bindings can be slow to read in hot loops under some loaders.
const NT = NT_;
const TAGS = TAGS_;
const CONTEXT_OFFSETS = CONTEXT_OFFSETS_;
const CLS_NAMES = CLS_NAMES_;
const groupAIndex = groupAIndex_;
const groupBIndex = groupBIndex_;

export type { ModelFile, CompiledModel } from './model-file.js';

// ---------- training

export class Trainer {
  readonly ids = new Map<string, number>();
  private names: string[] = [];
  private w = new Float64Array(1 << 20);
  private u = new Float64Array(1 << 20);
  /** Number of instances seen, for averaging (Daumé's trick: avg = w - u / c). */
  private c = 1;

  id(f: string): number {
    let id = this.ids.get(f);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(f, id);
      this.names.push(f);
      if ((id + 1) * NT > this.w.length) {
        const w = new Float64Array(this.w.length * 2);
        w.set(this.w);
        this.w = w;
        const u = new Float64Array(this.u.length * 2);
        u.set(this.u);
        this.u = u;
      }
    }
    return id;
  }

  score(ids: ArrayLike<number>, n: number, out: Float64Array): void {
    out.fill(0);
    const w = this.w;
    for (let k = 0; k < n; k++) {
      const base = ids[k]! * NT;
      for (let t = 0; t < NT; t++) out[t]! += w[base + t]!;
    }
  }

  update(ids: ArrayLike<number>, n: number, gold: number, pred: number): void {
    const c = this.c;
    for (let k = 0; k < n; k++) {
      const base = ids[k]! * NT;
      this.w[base + gold]! += 1;
      this.u[base + gold]! += c;
      this.w[base + pred]! -= 1;
      this.u[base + pred]! -= c;
    }
  }

  updateOne(id: number, tag: number, delta: number): void {
    this.w[id * NT + tag]! += delta;
    this.u[id * NT + tag]! += delta * this.c;
  }

  weight(id: number, tag: number): number {
    return this.w[id * NT + tag]!;
  }

  addScores(id: number, out: Float64Array, offset: number): void {
    const base = id * NT;
    for (let t = 0; t < NT; t++) out[offset + t]! += this.w[base + t]!;
  }

  tick(): void {
    this.c++;
  }

  /** Forgets all weights (features keep their ids), for another run over the same documents. */
  reset(): void {
    this.w.fill(0);
    this.u.fill(0);
    this.c = 1;
  }

  /** Averaged weights, dropping those whose magnitude is below `minAbs`, rounded to `decimals`. */
  averaged(minAbs = 0, decimals = 3): Record<string, number[]> {
    const out: Record<string, number[]> = {};
    const f = 10 ** decimals;
    for (let id = 0; id < this.names.length; id++) {
      const base = id * NT;
      let arr: number[] | undefined;
      for (let t = 0; t < NT; t++) {
        const v = this.w[base + t]! - this.u[base + t]! / this.c;
        if (Math.abs(v) < minAbs || v === 0) continue;
        const r = Math.round(v * f) / f;
        if (r === 0) continue;
        (arr ??= []).push(t, r);
      }
      if (arr) out[this.names[id]!] = arr;
    }
    return out;
  }

  get featureCount(): number {
    return this.names.length;
  }
}

/** Token-level training instance: the static feature ids of one token. */
export interface TrainDoc {
  info: DocInfo;
  gold: Int8Array;
  /** Static feature ids per token, flattened, with offsets. */
  feats: Int32Array;
  offsets: Int32Array;
}

export function prepareTrainDoc(trainer: Trainer, info: DocInfo, gold: Int8Array, gaz: Gazetteer): TrainDoc {
  const buf: string[] = [];
  const ids: number[] = [];
  const offsets = new Int32Array(info.n + 1);
  for (let i = 0; i < info.n; i++) {
    offsets[i] = ids.length;
    buf.length = 0;
    staticFeatures(info, i, gaz, buf);
    for (const f of buf) ids.push(trainer.id(f));
  }
  offsets[info.n] = ids.length;
  return { info, gold, feats: Int32Array.from(ids), offsets };
}

/** One greedy pass over a document with perceptron updates; returns the number of token errors. */
export function trainDoc(trainer: Trainer, doc: TrainDoc): number {
  const { info, gold, feats, offsets } = doc;
  const ids = new Int32Array(512);
  const scores = new Float64Array(NT);
  const dyn: string[] = [];
  const hist = new History();
  let errors = 0;
  let prev1 = -1;
  let prev2 = -1;
  for (let i = 0; i < info.n; i++) {
    if (i === info.sentStart[i]) prev1 = prev2 = -1;
    let n = 0;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) ids[n++] = feats[k]!;
    dyn.length = 0;
    dynamicFeatures(info, i, prev2, prev1, hist.get(info, i), dyn);
    for (const f of dyn) ids[n++] = trainer.id(f);
    trainer.score(ids, n, scores);
    const last = i === info.sentEnd[i]! - 1;
    const pred = argmaxAllowed(scores, prev1, last);
    const g = gold[i]!;
    if (pred !== g) {
      trainer.update(ids, n, g, pred);
      errors++;
    }
    trainer.tick();
    hist.add(info, i, pred);
    prev2 = prev1;
    prev1 = pred;
  }
  return errors;
}

/** Edge feature ids of every token: for each previous tag -1..NT-1, t1 and t1w/t1s. */
export function prepareEdges(trainer: Trainer, info: DocInfo): Int32Array {
  const E = EDGE_FEATS;
  const out = new Int32Array(info.n * (NT + 1) * E);
  const buf: string[] = [];
  for (let i = 0; i < info.n; i++) {
    for (let p = -1; p < NT; p++) {
      buf.length = 0;
      buf.push('t1=' + (p < 0 ? '^' : TAGS[p]!));
      tagWordFeatures(p, info.lows[i]!, info.shapes[i]!, buf);
      const base = (i * (NT + 1) + (p + 1)) * E;
      for (let k = 0; k < E; k++) out[base + k] = trainer.id(buf[k]!);
    }
  }
  return out;
}
const EDGE_FEATS = 3;

/**
 * First-order Viterbi over one sentence. node[i*NT+t] are node scores; edge(i, p, out) adds the
 * edge scores for previous tag p (-1 at the start) into out[0..NT). Returns the best allowed path.
 */
function viterbi(n: number, node: ArrayLike<number>, edge: (i: number, p: number, out: Float64Array) => void, path: Int8Array): void {
  const delta = new Float64Array(n * NT);
  const back = new Int8Array(n * NT);
  const e = new Float64Array(NT);
  e.fill(0);
  edge(0, -1, e);
  for (let t = 0; t < NT; t++) delta[t] = ALLOWED[t] && (n > 1 || ALLOWED_LAST[t]) ? node[t]! + e[t]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const row = i * NT;
    const prevRow = row - NT;
    for (let t = 0; t < NT; t++) delta[row + t] = -Infinity;
    const last = i === n - 1;
    for (let p = 0; p < NT; p++) {
      const dp = delta[prevRow + p]!;
      if (dp === -Infinity) continue;
      e.fill(0);
      edge(i, p, e);
      const ap = (p + 1) * NT;
      for (let t = 0; t < NT; t++) {
        if (!ALLOWED[ap + t] || (last && !ALLOWED_LAST[t])) continue;
        const v = dp + e[t]!;
        if (v > delta[row + t]!) {
          delta[row + t] = v;
          back[row + t] = p;
        }
      }
    }
    for (let t = 0; t < NT; t++) delta[row + t]! += node[row + t]!;
  }
  let best = 0;
  const lastRow = (n - 1) * NT;
  for (let t = 1; t < NT; t++) if (delta[lastRow + t]! > delta[lastRow + best]!) best = t;
  for (let i = n - 1; i >= 0; i--) {
    path[i] = best;
    best = back[i * NT + best]!;
  }
}

/** Structured perceptron pass over one document (Viterbi per sentence); returns token errors. */
export function trainDocViterbi(trainer: Trainer, doc: TrainDoc, edges: Int32Array): number {
  const { info, gold, feats, offsets } = doc;
  const hist = new History();
  let errors = 0;
  const E = EDGE_FEATS;
  for (let a = 0; a < info.n; ) {
    const b = info.sentEnd[a]!;
    const n = b - a;
    const node = new Float64Array(n * NT);
    const histIds = new Int32Array(n).fill(-1);
    for (let i = a; i < b; i++) {
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) trainer.addScores(feats[k]!, node, (i - a) * NT);
      const h = hist.get(info, i);
      if (h) {
        histIds[i - a] = trainer.id(historyFeature(h, info.cls[i]!));
        trainer.addScores(histIds[i - a]!, node, (i - a) * NT);
      }
    }
    const edge = (j: number, p: number, out: Float64Array): void => {
      const base = ((a + j) * (NT + 1) + (p + 1)) * E;
      for (let k = 0; k < E; k++) trainer.addScores(edges[base + k]!, out, 0);
    };
    const path = new Int8Array(n);
    viterbi(n, node, edge, path);
    let wrong = false;
    for (let j = 0; j < n; j++) if (path[j] !== gold[a + j]) wrong = true;
    if (wrong) {
      for (let j = 0; j < n; j++) {
        const i = a + j;
        const g = gold[i]!;
        const pr = path[j]!;
        const gp = j === 0 ? -1 : gold[i - 1]!;
        const pp = j === 0 ? -1 : path[j - 1]!;
        if (g !== pr) {
          errors++;
          for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
            trainer.updateOne(feats[k]!, g, 1);
            trainer.updateOne(feats[k]!, pr, -1);
          }
          if (histIds[j]! >= 0) {
            trainer.updateOne(histIds[j]!, g, 1);
            trainer.updateOne(histIds[j]!, pr, -1);
          }
        }
        if (g !== pr || gp !== pp) {
          const gb = (i * (NT + 1) + (gp + 1)) * E;
          const pb = (i * (NT + 1) + (pp + 1)) * E;
          for (let k = 0; k < E; k++) {
            trainer.updateOne(edges[gb + k]!, g, 1);
            trainer.updateOne(edges[pb + k]!, pr, -1);
          }
        }
      }
    }
    trainer.tick();
    for (let j = 0; j < n; j++) hist.add(info, a + j, path[j]!);
    a = b;
  }
  return errors;
}

function argmaxAllowed(scores: ArrayLike<number>, prev: number, last: boolean): number {
  let best = -1;
  let bestScore = -Infinity;
  for (let t = 0; t < NT; t++) {
    if (!ALLOWED[(prev + 1) * NT + t]) continue;
    if (last && !ALLOWED_LAST[t]) continue;
    const s = scores[t]!;
    if (s > bestScore) {
      bestScore = s;
      best = t;
    }
  }
  return best;
}

const ALLOWED = new Uint8Array((NT + 1) * NT);
const ALLOWED_LAST = new Uint8Array(NT);
for (let p = -1; p < NT; p++) for (let t = 0; t < NT; t++) ALLOWED[(p + 1) * NT + t] = allowed(p, t) ? 1 : 0;
for (let t = 0; t < NT; t++) ALLOWED_LAST[t] = allowedLast(t) ? 1 : 0;
/** For each previous tag, the tags allowed to follow it. */
const NEXT: Int8Array[] = [];
/** Tag names by previous tag + 1 ("^": sentence start), as the t1w/t1s features spell them. */
const TAG_NAMES = Array.from({ length: NT + 1 }, (_, k) => tagName(k - 1));
for (let p = 0; p < NT; p++) {
  const list: number[] = [];
  for (let t = 0; t < NT; t++) if (allowed(p, t)) list.push(t);
  NEXT.push(Int8Array.from(list));
}

// ---------- inference

const O_TAG = TAGS.indexOf('O');
const CLS_LOWER = CLS_NAMES.indexOf('l');
const CLS_DIGITS = CLS_NAMES.indexOf('d');
const CLS_OTHER = CLS_NAMES.indexOf('p');
/** Punctuation that may join the words of a name ("Amazon.com", "U.S.-based", "Democrats' economics", "AT&T"). */
const NAME_JOINERS = /^[.'&/\u2010-\u2015-]$/;

let PARTICLE_MAX_LENGTH = 0;
for (const w of NAME_PARTICLES) PARTICLE_MAX_LENGTH = Math.max(PARTICLE_MAX_LENGTH, w.length);

function quietNeighbour(d: DocInfo, k: number): boolean {
  const c = d.cls[k]!;
  return c === CLS_LOWER || c === CLS_DIGITS || (c === CLS_OTHER && !NAME_JOINERS.test(d.norms[k]!));
}

/**
 * A lowercase word (not a name particle) between lowercase words, numbers or plain punctuation.
 * The decoder fixes such a word to O without scoring it: on the BBC and Reuters corpora (4.06
 * million tokens, 53 % of them such words) the full decoder tagged 12 of them otherwise, 10 of
 * them wrongly ("criticized the Bank for [its] ... lending"); skipping them cuts the
 * recognizer's time (on BBC, same process) by a quarter. Particles ("van der Walt") are scored as any word.
 */
function plainOutside(d: DocInfo, i: number): boolean {
  if (d.cls[i] !== CLS_LOWER) return false;
  const low = d.lows[i]!;
  // (Particles are short words: a longer one skips the set.)
  if (low.length <= PARTICLE_MAX_LENGTH && NAME_PARTICLES.has(low)) return false;
  return (i - 1 < d.sentStart[i]! || quietNeighbour(d, i - 1)) && (i + 1 >= d.sentEnd[i]! || quietNeighbour(d, i + 1));
}

/**
 * Word entries kept per cache generation (two generations: recent and previous; about 1 KB each).
 * Sized for a newsroom's working vocabulary: the BBC corpus has 37,500 distinct tokens in 2,117
 * articles, and with 16,000 a long build rebuilt 35,000 entries per pass over it (a sixth of
 * extraction time); 40,000 costs about 40 MB per process.
 */
const CACHE_LIMIT = 40_000;
/** Layout of a word entry's vector: intrinsic, context at -2, -1, +1, +2, then fcs for (f, caps) = 00, 01, 10, 11. */
const SLOT_INTRINSIC = 0;
const SLOT_FCS = 5;
const SLOT_CAPS = 9;
const ENTRY_SLOTS = 12;

/** Everything the model precomputes for one token string. */
interface WordEntry {
  v: Float32Array;
  /** t1w + t1s weights by previous tag (-1..NT-1), or null when there are none. */
  t1: Float32Array | null;
  /** Viterbi transition scores into this token: t1 (masked) plus t1, or the shared masked t1. */
  trans: Float32Array;
  /** Shape id for shape trigrams (0: a shape no trigram feature knows). */
  shapeId: number;
}

export class NerModel {
  readonly gaz: Gazetteer;
  readonly decoder: 'greedy' | 'viterbi';
  /**
   * The non-zero weights of feature k (numbered through the templates in order) are
   * weightValues[j] for tag weightTags[j], j in [weightStarts[k], weightStarts[k + 1]): about 4 of
   * the 17 tags per feature, so sparse sums are cheaper than dense ones, and loading the model
   * allocates no dense table.
   */
  private readonly weightStarts: Uint32Array;
  private readonly weightTags: Uint8Array;
  private readonly weightValues: Float32Array;
  /** Feature values by template (see Emit); value k of a template is feature base + k. */
  private readonly byTemplate = new Map<string, { values: StringTable; base: number }>();
  private entries = new Map<string, WordEntry>();
  private oldEntries = new Map<string, WordEntry>();
  /** t1 and t2 transition weights by previous tag(s). */
  private readonly t1: Float32Array;
  private readonly t2: Float32Array;
  /** t1 with -1e30 for transitions that are not allowed (Viterbi). */
  private readonly t1Masked: Float32Array;
  private readonly tmp = new Float64Array(NT);
  /** Masked t1 plus t1s, by shape. */
  private readonly shapeTrans = new Map<string, Float32Array>();
  private readonly groupA: Float32Array;
  private readonly groupB: Float32Array;
  /** History feature weights by bits (0..31) and class. */
  private readonly hist: Float32Array;

  /**
   * The t1w features ("t1w=" + previous tag + "|" + word) by word: (previous tag + 1, feature)
   * pairs. One lookup per new word instead of one per previous tag, which was a third of the
   * lookups of building a word's entry, for words of which most have none.
   */
  private readonly t1wByWord = new Map<string, number[]>();
  /** Shape trigrams: shapes known to any trigram feature get ids; the trigram is keyed by (a * S + b) * S + c. */
  private readonly shapeIds = new Map<string, number>();
  private readonly trigrams = new Map<number, number>();
  private readonly padBefore: WordEntry;
  private readonly padAfter: WordEntry;
  private readonly buf: string[] = [];
  private readonly runHeadCache = new Map<string, Float32Array | null>();
  /** Neighbour-feature sums of the document being tagged, by the shared array (DocInfo.neighbours). */
  private neighbourCache = new Map<string[], number>();
  private neighbourSums = new Float32Array(64 * NT);
  private neighbourSumsUsed = 0;
  /** Viterbi tables, reused from document to document (grown to the longest sentence). */
  private viterbiDelta = new Float64Array(64 * NT);
  private viterbiBack = new Int8Array(64 * NT);
  /** Per token of the sentence being decoded: 1 when plainOutside fixed it to O. */
  private plain = new Uint8Array(64);

  constructor(file: CompiledModel) {
    if (file.tags.join(' ') !== TAGS.join(' ')) throw new Error('NER model: tag set mismatch');
    this.gaz = new Gazetteer(file.phraseKeys, file.words, file.clusters);
    this.decoder = file.decoder ?? 'greedy';
    this.weightStarts = file.weightStarts;
    this.weightTags = file.weightTags;
    this.weightValues = file.weightValues;
    let next = 0;
    for (const { name, values } of file.templates) {
      this.byTemplate.set(name, { values, base: next });
      next += values.size;
    }
    if (next + 1 !== this.weightStarts.length) throw new Error('NER model: weights and features do not match');
    const buf: string[] = [];
    this.t1 = new Float32Array((NT + 1) * NT);
    this.t2 = new Float32Array((NT + 1) * (NT + 1) * NT);
    for (let p1 = -1; p1 < NT; p1++) {
      for (let p2 = -1; p2 < NT; p2++) {
        buf.length = 0;
        transitionFeatures(p2, p1, buf);
        if (p2 === -1) this.addTo(this.t1, (p1 + 1) * NT, buf[0]!);
        this.addTo(this.t2, ((p2 + 1) * (NT + 1) + (p1 + 1)) * NT, buf[1]!);
      }
    }
    this.t1Masked = new Float32Array((NT + 1) * NT);
    for (let k = 0; k < this.t1.length; k++) this.t1Masked[k] = ALLOWED[k] ? this.t1[k]! : -1e30;
    this.groupA = new Float32Array(GROUP_A_SIZE * NT);
    for (let f = 0; f < 2; f++)
      for (let cp = 0; cp < 2; cp++)
        for (let c = 0; c < CLS_NAMES.length; c++)
          for (let bits = 0; bits < 8; bits++) {
            buf.length = 0;
            groupAFeatures(f, cp, c, bits, buf);
            for (const x of buf) this.addTo(this.groupA, groupAIndex(f, cp, c, bits) * NT, x);
          }
    this.groupB = new Float32Array(GROUP_B_SIZE * NT);
    for (let cr = 0; cr < 21; cr++)
      for (let cp = 0; cp < 2; cp++)
        for (let ini = 0; ini < 3; ini++) {
          buf.length = 0;
          groupBFeatures(cr, cp, ini, buf);
          for (const x of buf) this.addTo(this.groupB, groupBIndex(cr, cp, ini) * NT, x);
        }
    this.hist = new Float32Array(32 * CLS_NAMES.length * NT);
    for (let bits = 1; bits < 32; bits++)
      for (let c = 0; c < CLS_NAMES.length; c++) this.addTo(this.hist, (bits * CLS_NAMES.length + c) * NT, historyFeature(bits, c));
    // Shape trigrams: "st=a|b|c" where shapes may themselves contain "|" only as a literal
    // character of the token; such trigrams are looked up by name instead.
    const parsed: [string, string, string, number][] = [];
    for (const [value, v] of this.all('st')) {
      const parts = value.split('|');
      if (parts.length !== 3) continue;
      parsed.push([parts[0]!, parts[1]!, parts[2]!, v]);
      for (const p of parts) if (!this.shapeIds.has(p)) this.shapeIds.set(p, this.shapeIds.size + 1);
    }
    const tagIndex = new Map(TAG_NAMES.map((name, k) => [name, k]));
    for (const [value, k] of this.all('t1w')) {
      const bar = value.indexOf('|');
      const prev = tagIndex.get(value.slice(0, bar));
      if (bar < 0 || prev === undefined) continue;
      const word = value.slice(bar + 1);
      let pairs = this.t1wByWord.get(word);
      if (pairs === undefined) this.t1wByWord.set(word, (pairs = []));
      pairs.push(prev, k);
    }
    const S = this.shapeIds.size + 1;
    for (const [a, b, c, v] of parsed) this.trigrams.set((this.shapeIds.get(a)! * S + this.shapeIds.get(b)!) * S + this.shapeIds.get(c)!, v);
    this.padBefore = this.makeEntry(PAD_BEFORE);
    this.padAfter = this.makeEntry(PAD_AFTER);
  }

  /** A feature's number, or -1 when the model has no weights for it. */
  private find(template: string, value: string): number {
    const t = this.byTemplate.get(template);
    if (t === undefined) return -1;
    const k = t.values.indexOf(value);
    return k < 0 ? -1 : t.base + k;
  }

  /** Adds feature k's weights into target[offset..offset+NT). */
  private add(k: number, target: Float32Array | Float64Array, offset: number): void {
    const tags = this.weightTags;
    const values = this.weightValues;
    for (let j = this.weightStarts[k]!, end = this.weightStarts[k + 1]!; j < end; j++) target[offset + tags[j]!]! += values[j]!;
  }

  /** The same by the feature's name (template=value, or the template alone). */
  private lookup(name: string): number {
    const eq = name.indexOf('=');
    return eq < 0 ? this.find(name, '') : this.find(name.slice(0, eq), name.slice(eq + 1));
  }

  /** Every feature of a template, as [value, feature number]. */
  private all(template: string): [string, number][] {
    const t = this.byTemplate.get(template);
    if (t === undefined) return [];
    return Array.from({ length: t.values.size }, (_, k): [string, number] => [t.values.at(k), t.base + k]);
  }

  private addTo(target: Float32Array, offset: number, name: string): void {
    const k = this.lookup(name);
    if (k >= 0) this.add(k, target, offset);
  }

  /** Target of `emit` while an entry is built. */
  private target = new Float32Array(0);
  private targetOffset = 0;
  private readonly emit: Emit = (template, value) => {
    const k = this.find(template, value);
    if (k >= 0) this.add(k, this.target, this.targetOffset);
  };

  private makeEntry(norm: string): WordEntry {
    const v = new Float32Array(ENTRY_SLOTS * NT);
    const pad = norm === PAD_BEFORE || norm === PAD_AFTER;
    const wi: WordInfo = pad ? { norm, low: norm, shape: norm, cls: 'p' } : wordInfo(norm);
    this.target = v;
    if (!pad) {
      this.targetOffset = SLOT_INTRINSIC * NT;
      intrinsicFeatures(wi, this.gaz, this.emit);
    }
    for (let s = 0; s < CONTEXT_OFFSETS.length; s++) {
      this.targetOffset = (1 + s) * NT;
      contextFeatures(wi, CONTEXT_OFFSETS[s]!, this.gaz, this.emit);
    }
    for (let s = 0; s < CAPS_OFFSETS.length; s++) {
      const k = CAPS_OFFSETS[s]!;
      if (k === 0 && pad) continue;
      this.targetOffset = (SLOT_CAPS + s) * NT;
      capsWordFeature(wi, k, this.emit);
    }
    const shape = wi.shape;
    let t1: Float32Array | null = null;
    let trans = this.t1Masked;
    if (!pad) {
      for (let fc = 0; fc < 4; fc++) {
        this.targetOffset = (SLOT_FCS + fc) * NT;
        fcsFeature(fc >> 1, fc & 1, shape, this.emit);
      }
      // Transitions into this token: t1, plus t1s ("t1s=" + previous tag + "|" + shape, shared
      // by all words of a shape), plus t1w ("t1w=" + previous tag + "|" + word).
      let byShape = this.shapeTrans.get(shape);
      if (!byShape) {
        byShape = new Float32Array(this.t1Masked);
        for (let p = -1; p < NT; p++) {
          const k = this.find('t1s', TAG_NAMES[p + 1]! + '|' + shape);
          if (k >= 0) this.add(k, byShape, (p + 1) * NT);
        }
        this.shapeTrans.set(shape, byShape);
      }
      trans = byShape;
      const wordTrans = this.t1wByWord.get(wi.low);
      if (wordTrans !== undefined) {
        trans = new Float32Array(byShape);
        for (let j = 0; j < wordTrans.length; j += 2) this.add(wordTrans[j + 1]!, trans, wordTrans[j]! * NT);
      }
      if (this.decoder === 'greedy') {
        // Greedy decoding adds t1 separately: keep the word and shape part alone.
        t1 = new Float32Array(trans);
        for (let k = 0; k < t1.length; k++) t1[k]! -= this.t1Masked[k]!;
      }
    }
    return { v, t1, trans, shapeId: this.shapeIds.get(shape) ?? 0 };
  }


  private entry(norm: string): WordEntry {
    let e = this.entries.get(norm);
    if (e === undefined) {
      e = this.oldEntries.get(norm) ?? this.makeEntry(norm);
      if (this.entries.size >= CACHE_LIMIT) {
        // Start a new generation; entries used since are promoted from the old one.
        this.oldEntries = this.entries;
        this.entries = new Map();
      }
      this.entries.set(norm, e);
    }
    return e;
  }

  /**
   * Writes the static (tag-independent) scores of token i into out[offset..offset+NT): the first
   * loop assigns, so callers need not zero the row first (it used to add into a zeroed row; 0 + x is x).
   */
  private nodeScores(d: DocInfo, ents: WordEntry[], i: number, out: Float32Array | Float64Array, offset: number): void {
    const ss = d.sentStart[i]!;
    const se = d.sentEnd[i]!;
    const e = ents[i]!;
    const ev = e.v;
    const em1 = i - 1 >= ss ? ents[i - 1]! : this.padBefore;
    const ep1 = i + 1 < se ? ents[i + 1]! : this.padAfter;
    const vm2 = (i - 2 >= ss ? ents[i - 2]! : this.padBefore).v;
    const vm1 = em1.v;
    const vp1 = ep1.v;
    const vp2 = (i + 2 < se ? ents[i + 2]! : this.padAfter).v;
    const f = d.first[i]!;
    const cp = d.caps[i]!;
    const fcs = (SLOT_FCS + f * 2 + cp) * NT;
    const ga = groupAIndex(f, cp, d.cls[i]!, d.docBits[i]!) * NT;
    const gb = groupBIndex(d.capRun[i]!, cp, d.ini[i]!) * NT;
    const gA = this.groupA;
    const gB = this.groupB;
    for (let t = 0; t < NT; t++) {
      out[offset + t] = ev[t]! + ev[fcs + t]! + vm2[NT + t]! + vm1[2 * NT + t]! + vp1[3 * NT + t]! + vp2[4 * NT + t]! + gA[ga + t]! + gB[gb + t]!;
    }
    if (cp) {
      const c0 = SLOT_CAPS * NT;
      const c1 = (SLOT_CAPS + 1) * NT;
      const c2 = (SLOT_CAPS + 2) * NT;
      for (let t = 0; t < NT; t++) out[offset + t]! += ev[c0 + t]! + vm1[c1 + t]! + vp1[c2 + t]!;
    }
    if (e.shapeId && em1.shapeId && ep1.shapeId) {
      const S = this.shapeIds.size + 1;
      const tri = this.trigrams.get((em1.shapeId * S + e.shapeId) * S + ep1.shapeId);
      if (tri !== undefined) this.add(tri, out, offset);
    }
    if (d.gaz[i] || (i > ss && d.gaz[i - 1]) || (i + 1 < se && d.gaz[i + 1])) {
      const gazBuf = this.buf;
      gazBuf.length = 0;
      gazFeatures(d, i, gazBuf);
      for (const x of gazBuf) {
        const k = this.lookup(x);
        if (k >= 0) this.add(k, out, offset);
      }
    }
    if (d.runHead[i]! >= 0) {
      const rh = this.runHeadScores(d, i);
      if (rh) for (let t = 0; t < NT; t++) out[offset + t]! += rh[t]!;
    }
    const nb = d.neighbours[i];
    if (nb) {
      let at = this.neighbourCache.get(nb);
      if (at === undefined) {
        at = this.neighbourSum(nb);
        this.neighbourCache.set(nb, at);
      }
      if (at >= 0) {
        const v = this.neighbourSums;
        for (let t = 0; t < NT; t++) out[offset + t]! += v[at + t]!;
      }
    }
  }

  /**
   * Sums the weights of a word's neighbour features into the document's table of such sums
   * (one buffer reused from document to document); returns where, or -1 when none has any.
   */
  private neighbourSum(features: string[]): number {
    const at = this.neighbourSumsUsed;
    if (at + NT > this.neighbourSums.length) {
      const grown = new Float32Array(this.neighbourSums.length * 2);
      grown.set(this.neighbourSums.subarray(0, at));
      this.neighbourSums = grown;
    }
    const v = this.neighbourSums;
    v.fill(0, at, at + NT);
    let any = false;
    for (const x of features) {
      const k = this.lookup(x);
      if (k < 0) continue;
      any = true;
      this.add(k, v, at);
    }
    if (!any) return -1;
    this.neighbourSumsUsed = at + NT;
    return at;
  }

  /** Summed weights of some features, or null when none has any. */
  private sumOf(features: string[]): Float32Array | null {
    let sum: Float32Array | null = null;
    for (const x of features) {
      const k = this.lookup(x);
      if (k < 0) continue;
      sum ??= new Float32Array(NT);
      this.add(k, sum, 0);
    }
    return sum;
  }

  /** Name-head scores: they depend only on the position (B or I) and the head word, so they are cached by those. */
  private runHeadScores(d: DocInfo, i: number): Float32Array | null {
    const key = (((d.capRun[i]! - 1) & 3) === 0 ? 'B' : 'I') + d.norms[d.runHead[i]!]!;
    let v = this.runHeadCache.get(key);
    if (v === undefined) {
      if (this.runHeadCache.size >= CACHE_LIMIT) this.runHeadCache.clear();
      const buf = this.buf;
      buf.length = 0;
      runHeadFeatures(d, i, this.gaz, buf);
      v = this.sumOf(buf);
      this.runHeadCache.set(key, v);
    }
    return v;
  }

  private addHistory(d: DocInfo, i: number, h: number, out: Float32Array | Float64Array, offset: number): void {
    if (!h) return;
    const ho = (h * CLS_NAMES.length + d.cls[i]!) * NT;
    for (let t = 0; t < NT; t++) out[offset + t]! += this.hist[ho + t]!;
  }

  /** Decodes a whole document; returns one tag index per token. */
  tagDoc(d: DocInfo): Int8Array {
    const n = d.n;
    this.neighbourCache = new Map();
    this.neighbourSumsUsed = 0;
    const ents = new Array<WordEntry>(n);
    // A word's weights wait in its forms' slot (features.ts wordForms): one probe per token in
    // prepareDoc instead of a second one here by form.
    const words = d.words;
    for (let i = 0; i < n; i++) {
      const w = words[i]!;
      if (w.owner === this) ents[i] = w.weights as WordEntry;
      else {
        const e = this.entry(w.norm);
        w.owner = this;
        w.weights = e;
        ents[i] = e;
      }
    }
    return this.decoder === 'viterbi' ? this.tagViterbi(d, ents) : this.tagGreedy(d, ents);
  }

  private tagViterbi(d: DocInfo, ents: WordEntry[]): Int8Array {
    const tags = new Int8Array(d.n);
    const hist = new History();
    let delta = this.viterbiDelta;
    let back = this.viterbiBack;
    for (let a = 0; a < d.n; ) {
      const b = d.sentEnd[a]!;
      const n = b - a;
      if (n * NT > delta.length) {
        let cap = delta.length / NT;
        while (cap < n) cap *= 2;
        delta = this.viterbiDelta = new Float64Array(cap * NT);
        back = this.viterbiBack = new Int8Array(cap * NT);
      }
      // delta starts as node scores; transitions are added below. A plain word (plainOutside) is
      // outside every name: only its O cell stays open, at a score common to all paths.
      if (this.plain.length < n) this.plain = new Uint8Array(delta.length / NT);
      const plain = this.plain;
      for (let i = a; i < b; i++) {
        const row = (i - a) * NT;
        if ((plain[i - a] = plainOutside(d, i) ? 1 : 0)) {
          for (let t = 0; t < NT; t++) delta[row + t] = -Infinity;
          delta[row + O_TAG] = 0;
          continue;
        }
        // nodeScores assigns the row (no zeroing first).
        this.nodeScores(d, ents, i, delta, row);
        this.addHistory(d, i, hist.get(d, i), delta, row);
      }
      // Token 0: transition from the sentence start.
      const w0 = ents[a]!.trans;
      for (let t = 0; t < NT; t++) delta[t]! += w0[t]!;
      const tmp = this.tmp;
      for (let j = 1; j < n; j++) {
        const row = j * NT;
        const prevRow = row - NT;
        const w = ents[a + j]!.trans;
        if (plain[j]) {
          if (plain[j - 1]) {
            // After a plain word only the O cell is open: the loop below would find just it.
            delta[row + O_TAG] = delta[prevRow + O_TAG]! + w[(O_TAG + 1) * NT + O_TAG]!;
            back[row + O_TAG] = O_TAG;
            continue;
          }
          let best = -Infinity;
          let from = 0;
          for (let p = 0; p < NT; p++) {
            const dp = delta[prevRow + p]!;
            if (dp < -1e29) continue;
            const v = dp + w[(p + 1) * NT + O_TAG]!;
            if (v > best) {
              best = v;
              from = p;
            }
          }
          delta[row + O_TAG] = best;
          back[row + O_TAG] = from;
          continue;
        }
        for (let t = 0; t < NT; t++) tmp[t] = -Infinity;
        for (let p = 0; p < NT; p++) {
          const dp = delta[prevRow + p]!;
          if (dp < -1e29) continue;
          const o = (p + 1) * NT;
          const next = NEXT[p]!;
          for (let k = 0; k < next.length; k++) {
            const t = next[k]!;
            const v = dp + w[o + t]!;
            if (v > tmp[t]!) {
              tmp[t] = v;
              back[row + t] = p;
            }
          }
        }
        for (let t = 0; t < NT; t++) delta[row + t]! += tmp[t]!;
      }
      const lastRow = (n - 1) * NT;
      let best = 0;
      for (let t = 1; t < NT; t++) if (ALLOWED_LAST[t] && delta[lastRow + t]! > delta[lastRow + best]!) best = t;
      for (let j = n - 1; j >= 0; j--) {
        tags[a + j] = best;
        best = back[j * NT + best]!;
      }
      for (let j = 0; j < n; j++) hist.add(d, a + j, tags[a + j]!);
      a = b;
    }
    return tags;
  }

  private tagGreedy(d: DocInfo, ents: WordEntry[]): Int8Array {
    const n = d.n;
    const tags = new Int8Array(n);
    const scores = new Float32Array(NT);
    const hist = new History();
    let prev1 = -1;
    let prev2 = -1;
    for (let i = 0; i < n; i++) {
      if (i === d.sentStart[i]) prev1 = prev2 = -1;
      this.nodeScores(d, ents, i, scores, 0);
      this.addHistory(d, i, hist.get(d, i), scores, 0);
      const o1 = (prev1 + 1) * NT;
      const o2 = ((prev2 + 1) * (NT + 1) + (prev1 + 1)) * NT;
      for (let t = 0; t < NT; t++) scores[t]! += this.t1[o1 + t]! + this.t2[o2 + t]!;
      const e = ents[i]!;
      if (e.t1) {
        const w = e.t1;
        for (let t = 0; t < NT; t++) scores[t]! += w[o1 + t]!;
      }
      const pred = argmaxAllowed(scores, prev1, i === d.sentEnd[i]! - 1);
      tags[i] = pred;
      hist.add(d, i, pred);
      prev2 = prev1;
      prev1 = pred;
    }
    return tags;
  }
}
