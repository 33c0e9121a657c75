// Search over node labels and aliases: tolerant of case, accents and the usual spellings of
// transliterated names ("Zelenskyy", "Zelenskiy", "Zelensky"), ranked by how well the text
// matches and by how many links the node has, so that the well-documented "Tony Blair" comes
// before a stray surname-only "Blair" node. Pure functions, so they are tested without a browser.

export interface SearchEntry {
  node: string;
  /** The label or alias as written. */
  text: string;
  alias: boolean;
  /** The node's edges in the display graph. */
  links: number;
  key: string;
  loose: string;
}

/** Letters NFD does not decompose into a base letter and marks. */
const SPECIAL: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h' };

/** Lower case, accents removed, punctuation as spaces: "Élysée-Palace" → "elysee palace". */
export function foldKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþıħ]/g, (c) => SPECIAL[c] ?? c)
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A looser key for names spelled through different transliterations: doubled letters once,
 * "iy"/"ij"/"ii" and a final "i" as "y", "kh" as "h", "ph" as "f", "w" as "v", "ck" and "q"
 * as "k", "j" and "y" alike. Used only when the folded key does not match.
 */
export function looseKey(folded: string): string {
  return folded
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/ck|q/g, 'k')
    .replace(/w/g, 'v')
    .replace(/(\p{L})\1+/gu, '$1')
    .replace(/(?:iy|ij|ii|yi)(?=\s|$)/g, 'y')
    .replace(/i(?=\s|$)/g, 'y')
    .replace(/j/g, 'y');
}

export function entry(node: string, text: string, alias: boolean, links: number): SearchEntry {
  const key = foldKey(text);
  return { node, text, alias, links, key, loose: looseKey(key) };
}

/** How well `q` matches `key`: 0 exact, 1 prefix, 1.5 a word's start, 3 inside a word; none: undefined. */
function tier(key: string, q: string): number | undefined {
  if (key === q) return 0;
  const i = key.indexOf(q);
  if (i < 0) return undefined;
  if (i === 0) return 1;
  if (key[i - 1] === ' ') return 1.5;
  return 3;
}

/** Weight of links against match quality: a doubling of links is worth half a tier. */
const LINK_WEIGHT = 0.5;

/** Score of an entry for a query (lower is better), or undefined when it does not match. */
export function score(e: SearchEntry, q: string, qLoose: string): number | undefined {
  let t = tier(e.key, q);
  if (t === undefined) {
    const loose = tier(e.loose, qLoose);
    if (loose === undefined) return undefined;
    t = loose + 0.5;
  }
  return t + (e.alias ? 0.5 : 0) - LINK_WEIGHT * Math.log2(1 + e.links);
}

/** The best `limit` nodes for a query, one entry each (its best-matching label or alias). */
export function rankMatches(index: readonly SearchEntry[], query: string, limit = 12): SearchEntry[] {
  const q = foldKey(query);
  if (!q) return [];
  const qLoose = looseKey(q);
  const best = new Map<string, { e: SearchEntry; s: number }>();
  for (const e of index) {
    const s = score(e, q, qLoose);
    if (s === undefined) continue;
    const prev = best.get(e.node);
    if (!prev || s < prev.s || (s === prev.s && !e.alias && prev.e.alias)) best.set(e.node, { e, s });
  }
  return [...best.values()]
    .sort((a, b) => a.s - b.s || b.e.links - a.e.links || a.e.text.localeCompare(b.e.text))
    .slice(0, limit)
    .map((x) => x.e);
}
