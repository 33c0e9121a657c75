// The CLI as the benchmarks run it: compiled once with `npm run build`, then run as a child under
// /usr/bin/time -v where there is one, for its wall time, peak RSS (workers included) and CPU time.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const cli = join(root, 'dist', 'cli', 'main.js');
/** Whether peak RSS and CPU time can be read (GNU time). */
export const hasTime = existsSync('/usr/bin/time');

/** Compiles the CLI; exits the benchmark with the compiler's output when it cannot. */
export function compileCli(): void {
  const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0 || !existsSync(cli)) {
    console.log(`failed: could not compile the CLI\n${r.stdout}${r.stderr}`);
    process.exit(1);
  }
}

export interface CliRun {
  seconds: number;
  rssMb?: number;
  /** user + system CPU seconds of the child (all its threads). */
  cpu?: number;
  code: number | null;
  stderr: string;
  stdout: string;
}

/** Runs `newskg ARGS` in `cwd`; a timeout kills it (SIGKILL). */
export function runCli(args: string[], cwd: string, timeoutSeconds?: number): CliRun {
  const t0 = performance.now();
  const cmd = hasTime ? '/usr/bin/time' : process.execPath;
  const argv = hasTime ? ['-v', process.execPath, cli, ...args] : [cli, ...args];
  const r = spawnSync(cmd, argv, { cwd, encoding: 'utf8', maxBuffer: 1 << 30, timeout: timeoutSeconds ? timeoutSeconds * 1000 : undefined, killSignal: 'SIGKILL' });
  const seconds = (performance.now() - t0) / 1000;
  const num = (re: RegExp) => {
    const m = re.exec(r.stderr ?? '')?.[1];
    return m === undefined ? undefined : Number(m);
  };
  const rss = num(/Maximum resident set size \(kbytes\): (\d+)/);
  const user = num(/User time \(seconds\): ([\d.]+)/);
  const sys = num(/System time \(seconds\): ([\d.]+)/);
  return { seconds, rssMb: rss === undefined ? undefined : rss / 1024, cpu: user === undefined || sys === undefined ? undefined : user + sys, code: r.status, stderr: r.stderr ?? '', stdout: r.stdout ?? '' };
}
