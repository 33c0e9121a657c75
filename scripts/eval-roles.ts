// Measures the office reader (src/extract/roles.ts) in process, rule by rule, without the check part:
//
//   npx tsx scripts/eval-roles.ts                 pledges-dev tune part, scored as ../shared/eval/score.mjs scores roles,
//                                                 whole and in two halves (tune-A, tune-B: by a hash of the article id)
//   npx tsx scripts/eval-roles.ts --show          the same, with every miss and spurious office (tune part only)
//   npx tsx scripts/eval-roles.ts --ablate        for every owner rule: what leaving it out changes on each half
//                                                 (a rule whose gain sits in one half is fitted to its examples)
//   npx tsx scripts/eval-roles.ts --corpus 400 [--rule ID,ID] [--sample 30]
//                                                 how often each rule fires on BBC + Reuters articles (the
//                                                 pledges-dev ones left out), and a sample of what one rule emits
//   npx tsx scripts/eval-roles.ts --unread 400 [--sample 60]
//                                                 sentences of those articles where a person's name stands within a
//                                                 few words of an office word and no office was read for them (silent
//                                                 ones included): constructions the reader may lack
//
// The pipeline runs up to the offices as src/extract/index.ts runs it (no cross-article linking, so a
// person's label may differ from the built graph's in a few cases); a role's label is its entity's label.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { tokenizeDocument } from '../src/text/tokenize.js';
import { findBoilerplate } from '../src/extract/boilerplate.js';
import { recognizeNames } from '../src/extract/ner/index.js';
import { resolveEntities, datelineEntity } from '../src/extract/entities.js';
import { findRoles, type RoleRecord } from '../src/extract/roles.js';
import type { RuleId } from '../src/extract/rules.js';
import { OFFICE_HEADS } from '../src/extract/lexicon.js';
import { HEADS } from '../src/extract/roles/titles.js';
import { bareName, tokenOverlap, words } from './score-text.js';
// @ts-expect-error plain ESM module without types
import { pledgesPart, fnv1a } from './splits.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const { values } = parseArgs({ options: { show: { type: 'boolean' }, ablate: { type: 'boolean' }, corpus: { type: 'string' }, unread: { type: 'string' }, pledgey: { type: 'boolean' }, rule: { type: 'string' }, sample: { type: 'string', default: '30' } } });

interface GoldEntity { label: string; aliases?: string[]; roles?: { title: string; of: string; optional?: boolean }[]; optional?: boolean }
interface GoldDoc { id: string; source?: string; text: string; entities: GoldEntity[] }
interface Predicted { person: string; title: string; of: string; ofType: string; rule: RuleId; sentence: string }

const readJsonl = <T>(file: string): T[] => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);

/** The offices of one article, as labels, with some owner rules left out. */
function extractRoles(text: string, without: ReadonlySet<RuleId> = new Set(), withSilent = false): Predicted[] {
  const doc = tokenizeDocument(text);
  const boilerplate = findBoilerplate(text, doc);
  const names = recognizeNames(text, doc);
  const index = resolveEntities(text, doc, names, boilerplate.ranges, boilerplate.headlineRange);
  const dateline = boilerplate.dateline ? datelineEntity(index, boilerplate.dateline) : undefined;
  const roles: RoleRecord[] = findRoles(text, doc, index, { dateline, datelineText: boilerplate.dateline, headline: boilerplate.headlineRange, without });
  const label = (key?: string) => (key ? (index.entities.get(key)?.label ?? key) : '');
  return roles
    .filter((r) => (withSilent ? !r.silent || !r.of : !r.silent) && !without.has(r.rule))
    .map((r) => ({ person: label(r.person), title: r.title, of: label(r.of), ofType: r.of ? (index.entities.get(r.of)?.type ?? '') : '', rule: r.rule, sentence: text.slice(r.evidence.start, r.evidence.end).replace(/\s+/g, ' ') }));
}

interface Tally { tp: number; fp: number; gold: number; misses: string[]; byRule: Map<string, [number, number]> }
/** The scorer's role matching (score.mjs): every gold title word, the person and the owner named. */
function scoreDoc(g: GoldDoc, predicted: Predicted[], t: Tally): void {
  const names = new Map<string, Set<string>>();
  for (const e of g.entities) names.set(e.label, new Set([e.label, ...(e.aliases ?? [])].map(bareName)));
  const isNamed = (label: string, pred: string) => (names.get(label) ?? new Set([bareName(label)])).has(bareName(pred));
  const gold = g.entities.flatMap((e) => (e.roles ?? []).map((r) => ({ person: e.label, ...r, optional: r.optional || e.optional })));
  const seen = new Set<string>();
  const preds = predicted.filter((p) => {
    const k = JSON.stringify([p.person, p.title, p.of]);
    return !seen.has(k) && !!seen.add(k);
  });
  const pairs: [number, number][] = [];
  preds.forEach((p, i) => gold.forEach((r, j) => {
    const tw = words(r.title);
    if (isNamed(r.person, p.person) && tokenOverlap(words(p.title), tw) === tw.length && isNamed(r.of, p.of)) pairs.push([i, j]);
  }));
  const up = new Set<number>(), ug = new Set<number>();
  for (const [i, j] of pairs) {
    if (up.has(i) || ug.has(j)) continue;
    up.add(i);
    ug.add(j);
  }
  preds.forEach((p, i) => {
    const c = t.byRule.get(p.rule) ?? [0, 0];
    c[up.has(i) ? 0 : 1]++;
    t.byRule.set(p.rule, c);
  });
  const optionalHits = [...ug].filter((j) => gold[j]!.optional).length;
  t.tp += ug.size - optionalHits;
  t.fp += preds.length - ug.size;
  t.gold += gold.filter((r) => !r.optional).length;
  gold.forEach((r, j) => { if (!ug.has(j) && !r.optional) t.misses.push(`${g.id} missed   ${r.person}: ${r.title} of ${r.of}`); });
  preds.forEach((p, i) => { if (!up.has(i)) t.misses.push(`${g.id} spurious ${p.person}: ${p.title} of ${p.of}  [${p.rule}]  «${p.sentence.slice(0, 160)}»`); });
}
const f1 = (t: Tally) => {
  const p = t.tp / Math.max(1, t.tp + t.fp), r = t.tp / Math.max(1, t.gold);
  return p + r ? (2 * p * r) / (p + r) : 0;
};
const fmt = (t: Tally) => `F1 ${f1(t).toFixed(3)} (tp ${t.tp}, fp ${t.fp}, gold ${t.gold})`;

/** The two halves of the tune part: by a hash of the id, so that neither half is chosen by its content. */
const halfOf = (id: string): 'A' | 'B' => ((fnv1a(`roles-half:${id}`) as number) & 1 ? 'B' : 'A');

const OWNER_RULES: RuleId[] = ['role.of-same-person', 'role.of-coordinated', 'role.of-headline', 'role.of-antecedent', 'role.of-sentence', 'role.of-previous-sentence', 'role.of-lead', 'role.of-dateline', 'role.of-only-country', 'role.of-main-country', 'role.title-name-of', 'role.nominal-antecedent', 'role.unnamed-holder', 'role.appointed', 'role.displaced', 'role.copula', 'role.of-office-country'];

const pledgesDev = readJsonl<GoldDoc>(join(shared, 'eval/gold/pledges-dev.jsonl'));
if (values.corpus) {
  corpus(Number(values.corpus));
} else if (values.unread) {
  unread(Number(values.unread));
} else {
  const parts = pledgesPart(pledgesDev) as Map<string, string>;
  const tune = pledgesDev.filter((d) => parts.get(d.id) === 'tune');
  const run = (without: ReadonlySet<RuleId>) => {
    const out = { all: blank(), A: blank(), B: blank() };
    for (const d of tune) {
      const p = extractRoles(d.text, without);
      scoreDoc(d, p, out.all);
      scoreDoc(d, p, out[halfOf(d.id)]);
    }
    return out;
  };
  const base = run(new Set());
  console.log(`tune (${tune.length} articles): ${fmt(base.all)}`);
  console.log(`  tune-A (${tune.filter((d) => halfOf(d.id) === 'A').length}): ${fmt(base.A)}`);
  console.log(`  tune-B (${tune.filter((d) => halfOf(d.id) === 'B').length}): ${fmt(base.B)}`);
  console.log('\noffices emitted per rule, right/wrong (a match with an optional gold office counts as right):');
  for (const rule of [...base.all.byRule.keys()].sort()) {
    const c = (h: 'A' | 'B') => (base[h].byRule.get(rule) ?? [0, 0]).join('/');
    console.log(`${rule.padEnd(28)} A ${c('A').padEnd(6)} B ${c('B')}`);
  }
  if (values.show) for (const m of base.all.misses.sort()) console.log(m);
  if (values.ablate) {
    console.log('\nrule left out → gain of the rule (tp, fp) on tune-A | tune-B');
    for (const rule of OWNER_RULES) {
      const x = run(new Set([rule]));
      const gain = (h: 'A' | 'B') => `tp ${sign(base[h].tp - x[h].tp)} fp ${sign(base[h].fp - x[h].fp)} F1 ${sign(+(f1(base[h]) - f1(x[h])).toFixed(3))}`;
      console.log(`${rule.padEnd(28)} A: ${gain('A').padEnd(28)} B: ${gain('B')}`);
    }
  }
}

function blank(): Tally {
  return { tp: 0, fp: 0, gold: 0, misses: [], byRule: new Map() };
}
function sign(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

/**
 * Rule counts on the corpora, and a sample of some rules' offices with their sentences. Precision at
 * scale against silver owners: a person whose offices elsewhere in the corpus (other articles) name
 * their owner in the phrase itself, twice or more and one owner at least twice as often as any other,
 * has that owner as silver; an owner read from context is checked against it where it exists.
 */
function corpus(limit: number): void {
  const articles = sample(limit);
  const wanted = new Set((values.rule ?? '').split(',').filter(Boolean));
  const all: (Predicted & { article: string })[] = [];
  for (const a of articles) for (const r of extractRoles(a.text, new Set(), true)) all.push({ ...r, article: a.id });
  const phraseRules = new Set<string>(['role.title-before-name', 'role.appositive-before', 'role.appositive-after', 'role.copula', 'role.appointed', 'role.title-name-of']);
  // person → owner → articles naming it in the phrase
  const explicit = new Map<string, Map<string, Set<string>>>();
  for (const r of all) {
    if (!phraseRules.has(r.rule) || !r.of) continue;
    const byOwner = explicit.get(r.person) ?? new Map<string, Set<string>>();
    explicit.set(r.person, byOwner);
    byOwner.set(r.of, (byOwner.get(r.of) ?? new Set()).add(r.article));
  }
  const silver = (r: { person: string; article: string }): string | undefined => {
    const ranked = [...(explicit.get(r.person) ?? new Map<string, Set<string>>())]
      .map(([of, arts]) => [of, [...arts].filter((a) => a !== r.article).length] as [string, number])
      .sort((a, b) => b[1] - a[1]);
    return ranked[0] && ranked[0][1] >= 2 && (!ranked[1] || ranked[0][1] >= 2 * ranked[1][1]) ? ranked[0][0] : undefined;
  };
  const counts = new Map<string, { n: number; checked: number; agree: number; empty: number }>();
  const samples = new Map<string, string[]>();
  const disagreements = new Map<string, string[]>();
  for (const r of all) {
    // Owner rules by the kind of owner they gave: a country's offices and a body's are different questions.
    if (/^role\.of-/.test(r.rule)) r.rule = `${r.rule}${r.ofType === 'Country' ? '' : '/body'}` as RuleId;
    const c = counts.get(r.rule) ?? { n: 0, checked: 0, agree: 0, empty: 0 };
    counts.set(r.rule, c);
    c.n++;
    if (!r.of) c.empty++;
    const s = r.of ? silver(r) : undefined;
    if (s) {
      c.checked++;
      if (s === r.of) c.agree++;
      else (disagreements.get(r.rule) ?? disagreements.set(r.rule, []).get(r.rule)!).push(`${r.article}  ${r.person}: ${r.title} of ${r.of} (silver ${s})  «${r.sentence.slice(0, 160)}»`);
    }
    if (wanted.has(r.rule.replace(/\/body$/, ''))) (samples.get(r.rule) ?? samples.set(r.rule, []).get(r.rule)!).push(`${r.article}  ${r.person}: ${r.title} of ${r.of || '∅'}  «${r.sentence.slice(0, 220)}»`);
  }
  console.log(`${articles.length} articles\nrule                         offices  no owner  silver-checked  agree`);
  for (const [rule, c] of [...counts].sort((a, b) => b[1].n - a[1].n)) {
    console.log(`${rule.padEnd(28)} ${String(c.n).padStart(7)}  ${String(c.empty).padStart(8)}  ${String(c.checked).padStart(14)}  ${c.checked ? (c.agree / c.checked).toFixed(2) : '-'}`);
  }
  // A fixed-step sample of each rule asked for, so that the same run shows the same offices.
  const n = Number(values.sample);
  for (const [rule, list] of samples) {
    const step = Math.max(1, Math.floor(list.length / n));
    console.log(`\n${rule}: ${list.length} offices, every ${step}th`);
    for (let i = 0; i < list.length && i / step < n; i += step) console.log(list[i]);
    for (const d of (disagreements.get(rule) ?? []).slice(0, n)) console.log(`  ≠ ${d}`);
  }
}

/** Sentences where a named person stands within four words of an office word and no office was read for them. */
function unread(limit: number): void {
  const articles = sample(limit);
  const heads = new Set([...OFFICE_HEADS, ...HEADS.keys()]);
  const out: string[] = [];
  for (const a of articles) {
    const text = a.text;
    const doc = tokenizeDocument(text);
    const boilerplate = findBoilerplate(text, doc);
    const index = resolveEntities(text, doc, recognizeNames(text, doc), boilerplate.ranges, boilerplate.headlineRange);
    const dateline = boilerplate.dateline ? datelineEntity(index, boilerplate.dateline) : undefined;
    const roles = findRoles(text, doc, index, { dateline, datelineText: boilerplate.dateline, headline: boilerplate.headlineRange });
    const read = new Set(roles.map((r) => `${r.person}@${r.evidence.start}`));
    for (const s of doc.sentences) {
      for (const m of index.mentions) {
        if (m.type !== 'Person' || m.kind !== 'name' || m.start < s.start || m.end > s.end) continue;
        if (read.has(`${m.entity}@${s.start}`)) continue;
        let near = '';
        for (let k = Math.max(s.firstToken, m.firstToken - 4); k < Math.min(s.endToken, m.endToken + 4) && !near; k++) {
          if (k >= m.firstToken && k < m.endToken) continue;
          const w = doc.tokens[k]!.text.toLowerCase();
          if (heads.has(w)) near = w;
        }
        if (!near) continue;
        const sentence = text.slice(s.start, s.end).replace(/\s+/g, ' ');
        const at = m.start - s.start;
        out.push(`${a.id} [${near}] ${sentence.slice(Math.max(0, at - 110), at)}⟦${text.slice(m.start, m.end)}⟧${sentence.slice(at + m.end - m.start, at + m.end - m.start + 110)}`);
      }
    }
  }
  const n = Number(values.sample);
  const step = Math.max(1, Math.floor(out.length / n));
  console.log(`${articles.length} articles: ${out.length} names near an office word with no office read; every ${step}th`);
  for (let i = 0; i < out.length && i / step < n; i += step) console.log(out[i]);
}

/**
 * Articles of the corpora, the pledges-dev ones left out: spread over each corpus, half BBC and half
 * Reuters; with --pledgey only those that speak of loans, aid, grants or credits (like pledges-dev's).
 */
function sample(limit: number): { id: string; text: string }[] {
  const skip = new Set(pledgesDev.map((d) => d.id));
  const pledgey = /\b(?:loans?|aid|grants?|credits?|pledged?|donat\w+|lend\w*)\b/i;
  const pick = (file: string) => readJsonl<{ id: string; text: string }>(join(shared, 'corpus', file)).filter((a) => !skip.has(a.id) && (!values.pledgey || pledgey.test(a.text)));
  const spread = <T>(xs: T[], n: number) => xs.filter((_, i) => i % Math.max(1, Math.floor(xs.length / n)) === 0).slice(0, n);
  return [...spread(pick('bbc.jsonl'), limit / 2), ...spread(pick('reuters.jsonl'), limit / 2)];
}
