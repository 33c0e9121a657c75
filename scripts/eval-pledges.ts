// Evaluates src/extract/pledges.ts on its own, before the full pipeline exists.
//
//   npx tsx scripts/eval-pledges.ts              gold: reference article + dev set (per-article found/missed/spurious)
//   npx tsx scripts/eval-pledges.ts --gazetteer  the same, with harder stand-in mentions: gazetteer countries, demonyms and
//                                                organizations plus the gold people only (closer to what a recognizer finds)
//   npx tsx scripts/eval-pledges.ts --tune [--show] pledges-dev, looked-at part only, through the real extract stage (src/extract/index.ts):
//                                                misses and spurious pledges (--show: also the matches and missed optional ones)
//   npx tsx scripts/eval-pledges.ts --corpus     first 300 articles of the Reuters and BBC corpora: a sample to eyeball, and speed
//
// STAND-IN ONLY: the PledgeContext built here is NOT the pipeline's. Mentions are found by
// matching the gold entity labels and aliases in the text (or, for the corpus, gazetteer country
// and organization names), `officeOf` comes from the gold roles, and there are no quotes. The real
// pipeline supplies recognized, resolved mentions, roles and quotes. Scoring follows
// ../shared/eval/score.mjs (`pledgeScore`): the giver must be named, then the amount within 1 %, or
// the quantity, or item / purpose word overlap >= 50 %; optional gold pledges count neither way;
// only committed statuses (pledged, delivered, signed, approved) count as predictions.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenizeDocument } from '../src/text/tokenize.js';
import { findPledges, isCommitted, type EntityRef, type PledgeCandidate } from '../src/extract/pledges.js';
import type { EntityType } from '../src/types.js';
import { bareName, tokenOverlap, words } from './score-text.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');

interface GoldEntity { label: string; type: EntityType; aliases?: string[]; roles?: { title: string; of: string }[]; optional?: boolean }
interface GoldPledge { giver: string; giverAliases?: string[]; amount?: { value: number; valueMax?: number }; amountAlt?: { value: number }; quantity?: number; item?: string; purpose?: string; optional?: boolean; evidence?: string }
interface GoldDoc { id?: string; article?: string; text: string; entities: GoldEntity[]; pledges?: GoldPledge[] }

const slug = (s: string) => s.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/['’.]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
const keyOf = (e: { label: string; type: EntityType }) => `${e.type.toLowerCase()}/${slug(e.label)}`;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// ---- the scorer's text helpers (as in ../shared/eval/score.mjs)
function matchPairs<P, G>(preds: P[], golds: G[], score: (p: P, g: G) => number): [number, number][] {
  const pairs: [number, number, number][] = [];
  preds.forEach((p, i) => golds.forEach((g, j) => { const s = score(p, g); if (s > 0) pairs.push([s, i, j]); }));
  pairs.sort((a, b) => b[0] - a[0]);
  const up = new Set<number>(), ug = new Set<number>(), out: [number, number][] = [];
  for (const [, i, j] of pairs) { if (up.has(i) || ug.has(j)) continue; up.add(i); ug.add(j); out.push([i, j]); }
  return out;
}

/** What the scorer compares of a predicted pledge (a candidate or the pipeline's pledge). */
interface ScoredPledge { giver: string; amount?: { value: number } | null; quantity?: number | null; item?: string | null; purpose?: string | null }

/**
 * score.mjs's pledge match for one article: the giver must be named as the gold names it (label,
 * aliases, giver aliases), then the amount within 1 %, the quantity, the item or the purpose.
 */
function pledgeMatcher(entities: GoldEntity[], label: (key: string) => string): (p: ScoredPledge, q: GoldPledge) => number {
  const names = new Map(entities.map((e) => [e.label, new Set([e.label, ...(e.aliases ?? [])].map(bareName))]));
  const isNamed = (goldLabel: string, predicted: string) => (names.get(goldLabel) ?? new Set([bareName(goldLabel)])).has(bareName(predicted));
  return (p, q) => {
    const gl = label(p.giver);
    if (!(isNamed(q.giver, gl) || (q.giverAliases ?? []).some((a) => bareName(a) === bareName(gl)))) return 0;
    const nearV = (v?: number) => v != null && p.amount != null && Math.abs(p.amount.value - v) <= 0.01 * v;
    if ([q.amount?.value, q.amount?.valueMax, q.amountAlt?.value].some(nearV)) return 1;
    if (q.quantity != null && p.quantity === q.quantity) return 1;
    if (q.item && p.item) { const iw = words(q.item); if (tokenOverlap(words(p.item), iw) / iw.length >= 0.5) return 0.9; }
    if (q.purpose && p.purpose) { const pw = words(q.purpose); if (tokenOverlap(words(p.purpose), pw) / pw.length >= 0.5) return 0.8; }
    if (!q.amount && q.quantity == null && !q.item && !p.amount && p.quantity == null) return 0.5;
    return 0;
  };
}

/** Running totals of a set, as score.mjs counts them: optional gold items count neither for nor against. */
interface Tally { tp: number; pred: number; gold: number }

/** Matches one article's pledges to its gold and adds them to `tally`; the matched indexes on each side. */
function matchArticle<P extends ScoredPledge>(preds: P[], golds: GoldPledge[], score: (p: P, q: GoldPledge) => number, tally: Tally) {
  const matches = matchPairs(preds, golds, score);
  const optionalHits = matches.filter(([, j]) => golds[j]!.optional).length;
  tally.tp += matches.length - optionalHits;
  tally.pred += preds.length - optionalHits;
  tally.gold += golds.filter((q) => !q.optional).length;
  return { matches, mp: new Set(matches.map(([i]) => i)), mg: new Set(matches.map(([, j]) => j)) };
}

// ---- stand-in mention finder: exact surface forms, longest first, no overlaps
function mentionFinder(names: { surface: string; entity: string; type: EntityType }[]) {
  const bySurface = new Map<string, { entity: string; type: EntityType }>();
  for (const n of names) if (n.surface.trim() && !bySurface.has(n.surface)) bySurface.set(n.surface, n);
  const alts = [...bySurface.keys()].sort((a, b) => b.length - a.length).map(esc);
  if (!alts.length) return (_: string) => [] as EntityRef[];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (text: string): EntityRef[] => {
    const out: EntityRef[] = [];
    for (const m of text.matchAll(re)) {
      const e = bySurface.get(m[0])!;
      out.push({ start: m.index!, end: m.index! + m[0].length, entity: e.entity, type: e.type });
    }
    return out;
  };
}

function show(p: PledgeCandidate, label: (k: string) => string, text: string): string {
  const parts = [`${label(p.giver)}`];
  if (p.announcedBy) parts.push(`(by ${label(p.announcedBy)})`);
  parts.push(`→ ${p.recipient ? label(p.recipient) : '?'}`);
  if (p.amount) parts.push(`${p.amount.qualifier ? p.amount.qualifier + ' ' : ''}${p.amount.value}${p.amount.valueMax ? '-' + p.amount.valueMax : ''} ${p.amount.currency}`);
  if (p.quantity !== undefined) parts.push(`qty ${p.quantity}`);
  if (p.item) parts.push(`item "${p.item}"`);
  if (p.purpose) parts.push(`purpose "${p.purpose}"`);
  parts.push(`[${p.status}; ${p.cue}]`);
  return `${parts.join(' ')}\n      « ${text.slice(p.evidence.start, p.evidence.end).replace(/\s+/g, ' ').slice(0, 220)} »`;
}

function evalGold(): void {
  const refGold = JSON.parse(readFileSync(join(shared, 'eval/gold/paris-ukraine-conference.json'), 'utf8')) as GoldDoc;
  refGold.text = readFileSync(resolve(join(shared, 'eval/gold'), refGold.article!), 'utf8');
  refGold.id = 'paris-ukraine-conference';
  const dev = readFileSync(join(shared, 'eval/gold/dev.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as GoldDoc);
  const sets: [string, GoldDoc[]][] = [['reference', [refGold]], ['dev', dev]];
  for (const [name, docs] of sets) {
    const tally: Tally = { tp: 0, pred: 0, gold: 0 };
    for (const g of docs) {
      const labelByKey = new Map(g.entities.map((e) => [keyOf(e), e.label]));
      const keyByLabel = new Map(g.entities.map((e) => [e.label, keyOf(e)]));
      let find = mentionFinder(g.entities.flatMap((e) => [e.label, ...(e.aliases ?? [])].map((surface) => ({ surface, entity: keyOf(e), type: e.type }))));
      if (gazetteerMode) {
        const gz = gazetteerNames();
        for (const [k, l] of gz.label) labelByKey.set(k, l);
        for (const [l, k] of gz.keyByLabel) if (!keyByLabel.has(l)) keyByLabel.set(l, k);
        const persons = g.entities.filter((e) => e.type === 'Person').flatMap((e) => [e.label, ...(e.aliases ?? [])].map((surface) => ({ surface, entity: keyOf(e), type: e.type })));
        find = mentionFinder([...persons, ...gz.names]);
      }
      const office = new Map<string, string>();
      for (const e of g.entities) for (const r of e.roles ?? []) { const k = keyByLabel.get(r.of); if (k && !office.has(keyOf(e))) office.set(keyOf(e), k); }
      const doc = tokenizeDocument(g.text);
      const all = findPledges({ text: g.text, doc, mentions: find(g.text), officeOf: (k) => office.get(k), quotes: [] });
      const preds = all.filter((p) => isCommitted(p.status));
      const others = all.filter((p) => !isCommitted(p.status));
      const golds = g.pledges ?? [];
      const label = (k: string) => labelByKey.get(k) ?? k;
      const { matches, mp, mg } = matchArticle(preds, golds, pledgeMatcher(g.entities, label), tally);
      console.log(`\n== ${name} ${g.id}: ${preds.length} predicted, ${golds.filter((q) => !q.optional).length} gold (+${golds.filter((q) => q.optional).length} optional)`);
      for (const [i, j] of matches) console.log(`  found${golds[j]!.optional ? ' (optional)' : ''}: ${show(preds[i]!, label, g.text)}`);
      golds.forEach((q, j) => { if (!mg.has(j) && !q.optional) console.log(`  MISSED: ${q.giver}: ${q.amount?.value ?? ''} ${q.quantity ?? ''} ${q.item ?? ''} « ${q.evidence?.replace(/\s+/g, ' ')} »`); });
      preds.forEach((p, i) => { if (!mp.has(i)) console.log(`  SPURIOUS: ${show(p, label, g.text)}`); });
      for (const p of others) console.log(`  (not counted) ${show(p, label, g.text)}`);
    }
    const { tp, pred, gold } = tally;
    const P = pred ? tp / pred : 0, R = gold ? tp / gold : 0, F = P + R ? (2 * P * R) / (P + R) : 0;
    console.log(`\n### ${name}: tp ${tp} predicted ${pred} gold ${gold}  P ${P.toFixed(3)} R ${R.toFixed(3)} F1 ${F.toFixed(3)}\n`);
  }
}

const gazetteerMode = process.argv.includes('--gazetteer');

function gazetteerNames() {
  const gaz = JSON.parse(readFileSync(join(root, 'data/gazetteer/gazetteer.json'), 'utf8')) as {
    countries: { key: string; label: string; names: string[]; demonyms: string[]; ambiguous?: string[] }[];
    organizations: { key: string; label: string; names: string[] }[];
  };
  const names: { surface: string; entity: string; type: EntityType }[] = [];
  const label = new Map<string, string>();
  const keyByLabel = new Map<string, string>();
  for (const c of gaz.countries) {
    label.set(c.key, c.label);
    keyByLabel.set(c.label, c.key);
    for (const s of [c.label, ...c.names, ...c.demonyms]) if (!(c.ambiguous ?? []).includes(s)) names.push({ surface: s, entity: c.key, type: 'Country' });
  }
  for (const extra of [['U.S.', 'country/united-states'], ['US', 'country/united-states'], ['U.K.', 'country/united-kingdom'], ['UK', 'country/united-kingdom'], ['Britain', 'country/united-kingdom']] as const) names.push({ surface: extra[0], entity: extra[1], type: 'Country' });
  for (const o of gaz.organizations) {
    label.set(o.key, o.label);
    keyByLabel.set(o.label, o.key);
    for (const s of [o.label, ...o.names]) names.push({ surface: s, entity: o.key, type: 'Organization' });
  }
  return { names, label, keyByLabel };
}

function evalCorpus(): void {
  const gz = gazetteerNames();
  const find = mentionFinder(gz.names);
  const labelOf = (k: string) => gz.label.get(k) ?? k;
  const committed: string[] = [];
  const extra: string[] = [];
  let nDocs = 0, nChars = 0, ms = 0, msTok = 0;
  const counts: Record<string, number> = {};
  const corpora = ['reuters.jsonl', 'bbc.jsonl'].map((f) => readFileSync(join(shared, 'corpus', f), 'utf8').split('\n').filter(Boolean));
  const run = (line: string, into: string[], stats: boolean) => {
    const a = JSON.parse(line) as { id: string; text: string };
    const t0 = performance.now();
    const doc = tokenizeDocument(a.text);
    const t1 = performance.now();
    const ps = findPledges({ text: a.text, doc, mentions: find(a.text), officeOf: () => undefined, quotes: [] });
    const t2 = performance.now();
    if (stats) {
      msTok += t1 - t0;
      ms += t2 - t1;
      nDocs++;
      nChars += a.text.length;
    }
    for (const p of ps) {
      if (stats) counts[p.status] = (counts[p.status] ?? 0) + 1;
      if (isCommitted(p.status)) into.push(`${a.id}: ${show(p, labelOf, a.text)}`);
    }
  };
  for (const lines of corpora) for (const line of lines.slice(0, 300)) run(line, committed, true);
  console.log(`${nDocs} articles (first 300 of reuters.jsonl and bbc.jsonl), ${(nChars / 1e6).toFixed(2)} M chars`);
  console.log(`findPledges: ${ms.toFixed(0)} ms = ${((nDocs / ms) * 1000).toFixed(0)} articles/s; tokenizer ${msTok.toFixed(0)} ms (stand-in mention finding not counted)`);
  console.log(`statuses: ${JSON.stringify(counts)}; committed pledges: ${committed.length}`);
  committed.forEach((s, i) => console.log(`${String(i + 1).padStart(2)}. ${s}`));
  // Fewer than 30 in those 600 articles (1987 market news, BBC business): read on, in file order, until 30.
  const want = 30 - committed.length;
  if (want > 0) {
    console.log(`\n--- further articles (lines 301+ of each file, alternating), until ${want} more:`);
    for (let i = 300; extra.length < want && i < Math.max(...corpora.map((c) => c.length)); i++) for (const lines of corpora) if (lines[i] && extra.length < want) run(lines[i]!, extra, false);
    extra.slice(0, want).forEach((s, i) => console.log(`${String(committed.length + i + 1).padStart(2)}. ${s}`));
  }
}


/** pledges-dev, the looked-at ("tune") part only, through the real extract stage (src/extract/index.ts). */
async function evalTune(): Promise<void> {
  // @ts-expect-error plain ESM module without types
  const { pledgesPart } = await import('./splits.mjs');
  const { extractArticle } = await import('../src/extract/index.js');
  type Doc = GoldDoc & { id: string; source?: string };
  const all = readFileSync(join(shared, 'eval/gold/pledges-dev.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Doc);
  const part = pledgesPart(all) as Map<string, string>;
  const docs = all.filter((d) => part.get(d.id) === 'tune');
  const tally: Tally = { tp: 0, pred: 0, gold: 0 };
  const verbose = process.argv.includes('--show');
  for (const g of docs) {
    const x = extractArticle({ id: g.id, text: g.text, format: 'text', source: { path: g.id } } as never);
    const label = (k?: string) => (k ? (x.entities.find((e) => e.key === k)?.label ?? k) : '?');
    const golds = g.pledges ?? [];
    const preds = x.pledges;
    const { matches, mp, mg } = matchArticle(preds, golds, pledgeMatcher(g.entities, label), tally);
    const ev = (p: (typeof preds)[number]) => [...g.text].slice(p.evidence.begin, p.evidence.end).join("").replace(/\s+/g, ' ').slice(0, 240);
    const sp = (p: (typeof preds)[number]) => `${label(p.giver)} → ${p.recipient ? label(p.recipient) : '?'} ${p.amount ? p.amount.value + ' ' + p.amount.currency : ''} ${p.quantity ?? ''} item="${p.item ?? ''}" purpose="${p.purpose ?? ''}" [${p.rule}; ${p.cue ?? ''}]\n      « ${ev(p)} »`;
    const lines: string[] = [];
    golds.forEach((q, j) => { if (!mg.has(j) && !q.optional) lines.push(`  MISSED: ${q.giver}: ${q.amount?.value ?? ''} ${q.quantity ?? ''} ${q.item ?? ''} « ${q.evidence?.replace(/\s+/g, ' ')} »`); });
    preds.forEach((p, i) => { if (!mp.has(i)) lines.push(`  SPURIOUS: ${sp(p)}`); });
    if (verbose) for (const [i, j] of matches) lines.push(`  found${golds[j]!.optional ? ' (optional)' : ''}: ${sp(preds[i]!)}`);
    if (verbose) golds.forEach((q, j) => { if (!mg.has(j) && q.optional) lines.push(`  (optional, missed): ${q.giver}: ${q.amount?.value ?? ''} ${q.item ?? ''} « ${q.evidence?.replace(/\s+/g, ' ').slice(0, 200)} »`); });
    if (lines.length) console.log(`\n== ${g.id}\n${lines.join('\n')}`);
  }
  const { tp, pred, gold } = tally;
  const P = pred ? tp / pred : 0, R = gold ? tp / gold : 0, F = P + R ? (2 * P * R) / (P + R) : 0;
  console.log(`\n### pledges-dev tune (${docs.length} articles): tp ${tp} predicted ${pred} gold ${gold}  P ${P.toFixed(3)} R ${R.toFixed(3)} F1 ${F.toFixed(3)}`);
}

if (process.argv.includes('--corpus')) evalCorpus();
else if (process.argv.includes('--tune')) await evalTune();
else evalGold();
