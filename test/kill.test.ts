// Nothing lost: a build killed with SIGKILL while it writes leaves the previous output
// byte-identical, and no temporary file that looks like output (the writer's temporary file is a
// hidden `.<name>.<pid>.<time>.tmp` next to the output; SIGKILL gives no chance to remove it).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
  for (const f of names.filter((n) => !n.startsWith('.'))) expect(f).toMatch(/^(?:graph\.(?:ttl|nq)|archive\.nq)(?:\.previous)?$/);
  const hidden = names.filter((n) => n.startsWith('.'));
  for (const f of hidden) expect(f).toMatch(/^\.newskg-build-\w+$|^\.(?:graph\.(?:ttl|nq)|archive\.nq)\.\d+\.[0-9a-z]+\.tmp$/);
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
