// Starts `newskg serve` (the built CLI, dist/cli/main.js) as a child process on a free port, for
// the server and viewer tests and the viewer benchmark.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI = join(ROOT, 'dist', 'cli', 'main.js');

export interface Served {
  url: string;
  proc: ChildProcess;
  stderr: () => string;
  stop: () => Promise<void>;
}

/**
 * Runs `newskg serve ARGS --port 0` and resolves with its URL once it prints it and, unless `early`,
 * once its query workers hold the graph (/api/info says so): the server opens on its index and the
 * viewer's data first, and the tests of queries outside the index's subset need the workers.
 */
export async function serve(args: string[], { timeoutMs = 120_000, early = false } = {}): Promise<Served> {
  const served = await serveEarly(args, timeoutMs);
  if (early) return served;
  for (const until = Date.now() + timeoutMs; ; ) {
    const info = (await fetch(new URL('/api/info', served.url)).then((r) => r.json())) as { queryWorkersLoaded?: boolean };
    if (info.queryWorkersLoaded !== false) return served;
    if (Date.now() > until || served.proc.exitCode !== null) {
      await served.stop();
      throw new Error(`newskg serve's query workers did not load the graph in ${timeoutMs} ms:\n${served.stderr()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function serveEarly(args: string[], timeoutMs: number): Promise<Served> {
  const proc = spawn(process.execPath, [CLI, 'serve', ...args, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  proc.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
      proc.once('exit', () => resolve());
      proc.kill('SIGTERM');
      setTimeout(() => proc.kill('SIGKILL'), 5000).unref();
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`newskg serve did not start in ${timeoutMs} ms:\n${err}`));
    }, timeoutMs);
    proc.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^(http:\/\/\S+)\n/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], proc, stderr: () => err, stop });
      }
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`newskg serve exited with ${code}:\n${err}`));
    });
  });
}

/** Builds the viewer into `outDir` (vite, about a second). */
export function buildViewer(outDir: string): void {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', 'viewer', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}${r.stderr}`);
}
