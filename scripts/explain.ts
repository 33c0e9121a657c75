// Prints what newskg extracts from one article, for reading and debugging:
// npx tsx scripts/explain.ts FILE [--jsonl-index N]
import { readFileSync } from 'node:fs';
import { extractArticle } from '../src/extract/index.js';

const [file, flag, value] = process.argv.slice(2);
if (!file) throw new Error('usage: npx tsx scripts/explain.ts FILE.txt|FILE.jsonl [--index N]');
const text = file.endsWith('.jsonl')
  ? (JSON.parse(readFileSync(file, 'utf8').trim().split('\n')[flag === '--index' ? Number(value) : 0]!) as { text: string }).text
  : readFileSync(file, 'utf8');
const x = extractArticle({ id: 'explain', text, format: 'txt', source: { path: file } });
const label = (key?: string) => (key ? x.entities.find((e) => e.key === key)?.label ?? key : '?');
for (const e of x.entities) console.log(`ENTITY ${e.type.padEnd(12)} ${e.label}  [${e.aliases.join('; ')}] ${e.wikidata ?? ''}`);
for (const r of x.roles) console.log(`ROLE   ${label(r.person)}: ${r.title} of ${label(r.of)}`);
for (const q of x.quotes) console.log(`QUOTE  ${q.kind.padEnd(8)} ${label(q.speaker)} (${q.speakerText ?? '-'}) [${q.cue}] ${q.text.replace(/\s+/g, ' ').slice(0, 140)}`);
for (const p of x.pledges) console.log(`PLEDGE ${label(p.giver)} → ${label(p.recipient)} ${p.amount ? `${p.amount.value} ${p.amount.currency}` : ''} ${p.quantity ?? ''} ${p.item ?? ''} (${p.status}) ${p.purpose ?? ''}`);
