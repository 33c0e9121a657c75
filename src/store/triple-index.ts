// A read-only, dictionary-encoded triple index of one graph file (in the spirit of HDT): the
// union of its graphs as a SET of triples, each term an integer id, the triples sorted three
// ways (SPO, POS, OSP) so that any triple pattern is a contiguous range found by binary search.
//
// Why: loading millions of quads into oxigraph costs ~7 s per million before the first answer.
// The index is written once (by `newskg build`, or by the first query of a file, as a sidecar
// `<graph>.nkgi`); opening it is reading one file, and terms are decoded only when printed.
//
// File layout (little-endian): "NKGI" u32 version | u32 header length | u32 0 | SHA-256 of the
// rest of the file (bytes 0-15 and 48-end) | header JSON | padding | sections at the byte offsets
// the header names, each aligned to 8 bytes.
//
// An index must prove what it is before it answers: its checksum proves its own bytes (a flipped
// byte in the rows answered 99,007 rows instead of 1,001, or threw on an id past the dictionary),
// and the SHA-256 of the whole graph it was made from proves which graph (a copy of the same size
// and time that differs in the middle kept the old index when only the ends were sampled).
import { closeSync, openSync, readFileSync, readSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { Parser } from 'n3';
import oxigraph from 'oxigraph';
import { NewskgError, RdfSyntaxError, fsError } from '../errors.js';
import { sweepStaleTemps, tempPathFor } from '../export/sink.js';
import { type RdfFormat, rdfFormatOf, readRdfText } from './load.js';
import { sortRows } from './sort-rows.js';
import { UnindexableTerm, splitStatement, termKey } from './terms.js';

const MAGIC = 0x49474b4e; // "NKGI"
const VERSION = 5; // 2: integer and decimal literals in canonical form; 3: content sample; 4: checksums; 5: literals as written
/** Bytes before the header JSON: magic, version, header length, a zero word, the checksum. */
const PREAMBLE = 48;
const CHECKSUM_AT = 16;

/** Which file an index was made from; a graph with other content makes the index stale. */
export interface IndexSource {
  size: number;
  /** SHA-256 of the whole file, hex. */
  sha256: string;
}

/** An index file that is there but does not prove its bytes: the caller rebuilds it or refuses. */
export class DamagedIndex extends NewskgError {
  constructor(file: string, reason: string) {
    super('E_INDEX_DAMAGED', `damaged triple index (${reason})`, { file, hint: 'delete it; the next query builds it again from the graph' });
  }
}

/** Size and SHA-256 of bytes as they go by (a build hashes its output as it writes it). */
export class ContentDigest {
  private readonly hash = createHash('sha256');
  private size = 0;
  update(bytes: Uint8Array): void {
    this.hash.update(bytes);
    this.size += bytes.length;
  }
  source(): IndexSource {
    return { size: this.size, sha256: this.hash.digest('hex') };
  }
}

interface Header {
  version: number;
  source: IndexSource;
  terms: number;
  triples: number;
  sections: Record<SectionName, [offset: number, bytes: number]>;
}
type SectionName = 'termOffsets' | 'termBlob' | 'spo' | 'pos' | 'osp' | 'spoStart' | 'posStart' | 'ospStart';

/** Orders: which triple component comes first, second, third. */
export type Order = 'spo' | 'pos' | 'osp';

/** The index file beside a graph file. */
export function indexPathFor(graphPath: string): string {
  return join(dirname(graphPath), `${basename(graphPath)}.nkgi`);
}

/** Size and content hash of a graph file (the whole file is read: not size and time, which copies keep). */
export function sourceOf(graphPath: string): IndexSource {
  try {
    const fd = openSync(graphPath, 'r');
    try {
      const digest = new ContentDigest();
      const block = Buffer.allocUnsafe(1 << 24);
      for (let n; (n = readSync(fd, block, 0, block.length, null)) > 0; ) digest.update(block.subarray(0, n));
      return digest.source();
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    throw fsError(e, graphPath);
  }
}

/** The checksum of an index file's bytes: all but the checksum's own 32. */
function checksumOf(buf: Buffer): Buffer {
  return createHash('sha256').update(buf.subarray(0, CHECKSUM_AT)).update(buf.subarray(PREAMBLE)).digest();
}

export class TripleIndex {
  readonly terms: number;
  readonly triples: number;
  private readonly termOffsets: Uint32Array;
  private readonly termBlob: Buffer;
  private readonly rows: Record<Order, Int32Array>;
  private readonly starts: Record<Order, Uint32Array>;
  private readonly decoded = new Map<number, string>();

  constructor(
    readonly source: IndexSource,
    parts: { termOffsets: Uint32Array; termBlob: Buffer; spo: Int32Array; pos: Int32Array; osp: Int32Array; spoStart: Uint32Array; posStart: Uint32Array; ospStart: Uint32Array },
  ) {
    this.termOffsets = parts.termOffsets;
    this.termBlob = parts.termBlob;
    this.terms = parts.termOffsets.length - 1;
    this.triples = parts.spo.length / 3;
    this.rows = { spo: parts.spo, pos: parts.pos, osp: parts.osp };
    this.starts = { spo: parts.spoStart, pos: parts.posStart, osp: parts.ospStart };
  }

  /** The canonical N-Triples key of a term id (cached). */
  key(id: number): string {
    let k = this.decoded.get(id);
    if (k === undefined) {
      k = this.termBlob.toString('utf8', this.termOffsets[id], this.termOffsets[id + 1]);
      this.decoded.set(id, k);
    }
    return k;
  }

  /** The id of a canonical key, or -1 when the graph does not hold that term. */
  idOf(key: string): number {
    // keys are sorted by UTF-16 code units, as JS compares strings
    let lo = 0;
    let hi = this.terms;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const k = this.termBlob.toString('utf8', this.termOffsets[mid], this.termOffsets[mid + 1]);
      if (k < key) lo = mid + 1;
      else if (k > key) hi = mid;
      else return mid;
    }
    return -1;
  }

  /** The rows of `order` whose leading components equal the given ids: [lo, hi) and the rows. */
  range(order: Order, first: number, second = -1, third = -1): [number, number, Int32Array] {
    const rows = this.rows[order];
    if (first < 0) return [0, this.triples, rows];
    const start = this.starts[order];
    let lo = start[first];
    let hi = start[first + 1];
    if (second >= 0) [lo, hi] = narrow(rows, lo, hi, 1, second);
    if (third >= 0 && lo < hi) [lo, hi] = narrow(rows, lo, hi, 2, third);
    return [lo, hi, rows];
  }

  /** Number of triples matching a pattern of ids (-1 = any), for planning. */
  count(s: number, p: number, o: number): number {
    const [order, a, b, c] = chooseOrder(s, p, o);
    const [lo, hi] = this.range(order, a, b, c);
    return hi - lo;
  }

  /** The index file's bytes (what writeIndex writes). */
  toBuffer(): Buffer {
    return Buffer.concat(this.fileParts());
  }

  /**
   * The index file as consecutive parts: the header block (its checksum filled in), then each
   * section and its padding. The sections are views of the index's own arrays, not copies: a
   * large graph's index is hundreds of megabytes, which one whole-file buffer held twice at
   * the build's peak.
   */
  fileParts(): Uint8Array[] {
    const parts: [SectionName, ArrayBufferView][] = [
      ['termOffsets', this.termOffsets],
      ['termBlob', this.termBlob],
      ['spo', this.rows.spo],
      ['pos', this.rows.pos],
      ['osp', this.rows.osp],
      ['spoStart', this.starts.spo],
      ['posStart', this.starts.pos],
      ['ospStart', this.starts.osp],
    ];
    const align = (n: number) => (n + 7) & ~7;
    // the header's length depends on the offsets it lists: reserve a generous fixed size
    const HEADER_SPACE = 4096;
    let at = HEADER_SPACE;
    const sections = {} as Header['sections'];
    const body: Uint8Array[] = [];
    for (const [name, view] of parts) {
      sections[name] = [at, view.byteLength];
      body.push(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
      const padding = align(at + view.byteLength) - (at + view.byteLength);
      if (padding) body.push(new Uint8Array(padding));
      at = align(at + view.byteLength);
    }
    const header: Header = { version: VERSION, source: this.source, terms: this.terms, triples: this.triples, sections };
    const json = Buffer.from(JSON.stringify(header), 'utf8');
    if (json.length + PREAMBLE > HEADER_SPACE) throw new Error('index header too long');
    const head = Buffer.alloc(HEADER_SPACE);
    head.writeUInt32LE(MAGIC, 0);
    head.writeUInt32LE(VERSION, 4);
    head.writeUInt32LE(json.length, 8);
    json.copy(head, PREAMBLE);
    // checksumOf over the parts: all but the checksum's own 32 bytes
    const hash = createHash('sha256').update(head.subarray(0, CHECKSUM_AT)).update(head.subarray(PREAMBLE));
    for (const part of body) hash.update(part);
    hash.digest().copy(head, CHECKSUM_AT);
    return [head, ...body];
  }

  /**
   * Reads an index file: undefined when it is missing or of another version (an older newskg's,
   * built again), a DamagedIndex error when its bytes fail their checksum or do not fit together.
   */
  static read(path: string): TripleIndex | undefined {
    let buf: Buffer;
    try {
      buf = readFileSync(path);
    } catch {
      return undefined;
    }
    // typed-array views need aligned offsets; a pooled Buffer may not start on one
    if (buf.byteOffset % 8 !== 0) buf = Buffer.from(buf);
    if (buf.length < 8 || buf.readUInt32LE(0) !== MAGIC) throw new DamagedIndex(path, 'not an index file');
    if (buf.readUInt32LE(4) !== VERSION) return undefined;
    if (buf.length < PREAMBLE) throw new DamagedIndex(path, 'truncated');
    if (!checksumOf(buf).equals(buf.subarray(CHECKSUM_AT, PREAMBLE))) throw new DamagedIndex(path, 'checksum mismatch');
    // the bytes are those written; what follows guards against a writer's bug, not the disk
    let header: Header;
    try {
      header = JSON.parse(buf.toString('utf8', PREAMBLE, PREAMBLE + buf.readUInt32LE(8))) as Header;
    } catch {
      throw new DamagedIndex(path, 'unreadable header');
    }
    const view = <T>(name: SectionName, Ctor: { new (b: ArrayBufferLike, o: number, n: number): T; BYTES_PER_ELEMENT: number }): T => {
      const [off, bytes] = header.sections?.[name] ?? [];
      if (!Number.isSafeInteger(off) || !Number.isSafeInteger(bytes) || off! < PREAMBLE || off! % 8 || bytes! % Ctor.BYTES_PER_ELEMENT || off! + bytes! > buf.length) throw new DamagedIndex(path, `section ${name} out of place`);
      return new Ctor(buf.buffer, buf.byteOffset + off!, bytes! / Ctor.BYTES_PER_ELEMENT);
    };
    const termOffsets = view('termOffsets', Uint32Array);
    const termBlob = view('termBlob', Uint8Array);
    const index = new TripleIndex(header.source, {
      termOffsets,
      termBlob: buf.subarray(termBlob.byteOffset - buf.byteOffset, termBlob.byteOffset - buf.byteOffset + termBlob.byteLength),
      spo: view('spo', Int32Array),
      pos: view('pos', Int32Array),
      osp: view('osp', Int32Array),
      spoStart: view('spoStart', Uint32Array),
      posStart: view('posStart', Uint32Array),
      ospStart: view('ospStart', Uint32Array),
    });
    const fits =
      index.terms === header.terms &&
      index.triples === header.triples &&
      typeof header.source?.sha256 === 'string' &&
      index.rows.pos.length === index.rows.spo.length &&
      index.rows.osp.length === index.rows.spo.length &&
      (['spo', 'pos', 'osp'] as Order[]).every((o) => index.starts[o].length === index.terms + 1) &&
      termOffsets[index.terms] === termBlob.length;
    if (!fits) throw new DamagedIndex(path, 'sections do not fit together');
    return index;
  }
}

/** Narrows [lo, hi) of rows sorted on column `col` to the rows whose column equals `id`. */
function narrow(rows: Int32Array, lo: number, hi: number, col: number, id: number): [number, number] {
  let a = lo;
  let b = hi;
  while (a < b) {
    const m = (a + b) >>> 1;
    if (rows[3 * m + col] < id) a = m + 1;
    else b = m;
  }
  const first = a;
  b = hi;
  while (a < b) {
    const m = (a + b) >>> 1;
    if (rows[3 * m + col] <= id) a = m + 1;
    else b = m;
  }
  return [first, a];
}

/** The order serving a pattern with these bound ids (-1 = unbound), and its key in that order. */
export function chooseOrder(s: number, p: number, o: number): [Order, number, number, number] {
  if (s >= 0) {
    if (p >= 0) return ['spo', s, p, o];
    if (o >= 0) return ['osp', o, s, -1];
    return ['spo', s, -1, -1];
  }
  if (p >= 0) return ['pos', p, o, -1];
  if (o >= 0) return ['osp', o, -1, -1];
  return ['spo', -1, -1, -1];
}

/** Collects triples as term keys, then builds the sorted index. */
export class TripleIndexBuilder {
  private readonly ids = new Map<string, number>();
  private readonly keys: string[] = [];
  private cols: Int32Array = new Int32Array(3 * 65536);
  private n = 0;
  // a subject usually repeats on the lines that follow: skip hashing it again
  private lastSubject = '';
  private lastSubjectId = -1;

  /**
   * The id of a term key, added when new. `fresh`: the key is a string of its own (one a worker's
   * message brought), not a slice of a larger one, so it is kept as it is.
   */
  id(key: string, fresh = false): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      // a copy: the key may be a slice of a whole 16 MB block of the file, which V8 would keep
      // alive as long as the dictionary holds the slice
      const own = fresh ? key : Buffer.from(key, 'utf8').toString('utf8');
      id = this.keys.length;
      this.ids.set(own, id);
      this.keys.push(own);
    }
    return id;
  }

  add(s: string, p: string, o: string): void {
    if (s !== this.lastSubject) {
      this.lastSubject = s;
      this.lastSubjectId = this.id(s);
    }
    this.addIds(this.lastSubjectId, this.id(p), this.id(o));
  }

  /** Adds a triple of ids from `id`. */
  addIds(s: number, p: number, o: number): void {
    if (3 * (this.n + 1) > this.cols.length) {
      const grown = new Int32Array(this.cols.length * 2);
      grown.set(this.cols);
      this.cols = grown;
    }
    const i = 3 * this.n++;
    this.cols[i] = s;
    this.cols[i + 1] = p;
    this.cols[i + 2] = o;
  }

  /** The index of the triples added. Call it once: the builder lets its rows go. */
  build(source: IndexSource): TripleIndex {
    const { N, termOffsets, termBlob, s, p, o } = this.dictionary(false);
    const [spo, spoStart] = sortRows(s, p, o, N);
    const [pos, posStart] = sortRows(p, o, s, N);
    const [osp, ospStart] = sortRows(o, s, p, N);
    return new TripleIndex(source, { termOffsets, termBlob, spo, pos, osp, spoStart, posStart, ospStart });
  }

  /**
   * As build, with two of the three orders sorted by `elsewhere` (a build's idle worker threads)
   * while this thread sorts the third: the sorts are most of the index's work, done once every
   * article is written, when nothing else is left to overlap them with. The rows' columns are
   * in shared memory, so the other threads read them without a copy.
   */
  async buildInParallel(source: IndexSource, elsewhere: RowSorter): Promise<TripleIndex> {
    const { N, termOffsets, termBlob, s, p, o } = this.dictionary(true);
    const pending = Promise.all([elsewhere(p, o, s, N), elsewhere(o, s, p, N)]);
    // this thread's sort must not leave a rejected promise unhandled if it throws
    pending.catch(() => {});
    const [spo, spoStart] = sortRows(s, p, o, N);
    const [[pos, posStart], [osp, ospStart]] = await pending;
    return new TripleIndex(source, { termOffsets, termBlob, spo, pos, osp, spoStart, posStart, ospStart });
  }

  /** The dictionary in key order, and the rows' columns in its ids (the builder lets its rows go). */
  private dictionary(shared: boolean): { N: number; termOffsets: Uint32Array; termBlob: Buffer; s: Int32Array; p: Int32Array; o: Int32Array } {
    const N = this.keys.length;
    // ids in key order, so lookups can binary-search the dictionary
    // (the keys are distinct; sorting them without a comparator is several times faster)
    const byKey = this.keys
      .slice()
      .sort()
      .map((k) => this.ids.get(k)!);
    const remap = new Int32Array(N);
    byKey.forEach((old, neu) => (remap[old] = neu));
    // the blob written in place (byte lengths first): not a Buffer per key, then a copy of them all
    const termOffsets = new Uint32Array(N + 1);
    let at = 0;
    for (let i = 0; i < N; i++) {
      termOffsets[i] = at;
      at += Buffer.byteLength(this.keys[byKey[i]], 'utf8');
    }
    termOffsets[N] = at;
    const termBlob = Buffer.allocUnsafe(at);
    for (let i = 0; i < N; i++) termBlob.write(this.keys[byKey[i]]!, termOffsets[i]!, termOffsets[i + 1]! - termOffsets[i]!, 'utf8');
    // the keys are in the blob now: their strings (and the map over them) can go before the sorts,
    // the build's peak of memory
    this.ids.clear();
    this.keys.length = 0;
    const n = this.n;
    const column = () => (shared ? new Int32Array(new SharedArrayBuffer(4 * n)) : new Int32Array(n));
    const s = column();
    const p = column();
    const o = column();
    for (let i = 0; i < n; i++) {
      s[i] = remap[this.cols[3 * i]];
      p[i] = remap[this.cols[3 * i + 1]];
      o[i] = remap[this.cols[3 * i + 2]];
    }
    // built once: the collected rows (tens of millions of ids for a large graph) can go now
    this.cols = new Int32Array(0);
    this.n = 0;
    return { N, termOffsets, termBlob, s, p, o };
  }
}

/** Sorts rows as sortRows (./sort-rows.ts) does, somewhere else (another thread). */
export type RowSorter = (a: Int32Array, b: Int32Array, c: Int32Array, N: number) => Promise<[Int32Array, Uint32Array]>;

const N3_FORMATS: Partial<Record<RdfFormat, string>> = { turtle: 'text/turtle', trig: 'application/trig' };

/** Builds the index of one RDF file (any format newskg reads). */
export async function buildIndex(graphPath: string, format: RdfFormat = rdfFormatOf(graphPath)): Promise<TripleIndex> {
  const source = sourceOf(graphPath);
  const builder = new TripleIndexBuilder();
  if (format === 'ntriples' || format === 'nquads') {
    const feed = new StatementFeed(builder, graphPath);
    forEachBlock(graphPath, (text) => feed.lines(text));
  } else if (format === 'jsonld') {
    let quads: oxigraph.Quad[];
    try {
      quads = oxigraph.parse(readRdfText(graphPath), { format: 'application/ld+json' });
    } catch (e) {
      throw new RdfSyntaxError(`syntax error: ${(e as Error).message}`, { file: graphPath, cause: e });
    }
    for (const q of quads) builder.add(termKey(q.subject), termKey(q.predicate), termKey(q.object));
  } else {
    await new Promise<void>((resolve, reject) => {
      let done = false;
      new Parser({ format: N3_FORMATS[format] }).parse(readRdfText(graphPath), (error, quad) => {
        if (done) return;
        try {
          if (error) throw new RdfSyntaxError(`syntax error: ${error.message}`, { file: graphPath, hint: 'fix the RDF syntax', cause: error });
          if (quad) builder.add(termKey(quad.subject), termKey(quad.predicate), termKey(quad.object));
          else {
            done = true;
            resolve();
          }
        } catch (e) {
          done = true;
          reject(e);
        }
      });
    });
  }
  return builder.build(source);
}

/**
 * N-Triples or N-Quads text, in whole lines, into a builder. A batch build hands it the lines it
 * writes, as it writes them, so the index of its output is ready when the output is (rather than
 * read back and parsed after it, on one thread, once everything else is done).
 */
export class StatementFeed {
  private lineNo = 0;
  constructor(
    private readonly builder: TripleIndexBuilder,
    private readonly file?: string,
  ) {}

  /** Adds the statements of `text`: whole lines, each ended by a newline but perhaps the last. */
  lines(text: string): void {
    const n = text.length;
    let start = 0;
    while (start < n) {
      let nl = text.indexOf('\n', start);
      if (nl < 0) nl = n;
      this.line(text.slice(start, nl));
      start = nl + 1;
    }
  }

  private line(line: string): void {
    this.lineNo++;
    let terms: string[] | null;
    try {
      terms = splitStatement(line);
    } catch (e) {
      if (e instanceof UnindexableTerm) throw e;
      throw new RdfSyntaxError(`syntax error: ${(e as Error).message}`, { file: this.file, line: this.lineNo, hint: 'fix the RDF syntax at that line' });
    }
    if (terms) this.builder.add(terms[0], terms[1], terms[2]);
  }
}

/**
 * Calls `onText` with the text of a UTF-8 file in blocks of whole lines (the last may lack its
 * newline), synchronously. Not batch/inputs.ts's byteLines (an async generator decoding line by
 * line): whole blocks decode at once, and only the partial line at a block's end is copied.
 * Invalid UTF-8 is an error naming its line.
 */
function forEachBlock(path: string, onText: (text: string) => void): void {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw fsError(e, path);
  }
  let linesBefore = 0;
  const decode = (bytes: Buffer): string => {
    if (isUtf8(bytes)) return bytes.toString('utf8');
    // find the line: the block's lines before it decode
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let start = 0;
    for (let n = linesBefore + 1; ; n++) {
      const nl = bytes.indexOf(10, start);
      const end = nl < 0 ? bytes.length : nl;
      try {
        decoder.decode(bytes.subarray(start, end));
      } catch {
        throw new RdfSyntaxError('invalid UTF-8', { file: path, line: n, hint: 'N-Triples and N-Quads are UTF-8: save the file as UTF-8' });
      }
      start = end + 1;
    }
  };
  const countLines = (bytes: Buffer) => {
    for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) linesBefore++;
  };
  try {
    let block = Buffer.allocUnsafe(1 << 24);
    let carry = 0;
    for (;;) {
      // a line longer than the block: a bigger block, the partial line moved along
      if (carry === block.length) {
        const bigger = Buffer.allocUnsafe(block.length * 2);
        block.copy(bigger, 0, 0, carry);
        block = bigger;
      }
      const got = readSync(fd, block, carry, block.length - carry, null);
      const end = carry + got;
      if (got === 0) {
        if (carry) onText(decode(block.subarray(0, carry)));
        break;
      }
      // decode up to the last newline only, so no UTF-8 sequence is split between blocks (the
      // partial line carried over has none)
      const lastNl = block.lastIndexOf(10, end - 1);
      if (lastNl < 0) {
        carry = end;
        continue;
      }
      const whole = block.subarray(0, lastNl + 1);
      onText(decode(whole));
      countLines(whole);
      block.copy(block, 0, lastNl + 1, end);
      carry = end - lastNl - 1;
    }
  } finally {
    closeSync(fd);
  }
}

/** Writes an index atomically (temp file, then rename); returns false when the folder is read-only. */
export function writeIndex(index: TripleIndex, path: string): boolean {
  // the temporary files of every atomic write in the project: named alike, swept alike
  sweepStaleTemps(dirname(path), basename(path));
  const tmp = tempPathFor(path);
  try {
    const fd = openSync(tmp, 'w');
    try {
      for (const part of index.fileParts()) {
        let off = 0;
        while (off < part.length) off += writeSync(fd, part, off, part.length - off);
      }
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
    return true;
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing written */
    }
    return false;
  }
}

/**
 * The index of a graph file: the sidecar when its checksum holds and it was made from this
 * graph's content, else built now (and saved as the sidecar when `save`, so the next query opens
 * it directly). `damaged` says why a sidecar that was there could not be used.
 */
export async function openIndex(graphPath: string, options: { save?: boolean } = {}): Promise<{ index: TripleIndex; built: boolean; saved: boolean; damaged?: DamagedIndex }> {
  const sidecar = indexPathFor(graphPath);
  let existing: TripleIndex | undefined;
  let damaged: DamagedIndex | undefined;
  try {
    existing = TripleIndex.read(sidecar);
  } catch (e) {
    if (!(e instanceof DamagedIndex)) throw e;
    damaged = e;
  }
  if (existing) {
    // the size first: a graph of another size needs no hashing to be told apart
    const size = statSize(graphPath);
    if (existing.source.size === size && existing.source.sha256 === sourceOf(graphPath).sha256) return { index: existing, built: false, saved: false };
  }
  const index = await buildIndex(graphPath);
  const saved = options.save !== false && writeIndex(index, sidecar);
  return { index, built: true, saved, damaged };
}

function statSize(path: string): number {
  try {
    return statSync(path).size;
  } catch (e) {
    throw fsError(e, path);
  }
}
