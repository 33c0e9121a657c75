// Where serialized text goes: a string (tests, small results), a file written atomically
// (temporary file in the same folder, fsync, rename), or stdout. Text is buffered in chunks of
// about 1 MiB and written synchronously, so memory stays bounded for large graphs.
import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { OutputError } from '../errors.js';

export interface Sink {
  write(chunk: string): void;
}

const CHUNK = 1 << 20;

export class StringSink implements Sink {
  private parts: string[] = [];
  write(chunk: string): void {
    this.parts.push(chunk);
  }
  toString(): string {
    return this.parts.join('');
  }
}

/** Buffers text and hands it to `flushFn` in ~1 MiB pieces. */
export class ChunkedSink implements Sink {
  private buf: string[] = [];
  private size = 0;
  /** Bytes are not counted exactly: UTF-16 code units, good enough for chunking. */
  written = 0;
  constructor(private readonly flushFn: (text: string) => void) {}
  write(chunk: string): void {
    if (chunk.length === 0) return;
    this.buf.push(chunk);
    this.size += chunk.length;
    if (this.size >= CHUNK) this.flush();
  }
  flush(): void {
    if (this.size === 0) return;
    const text = this.buf.join('');
    this.buf = [];
    this.size = 0;
    this.written += text.length;
    this.flushFn(text);
  }
}

/** A sink to stdout (synchronous for files and pipes on Linux). */
export function stdoutSink(): ChunkedSink {
  return new ChunkedSink((text) => {
    process.stdout.write(text);
  });
}

/**
 * Writes a file atomically: `produce` writes into a temporary file next to `path`, which then
 * replaces `path` by rename. If `produce` throws (or the process dies), `path` is untouched.
 * Creates the parent folder when missing.
 */
export function writeFileAtomic(path: string, produce: (sink: Sink) => void): void {
  const abs = resolve(path);
  const dir = dirname(abs);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new OutputError(`cannot create folder ${dir}: ${(e as Error).message}`, { file: path, cause: e });
  }
  sweepStaleTemps(dir, basename(abs));
  const tmp = tempPathFor(abs);
  let fd: number;
  try {
    fd = openSync(tmp, 'w', 0o666);
  } catch (e) {
    throw new OutputError(`cannot write in ${dir}: ${(e as Error).message}`, { file: path, hint: 'check that the folder exists and is writable', cause: e });
  }
  let ok = false;
  try {
    const sink = new ChunkedSink((text) => {
      const bytes = Buffer.from(text, 'utf8');
      let off = 0;
      while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    });
    produce(sink);
    sink.flush();
    fsyncSync(fd);
    ok = true;
  } catch (e) {
    if (e instanceof OutputError) throw e;
    const code = (e as NodeJS.ErrnoException)?.code;
    if (code) throw new OutputError(`cannot write: ${(e as Error).message}`, { file: path, cause: e });
    throw e;
  } finally {
    try {
      closeSync(fd);
    } catch {
      /* already closed */
    }
    if (!ok) {
      try {
        unlinkSync(tmp);
      } catch {
        /* never created */
      }
    }
  }
  try {
    renameSync(tmp, abs);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* ignore */
    }
    throw new OutputError(`cannot replace the output file: ${(e as Error).message}`, { file: path, cause: e });
  }
}

/** The temporary file an atomic write of `abs` goes through: hidden, with our pid and a time, next to it. */
export function tempPathFor(abs: string): string {
  return join(dirname(abs), `.${basename(abs)}.${process.pid}.${Date.now().toString(36)}.tmp`);
}

/**
 * Whether the process `pid` may still be running. Only ESRCH ("no such process") means dead: EPERM
 * is another user's live process, and our own pid is alive (another build in this process).
 */
export function pidAlive(pid: number): boolean {
  // 0 and negative pids address process groups, and 1 is init: never treat them as dead
  if (!Number.isSafeInteger(pid) || pid <= 1 || pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Removes leftovers of writers that were killed (SIGKILL, power loss) before they could clean up:
 * entries of `dir` whose name matches `pattern` (group 1: the writer's pid), of the `kind` given,
 * owned by us, whose pid is no longer running. Anything else — another tool's file, a live
 * build's file, a symlink — is left alone. Never throws: cleaning is a courtesy, and a build must
 * not fail over it. Returns the names removed.
 */
export function sweepStale(dir: string, pattern: RegExp, kind: 'file' | 'dir'): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  for (const name of names) {
    const m = pattern.exec(name);
    if (!m || pidAlive(Number(m[1]))) continue;
    const path = join(dir, name);
    try {
      // lstat: a symlink named like ours is not ours to follow
      const st = lstatSync(path);
      if (kind === 'file' ? !st.isFile() : !st.isDirectory()) continue;
      if (uid !== undefined && st.uid !== uid) continue;
      if (kind === 'file') unlinkSync(path);
      else rmSync(path, { recursive: true, force: true });
      removed.push(name);
    } catch {
      /* gone already, or not ours to remove */
    }
  }
  return removed;
}

/** Removes the stale temporary files of atomic writes of `dir/name` (see `tempPathFor`). */
export function sweepStaleTemps(dir: string, name: string): string[] {
  return sweepStale(dir, new RegExp(`^\\.${escapeRe(name)}\\.(\\d+)\\.[0-9a-z]+\\.tmp$`), 'file');
}

