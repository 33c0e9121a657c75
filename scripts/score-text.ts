// The team scorer's text comparison (../shared/eval/score.mjs), shared by the per-stage eval
// scripts so that they judge a match exactly as the scorer does.

export const norm = (s: string | undefined): string =>
  (s ?? '').normalize('NFKC').replace(/[’‘`´]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
export const bareName = (s: string): string => norm(s).replace(/^(the)\s+/, '').replace(/'s$/, '').replace(/[.,;:!?"]+$/g, '');
export const words = (s: string): string[] => norm(s).match(/[\p{L}\p{N}]+/gu) ?? [];

/** How many words of `b` are found in `a`, each used once. */
export function tokenOverlap(a: string[], b: string[]): number {
  const count = new Map<string, number>();
  for (const w of a) count.set(w, (count.get(w) ?? 0) + 1);
  let n = 0;
  for (const w of b) if ((count.get(w) ?? 0) > 0) { n++; count.set(w, count.get(w)! - 1); }
  return n;
}
