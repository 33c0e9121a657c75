// Starts and stops a throwaway Virtuoso 7 (Debian virtuoso-opensource-7) for the integration
// tests: its own ini file and database in a temporary folder, free loopback ports, foreground
// process stopped by its PID (also when the test process exits early).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const VIRTUOSO_BIN = 'virtuoso-t';
export const ISQL_BIN = 'isql-vt';
/** Where the Debian package keeps the server's web files (the SPARQL endpoint needs them). */
const VSP_ROOT = '/var/lib/virtuoso-opensource-7/vsp';

export function which(bin: string): string | undefined {
  const r = spawnSync('sh', ['-c', `command -v ${bin}`], { encoding: 'utf8' });
  const p = r.stdout.trim();
  return r.status === 0 && p ? p : undefined;
}

/** Why Virtuoso cannot run here, or undefined when it can. */
export function virtuosoMissing(): string | undefined {
  if (!which(VIRTUOSO_BIN)) return `${VIRTUOSO_BIN} is not installed (Debian package virtuoso-opensource-7; .ci/run installs it)`;
  if (!which(ISQL_BIN)) return `${ISQL_BIN} is not installed (Debian package virtuoso-opensource-7)`;
  return undefined;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface Virtuoso {
  pid: number;
  httpPort: number;
  sqlPort: number;
  /** http://127.0.0.1:PORT */
  base: string;
  sparql: string;
  /** Graph Store Protocol with Digest authentication. */
  crudAuth: string;
  dir: string;
  /** Runs SQL as dba through isql; returns its output (throws when isql fails). */
  isql(sql: string): string;
  logTail(lines?: number): string;
  stop(): Promise<void>;
}

function ini(dir: string, sqlPort: number, httpPort: number): string {
  return `[Database]
DatabaseFile = ${dir}/virtuoso.db
ErrorLogFile = ${dir}/virtuoso.log
LockFile = ${dir}/virtuoso.lck
TransactionFile = ${dir}/virtuoso.trx
xa_persistent_file = ${dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = ${dir}/virtuoso-temp.db
TransactionFile = ${dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:${sqlPort}
DisableUnixSocket = 1
DisableTcpSocket = 0
CheckpointInterval = 0
DirsAllowed = ., ${dir}, /usr/share/virtuoso-opensource-7/vad
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
MaxQueryMem = 512M
ThreadsPerQuery = 2
MaxClientConnections = 10

[HTTPServer]
ServerPort = 127.0.0.1:${httpPort}
ServerRoot = ${VSP_ROOT}
ServerThreads = 10
MaxClientConnections = 10
MaxKeepAlives = 10
KeepAliveTimeout = 10
EnabledDavVSP = 0
HTTPProxyEnabled = 0
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryCostEstimationTime = 400
MaxQueryExecutionTime = 120
`;
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const p of running) if (p.pid !== undefined) try {
    process.kill(p.pid, 'SIGKILL');
  } catch {
    /* gone */
  }
});

async function tryStart(timeoutMs: number): Promise<Virtuoso> {
  const dir = mkdtempSync(join(tmpdir(), 'newskg-virtuoso-'));
  const sqlPort = await freePort();
  let httpPort = await freePort();
  while (httpPort === sqlPort) httpPort = await freePort();
  const iniFile = join(dir, 'virtuoso.ini');
  writeFileSync(iniFile, ini(dir, sqlPort, httpPort));
  const child = spawn(VIRTUOSO_BIN, ['+configfile', iniFile, '+foreground'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  let exited: number | null | undefined;
  const exitPromise = new Promise<void>((resolve) =>
    child.once('exit', (code) => {
      exited = code;
      running.delete(child);
      resolve();
    }),
  );
  const base = `http://127.0.0.1:${httpPort}`;
  const logTail = (lines = 20) => {
    const log = existsSync(join(dir, 'virtuoso.log')) ? readFileSync(join(dir, 'virtuoso.log'), 'utf8') : output;
    return log.split('\n').slice(-lines).join('\n');
  };
  const stop = async () => {
    if (exited === undefined && child.pid !== undefined) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.pid !== undefined && exited === undefined && child.kill('SIGKILL'), 10_000);
      await exitPromise;
      clearTimeout(killer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited !== undefined) {
      const tail = logTail();
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`virtuoso-t exited with ${exited} before answering:\n${tail}`);
    }
    try {
      const r = await fetch(`${base}/sparql?query=${encodeURIComponent('ASK {}')}`, { signal: AbortSignal.timeout(2000) });
      await r.text();
      if (r.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      const tail = logTail();
      await stop();
      throw new Error(`Virtuoso did not answer at ${base}/sparql within ${timeoutMs / 1000} s:\n${tail}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  const isql = (sql: string): string => {
    const r = spawnSync(ISQL_BIN, [`127.0.0.1:${sqlPort}`, 'dba', 'dba'], { input: `${sql}\n`, encoding: 'utf8', timeout: 60_000 });
    const out = `${r.stdout}${r.stderr}`;
    if (r.status !== 0 || /\*\*\* Error/.test(out)) throw new Error(`isql failed (${r.status}): ${out}`);
    return out;
  };
  return {
    pid: child.pid ?? -1,
    httpPort,
    sqlPort,
    base,
    sparql: `${base}/sparql`,
    crudAuth: `${base}/sparql-graph-crud-auth`,
    dir,
    isql,
    logTail,
    stop,
  };
}

/** Starts a fresh Virtuoso (user dba, password dba) and waits until its SPARQL endpoint answers. */
export async function startVirtuoso(timeoutMs = 60_000): Promise<Virtuoso> {
  let last: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await tryStart(timeoutMs);
    } catch (e) {
      last = e; // a port taken between picking and binding: try other ports
    }
  }
  throw last;
}
