// The learned attribution step: the rules of quotes.ts propose candidates (a cue, a speaker phrase,
// a content span); this module describes each candidate by a handful of sparse string features
// (cue word and frame, the shape of the speaker phrase, whether it names a known entity, the
// content's length and kind, where it sits in the article) and a logistic model trained on
// PolNeAR and GUM (scripts/train-attribution.ts, data/models/README.md) says whether to keep it.
//
// A candidate costs a few dozen map look-ups; nothing here walks the article token by token.

import { readFileSync } from 'node:fs';
import type { Range } from '../../types.js';
import type { Tokenized } from '../../text/tokenize.js';
import { firstEndingAfter } from '../../text/intervals.js';
import type { QuoteCandidate } from '../quotes.js';
import { PRONOUNS } from './lexicon.js';
import { wordTable } from '../lexicon/word-table.js';

/** What the model needs to know about a candidate beyond its own fields. */
export interface CandidateContext {
  text: string;
  doc: Tokenized;
  /** Type of the entity the speaker phrase resolved to, when it did. */
  speakerType?: string;
  /** The speaker phrase was kept as a label (described, not named). */
  labelled: boolean;
  /** The speaker was carried over from an earlier quote (a pronoun, or a quotation without a cue). */
  inherited: boolean;
  /** For a quotation without a cue: the model's verdict on the quote it continues. */
  parentAccepted?: boolean;
  /** Features of the whole article (documentFeatures), shared by its candidates. */
  docFeatures: string[];
}

export interface ModelFile {
  format: 'newskg-attribution-logistic';
  version: 1;
  /** Keep a candidate when its score (a log-odds) is at least this. */
  threshold: number;
  weights: Record<string, number>;
  meta?: Record<string, unknown>;
}

/** Personal pronouns, subject and object forms: the speaker feature says which person speaks. */
const PERSONAL = new Set([...PRONOUNS, 'him', 'her', 'them', 'us', 'me']);
const RELATIVE = new Set(['who', 'which', 'that', 'whom', 'whose', 'what']);
const DETERMINER = /^(?:the|a|an|this|these|those|his|her|their|its|our|my|your|some|many|several|most|all|both|each|every|any|no|other|another)$/;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** How many WORD matches `s` holds, without building the array of them (content spans run to paragraphs). */
function countWords(s: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(s) !== null) n++;
  return n;
}

function bucket(n: number): string {
  return n <= 1 ? '1' : n <= 2 ? '2' : n <= 4 ? '3-4' : n <= 8 ? '5-8' : n <= 16 ? '9-16' : n <= 32 ? '17-32' : n <= 64 ? '33-64' : '65+';
}

/** Index of the token that contains or follows `pos`. */
function tokenAt(doc: Tokenized, pos: number): number {
  return firstEndingAfter(doc.tokens, pos);
}

function sentenceOf(doc: Tokenized, tok: number): number {
  const s = doc.sentences;
  let lo = 0, hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid]!.firstToken <= tok) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A neighbouring token as a feature value: lowercased, numbers by their shape. */
const lowerTok = (doc: Tokenized, k: number): string => {
  if (k < 0 || k >= doc.tokens.length) return '<>';
  const t = doc.tokens[k]!.text;
  return /^\p{N}/u.test(t) ? '<num>' : t.toLowerCase().replace(/’/g, "'");
};

/** The shape of a speaker phrase: what kind of words name the speaker. */
export function speakerShape(phrase: string): string {
  const words = phrase.match(WORD) ?? [];
  if (words.length === 0) return 'punct';
  const first = words[0]!, low = first.toLowerCase();
  if (words.length === 1) {
    if (PERSONAL.has(low)) return low === 'i' || low === 'we' || low === 'me' || low === 'us' ? 'pron1' : low === 'you' ? 'pron2' : 'pron3';
    if (RELATIVE.has(low)) return 'rel';
    if (/^\p{Lu}/u.test(first)) return 'name1';
    if (/^\p{N}/u.test(first)) return 'num';
    if (/ly$/.test(low)) return 'adv';
    if (/(?:ed|ing)$/.test(low)) return 'verbish';
    return 'lower1';
  }
  if (/^(?:my|our|your)$/.test(low)) return 'mine'; // "my mother": someone the writer knows
  if (/['’]s\b/.test(phrase) || /s['’](?:\s|$)/.test(phrase)) return 'poss';
  if (DETERMINER.test(low)) return words.slice(1).some((w) => /^\p{Lu}/u.test(w)) ? 'det+name' : 'det'; // "The minister" is not a name
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (caps === words.length) return words.length > 4 ? 'namelong' : 'name';
  if (caps > 0) return /^\p{Lu}/u.test(words[words.length - 1]!) ? 'title+name' : 'mixed';
  return 'lower';
}

/**
 * What kind of text the article is, from cheap counts: how much of it the writer says in the first
 * person outside quotation marks (letters, essays, speeches), and how many paragraphs open with a
 * quotation (dialogue). Reported speech reads differently in each.
 */
export function documentFeatures(text: string, doc: Tokenized): string[] {
  let words = 0, first = 0, inQuote = false, quoteParas = 0;
  for (const p of doc.paragraphs) if (/^\s*["“‘'']/.test(text.slice(p.start, p.start + 3))) quoteParas++;
  // a quotation never runs on past its paragraph (a continued one opens again), so one missing mark
  // does not turn the rest of the text inside out
  let para = 0;
  for (const t of doc.tokens) {
    const w = t.text;
    while (para + 1 < doc.paragraphs.length && t.start >= doc.paragraphs[para + 1]!.start) { para++; inQuote = false; }
    if (w === '“' || w === '”' || w === '"') { inQuote = w === '“' ? true : w === '”' ? false : !inQuote; continue; }
    if (inQuote) continue;
    const c = w.charCodeAt(0);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) continue;
    words++;
    if (w === 'I' || w === 'my' || w === 'My' || w === 'we' || w === 'We' || w === 'our' || w === 'Our' || w === 'me' || w === 'us') first++;
  }
  const rate = words ? first / words : 0;
  const dialogue = doc.paragraphs.length ? quoteParas / doc.paragraphs.length : 0;
  return [`doc1p=${rate < 0.005 ? 'none' : rate < 0.015 ? 'low' : rate < 0.03 ? 'mid' : 'high'}`, `docdlg=${dialogue < 0.1 ? 'low' : dialogue < 0.3 ? 'mid' : 'high'}`];
}

const FINITE = /^(?:is|was|are|were|has|had|have|will|would|could|can|should|may|might|must|did|does|do|am|'s|'re|'ll|'d|'ve)$/;

/** The shape of indirect content: a that-clause, a question, an infinitive, a clause, or a bare noun phrase. */
function contentShape(s: string): string {
  const w = s.match(WORD) ?? [];
  if (w.length === 0) return 'empty';
  const a = w[0]!.toLowerCase();
  if (a === 'that') return 'that';
  if (/^(?:whether|if|why|how|what|who|when|where|which)$/.test(a)) return 'wh';
  if (a === 'to') return 'to';
  for (let i = 1; i < w.length && i < 12; i++) {
    const x = w[i]!.toLowerCase().replace(/’/g, "'");
    if (FINITE.test(x) || (/^[a-z]+(?:ed)$/.test(x) && i <= 6)) return 'clause';
    if (/^[a-z]+s$/.test(x) && i <= 4 && !/(?:ss|us|is)$/.test(x) && /^(?:he|she|it|this|that)$/i.test(w[i - 1]!)) return 'clause';
  }
  return 'np';
}

/** Sparse features of one candidate. */
const CLOSING_MARK = /^(?:["”’']|'')$/;
/** The token before token `k`, lowercased; a comma right after a closing mark reads as that mark (see below). */
function tokenBefore(doc: Tokenized, k: number): string {
  const t = lowerTok(doc, k - 1);
  return t === ',' && CLOSING_MARK.test(lowerTok(doc, k - 2)) ? lowerTok(doc, k - 2) : t;
}

/** Readings the model was not trained on, scored as the reading they refine ("quote.cue.passive" is a cue). */
const FEATURE_RULE: Readonly<Record<string, string>> = wordTable({ 'quote.cue.passive': 'quote.cue' });

/**
 * `a + b` for parts from small closed sets (rule ids, kinds, shapes, buckets, document features), built once and reused:
 * the model's look-up hashes a string the first time it sees that string object, and a feature string built anew for
 * every candidate was flattened and hashed anew each time (the string is the same, so the features are too).
 */
const JOINED = new Map<string, Map<string, string>>();
function join(a: string, b: string): string {
  let m = JOINED.get(a);
  if (m === undefined) JOINED.set(a, (m = new Map()));
  let s = m.get(b);
  if (s === undefined) m.set(b, (s = a + b));
  return s;
}
const join3 = (a: string, b: string, c: string): string => join(join(join(a, b), '|'), c);

export function candidateFeatures(q: QuoteCandidate, ctx: CandidateContext): string[] {
  const { text, doc } = ctx;
  const rule = FEATURE_RULE[q.rule] ?? q.rule;
  const f: string[] = ['bias', join('r=', rule), join('k=', q.kind), join3('r|k=', rule, q.kind)];
  const cue = q.cue.toLowerCase().replace(/’/g, "'");
  const cueWord = cue.split(/\s+/)[0] ?? '';
  f.push(`c=${cue}`, `c|k=${cue}|${q.kind}`);
  if (q.cue && q.cue !== cue) f.push('cueCap');

  // speaker phrase
  const spPhrase = q.speaker ? text.slice(q.speaker.start, q.speaker.end) : '';
  const shape = q.speaker ? speakerShape(spPhrase) : 'none';
  const spWords = spPhrase.match(WORD) ?? [];
  f.push(join('sp=', shape), `sp|c=${shape}|${cueWord}`, join3('sp|r=', shape, rule), join3('sp|k=', shape, q.kind));
  if (spWords.length) {
    const head = spWords[spWords.length - 1]!;
    const lowHead = head.toLowerCase();
    if (!/^\p{Lu}/u.test(head)) f.push(`sph=${lowHead}`);
    f.push(`spf=${/^\p{Lu}/u.test(spWords[0]!) ? 'Cap' : spWords[0]!.toLowerCase()}`);
    f.push(join('spn=', bucket(spWords.length)));
  }
  const ent = ctx.speakerType ?? (ctx.labelled ? 'label' : 'none');
  f.push(join('ent=', ent), join3('ent|sp=', ent, shape));
  if (ctx.inherited) f.push('inherited');
  if (q.continuesFrom !== undefined) f.push(ctx.parentAccepted ? 'parent=yes' : 'parent=no');

  // order: speaker before or after the cue; content before or after
  const cueStart = q.cueRange?.start ?? -1;
  const first = q.segments[0]!, last = q.segments[q.segments.length - 1]!;
  if (q.speaker && q.cueRange) f.push(q.speaker.start < cueStart ? 'sp<cue' : 'cue<sp');
  if (q.cueRange) f.push(first.start < cueStart ? (last.end > q.cueRange.end ? 'content<cue<content' : 'content<cue') : 'cue<content');
  if (q.segments.length > 1) f.push(q.segments.length >= 3 ? 'segs=3' : 'segs=2');

  // content
  let words = 0;
  let question = false;
  let firstPerson = false;
  for (const r of q.segments) {
    const s = text.slice(r.start, r.end);
    words += countWords(s);
    if (/\?\s*["”’']?\s*$/.test(s)) question = true;
    if (/\b(?:I|we|We|my|our|Our|My|me|us)\b/.test(s)) firstPerson = true;
  }
  const clen = bucket(words);
  f.push(join('clen=', clen), join3('clen|k=', clen, q.kind), join3('clen|r=', clen, rule));
  if (question) f.push('question');
  if (firstPerson) f.push(join('first-person|k=', q.kind));
  WORD.lastIndex = 0;
  const contentFirst = WORD.exec(text.slice(first.start, first.end))?.[0];
  if (contentFirst && q.kind !== 'direct') {
    f.push(`c0=${/^\p{Lu}/u.test(contentFirst) ? 'Cap' : contentFirst.toLowerCase()}`);
    const cs = contentShape(text.slice(first.start, first.end));
    f.push(join('cshape=', cs), `cshape|c=${cs}|${cueWord}`);
  }
  for (const d of ctx.docFeatures) f.push(d, join(join(d, '|sp='), shape), join(join(d, '|r='), rule));
  if (q.kind === 'direct') {
    const inner = text.slice(first.start, last.end);
    if (/^\p{Lu}/u.test(inner)) f.push('direct-cap');
    // (logical punctuation, `"The camps are full", said Hill.`, ends the sentence after the closing mark)
    if (words <= 4 && !/[.!?,]["”’']?$/.test(text.slice(last.start, last.end).trim()) && !/^\s*["”’']+[.!?,]/.test(text.slice(last.end, last.end + 4))) f.push('direct-short-fragment');
  }

  // cue context
  if (q.cueRange) {
    const c = tokenAt(doc, q.cueRange.start);
    const ce = tokenAt(doc, q.cueRange.end - 1) + 1;
    // (`"X", said Y`, logical punctuation as in BBC and Wikinews style, is read as `"X," said Y`: the comma
    // after the closing mark stands where American style puts it inside, which the model learned from)
    f.push(`c-1=${tokenBefore(doc, c)}`, `c+1=${lowerTok(doc, ce)}`, `c+1|c=${lowerTok(doc, ce)}|${cueWord}`);
    const si = sentenceOf(doc, c);
    const s = doc.sentences[si]!;
    f.push(c === s.firstToken ? 'cpos=start' : ce >= s.endToken - 1 ? 'cpos=end' : 'cpos=mid');
    f.push(s.paragraph === 0 ? 'para=0' : s.paragraph === 1 ? 'para=1' : 'para=n');
    // a short paragraph (a title, a heading, a list item); its length is looked at first, so that a
    // candidate in a huge paragraph costs nothing more
    const p = doc.paragraphs[s.paragraph]!;
    if (p.end - p.start <= 160 && (text.slice(p.start, p.end).match(WORD) ?? []).length <= 12) f.push(join('shortpara|r=', rule));
  }
  if (q.speaker) {
    const a = tokenAt(doc, q.speaker.start);
    f.push(`sp-1=${tokenBefore(doc, a)}`);
  }
  return f;
}

export class AttributionModel {
  private readonly w: Map<string, number>;
  readonly threshold: number;
  constructor(file: ModelFile) {
    this.w = new Map(Object.entries(file.weights));
    this.threshold = file.threshold;
  }
  score(features: string[]): number {
    let s = 0;
    for (const f of features) s += this.w.get(f) ?? 0;
    return s;
  }
  accepts(features: string[]): boolean {
    return this.score(features) >= this.threshold;
  }
}

const MODEL_URL = new URL('../../../data/models/attribution.json', import.meta.url);
let loaded: AttributionModel | null | undefined;

/** The shipped model, loaded once on first use; null when the file is absent (before the first training). */
export function attributionModel(): AttributionModel | null {
  if (loaded === undefined) {
    try {
      loaded = new AttributionModel(JSON.parse(readFileSync(MODEL_URL, 'utf8')) as ModelFile);
    } catch (e) {
      // only a missing file (a checkout before the first `npm run train:attribution`) means "rules alone"
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      loaded = null;
    }
  }
  return loaded;
}

/** Test and training hook: use this model (or none) instead of the shipped one. */
export function setAttributionModel(m: AttributionModel | null | undefined): void {
  loaded = m;
}

export type { Range };
