// The recognizer's model file: a compact binary form that loads in tens of milliseconds. A JSON
// model of some 100,000 features took seconds to parse and index (a string, an array and map
// entries per feature). Here the feature values of each template are one UTF-8 blob, looked up
// through a hash index built over the bytes (string-table.ts), and the weights are typed arrays
// (tag indexes and 16-bit fixed-point weights of the non-zero entries), expanded into one dense
// Float32Array at load time. Written by scripts/train-ner.ts; the bytes depend only on the model,
// so training reproduces the file exactly.
//
// Layout (integers little-endian; not compressed, as git and npm compress it anyway and
// inflating would cost more than reading):
//   "NKGNER2\n"                   magic and version
//   u32 n, n bytes                 header, JSON: tags, decoder, meta, gazetteer phrase keys and
//                                  word lists, templates ([name, feature count, byte length]),
//                                  weight scale, cluster paths (the distinct ones)
//   u32 n, n bytes                 feature values of all templates in order, NUL-separated within
//                                  a template (each template's bytes follow the previous one's)
//   u32 n, n bytes                 clustered words, NUL-separated
//   u32 n, n bytes                 u16 per clustered word: index of its path in the header list
//   u32 n, n bytes                 u8 per feature: number of non-zero weights
//   u32 n, n bytes                 u8 per non-zero weight: tag index
//   u32 n, n bytes                 i16 per non-zero weight: weight x scale

import { gunzipSync } from 'node:zlib';
import { keyPhrases, keyWords, type GazetteerData, type PhraseKeys } from './features.js';
import { ClusterTable, StringTable } from './string-table.js';

/** The model as training builds it: readable records (see also CompiledModel). */
export interface ModelFile {
  format: 'newskg-ner-perceptron';
  version: 1;
  tags: string[];
  /** greedy: left to right with t1/t2 transition features; viterbi: first-order, per sentence. */
  decoder: 'greedy' | 'viterbi';
  gazetteer: GazetteerData;
  /** Word clusters: cluster key → path (see clusters-build.ts). */
  clusters?: Record<string, string>;
  /** Feature → sparse weights: [tagIndex, weight, tagIndex, weight, ...]. */
  weights: Record<string, number[]>;
  meta?: Record<string, unknown>;
}

/** The model as the tagger uses it, and as the binary file stores it. */
export interface CompiledModel {
  tags: string[];
  decoder: 'greedy' | 'viterbi';
  phraseKeys: PhraseKeys;
  words: Record<string, string[]>;
  clusters: ClusterTable;
  /**
   * Templates in file order, each with its feature values (a feature's name is template=value,
   * or the template alone for value ""). Feature k counts through the templates in order.
   */
  templates: { name: string; values: StringTable }[];
  /** Non-zero weights of feature k: weightValues[j] for tag weightTags[j], j from weightStarts[k] to weightStarts[k + 1]. */
  weightStarts: Uint32Array;
  weightTags: Uint8Array;
  weightValues: Float32Array;
  meta: Record<string, unknown>;
}

const MAGIC = 'NKGNER2\n';

/** Template and value of a feature name: split at the first "=" (no template contains one). */
export function splitFeature(name: string): [string, string] {
  const eq = name.indexOf('=');
  return eq < 0 ? [name, ''] : [name.slice(0, eq), name.slice(eq + 1)];
}

/** Groups a training-time model by template and keys its gazetteer phrases. */
export function compileModel(file: ModelFile, tokenizeWords: (s: string) => string[]): CompiledModel {
  const nt = file.tags.length;
  const byTemplate = new Map<string, string[]>();
  const sparse = new Map<string, number[]>();
  for (const [name, w] of Object.entries(file.weights)) {
    const [template, value] = splitFeature(name);
    let values = byTemplate.get(template);
    if (!values) byTemplate.set(template, (values = []));
    values.push(value);
    sparse.set(name, w);
  }
  const weightStarts = new Uint32Array(sparse.size + 1);
  const tags: number[] = [];
  const values: number[] = [];
  let k = 0;
  for (const [template, list] of byTemplate) {
    for (const value of list) {
      const w = sparse.get(value === '' ? template : template + '=' + value)!;
      // By tag, as the file stores them.
      const pairs: [number, number][] = [];
      for (let j = 0; j < w.length; j += 2) if (w[j + 1] !== 0) pairs.push([w[j]!, w[j + 1]!]);
      pairs.sort((a, b) => a[0] - b[0]);
      for (const [t, x] of pairs) {
        if (t < 0 || t >= nt) throw new Error(`model: tag index ${t}`);
        tags.push(t);
        values.push(x);
      }
      weightStarts[++k] = tags.length;
    }
  }
  const templates = [...byTemplate].map(([name, values]) => {
    if (name.includes('=')) throw new Error(`model: bad template ${name}`);
    return { name, values: new StringTable(StringTable.encode(values), values.length) };
  });
  return {
    tags: file.tags,
    decoder: file.decoder,
    phraseKeys: keyPhrases(file.gazetteer.phrases, tokenizeWords),
    words: keyWords(file.gazetteer.words),
    clusters: ClusterTable.fromRecord(file.clusters ?? {}),
    templates,
    weightStarts,
    weightTags: Uint8Array.from(tags),
    weightValues: Float32Array.from(values),
    meta: file.meta ?? {},
  };
}

/** The file's bytes. `decimals`: the weights' rounding, which sets the fixed-point scale. */
export function encodeModel(m: CompiledModel, decimals: number): Buffer {
  const nt = m.tags.length;
  const scale = 10 ** decimals;
  const header = {
    format: 'newskg-ner-perceptron',
    version: 2,
    tags: m.tags,
    decoder: m.decoder,
    meta: m.meta,
    phraseKeys: m.phraseKeys,
    words: m.words,
    templates: m.templates.map((t) => [t.name, t.values.size, t.values.bytes.length]),
    scale,
    clusterPaths: m.clusters.paths,
  };
  const count = m.templates.reduce((n, t) => n + t.values.size, 0);
  if (m.weightStarts.length !== count + 1) throw new Error('model file: weights and features do not match');
  const wordPaths = Buffer.alloc(m.clusters.size * 2);
  m.clusters.pathIds.forEach((id, i) => wordPaths.writeUInt16LE(id, i * 2));
  const counts = Buffer.alloc(count);
  for (let k = 0; k < count; k++) {
    const c = m.weightStarts[k + 1]! - m.weightStarts[k]!;
    if (c > nt) throw new Error('model file: more weights than tags');
    counts[k] = c;
  }
  const weights = Buffer.alloc(m.weightValues.length * 2);
  m.weightValues.forEach((v, j) => {
    const x = Math.round(v * scale);
    if (x < -32768 || x > 32767) throw new Error(`model file: weight ${v} out of the 16-bit range`);
    weights.writeInt16LE(x, j * 2);
  });
  const sections = [
    Buffer.from(JSON.stringify(header), 'utf8'),
    Buffer.concat(m.templates.map((t) => t.values.bytes)),
    m.clusters.words.bytes,
    wordPaths,
    counts,
    m.weightTags,
    weights,
  ];
  const parts: Buffer[] = [Buffer.from(MAGIC, 'latin1')];
  for (const s of sections) {
    const len = Buffer.alloc(4);
    len.writeUInt32LE(s.length);
    parts.push(len, Buffer.from(s.buffer, s.byteOffset, s.length));
  }
  return Buffer.concat(parts);
}

/** Reads the bytes written by encodeModel (also gzipped). */
export function decodeModel(raw: Buffer): CompiledModel {
  const buf = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw;
  if (buf.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('NER model: not a newskg model file (version 2)');
  let pos = MAGIC.length;
  const section = (): Buffer => {
    const len = buf.readUInt32LE(pos);
    const s = buf.subarray(pos + 4, pos + 4 + len);
    pos += 4 + len;
    return s;
  };
  const header = JSON.parse(section().toString('utf8')) as {
    tags: string[];
    decoder: 'greedy' | 'viterbi';
    meta: Record<string, unknown>;
    phraseKeys: PhraseKeys;
    words: Record<string, string[]>;
    templates: [string, number, number][];
    scale: number;
    clusterPaths: string[];
  };
  const values = section();
  const words = section();
  const wordPaths = section();
  const counts = section();
  const tagIdx = section();
  const fixed = section();

  const pathIds = new Uint16Array(wordPaths.length / 2);
  for (let i = 0; i < pathIds.length; i++) pathIds[i] = wordPaths[2 * i]! | (wordPaths[2 * i + 1]! << 8);
  const clusters = new ClusterTable(new StringTable(words, pathIds.length), pathIds, header.clusterPaths);

  const templates: { name: string; values: StringTable }[] = [];
  let from = 0;
  for (const [name, n, bytes] of header.templates) {
    templates.push({ name, values: new StringTable(values.subarray(from, from + bytes), n) });
    from += bytes;
  }
  const weightStarts = new Uint32Array(counts.length + 1);
  for (let k = 0; k < counts.length; k++) weightStarts[k + 1] = weightStarts[k]! + counts[k]!;
  const weightValues = new Float32Array(weightStarts[counts.length]!);
  const scale = header.scale;
  for (let j = 0; j < weightValues.length; j++) {
    const x = fixed[2 * j]! | (fixed[2 * j + 1]! << 8);
    weightValues[j] = ((x << 16) >> 16) / scale;
  }
  return { tags: header.tags, decoder: header.decoder, phraseKeys: header.phraseKeys, words: header.words, clusters, templates, weightStarts, weightTags: new Uint8Array(tagIdx), weightValues, meta: header.meta };
}
