#!/usr/bin/env node
// `npm run eval`: runs the team's scorer (../shared/eval/score.mjs) on every evaluation set through
// the real CLI, and prints one table. Options: --limit N (documents per set), --only NAME[,NAME].
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = join(root, '..', 'shared', 'eval');
const score = join(evalDir, 'score.mjs');
if (!existsSync(score)) {
  console.log(`skipped: ${score} is absent (the team's shared folder sits beside the project)`);
  process.exit(0);
}
const { values } = parseArgs({ options: { limit: { type: 'string' }, only: { type: 'string' } } });

const SETS = [
  { name: 'reference', mode: 'articles', gold: 'gold/paris-ukraine-conference.json' },
  { name: 'dev (5 articles)', mode: 'articles', gold: 'gold/dev.jsonl' },
  { name: 'PolNeAR dev', mode: 'polnear', gold: 'polnear/dev.jsonl' },
  { name: 'CoNLL-2003 dev', mode: 'conll', gold: 'conll2003/eng.testa' },
].filter((s) => !values.only || values.only.split(',').some((o) => s.name.toLowerCase().startsWith(o.toLowerCase())));

const rows = [];
for (const set of SETS) {
  const args = [score, set.mode, '--gold', join(evalDir, set.gold), '--json', '--cli', `node ${join(root, 'dist', 'cli', 'main.js')}`];
  if (values.limit) args.push('--limit', values.limit);
  const t0 = Date.now();
  const out = execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  const m = JSON.parse(out.slice(0, out.lastIndexOf('}') + 1));
  if (set.mode === 'articles') {
    for (const k of ['entities', 'roles', 'quotes', 'pledges']) rows.push([set.name, k, m[k].p, m[k].r, m[k].f1, seconds]);
  } else if (set.mode === 'polnear') {
    rows.push([set.name, 'triple (loose)', m.loose.triple.p, m.loose.triple.r, m.loose.triple.f1, seconds]);
    rows.push([set.name, 'triple (strict)', m.strict.triple.p, m.strict.triple.r, m.strict.triple.f1, seconds]);
    rows.push([set.name, 'content (loose)', m.loose.content.p, m.loose.content.r, m.loose.content.f1, seconds]);
    rows.push([set.name, 'speaker accuracy', '', '', m.loose.speakerAccuracy, seconds]);
  } else {
    for (const k of ['PER', 'LOC', 'ORG', 'micro']) rows.push([set.name, k, m[k].p, m[k].r, m[k].f1, seconds]);
  }
}
const header = ['set', 'measure', 'P', 'R', 'F1', 'seconds'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
