// Evaluates findQuotes directly (no graph round trip) on the team's gold sets:
//   npx tsx scripts/eval-quotes.ts                  reference article + gold/dev.jsonl + PolNeAR dev
//   npx tsx scripts/eval-quotes.ts --polnear FILE   another PolNeAR file (e.g. train.jsonl)
//   npx tsx scripts/eval-quotes.ts --show 40        print misses and spurious predictions
//   npx tsx scripts/eval-quotes.ts --speed          also time tokenize + findQuotes on ../shared/corpus/bbc.jsonl (500 lines)
//   --inherit   give a speakerless quote the speaker of the quote it continues (continuesFrom), as a caller may
//   --limit N   first N PolNeAR documents
//
// The PolNeAR numbers replicate ../shared/eval/score.mjs scorePolnear: content character sets
// (code points) overlapping >= 30 % both ways (loose) or >= 80 % (strict), one-to-one greedy
// matching by overlap; a triple is right when the predicted speaker overlaps the gold source span
// (or both have none). Precision counts every prediction; recall counts gold attributions whose cue
// is a verb of saying. The articles numbers follow scoreArticles: content word overlap >= 50 %
// both ways; the speaker is judged on its phrase (pronouns are left to the caller to resolve).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { tokenizeDocument } from '../src/text/tokenize.js';
import { CodePointIndex } from '../src/text/offsets.js';
import { findQuotes, type QuoteCandidate } from '../src/extract/quotes.js';
import { bareName, norm, tokenOverlap, words } from './score-text.js';

const args = process.argv.slice(2);
const opt = { show: 0, limit: Infinity, inherit: false, speed: false, polnear: '../shared/eval/polnear/dev.jsonl', articles: ['../shared/eval/gold/paris-ukraine-conference.json', '../shared/eval/gold/dev.jsonl'] };
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--show') opt.show = Number(args[++i]);
  else if (a === '--limit') opt.limit = Number(args[++i]);
  else if (a === '--inherit') opt.inherit = true;
  else if (a === '--speed') opt.speed = true;
  else if (a === '--polnear') opt.polnear = args[++i]!;
  else if (a === '--no-articles') opt.articles = [];
  else if (a === '--cue-stats') (opt as any).cueStats = true;
  else throw new Error(`unknown option ${a}`);
}

// ---------- helpers (as in score.mjs)
type Pair = [number, number, number];
function matchPairs<P, G>(preds: P[], golds: G[], score: (p: P, g: G) => number): Pair[] {
  const pairs: Pair[] = [];
  preds.forEach((p, i) => golds.forEach((g, j) => { const s = score(p, g); if (s > 0) pairs.push([s, i, j]); }));
  pairs.sort((a, b) => b[0] - a[0]);
  const usedP = new Set<number>(), usedG = new Set<number>(), out: Pair[] = [];
  for (const [s, i, j] of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i); usedG.add(j); out.push([i, j, s]);
  }
  return out;
}
const round = (x: number): number => Math.round(x * 1000) / 1000;
const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
function prf2(tpP: number, predicted: number, tpR: number, gold: number) {
  const p = ratio(tpP, predicted), r = ratio(tpR, gold);
  return { p: round(p), r: round(r), f1: round(f1(p, r)) };
}
function loadJsonl(path: string): any[] {
  const raw = readFileSync(path, 'utf8').trim();
  if (raw.startsWith('{') && !raw.includes('\n{')) return [JSON.parse(raw)];
  return raw.split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

function run(text: string): QuoteCandidate[] {
  const quotes = findQuotes(text, tokenizeDocument(text));
  if (opt.inherit) {
    for (const q of quotes) {
      if (!q.speaker && q.continuesFrom !== undefined) {
        const from = quotes[q.continuesFrom]!;
        q.speaker = from.speaker;
        q.speakerText = from.speakerText;
      }
    }
  }
  return quotes;
}

// ---------- hand-made gold (articles format)
const PRONOUN = /^(he|she|they|it|we|i)$/i;
function scoreArticles(path: string): void {
  const docs = loadJsonl(path);
  let found = 0, gold = 0, predicted = 0, spurious = 0, contentOnly = 0;
  const lines: string[] = [];
  for (const g of docs) {
    const text: string = g.text ?? readFileSync(resolve(dirname(path), g.article), 'utf8');
    const preds = run(text);
    const names = new Map<string, Set<string>>();
    for (const e of g.entities ?? []) names.set(e.label, new Set([e.label, ...(e.aliases ?? [])].map(bareName)));
    const speakerOk = (p: QuoteCandidate, q: any): 'ok' | 'pronoun' | 'wrong' => {
      const s = p.speakerText ?? '';
      if (!s) return 'wrong';
      if (PRONOUN.test(s.trim())) return 'pronoun';
      const accepted = new Set([...(names.get(q.speaker) ?? [bareName(q.speaker)]), ...(q.speakerAliases ?? []).map(bareName)]);
      if (accepted.has(bareName(s))) return 'ok';
      // a longer phrase that names the speaker: "French President Emmanuel Macron", "Nicolas Sarkozy of France"
      const sw = new Set(words(s));
      return [...accepted].some((a) => a.length > 2 && words(a).every((w) => sw.has(w))) ? 'ok' : 'wrong';
    };
    const pw = preds.map((p) => words(p.text));
    const contentScore = (i: number, q: any): number => {
      const gw = words(q.text), o = tokenOverlap(pw[i]!, gw);
      return o / gw.length >= 0.5 && o / pw[i]!.length >= 0.5 ? o / Math.max(gw.length, pw[i]!.length) : 0;
    };
    const idx = preds.map((_, i) => i);
    const matches = matchPairs(idx, g.quotes, contentScore);
    const mg = new Map(matches.map(([i, j]) => [j, i]));
    const mp = new Set(matches.map(([i]) => i));
    g.quotes.forEach((q: any, j: number) => {
      if (q.optional) return;
      gold++;
      const i = mg.get(j);
      if (i === undefined) { lines.push(`  MISSED   ${q.speaker}: ${q.cue} | ${JSON.stringify(q.text.slice(0, 80))}`); return; }
      const p = preds[i]!;
      const sp = speakerOk(p, q);
      const cueOk = norm(p.cue) === norm(q.cue);
      if ((sp === 'ok' || (sp === 'pronoun')) && cueOk) found++;
      else contentOnly++;
      lines.push(`  ${sp === 'wrong' || !cueOk ? 'PARTIAL' : 'found  '}  ${q.speaker} ← ${JSON.stringify(p.speakerText ?? '-')}${sp === 'pronoun' ? ' (pronoun)' : ''}${p.continuesFrom !== undefined ? ` (continues #${p.continuesFrom})` : ''}: ${p.cue}${cueOk ? '' : ` (gold ${q.cue})`} | ${p.kind} | ${JSON.stringify(p.text.slice(0, 70))}`);
    });
    predicted += preds.length;
    preds.forEach((p, i) => {
      if (mp.has(i)) return;
      spurious++;
      lines.push(`  spurious ${JSON.stringify(p.speakerText ?? '-')}: ${p.cue} | ${JSON.stringify(p.text.slice(0, 80))}`);
    });
    const optionalHits = matches.filter(([, j]) => g.quotes[j].optional).length;
    predicted -= optionalHits;
  }
  console.log(`${path}: ${found}/${gold} non-optional gold quotes found with right content, cue and speaker phrase; ${contentOnly} more with the content only; ${gold - found - contentOnly} missed; ${spurious} predictions match no gold quote (${predicted} predictions outside optional gold)`);
  if (opt.show) for (const l of lines) console.log(l);
}

// ---------- PolNeAR
function scorePolnear(path: string): void {
  const docs = loadJsonl(path).slice(0, opt.limit);
  const toSet = (segs: number[][]): Set<number> => {
    const set = new Set<number>();
    for (const [s, e] of segs) for (let k = s!; k < e!; k++) set.add(k);
    return set;
  };
  const inter = (a: Set<number>, b: Set<number>): number => { let n = 0; for (const k of a) if (b.has(k)) n++; return n; };
  const levels = { loose: 0.3, strict: 0.8 } as const;
  const t: Record<string, { contentP: number; contentR: number; tripleP: number; tripleR: number; speakerOk: number; withSource: number; anyR: number }> = {};
  for (const l of Object.keys(levels)) t[l] = { contentP: 0, contentR: 0, tripleP: 0, tripleR: 0, speakerOk: 0, withSource: 0, anyR: 0 };
  let nPred = 0, nGoldSpeech = 0, nGoldAll = 0;
  const misses: string[] = [];
  for (const g of docs) {
    const cp = new CodePointIndex(g.text);
    const preds = run(g.text).map((q) => ({
      q,
      content: toSet(q.segments.map((r) => { const s = cp.span(r); return [s.begin, s.end]; })),
      speaker: q.speaker ? toSet([[cp.span(q.speaker).begin, cp.span(q.speaker).end]]) : new Set<number>(),
    }));
    const golds = (g.quotes as any[]).map((q) => ({ ...q, contentSet: toSet(q.contentSegments ?? [q.contentSpan]), speakerSet: toSet(q.speakerSegments ?? (q.speakerSpan ? [q.speakerSpan] : [])) }));
    nPred += preds.length;
    nGoldAll += golds.length;
    nGoldSpeech += golds.filter((q) => q.cueIsSpeechVerb).length;
    for (const [level, tau] of Object.entries(levels)) {
      const score = (p: (typeof preds)[number], q: (typeof golds)[number]): number => {
        const o = inter(p.content, q.contentSet);
        return o / q.contentSet.size >= tau && o / p.content.size >= tau ? o / Math.max(p.content.size, q.contentSet.size) : 0;
      };
      const x = t[level]!;
      const matches = matchPairs(preds, golds, score);
      for (const [i, j] of matches) {
        const p = preds[i]!, q = golds[j]!;
        const speakerOk = q.speakerSpan ? inter(p.speaker, q.speakerSet) > 0 : p.speaker.size === 0;
        x.contentP++; x.anyR++;
        if (speakerOk) x.tripleP++;
        if (q.cueIsSpeechVerb) { x.contentR++; if (speakerOk) x.tripleR++; }
        if (q.speakerSpan) { x.withSource++; if (speakerOk) x.speakerOk++; }
        if (level === 'loose' && !speakerOk && q.speakerSpan) misses.push(`${g.id} WRONG SPEAKER "${p.q.speakerText ?? '-'}" (gold "${q.speaker}") [${q.cue}] ${q.content.slice(0, 70)}`);
      }
      if (level === 'loose') {
        const mg = new Set(matches.map(([, j]) => j)), mp = new Set(matches.map(([i]) => i));
        preds.forEach((p, i) => {
          const key = p.q.cue.toLowerCase() || '(none)';
          const st = cueStats.get(key) ?? [0, 0, 0];
          st[0]++;
          if (mp.has(i)) { st[1]++; const q = golds[matches.find(([a]) => a === i)![1]]!; if (q.speakerSpan ? inter(p.speaker, q.speakerSet) > 0 : p.speaker.size === 0) st[2]++; }
          cueStats.set(key, st);
        });
        golds.forEach((q, j) => {
          if (mg.has(j) || !q.cueIsSpeechVerb) return;
          // the best partial overlap, to tell a wrong boundary from a miss
          let best = '';
          let bestO = 0;
          for (const p of preds) {
            const o = inter(p.content, q.contentSet);
            if (o > bestO) { bestO = o; best = ` (overlap ${Math.round((100 * o) / q.contentSet.size)}%/${Math.round((100 * o) / p.content.size)}% with "${p.q.text.slice(0, 60)}")`; }
          }
          misses.push(`${g.id} missed [${q.speaker ?? '-'} | ${q.cue}] ${String(q.content).slice(0, 100)}${best}`);
        });
        preds.forEach((p, i) => { if (!mp.has(i)) misses.push(`${g.id} spurious [${p.q.speakerText ?? '-'} | ${p.q.cue}] ${p.q.text.slice(0, 100)}`); });
      }
    }
  }
  console.log(`${path}: ${docs.length} documents, ${nPred} predicted, ${nGoldAll} gold attributions (${nGoldSpeech} with a verb of saying)`);
  for (const level of Object.keys(levels)) {
    const x = t[level]!;
    const c = prf2(x.contentP, nPred, x.contentR, nGoldSpeech), tr = prf2(x.tripleP, nPred, x.tripleR, nGoldSpeech);
    console.log(`  ${level.padEnd(6)} content P ${c.p} R ${c.r} F1 ${c.f1} · triple P ${tr.p} R ${tr.r} F1 ${tr.f1} · speaker accuracy ${round(ratio(x.speakerOk, x.withSource))} · content recall (all attributions) ${round(ratio(x.anyR, nGoldAll))}`);
  }
  if (opt.show) for (const m of misses.slice(0, opt.show)) console.log(m);
  if ((opt as any).cueStats) for (const [k, [n, m, t]] of [...cueStats].sort((a, b) => b[1][0] - a[1][0])) console.log(`  cue ${JSON.stringify(k)}: ${n} predicted, ${m} content match, ${t} with speaker`);
}
const cueStats = new Map<string, number[]>();

function speed(): void {
  const lines = readFileSync('../shared/corpus/bbc.jsonl', 'utf8').split('\n').filter(Boolean).slice(0, 500).map((l) => JSON.parse(l).text as string);
  const toks = lines.map((t) => tokenizeDocument(t));
  const pass = (): [number, number] => {
    let n = 0;
    const t0 = performance.now();
    for (let i = 0; i < lines.length; i++) n += findQuotes(lines[i]!, toks[i]!).length;
    return [performance.now() - t0, n];
  };
  const [cold, n] = pass(); // includes JIT warm-up
  const warm = Math.min(pass()[0], pass()[0]);
  const t1 = performance.now();
  for (const l of lines) tokenizeDocument(l);
  const tokMs = performance.now() - t1;
  const rate = (ms: number): string => (lines.length / (ms / 1000)).toFixed(0);
  console.log(`speed: findQuotes on ${lines.length} BBC articles (${n} quotes): first pass ${cold.toFixed(0)} ms (${rate(cold)} articles/s), warm ${warm.toFixed(0)} ms (${rate(warm)} articles/s); tokenizeDocument alone ${tokMs.toFixed(0)} ms`);
}

for (const a of opt.articles) scoreArticles(a);
if (opt.polnear) scorePolnear(opt.polnear);
if (opt.speed) speed();
