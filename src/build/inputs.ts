// Streaming input: files, folders and globs → one unit of work at a time. A JSONL file is read
// line by line (a bad line is an error for that line only); other files are one job each, read
// by the worker. Memory: one read buffer and the line being parsed, whatever the file sizes.
import { open, stat } from 'node:fs/promises';
import { InputError, type NewskgError, asNewskgError } from '../errors.js';
import { firstInvalidUtf8, sniffBinary, stemOf } from '../ingest/index.js';
import { type JsonlResult, parseJsonlLine } from '../ingest/jsonl.js';
import { expandInputs } from '../ingest/paths.js';
import type { Article, InputFormat } from '../types.js';

export type Unit =
  | { kind: 'article'; article: Article; bytes: number }
  | { kind: 'file'; path: string; format: InputFormat; bytes: number }
  | { kind: 'problem'; error?: NewskgError; warning?: NewskgError }
  /** A line that gave no article (blank or bad): only its bytes count, for progress. */
  | { kind: 'skip'; bytes: number };

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

/** Lines of a UTF-8 file as byte arrays, with their 1-based numbers and byte offsets. */
export async function* byteLines(path: string): AsyncGenerator<{ bytes: Buffer; lineNo: number; offset: number }> {
  const fh = await open(path, 'r');
  try {
    let carry: Buffer = Buffer.alloc(0);
    let carryOffset = 0;
    let lineNo = 0;
    let pos = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(READ);
      const { bytesRead } = await fh.read(buf, 0, READ, pos);
      if (bytesRead === 0) break;
      pos += bytesRead;
      let data = buf.subarray(0, bytesRead);
      if (carry.length) data = Buffer.concat([carry, data]);
      let start = 0;
      for (;;) {
        const nl = data.indexOf(0x0a, start);
        if (nl < 0) break;
        yield { bytes: data.subarray(start, nl), lineNo: ++lineNo, offset: carryOffset + start };
        start = nl + 1;
      }
      carryOffset += start;
      carry = Buffer.from(data.subarray(start));
    }
    if (carry.length) yield { bytes: carry, lineNo: ++lineNo, offset: carryOffset };
  } finally {
    await fh.close();
  }
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

/** Every unit of work in the inputs, in input order. Never throws for a bad input. */
export async function* readUnits(files: { path: string; format: InputFormat; size: number }[]): AsyncGenerator<Unit> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
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
      for await (const { bytes, lineNo, offset } of byteLines(f.path)) {
        let line: string;
        const body = lineNo === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
        try {
          line = decoder.decode(body);
        } catch {
          const at = offset + (body === bytes ? 0 : 3) + Math.max(0, firstInvalidUtf8(body));
          yield {
            kind: 'problem',
            error: new InputError('E_INPUT_ENCODING', `invalid UTF-8 at byte ${at}`, { file: f.path, line: lineNo, offset: at, hint: 'save the file as UTF-8 (for example: iconv -f windows-1252 -t utf-8)' }),
          };
          continue;
        }
        const out: JsonlResult = { articles: [], errors: [], warnings: [] };
        parseJsonlLine(line, lineNo, f.path, stem, out);
        for (const error of out.errors) yield { kind: 'problem', error };
        for (const warning of out.warnings) yield { kind: 'problem', warning };
        for (const article of out.articles) yield { kind: 'article', article, bytes: bytes.length + 1 };
        if (!out.articles.length) yield { kind: 'skip', bytes: bytes.length + 1 };
      }
    } catch (e) {
      yield { kind: 'problem', error: asNewskgError(e, { file: f.path }) };
    }
  }
}
