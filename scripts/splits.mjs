// Which part of each evaluation set we may look at and learn from ("tune") and which we only
// score ("check"). Every training script and `npm run eval` take their parts from here, so a
// document is never both learned from and used to check what was learned.
//
// A document's part follows from its id alone (FNV-1a hash), balanced within a stratum (GUM's
// genre, the corpus an article came from): the ids of a stratum are sorted by hash and dealt
// out in turn. Adding documents to a set moves few others.

/** FNV-1a, 32 bits, over the UTF-16 code units of s. */
export function fnv1a(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * Deals documents into parts, balanced within each stratum.
 * @template T
 * @param {T[]} docs
 * @param {(d: T) => string} idOf
 * @param {(d: T) => string} stratumOf
 * @param {string[]} parts names of the parts, dealt in this order (e.g. ['tune', 'check'])
 * @param {number[]} [weights] how many of each part per round (default one each)
 * @returns {Map<string, string>} id → part
 */
export function deal(docs, idOf, stratumOf, parts, weights = parts.map(() => 1)) {
  const pattern = parts.flatMap((p, i) => Array(weights[i]).fill(p));
  const byStratum = new Map();
  for (const d of docs) {
    const s = stratumOf(d);
    if (!byStratum.has(s)) byStratum.set(s, []);
    byStratum.get(s).push(idOf(d));
  }
  const out = new Map();
  // strata in a fixed order, so the dealing continues across them and small strata stay balanced overall
  let turn = 0;
  for (const s of [...byStratum.keys()].sort()) {
    const ids = byStratum.get(s).sort((a, b) => fnv1a(a) - fnv1a(b) || (a < b ? -1 : 1));
    for (const id of ids) out.set(id, pattern[turn++ % pattern.length]);
  }
  return out;
}

/** GUM genres whose text licence allows training weights we ship (gum-dev/README.md). */
export const GUM_TRAINABLE_GENRES = new Set(['academic', 'bio', 'court', 'interview', 'voyage', 'conversation', 'speech', 'textbook', 'vlog']);

/** The part of a pledges-dev article (stratified by source). */
export function pledgesPart(docs) {
  return deal(docs, (d) => d.id, (d) => d.source ?? '', ['tune', 'check']);
}

/** The part of a GUM document (stratified by genre); ids as in gold-articles.jsonl ("GUM_bio_holt"). */
export function gumPart(docs) {
  return deal(docs, (d) => gumId(d.id), (d) => d.genre ?? '', ['tune', 'check']);
}

/** GUM ids appear as "GUM_x" in gold-articles and "gum:GUM_x" in gold-polnear. */
export function gumId(id) {
  return String(id).replace(/^gum:/, '');
}

/** A GUM document may train shipped weights: a trainable genre, in the tune part. */
export function gumTrainable(doc, parts) {
  return GUM_TRAINABLE_GENRES.has(doc.genre) && parts.get(gumId(doc.id)) === 'tune';
}

/** PolNeAR train: four fifths to learn from ("train"), one fifth held back and only scored ("check"). */
export function polnearPart(docs) {
  return deal(docs, (d) => d.id, (d) => d.publisher ?? '', ['train', 'check'], [4, 1]);
}

/** CoNLL-2003 testa documents (by index, no ids there): halves to look at and to check. */
export function conllDevPart(n) {
  const ids = Array.from({ length: n }, (_, i) => `conll-testa-${i}`);
  const parts = deal(ids, (x) => x, () => '', ['tune', 'check']);
  return ids.map((id) => parts.get(id));
}
