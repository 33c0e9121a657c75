// Derives word clusters for the name recognizer from raw text, at training time only (the
// table is stored in the model file). Words that occur in similar contexts get similar cluster
// paths: unseen surnames end up near seen surnames, company names near company names, which is
// what lets a recognizer trained on 1996 newswire generalize to other text (the classic gain of
// Brown clusters in NER; Ratinov & Roth 2009, Turian et al. 2010).
//
// Method (distributional, in the spirit of Lin & Wu 2009): each word of the vocabulary gets a
// vector of its left and right neighbours at distance 1 and 2 (frequent words by identity, the
// others by shape), weighted by positive PMI; a randomized SVD reduces it to a few dozen
// dimensions; a hierarchical spherical k-means (branching 4) splits the vocabulary into a tree.
// A word's path in the tree ("0312") plays the role of a Brown bit string: its prefixes are
// clusters at coarser grain. Everything is seeded; the same text gives the same table.

import { clusterKey, lowerKey, normToken, shortShape } from './features.js';
import { mulberry32 } from '../../random.js';

export interface ClusterOptions {
  /** Words seen fewer times are not clustered. */
  minCount: number;
  /** At most this many words (the most frequent) are clustered. */
  maxWords: number;
  /** Frequent words used as context by identity. */
  contextWords: number;
  /** SVD dimensions. */
  dims: number;
  /** Depth of the tree (branching 4): paths have up to this many digits. */
  depth: number;
  /** A node with fewer words is not split further. */
  minLeaf: number;
  seed: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { minCount: 3, maxWords: 60_000, contextWords: 2000, dims: 64, depth: 7, minLeaf: 12, seed: 1987 };

/** mulberry32, plus Gaussians by Box-Muller. */
function rng(seed: number): { uniform: () => number; gauss: () => number } {
  const uniform = mulberry32(seed);
  const gauss = (): number => {
    const u = uniform() || 1e-12;
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
  };
  return { uniform, gauss };
}

/** Lines of tokens ("sentences" for context counting); lines without a lowercase letter (headlines in capitals) are left out. */
export type TokenLines = Iterable<string[]>;

const BOUNDARY = '<b>';
const MAX_SHAPES = 4096;

export function buildClusters(lines: TokenLines, opts: ClusterOptions = DEFAULT_CLUSTER_OPTIONS): Map<string, string> {
  // 1. Counts of words (cased keys) and of context words (lowercase keys).
  const wordCount = new Map<string, number>();
  const ctxCount = new Map<string, number>();
  const kept: string[][] = [];
  for (const raw of lines) {
    const toks = raw.map((t) => clusterKey(normToken(t)));
    if (!toks.some((t) => t !== t.toUpperCase())) continue;
    kept.push(toks);
    for (const t of toks) {
      wordCount.set(t, (wordCount.get(t) ?? 0) + 1);
      const l = lowerKey(t);
      ctxCount.set(l, (ctxCount.get(l) ?? 0) + 1);
    }
  }
  const byCount = (m: Map<string, number>): string[] => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map((x) => x[0]);
  const vocab = byCount(wordCount)
    .filter((w) => wordCount.get(w)! >= opts.minCount)
    .slice(0, opts.maxWords);
  const wordId = new Map(vocab.map((w, i) => [w, i]));
  // Context features: frequent words by identity, others by their shape, plus the line boundary.
  const ctxId = new Map<string, number>();
  for (const w of byCount(ctxCount).slice(0, opts.contextWords)) ctxId.set(w, ctxId.size);
  ctxId.set(BOUNDARY, ctxId.size);
  const shapeId = new Map<string, number>();
  const ctxOf = (tok: string | undefined): number => {
    if (tok === undefined) return ctxId.get(BOUNDARY)!;
    const id = ctxId.get(lowerKey(tok));
    if (id !== undefined) return id;
    const s = 'shape:' + shortShape(tok).slice(0, 6);
    let sid = shapeId.get(s);
    if (sid === undefined) {
      if (shapeId.size >= MAX_SHAPES) return ctxId.size + MAX_SHAPES - 1;
      sid = ctxId.size + shapeId.size;
      shapeId.set(s, sid);
    }
    return sid;
  };
  const OFFSETS = [-2, -1, 1, 2];
  const V = vocab.length;
  // Context ids are final only after the pass, so keys use a generous stride.
  const STRIDE = opts.contextWords + 1 + MAX_SHAPES;
  const co = new Map<number, number>();
  for (const toks of kept) {
    for (let i = 0; i < toks.length; i++) {
      const w = wordId.get(toks[i]!);
      if (w === undefined) continue;
      for (let k = 0; k < OFFSETS.length; k++) {
        const c = ctxOf(toks[i + OFFSETS[k]!]);
        const key = (w * 4 + k) * STRIDE + c;
        co.set(key, (co.get(key) ?? 0) + 1);
      }
    }
  }
  const D = 4 * STRIDE;

  // 2. Positive PMI with context-distribution smoothing (exponent 0.75), as CSR rows.
  const keys = Float64Array.from(co.keys()).sort();
  const rowPtr = new Int32Array(V + 1);
  const cols = new Int32Array(keys.length);
  const vals = new Float32Array(keys.length);
  const rowSum = new Float64Array(V);
  const colSum = new Float64Array(D);
  for (const [key, n] of co) {
    const w = Math.floor(key / D);
    rowSum[w]! += n;
    colSum[key - w * D]! += n;
  }
  let total = 0;
  let colTotal = 0;
  for (let c = 0; c < D; c++) {
    total += colSum[c]!;
    colSum[c] = colSum[c]! ** 0.75;
    colTotal += colSum[c]!;
  }
  let nnz = 0;
  let row = 0;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    const w = Math.floor(key / D);
    while (row < w) rowPtr[++row] = nnz;
    const c = key - w * D;
    const pmi = Math.log((co.get(key)! * colTotal) / (rowSum[w]! * colSum[c]!));
    if (pmi <= 0) continue;
    cols[nnz] = c;
    vals[nnz] = pmi;
    nnz++;
  }
  while (row < V) rowPtr[++row] = nnz;
  co.clear();

  // 3. Randomized SVD (Halko et al.): A (V x D) ≈ Q B; the word vectors are the left singular
  //    vectors (no singular-value weighting), rows normalized to unit length.
  const R = opts.dims + 8;
  const random = rng(opts.seed);
  const mulA = (X: Float64Array, out: Float64Array): void => {
    // out (V x R) = A X, X (D x R)
    out.fill(0);
    for (let i = 0; i < V; i++) {
      const o = i * R;
      for (let p = rowPtr[i]!; p < rowPtr[i + 1]!; p++) {
        const v = vals[p]!;
        const x = cols[p]! * R;
        for (let r = 0; r < R; r++) out[o + r]! += v * X[x + r]!;
      }
    }
  };
  const mulAt = (Y: Float64Array, out: Float64Array): void => {
    // out (D x R) = A^T Y, Y (V x R)
    out.fill(0);
    for (let i = 0; i < V; i++) {
      const o = i * R;
      for (let p = rowPtr[i]!; p < rowPtr[i + 1]!; p++) {
        const v = vals[p]!;
        const x = cols[p]! * R;
        for (let r = 0; r < R; r++) out[x + r]! += v * Y[o + r]!;
      }
    }
  };
  const omega = new Float64Array(D * R);
  for (let k = 0; k < omega.length; k++) omega[k] = random.gauss();
  const Y = new Float64Array(V * R);
  const Z = new Float64Array(D * R);
  mulA(omega, Y);
  orthonormalize(Y, V, R);
  for (let it = 0; it < 2; it++) {
    mulAt(Y, Z);
    orthonormalize(Z, D, R);
    mulA(Z, Y);
    orthonormalize(Y, V, R);
  }
  // B = Q^T A (R x D); B B^T = (Q^T A)(A^T Q) = Q^T (A (A^T Q)).
  mulAt(Y, Z);
  const AZ = new Float64Array(V * R);
  mulA(Z, AZ);
  const BBt = new Float64Array(R * R);
  for (let i = 0; i < V; i++)
    for (let a = 0; a < R; a++) {
      const q = Y[i * R + a]!;
      if (q === 0) continue;
      for (let b = 0; b < R; b++) BBt[a * R + b]! += q * AZ[i * R + b]!;
    }
  const { vectors } = jacobiEigen(BBt, R);
  // Left singular vectors of A: Q times the eigenvectors of B B^T, the `dims` largest.
  const dims = opts.dims;
  const emb = new Float32Array(V * dims);
  for (let i = 0; i < V; i++) {
    let norm = 0;
    for (let d = 0; d < dims; d++) {
      let s = 0;
      for (let a = 0; a < R; a++) s += Y[i * R + a]! * vectors[a * R + d]!;
      emb[i * dims + d] = s;
      norm += s * s;
    }
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dims; d++) emb[i * dims + d]! /= norm;
  }

  // 4. Hierarchical spherical k-means, branching 4; children ordered by their most frequent word.
  const paths = new Map<string, string>();
  const split = (members: Int32Array, path: string): void => {
    if (path.length >= opts.depth || members.length < opts.minLeaf * 2) {
      for (const w of members) paths.set(vocab[w]!, path);
      return;
    }
    const groups = sphericalKMeans(emb, dims, members, 4, random.uniform).filter((g) => g.length > 0);
    if (groups.length < 2) {
      for (const w of members) paths.set(vocab[w]!, path);
      return;
    }
    groups.sort((a, b) => a[0]! - b[0]!);
    groups.forEach((g, k) => split(g, path + k));
  };
  const all = new Int32Array(V);
  for (let i = 0; i < V; i++) all[i] = i;
  split(all, '');
  return paths;
}

/** Modified Gram-Schmidt on the columns of M (n x r, row-major), in place. */
function orthonormalize(M: Float64Array, n: number, r: number): void {
  for (let a = 0; a < r; a++) {
    for (let b = 0; b < a; b++) {
      let dot = 0;
      for (let i = 0; i < n; i++) dot += M[i * r + a]! * M[i * r + b]!;
      for (let i = 0; i < n; i++) M[i * r + a]! -= dot * M[i * r + b]!;
    }
    let norm = 0;
    for (let i = 0; i < n; i++) norm += M[i * r + a]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < n; i++) M[i * r + a]! /= norm;
  }
}

/** Eigenvectors of a symmetric matrix (cyclic Jacobi), as columns sorted by decreasing eigenvalue. */
function jacobiEigen(S: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const A = Float64Array.from(S);
  const V = new Float64Array(n * n);
  for (let i = 0; i < n; i++) V[i * n + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += A[p * n + q]! ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p++)
      for (let q = p + 1; q < n; q++) {
        const apq = A[p * n + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (A[q * n + q]! - A[p * n + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = A[k * n + p]!;
          const akq = A[k * n + q]!;
          A[k * n + p] = c * akp - s * akq;
          A[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = A[p * n + k]!;
          const aqk = A[q * n + k]!;
          A[p * n + k] = c * apk - s * aqk;
          A[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = V[k * n + p]!;
          const vkq = V[k * n + q]!;
          V[k * n + p] = c * vkp - s * vkq;
          V[k * n + q] = s * vkp + c * vkq;
        }
      }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => A[b * n + b]! - A[a * n + a]! || a - b);
  const values = new Float64Array(n);
  const vectors = new Float64Array(n * n);
  order.forEach((src, dst) => {
    values[dst] = A[src * n + src]!;
    for (let k = 0; k < n; k++) vectors[k * n + dst] = V[k * n + src]!;
  });
  return { values, vectors };
}

/** Spherical k-means (k-means++ seeding) over unit vectors; returns the members of each cluster, in word order. */
function sphericalKMeans(emb: Float32Array, dims: number, members: Int32Array, k: number, uniform: () => number): Int32Array[] {
  const n = members.length;
  const cent = new Float64Array(k * dims);
  const dist = new Float64Array(n).fill(Infinity);
  const sim = (w: number, c: number): number => {
    let s = 0;
    const o = w * dims;
    const co = c * dims;
    for (let d = 0; d < dims; d++) s += emb[o + d]! * cent[co + d]!;
    return s;
  };
  // k-means++: the first centre is the most frequent word, the next ones drawn by squared distance.
  for (let c = 0; c < k; c++) {
    let pick = 0;
    if (c > 0) {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += dist[i]!;
      let r = uniform() * sum;
      for (pick = 0; pick < n - 1; pick++) {
        r -= dist[pick]!;
        if (r <= 0) break;
      }
    }
    const w = members[pick]!;
    for (let d = 0; d < dims; d++) cent[c * dims + d] = emb[w * dims + d]!;
    for (let i = 0; i < n; i++) dist[i] = Math.min(dist[i]!, Math.max(0, 2 - 2 * sim(members[i]!, c)));
  }
  const assign = new Int32Array(n).fill(-1);
  for (let it = 0; it < 20; it++) {
    let changed = 0;
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestSim = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = sim(members[i]!, c);
        if (s > bestSim) {
          bestSim = s;
          best = c;
        }
      }
      if (assign[i] !== best) {
        assign[i] = best;
        changed++;
      }
    }
    if (changed === 0) break;
    cent.fill(0);
    for (let i = 0; i < n; i++) {
      const o = members[i]! * dims;
      const co = assign[i]! * dims;
      for (let d = 0; d < dims; d++) cent[co + d]! += emb[o + d]!;
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += cent[c * dims + d]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dims; d++) cent[c * dims + d]! /= norm;
    }
  }
  const out: number[][] = Array.from({ length: k }, () => []);
  for (let i = 0; i < n; i++) out[assign[i]!]!.push(members[i]!);
  return out.map((g) => Int32Array.from(g));
}
