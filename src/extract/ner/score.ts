// Scores name predictions on CoNLL-2003 documents the way the project's official scorer does:
// exact span and type for PER, LOC and ORG; MISC is left out, and a prediction overlapping a
// gold MISC span is ignored. Duplicate predicted spans count once.

import type { ConllDoc } from './conll.js';
import type { NameMention } from './index.js';

export interface Prf {
  tp: number;
  predicted: number;
  gold: number;
  p: number;
  r: number;
  f1: number;
}

export type ConllScores = Record<'PER' | 'LOC' | 'ORG' | 'micro', Prf>;

function prf(tp: number, predicted: number, gold: number): Prf {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return { tp, predicted, gold, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function scoreConll(docs: ConllDoc[], predict: (doc: ConllDoc) => NameMention[], misses?: string[]): ConllScores {
  const t: Record<string, [number, number, number]> = { PER: [0, 0, 0], LOC: [0, 0, 0], ORG: [0, 0, 0] };
  for (const d of docs) {
    const misc = d.spans.filter((e) => e.type === 'MISC');
    const gold = d.spans.filter((e) => e.type !== 'MISC');
    const seen = new Set<string>();
    const preds = predict(d)
      .filter((p) => p.type !== 'MISC')
      .filter((p) => {
        const k = `${p.start}:${p.end}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      })
      .filter((p) => !misc.some((m) => p.start < m.end && m.start < p.end));
    for (const g of gold) t[g.type]![2]++;
    for (const p of preds) {
      t[p.type]![1]++;
      if (gold.some((g) => g.start === p.start && g.end === p.end && g.type === p.type)) t[p.type]![0]++;
      else misses?.push(`spurious ${p.type} "${p.text}"  | ${context(d.text, p.start, p.end)}`);
    }
    if (misses) {
      for (const g of gold) {
        if (!preds.some((p) => g.start === p.start && g.end === p.end && g.type === p.type)) {
          const other = preds.find((p) => p.start < g.end && g.start < p.end);
          misses.push(`missed ${g.type} "${d.text.slice(g.start, g.end)}"${other ? ` (got ${other.type} "${other.text}")` : ''}  | ${context(d.text, g.start, g.end)}`);
        }
      }
    }
  }
  const all = Object.values(t).reduce((a, v) => a.map((x, i) => x + v[i]!) as [number, number, number], [0, 0, 0] as [number, number, number]);
  return { PER: prf(...t.PER!), LOC: prf(...t.LOC!), ORG: prf(...t.ORG!), micro: prf(...all) };
}

function context(text: string, start: number, end: number): string {
  return (text.slice(Math.max(0, start - 40), start) + '[' + text.slice(start, end) + ']' + text.slice(end, end + 40)).replace(/\n/g, ' / ');
}

export function formatScores(s: ConllScores): string {
  const row = (k: keyof ConllScores): string => {
    const x = s[k];
    return `${k.padEnd(6)} P ${(x.p * 100).toFixed(2).padStart(6)}  R ${(x.r * 100).toFixed(2).padStart(6)}  F1 ${(x.f1 * 100).toFixed(2).padStart(6)}  (tp ${x.tp}, predicted ${x.predicted}, gold ${x.gold})`;
  };
  return (['PER', 'LOC', 'ORG', 'micro'] as const).map(row).join('\n');
}
