// Nothing lost: a build killed with SIGKILL while it writes leaves the previous output
// byte-identical, and no temporary file that looks like output (the writer's temporary file is a
// hidden `.<name>.<pid>.<time>.tmp` next to the output; SIGKILL gives no chance to remove it).
// Nothing left behind for good: the next build removes a killed build's work folder
// (`.newskg-build-<pid>-XXXXXX`) and temporary output once that pid is gone, and nothing else —
// not a live build's files, not files named otherwise.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli', 'main.js');

let dir: string;
const p = (...parts: string[]) => join(dir, ...parts);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newskg-kill-'));
  mkdirSync(p('in'));
  mkdirSync(p('out'));
  // thousands of generated JSONL articles: a few seconds of work, and a large output to write
  const people = ['Emmanuel Macron', 'Olaf Scholz', 'Andrzej Duda', 'Mark Rutte', 'David Cameron'];
  const places = ['France', 'Germany', 'Poland', 'the Netherlands', 'Ukraine'];
  const rows: string[] = [];
  for (let i = 0; i < 3000; i++) {
    const who = people[i % people.length]!;
    const where = places[(i * 7) % places.length]!;
    const text = `PARIS — ${who} said on Monday that “nothing can be ruled out” in talk number ${i}.\n\n${where} pledged ${i + 1} million euros to Ukraine, ${who} said. “We will help,” he added.`;
    rows.push(JSON.stringify({ id: `a${i}`, text, title: `Story ${i}` }));
  }
  writeFileSync(p('in', 'many.jsonl'), `${rows.join('\n')}\n`);
  writeFileSync(p('in', 'one.txt'), 'BERLIN — Chancellor Olaf Scholz said “Germany will help.”\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Spawns `newskg build in <extra>` and SIGKILLs it at `when`: 'working' once the build's work
 * folder (hidden, next to the output) holds spilled output, 'writing' once the temporary output
 * file appears. Resolves how it ended.
 */
function buildAndKill(extra: string[], when: 'working' | 'writing'): Promise<{ killed: boolean; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'build', 'in', ...extra, '--quiet'], { cwd: dir, stdio: 'ignore' });
    let killed = false;
    const old = new Set(readdirSync(p('out'))); // leftovers of earlier kills do not count
    const due = () => {
      const names = readdirSync(p('out')).filter((f) => !old.has(f));
      if (when === 'writing') return names.some((f) => f.endsWith('.tmp'));
      return names.some((f) => f.startsWith('.newskg-build-') && readdirSync(p('out', f)).some((s) => statSync(p('out', f, s)).size > 100_000));
    };
    const timer = setInterval(() => {
      try {
        if (!killed && due()) {
          killed = true;
          child.kill('SIGKILL');
        }
      } catch {
        /* a file vanished between two calls */
      }
    }, 2);
    child.on('exit', (code, signal) => {
      clearInterval(timer);
      resolve({ killed: killed && signal === 'SIGKILL', code });
    });
  });
}

function buildOne(args: string[]): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const c = spawn(process.execPath, [cli, 'build', ...args, '--quiet'], { cwd: dir, stdio: 'ignore' });
    c.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`build exited ${code}`))));
  });
}

/** Hidden leftovers of killed builds (work folders, temporary outputs); anything else visible must be a known output. */
function checkLeftovers(label: string, before: Set<string>): void {
  const names = readdirSync(p('out')).filter((f) => !before.has(f));
  // (FILE.nkgi: the triple index a build writes beside its output)
  for (const f of names.filter((n) => !n.startsWith('.'))) expect(f).toMatch(/^(?:graph\.(?:ttl|nq)|archive\.nq)(?:\.previous|\.nkgi)?$/);
  const hidden = names.filter((n) => n.startsWith('.'));
  // (.FILE.lock: a killed build's lock, which the next build takes over)
  for (const f of hidden) expect(f).toMatch(/^\.newskg-build-\d+-\w+$|^\.(?:graph\.(?:ttl|nq)|archive\.nq)\.\d+\.[0-9a-z]+\.tmp$|^\.(?:graph\.(?:ttl|nq)|archive\.nq)\.lock$/);
  process.stderr.write(`kill: ${label}: previous output intact; new hidden leftovers: ${hidden.join(', ') || 'none'}\n`);
}

describe('SIGKILL during a build', () => {
  it.each([
    ['out/graph.ttl', 'working'],
    ['out/graph.nq', 'writing'],
  ] as const)('%s, killed while %s: the previous output stays byte-identical; nothing half-written is visible', async (out, when) => {
    await buildOne(['in/one.txt', '--out', out]);
    const before = readFileSync(p(out));
    writeFileSync(p(`${out}.previous`), before);
    const earlier = new Set(readdirSync(p('out')));
    const r = await buildAndKill(['--out', out], when);
    const after = readFileSync(p(out));
    if (r.killed) expect(after.equals(before)).toBe(true);
    else {
      // the build finished between two polls: then the output is the whole new graph
      expect(r.code).toBe(0);
      expect(after.toString('utf8')).toContain('/article/a2999');
    }
    checkLeftovers(`${out} (${when}${r.killed ? '' : ', finished before the kill'})`, earlier);
  }, 180_000);

  it('--into an existing archive, killed while working and while writing: the archive stays byte-identical', async () => {
    await buildOne(['in/one.txt', '--into', 'out/archive.nq']);
    const before = readFileSync(p('out/archive.nq'));
    expect(before.toString('utf8')).toContain('/article/one');
    for (const when of ['working', 'writing'] as const) {
      const earlier = new Set(readdirSync(p('out')));
      const r = await buildAndKill(['--into', 'out/archive.nq'], when);
      const after = readFileSync(p('out/archive.nq'));
      if (r.killed) expect(after.equals(before), when).toBe(true);
      else {
        expect(r.code).toBe(0);
        expect(after.toString('utf8')).toContain('/article/a2999');
        expect(after.toString('utf8')).toContain('/article/one');
        break;
      }
      checkLeftovers(`--into (${when})`, earlier);
    }
  }, 240_000);
});

/** A pid that was just in use and is not any more (a child that has exited). */
function deadPid(): Promise<number> {
  return new Promise((resolve) => {
    const c = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    c.on('exit', () => resolve(c.pid!));
  });
}

/** A process that stays alive until killed (stands for another build still running). */
function liveProcess(): ChildProcess {
  return spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
}

describe('leftovers of killed builds', () => {
  it('the next build removes a SIGKILLed build\'s work folder and temporary output, and leaves a live process\'s and foreign files alone', async () => {
    const folder = p('sweep');
    mkdirSync(folder);
    const out = 'sweep/graph.nq';
    const names = () => new Set(readdirSync(folder));
    // real leftovers: builds killed while working (spill folder) and while writing (temporary output)
    const killedWith: string[] = [];
    for (const when of ['working', 'writing'] as const) {
      const before = names();
      const r = await new Promise<{ killed: boolean }>((resolve) => {
        const child = spawn(process.execPath, [cli, 'build', 'in', '--out', out, '--quiet'], { cwd: dir, stdio: 'ignore' });
        let killed = false;
        const timer = setInterval(() => {
          try {
            const fresh = [...names()].filter((f) => !before.has(f));
            const due = when === 'writing' ? fresh.some((f) => f.endsWith('.tmp')) : fresh.some((f) => f.startsWith('.newskg-build-') && readdirSync(join(folder, f)).length > 0);
            if (!killed && due) {
              killed = true;
              child.kill('SIGKILL');
            }
          } catch {
            /* a file vanished between two calls */
          }
        }, 2);
        child.on('exit', (_code, signal) => {
          clearInterval(timer);
          resolve({ killed: killed && signal === 'SIGKILL' });
        });
      });
      if (r.killed) killedWith.push(...[...names()].filter((f) => !before.has(f) && f.startsWith('.')));
    }
    process.stderr.write(`kill: leftovers of the killed builds: ${killedWith.join(', ') || 'none (both finished first)'}\n`);

    // made-up leftovers of a dead pid, of live pids (this test process and a running child), and foreign names
    const dead = await deadPid();
    const live = liveProcess();
    try {
      const liveTmp = `.graph.nq.${live.pid}.${Date.now().toString(36)}.tmp`;
      const mineTmp = `.graph.nq.${process.pid}.${Date.now().toString(36)}.tmp`;
      const liveDir = `.newskg-build-${live.pid}-AbC123`;
      const deadDir = `.newskg-build-${dead}-XyZ789`;
      const deadTmp = `.graph.nq.${dead}.${Date.now().toString(36)}.tmp`;
      for (const d of [liveDir, deadDir]) {
        mkdirSync(join(folder, d));
        writeFileSync(join(folder, d, 'spill-0'), 'spilled');
      }
      for (const f of [liveTmp, mineTmp, deadTmp]) writeFileSync(join(folder, f), 'half a graph');
      // not ours, or not of this output: kept whatever their pid
      const outside = join(dir, 'outside-target');
      mkdirSync(outside, { recursive: true });
      writeFileSync(join(outside, 'keep.txt'), 'keep');
      const foreign = [
        `.newskg-build-${dead}-link00`, // a symlink named like our folder: never followed, never removed
        '.newskg-build-Q1w2E3', // an older build's folder without a pid: it cannot be told dead or alive
        `.other.nq.${dead}.${Date.now().toString(36)}.tmp`, // another output's temporary file
        `.graph.nq.${dead}.tmp`, // not our pattern (no time)
        `graph.nq.${dead}.abc.tmp`, // not hidden
        `notes-${dead}.txt`,
      ];
      symlinkSync(outside, join(folder, foreign[0]!));
      for (const f of foreign.slice(1)) {
        if (f.startsWith('.newskg-build-')) mkdirSync(join(folder, f));
        else writeFileSync(join(folder, f), 'not ours');
      }

      await buildOne(['in/one.txt', '--out', out]);

      const after = names();
      for (const f of [...killedWith, deadDir, deadTmp]) expect(after.has(f), `${f} is removed`).toBe(false);
      for (const f of [liveTmp, mineTmp, liveDir, ...foreign]) expect(after.has(f), `${f} is kept`).toBe(true);
      expect(readFileSync(join(folder, liveDir, 'spill-0'), 'utf8')).toBe('spilled');
      expect(readFileSync(join(outside, 'keep.txt'), 'utf8')).toBe('keep');
      expect(readFileSync(p(out), 'utf8')).toContain('/article/one');
      // nothing else hidden is left by the build itself
      const leftover = [...after].filter((f) => f.startsWith('.') && ![liveTmp, mineTmp, liveDir, ...foreign].includes(f));
      expect(leftover).toEqual([]);
    } finally {
      live.kill('SIGKILL');
    }
  }, 240_000);

  it('a build next to a running build leaves the running build\'s work folder alone; both finish', async () => {
    const folder = p('together');
    mkdirSync(folder);
    const big = spawn(process.execPath, [cli, 'build', 'in/many.jsonl', '--out', 'together/big.nq', '--quiet'], { cwd: dir, stdio: 'ignore' });
    const bigExit = new Promise<number | null>((resolve) => big.on('exit', (code) => resolve(code)));
    // wait until the big build's work folder exists (polled; nothing here depends on how long it takes)
    let working = false;
    let bigDone = false;
    void bigExit.then(() => (bigDone = true));
    while (!working && !bigDone) {
      working = readdirSync(folder).some((f) => f.startsWith(`.newskg-build-${big.pid}-`));
      await new Promise((r) => setTimeout(r, 5));
    }
    await buildOne(['in/one.txt', '--out', 'together/small.nq']);
    expect(await bigExit).toBe(0);
    expect(readFileSync(join(folder, 'big.nq'), 'utf8')).toContain('/article/a2999');
    expect(readFileSync(join(folder, 'small.nq'), 'utf8')).toContain('/article/one');
    // nothing hidden left: neither build's work folder nor temporary file
    expect(readdirSync(folder).filter((f) => f.startsWith('.'))).toEqual([]);
    if (!working) process.stderr.write('kill: the big build finished before the small one started\n');
  }, 240_000);
});
