// A build's output file: written through a temporary file renamed over the target on commit (a
// failed or interrupted build leaves the old output whole), or standard output.
import { closeSync, fdatasync, fsyncSync, openSync, readSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { OutputError } from '../errors.js';
import { sweepStaleTemps, tempPathFor } from '../export/sink.js';
import type { ContentDigest } from '../store/triple-index.js';

/** Bytes written between two background flushes of a durable output. */
export const FLUSH_EVERY = 64 << 20;

/**
 * Output to a file (temporary, renamed over the target on commit) or stdout. A durable output is
 * flushed to disk as it grows (fdatasync on libuv's thread pool, every 64 MiB): the fsync that
 * commit needs before the rename then finds little left to write, instead of the whole graph
 * (Reuters: 1.1 GB, 0.4 s during which no thread computes anything).
 */
export class Output {
  private fd: number;
  private tmp?: string;
  private unflushed = 0;
  private flushing?: Promise<void>;
  /** Background flushes started so far. */
  flushes = 0;
  constructor(
    private readonly path: string,
    private readonly durable = true,
    private readonly flushEvery = FLUSH_EVERY,
    /** Hashes every byte written (the index records the graph's content hash without reading it back). */
    readonly digest?: ContentDigest,
  ) {
    if (path === '-') {
      this.fd = 1;
      return;
    }
    const abs = resolve(path);
    sweepStaleTemps(dirname(abs), basename(abs));
    this.tmp = tempPathFor(abs);
    try {
      this.fd = openSync(this.tmp, 'w', 0o666);
    } catch (e) {
      throw new OutputError(`cannot write in ${dirname(abs)}: ${(e as Error).message}`, { file: path, hint: 'check that the folder exists and is writable', cause: e });
    }
  }
  /** The file being written: the temporary file until commit. */
  get file(): string {
    return this.tmp ?? this.path;
  }
  write(data: string | Uint8Array): void {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let off = 0;
    while (off < bytes.length) {
      try {
        off += writeSync(this.fd, bytes, off, bytes.length - off);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
          continue;
        }
        throw new OutputError(`cannot write: ${(e as Error).message}`, { file: this.path, hint: 'free some space (or fix the permissions) where the output goes, then build again', cause: e });
      }
    }
    this.digest?.update(bytes);
    this.unflushed += bytes.length;
    if (this.durable && this.tmp && !this.flushing && this.unflushed >= this.flushEvery) {
      this.unflushed = 0;
      this.flushes++;
      // a failed flush is not reported here: commit's fsync meets the same error and reports it
      const fd = this.fd;
      this.flushing = new Promise<void>((done) => fdatasync(fd, () => done())).then(() => {
        this.flushing = undefined;
      });
    }
  }
  async commit(): Promise<void> {
    if (!this.tmp) return;
    // the descriptor stays open until the pool's flush is done with it
    await this.flushing;
    try {
      if (this.durable) fsyncSync(this.fd);
      closeSync(this.fd);
      renameSync(this.tmp, resolve(this.path));
    } catch (e) {
      this.abort();
      throw new OutputError(`cannot replace the output file: ${(e as Error).message}`, { file: this.path, cause: e });
    }
    this.tmp = undefined;
  }
  abort(): void {
    if (!this.tmp) return;
    const { fd, tmp } = this;
    this.tmp = undefined;
    const discard = () => {
      try {
        closeSync(fd);
      } catch {
        /* closed */
      }
      try {
        unlinkSync(tmp);
      } catch {
        /* gone */
      }
    };
    if (this.flushing) void this.flushing.then(discard);
    else discard();
  }
}

/** Copies a file's bytes into `out`, 4 MiB at a time. */
export function copyInto(out: Output, path: string): void {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(4 << 20);
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      out.write(buf.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
}
