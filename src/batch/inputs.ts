// Streaming input: files, folders and globs → one unit of work at a time. A JSONL file is read
// in runs of whole lines that a worker decodes and parses (a bad line is an error for that line
// only); other files are one job each, read by the worker. Memory: one read buffer and the runs
// in flight, whatever the file sizes.
import { open, stat } from 'node:fs/promises';
import { type NewskgError, asNewskgError } from '../errors.js';
import { sniffBinary, stemOf } from '../ingest/index.js';
import { expandInputs } from '../ingest/paths.js';
import type { InputFormat } from '../types.js';

export type Unit =
  /** Whole lines of a JSONL file (see lineChunks). */
  | { kind: 'lines'; path: string; stem: string; bytes: Buffer; firstLine: number; offset: number }
  | { kind: 'file'; path: string; format: InputFormat; bytes: number }
  | { kind: 'problem'; error?: NewskgError; warning?: NewskgError };

const READ = 1 << 20;

/** Total size of the input files (for progress), and the files. */
export async function listInputs(paths: string[]): Promise<{ files: { path: string; format: InputFormat; size: number }[]; errors: NewskgError[] }> {
  const { files, errors } = expandInputs(paths);
  const out: { path: string; format: InputFormat; size: number }[] = [];
  for (const f of files) {
    let size = 0;
    try {
      size = (await stat(f.path)).size;
    } catch {
      /* reported when read */
    }
    out.push({ ...f, size });
  }
  return { files: out, errors };
}

/** Lines of a UTF-8 file as byte arrays (without their '\n'), with their 1-based numbers and byte offsets. */
export async function* byteLines(path: string): AsyncGenerator<{ bytes: Buffer; lineNo: number; offset: number }> {
  for await (const { bytes, firstLine, offset } of lineChunks(path, 1, false)) yield { bytes: bytes.at(-1) === 0x0a ? bytes.subarray(0, -1) : bytes, lineNo: firstLine, offset };
}

async function head(path: string, n: number): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** Bytes of JSONL lines sent to a worker at once: few messages, yet many jobs to balance. */
const CHUNK = 64 << 10;

/**
 * Every unit of work in the inputs, in input order. Never throws for a bad input. A JSONL file
 * comes as chunks of whole lines (about CHUNK bytes; one long line is one chunk), decoded and
 * parsed by the worker (src/ingest: articlesFromLines), so the main thread only finds line ends.
 */
export async function* readUnits(files: { path: string; format: InputFormat; size: number }[]): AsyncGenerator<Unit> {
  for (const f of files) {
    if (f.format !== 'jsonl') {
      yield { kind: 'file', path: f.path, format: f.format, bytes: f.size };
      continue;
    }
    let first: Buffer;
    try {
      first = await head(f.path, 4096);
    } catch (e) {
      yield { kind: 'problem', error: asNewskgError(e, { file: f.path }) };
      continue;
    }
    // UTF-16, binary or empty files: the worker reads them whole and reports as for any file
    const utf16 = (first[0] === 0xff && first[1] === 0xfe) || (first[0] === 0xfe && first[1] === 0xff);
    if (utf16 || first.length === 0 || sniffBinary(first) !== undefined || first.includes(0)) {
      yield { kind: 'file', path: f.path, format: f.format, bytes: f.size };
      continue;
    }
    const stem = stemOf(f.path);
    try {
      for await (const chunk of lineChunks(f.path, CHUNK)) yield { kind: 'lines', path: f.path, stem, ...chunk };
    } catch (e) {
      yield { kind: 'problem', error: asNewskgError(e, { file: f.path }) };
    }
  }
}

/**
 * A file cut into runs of whole lines of about `target` bytes (the last may lack its '\n'):
 * each with the 1-based number of its first line and its byte offset in the file. A run has an
 * ArrayBuffer of its own (it can be transferred to a worker) unless `copy` is false.
 */
export async function* lineChunks(path: string, target: number, copy = true): AsyncGenerator<{ bytes: Buffer; firstLine: number; offset: number }> {
  const fh = await open(path, 'r');
  try {
    let carry: Buffer = Buffer.alloc(0);
    let offset = 0;
    let line = 1;
    let pos = 0;
    for (;;) {
      // a line longer than a read doubles the next read, so a huge line is copied O(n) times, not O(n²)
      const buf = Buffer.allocUnsafe(Math.max(target, READ, carry.length));
      const { bytesRead } = await fh.read(buf, 0, buf.length, pos);
      if (bytesRead === 0) break;
      pos += bytesRead;
      const data = carry.length ? Buffer.concat([carry, buf.subarray(0, bytesRead)]) : buf.subarray(0, bytesRead);
      let start = 0;
      while (start < data.length) {
        // the chunk ends at the first line end at or after start + target
        const nl = data.indexOf(0x0a, Math.min(start + target, data.length) - 1);
        if (nl < 0) break;
        const bytes = copy ? ownBytes(data.subarray(start, nl + 1)) : data.subarray(start, nl + 1);
        yield { bytes, firstLine: line, offset: offset + start };
        line += countNewlines(bytes);
        start = nl + 1;
      }
      offset += start;
      carry = ownBytes(data.subarray(start));
    }
    if (carry.length) yield { bytes: carry, firstLine: line, offset };
  } finally {
    await fh.close();
  }
}

/** A copy with an ArrayBuffer of its own (not Node's shared pool), so it can be transferred. */
function ownBytes(view: Uint8Array): Buffer {
  const b = Buffer.allocUnsafeSlow(view.length);
  b.set(view);
  return b;
}

function countNewlines(b: Uint8Array): number {
  let n = 0;
  for (let i = b.indexOf(0x0a); i >= 0; i = b.indexOf(0x0a, i + 1)) n++;
  return n;
}
