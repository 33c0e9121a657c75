// Compiles src/ to dist/ once before the tests with `npm run build`, the build users run, so the
// CLI tests run the real `newskg` binary (dist/cli/main.js, package.json's bin, made executable). Type errors are reported by `npm run typecheck`; here a
// failed compile only stops the tests when it produced no CLI at all.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) {
    process.stderr.write(`global-setup: npm run build exited ${r.status}:\n${r.stdout}${r.stderr}\n`);
  }
  if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) {
    throw new Error('global-setup: dist/cli/main.js was not built');
  }
}
