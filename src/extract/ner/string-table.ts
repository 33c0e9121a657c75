// A read-only set of strings kept as the UTF-8 bytes they were stored in, with an open-addressing
// hash index over them: looking a string up needs no JS string per entry, so a table of 100,000
// feature names is ready in a few milliseconds after reading the model file, where a Map would
// first split the blob into strings and hash every one of them (most never looked up).

/** FNV-1a over bytes. */
function fnv(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}

export class StringTable {
  /** Number of strings. */
  readonly size: number;
  /** The strings' UTF-8 bytes, NUL-separated, as given (what a model file stores). */
  readonly bytes: Buffer;
  /** Byte offset of string k, and of its end at k + 1 (the separator byte is skipped). */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  /** Open addressing: index + 1 of a string, 0 for a free slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** The query being looked up, as UTF-8 (grown as needed). */
  private scratch = new Uint8Array(256);

  /** `bytes`: UTF-8 strings separated by NUL bytes (an empty table: count 0). */
  constructor(bytes: Buffer, count: number) {
    this.bytes = bytes;
    this.size = count;
    this.starts = new Int32Array(count);
    this.ends = new Int32Array(count);
    let k = 0;
    let from = 0;
    for (let i = 0; i <= bytes.length && k < count; i++) {
      if (i === bytes.length || bytes[i] === 0) {
        this.starts[k] = from;
        this.ends[k] = i;
        k++;
        from = i + 1;
      }
    }
    if (k !== count) throw new Error(`string table: ${k} strings for ${count}`);
    let cap = 16;
    while (cap < count * 2) cap *= 2;
    this.slots = new Int32Array(cap);
    this.mask = cap - 1;
    for (let s = 0; s < count; s++) {
      let h = fnv(bytes, this.starts[s]!, this.ends[s]!) & this.mask;
      while (this.slots[h] !== 0) h = (h + 1) & this.mask;
      this.slots[h] = s + 1;
    }
  }

  /** The table's bytes for a list of strings (none may contain NUL). */
  static encode(strings: string[]): Buffer {
    for (const s of strings) if (s.includes('\0')) throw new Error('string table: a string contains NUL');
    return Buffer.from(strings.join('\0'), 'utf8');
  }

  /** UTF-8 of s into the scratch buffer (lone surrogates as U+FFFD, as Buffer.from does); returns its length. */
  private encodeQuery(s: string): number {
    if (this.scratch.length < s.length * 3) this.scratch = new Uint8Array(s.length * 3 + 16);
    const b = this.scratch;
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c < 0x80) b[n++] = c;
      else if (c < 0x800) {
        b[n++] = 0xc0 | (c >> 6);
        b[n++] = 0x80 | (c & 63);
      } else {
        if (c >= 0xd800 && c <= 0xdfff) {
          const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
          if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
            const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
            i++;
            b[n++] = 0xf0 | (cp >> 18);
            b[n++] = 0x80 | ((cp >> 12) & 63);
            b[n++] = 0x80 | ((cp >> 6) & 63);
            b[n++] = 0x80 | (cp & 63);
            continue;
          }
          c = 0xfffd;
        }
        b[n++] = 0xe0 | (c >> 12);
        b[n++] = 0x80 | ((c >> 6) & 63);
        b[n++] = 0x80 | (c & 63);
      }
    }
    return n;
  }

  /** Index of s in the table, or -1. */
  indexOf(s: string): number {
    const n = this.encodeQuery(s);
    const q = this.scratch;
    const bytes = this.bytes;
    let h = fnv(q, 0, n) & this.mask;
    for (;;) {
      const slot = this.slots[h]!;
      if (slot === 0) return -1;
      const k = slot - 1;
      const a = this.starts[k]!;
      if (this.ends[k]! - a === n) {
        let j = 0;
        while (j < n && bytes[a + j] === q[j]) j++;
        if (j === n) return k;
      }
      h = (h + 1) & this.mask;
    }
  }

  /** String k (decoded on demand). */
  at(k: number): string {
    return this.bytes.toString('utf8', this.starts[k]!, this.ends[k]!);
  }
}

/** Word clusters as stored in a model file: each word's index into a list of distinct paths. */
export class ClusterTable {
  readonly words: StringTable;
  /** Path index of word k. */
  readonly pathIds: Uint16Array;
  readonly paths: string[];

  constructor(words: StringTable, pathIds: Uint16Array, paths: string[]) {
    if (pathIds.length !== words.size) throw new Error('cluster table: one path per word expected');
    this.words = words;
    this.pathIds = pathIds;
    this.paths = paths;
  }

  static fromRecord(clusters: Record<string, string>): ClusterTable {
    const words = Object.keys(clusters);
    const paths = [...new Set(Object.values(clusters))].sort();
    if (paths.length > 0xffff) throw new Error('cluster table: too many paths');
    const index = new Map(paths.map((p, i) => [p, i]));
    return new ClusterTable(new StringTable(StringTable.encode(words), words.length), Uint16Array.from(words, (w) => index.get(clusters[w]!)!), paths);
  }

  get size(): number {
    return this.words.size;
  }

  get(word: string): string | undefined {
    const k = this.words.indexOf(word);
    return k < 0 ? undefined : this.paths[this.pathIds[k]!];
  }
}
