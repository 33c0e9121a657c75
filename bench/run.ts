// `npm run bench`: runs every benchmark in this folder, one process each (so one does not warm or
// load the next), and prints their reports in turn. Arguments after `--` go to every benchmark.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2).find((a) => a.startsWith('--only='))?.slice('--only='.length);
const args = process.argv.slice(2).filter((a) => !a.startsWith('--only=') && a !== '--');
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts')
  .filter((f) => !only || only.split(',').some((o) => f.startsWith(o)))
  .sort();
let failed = 0;
for (const file of benches) {
  console.log(`\n## ${file}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(here, file), ...args], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
