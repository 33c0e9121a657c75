// One writer per graph file: `build --out F` and `build --into F` hold .F.lock (hidden, beside F, like
// the build's temporary files) while they run, so a
// second build of the same file waits for the first and then reads what it wrote. Without it, two
// `--into` builds started together each read the old archive and the second rename dropped the
// first's articles (45 graphs left of 85, both exiting 0). A lock whose process is gone (killed)
// is taken over.
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { OutputError } from '../errors.js';

export interface LockOptions {
  /** How long to wait for another build to finish with the file (default 30 minutes). */
  waitMs?: number;
  /** Told once when the file is busy, with the other build's process id. */
  onWait?: (path: string, pid: number) => void;
}

const POLL_MS = 200;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes `path`.lock for this process, waiting while a live process holds it; returns its release. */
export async function lockFile(path: string, options: LockOptions = {}): Promise<() => void> {
  const abs = resolve(path);
  const lock = join(dirname(abs), `.${basename(abs)}.lock`);
  const deadline = Date.now() + (options.waitMs ?? 30 * 60_000);
  let told = false;
  for (;;) {
    try {
      const fd = openSync(lock, 'wx', 0o644);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => {
        try {
          if (readFileSync(lock, 'utf8').trim() === String(process.pid)) unlinkSync(lock);
        } catch {
          /* already gone */
        }
      };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        // the output's folder does not exist yet: the build makes it
        try {
          mkdirSync(dirname(abs), { recursive: true });
          continue;
        } catch {
          return () => undefined; // the build says why it cannot write there
        }
      }
      // a folder we cannot write in: nobody can build there, and the build says why
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return () => undefined;
      if (code !== 'EEXIST') throw new OutputError(`cannot lock ${path} for writing: ${(e as Error).message}`, { file: path, hint: 'check that its folder is writable', cause: e });
    }
    let pid = NaN;
    try {
      pid = Number.parseInt(readFileSync(lock, 'utf8'), 10);
    } catch {
      continue; // released meanwhile
    }
    if (!Number.isInteger(pid) || pid <= 0 || (pid !== process.pid && !alive(pid))) {
      // a killed build's lock: take it over (another waiter may do the same; only one create wins)
      try {
        unlinkSync(lock);
      } catch {
        /* taken over by another waiter */
      }
      continue;
    }
    if (Date.now() >= deadline) {
      throw new OutputError(`${path} is being written by another build (process ${pid})`, { file: path, hint: `wait for it to finish, or remove ${lock} if no build is running` });
    }
    if (!told) {
      options.onWait?.(path, pid);
      told = true;
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}
