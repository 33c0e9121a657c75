// Who pledged what to whom: money or goods committed, approved, given, lent or donated, debts
// relieved, and agreements signed. Rule-based, one sentence at a time, over the entity mentions
// the pipeline already resolved; the words that commit are a table (pledges/cues.ts) and each
// pledge carries the id of the cue it was read through.
//
// How a sentence is read:
//  1. Prefilter: a sentence without a word that begins like a cue, or without an amount or a
//     concrete noun, is skipped; most sentences of a news article stop here.
//  2. Cues: verb groups ("decided to provide", "has offered", "approved by"), light verbs with a
//     commitment noun ("made a £2m donation"), receipts ("received a loan from X") and nouns with
//     an amount ("a $300m loan from X", "a bequest from X of £400,000").
//  3. The giver, from the sentence's structure:
//     - active verb: the subject. A relative pronoun points back to its antecedent ("Sir X, who
//       gave ..."; "X Ltd, a company which ..., which gave"); a parenthetical between subject and
//       verb is skipped ("Lord X, whose company won contracts, gave"); coordinated subjects give
//       one pledge each. A pronoun or a description ("he", "it", "the bank", "the government",
//       "the 64-year-old", "the Spaniard") is resolved to the speaker of the clause's speech verb
//       or to its antecedent (pledges/coref.ts).
//     - passive verb: the agent after "by"; without one, the body that announced it ("He
//       announced that 91m naira had been earmarked"); receipts and nouns: the name after
//       "from"/"by", a possessive ("Japan's loan") or a modifier ("French aid").
//     - a receipt or a new loan with no giver named ("Jordan will receive two loans ..., the World
//       Bank said"): the lending body the sentence reports.
//     - sums listed with their givers after a commitment noun ("Pledges include $500m from Japan,
//       $350m from the US"; "donors include Japan ($500m)"): each name gives its sum.
//     A person stands for the country or organization they hold office for (`officeOf`, else a
//     government title before any of their mentions) and is kept as `announcedBy`, except where
//     they give in their own name (donations); "we" in a quotation is the speaker's body.
//  4. The object after the cue: amounts (several: "$1.2bn in grants and $500m in loans"), or a
//     quantity and an item ("40 long-range missiles"), a recipient ("to/into/for/with X", "give X
//     ..."), a purpose ("for reconstruction", "to buy ..."). A verb without an object after it
//     takes the noun phrase before its subject ("a credit facility the bank agreed to provide").
//  5. Status from tense and the words around it: conditional ("if", "could"), requested ("called
//     for", "hopes"), planned ("expected", "plans"); negated, undone or counterfactual ("would have
//     provided") cues are dropped.
//  6. Not pledges: business and trade (acquisitions, shares, sales, contracts) and statistics
//     unless the sentence is about aid or lending; troops and platforms deployed ("sent aircraft
//     to the base"); idioms ("give credit to", "lend support"); abstract objects; a debtor's own
//     debt; a company's own spending. A pledge needs an amount, a quantity of something concrete
//     or a concrete item.
//  7. The recipient is only what the sentence says; there is no guess from the rest of the article.
//  8. Duplicates: one pledge per giver and amount (or giver and item); a pledge without an amount
//     gives way to one of the same giver and thing with an amount; a headline pledge gives way to
//     the body's.
//
// The caller gets committed pledges (pledged, delivered, signed, approved) and the others
// (planned, requested, conditional) with their status: `isCommitted` tells them apart.

import type { Range, EntityType, PledgeStatus, MonetaryAmount } from '../types.js';
import type { Tokenized, Sentence } from '../text/tokenize.js';
import { findMoney } from './money.js';
import { WEEKDAY_NAMES, MONTH_NAMES, MONTH_ABBREVIATIONS, WEEKDAYS, MONTHS } from './lexicon/time.js';
import { REGION_ABBREVIATIONS, US_STATE_NAMES } from './lexicon/regions.js';
import { gazetteer } from './gazetteer.js';
import { containerIndex } from '../text/intervals.js';
import type { RuleId } from './rules.js';
import { VERB_CUES, VERB_ALT, PREFILTER_VERB_ALT, CONTEXT_CUES, NOUN_ALT, RECEIPT_FORMS, RECEIPT_RULE, BORROW_RULE, LIGHT_VERB_OBJECT, verbCue, nounCue, type VerbCue, type NounCue, type CueClass } from './pledges/cues.js';
import { anaphorKind, pluralAnaphorKind, antecedent, type AnaphorKind, type MentionRef } from './pledges/coref.js';
import {
  ADV, TRAILING_ADV, irregularPast, CONCRETE, AGREEMENT_NOUNS, NEEDS_AMOUNT, ABSTRACT_ITEM, TIME_UNITS, NUMBER_WORD, QTY_MULT, QUANTITY_RE,
  DROP_ADJ, STOP_WORD, NEGATION, UNDONE, CONDITIONAL, CONDITIONAL_MODAL, REQUESTED, PLANNED, BUSINESS, FISCAL_STATS, FISCAL_BUDGET, LENDING,
  AID_STRONG, AID_CONTEXT, FINANCING, COMPANY, NON_STATE_HEAD, GOVERNMENT_WORD, PREPOSITION_BEFORE, RECIPIENT_BEFORE, WITH_BEFORE,
  CLAUSE_BOUNDARY, SPEECH_VERB, PRONOUN_SUBJECT, TIME_ADVERB, DELIVERY_NOUN, PERSONNEL, PLATFORMS, HANDOVER_WORDS, IDIOM_OBJECT, CONTROL_VERB_TAIL,
  ALLEGED, PAYMENT_WORDS, MONEY_WORDS, MEASURE_HEAD, PUBLIC_BODY, MARKET_OPERATION, TRADE_OBJECT, HUMANITARIAN_RECIPIENT, TRADE_AGREEMENT, LOAN_BOOK, LENDER_NAME, CARRIER_OF, RELIEF_BODY, FORMER_STATE, STATE_OFFICE_TITLE, NOT_STATE_OFFICE, COMPANY_EXECUTIVE_TITLE, PLACE_HEAD_TITLE, HEAD_OF_GOVERNMENT_TITLE,
} from './pledges/lexicon.js';
import { wordTable } from './lexicon/word-table.js';

export interface EntityRef {
  start: number;
  end: number;
  entity: string /* entity key */;
  type: EntityType;
}

export interface PledgeContext {
  text: string;
  doc: Tokenized;
  /** Every resolved entity mention in the document (names, demonyms like "Dutch"/"French", pronouns already resolved), sorted by start. */
  mentions: EntityRef[];
  /** The country or organization a person holds office for ("Dutch Prime Minister Mark Rutte" → country/netherlands), if known. */
  officeOf(personKey: string): string | undefined;
  /** The titles the roles step read for a person, with or without a country or body ("President", "chief executive"). */
  titlesOf?(personKey: string): readonly string[];
  /** Speech reported in the document: the pledge "his country decided to provide …" inside Rutte's indirect quote is announced by Rutte. */
  quotes: { segments: Range[]; speaker?: string /* entity key */ }[];
}

export interface PledgeCandidate {
  giver: string;
  announcedBy?: string;
  recipient?: string;
  amount?: MonetaryAmount;
  quantity?: number;
  item?: string;
  purpose?: string;
  status: PledgeStatus;
  cue?: string;
  evidence: Range;
  rule: RuleId;
}

/** The statuses that are commitments; 'planned', 'requested' and 'conditional' are not. */
export const COMMITTED_STATUSES: readonly PledgeStatus[] = ['pledged', 'delivered', 'signed', 'approved'];
export function isCommitted(status: PledgeStatus): boolean {
  return COMMITTED_STATUSES.includes(status);
}

// ---------------------------------------------------------------- cue patterns

const VERB_CUE = new RegExp(
  String.raw`\b(?:(?<modal>will|would|shall|can|could|may|might|must|should|to|['’]ll)\s+(?:${ADV}\s+){0,2})?(?:(?<aux>has|have|had|is|are|was|were|been|be|being)\s+(?:${ADV}\s+){0,2})?(?<verb>${VERB_ALT})\b`,
  'gi',
);
/** The first cue verb of a clause (not global: one match from the start). */
const FIRST_VERB_CUE = new RegExp(VERB_CUE.source, 'i');
const RECEIVE_CUE = new RegExp(String.raw`\b(?:(?:has|have|had|will|would|is\s+to|are\s+to|to)\s+(?:also\s+|already\s+|now\s+)?)?(?:${RECEIPT_FORMS})\b`, 'gi');
const NOUN_CUE = new RegExp(String.raw`\b(?:${NOUN_ALT})\b`, 'gi');
/** One regex test that every sentence with a pledge passes. */
const PREFILTER = new RegExp(String.raw`\b(?:${PREFILTER_VERB_ALT}|${RECEIPT_FORMS}|${NOUN_ALT})\b`, 'i');

/**
 * The literal beginnings of every cue form ("provid", "gave", "loan"), indexed by their first three
 * letters: a sentence none of whose words starts with one is skipped without running PREFILTER,
 * which would try every alternative at every position of every sentence.
 */
/** The literal beginnings of the contextual rows' verbs (undefined: a row whose pattern does not open with them). */
let CONTEXT_STEMS: string[] | undefined = [];
const CUE_STEMS = (() => {
  const stems = new Map<string, string[]>();
  const split = (alt: string): string[] => {
    const out: string[] = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < alt.length; i++) {
      const c = alt[i];
      if (c === '\\') i++;
      else if (c === '(') depth++;
      else if (c === ')') depth--;
      else if (c === '|' && depth === 0) {
        out.push(alt.slice(start, i));
        start = i + 1;
      }
    }
    out.push(alt.slice(start));
    return out;
  };
  const prefixes = (alt: string): string[] => {
    if (alt.startsWith('(?:')) {
      let depth = 0;
      for (let i = 0; i < alt.length; i++) {
        if (alt[i] === '\\') i++;
        else if (alt[i] === '(') depth++;
        else if (alt[i] === ')' && --depth === 0) return split(alt.slice(3, i)).flatMap(prefixes);
      }
    }
    // (A letter made optional by "?", "*" or "{0,": "gifts?" begins "gift".)
    const lit = /^[a-z]+/i.exec(alt)?.[0] ?? '';
    // ("c(?:ome|omes|ame|oming)\\s+from": a letter or two before a group begins each of the group's words, "come", "came".)
    if (lit.length < 3 && alt.startsWith('(?:', lit.length)) {
      let depth = 0;
      for (let i = lit.length; i < alt.length; i++) {
        if (alt[i] === '\\') i++;
        else if (alt[i] === '(') depth++;
        else if (alt[i] === ')' && --depth === 0) {
          if (/^[?*]/.test(alt.slice(i + 1))) break;
          return split(alt.slice(lit.length + 3, i)).flatMap(prefixes).map((p) => lit.toLowerCase() + p);
        }
      }
    }
    return [(/^[?*{]/.test(alt.slice(lit.length)) ? lit.slice(0, -1) : lit).toLowerCase()];
  };
  // A contextual row's pattern opens with its verb's forms ("\\bmatch(?:es|ed|ing)?\\s+..."): a sentence CONTEXT_CUES matches
  // holds one of their literal beginnings. (A row of another shape, or an alternative outside the forms, leaves no test.)
  for (const v of VERB_CUES) {
    if (!v.onlyWith || !CONTEXT_STEMS) continue;
    const src = v.onlyWith.source;
    const opens = src.startsWith(`\\b(?:${v.forms})`) || (split(v.forms).length === 1 && src.startsWith(`\\b${v.forms}`));
    const ps = split(v.forms).flatMap(prefixes);
    if (!opens || split(src).length !== 1 || ps.some((p) => !/^[a-z]+$/.test(p))) CONTEXT_STEMS = undefined;
    else CONTEXT_STEMS.push(...ps);
  }
  for (const alt of split(`${PREFILTER_VERB_ALT}|${RECEIPT_FORMS}|${NOUN_ALT}`)) {
    for (const stem of prefixes(alt)) {
      if (stem.length < 3) continue;
      const key = stem.slice(0, 3);
      stems.set(key, [...(stems.get(key) ?? []), stem]);
    }
  }
  return stems;
})();

/**
 * CUE_STEMS keyed by the char codes of their three lowercase ASCII letters: hasCueStem reads a token's first
 * letters without building its slice and lowercase copy (every token of every sentence comes through here).
 */
const CUE_STEM_CODES = new Map<number, string[]>([...CUE_STEMS].map(([k, v]) => [(k.charCodeAt(0) << 16) | (k.charCodeAt(1) << 8) | k.charCodeAt(2), v]));
/** An ASCII code lowercased as String#toLowerCase does. */
const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

function hasCueStem(tokens: Tokenized['tokens'], s: Sentence): boolean {
  for (let i = s.firstToken; i < s.endToken; i++) {
    // ("co-financed", "re-lend": the word after a prefix's hyphen.)
    const raw = tokens[i]!.text;
    const from = raw.lastIndexOf('-') + 1;
    const length = raw.length - from;
    if (length < 3) continue;
    const c0 = raw.charCodeAt(from);
    const c1 = raw.charCodeAt(from + 1);
    const c2 = raw.charCodeAt(from + 2);
    if ((c0 | c1 | c2) >= 128) {
      // (A letter outside ASCII lowercases by Unicode's rules, "K" (Kelvin) to "k": the strings decide.)
      const w = raw.slice(from);
      const candidates = CUE_STEMS.get(w.slice(0, 3).toLowerCase());
      if (candidates && candidates.some((stem) => w.length >= stem.length && w.slice(0, stem.length).toLowerCase() === stem)) return true;
      continue;
    }
    const candidates = CUE_STEM_CODES.get((lowerAscii(c0) << 16) | (lowerAscii(c1) << 8) | lowerAscii(c2));
    if (!candidates) continue;
    for (const stem of candidates) {
      if (length < stem.length) continue;
      let k = 3;
      for (; k < stem.length; k++) {
        const c = raw.charCodeAt(from + k);
        if (c >= 128 || lowerAscii(c) !== stem.charCodeAt(k)) break;
      }
      if (k === stem.length) return true;
      if (raw.charCodeAt(from + k) >= 128 && raw.slice(from, from + stem.length).toLowerCase() === stem) return true;
    }
  }
  return false;
}
/** A whitespace character other than the plain space (which \s would rewrite to a space). */
const SPACE_OTHER = /[^\S ]/;
/** OBJECT_HINT's first alternative alone. */
const HINT_SIGN = /[\d$€£¥₹]/;
// (Tested on the sentence itself with "i" and no "u": the same answer as includes() on its lowercase copy, whose only
// non-ASCII sources of ASCII letters are the Kelvin sign, "k", and "İ", "i" before a combining dot; no stem holds a "k"
// or ends in "i", else the copy decides. One scan, and no copy of every sentence.)
const DONOR_WORD = /donor|contributor/i;
const CONTEXT_STEM_WORD = CONTEXT_STEMS && CONTEXT_STEMS.every((stem) => /^[a-z]+$/.test(stem) && !stem.includes('k') && !stem.endsWith('i')) ? new RegExp(CONTEXT_STEMS.join('|'), 'i') : undefined;
/** Necessary for DONOR_LIST on a sentence (its "i" flag without "u" folds ASCII letters only). */
const mayListDonors = (raw: string): boolean => DONOR_WORD.test(raw);
/** Necessary for CONTEXT_CUES on a sentence: a contextual row's verb. */
const mayHaveContextCue = (raw: string): boolean => {
  if (CONTEXT_STEM_WORD) return CONTEXT_STEM_WORD.test(raw);
  const low = raw.toLowerCase();
  return !CONTEXT_STEMS || CONTEXT_STEMS.some((stem) => low.includes(stem));
};
/** A pledge has an amount (a digit or a currency sign) or names something concrete: a second cheap test. */
// (Heads that are common words in their singular, "good", "item", "material", enter only in the plural.)
const HINT_PLURAL_ONLY = new Set(['good', 'item', 'material']);
const OBJECT_HINT = new RegExp(String.raw`[\d$€£¥₹]|\b(?:goods|items|materials|${[...[...CONCRETE].filter((w) => !HINT_PLURAL_ONLY.has(w)), ...AGREEMENT_NOUNS, 'debt', 'debts', 'relief', 'moratorium', 'million', 'billion', 'thousand', 'hundred', 'dozen', 'assistance', 'support', 'bailout', 'bail-out'].map((w) => (w.endsWith('y') ? `${w}|${w.slice(0, -1)}ies` : `${w}(?:s|es)?`)).join('|')})\b`, 'i');

// ---------------------------------------------------------------- the extractor

interface SentenceView {
  s: Sentence;
  /** The sentence text with every whitespace character a plain space (same length, same offsets). */
  t: string;
  /** Mentions inside the sentence, with sentence-local offsets. */
  ms: LocalMention[];
  /** `t` with the mentions blanked out: business words inside names ("Export-Import Bank") do not count. */
  bare: string;
  money: LocalMoney[];
  index: number;
  /** The last committed pledge in the sentences before, its giver and kind (for "the donation follows a £2m gift"). */
  previous?: { giver: string; kind?: string; at: number };
  /** The article's headline, where "SENEGAL PROMISED AID" drops its "was". */
  headline: boolean;
}
/** A mention as the pledge reader sees it: the same record the pronoun resolver takes. */
type LocalMention = MentionRef;
interface LocalMoney extends MonetaryAmount {
  start: number;
  end: number;
}

interface Cue {
  start: number;
  end: number;
  text: string;
  kind: 'active' | 'passive' | 'receive' | 'nominal';
  spec?: VerbCue;
  noun?: NounCue;
  rule: RuleId;
  status: PledgeStatus;
  modal?: string;
  aux?: string;
  /** The giver gives in their own name: a person donating is not their office. */
  personal?: boolean;
}

type Candidate = PledgeCandidate & { cueAt: number; namedTarget?: boolean };

export function findPledges(ctx: PledgeContext): PledgeCandidate[] {
  const { text, doc } = ctx;
  const out: (PledgeCandidate & { headline: boolean; cueAt: number })[] = [];
  const headline = headlineRange(doc, text);

  let mi = 0;
  let articleCurrencies: Set<string> | undefined;
  doc.sentences.forEach((s, index) => {
    const raw = text.slice(s.start, s.end);
    // ("Other donors include Japan ($500m)": a list of givers has no cue word of its own.)
    // ("Japan: $500m" under "The biggest pledges so far:": a list line has no cue word of its own.)
    // (Most sentences pass none of these: a scan for their literal words rules out DONOR_LIST and CONTEXT_CUES, which
    // would otherwise try their alternatives at every position.)
    const cueful = (hasCueStem(doc.tokens, s) && PREFILTER.test(raw)) || (mayListDonors(raw) && DONOR_LIST.test(raw)) || (mayHaveContextCue(raw) && CONTEXT_CUES.test(raw));
    // (A paragraph of its own or bulleted lines: hard-wrapped wire prose has line breaks but no bullets.)
    // (Without a line break, "(?:^|\n)" can only be the sentence's start: the anchored pattern tries that one position.)
    const newline = raw.includes('\n');
    const listLine = ((raw.length < 100 && !newline) || (raw.length < 600 && (newline ? BULLET_LINE : BULLET_AT_START).test(raw))) && (newline ? LIST_LINE_SHAPE : LIST_LINE_SHAPE_AT_START).test(raw);
    // ("The project is being financed by the African Development Bank", "Soros funded opposition groups": what is funded by
    // a named body, or a named body or group funded, needs no object.)
    // (A digit or a currency sign is found by one scan of a class, before OBJECT_HINT tries its words at every position.)
    if (!(cueful || listLine) || (!HINT_SIGN.test(raw) && !OBJECT_HINT.test(raw) && !/\bdonat/i.test(raw) && !FUNDING_FORM.test(raw))) return;
    while (mi < ctx.mentions.length && ctx.mentions[mi]!.end <= s.start) mi++;
    const ms: LocalMention[] = [];
    for (let j = mi; j < ctx.mentions.length && ctx.mentions[j]!.start < s.end; j++) {
      const m = ctx.mentions[j]!;
      if (m.start < s.start || m.end > s.end) continue;
      const capital = m.type === 'Place' ? capitalAsState(ctx, m) : undefined;
      const described = m.type === 'Organization' ? describedBody(ctx, m, index) : undefined;
      ms.push({ start: m.start - s.start, end: m.end - s.start, entity: capital ?? described ?? m.entity, type: capital || (m.type === 'Place' && FORMER_STATE.test(text.slice(m.start, m.end))) ? 'Country' : m.type });
    }
    // A mention inside a longer one ("Japanese" in "Japanese Export-Import Bank") gives way to it.
    for (let j = ms.length - 1; j >= 0; j--) {
      const m = ms[j]!;
      if (ms.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start)) ms.splice(j, 1);
    }
    ms.sort((a, b) => a.start - b.start || b.end - a.end);
    // (A sum's conversion in brackets is blanked: "a $10m (£5.3m) grant" reads as "a $10m grant".)
    // (Tokenized copy, "Japan 's aid", "did n't give": the clitic is moved onto its word, in place, so offsets hold.)
    // (Each rewrite runs only where it can change something: a whitespace other than a space, an apostrophe, a bracket.)
    const spaced = SPACE_OTHER.test(raw) ? raw.replace(/\s/g, ' ') : raw;
    const clitics = spaced.includes("'") || spaced.includes('’') ? spaced.replace(/ (['’]s?|n['’]t)(?= )/gi, '$1 ') : spaced;
    const t = clitics.includes('(') ? maskConversions(clitics) : clitics;
    for (let j = ms.length - 1; j >= 0; j--) if (!t.slice(ms[j]!.start, ms[j]!.end).trim()) ms.splice(j, 1);
    const money = findMoney(text, s, { sentence: currenciesOf(ms), article: (articleCurrencies ??= currenciesOf(ctx.mentions)) }).map((m): LocalMoney => {
      const { range, ...rest } = m;
      return { ...rest, start: range.start - s.start, end: range.end - s.start };
    });
    // ("handed over $1 billion", "signed over £2m": after a verb that takes it as a particle, "over" is no "more than".)
    for (const [j, x] of money.entries()) {
      const particle = /^over\s+/i.exec(x.text);
      if (particle && x.qualifier === 'over' && /\b(?:hand|turn|sign)(?:s|ed|ing)?\s+$/i.test(t.slice(Math.max(0, x.start - 12), x.start))) {
        const { qualifier: _q, ...rest } = x;
        money[j] = { ...rest, start: x.start + particle[0].length, text: x.text.slice(particle[0].length) };
      }
    }
    // "479.67 billion Taiwan dlrs": a country inside an amount is its currency, not a party.
    for (let j = ms.length - 1; j >= 0; j--) if (money.some((x) => x.start <= ms[j]!.start && ms[j]!.end <= x.end)) ms.splice(j, 1);
    let bare = t;
    for (const m of ms) bare = bare.slice(0, m.start) + ' '.repeat(m.end - m.start) + bare.slice(m.end);
    const isHeadline = !!headline && s.start >= headline.start && s.end <= headline.end;
    // (The last such pledge, read backwards in place rather than from a reversed copy of every pledge so far.)
    let previous: (typeof out)[number] | undefined;
    for (let j = out.length - 1; j >= 0 && !previous; j--) if (isCommitted(out[j]!.status) && out[j]!.cueAt < s.start) previous = out[j];
    const view: SentenceView = { s, t, ms, bare, money, index, headline: isHeadline, previous: previous && { giver: previous.giver, kind: commitmentKind(`${previous.item ?? ''} ${previous.cue ?? ''}`), at: previous.cueAt } };
    const cues = cueful ? findCues(view) : [];
    let inherited: PledgeStatus | undefined;
    const sentenceStart = out.length;
    cues.forEach((cue, ci) => {
      const next = cues.slice(ci + 1).find((c) => c.start >= cue.end && c.kind !== 'nominal');
      // "signed an agreement to reschedule Nigeria's debts": the agreement is read through the verb
      // that says what it does, which inherits its status.
      if (next && (cue.spec?.cls === 'sign' || cue.spec?.cls === 'agree') && /^\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:agreement|accord|deal|pact|memorandum|treaty)\s*$/i.test(t.slice(cue.end, next.start)) && /^to\s/i.test(next.text)) {
        const inner = readCue(ctx, view, next, cues.slice(ci + 2).find((c) => c.start >= next.end && c.kind !== 'nominal')?.start ?? t.length);
        if (inner.length) {
          inherited = cue.status;
          return;
        }
      }
      let found = readCue(ctx, view, cue, next?.start ?? t.length);
      if (inherited) {
        const st = inherited;
        inherited = undefined;
        found = found.map((p) => (isCommitted(p.status) && isCommitted(st) ? { ...p, status: st } : p));
      }
      for (const p of found) {
        const { namedTarget: _n, ...rest } = p;
        out.push({ ...rest, headline: isHeadline });
      }
    });
    // ("Greece received aid from the EU": a bare noun that a verb of the sentence already reads with its giver adds nothing.)
    for (let j = out.length - 1; j >= sentenceStart; j--) {
      const p = out[j]!;
      if (p.rule === 'pledge.noun.bare' && out.slice(sentenceStart).some((o) => o !== p && o.rule !== 'pledge.noun.bare' && o.giver === p.giver)) out.splice(j, 1);
    }
    if (cueful) for (const p of listedPledges(ctx, view)) out.push({ ...p, headline: isHeadline });
    if (listLine) for (const p of listLinePledges(ctx, view)) out.push({ ...p, headline: isHeadline });
  });
  return dedupe(out, text);
}

/** A body's description capitalised as if it were a name: "the Bank", "the Fund", "the Community". */
const CAPITALISED_DESCRIPTION = /^(?:Bank|Fund|Community|Commission|Club|Agency|Corporation|Foundation)$/;

/**
 * The body named before that a capitalised description stands for: "The World Bank said ... The Bank granted Kenya a
 * $200m loan", "talks with the International Monetary Fund ... The Fund approved" (the recognizer may take "Bank" for a
 * name of its own). Found as "the bank" is (pledges/coref.ts); undefined when nothing fits.
 */
function describedBody(ctx: PledgeContext, m: EntityRef, sentenceIndex: number): string | undefined {
  const word = ctx.text.slice(m.start, m.end);
  if (!CAPITALISED_DESCRIPTION.test(word) || !/\bthe\s+$/i.test(ctx.text.slice(Math.max(0, m.start - 5), m.start))) return undefined;
  // (A description the recognizer already linked to its body, named in full elsewhere, stays as linked.)
  if (ctx.mentions.some((x) => x.entity === m.entity && ctx.text.slice(x.start, x.end) !== word)) return undefined;
  const kind = anaphorKind(`the ${word.toLowerCase()}`);
  if (!kind) return undefined;
  return antecedent(ctx.text, ctx.mentions, ctx.doc.sentences, sentenceIndex, m.start, kind, (x) => x.entity === m.entity || CAPITALISED_DESCRIPTION.test(ctx.text.slice(x.start, x.end)))?.entity;
}

/**
 * Words between "from" and a name that put the name outside the "from" phrase: a preposition or a determiner
 * ("from the sale of X"), or a conjunction that opens a clause ("from small donors after X endorsed him").
 */
const FROM_PHRASE_ENDS = /\b(?:of|for|to|in|on|at|with|and|or|by|from|its|their|his|her|an?|the|sale|selling|proceeds|after|before|since|because|when|while|as|until|during|through|via|under|over|than|who|which|that|if|but|once)\s/i;

/** Givers named as such, which head a list with no cue word: "Other donors include Japan ($500m)". */
const DONOR_LIST = /\b(?:donors?|contributors?)\s+(?:\w+\s+)?(?:include|included|including|were|are|such\s+as)\b/i;
/** A commitment noun or a receipt that heads a list of sums and their givers ("Pledges include $500m from Japan ..."). */
const LIST_HEAD = /\b(?:pledges?|pledged|donations?|donated|contributions?|gifts?|grants?|aid|loans?|credits?|assistance|funding|package|received|receiving|receives?|donors?|contributors?|lenders?|givers?|(?:co-?)?financed|(?:co-?)?funded)\b/i;
/** Words that make a sum from a name income or trade, not a gift: "revenue of $5m from Japan", "imports of $2m from Kenya". */
const LIST_TRADE = /\b(?:revenues?|sales|sold|exports?|imports?|profits?|earnings|income|proceeds|orders?|contracts?|bids?|offers?|fees?|fines?|royalt(?:y|ies)|purchases?|bought|paid|payments?|taxes|losses)\b/i;

/**
 * Sums listed with their givers after a commitment noun or a receipt: "Pledges include $500m from
 * Japan, $350m from the US and 500m euros from Germany", "The party received £2.3m, including £1m
 * from businessman X", "Other donors include Japan ($500m) and Australia (A$1bn)". Each sum is its
 * giver's pledge; a sentence that asks, hopes, plans or negates lists none.
 */
function listedPledges(ctx: PledgeContext, v: SentenceView): Candidate[] {
  const { t, ms, money } = v;
  if (!money.length || !ms.length) return [];
  const head = LIST_HEAD.exec(v.bare);
  // (What asks, hopes or plans comes before the list: "Kenya hopes to receive $5m from Japan"; "for the appeal" after it is a purpose.)
  const lead = t.slice(0, head?.index ?? 0);
  if (!head || LIST_TRADE.test(v.bare) || PAYMENT_WORDS.test(t) || /\b(?:court|judge|awarded|damages|settle\w*|lawsuit|claims?)\b/i.test(t) || NEGATION.test(v.bare) || CONDITIONAL.test(t) || REQUESTED.test(lead) || PLANNED.test(lead) || ALLEGED.test(t)) return [];
  const out: Candidate[] = [];
  const push = (m: LocalMention, x: LocalMoney, at: number) => {
    if (m.type === 'Place' || partOfOtherName(t, m)) return;
    const person = m.type === 'Person';
    const g = resolveGiver(ctx, t, ms, asRef(m, t), person);
    if (!g) return;
    const p: Candidate = { giver: g.giver, status: 'pledged', amount: amountOf(x), evidence: { start: v.s.start, end: v.s.end }, cue: t.slice(head.index, head.index + head[0].length), cueAt: v.s.start + at, rule: 'pledge.noun.list' };
    if (g.announcedBy) p.announcedBy = g.announcedBy;
    out.push(p);
  };
  for (const x of money) {
    if (x.start < head.index) continue;
    // "$500m from Japan", "£1m from businessman X", "$20m in grants from the EU".
    const from = /^\s+(?:(?:in|of)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:aid|grants?|loans?|credits?|donations?|assistance|funding)\s+)?from\s+(?:the\s+)?/iu.exec(t.slice(x.end));
    if (from) {
      const at = x.end + from[0].length;
      const m = ms.find((y) => y.start >= at && /^(?:(?:[\p{Ll}-]+|(?:Lord|Lady|Sir|Dame|Baroness|Baron|Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.?)\s+){0,3}$/u.test(t.slice(at, y.start)) && !FROM_PHRASE_ENDS.test(t.slice(at, y.start)));
      // ("loans totalling 390 mln dlrs from Japan and the World Bank": a total of coordinated givers is none's own.)
      if (m && /\b(?:totall?ing|a\s+total\s+of)\s+(?:(?:about|some|nearly|almost|over|more\s+than|up\s+to|around)\s+)?$/i.test(t.slice(Math.max(0, x.start - 30), x.start)) && coordinatedRight(t, ms, m).length > 1) continue;
      // (Only a list item: right after the head's clause, "including", a comma or "and".)
      if (m && /(?:^|[,;]\s*|\b(?:and|including|plus|with|of|totalling|totaling|worth)\s+(?:about|some|nearly|almost|over|more\s+than|just\s+over|up\s+to)?\s*)$/i.test(t.slice(Math.max(head.index, x.start - 40), x.start)) || (m && x.start - (head.index + head[0].length) < 30)) push(m!, x, x.start);
      continue;
    }
    // "donors include Japan ($500m)": a name and its sum in brackets, after a head of givers.
    const bracket = /\(\s*$/.test(t.slice(Math.max(0, x.start - 3), x.start)) && /^\s*\)/.test(t.slice(x.end));
    // ("co-financed by Japan (100 mln dlrs) and the World Bank (50 mln dlrs)": agents with their shares.)
    if (bracket && /\b(?:donors?|contributors?|pledges?|givers?|lenders?|(?:co-?)?financed\s+by|(?:co-?)?funded\s+by|provided\s+by)\b/i.test(t.slice(head.index, x.start))) {
      const open = t.lastIndexOf('(', x.start);
      const m = [...ms].reverse().find((y) => y.end <= open && /^\s*$/.test(t.slice(y.end, open)));
      if (m) push(m, x, x.start);
    }
  }
  return out;
}

/** A line that may be a list item: a bullet or a capital, then a sum within a few words ("Japan: $500m", "* Britain £50m"). */
const LIST_LINE_SHAPE = /(?:^|\n)\s*(?:[-*•·–—]\s*)?\p{Lu}[^\n.!?]{0,60}?(?:[A-Z]{0,3}[$€£¥]\s?\d|\d[\d.,]*\s*(?:m|bn|mln|million|billion)\b)/u;
/** LIST_LINE_SHAPE where a text has no line break, and so "(?:^|\n)" is its start. */
const LIST_LINE_SHAPE_AT_START = new RegExp(LIST_LINE_SHAPE.source.replace(/^\(\?:\^\|\\n\)/, '^'), 'u');
/** A bulleted line; its anchored form for a text with no line break. */
const BULLET_LINE = /(?:^|\n)\s*[-*•·]\s*\p{Lu}/u;
const BULLET_AT_START = /^\s*[-*•·]\s*\p{Lu}/u;
/** The heading of a list of givers and sums: "The biggest pledges so far:", "The main donors are:". */
const LIST_HEADING = /\b(?:pledges?|pledged|donors?|donations?|donated|contributions?|contributors?|contributed|gifts?|aid|promised|given|gave)\b[^.!?]*(?::\s*$|\b(?:include|includes|included|are|were|so\s+far|following)\b)/i;

const LIST_NOT_GIVERS = /\b(?:recipients?|receiv\w*|beneficiar\w*|needs?|needed|requested|sought|appeals?|asked|owed|debts?|spent|spending|costs?)\b/i;

/**
 * Lines of a list of givers and their sums under a heading about pledges or donations: "The
 * biggest pledges so far:" then "Japan: $500m", "United States - $350m"; or "The main donors
 * are: * Japan $500m * Britain £50m" in one sentence. A line says only a name and a sum.
 */
function listLinePledges(ctx: PledgeContext, v: SentenceView): Candidate[] {
  const { t, ms, money } = v;
  if (!money.length || !ms.length) return [];
  const raw = ctx.text.slice(v.s.start, v.s.end);
  const out: Candidate[] = [];
  let lineStart = 0;
  for (const line of raw.split('\n')) {
    const from = lineStart;
    lineStart += line.length + 1;
    const bullet = /^\s*(?:[-*•·–—]\s*)?(?:the\s+)?/i.exec(line)![0].length;
    // (In one sentence, a heading may open the lines: "The main donors are: * Japan $500m".)
    const inline = /:\s*(?:[-*•·–—]\s*)?(?:the\s+)?$/i.exec(line.slice(0, line.search(/\s[-*•·–—]\s|\s*$/) + 1));
    const m = ms.find((x) => x.start === from + bullet && x.type !== 'Place');
    if (!m) continue;
    const x = money.find((y) => y.start >= m.end && y.end <= from + line.length);
    if (!x || !/^(?:['’]s)?\s*(?:[:,\-–—]\s*)?(?:(?:about|some|around|over|nearly|almost|more\s+than|up\s+to)\s+)?$/i.test(t.slice(m.end, x.start))) continue;
    if (!/^\s*(?:\([^)]*\))?(?:\s+(?:in\s+)?[\p{Ll}-]+){0,3}\s*[.;,]?\s*$/u.test(t.slice(x.end, from + line.length))) continue;
    if (!inline && !listHeadingBefore(ctx, v, from)) continue;
    const g = resolveGiver(ctx, t, ms, asRef(m, t), m.type === 'Person');
    if (!g) continue;
    const p: Candidate = { giver: g.giver, status: 'pledged', amount: amountOf(x), evidence: { start: v.s.start + from, end: v.s.start + from + line.length }, cue: 'list', cueAt: v.s.start + from, rule: 'pledge.noun.list' };
    if (g.announcedBy) p.announcedBy = g.announcedBy;
    out.push(p);
  }
  return out;
}

/** Whether the lines before `at` (in this sentence, then the sentences before, past other list lines) open with a list heading. */
function listHeadingBefore(ctx: PledgeContext, v: SentenceView, at: number): boolean {
  const own = ctx.text.slice(v.s.start, v.s.start + at).split('\n').reverse();
  const before = function* () {
    yield* own;
    for (let k = v.index - 1; k >= Math.max(0, v.index - 15); k--) yield* ctx.text.slice(ctx.doc.sentences[k]!.start, ctx.doc.sentences[k]!.end).split('\n').reverse();
  };
  for (const line of before()) {
    const text = line.trim();
    if (!text || (LIST_LINE_SHAPE.test(text) && text.length < 120 && !LIST_HEADING.test(text))) continue;
    // ("Top aid recipients:", "Aid needed:": a list of those who receive or need lists no givers.)
    return LIST_HEADING.test(text) && !LIST_NOT_GIVERS.test(text) && !NEGATION.test(text) && !PLANNED.test(text) && !REQUESTED.test(text) && !LIST_TRADE.test(text);
  }
  return false;
}

function headlineRange(doc: Tokenized, text: string): Range | undefined {
  const p = doc.paragraphs[0];
  if (!p || doc.paragraphs.length < 2) return undefined;
  const body = text.slice(p.start, p.end);
  if (/[.!?]["”’]?$/.test(body) || body.length > 160 || body.includes('\n')) return undefined;
  return p;
}

// ---------------------------------------------------------------- cues

function findCues(v: SentenceView): Cue[] {
  const { t } = v;
  const cues: Cue[] = [];
  VERB_CUE.lastIndex = 0;
  for (let m = VERB_CUE.exec(t); m !== null; m = VERB_CUE.exec(t)) {
    const g = m.groups!;
    const verb = g.verb!;
    let spec = verbCue(verb);
    if (!spec || (spec.onlyWith && !spec.onlyWith.test(t))) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    const verbStart = end - verb.length;
    const before = t.slice(Math.max(0, verbStart - 25), verbStart);
    const after = t.slice(end);
    // A noun, not a verb: "an expected pledge of", "the offer", "Japan's promise", "a grant".
    const nounLike = !g.modal && !g.aux && /\b(?:a|an|the|its|their|his|her|our|this|that|these|those|new|fresh|expected|earlier|previous|initial|further|additional|total|first|latest|[\p{L}.]+['’]s?)\s+$/iu.test(before);
    if (nounLike) continue;
    // ("supplied Syria with advanced missiles", "one of the most advanced systems": an adjective, not a loan advanced.)
    if (!g.modal && !g.aux && /^advanced$/i.test(verb) && /\b(?:with|of|for|in|on|at|from|to|into|and|or|more|most|less|highly|technically|technologically|such|as)\s+$/i.test(before)) continue;
    if (verbStart > 0 && /[-‐]/.test(t[verbStart - 1]!)) continue; // "anti-shipping", "cost-sharing"
    if (spec.cls === 'approve' && /^approv/i.test(verb) && /^\s+of\b/i.test(after)) continue; // "approved of"
    // "International Monetary Fund", "London Interbank Offered Rates": a capitalised verb inside a name.
    if (/^\p{Lu}/u.test(verb) && verbStart > 0 && !/^[^\p{Ll}]*$/u.test(t) && !(titleCase(t) && afterSubject(v, verbStart))) continue;
    if (v.ms.some((x) => x.start <= verbStart && verbStart < x.end)) continue;
    // "£5m came from X": the name after "from" gives, like a passive's agent.
    if (spec.rule === 'pledge.source') {
      cues.push({ start, end, text: m[0], kind: 'passive', spec, rule: spec.rule, status: g.modal ? 'pledged' : spec.past, modal: g.modal, aux: g.aux });
      continue;
    }
    // Phrasal verbs that are not giving: "giving up", "give in", "signed up for", "put off".
    // ("Buffett gave away $2.8 billion": giving away a sum is donating it.)
    const givenAway = /^\s+away\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|another|a\s+further|an?\s+(?:additional|extra|further))\s+)?$/i.exec(after.slice(0, Math.max(0, (v.money.find((x) => x.start >= end)?.start ?? end) - end)));
    if (/^\s+(?:up|in|away|way|back|out|off|on|forward)\b/i.test(after) && /^(?:giv|gave|sign|put|hand|send|sent|set|pay|paid|mak|made|step|boost|freez|froze)/i.test(verb) && !/\s(?:available|out)$/i.test(verb) && !/^\s+(?:up\s+to)\b/i.test(after) && !(givenAway && /^(?:giv|gave)/i.test(verb) && v.money.some((x) => x.start >= end))) continue;
    // A bare form ("supply", "pledges", "funds") without a modal or auxiliary is usually a noun
    // ("money supply rose", "loans to farmers"): it is a verb only right after its subject ("UK pledges £1bn").
    if (!g.modal && !g.aux && !/(?:ed|ing)$/i.test(verb) && !irregularPast(verb) && /^\s+of\b/i.test(after)) continue; // "the U.S. offer of wheat"
    // An -ing form alone is often an adjective ("a financing package", "lending rates"): it is a verb
    // after a preposition or conjunction ("by providing", "as well as pledging"), a comma, or its subject.
    // ("the cost of shipping food aid", "Bank lending dropped": a gerund or a compound noun.)
    // ("$200 million in financing", "£5m in funding": after a sum and "in", the -ing form is the noun the sum is of.)
    // ("66 mln dlrs in financing": the currency word may follow the number.)
    if (!g.modal && !g.aux && /ing$/i.test(verb) && /(?:[\d$€£¥]\S*|million|billion|mln|bln|bn|m)(?:\s+(?:dlrs?|dollars?|stg|sterling|pounds?|euros?|yen|marks|francs|crowns|kronor|lire|pesetas|guilders|ecus?|rupees|riyals|[A-Z]{3}))?\s+in\s+(?:\w+\s+)?$/i.test(t.slice(Math.max(0, verbStart - 40), verbStart))) continue;
    if (!g.modal && !g.aux && /ing$/i.test(verb) && !/(?:^|\b(?:by|after|before|while|in|for|from|besides|without|than|and|also|to|as\s+well\s+as|in\s+addition\s+to|who|which|that)|[,;:(—–-])\s*$/i.test(t.slice(0, verbStart).replace(TRAILING_ADV, '')) && !absoluteSubject(v, verbStart)) continue;
    if (!g.modal && !g.aux && !/(?:ed|ing)$/i.test(verb) && !irregularPast(verb) && !/^made(?:\s+available)?$/i.test(verb)) {
      // ("Japan, the biggest donor, provides $100m": a subject before an appositive.)
      // ("Britain will provide £10m and send tents": a bare verb after "and" shares the modal of the verb cue before it.)
      const prev = cues.length ? cues[cues.length - 1]! : undefined;
      const sharedModal = !!prev?.modal && /\band\s+$/i.test(before) && !/[;:.!?]/.test(t.slice(prev.end, verbStart));
      if (!sharedModal && !afterSubject(v, verbStart) && !/\b(?:he|she|it|they|we|i|who|which|that)\s*$/i.test(t.slice(0, verbStart).replace(TRAILING_ADV, '')) && !parentheticalSubject(t, v.ms, t.slice(0, verbStart).replace(TRAILING_ADV, ''))) continue;
    }
    if (/^provided$/i.test(verb) && /^\s+that\b/i.test(after)) continue; // "provided that"
    // Giving that is not giving anything: "given the go-ahead", "give credit to", "lend support".
    // ("provided financial support to": support of a stated kind is substance, not the idiom.)
    if (IDIOM_OBJECT.test(after) && !/^\s+(?:(?:the|an?|its|their|his|her|our|further|more|additional|extra|new|much-needed|vital)\s+)*(?:financial|humanitarian|economic|budget(?:ary)?)\s+support\b/i.test(after) && /^(?:giv|gave|grant|offer|lend|lent|extend|provid|pay|paid|send|sent|mak|made)/i.test(verb)) continue;
    if (spec.cls === 'announce' && /^\s+(?:(?:on|last|this|late|early)\s+\w+\s+)?that\b/i.test(after)) continue;
    let rule: RuleId = spec.rule;
    let personal = spec.personal;
    let noun: NounCue | undefined;
    // A light verb commits only through the noun after it: "made a £2m donation to the party".
    // "made $5m available for refugees": the money between the verb and "available" is made available.
    // (A decimal point is inside the sum: "make $1.5 billion available".)
    const available = spec.cls === 'make' && /^\s+(?:[^,;.]|[.,](?=\d)){1,40}?\s+available\b/i.exec(after);
    if (available && v.money.some((x) => x.start >= end && x.end <= end + available[0].length)) {
      spec = verbCue('made available')!;
      rule = spec.rule;
    } else if (spec.cls === 'make' && !(g.aux && /^\s+(?:(?:\w+ly|also|jointly)\s+)?by\s/i.test(after))) {
      // A sum is one modifier of the noun, however it is written: "a $5 million donation", "a USD 5 million
      // grant", "a Rs 500 crore loan" (money.ts has read it; its inner spaces are closed for the object pattern).
      const obj = LIGHT_VERB_OBJECT.exec(closeMoney(after, end, v.money));
      if (!obj) continue;
      noun = nounCue(/(\w+)(?:\s+to)?$/.exec(obj[0])![1]!);
      if (noun) {
        rule = noun.rule;
        personal = noun.personal;
      }
    }
    // Raising what one gives: "increasing its funding to the IDA", "will double its aid to Africa".
    // ("The US increased its pledge to $350m": its own commitment raised to a new total is that total.)
    if (spec.cls === 'raise' && !RAISED_TO_TOTAL.test(after) && !/^\s+(?:(?:its|their|his|her|our)\s+)?(?:(?!the\b|an?\b)[\w-]+\s+){0,2}?(?:aid|funding|assistance|contributions?|grants?|lending|loans?|donations?|support|pledges?|commitments?|financing)\s+(?:to|for)\s+(?![A-Z]{0,3}[$€£¥\d]|about|around|over|more|nearly|almost|some|up\s+to)/i.test(after)) continue;
    const isPast = /ed(?:\s+(?:in|out))?$/i.test(verb) || irregularPast(verb) || /^(?:made(?:\s+available)?|froze|frozen)$/i.test(verb) || (spec.cls === 'sign' && /^(?:inked|sealed|concluded|signed)$/i.test(verb));
    // A passive in the future is a commitment not yet carried out: "$200m will be provided" is pledged, "will be approved" planned.
    const passiveStatus: PledgeStatus = g.modal && /^(?:will|shall|['’]ll|to)$/i.test(g.modal) ? (spec.futureIsPlan ? 'planned' : 'pledged') : spec.past;
    // Passive with an agent: "approved by the World Bank".
    if (isPast && /^\s+(?:(?:\w+ly|also|jointly|in\s+\w+)\s+)?by\s/i.test(after) && !/^(?:is|are|was|were|been|be|being)$/i.test(g.modal ?? '')) {
      // "A $10m donation was made by X", "The loans had been made by First City": a light verb's passive
      // commits through the commitment noun that is its subject.
      if (spec.cls === 'make') {
        const subjectNoun = g.aux ? LIGHT_PASSIVE_SUBJECT.exec(t.slice(0, start)) : null;
        noun = subjectNoun ? nounCue(subjectNoun[1]!) : undefined;
        if (!noun) continue;
        spec = { ...spec, cls: 'give' };
        rule = noun.rule;
        personal = noun.personal;
      }
      cues.push({ start, end, text: m[0], kind: 'passive', spec, rule, status: passiveStatus, modal: g.modal, aux: g.aux, personal });
      continue;
    }
    // A reduced relative after its sum names its source with "from": "the £50 million originally allocated
    // from the Department for International Development" (read like "by").
    if (isPast && !g.aux && !g.modal && /^(?:give|approve|donate|lend|pledge)$/.test(spec.cls) && /^\s+(?:(?:\w+ly|also|in\s+\w+)\s+)?from\s/i.test(after) && v.money.some((x) => x.end <= verbStart && /^\s+(?:\w+ly\s+)?$/.test(t.slice(x.end, verbStart)))) {
      cues.push({ start, end, text: m[0], kind: 'passive', spec, rule, status: spec.past, personal });
      continue;
    }
    // Passive without an agent ("Uganda was given 15 years"): the subject received; giver only from "from".
    // A headline drops the "was": "SENEGAL PROMISED 1.8 BILLION DLRS AID".
    if (isPast && ((g.aux && /^(?:is|are|was|were|been|be|being)$/i.test(g.aux)) || (v.headline && !g.aux && !g.modal && /(?:ed|given|lent|sent)$/i.test(verb) && afterSubject(v, verbStart)))) {
      if (spec.cls === 'make') continue;
      cues.push({ start, end, text: m[0], kind: 'receive', spec, rule, status: passiveStatus, modal: g.modal, aux: g.aux, personal });
      continue;
    }
    let status: PledgeStatus;
    if (spec.cls === 'sign') status = isPast ? 'signed' : g.modal || /ing$/i.test(verb) ? 'planned' : 'signed';
    else if (isPast && !g.modal) status = g.aux && /^(?:has|have|had)$/i.test(g.aux) && spec.cls === 'pledge' ? 'pledged' : spec.past;
    // "will approve", "is to sign": a future approval or signature is planned, a future gift is pledged.
    else if (spec.cls === 'approve') status = g.modal && spec.futureIsPlan ? 'planned' : g.modal ? 'pledged' : 'approved';
    else status = 'pledged';
    if (spec.cls === 'pledge' || spec.cls === 'announce' || spec.cls === 'raise') status = 'pledged';
    if (spec.cls === 'make') spec = { ...spec, cls: 'give' };
    cues.push({ start, end, text: m[0], kind: 'active', spec, noun, rule, status, modal: g.modal, aux: g.aux, personal });
  }
  RECEIVE_CUE.lastIndex = 0;
  for (let m = RECEIVE_CUE.exec(t); m !== null; m = RECEIVE_CUE.exec(t)) {
    if (cues.some((c) => c.start < m!.index + m![0].length && m!.index < c.end)) continue;
    const past = /(?:ed|got)$/i.test(m[0]) || /^(?:has|have|had)\b/i.test(m[0]);
    // "a draft bill obtained by Reuters": obtained by someone, not received from them.
    if (/^\s+by\b/i.test(t.slice(m.index + m[0].length))) continue;
    // "extended a 1.7 mln dlr secured loan to X", "the secured creditors": a participle that modifies a noun is no verb.
    if (/^secured$/i.test(m[0]) && /(?:\b(?:a|an|the|its|their|his|her|our|new|fully|partly|partially)\s+|\d\s*|\b(?:dlrs?|mln|billion|million|bn|stg|yen|marks|francs)\s+|[$£€¥]\s*)(?:[\w-]+\s+)?$/i.test(t.slice(Math.max(0, m.index - 30), m.index))) continue;
    const borrow = /borrow\w*$/i.test(m[0]);
    if (borrow && !v.money.length) continue;
    cues.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'receive', rule: borrow ? BORROW_RULE : RECEIPT_RULE, status: past ? 'delivered' : 'pledged' });
  }
  NOUN_CUE.lastIndex = 0;
  for (let m = NOUN_CUE.exec(t); m !== null; m = NOUN_CUE.exec(t)) {
    if (cues.some((c) => c.start < m!.index + m![0].length && m!.index < c.end)) continue;
    const noun = nounCue(m[0])!;
    cues.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'nominal', noun, rule: noun.rule, status: 'pledged', personal: noun.personal });
  }
  return cues.sort((a, b) => a.start - b.start);
}

/**
 * A commitment noun without a sum of its own is a pledge only in the frames that name who gives and where it goes:
 * "aid from the European Union", "a loan from the IMF" (a name right after "from"), or "Japan's aid to Nepal",
 * "French aid to Chad" (an owner before the noun and a name right after "to"/"for"). Its item is the noun with a
 * kind-of-aid word before it ("military aid"). Not aid taken away or asked for ("cut aid from", "sought a loan from").
 */
// ("with assistance from X" is help; "gifts from God" a figure: assistance only with its kind, gifts not bare.)
const BARE_NOMINAL_HEAD = /^(?:aid|assistance|grants?|funding|loans?|donations?|bail-?outs?)$/i;
const BARE_KIND = /\b(humanitarian|military|financial|economic|food|emergency|development|medical|technical|budget(?:ary)?|reconstruction|relief|disaster|flood|earthquake|famine|refugee)\s+$/i;
const BARE_NOT_GIVEN = /\b(?:cut(?:s|ting)?|withdr[ae]w\w*|suspend\w*|halt\w*|stop\w*|block\w*|pull\w*|remov\w*|strip\w*|den(?:y|ies|ied|ying)|divert\w*|freez\w*|froze\w*|ban(?:s|ned|ning)?|barr?(?:ed|ing)|exclud\w*|repa(?:y|id|ying|yment)\w*|owe[sd]?|owing|default\w*|seek\w*|sought|ask\w*|request\w*|appeal\w*|appl(?:y|ies|ied|ying)|apply\w*|need\w*|want\w*|hop\w*|refus\w*|reject\w*|without|instead\s+of|rather\s+than)\b[^,;]*$/i;
function bareNominal(v: SentenceView, cue: Cue): { item: string } | undefined {
  const { t, ms } = v;
  // ("Acme said it entered into a new term loan agreement with Chemical Bank", "had executed a new revolving credit
  // agreement with the X Bank": a loan or credit agreement concluded with a named lender is its loan, without its sum.)
  if (/^(?:loans?|credits?)$/i.test(cue.text)) {
    const w = LOAN_AGREEMENT_WITH.exec(t.slice(cue.end));
    const lender = w ? ms.find((m) => m.start === cue.end + w[0].length && m.type === 'Organization' && LENDER_NAME.test(t.slice(m.start, m.end)) && !COMPANY.test(t.slice(m.start, m.end))) : undefined;
    const concluded = lender && /^(?:agreements?|arrangements?)\b/i.test(w![0].trim()) ? AGREEMENT_CONCLUDED.exec(t.slice(clauseStartBefore(t, cue.start), cue.start)) : null;
    if (concluded) return { item: `${concluded[1]!.replace(/^(?:new|amended|revised|restated)\s+/i, '')}${cue.text} ${w![0].trim().split(/\s+/)[0]}`.toLowerCase() };
  }
  if (!BARE_NOMINAL_HEAD.test(cue.text)) return undefined;
  if (BARE_NOT_GIVEN.test(t.slice(clauseStartBefore(t, cue.start), cue.start))) return undefined;
  const after = t.slice(cue.end);
  const nameRightAfter = (re: RegExp) => {
    const w = re.exec(after);
    return w ? ms.find((m) => m.start === cue.end + w[0].length && m.type !== 'Place') : undefined;
  };
  const from = nameRightAfter(/^\s+from\s+(?:the\s+)?/i);
  const owner = from ? undefined : ownerBefore(t, ms, cue.start);
  // ("Iran's funding of Hezbollah", "Saudi funding of extremist groups": funding names what it funds after "of" too, and
  // may fund a group.)
  const funding = /^funding$/i.test(cue.text);
  const to = owner ? nameRightAfter(/^\s+(?:to|for)\s+(?:the\s+)?/i) ?? (funding ? nameRightAfter(/^\s+of\s+(?:the\s+)?/i) : undefined) : undefined;
  const group = !!owner && !to && funding && FUNDING_OF_GROUP.test(after);
  if (!from && !(owner && ((to && to.entity !== owner.entity) || group))) return undefined;
  const kind = BARE_KIND.exec(t.slice(Math.max(0, cue.start - 20), cue.start));
  if (/^assistance$/i.test(cue.text) && !kind) return undefined;
  return { item: (kind ? `${kind[1]!.toLowerCase()} ` : '') + cue.text.toLowerCase().replace(/\s+/g, ' ') };
}

/** A sum with "the" before it that ends right before a verb's subject, or before "that"/"which" and the subject. */
function definiteSumBefore(v: SentenceView, subjectStart: number): LocalMoney | undefined {
  const { t } = v;
  return v.money.find((x) => x.end <= subjectStart && /^\s*(?:(?:that|which)\s+)?$/i.test(t.slice(x.end, subjectStart)) && /\bthe\s+$/i.test(t.slice(Math.max(0, x.start - 5), x.start)));
}

/** `after` (text from `offset` on) with the spaces inside each money span closed up, length kept. */
function closeMoney(after: string, offset: number, money: readonly { start: number; end: number }[]): string {
  let out = after;
  for (const x of money) {
    if (x.end <= offset || x.start - offset >= after.length) continue;
    const a = Math.max(0, x.start - offset), b = Math.min(after.length, x.end - offset);
    out = out.slice(0, a) + out.slice(a, b).replace(/\s/g, '_') + out.slice(b);
  }
  return out;
}

/** The commitment noun that ends the subject of a passive light verb: "A $10m donation [was made by]". */
// (The noun is the head of the subject: not "A complaint about the £2m loan [was made by]".)
const LIGHT_PASSIVE_SUBJECT = /(?:^|[,;:"“]\s*|\b(?:and|but|that|said|says)\s+)(?:(?!(?:of|about|for|on|to|from|by|with|in|over|against|into|after|before)\b)[^\s,;:]+\s+){0,6}?(donations?|gifts?|bequests?|contributions?|grants?|loans?|pledges?|commitments?)\s+(?:(?:has|have|had)\s+)?$/i;

/** A headline in title case: "UK Pledges £1bn To Vaccine Effort". */
function titleCase(t: string): boolean {
  const words = t.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.length > 0 && words.length <= 16 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6;
}

/** The name after "with" whose -ing verb starts at `at`: "with Japan contributing $10m" (an absolute construction). */
function absoluteSubject(v: SentenceView, at: number): LocalMention | undefined {
  const lead = v.t.slice(0, at).replace(TRAILING_ADV, '').trimEnd();
  // ("with HMV, Virgin and Woolworths all donating their profits": a quantifier may follow the names.)
  const end = lead.replace(/\s+(?:all|both|each|also|together)$/i, '').length;
  const m = [...v.ms].reverse().find((x) => x.end <= end);
  return m && m.end === end && m.type !== 'Place' && /\bwith\s+(?:the\s+)?$/i.test(v.t.slice(Math.max(0, coordinatedLeft(v.t, v.ms, m)[0]!.start - 12), coordinatedLeft(v.t, v.ms, m)[0]!.start)) ? m : undefined;
}

/** Whether a mention ends right before `at` (adverbs allowed between): "UK pledges", "France recently signed". */
function afterSubject(v: SentenceView, at: number): boolean {
  const lead = v.t.slice(0, at).replace(TRAILING_ADV, '').trimEnd();
  return v.ms.some((x) => x.end <= lead.length && /^(?:['’]s?)?$/.test(lead.slice(x.end)));
}

// ---------------------------------------------------------------- reading one cue

interface Resolved {
  giver: string;
  announcedBy?: string;
}

/** A giver found by the sentence's structure: a mention of the sentence, or an antecedent elsewhere. */
interface GiverRef {
  entity: string;
  type: EntityType;
  /** The name as printed where it was found (for an antecedent, in its own sentence). */
  name: string;
  /** The mention inside the sentence, when it is one (for titles around a person's name). */
  local?: LocalMention;
  /** Where an antecedent found elsewhere starts in the text (for the names coordinated with it). */
  start?: number;
  /** A US state or province that "the state" stands for: a place that gives. */
  region?: boolean;
}

const asRef = (m: LocalMention, t: string): GiverRef => ({ entity: m.entity, type: m.type, name: t.slice(m.start, m.end), local: m });

/** "Under the contract," / "under a 10-year supply contract": the clause states a party's side of a deal. */
const UNDER_CONTRACT = /\bunder\s+(?:the|a|an|its|their|this|that)\s+(?:[\w-]+\s+){0,3}contracts?\b/i;

function readCue(ctx: PledgeContext, v: SentenceView, cue: Cue, limitAt: number): Candidate[] {
  const { t } = v;
  // A commitment noun is read with an amount ("a $300m loan from X"), or without one when its giver and the way
  // it goes are named around it ("a loan from the World Bank", "Japan's aid to Nepal").
  if (cue.kind === 'nominal' && !v.money.length && !bareNominal(v, cue)) return [];
  const objectEnd = Math.min(limitAt, objectLimit(t, cue.end));
  // ("announced that ...", "announced on Monday it would ...": readObject would find no object, whoever the subject is.)
  if (cue.kind === 'active' && cue.spec?.cls === 'announce' && announcesNothing(v, cue, objectEnd)) return [];
  // Without an amount, an active verb needs something concrete after it (or nothing: "the aid Japan promised").
  // (Whatever is donated is a gift: "donated software to schools".)
  if (cue.kind === 'active' && !v.money.length && cue.rule !== 'pledge.match' && !OBJECT_HINT.test(t.slice(cue.end, objectEnd)) && !/donat|bequeath|gift/i.test(cue.text) && !/^\s*(?:[.,;:!?)]|$|(?:for|to|in|on|at|with|by|under|during|last|this|earlier|since)\b)/i.test(t.slice(cue.end)) && !(cue.spec?.cls === 'fund' && fundedWithoutSum(t, v.ms, cue))) return [];
  const clauseStart = clauseStartBefore(t, cue.start);
  const cls = cue.spec?.cls;

  // Status from the words around the cue.
  let status = cue.status;
  const near = t.slice(clauseStart, cue.start);
  // (Names are blanked: "Ban Ki-moon pledged", "Stopford gave" hold no negation.)
  const nearBare = v.bare.slice(clauseStart, cue.start);
  // A debt frozen or deferred is relief, not a halt: only the words before such a cue can negate it.
  // A reduced relative ("the debt freeze offered by the Paris Club") is negated only right before it, not by
  // its main clause ("no longer needs"); a debt freeze is relief, not a negation.
  const negatable = (cue.kind === 'passive' && !cue.aux ? nearBare.slice(-12) : cls === 'debt' ? nearBare : nearBare + cue.text).replace(/\bdebt\s+(?:freeze|moratorium)\b|\b(?:freeze|moratorium)\s+on\s+(?:debt|loan|(?:re)?payments?|interest)\w*/gi, '');
  if (NEGATION.test(negatable.slice(-70))) return [];
  // "convicted of sending letter bombs", "claimed he received money from": accusations, not commitments.
  if (ALLEGED.test(t.slice(Math.max(0, clauseStart - 40), cue.start))) return [];
  // ("The SEC alleged in a New York court last week that Sofer transferred": what an allegation reports, however far its verb.)
  if (/\balleg(?:e|es|ed|ing)\b[^.;:]*\bthat\b/i.test(t.slice(0, cue.start))) return [];
  // ("Under the contract, the company will provide missiles to the Navy": what a contract binds a party to deliver is a sale.)
  if (UNDER_CONTRACT.test(t.slice(0, cue.start))) return [];
  // ("the repayment of a one billion dlr loan by the late Shah": a loan repaid is a debt, its payer no lender.)
  if (cue.kind === 'nominal' && /\brepay\w*\s+(?:of\s+)?(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[^\s,;]+\s+){0,5}$/i.test(t.slice(Math.max(0, cue.start - 60), cue.start))) return [];
  // "would have provided", "could have given": what did not happen.
  if (cue.modal && /^(?:would|could|might|should|must)$/i.test(cue.modal) && /^(?:have|had)$/i.test(cue.aux ?? '')) return [];
  // "... offer of subsidized wheat was rejected", "the loan, which was later cancelled".
  if (UNDONE.test(t.slice(cue.end))) return [];
  // The giver of an active verb comes first: the object of "a facility the bank agreed to provide" is before it.
  let subject: Subject | undefined;
  if (cue.kind === 'active') subject = activeSubject(ctx, v, cue, clauseStart);

  // Business transactions are not pledges.
  const scopeStart = subject?.scopeStart ?? Math.max(0, clauseStart - 40);
  const fullEnd = Math.max(objectEnd, objectLimit(t, cue.end));
  const scope = t.slice(scopeStart, objectEnd);
  const wide = t.slice(scopeStart, fullEnd);
  const wideBare = v.bare.slice(scopeStart, fullEnd);

  // The object: amount, quantity, item, recipient, purpose.
  const obj = readObject(ctx, v, cue, objectEnd, clauseStart, subject?.phraseStart);
  if (!obj) return [];
  // (The status words and the business test are read only for a cue with an object: most cues have none, and
  // neither reading depends on the object, nor the object on them.)
  const windowStart = Math.max(0, clauseStart - 40);
  // (A reduced relative's status is its own: "needs the debt freeze offered by X" is an offer made.)
  // ("Under the plan, $200m will be provided": the programme a commitment is made under is not a plan of it.)
  const around = (cue.kind === 'passive' && !cue.aux ? t.slice(Math.max(0, cue.start - 12), cue.start) : t.slice(windowStart, cue.start)).replace(/\bunder\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,3}?plans?\b/gi, '');
  if (CONDITIONAL.test(t) || (cue.modal && CONDITIONAL_MODAL.test(cue.modal))) status = 'conditional';
  else if (cue.kind === 'nominal' && REQUESTED.test(t.slice(0, cue.start))) status = 'requested';
  // ("Congress would have to provide some money": the "to" of "have to" is the cue's own.)
  // ("Smith had to lend his campaign $500,000 last month": a past obligation was met.)
  else if (/^to$/i.test(cue.modal ?? '') && /(?:^|[\s,])had\s*$/i.test(around) && !/\b(?:would|could|might|should|will|may|must|not|never)\s+(?:have\s+)?had\s*$/i.test(around)) status = 'delivered';
  else if (REQUESTED.test(around) || (cue.modal && /^(?:should|must)$/i.test(cue.modal)) || (/^to$/i.test(cue.modal ?? '') && /\b(?:have|has|had)\s*$/i.test(around))) status = 'requested';
  else if (PLANNED.test(around) || /^\s+in\s+principle\b/i.test(t.slice(cue.end))) status = 'planned';
  // A noun's predicate comes after it: "a World Bank loan of 200 mln dlrs ... was likely to be agreed".
  else if (cue.kind === 'nominal' && /\b(?:(?:was|were|is|are|be)\s+(?:\w+ly\s+)?(?:likely|unlikely|expected|due|set|scheduled|planned|proposed|sought|requested|under\s+discussion|being\s+negotiated)|would\s+be|would\s+have\s+been|eligible|will\s+be\s+(?:discussed|considered|negotiated)|may(?!\s+\d)(?<!\b(?:in|last|this|next|since|until|till|by|early|late|mid|of|from|through|during|before|after)[\s-]+may)|might|could)\b|^\s+(?:of\s+\S+\s+\S+\s+)?(?:expected|proposed|requested|planned|sought|hoped[\s-]for)\b/i.test(t.slice(cue.end))) status = 'planned';

  const business = (BUSINESS.test(wideBare) && !AID_STRONG.test(wide)) || (FISCAL_STATS.test(wideBare) && !AID_STRONG.test(wide) && !LENDING.test(wideBare));
  if (cue.kind === 'nominal' && !obj.amount) cue = { ...cue, rule: 'pledge.noun.bare' };
  if (obj.status) status = status === 'pledged' || status === 'approved' ? obj.status : status;
  // "approved an ambitious proposal calling for ...", "agreed a plan": approving a plan is not yet a pledge.
  if (isCommitted(status) && /^(?:approve|agree|sign|announce)$/.test(cls ?? '') && /^\s+(?:(?:on|to)\s+)?(?:an?|the|its|their)?\s*(?:[\w-]+\s+){0,2}(?:proposals?|plans?|bills?|requests?|laws?|legislation|budgets?|motions?|resolutions?|measures?|framework|outline|guidelines|principles?|protocols?\s+of\s+intent|letters?\s+of\s+intent)\b/i.test(t.slice(cue.end))) status = 'planned';
  // "has promised to ask Congress for 910 mln dlrs", "agreed to consider": a step towards a pledge.
  if (isCommitted(status) && /^\s+to\s+(?:ask|seek|request|try|consider|study|discuss|examine|review|look\s+into|explore|negotiate|work\s+towards?)\b/i.test(t.slice(cue.end))) status = 'planned';
  if (status === 'pledged' && /\bagree(?:d|s)?\b/i.test(near)) status = 'approved';
  // A budget, a tax or a spending total is statistics unless it goes somewhere: a recipient or a purpose.
  const budgetOnly = FISCAL_BUDGET.test(wideBare) && !AID_STRONG.test(wide) && !LENDING.test(wideBare) && !obj.recipients.length && !obj.purpose;

  // "signed an agreement to borrow 150 billion yen from X": the subject receives.
  const kind = cue.kind === 'active' && /\bto\s+(?:borrow|receive|obtain|get|raise)\b/i.test(t.slice(cue.end, objectEnd)) ? 'receive' : cue.kind;

  // The giver.
  let giverRefs: GiverRef[] = [];
  let recipients: LocalMention[] = obj.recipients;
  if (cue.kind === 'passive') {
    // ("approved by the board of the Asian Infrastructure Investment Bank": the body its board acts for.)
    const by = cue.rule === 'pledge.source' ? /^\s+(?:the\s+)?/.exec(t.slice(cue.end)) : /^\s+(?:(?:\w+ly|also|jointly|in\s+\w+)\s+)?(?:by|from)\s+(?:the\s+)?(?:(?:(?:executive|governing|supervisory)\s+)?(?:board|directors|governors)(?:\s+of\s+(?:executive\s+)?(?:directors|governors))?\s+of\s+(?:the\s+)?)?/i.exec(t.slice(cue.end));
    const at = cue.end + (by ? by[0].length : 0);
    // ("donated by billionaire X", "came from local businessman X", "by Lord X": lower-case words describing a person,
    // or a title the name leaves out, come between the agent's preposition and the name, as in fromMention.)
    const first = v.ms.find((m) => m.start >= at && m.start <= at + 2) ?? v.ms.find((m) => m.start > at && m.type === 'Person' && /^(?:(?:[\p{Ll}-]+|(?:Lord|Lady|Sir|Dame|Baroness|Baron|Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.?)\s+){1,3}$/u.test(t.slice(at, m.start)) && !FROM_PHRASE_ENDS.test(t.slice(at, m.start)));
    // "granted by the Swedish finance companies": the agent is the companies, not Sweden.
    if (first && !NON_STATE_HEAD.test(t.slice(first.end, first.end + 60)) && !partOfOtherName(t, first)) giverRefs = coordinatedRight(t, v.ms, first).map((m) => asRef(m, t));
  } else if (kind === 'receive' || kind === 'nominal') {
    const from = fromMention(t, v.ms, cue.end, objectEnd) ?? (kind === 'receive' ? lenderUnderAgreement(t, v.ms, cue.end, fullEnd) ?? (cue.rule === BORROW_RULE ? partnerToBorrow(t, v.ms, cue.start) : undefined) : undefined);
    if (from) giverRefs = coordinatedRight(t, v.ms, from).map((m) => asRef(m, t));
    else {
      const own = obj.ownerBefore ?? (cue.kind === 'nominal' ? ownerBefore(t, v.ms, cue.start) : undefined);
      // "French aid" is aid from France, but "Brazilian loans" are loans to Brazil: for loans and
      // credits only a possessive or an organization names the lender ("Japan's loan", "World Bank loan").
      const lenderNoun = cue.noun?.lender || /\b(?:loans?|credits?|financing)\b/i.test(obj.item ?? cue.text);
      // A nominal in the object of a verb that commits ("PLEDGE 3.15 BILLION DLRS INDONESIAN AID") is read through that verb.
      // ("The Commission approved a British government aid package": an approver is not the giver of aid that names its own.)
      const governed = cue.kind === 'nominal' && v.money.length > 0 && /\b(?:pledg|promis|agree|grant|give|gave|provid|offer|extend|sign)\w*\b(?:[^,;.]|[.,](?=\d))*$/i.test(t.slice(clauseStart, cue.start)) && !/\bapprov\w*\s+(?:an?\s+|the\s+)?[^,;.]*$/i.test(t.slice(clauseStart, cue.start));
      // A possessive lends only with a borrower named after it ("Japan's loan to Kenya"); "Mexico's loan package" is Mexico's debt.
      const possessive = /^['’]/.test(t.slice(own?.end ?? 0, (own?.end ?? 0) + 1)) || (!!own && /['’]s?$/.test(t.slice(own.start, own.end)));
      // "Kenya's $1.2bn loan agreement with the IMF": a loan agreed with a lending body is that body's, lent to the owner.
      const agreedWith = lenderNoun ? LOAN_AGREEMENT_WITH.exec(t.slice(cue.end, objectEnd)) : null;
      const lenderPartner = agreedWith ? v.ms.find((m) => m.start === cue.end + agreedWith[0].length && m.type === 'Organization' && LENDER_NAME.test(t.slice(m.start, m.end)) && !COMPANY.test(t.slice(m.start, m.end))) : undefined;
      if (lenderPartner && !governed) {
        const lenders = coordinatedRight(t, v.ms, lenderPartner);
        giverRefs = lenders.map((m) => asRef(m, t));
        // ("Tylan said it renewed its credit agreement with X": the possessive pronoun names the borrower.)
        const pronoun = own ? undefined : possessivePronounBefore(t, cue.start);
        const pronounKind = pronoun ? anaphorKind(pronoun.subject) : undefined;
        const borrower = pronoun && pronounKind ? resolveAnaphor(ctx, v, clauseStart, pronoun.at, pronoun.subject, pronounKind)?.local : undefined;
        recipients = own && own.type !== 'Place' ? [own] : borrower && !lenders.some((m) => m.entity === borrower.entity) ? [borrower] : recipients.filter((r) => !lenders.some((m) => m.entity === r.entity));
        cue = { ...cue, rule: 'pledge.noun.loan.agreement' };
      }
      if (own && !governed && !lenderPartner && (!lenderNoun || (own.type === 'Organization' && LENDER_NAME.test(t.slice(own.start, own.end))) || (possessive && (obj.recipients.length > 0 || LENDER_NAME.test(t.slice(own.start, own.end)))))) giverRefs = [asRef(own, t)];
      // "Acme said its $4m contribution to the Red Cross ...", "its last loan of $30m was made to Laos": a
      // possessive pronoun before the noun is its antecedent's (the speaker of "said", else the nearest
      // fitting name), held to the possessive's terms (a loan needs a borrower or a lending body).
      if (!giverRefs.length && !own && cue.kind === 'nominal' && !governed && !lenderPartner) {
        const pronoun = possessivePronounBefore(t, cue.start);
        const kindOf = pronoun ? anaphorKind(pronoun.subject) : undefined;
        const g = pronoun && kindOf ? resolveAnaphor(ctx, v, clauseStart, pronoun.at, pronoun.subject, kindOf) : undefined;
        if (g && !obj.recipients.some((r) => r.entity === g.entity) && (!lenderNoun || obj.recipients.length > 0 || (g.type === 'Organization' && LENDER_NAME.test(g.name)))) {
          giverRefs = [g];
          cue = { ...cue, rule: 'pledge.noun.possessive' };
        }
      }
      // "The latest donation follows a £2.5m gift to the party in 2003": a commitment compared with the one
      // just reported is the same giver's earlier one.
      // (Only when the subject is the same kind of commitment: "This aid" does not follow up a debt freeze.)
      const follows = cue.kind === 'nominal' && v.previous ? FOLLOWS_EARLIER.exec(t.slice(0, cue.start)) : null;
      const subjectKind = follows ? commitmentKind(follows[1]!) : undefined;
      // "The fund, coupled with an additional 100 mln dlrs in food aid, would ...": a sum said to be added,
      // with no name before it in its sentence, is the giver's whose commitment was just reported.
      // (The sentence's text has its line breaks as spaces: "100 mln\ndlrs" in hard-wrapped wire copy.)
      const amountAt = obj.amount ? t.indexOf(obj.amount.text.replace(/\s/g, ' ')) : -1;
      const added = amountAt >= 0 && /\b(?:additional|further|extra)\s+$/i.test(t.slice(Math.max(0, amountAt - 20), amountAt));
      if (!giverRefs.length && cue.kind === 'nominal' && !governed && added && v.previous && v.s.start - v.previous.at < 600 && !v.ms.some((m) => m.start < cue.start && m.type !== 'Place')) {
        const prev = ctx.mentions.find((m) => m.entity === v.previous!.giver);
        if (prev) {
          giverRefs = [{ entity: prev.entity, type: prev.type, name: ctx.text.slice(prev.start, prev.end) }];
          cue = { ...cue, rule: 'pledge.noun.added' };
        }
      }
      // "One power project will be supported by a 485 mln dlr loan, the bank said": a loan or a grant
      // with its sum and no giver named is the lending body's that reports it.
      // (Only a loan introduced as new, "a 485 mln dlr loan"; "1.3 billion dlrs in loans to Brazil", "cancelled 450 mln dlrs
      // in loan commitments", "repaid 5.5 billion francs of credit" are a book, a total or something undone.)
      const introduced = amountAt >= 0 && /\ban?\s+(?:(?:new|further|additional|fresh|separate|second)\s+)?$/i.test(t.slice(Math.max(0, amountAt - 20), amountAt));
      if (!giverRefs.length && cue.kind === 'nominal' && !governed && introduced && !/\b(?:cancel\w*|repa(?:y|id|ying|yments?)|paid\s+back|swap\w*|classif\w*|bonds?|notes|total(?:led|ed|s)?)\b/i.test(t) && /^(?:loans?|credits?|grants?|credit\s+lines?|lines?\s+of\s+credit)$/i.test(cue.text)) {
        const body = namedReportingBody(ctx, v, clauseStart);
        if (body && body.type === 'Organization' && LENDER_NAME.test(body.name) && !COMPANY.test(body.name) && !obj.recipients.some((r) => r.entity === body.entity)) {
          giverRefs = [body];
          cue = { ...cue, rule: 'pledge.noun.said' };
        }
      }
      if (!giverRefs.length && follows && (subjectKind === 'any' || (subjectKind && subjectKind === v.previous!.kind))) {
        const prev = ctx.mentions.find((m) => m.entity === v.previous!.giver);
        if (prev) {
          giverRefs = [{ entity: prev.entity, type: prev.type, name: ctx.text.slice(prev.start, prev.end) }];
          cue = { ...cue, rule: 'pledge.noun.earlier' };
        }
      }
      // "The IMF and Egypt reached agreement on a $1.5bn standby loan": of the parties that agreed on
      // or signed a loan, the lending body lends and the others borrow.
      if (!giverRefs.length && cue.kind === 'nominal' && lenderNoun && obj.amount && /\b(?:reached|signed|concluded|finali[sz]ed|agreed)\b[^,;]*$/i.test(t.slice(clauseStart, cue.start))) {
        const verbAt = clauseStart + /\b(?:reached|signed|concluded|finali[sz]ed|agreed)\b/i.exec(t.slice(clauseStart, cue.start))!.index;
        const last = [...v.ms].reverse().find((m) => m.end <= verbAt && m.start >= clauseStart && /^\s*$/.test(t.slice(m.end, verbAt).replace(TIME_BETWEEN, ' ').replace(TRAILING_ADV, '')));
        const parties = last ? coordinatedLeft(t, v.ms, last) : [];
        const lenders = parties.filter((m) => m.type === 'Organization' && LENDER_NAME.test(t.slice(m.start, m.end)) && !COMPANY.test(t.slice(m.start, m.end)));
        if (lenders.length && lenders.length < parties.length) {
          giverRefs = lenders.map((m) => asRef(m, t));
          if (!obj.recipients.length) recipients = parties.filter((m) => !lenders.includes(m));
        }
      }
    }
    if (kind === 'receive') {
      const subj = subjectBefore(t, v.ms, clauseStart, cue.start);
      // ("Acme said it obtained a loan from X": a pronoun or a description that receives is its antecedent.)
      const anaphor = subj || cue.rule === 'pledge.fund.create' ? undefined : anaphorSubject(ctx, v, clauseStart, cue.start);
      // ("a $500m Development Fund will be set up": what is set up is created, not a recipient.)
      if (subj && cue.rule !== 'pledge.fund.create') recipients = coordinatedLeft(t, v.ms, subj);
      else if (anaphor?.refs.length && giverRefs.length && !anaphor.refs.some((r) => giverRefs.some((g) => g.entity === r.entity))) {
        recipients = anaphor.refs.map((r) => ({ start: anaphor.phraseStart, end: anaphor.phraseStart, entity: r.entity, type: r.type }));
        cue = { ...cue, rule: 'pledge.receipt.anaphor' };
      }
      // "He announced that 91m naira had been earmarked for ...": a passive without an agent or a
      // receiving subject is the announcer's commitment.
      else if (!giverRefs.length && cue.kind === 'receive' && (cls === 'approve' || cls === 'donate' || cls === 'pledge') && obj.amount) {
        const announcer = announcerOf(ctx, v, clauseStart);
        if (announcer) giverRefs = [announcer];
      }
      // "A total of 5 billion soles is earmarked for irrigation, the government said": an agentless
      // passive allocation reported by a state (named, by its demonym, or "the government ...") is that state's.
      if (!giverRefs.length && !subj && cue.kind === 'receive' && cls === 'approve' && obj.amount) {
        const state = reportingState(ctx, v);
        // (The reporter is no recipient: "for irrigation, the government said".)
        const others = state ? recipients.filter((r) => !(state.local && r.start === state.local.start)) : recipients;
        if (state && !others.some((r) => r.entity === state.entity)) {
          recipients = others;
          giverRefs = [state];
          cue = { ...cue, rule: 'pledge.passive.said' };
        }
      }
      // "Under the new program, a $500m fund will be set up": a passive without an agent under a
      // programme is the commitment of the programme's owner, named where the programme was.
      if (!giverRefs.length && cue.kind === 'receive' && obj.amount && cls !== 'pay' && cls !== 'debt') {
        const owner = programOwner(ctx, v);
        if (owner && !recipients.some((r) => r.entity === owner.entity)) giverRefs = [owner];
      }
      // "Jordan will receive two loans totalling $96m ..., the World Bank said": a loan, a grant or aid
      // received from no one named is the lending body's that reports it.
      if (!giverRefs.length && obj.amount && /\b(?:loans?|credits?|grants?|aid|assistance|financing)\b/i.test(v.bare.slice(clauseStart, objectEnd))) {
        const body = namedReportingBody(ctx, v, clauseStart);
        // (A lender or a state: "Sudan has received $20m in aid, the United Nations said" reports others' aid.)
        if (body && !recipients.some((r) => r.entity === body.entity) && (body.type === 'Country' || (body.type === 'Organization' && LENDER_NAME.test(body.name) && !COMPANY.test(body.name)))) {
          giverRefs = [body];
          cue = { ...cue, rule: 'pledge.receipt.said' };
        }
      }
    }
  } else if (subject) {
    giverRefs = subject.givers;
    // "agreed with Gabon to reschedule": the partner is the recipient.
    if (!recipients.length) {
      const w = v.ms.find((m) => m.start >= clauseStart && m.end <= cue.start && WITH_BEFORE.test(t.slice(Math.max(0, m.start - 12), m.start)) && /\bagree|\bsign|\bdeal|\baccord/i.test(t.slice(clauseStart, cue.end)));
      if (w) recipients = [w];
    }
  }

  // "Pemex signed for a 500 mln dlr loan from the Export-Import Bank of Japan": the lender is after "from".
  if ((cls === 'sign' || cls === 'agree') && /\b(?:loan|credit|financing)s?\b/i.test(t.slice(cue.end, objectEnd))) {
    const lender = fromMention(t, v.ms, cue.end, objectEnd);
    // ("X has signed for a 26.5 mln dlr Italian buyers' credit": who signs for a credit borrows it; with no lender named there is no giver.)
    if (!lender && cls === 'sign' && /^\s+for\s/i.test(t.slice(cue.end)) && /\b(?:loans?|credits?|financing|facilit(?:y|ies))\b/i.test(t.slice(cue.end, fullEnd))) return [];
    if (lender && giverRefs.every((g) => g.entity !== lender.entity)) {
      if (!recipients.length) recipients = giverRefs.flatMap((g) => (g.local ? [g.local] : []));
      giverRefs = coordinatedRight(t, v.ms, lender).map((m) => asRef(m, t));
    }
  }
  // "The Philippines and the World Bank have signed a 300 mln dlr loan": the bank lends, the other borrows.
  let lenderSigned = false;
  if (cls === 'sign' && /\b(?:loan|credit|financing)s?\b/i.test(t.slice(cue.end, objectEnd)) && giverRefs.length > 1) {
    const lenders = giverRefs.filter((g) => g.type === 'Organization' && /\b(?:bank|fund|monetary|finance|financial|lending|credit|development)\b/i.test(g.name));
    if (lenders.length && lenders.length < giverRefs.length) {
      recipients = giverRefs.filter((g) => !lenders.includes(g)).flatMap((g) => (g.local ? [g.local] : []));
      giverRefs = lenders;
      lenderSigned = true;
    }
  }
  // A loan agreement signed with no named partner ("Netherlands has signed a 3.28 billion yen loan
  // agreement"): the signer is as likely the borrower as the lender.
  if (cls === 'sign' && /\b(?:loan|credit|borrowing)s?\b/i.test(obj.item ?? t.slice(cue.end, objectEnd)) && !recipients.length) return [];
  // "China has signed a loan agreement with the World Bank": the bank lends.
  // "South Korea signed with Japan for a 44.6 billion yen credit facility": the partner lends.
  // (Not when the signer is the lender: "The Export-Import Bank of Japan signed a loan agreement with Mexico".)
  // (Nor when a body signs with a country: "JICA signed a loan agreement with Vietnam" lends to it.)
  const bodyWithCountry = recipients.length === 1 && recipients[0]!.type === 'Country' && giverRefs.every((g) => g.type === 'Organization');
  if (cls === 'sign' && !lenderSigned && !bodyWithCountry && /\b(?:loan|credit|borrowing)s?\b/i.test(t.slice(cue.end, objectEnd)) && !fromMention(t, v.ms, cue.end, objectEnd) && recipients.length === 1 && giverRefs.length > 0 && giverRefs.every((g) => g.local) && !(giverRefs.every((g) => LENDER_NAME.test(g.name)) && !LENDER_NAME.test(t.slice(recipients[0]!.start, recipients[0]!.end)))) {
    [giverRefs, recipients] = [recipients.map((m) => asRef(m, t)), giverRefs.map((g) => g.local!)];
  }
  // "Jamaica concluded a 125.5 mln dlr rescheduling accord with the Paris Club": a debt agreement
  // signed with a creditor body relieves the signer; the body gives. (A state signing with another
  // state keeps its reading: either may be the creditor.)
  if (cls === 'sign' && recipients.length === 1 && recipients[0]!.type === 'Organization' && CREDITOR_NAME.test(t.slice(recipients[0]!.start, recipients[0]!.end)) && /\b(?:reschedul\w*|restructur\w*|debt\s+relief|moratorium)\b/i.test(t.slice(cue.end, objectEnd)) && giverRefs.length > 0 && giverRefs.every((g) => g.local && !CREDITOR_NAME.test(g.name))) {
    [giverRefs, recipients] = [recipients.map((m) => asRef(m, t)), giverRefs.map((g) => g.local!)];
    cue = { ...cue, rule: 'pledge.sign.creditor' };
  }

  // An agreement or deal is a commitment between named parties ("signed agreements with Ukraine",
  // "X and Y signed the deal"); "agreed a new deal with adidas" is not.
  const agreementItem = !obj.amount && obj.quantity === undefined && !!obj.item && AGREEMENT_NOUNS.has(singularWord(lastWord(obj.item))) && !/\b(?:loan|credit|grant)s?(?:\s+agreements?)?$/i.test(obj.item);
  if (agreementItem && !recipients.length && new Set(giverRefs.map((m) => m.entity)).size < 2 && !AID_STRONG.test(scope)) return [];
  if (agreementItem && TRADE_AGREEMENT.test(obj.item!) && !AID_STRONG.test(scope)) return [];
  // Commodities supplied without an aid word are trade: "offered to supply 120,000 barrels of fuel oil a month"
  // (but not from a relief body: "the World Food Programme will deliver 5,000 tonnes of rice").
  if (cue.spec && !giverRefs.some((g) => RELIEF_BODY.test(g.name)) && /^(?:suppl|deliver|ship|export|sell|offer)/i.test(cue.text.replace(/^.*\s/, '')) && /\b(?:barrels?|crude|oil|gas|lng|coal|ore|steel|copper|alumin(?:i)?um|tonnes?|tons?|cars?|vehicles?|aircraft|planes?|jets?|rice|wheat|maize|corn|sugar|cocoa|coffee|grain|soy\w*|cotton|rubber|palm)\b/i.test(`${obj.item ?? ''} ${t.slice(cue.end, objectEnd)}`) && !AID_STRONG.test(t) && !HUMANITARIAN_RECIPIENT.test(t.slice(cue.end, objectEnd)) && !/lend|loan|donat|give|gave|grant/i.test(cue.text)) return [];
  // "provided the money market with 37 mln stg assistance": a central bank's market operations.
  if (MARKET_OPERATION.test(t.slice(cue.start, fullEnd))) return [];
  // A loan, a credit line or financing is lent whatever it pays for: "a credit line to the Soviet
  // Union to pay for Italian imports", "bridge financing for the bid".
  const lendingObject = (cls === 'lend' || !!cue.noun?.lender || /\b(?:loans?|(?<!tax\s)credits?(?!\s+cards?)|credit\s+lines?|lines?\s+of\s+credit|financing|facilit(?:y|ies)|bridg(?:e|ing)\s+(?:loans?|financing|facilit(?:y|ies)))\b/i.test(`${obj.item ?? ''} ${v.bare.slice(cue.start, objectEnd)}`)) && !LOAN_BOOK.test(v.bare.slice(scopeStart, fullEnd));
  // "received its first order from China": an order or a contract is trade, whatever it is for.
  if (cls !== 'donate' && !cue.personal && !lendingObject && TRADE_OBJECT.test(t.slice(cue.end, Math.min(objectEnd, (firstMoney(v, cue.end, objectEnd)?.end ?? objectEnd) + 40)))) return [];
  // "offered 220 mln dlrs for Harper and Row": a price bid for a company.
  if (cls === 'pledge' && /^offer/i.test(cue.text.replace(/^.*\s/, '')) && obj.amount && /\bfor\s+(?:the\s+)?\p{Lu}/u.test(t.slice(cue.end, objectEnd)) && !AID_STRONG.test(t)) return [];
  // "announced he will seek 2.5 billion dlrs": what is announced is a clause of its own.
  if (cls === 'announce' && /^\s+(?:(?:on|last|this)\s+\w+\s+)?(?:that\s+)?(?:he|she|it|they|we|i)\s+/i.test(t.slice(cue.end))) return [];
  // "the Commission approved a British government aid package": the approver is not the giver of
  // an object that names its own ("British government aid", "Japan's loan").
  // ("granted Tunisia a loan of $500m": the indirect object is the borrower, not the owner.)
  if (cls === 'approve' && cue.kind === 'active' && obj.item && v.ms.some((m) => m.start >= cue.end && m.end <= objectEnd && m.type !== 'Place' && !obj.recipients.some((r) => r.start === m.start) && /^(?:['’]s?)?\s+(?:[\p{Ll}-]+\s+){0,3}(?:aid|assistance|loans?|credits?|grants?|package|donations?)\b/iu.test(t.slice(m.end, m.end + 50)))) return [];
  // "extended a loan", not "extended its bid" or "the maturity".
  // ("decided to extend emergency relief goods to Nepal": relief is extended like aid.)
  if (cue.spec?.lendsOnly && !/\b(?:loans?|credits?|lines?|facilit(?:y|ies)|aid|assistance|grants?|financing|guarantees?|support|relief\s+(?:goods|supplies|items|materials))\b/i.test(`${obj.item ?? ''} ${t.slice(cue.end, objectEnd)}`) && (cue.spec.loanWord || !(obj.amount && (obj.recipients.length || /^\s*(?:[^,;]*?)\bto\s+(?:the\s+)?\S/i.test(t.slice(t.indexOf(obj.amount.text, cue.end) + obj.amount.text.length, objectEnd)))))) return [];
  // "provided 37 mln stg assistance", "gave 1,145 billion pesetas assistance": a bank's money-market help.
  // ("lent Ecuador 50 mln dlrs to help rebuild roads" is a purpose, not that help.)
  if (obj.amount && /^\s+(?:of\s+)?(?!to\s)(?:\w+\s+)?(?:assistance|help)\b/i.test(t.slice(t.indexOf(obj.amount.text, cue.end) + obj.amount.text.length)) && giverRefs.some((g) => /\bbank\b/i.test(g.name))) return [];
  // "made its contribution to economic stability": a contribution without a sum is money only when it goes to someone or says so.
  if (!obj.amount && /\bcontributions?$/i.test(obj.item ?? '') && !obj.recipients.length && !/\b(?:financial|cash|aid|monetary|charitable|sizable|sizeable|substantial|undisclosed|unspecified|generous)\b/i.test(obj.item!)) return [];
  // "approved and sent to the House a spending budget": bills go to legislatures, not as gifts.
  if (/\b(?:sent|send|sends|sending|submitted|forwarded)\s+(?:it\s+)?to\s+(?:the\s+)?(?:full\s+)?(?:House|Senate|Congress|Parliament|Assembly|committee)\b/.test(t.slice(cue.start, objectEnd))) return [];
  // "the amendments would increase funding": a raise that would happen is a proposal.
  // ("Blair said the UK would double its aid to £100m" reports a decision: "would" after a verb of saying is its future.)
  if (cls === 'raise' && /^(?:would|could|might|may)$/i.test(cue.modal ?? '') && !(/^would$/i.test(cue.modal ?? '') && SPEECH_VERB.test(t.slice(0, clauseStart)))) return [];
  // "approved five pct more new loans": a statistic about lending.
  if (/\b(?:pct|percent|per\s+cent)\b|%/i.test(obj.item ?? '')) return [];
  // "the loan loss reserve", "loans outstanding": a bank's book, whatever the verb.
  if ((cue.noun?.lender || lendingObject) && LOAN_BOOK.test(v.bare.slice(scopeStart, fullEnd))) return [];
  // "released a new phone": some verbs commit only money.
  if (cue.spec?.moneyOnly && !obj.amount && !/\b(?:aid|funds?|funding|loans?|tranches?|grants?|money|cash|credits?|assistance)$/i.test(obj.item ?? '')) return [];
  // "will match public donations up to £5m": matching commits only against what others give.
  if (cue.rule === 'pledge.match' && !/^\s+(?:(?:all|any|every|the|public|private|individual|its|their)\s+){0,2}(?:donations?|contributions?|gifts?|(?:funds?|money|amounts?|sums?)\s+raised|(?:pound|dollar|euro)\s+for\s+(?:pound|dollar|euro)|every\s+(?:[\w-]+\s+)?(?:dollar|pound|euro)s?\s+(?:donated|given|raised))\b/i.test(t.slice(cue.end))) return [];
  // A deposit supports a state only in its central bank ("deposited $2bn in Egypt's central bank"); the bank's state receives it.
  if (cue.rule === 'pledge.deposit') {
    const bank = /\b(?:in|into|with|at)\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,3}?central\s+bank\b/iu.exec(t.slice(cue.end, fullEnd));
    if (!bank) return [];
    const state = v.ms.find((m) => m.type === 'Country' && m.start >= cue.end + bank.index! && m.end <= cue.end + bank.index! + bank[0].length + 30);
    if (state && !recipients.length) recipients = [state];
  }
  // Money without a figure is a pledge only when it goes to someone or something: "committed an
  // undisclosed sum to the project", not "a man offered money", "departments get their money from".
  // ("The rebels are funded by Qatar": the subject of the passive is what the funding goes to.)
  // ("Hamas receives money from Iran", "received funding from the Gates Foundation": money received from a named giver,
  // unless it is the receiver's own -- "get their money from the Treasury"; "Iran's funding of Hezbollah": bareNominal
  // has found its giver and where it goes; "their funding from the EU" may be their own; "The money was provided by
  // Japan": the passive of a verb of giving with its named agent; "provided the rebels with cash": money handed to a
  // described party goes to someone, named or not.)
  const receivedFromNamed = cue.kind === 'receive' && !cue.spec && giverRefs.length > 0 && RECEIVED_FROM_NAMED.test(t.slice(cue.end, objectEnd));
  // ("gave gifts of cash to the charity": a gift of money is a gift, whoever gets it.)
  if (!obj.amount && obj.item && MONEY_WORDS.has(singularWord(lastWord(obj.item))) && !GIFT_HEAD.test(singularWord(lastWord(obj.item.replace(/\s+of\s+.*$/i, '')))) && (cue.kind !== 'active' || !(obj.recipients.length || obj.purpose || cls === 'donate' || obj.handedTo)) && !(cue.kind === 'passive' && cls === 'fund' && obj.item === 'funding') && !(cue.rule === 'pledge.source' && obj.purpose) && !receivedFromNamed && !(cls === 'fund' && cue.kind === 'active' && obj.item === 'funding') && !(cue.kind === 'nominal' && lastWord(obj.item) === 'funding' && !/^\s+from\b/i.test(t.slice(cue.end))) && !(cue.kind === 'passive' && giverRefs.length > 0 && GIVING_CLASS.test(cls ?? '') && NAMED_AGENT.test(t.slice(cue.end)))) return [];
  // Prize money offered, bonuses approved, fees paid: payment, not a gift, unless it is donated.
  if (cls !== 'donate' && !cue.personal && PAYMENT_WORDS.test(t.slice(cue.start, objectEnd))) return [];
  // An amount agreed is a pledge when it lends or gives: "agreed a 2 billion euro package for Greece", not "agreed a deal totalling $375m".
  if (cls === 'agree' && obj.amount && !AID_CONTEXT.test(scope) && !FINANCING.test(scope)) return [];
  // "offered warships to escort tankers": platforms offered to no one are a deployment.
  // ("supplied the rebel army with jets": a described recipient of the "with" construction is someone.)
  if (obj.item && !obj.amount && PLATFORMS.test(obj.item) && !CARRIER_OF.test(obj.item) && !obj.recipients.length && !obj.handedTo && !HANDOVER_WORDS.test(t)) return [];
  // "a 34 mln dlr deal ATT signed with the Postal Service": a deal or a contract with a price is a transaction.
  if (obj.amount && /\b(?:deals?|contracts?|orders?|purchases?|sales?)$/i.test(obj.item ?? '') && !lendingObject && !AID_STRONG.test(t)) return [];
  // Troops are deployed, not given; aircraft and ships sent somewhere are deployed unless handed over.
  if (obj.item && !obj.amount && (PERSONNEL.test(obj.item) || (/^(?:send|sent|dispatch|deploy|fl(?:y|ie|ew|own))/i.test(cue.text.replace(/^\S+\s+/, '')) && PLATFORMS.test(obj.item) && !CARRIER_OF.test(obj.item) && !HANDOVER_WORDS.test(t)))) return [];

  // "concluded eight bilateral accords with government creditors": the subject is the debtor.
  // ("with the Paris Club of western creditor governments": the creditors are a named club, read below as the partner that gives.)
  const withCreditors = WITH_CREDITORS.exec(t.slice(clauseStart, Math.max(objectEnd, objectLimit(t, cue.end))));
  if (withCreditors && !creditorClubDescribed(t, v.ms, clauseStart + withCreditors.index, clauseStart + withCreditors.index + withCreditors[0].length)) return [];
  // "agreed to defer debt payments for some countries" relieves them; "enable Turkey to defer payments
  // on previous loans" is the debtor deferring its own: freezing or deferring needs someone it is for.
  if (cls === 'debt' && /^(?:freez|froze|defer)/i.test(cue.text.replace(/^.*\s/, '')) && !/\b(?:for|of|owed\s+by|to|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:\p{Lu}|countries|nations|states|governments|debtors)|['’]s?\s+(?:[\w-]+\s+){0,2}(?:debts?|loans?|repayments?)\b/u.test(t.slice(cue.end, objectEnd))) return [];
  // A debt relieved is someone's: "reschedule Bolivia's debt", "agreed with Gabon to", "debt owed to
  // Britain by poor nations", "for tsunami-hit countries". Alone ("Mexico will sign agreements to
  // reschedule 52.3 billion dlrs of debt"), the one rescheduling is the debtor.
  const debtItem = /^debt /.test(obj.item ?? '');
  // Debts: "reschedule Nigeria's official debts" makes Nigeria the debtor (a recipient, never the
  // giver); "its debt", "the country's debts" make the subject the debtor: no pledge by it.
  const debtText = t.slice(cue.start, objectEnd);
  // The creditor among the parties: "Egypt reached agreement with the Paris Club to reschedule its
  // debt" (the partner), "Egypt and the Paris Club agreed on a rescheduling" (the creditor body of
  // the subjects). The other party is the debtor, whose "its debt" it is.
  let creditorFound = false;
  if (debtItem && cue.kind === 'active') {
    // (Only for the subject's own debt: "France agreed with Gabon to reschedule bilateral debt" is France's relief to Gabon.)
    const ownDebtOfSubject = /\b(?:its|their|the\s+country['’]s|the\s+government['’]s)\s+(?:[\w.,-]+\s+){0,4}?debts?\b/i.test(debtText);
    // (Or when the partner is a creditors' body and the subject is not: "Morocco reached an agreement last week with the
    // Paris Club of western creditor governments to reschedule 900 mln dlrs of debt" is the Club's relief to Morocco.)
    const creditorBody = (m: LocalMention) => m.type === 'Organization' && CREDITOR_NAME.test(t.slice(m.start, m.end)) && !giverRefs.some((g) => CREDITOR_NAME.test(g.name));
    const partner = v.ms.find((m) => m.start >= clauseStart && m.end <= cue.start && m.type !== 'Place' && (ownDebtOfSubject || creditorBody(m)) && /\b(?:agreement|agreed|deal|accord|understanding)(?:\s+[\p{Ll}\d]+){0,3}?\s+with\s+(?:the\s+)?$/iu.test(t.slice(Math.max(0, m.start - 50), m.start)) && /^\s*(?:,[^,;]{0,60},\s*|of\s+(?:[\p{Ll}-]+\s+){1,4})?(?:on\s+\w+\s+)?$/iu.test(t.slice(coordinatedRight(t, v.ms, m).at(-1)!.end, cue.start)));
    const creditors = giverRefs.filter((g) => g.type === 'Organization' && CREDITOR_NAME.test(g.name));
    if (partner && !giverRefs.some((g) => g.entity === partner.entity)) {
      if (!recipients.length || recipients.every((r) => r.entity === partner.entity)) recipients = giverRefs.flatMap((g) => (g.local ? [g.local] : []));
      giverRefs = coordinatedRight(t, v.ms, partner).map((m) => asRef(m, t));
      creditorFound = true;
    } else if (creditors.length && creditors.length < giverRefs.length) {
      if (!recipients.length) recipients = giverRefs.filter((g) => !creditors.includes(g)).flatMap((g) => (g.local ? [g.local] : []));
      giverRefs = creditors;
      creditorFound = true;
    }
  }
  // ("reschedule 1.5 billion dlrs of Nigerian debt": a demonym the recognizer left unlinked names the debtor.)
  if (debtItem && !recipients.length) {
    const demonym = /\b(\p{Lu}\p{Ll}+)\s+(?:[\p{Ll}-]+\s+){0,2}debts?\b/u.exec(debtText);
    const state = demonym ? stateOfDemonym(ctx, demonym[1]!) : undefined;
    if (demonym && state && !giverRefs.some((g) => g.entity === state)) {
      const at = cue.start + demonym.index;
      recipients = [{ start: at, end: at + demonym[1]!.length, entity: state, type: 'Country' }];
    }
  }
  if (/\bdebts?\b/i.test(debtText) || obj.item?.startsWith('debt ')) {
    // ("its share of the debt owed by the poorest countries" is a creditor's.)
    // ("The Paris Club ... write off 80% of the country's debts": a body's "the country" is the debtor, not itself.)
    const ownDebt = giverRefs.some((g) => g.type === 'Country') ? /\b(?:its|their|our|his|her|the\s+country['’]s|the\s+government['’]s)\s+(?:[\w.,-]+\s+){0,4}?debts?\b/i : /\b(?:its|their|our|his|her)\s+(?:[\w.,-]+\s+){0,4}?debts?\b/i;
    if (!creditorFound && ownDebt.test(debtText) && !/\bdebts?\s+(?:owed|owing)\s+(?:to\s+\S+\s+)?by\b/i.test(t.slice(cue.start, fullEnd))) return [];
    // ("Polish debt", "Egypt's military debt": a name or demonym right before the debt is the debtor.)
    // ("Egypt's $3 billion debt": the sum between the owner and the debt.)
    const debtors = v.ms.filter((m) => m.start >= cue.end && m.end <= objectEnd && /^(?:['’]s?\s+(?:[\w$€£¥.,-]+\s+){0,4}?|\s+(?:[a-z-]+\s+){0,2})debts?\b/i.test(t.slice(m.end, m.end + 60)));
    // ("freeze debt repayments from Indonesia and Sri Lanka": those who would repay are the debtors.)
    const payers = v.ms.find((m) => m.start >= cue.end && m.end <= objectEnd && m.type === 'Country' && /\bdebts?\s+(?:re)?payments?\s+(?:due\s+)?from\s+(?:the\s+)?$/i.test(t.slice(Math.max(0, m.start - 40), m.start)));
    if (!debtors.length && payers) debtors.push(...coordinatedRight(t, v.ms, payers));
    // "rescheduling of 20.3 billion dlrs in public sector foreign debt": the subject's own debt.
    if (!debtors.length && /\b(?:foreign|external|public[\s-]sector|sovereign|official|commercial\s+bank|bank)\s+(?:[\w-]+\s+){0,2}?debts?\b/i.test(debtText)) return [];
    if (debtors.length) {
      const keys = new Set(debtors.map((m) => m.entity));
      giverRefs = giverRefs.filter((m) => !keys.has(m.entity));
      if (!recipients.length) recipients = debtors;
    }
  }
  // (A creditors' body reschedules others' debt even when the debtor is left unnamed: "The Paris Club agreed to reschedule $1bn of debt".)
  if (debtItem && !recipients.length && cue.kind !== 'passive' && !giverRefs.some((g) => g.type === 'Organization' && /\b(?:Club|creditors?)\b/i.test(g.name)) && !/\b(?:owed|owing)\s+(?:to|by)\b|\b(?:for|of|to|by|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:countries|nations|states|governments|debtors|economies)\b/i.test(t.slice(clauseStart, Math.max(objectEnd, objectLimit(t, cue.end))))) return [];

  // Business words are forgiven only between states or public bodies and a country: "China lent Russia $6bn to buy back ...".
  // (What the money is for is not a sale: "2 mln Ecus to buy seeds for Sudan".)
  const trade = /\b(?:sell|sells|sold|sale|sales|exports?|imports?|purchas\w*|buy|buys|bought|contracts?|barter\w*|countertrad\w*)\b/i.test(v.bare.slice(scopeStart, objectEnd).replace(/\bto\s+(?:help\s+(?:\w+\s+)?)?(?:buy|purchase|pay\s+for|import)\b.*$/i, ''));
  const giverKeys = new Set(giverRefs.map((m) => m.entity));
  const lending = (cls === 'give' || cls === 'lend' || cls === 'approve' || cls === 'donate') && !!obj.amount;
  // A state or a public body ("the Commission approved 2 mln Ecus to buy seeds for Sudan") buying for another country gives.
  const publicGiver = (g: GiverRef) => g.type === 'Country' || (g.type === 'Organization' && PUBLIC_BODY.test(g.name) && !COMPANY.test(g.name));
  // A debt written off, cancelled or rescheduled is relief whatever business word is near ("cancel the debts of").
  const relief = cls === 'debt' && !!obj.item?.startsWith('debt ');
  if (business && !lendingObject && !relief && (trade || !lending || !(giverRefs.length > 0 && giverRefs.every(publicGiver) && recipients.some((m) => m.type === 'Country' && !giverKeys.has(m.entity))))) return [];
  if (budgetOnly) return [];
  // "Alcatel ... has won a contract to supply", "The Philippines won an agreement to reschedule":
  // a subject that won, secured or received something is on the receiving end.
  const firstGiver = giverRefs[0]?.local;
  // (A parenthetical about the subject does not count: "Lord X, whose company won contracts, gave".)
  const wonFrom = firstGiver ? Math.max(firstGiver.end, subject?.scopeStart ?? 0) : 0;
  if (cue.kind === 'active' && firstGiver && firstGiver.end <= cue.start && /\b(?:won|wins|win|secured|secures|obtained|obtains|received|receives|got|gets|sought|seeks|seeking|requested|asked\s+for)\b/i.test(t.slice(wonFrom, cue.start))) return [];

  // "Mr Gates pledged $750m of his own money": a person's own money is theirs, not their office's.
  const personal = !!cue.personal || /\b(?:his|her|their)\s+own\s+(?:money|funds|fortune|pocket|cash|wealth)\b|\bpersonal(?:ly)?\b/i.test(t.slice(cue.start, objectEnd));
  const givers: Resolved[] = [];
  const seen = new Set<string>();
  const push = (r: Resolved | undefined) => {
    if (r && !seen.has(r.giver)) {
      seen.add(r.giver);
      givers.push(r);
    }
  };
  // (An office read as of the country the money goes to, "Prime Minister John Howard announced aid for
  // Indonesia", is a misread office: the person gives, not the recipient.)
  const recipientEntities = new Set(recipients.map((r) => resolveRecipient(ctx, r)));
  const ofState = (r: Resolved | undefined): Resolved | undefined => {
    // (A state's office-holder the article ties to no state gives as themself: a state is never guessed
    // from how often the article names it, only read from the roles, the sentence or what they said before.)
    // ("Tony Blair said Britain would give £50m to Africa. Mr Blair also pledged £10m for Sudan": who
    // announced one state's commitments earlier in the article speaks for it again.)
    const spoke = r && !r.announcedBy && !personal && r.giver.startsWith('person/') ? spokenFor(ctx).get(r.giver) : undefined;
    return spoke?.size === 1 && !recipientEntities.has([...spoke][0]!) ? { giver: [...spoke][0]!, announcedBy: r!.giver } : r;
  };
  for (const m of giverRefs) {
    const r = resolveGiver(ctx, t, v.ms, m, personal);
    // (Only money or goods sent to the recipient: "signed the accord for Mexico" is signed on its behalf.)
    const sent = (!!obj.amount || obj.quantity !== undefined) && cls !== 'sign' && cls !== 'agree' && cls !== 'debt';
    push(r && r.announcedBy && sent && recipientEntities.has(r.giver) ? { giver: r.announcedBy } : ofState(r));
  }
  if (subject?.speaker) push(ofState(resolvePerson(ctx, subject.speaker, undefined, personal, subject.collective)));
  if (!givers.length) return [];
  // "Rutte said his country decided ...", with "his country" already resolved to the Netherlands:
  // the speaker who holds office for the giver announced it.
  const spk = speakerBefore(t, v.ms, clauseStart);
  const announcer = spk?.type === 'Person' ? spk.entity : quoteSpeaker(ctx, v.s.start + cue.start);
  if (announcer) for (const g of givers) if (!g.announcedBy && g.giver !== announcer && ctx.officeOf(announcer) === g.giver) g.announcedBy = announcer;
  if (announcer?.startsWith('person/')) {
    const states = spokenFor(ctx).get(announcer) ?? new Set<string>();
    for (const g of givers) if (g.giver.startsWith('country/') && (!g.announcedBy || g.announcedBy === announcer)) states.add(g.giver);
    if (states.size) spokenFor(ctx).set(announcer, states);
  }

  const recipientKeys = uniq(recipients.map((m) => resolveRecipient(ctx, m)).filter((k) => !seen.has(k)));
  // The sentence names a target that is not a known entity ("sent eight ships to the Gulf").
  const namedTarget = !recipientKeys.length && /\b(?:to|into|for|with)\s+(?:the\s+)?\p{Lu}/u.test(t.slice(cue.end, objectEnd));
  // "Italy has sent eight ships ... to the Gulf": goods sent to a place that is not a party are a deployment.
  if (namedTarget && obj.quantity !== undefined && !obj.amount && !AID_STRONG.test(t)) return [];
  const financing = cls === 'lend' || cls === 'donate' || !!cue.noun || FINANCING.test(`${obj.item ?? ''} ${t.slice(cue.start, objectEnd)}`) || previousSentenceFinances(ctx, v);
  // "China will receive loans totalling 390 mln dlrs from Japan and the World Bank": a total of several givers'
  // commitments is none of theirs (a sum they give together, "Norway and Denmark donated $2m", is each one's).
  if (givers.length > 1 && obj.amount && /\b(?:totall?ing|totals?|totall?ed|a\s+total\s+of|combined|in\s+all|altogether)\s+(?:(?:about|some|nearly|almost|over|more\s+than|up\s+to|around)\s+)?$/i.test(t.slice(Math.max(0, t.indexOf(obj.amount.text.replace(/\s/g, ' ')) - 40), t.indexOf(obj.amount.text.replace(/\s/g, ' '))))) return [];
  const out: Candidate[] = [];
  for (const g of givers) {
    const gm = giverRefs.find((m) => m.entity === g.giver);
    // A company gives when it gives, lends, donates or finances; what else it commits is its own business.
    if (gm?.local && gm.type === 'Organization' && COMPANY.test(t.slice(gm.local.start, gm.local.end + 6))) {
      if (cls !== 'give' && !financing && !(recipients.some((r) => r.type === 'Country') && AID_CONTEXT.test(scope))) continue;
    }
    const orgName = gm?.name ?? '';
    const company = gm?.type === 'Organization' && !!orgName && !PUBLIC_BODY.test(orgName);
    // Goods from a company go to customers ("delivered development kits to EA") unless the sentence is about aid.
    // (Financing, a loan or a credit line a company provides for a named deal is lending: "Drexel has agreed to provide bridge financing".)
    if (company && !obj.amount && !(lendingObject && specificFinancing(cue, obj, t, objectEnd)) && !obj.item?.startsWith('debt ') && !agreementItem && !AID_STRONG.test(t) && !HUMANITARIAN_RECIPIENT.test(t.slice(cue.end, objectEnd)) && !recipients.some((r) => r.type === 'Country') && cls !== 'donate' && !cue.personal) continue;
    // "committed 75 mln dlrs to the expansion of its plant": a company's spending on itself.
    // (With a recipient, "its" is the recipient's: "X obtained a loan from Citibank to finance its tender offer".)
    if (company && (obj.purpose ? /\b(?:its|their)\b/i.test(obj.purpose) : /\bto\s+the\s+\w+\s+of\s+(?:its|their)\b/i.test(t.slice(cue.end, objectEnd))) && !recipientKeys.length && !AID_STRONG.test(t)) continue;
    // "its board authorized the spending of 15 mln dlrs for a new plant": a company's spending or investment is its own, wherever it goes.
    if (company && OWN_SPENDING.test(t.slice(cue.end, objectEnd)) && !AID_STRONG.test(t)) continue;
    // A company putting money into a programme of its own is its business: "put $300m into a Linux program",
    // "launched a 700,000 dlr exploration program".
    if (company && (cls === 'put' || cls === 'fund' || cls === 'announce') && !obj.recipients.length && !AID_STRONG.test(t)) continue;
    // "she sent doses of Peptide T to a doctor": a person's goods are a gift only when donated or for aid.
    if (gm?.type === 'Person' && !g.announcedBy && !obj.amount && obj.item && !obj.item.startsWith('debt ') && !agreementItem && cls === 'give' && !AID_STRONG.test(t) && !MONEY_WORDS.has(singularWord(lastWord(obj.item)))) continue;
    // A person signs deals for themselves ("agreed a new deal with the Cubs"): a contract, not a pledge.
    if (agreementItem && gm?.type === 'Person' && !g.announcedBy) continue;
    // Companies' agreements with each other are business ("signed a technology-sharing agreement");
    // an agreement is a pledge when a state or a public body is a party.
    if (agreementItem && company && !recipients.some((r) => r.type === 'Country' || PUBLIC_BODY.test(t.slice(r.start, r.end)))) continue;
    // Several recipients of one unquantified item ("rescheduling of Uganda's and Mozambique's debts"): one pledge each.
    const rs: (string | undefined)[] = recipientKeys.length > 1 && !obj.amount && obj.quantity === undefined ? recipientKeys : [recipientKeys[0]];
    for (const r of rs) {
      for (const part of [obj, ...obj.more]) {
        const p: Candidate = { giver: g.giver, status, evidence: { start: v.s.start, end: v.s.end }, cue: cue.text.replace(/\s+/g, ' '), cueAt: v.s.start + cue.start, rule: cue.rule };
        if (g.announcedBy && g.announcedBy !== g.giver) p.announcedBy = g.announcedBy;
        const partRecipient = part.recipient ? resolveRecipient(ctx, part.recipient) : r;
        if (partRecipient && partRecipient !== g.giver) p.recipient = partRecipient;
        if (part.amount) p.amount = part.amount;
        if (part.quantity !== undefined) p.quantity = part.quantity;
        if (part.item) p.item = givers.length > 1 && !part.quantity ? singular(part.item) : part.item;
        const purpose = part === obj || obj.listEnd === undefined ? part.purpose ?? obj.purpose : part.purpose;
        if (purpose) p.purpose = purpose;
        if (obj.cue) p.cue = `${p.cue} ${obj.cue}`;
        if (namedTarget) p.namedTarget = true;
        out.push(p);
      }
    }
  }
  // "Japan has pledged $500m, Australia A$1bn and Germany 500m euros": the verb is left out after the first giver.
  // ("Britain has committed £100m to the Global Fund, and France a further €50m".)
  if (cue.kind === 'active' && obj.amount && out.length) {
    const first = v.money.find((x) => x.start >= cue.end && x.text === obj.amount!.text);
    let at = first ? first.end : -1;
    while (at >= 0) {
      const next = v.ms.find((m) => m.start > at && /^[^.;]*?(?:,|;|\band\b|\bwhile\b)\s*(?:the\s+)?$/i.test(t.slice(at, m.start)) && !/\b(?:to|for|from|with|of|by)\s+(?:the\s+)?$/i.test(t.slice(at, m.start)) && t.slice(at, m.start).length < 60);
      const sum = next ? v.money.find((x) => x.start >= next.end && /^\s*(?:['’]s)?\s*$/.test(t.slice(next.end, x.start).replace(/^\s*(?:about|some|around|nearly|over|more\s+than|up\s+to|another|a\s+further|an\s+(?:additional|extra))\s*$/i, ''))) : undefined;
      if (!next || !sum || next.type === 'Place' || seen.has(next.entity)) break;
      const g = resolveGiver(ctx, t, v.ms, asRef(next, t), personal);
      if (g) out.push({ ...out[0]!, giver: g.giver, amount: amountOf(sum), cueAt: v.s.start + cue.start, ...(g.announcedBy ? { announcedBy: g.announcedBy } : {}) });
      at = sum.end;
    }
  }
  // An amount with no reason to be a pledge yet, from a company's or a person's plain "provide":
  // only when the sentence or the one before is about financing ("BankAmerica will provide 592 mln dlrs").
  // (A state's or a public body's money is not a company's business: "$5 million will be provided by Japan", "the EU will provide €20m".)
  if (cls === 'give' && !/giv|gave|hand/i.test(cue.text) && obj.amount && !obj.recipients.length && !obj.purpose && !obj.item && !cue.noun && !financing && !AID_CONTEXT.test(t) && !(givers.length && givers.every((g) => { const ref = giverRefs.find((m) => m.entity === g.giver); return !!ref && publicGiver(ref); }))) return [];
  return out;
}

/** Whether the sentence before is about lending or financing: "... a 2.25 billion dlr financing. BankAmerica will provide 592 mln dlrs." */
function previousSentenceFinances(ctx: PledgeContext, v: SentenceView): boolean {
  const prev = ctx.doc.sentences[v.index - 1];
  return !!prev && FINANCING.test(ctx.text.slice(prev.start, prev.end));
}

/** Where the object of a cue ends: the next clause, or the end of the sentence. */
function objectLimit(t: string, from: number): number {
  const rest = t.slice(from);
  // (", and arrange renegotiation of its debt": a verb of commitment after ", and" opens a clause of its own.)
  const re = /;|,\s*(?:which|while|but|whereas|although|though|who|whose|where|and\s+(?:said|added|is|was|will|has|have|had)|and\s+(?:also\s+)?(?:arrang|agree|sign|provid|giv|gave|lend|lent|extend|grant|pledg|promis|offer|approv|pay|paid|send|sent|suppl|donat|contribut|allocat|earmark)\w*)\b|\band\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,3}(?:won|wins|said|says|is|was|were|are|will|would|has|have|had|did|does)\b|\b(?:said|says|told|when|after|because|although|though|unless|until|whereas|if)\b|[“”"]\s/gi;
  for (let m = re.exec(rest); m !== null; m = re.exec(rest)) {
    // Inside brackets ("154m naira ($1.1m; £591,000) into") the object goes on.
    const before = rest.slice(0, m.index);
    if ((before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length) continue;
    // A quotation mark that closes one opened inside the object is a scare quote: 'a "sizable" contribution'.
    if (/^[“”"]/.test(m[0]) && ((rest.slice(0, m.index).match(/[“”"]/g) ?? []).length % 2 === 1)) continue;
    return from + m.index;
  }
  return t.length;
}

/** The currencies of the countries among `mentions` (for a bare "pesos": money.ts CurrencyContext). */
function currenciesOf(mentions: readonly MentionRef[]): Set<string> {
  const out = new Set<string>();
  const countries = gazetteer().countries;
  for (const m of mentions) if (m.type === 'Country') for (const c of countries.get(m.entity)?.currencies ?? []) out.add(c);
  return out;
}

/**
 * A sum's conversion in brackets right after it ("24.2 trillion pesos ($10.2bn; £5.5bn)", "a $10m
 * (£5.3m) grant"): the same sum again (money.ts drops it), so the reader sees spaces there and
 * its brackets and semicolon bound nothing. The bracket comes before the look back at the sum: a look
 * back first runs at every position of the sentence, and cost 4 % of all extraction.
 */
const CONVERSION = /\((?<=\d\s*(?:[A-Za-z]{1,10}\.?\s*){0,3}\()(?:\s*(?:about|around|some|nearly|almost|over|roughly|approximately|or)\s+)?[A-Z]{0,3}[$€£¥₹]\s?\d[^()]{0,48}\)/g;
const maskConversions = (s: string) => s.replace(CONVERSION, (m) => ' '.repeat(m.length));

function clauseStartBefore(t: string, at: number): number {
  let start = 0;
  CLAUSE_BOUNDARY.lastIndex = 0;
  const head = t.slice(0, at);
  for (let m = CLAUSE_BOUNDARY.exec(head); m !== null; m = CLAUSE_BOUNDARY.exec(head)) {
    if (m[0].length === 0) {
      CLAUSE_BOUNDARY.lastIndex++;
      continue;
    }
    // "as well as", "such as", "as much as": not a boundary.
    if (/^as$/i.test(m[0]) && (/\b(?:well|such|much|many|soon|long|far)\s+$/i.test(head.slice(0, m.index)) || /^\s+(?:well|much|many|part|a|an|the)\b/i.test(head.slice(m.index + 2)))) continue;
    start = m.index + m[0].length;
  }
  return start;
}

// ---------------------------------------------------------------- the subject of an active verb

interface Subject {
  givers: GiverRef[];
  /** A speaker standing for the subject ("we" inside their quote). */
  speaker?: string;
  /** The speaker speaks for a body ("we", "our club"): the body they hold office in gives. */
  collective?: boolean;
  /** Where the words that describe the commitment start (after a parenthetical about the subject). */
  scopeStart?: number;
  /** Where the subject phrase starts: the object of a verb without one is the noun phrase before it. */
  phraseStart?: number;
}

/**
 * The subject of an active cue, read in this order: the antecedent of a relative pronoun right
 * before the verb ("X, who has donated"); the name before a parenthetical ("X, whose company
 * ..., gave"); an anaphor at the end of the clause ("the bank has agreed to provide"); the nearest
 * subject-like mention of the clause; the speaker of "X said it would provide"; a quotation's
 * speaker for "we"; the main clause's subject for "As well as pledging ..., Britain urged".
 */
function activeSubject(ctx: PledgeContext, v: SentenceView, cue: Cue, clauseStart: number): Subject | undefined {
  const { t, ms } = v;
  const lead = t.slice(0, cue.start).replace(TRAILING_ADV, '');

  // "The project will cost $30m, with Japan contributing $10m": in an absolute construction the
  // name after "with" is the subject of the -ing verb (subjectBefore skips names after prepositions).
  const withSubject = !cue.modal && !cue.aux && /ing$/i.test(cue.text) ? absoluteSubject(v, cue.start) : undefined;
  if (withSubject) return { givers: coordinatedLeft(t, ms, withSubject).map((m) => asRef(m, t)), phraseStart: withSubject.start };
  // "X was the charity's top donor last year, contributing $5m": a participle after the main clause takes that
  // clause's subject, not the nearest name (which is inside its predicate).
  if (!cue.modal && !cue.aux && /ing$/i.test(cue.text) && /,\s*$/.test(lead)) {
    const opening = openingSubject(ctx, v, 0, lead.trimEnd().length - 1) ?? describedOpening(t, ms, lead.trimEnd().length - 1);
    if (opening) return 'local' in opening ? { givers: coordinatedLeft(t, ms, opening.local, true).map((m) => asRef(m, t)), phraseStart: opening.local.start } : { givers: [opening.ref], phraseStart: opening.at };
  }
  // "Sir Christopher Ondaatje who gave", "the Trust Ltd, a company which ..., which gave".
  // ("X, which has promised to lend": the relative pronoun is the subject of the verb that hands it on.)
  const relLead = /^to$/i.test(cue.modal ?? '') ? lead.replace(CONTROL_VERB_TAIL, '').replace(TRAILING_ADV, '') : lead;
  const rel = /(?:^|[\s,])(who|which|that)\s*$/i.exec(relLead);
  if (rel && !(/^that$/i.test(rel[1]!) && /\b(?:said|says|say|announced|added|stated|hopes?|hoped|believes?|believed|thinks?|thought|expects?|expected|reported|confirmed|so|such|now|than)\s*$/i.test(lead.slice(0, rel.index + 1)))) {
    const relAt = rel.index + rel[0].length - rel[0].trimStart().length;
    const m = relativeAntecedent(t, ms, relAt, rel[1]);
    return m ? { givers: coordinatedLeft(t, ms, m, true).map((m) => asRef(m, t)), scopeStart: relAt, phraseStart: m.start } : undefined;
  }

  // "Lord Drayson, whose company won ... contracts, gave £500,000": the subject is before the parenthetical.
  // ("Belgium, Zaire's main trading partner, recently agreed to release": past the verb that hands over its subject.)
  const paren = parentheticalSubject(t, ms, lead) ?? (/^to$/i.test(cue.modal ?? '') ? parentheticalSubject(t, ms, lead.replace(CONTROL_VERB_TAIL, '').replace(TRAILING_ADV, '')) : undefined);
  if (paren) return { givers: coordinatedLeft(t, ms, paren, true).map((m) => asRef(m, t)), scopeStart: lead.length, phraseStart: paren.start };
  // "The foundation, which was set up by Bill Gates, has donated": a description before the parenthetical.
  const openAt = parentheticalOpen(lead);
  if (openAt >= 0) {
    const described = /(?:^|[\s,])((?:the|this)\s+(?:[\p{L}\d-]+\s+){0,2}[\p{L}\d-]+)$/iu.exec(t.slice(0, openAt));
    const kind = described ? anaphorKind(described[1]!) : undefined;
    if (described && kind) {
      const at = openAt - described[1]!.length;
      const g = resolveAnaphor(ctx, v, clauseStartBefore(t, at), at, described[1]!, kind);
      return g ? { givers: [g], scopeStart: lead.length, phraseStart: at } : undefined;
    }
  }

  // "... a credit facility the bank has agreed to provide", "The Spaniard then donated": an anaphor as subject.
  const slot = t.slice(clauseStart, cue.start).replace(CONTROL_VERB_TAIL, '').replace(TRAILING_ADV, '').trimEnd();
  const anaphor = anaphorSubject(ctx, v, clauseStart, cue.start);
  if (anaphor) return anaphor.refs.length ? { givers: anaphor.refs, phraseStart: anaphor.phraseStart } : undefined;

  // "the decision by the Paris Club to write off", "Britain's pledge to cancel": the one who decided or pledged does it.
  const decided = /^to$/i.test(cue.modal ?? '') ? DECISION_BY.exec(t.slice(0, cue.start).replace(TRAILING_ADV, '')) : null;
  if (decided) {
    const name = decided[1] ?? decided[2]!;
    const at = decided.index + decided[0].indexOf(name) + (/^the\s/i.test(name) ? 4 : 0);
    const m = ms.find((x) => x.start >= at && x.type !== 'Place' && x.start <= at + 4);
    if (m) return { givers: [asRef(m, t)], phraseStart: m.start };
  }
  // "The bank granted Mexico a loan and agreed to provide a credit line": a verb coordinated with an earlier one
  // shares that verb's subject; the earlier verb's object is no subject.
  // ("Norway hosted the talks and pledged $40m", "He joined the Navy, but returned and donated $5m": with no
  // commitment verb before, the subject that opens the clause, or the sentence when the clause opens with its verb.)
  if (/(?:^|\s)(?:and|but)$/i.test(slot)) {
    const earlier = FIRST_VERB_CUE.exec(t.slice(clauseStart, clauseStart + slot.length));
    if (!earlier) {
      const opening = openingSubject(ctx, v, clauseStart, clauseStart + slot.length) ?? (/^\s*\p{Ll}/u.test(slot) && /(?:,\s*|\s)(?:but|and)\s*$/i.test(t.slice(0, clauseStart)) ? openingSubject(ctx, v, 0, clauseStart) : undefined);
      if (!opening) return undefined;
      return 'local' in opening ? { givers: coordinatedLeft(t, ms, opening.local, true).map((m) => asRef(m, t)), phraseStart: opening.local.start } : { givers: [opening.ref], phraseStart: opening.at };
    }
    // ("He announced an investment and donated $1m", "The Facebook founder announced ... and donated": the earlier
    // verb's subject may be an anaphor, whose antecedent gives; a name inside a description is no subject.)
    const sharedAnaphor = anaphorSubject(ctx, v, clauseStart, clauseStart + earlier.index);
    if (sharedAnaphor) return sharedAnaphor.refs.length ? { givers: sharedAnaphor.refs, phraseStart: sharedAnaphor.phraseStart } : undefined;
    const shared = subjectBefore(t, ms, clauseStart, clauseStart + earlier.index);
    return shared ? { givers: coordinatedLeft(t, ms, shared, true).map((m) => asRef(m, t)), phraseStart: shared.start } : undefined;
  }
  const subj = subjectBefore(t, ms, clauseStart, cue.start);
  if (subj) return { givers: coordinatedLeft(t, ms, subj, true).map((m) => asRef(m, t)), phraseStart: subj.start };
  // "European Community (EC) foreign ministers have agreed": the body named in the brackets before its officials.
  // ("The Asian Development Bank (ADB) on Friday approved": a time between the brackets and the verb; the name before them.)
  const slotNoTime = slot.replace(TIME_BETWEEN, ' ');
  if (t[clauseStart - 1] === ')' && /^\s*(?:[\p{Ll}-]+\s*){0,3}$/u.test(slotNoTime) && (!slotNoTime.trim() || GOVERNMENT_WORD.test(slotNoTime))) {
    const open = t.lastIndexOf('(', clauseStart);
    const inner = ms.find((x) => x.start > open && x.end < clauseStart && x.type !== 'Place') ?? (slotNoTime.trim() ? undefined : ms.find((x) => x.type !== 'Place' && x.end <= open && /^\s*$/.test(t.slice(x.end, open))));
    if (inner) return { givers: [asRef(inner, t)], phraseStart: inner.start };
  }

  const clauseText = t.slice(clauseStart, cue.start);
  const head = t.slice(0, clauseStart);
  const quote = quoteSpeaker(ctx, v.s.start + cue.start);
  if (PRONOUN_SUBJECT.test(clauseText) && SPEECH_VERB.test(head) && clauseText.trim().split(/\s+/).length <= 6) {
    // "Rutte said his country decided to provide": the speaker's country.
    const spk = speakerBefore(t, ms, clauseStart);
    if (spk) return { givers: [asRef(spk, t)] };
  }
  // "we will provide", "our government has given": the speaker's side; "my parents gave me" is not.
  // ("Last week in parliament I announced": the pronoun right before the verb, after adverbials.)
  // (A quotation the attribution left without a speaker: 'Minister X said: "Last week I announced £419m ..."'.)
  const introduced = quote ? undefined : /[:,]\s*["“]\s*$/.test(t.slice(0, clauseStart)) ? speakerBefore(t, ms, t.slice(0, clauseStart).replace(/[:,]\s*["“]\s*$/, '').length) : undefined;
  const speakerKey = quote ?? (introduced?.type === 'Person' ? introduced.entity : undefined);
  if (speakerKey && (/^\s*(?:we|i|(?:our|my)\s+(?:\w+\s+)?(?:country|countries|government|administration|nation|ministry|bank|organi[sz]ation|fund|company|firm|group|union|party|foundation|charity))\b/i.test(clauseText) || /(?:^|[\s,])(?:we|I)$/.test(slot))) return { givers: [], speaker: speakerKey, collective: /^\s*(?:we|our)\b/i.test(clauseText) || /(?:^|[\s,])we$/i.test(slot) };
  if (/^\s*(?:as\s+well\s+as|besides|in\s+addition\s+to|apart\s+from|after|having|while|by)\s+$/i.test(clauseText) || (clauseStart === 0 && /^\s*(?:As\s+well\s+as|Besides|In\s+addition\s+to|Apart\s+from|After|Having)\b/i.test(t))) {
    // "As well as pledging £960m ..., Britain urged ...": the subject of the main clause.
    const comma = t.indexOf(',', cue.end);
    if (comma > 0) {
      const m = ms.find((x) => x.start > comma && x.start <= comma + 8 && x.type !== 'Place');
      if (m) return { givers: coordinatedRight(t, ms, m).map((m) => asRef(m, t)) };
    }
  }
  return undefined;
}

/**
 * The anaphor right before a verb at `at` ("he", "it", "they", "the bank", "the Spaniard"), resolved:
 * `undefined` when there is none, no refs when it does not resolve.
 */
function anaphorSubject(ctx: PledgeContext, v: SentenceView, clauseStart: number, at: number): { refs: GiverRef[]; phraseStart: number } | undefined {
  const { t, ms } = v;
  const slot = t.slice(clauseStart, at).replace(CONTROL_VERB_TAIL, '').replace(TRAILING_ADV, '').trimEnd();
  const phrase = /(?:^|[\s,])((?:he|she|it|they)|(?:the|this|that|these|those|both)\s+(?:[\p{L}\d-]+\s+){0,2}[\p{L}\d-]+)$/iu.exec(slot);
  if (!phrase) return undefined;
  const phraseStart = clauseStart + phrase.index + phrase[0].length - phrase[1]!.length;
  const kind = anaphorKind(phrase[1]!) ?? pluralAnaphorKind(phrase[1]!);
  // (A place inside the description is a modifier: "the Gulf state"; a country or a body names the giver itself: "the US government".)
  const inside = ms.some((m) => m.start >= phraseStart && m.start < clauseStart + slot.length && m.type !== 'Place');
  if (!kind || (inside && !kind.types.includes('Person'))) return undefined;
  const g = resolveAnaphor(ctx, v, clauseStart, phraseStart, phrase[1]!, kind);
  // ("The two companies each gave $1m": the bodies named together before, as many as the number says; else as before.)
  if (kind.plural) {
    const all = g ? pluralAntecedents(ctx, g) : [];
    return all.length === kind.plural ? { refs: all, phraseStart } : undefined;
  }
  return { refs: g ? (/^they$/i.test(phrase[1]!) ? pluralAntecedents(ctx, g) : [g]) : [], phraseStart };
}

/** A country named in a currency: "200 million U.S. dollars". */
// ("the US$64 million it pledged", "HK$2bn": a country's short form written onto a dollar sign is the currency's.)
const CURRENCY_AFTER = /^(?:\$|\s*(?:dollars?|dlrs?|cents?)\b)/i;
/** The words after a demonym that make it the state itself: "the Norwegian government", "Japanese authorities". */
// (The state word must be the head: "a Mexican government company" is a company.)
const STATE_AFTER_DEMONYM = /^\s+(?:federal\s+|central\s+|national\s+)?(?:government|authorities|state|administration|cabinet)\b(?![-‐]|\s+(?:compan\w*|firms?|corporations?|enterprises?|officials?|sources?|spokes\w+|ministers?|departments?|agenc\w*|banks?|bonds?|securities|debts?|employees|workers|contracts?|media|television|radio|newspapers?|owned|run|backed|controlled)\b)/i;

/** "he", "it", "the bank", "the Spaniard": the speaker of the clause's speech verb, else the antecedent. */
function resolveAnaphor(ctx: PledgeContext, v: SentenceView, clauseStart: number, at: number, phrase: string, kind: AnaphorKind): GiverRef | undefined {
  // ("Florida Gov. Rick Scott said the state allocated $26m": "the state" is a US state or a Canadian province
  // named just before, when one is nearer than any country.)
  if (/^(?:the|this|that)\s+(?:state|province)$/i.test(phrase)) {
    const region = regionBefore(ctx, v, v.s.start + at);
    if (region) return region;
  }
  // "Scrichapan said he would donate", "The bank said it would lend".
  const head = v.t.slice(0, at);
  if (/^(?:he|she|it|they)$/i.test(phrase) && SPEECH_VERB.test(head)) {
    const spk = speakerBefore(v.t, v.ms, at);
    if (spk && kind.types.includes(spk.type)) return asRef(spk, v.t);
    if (!spk) {
      // "The government announced it will provide": the speaker is itself a description to resolve.
      const said = head.replace(SPEECH_VERB, '').replace(TRAILING_ADV, '').trimEnd();
      const who = /(?:^|[\s,])((?:the|this)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)$/iu.exec(said);
      const whoKind = who ? anaphorKind(who[1]!) : undefined;
      if (who && whoKind && whoKind.types.some((x) => kind.types.includes(x))) {
        const whoAt = said.length - who[1]!.length;
        return resolveAnaphor(ctx, v, clauseStartBefore(v.t, whoAt), whoAt, who[1]!, { ...whoKind, types: whoKind.types.filter((x) => kind.types.includes(x)) });
      }
      // "Scrichapan said he would donate": the pronoun is the speaker, who is not a name we know.
      if (!/\b(?:he|she|it|they|we|i)$/i.test(said)) return undefined;
    }
  }
  // A demonym that modifies a noun ("Japanese banks ... they") is not what a pronoun refers to.
  // ("Japan hosted the talks. It pledged": a country's name ending like a demonym is not one; the gazetteer says which form it is.)
  // ("The Norwegian government said ... It will give": a demonym before a state word is the state.)
  const modifier = (m: EntityRef) => m.type === 'Country' && /(?:ese|ish|an|ch|i)$/.test(ctx.text.slice(m.start, m.end)) && gazetteer().forms.get(ctx.text.slice(m.start, m.end))?.form !== 'name' && /^\s+(?!(?:has|have|had|is|are|was|were|will|would|said|says|and|or)\b)\p{Ll}/u.test(ctx.text.slice(m.end, m.end + 20)) && !STATE_AFTER_DEMONYM.test(ctx.text.slice(m.end, m.end + 30));
  // "the chancellor": someone named before who holds an office.
  // ("200 million U.S. dollars": a country named in a currency is not what a pronoun refers to.)
  // ("the USD 64 million it pledged": an ISO code the recognizer took for a body is the sum's currency.)
  const currency = (m: EntityRef) => (m.type === 'Country' && CURRENCY_AFTER.test(ctx.text.slice(m.end, m.end + 12))) || (/^[A-Z]{3}$/.test(ctx.text.slice(m.start, m.end)) && /^\s?\d/.test(ctx.text.slice(m.end, m.end + 2)));
  // ("Chancellor X announced £2bn for hospitals in England. The government will also provide £300m": a state named
  // as where the money goes is not the government whose ministers the article names, when they all serve one.)
  const home = !kind.office && kind.types.length === 1 && kind.types[0] === 'Country' ? ministersState(ctx) : undefined;
  const located = (m: EntityRef) => !!home && m.entity !== home && /\b(?:in|across|throughout)\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(0, m.start - 20), m.start));
  const skip = kind.office ? (m: EntityRef) => !ctx.officeOf(m.entity) : (m: EntityRef) => modifier(m) || currency(m) || located(m);
  // ("Chancellor Alan Hartley ... The chancellor has promised": the roles step already read the office as the one
  // person the article gave it, whatever state or body it is of)
  // (a state office whose holder the roles step gave no state is the state whose ministers the article names, as below)
  const own = kind.office ? ctx.mentions.find((x) => x.start === v.s.start + at && x.type === 'Person') : undefined;
  const ownTitle = phrase.replace(/^(?:the|this|that)\s+/i, '');
  const ownState = own && !ctx.officeOf(own.entity) && STATE_OFFICE_TITLE.test(ownTitle) && !NOT_STATE_OFFICE.test(ownTitle) ? ministersState(ctx) : undefined;
  if (ownState) return { entity: ownState, type: 'Country', name: ownState };
  if (own) return { entity: own.entity, type: own.type, name: ctx.text.slice(own.start, own.end), local: v.ms.find((x) => x.start === own.start - v.s.start && x.entity === own.entity), start: own.start };
  const m = antecedent(ctx.text, ctx.mentions, ctx.doc.sentences, v.index, v.s.start + at, kind, skip);
  if (!m) {
    // ("Mr Blair has promised ... The prime minister launched a £500m initiative": with no holder of the
    // office named with it, a state office is the state whose ministers the article names, when they all serve one.)
    const title = phrase.replace(/^(?:the|this|that)\s+/i, '');
    if (kind.office) {
      const state = STATE_OFFICE_TITLE.test(title) && !NOT_STATE_OFFICE.test(title) ? ministersState(ctx) : undefined;
      return state ? { entity: state, type: 'Country', name: state } : undefined;
    }
    // "Gordon Brown said the government would give £10m": with no state named, "the government" is
    // the one its speaker holds office in.
    if (!kind.types.includes('Country') || kind.types.includes('Organization')) return undefined;
    const spk = speakerBefore(v.t, v.ms, at);
    const speaker = spk?.type === 'Person' ? spk.entity : quoteSpeaker(ctx, v.s.start + at);
    const office = speaker ? ctx.officeOf(speaker) : undefined;
    const om = office ? ctx.mentions.find((x) => x.entity === office) : undefined;
    const isState = om ? om.type === 'Country' : !!office?.startsWith('country/');
    if (office && isState) return { entity: office, type: 'Country', name: om ? ctx.text.slice(om.start, om.end) : office };
    // ("OTTAWA - ... Transport Minister John Crosbie said. The government also announced it will provide":
    // with no state named, "the government" is the one whose ministers the article names, when they all serve one.)
    const state = ministersState(ctx);
    return state ? { entity: state, type: 'Country', name: state } : undefined;
  }
  const local = v.ms.find((x) => x.start === m.start - v.s.start && x.entity === m.entity);
  return { entity: m.entity, type: m.type, name: ctx.text.slice(m.start, m.end), local, start: m.start };
}

// (the US states and the Canadian provinces; not Washington and New York, which news names mostly as the cities:
// "officials in Washington said the state ...")
const REGION_NAMES = new Set([...US_STATE_NAMES, ...REGION_ABBREVIATIONS.values()].filter((x) => x !== 'Washington' && x !== 'New York'));
/** The nearest mention before `pos` in this sentence or the two before it, when it is a state or province (not a country). */
function regionBefore(ctx: PledgeContext, v: SentenceView, pos: number): GiverRef | undefined {
  const from = ctx.doc.sentences[Math.max(0, v.index - 2)]!.start;
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (m.end > pos) continue;
    if (m.start < from) return undefined;
    if (m.type === 'Country') return undefined;
    const name = ctx.text.slice(m.start, m.end);
    if (m.type === 'Place' && REGION_NAMES.has(name)) return { entity: m.entity, type: m.type, name, start: m.start, region: true };
  }
  return undefined;
}

/** The one state whose government offices the article's people hold (by the roles step), if there is exactly one. */
function ministersState(ctx: PledgeContext): string | undefined {
  const states = new Set<string>();
  const seen = new Set<string>();
  for (const m of ctx.mentions) {
    if (m.type !== 'Person' || seen.has(m.entity)) continue;
    seen.add(m.entity);
    const office = ctx.officeOf(m.entity);
    if (!office?.startsWith('country/') || !personTitles(ctx, m.entity).some((x) => STATE_OFFICE_TITLE.test(x) && !NOT_STATE_OFFICE.test(x))) continue;
    states.add(office);
  }
  return states.size === 1 ? [...states][0] : undefined;
}

/**
 * "Norway and Sweden are among the donors. They have pledged $120m": "they" stands for the whole
 * coordination its antecedent heads (the antecedent and the names joined to it by commas and "and").
 */
function pluralAntecedents(ctx: PledgeContext, g: GiverRef): GiverRef[] {
  if (g.start === undefined) return [g];
  const out = [g];
  let i = ctx.mentions.findIndex((x) => x.start === g.start && x.entity === g.entity);
  if (i < 0) return out;
  let cur = ctx.mentions[i]!;
  for (i++; i < ctx.mentions.length && out.length < 6; i++) {
    const n = ctx.mentions[i]!;
    const gap = ctx.text.slice(cur.end, n.start);
    if (n.entity === cur.entity && /^\s*$/.test(gap)) { cur = n; continue; }
    if (!/^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/i.test(gap) || n.type === 'Place' || !g.type || !(n.type === 'Country' || n.type === 'Organization')) break;
    if (!out.some((x) => x.entity === n.entity)) out.push({ entity: n.entity, type: n.type, name: ctx.text.slice(n.start, n.end), start: n.start });
    cur = n;
    if (/\band\s+(?:the\s+)?$/i.test(gap)) break;
  }
  // (Only a coordination closed by "and": "Norway, Sweden" alone is a list cut short.)
  return out.length > 1 && /\band\s+(?:the\s+)?$/i.test(ctx.text.slice(ctx.mentions.find((x) => x.start === out.at(-1)!.start)!.start - 10, out.at(-1)!.start)) ? out : [g];
}

const UNDER_PROGRAM = /^\s*(?:[\p{Lu}\d][^,;]{0,30},\s*)?under\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,3}?(program|programme|plan|scheme|initiative|package|strategy|arrangement)\b/iu;
const PROGRAM_NOUN = /\b(?:program|programme|plan|scheme|initiative|package|strategy|arrangement)s?\b/i;

/**
 * The owner of the programme a sentence opens with ("Under the new program, ..."): in the closest
 * of the three sentences before that names a programme, a name possessing it ("Japan's aid plan")
 * or else that sentence's subject ("The U.S. has given details of an action program").
 */
function programOwner(ctx: PledgeContext, v: SentenceView): GiverRef | undefined {
  if (!UNDER_PROGRAM.test(v.t)) return undefined;
  for (let k = v.index - 1; k >= Math.max(0, v.index - 3); k--) {
    const s = ctx.doc.sentences[k]!;
    const text = ctx.text.slice(s.start, s.end).replace(/\s/g, ' ');
    const noun = PROGRAM_NOUN.exec(text);
    if (!noun) continue;
    const ms: LocalMention[] = ctx.mentions.filter((m) => m.start >= s.start && m.end <= s.end).map((m) => ({ start: m.start - s.start, end: m.end - s.start, entity: m.entity, type: m.type }));
    const own = ownerBefore(text, ms, noun.index);
    const m = own ?? subjectBefore(text, ms, 0, noun.index);
    // (Only a state or a body: a person's plan is read through their office elsewhere.)
    if (!m || (m.type !== 'Country' && m.type !== 'Organization')) return undefined;
    return { entity: m.entity, type: m.type, name: text.slice(m.start, m.end) };
  }
  return undefined;
}

/** The body that announced a passive commitment: "He also announced that 91m naira had been earmarked". */
function announcerOf(ctx: PledgeContext, v: SentenceView, clauseStart: number): GiverRef | undefined {
  const head = v.t.slice(0, clauseStart);
  if (!/\b(?:said|says|announced|announces|confirmed|confirms|revealed|reveals|stated|added)\s*(?:that\s*)?$/i.test(head)) return undefined;
  const spk = speakerBefore(v.t, v.ms, clauseStart) ?? announcedSpeaker(v, clauseStart);
  if (spk) return asRef(spk, v.t);
  const subject = /(?:^|[\s,])(he|she|it|they|(?:the|this)\s+[\p{L}-]+)\s+(?:(?:also|then|later|further|previously)\s+)?(?:said|says|announced|announces|confirmed|confirms|revealed|reveals|stated|added)\s*(?:that\s*)?$/iu.exec(head);
  if (!subject) return undefined;
  const kind = anaphorKind(subject[1]!);
  if (!kind) return undefined;
  const at = subject.index + subject[0].length - subject[0].trimStart().length;
  return resolveAnaphor(ctx, v, clauseStartBefore(v.t, at), at, subject[1]!, kind);
}

/**
 * The body a sentence reports: "..., the World Bank said", "The bank said Jordan would receive"
 * (a name, or the speaker of the quotation the sentence is).
 */
function reportingBody(ctx: PledgeContext, v: SentenceView, clauseStart: number): GiverRef | undefined {
  const { t, ms } = v;
  const after = [...ms].reverse().find((m) => m.type !== 'Place' && /^\s+(?:said|says|announced|reported|added)\b[^,;]*$/i.test(t.slice(m.end)) && /,\s*(?:the\s+)?$/i.test(t.slice(0, m.start)));
  if (after) return asRef(after, t);
  // ("..., the bank said": a description resolved to the body named before.)
  const described = /,\s*((?:the|this)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s+(?:said|says|announced|reported|added)\b[^,;]*$/iu.exec(t);
  const kind = described ? anaphorKind(described[1]!) : undefined;
  if (described && kind) {
    const at = described.index + described[0].indexOf(described[1]!);
    return resolveAnaphor(ctx, v, clauseStartBefore(t, at), at, described[1]!, kind);
  }
  const before = speakerBefore(t, ms, clauseStart);
  if (before) return before.type === 'Place' ? undefined : asRef(before, t);
  const spoken = quoteSpeaker(ctx, v.s.start + clauseStart);
  const m = spoken ? ctx.mentions.find((x) => x.entity === spoken) : undefined;
  if (m) return m.type !== 'Place' ? { entity: m.entity, type: m.type, name: ctx.text.slice(m.start, m.end) } : undefined;
  // ("It said a 20 mln dlr loan is being made", "The bank said ...": a pronoun or a description that reports, resolved.)
  return announcerOf(ctx, v, clauseStart);
}

/** A trailing report by a state: ", the Peruvian government said", ", Peru's finance ministry said", ", the government department for planning said". */
const TRAILING_REPORT = /,\s*((?:the\s+)?[^,;"“”]{1,60}?)\s+(?:said|says|announced|reported|added|stated)\b[^,;]{0,40}$/i;
const STATE_REPORTER = /^the\s+(?:(?:federal|central|national)\s+)?(?:government|authorities|administration|cabinet|treasury|(?:[\p{L}-]+\s+){0,2}ministry)\b/iu;

function reportingState(ctx: PledgeContext, v: SentenceView): GiverRef | undefined {
  const r = TRAILING_REPORT.exec(v.t.replace(/[.!?"”\s]+$/, ''));
  if (!r) return undefined;
  const at = r.index + r[0].indexOf(r[1]!);
  const end = at + r[1]!.length;
  const inside = v.ms.filter((m) => m.start >= at && m.end <= end);
  if (inside.length) {
    // ("the Peruvian government", "Peru's finance ministry", "the government" read as Peru: one state, and no
    // other name in the reporter; "Peru's Acme Corp", "Peru's farm minister John Smith" are not the state.)
    let rest = v.t.slice(at, end);
    for (const m of [...inside].reverse()) rest = rest.slice(0, m.start - at) + rest.slice(m.end - at);
    const one = inside.every((m) => m.type === 'Country' && m.entity === inside[0]!.entity);
    return one && !/\p{Lu}/u.test(rest.replace(/^\s*the\b/i, '')) ? asRef(inside[0]!, v.t) : undefined;
  }
  if (!STATE_REPORTER.test(r[1]!)) return undefined;
  const kind = anaphorKind('the government');
  return kind ? resolveAnaphor(ctx, v, clauseStartBefore(v.t, at), at, 'the government', kind) : undefined;
}

/** The reporting body (reportingBody), named as its antecedent is when a pronoun or a description reports: the lending body's name can then be told. */
function namedReportingBody(ctx: PledgeContext, v: SentenceView, clauseStart: number): GiverRef | undefined {
  const g = reportingBody(ctx, v, clauseStart);
  if (!g || !/^(?:it|they|he|she|(?:the|this)\s.*)$/i.test(g.name.trim())) return g;
  const x = ctx.mentions.find((y) => y.entity === g.entity && !/^(?:it|they|he|she|(?:the|this)\s.*)$/i.test(ctx.text.slice(y.start, y.end).trim()));
  return x ? { ...g, name: ctx.text.slice(x.start, x.end) } : g;
}

function announcedSpeaker(v: SentenceView, clauseStart: number): LocalMention | undefined {
  const head = v.t.slice(0, clauseStart).replace(/\s*(?:that\s*)?$/i, '');
  const verb = /\b(?:announced|announces|confirmed|confirms|revealed|reveals)$/i.exec(head);
  if (!verb) return undefined;
  return subjectBefore(v.t, v.ms, clauseStartBefore(v.t, verb.index), verb.index);
}

/** The name a relative pronoun at `relAt` points back to: "X who", "X OBE who", "X, a company which ..., which". */
function relativeAntecedent(t: string, ms: LocalMention[], relAt: number, pronoun = ''): LocalMention | undefined {
  // ("X, a former banker who has donated", "X, the Acme founder who gave": "who" after an appositive description
  // is the person it describes, unless a person is named right before it.)
  if (/^who$/i.test(pronoun)) {
    const last = [...ms].reverse().find((x) => x.end <= relAt);
    if (last && !(last.type === 'Person' && /^\s*,?\s*$/.test(t.slice(last.end, relAt)))) {
      const p = [...ms].reverse().find((x) => x.end <= relAt && x.type === 'Person');
      if (p && /^,\s*(?:an?|the)\s+[^,;()"“”]{0,120}$/i.test(t.slice(p.end, relAt))) return p;
    }
  }
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.end > relAt) continue;
    if (m.type === 'Place') return undefined;
    // "an accord between Italy and Algeria which agreed": a name inside a prepositional phrase is not what "which" is.
    const group = coordinatedLeft(t, ms, m);
    if (PREPOSITION_BEFORE.test(t.slice(Math.max(0, group[0]!.start - 24), group[0]!.start)) || /\bbetween\s+(?:the\s+)?$/i.test(t.slice(Math.max(0, group[0]!.start - 12), group[0]!.start))) return undefined;
    const gap = t.slice(m.end, relAt);
    // ("the International Monetary Fund (IMF) which has promised": the short form in brackets is the name's.)
    if (/^(?:['’]s?)?\)?(?:\s*<[^>]*>|\s*\([^)]*\)|\s+(?:[A-Z]{2,5}|Jr\.?|Sr\.?|MP|MSP|MEP))*\s*,?\s*$/.test(gap) && (!gap.startsWith(')') || t[m.start - 1] === '(')) return m;
    // An appositive without names between: "the Trust Ltd, a company which promotes reform, which gave".
    if (/^,\s*(?:an?|the)\s+[^,;()"“”]{0,100},\s*$/i.test(gap)) return m;
    return undefined;
  }
  return undefined;
}

/** Where a parenthetical that ends right before the verb opens: "X, whose company won contracts, | gave". */
function parentheticalOpen(lead: string): number {
  const trimmed = lead.trimEnd();
  if (!/,$/.test(trimmed)) return -1;
  const inner = trimmed.slice(0, -1);
  // (An appositive may open with a possessive: "Tesco, Britain's biggest retailer, has given", "X, its main lender, agreed".)
  // (A participle or a prepositional phrase between commas is a parenthetical too: "Kerry, visiting Nepal, announced",
  // "Japan, in a statement on Monday, pledged"; not "according to X", "including X", which name someone else's share.)
  const last = [...inner.matchAll(/,\s*(?:(?:who|whose|which|whom|where|an?|the|its|his|her|their)\b|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}['’]s?\s|(?!(?:according|including|excluding|regarding|concerning|notably|especially|particularly|mainly|chiefly)\b)\p{Ll}+ing\s|(?:in|on|at|during|after|while|when|speaking|meanwhile)\s)/giu)].at(-1);
  if (!last || /[;:"“”]/.test(inner.slice(last.index!))) return -1;
  return last.index!;
}

/** "X, whose company won contracts, gave", "X, the investment bank, has agreed", "X (Y) gave": the X. */
function parentheticalSubject(t: string, ms: LocalMention[], lead: string): LocalMention | undefined {
  const trimmed = lead.trimEnd();
  let openAt = -1;
  if (/,$/.test(trimmed)) {
    openAt = parentheticalOpen(lead);
    if (openAt < 0) return undefined;
  } else if (/\)$/.test(trimmed)) {
    openAt = trimmed.lastIndexOf('(');
    // "the government's development aid fund (FAD) would provide": the name in brackets is the subject.
    const inner = ms.find((x) => x.start > openAt && x.end < trimmed.length && /^\s*$/.test(t.slice(openAt + 1, x.start)) && /^\s*\)$/.test(t.slice(x.end, trimmed.length)));
    if (inner && inner.type !== 'Place' && !ms.some((x) => x.end <= openAt && /^(?:['’]s?)?\s*$/.test(t.slice(x.end, openAt)))) return inner;
  } else if (/\s[-–—]$/.test(trimmed)) {
    // "the X Foundation - the elder Y's charity - gave": a parenthetical between spaced dashes, not the name inside it.
    const dash = trimmed.at(-1)!;
    openAt = trimmed.lastIndexOf(` ${dash} `, trimmed.length - 3);
    if (openAt >= 0 && /[;:"“”]/.test(trimmed.slice(openAt))) openAt = -1;
  }
  if (openAt < 0) return undefined;
  const m = [...ms].reverse().find((x) => x.end <= openAt);
  if (!m || m.type === 'Place' || !/^(?:['’]s?)?\s*$/.test(t.slice(m.end, openAt))) return undefined;
  return m;
}

/** Capitalized words after a country that start no name: wire-capitalized verbs and function words, days. */
const NOT_A_NAME_PART = new RegExp(`^(?:Is|Are|Was|Were|Has|Have|Had|Will|Would|Shall|Said|Says|To|And|Or|In|On|At|Of|For|By|The|A|An|It|Also|${WEEKDAY_NAMES.join('|')}|Yesterday|Today)\\b`);

/**
 * "American Express", "Swiss Bank Corp", "UK Athletics": a country name or demonym followed by
 * capitalised words that are not a government body is part of another (unrecognised) name.
 */
function partOfOtherName(t: string, m: LocalMention, verbAt?: number): boolean {
  if (m.type !== 'Country' || !/\p{Ll}/u.test(t)) return false;
  // (A title-case headline capitalises the verb: "UK Pledges £1bn To Vaccine Effort".)
  if (verbAt !== undefined && /^\s+$/.test(t.slice(m.end, verbAt))) return false;
  const next = /^(?:['’]s)?\s+((?:\p{Lu}[\p{L}.&-]*\s*){1,4})/u.exec(t.slice(m.end, m.end + 60));
  // (Not a verb or a function word capitalised by the wire: "The U.S. Is to lend".)
  // (Nor a day: "Japan Thursday pledged".)
  if (!next || NOT_A_NAME_PART.test(next[1]!)) return false;
  // "the Japanese Export-Import Bank", "the German Development Bank": a bank is a lender of its own.
  if (/\bBank\s*$/.test(next[1]!)) return true;
  return !GOVERNMENT_WORD.test(next[1]!) && !/^(?:President|Prime|Premier|Chancellor|Minister|Foreign|Finance|Defen[cs]e|Secretary|King|Queen|Emir|Leader|PM|MP|MPs|Mr|Mrs|Ms|Dr|Gen|General|Sir|Lord|Lady)\b/.test(next[1]!);
}

/** The subject of the speech verb that ends right before `clauseStart` ("Mark Rutte said | his country ..."). */
function speakerBefore(t: string, ms: LocalMention[], clauseStart: number): LocalMention | undefined {
  const head = t.slice(0, clauseStart);
  if (!SPEECH_VERB.test(head)) return undefined;
  const end = head.replace(SPEECH_VERB, '').length;
  // "Norway, which has already given $1 billion, said it would": the subject before the parenthetical.
  return subjectBefore(t, ms, clauseStartBefore(t, end), end) ?? parentheticalSubject(t, ms, t.slice(0, end)) ?? shortFormSubject(t, ms, end);
}

/** A capital right before a committing verb: "Washington also pledged $175m" (the recognizer may have read the city). */
const CAPITAL_AS_SUBJECT = new RegExp(String.raw`^\s+(?:(?:${ADV}|has|have|had|will|would|is|are|was|were|to|be|been|on\s+\p{Lu}\p{Ll}+day)\s+){0,3}(?:${VERB_ALT})\b`, 'iu');

/** The state a capital stands for when it is the subject of a committing verb: the country's entity if the article names it, else the capital's own. */
function capitalAsState(ctx: PledgeContext, m: EntityRef): string | undefined {
  const form = gazetteer().forms.get(ctx.text.slice(m.start, m.end));
  if (form?.form !== 'capital' || !CAPITAL_AS_SUBJECT.test(ctx.text.slice(m.end, m.end + 80))) return undefined;
  return ctx.mentions.some((x) => x.entity === form.key) ? form.key : m.entity;
}

/** "The Asian Development Bank (ADB) on Friday announced": the name before its bracketed short form. */
function shortFormSubject(t: string, ms: LocalMention[], end: number): LocalMention | undefined {
  const br = /\(\s*[\p{Lu}\p{N}.&-]{2,12}\s*\)\s*$/u.exec(t.slice(0, end).replace(TIME_BETWEEN, ' ').trimEnd());
  if (!br) return undefined;
  const open = t.lastIndexOf('(', end);
  return ms.find((x) => x.type !== 'Place' && x.end <= open && /^\s*$/.test(t.slice(x.end, open)));
}

/** Words after a name that are not its verb: "Norway and", "Japan's", "Kenya in". */
const NOT_A_VERB_AFTER = /^(?:and|or|but|of|in|on|at|to|for|with|from|by|into|the|a|an|its|their|his|her|as|which|who|whose|that|said|says|say|told|according|per|than|plus|&)$/i;

/**
 * The subject of a clause's first verb: a name (not a place) or a pronoun that opens [from, to), after at
 * most an article or a time, followed by a lower-case word that is no preposition or conjunction
 * ("Norway hosted", "The World Bank on Monday approved", "He lived").
 */
function openingSubject(ctx: PledgeContext, v: SentenceView, from: number, to: number): { local: LocalMention } | { ref: GiverRef; at: number } | undefined {
  const { t, ms } = v;
  const opener = from === 0 ? TIME_OPENER.exec(t.slice(0, to)) : null;
  if (opener) from = opener[0].length;
  const span = t.slice(from, to).replace(TIME_BETWEEN, (x) => ' '.repeat(x.length));
  const pronoun = /^\s*(he|she|it|they)\s+(\p{Ll}[\p{Ll}-]*)\b/iu.exec(span);
  if (pronoun) {
    if (NOT_A_VERB_AFTER.test(pronoun[2]!)) return undefined;
    const at = from + pronoun[0].indexOf(pronoun[1]!);
    const ref = resolveAnaphor(ctx, v, from, at, pronoun[1]!, anaphorKind(pronoun[1]!)!);
    return ref ? { ref, at } : undefined;
  }
  const m = ms.find((x) => x.start >= from && x.end <= to);
  if (!m || m.type === 'Place') return undefined;
  if (!/^\s*(?:the\s+)?$/i.test(span.slice(0, m.start - from))) return undefined;
  const next = /^\s+(\p{Ll}[\p{Ll}-]*)\b/u.exec(span.slice(m.end - from));
  return next && !NOT_A_VERB_AFTER.test(next[1]!) ? { local: m } : undefined;
}

/** "Poultry magnate Jane Smith was ...": the sentence's first name after a short description, followed by its verb. */
function describedOpening(t: string, ms: LocalMention[], to: number): { local: LocalMention } | undefined {
  const from = TIME_OPENER.exec(t.slice(0, to))?.[0].length ?? 0;
  const m = ms.find((x) => x.start >= from && x.end <= to);
  if (!m || m.type === 'Place') return undefined;
  if (!/^\s*(?:[\p{L}'’.-]+\s+){0,3}$/u.test(t.slice(from, m.start)) || /\b(?:of|in|on|at|for|with|from|by|to|after|before|as|while|when|if|since|and|but)\s/i.test(t.slice(from, m.start))) return undefined;
  const next = /^\s+(\p{Ll}[\p{Ll}-]*)\b/u.exec(t.slice(m.end, to));
  return next && !NOT_A_VERB_AFTER.test(next[1]!) ? { local: m } : undefined;
}

/** The nearest giver-like mention before `at` in [from, at): not after a preposition, not a place. */
function subjectBefore(t: string, ms: LocalMention[], from: number, at: number): LocalMention | undefined {
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.end > at || m.start < from) continue;
    // ("... while Acme contributes $2m and Ohio contributes $1m": a place right before the verb is its subject; no one before it gives.)
    if (m.type === 'Place') {
      if (/^\s*$/.test(t.slice(m.end, at).replace(TIME_BETWEEN, ' ').replace(TRAILING_ADV, '')) && !PREPOSITION_BEFORE.test(t.slice(Math.max(0, m.start - 40), m.start))) return undefined;
      continue;
    }
    const before = t.slice(Math.max(0, m.start - 40), m.start);
    // "The government of Japan extended": the state named after its government is the subject.
    if (PREPOSITION_BEFORE.test(before) && !(m.type === 'Country' && STATE_OF.test(before)) && !(m.type === 'Organization' && BOARD_OF.test(before))) continue;
    // "The joint founder of merchant bank Hambro Magan gave": the name is inside the subject's "of" phrase.
    if (/\bof\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}$/u.test(before) && !(m.type === 'Organization' && BOARD_OF.test(before))) continue;
    // Only the words between the mention and the cue can make it a modifier ("Japan on Thursday said" has none).
    // ("The Asian Development Bank (ADB) on Friday announced": the name's bracketed short form is part of it.)
    const after = t.slice(m.end, at).replace(/^\s*\([\p{Lu}\p{N}.&-]{2,12}\)/u, ' ').replace(TIME_BETWEEN, ' ');
    // "Teck Hock owes ... and the nine banks have been extending": a new subject after "and".
    // ("The US and a group of other nations granted": others joined to the name, which stays the subject.)
    if (/\b(?:and|but|while|whereas)\s+(?:the|a|an|its|their|his|her|some|many|most|all|several|\d+)\s+(?!(?:[\p{Ll}-]+\s+(?:of\s+)?){0,2}other\b)\p{Ll}/iu.test(after)) continue;
    // ("Paris Club creditors had agreed to reschedule": a creditors' club's members act as the club.)
    if (NON_STATE_HEAD.test(/\p{Ll}/u.test(t) ? after : after.toLowerCase()) && !(m.type === 'Organization' && CREDITOR_CLUB.test(t.slice(m.start, m.end)) && CLUB_MEMBERS_AFTER.test(after))) continue;
    // "Russian pole vaulter Yelena Isinbayeva", "US oil giant ExxonMobil": a description of a
    // named someone who is not a recognised entity; but "French president Jacques Chirac" is the state.
    const described = /^(?:['’]s)?\s+((?:\p{Ll}[\p{L}-]*\s+){1,3})\p{Lu}/u.exec(after);
    if (described && m.type === 'Country' && !GOVERNMENT_WORD.test(described[1]!)) continue;
    // "Turkish suspect donated", "an American billionaire gave": a demonym before a common noun that heads the subject
    // describes someone of that country, not its state ("the Saudi government", "the Nepali kingdom" stay the state).
    const headNoun = m.type === 'Country' && gazetteer().forms.get(t.slice(m.start, m.end))?.form === 'demonym' ? /^\s+((?:\p{Ll}[\p{L}-]*\s+){1,2})$/u.exec(after.replace(TRAILING_ADV, '').replace(/(?:\s(?:has|have|had|is|are|was|were|will|would|shall|had|did|does|do)\b)+\s*$/i, ' ')) : null;
    if (headNoun && !GOVERNMENT_WORD.test(headNoun[1]!) && !/\b(?:kingdom|republic|nation|country|emirate|regime|sultanate|principality|junta|side)\b/i.test(headNoun[1]!)) continue;
    if (partOfOtherName(t, m, at)) continue;
    return m;
  }
  return undefined;
}

/**
 * A time adverbial that opens the sentence before its subject: "On March 12, 2015, X gave", "In 2014, X donated",
 * "Last year, X was the party's top donor": the subject is read after it (web copy puts the date first).
 */
const WEEKDAY = WEEKDAY_NAMES.join('|');
const MONTH = [...MONTH_NAMES, ...MONTH_ABBREVIATIONS].join('|');
const TIME_OPENER = new RegExp(String.raw`^\s*(?:(?:on|in|by|during|since|until|from|as\s+of|at\s+the\s+(?:start|end)\s+of|(?:early|late|earlier|later)\s+(?:on|in|this|last)?)\s+)?(?:(?:the\s+)?(?:early|late|mid-?)\s*)?(?:(?:last|this|next|earlier\s+this)\s+(?:week|month|year|weekend|spring|summer|autumn|fall|winter|${WEEKDAY})|(?:${WEEKDAY}),?\s*(?:(?:${MONTH})\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTH})\.?)?|(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:${MONTH})\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(?:19|20)\d\d)?|(?:19|20)\d\d(?:s)?|yesterday|today|earlier|later)\s*,\s+`, 'i');

/** A time adverbial between a subject and its verb: "Japan on Thursday said", "the bank, last week, approved". */
const TIME_BETWEEN = new RegExp(String.raw`,?\s+(?:on|last|this|late|early|earlier|next)\s+(?:${WEEKDAY}|week|month|year|night|morning|afternoon|evening|weekend)\b,?|,?\s+(?:yesterday|today|tonight|earlier|later|${WEEKDAY})\b,?`, 'gi');

/** A sentence whose subject is the commitment just reported, compared with an earlier one: "The donation follows a ...", "This aid comes on top of ...". */
const FOLLOWS_EARLIER = /^\s*(?:the|this|that|his|her|its|their)\s+(?:[\w'’-]+\s+){0,3}(donation|gift|grant|loan|aid|money|pledge|package|contribution|funding|cash|sum)\s+(?:(?:is|was|comes|came)\s+)?(?:follows|followed|(?:on\s+)?top\s+of|in\s+addition\s+to|adds\s+to|added\s+to|after)\s+(?:an?\s+|the\s+)?(?:(?:earlier|previous|previously[\s-]\w+|similar|further|separate)\s+)?(?:\S+\s+){0,2}$/i;

/**
 * Raising one's own commitment to a new total: "increased its pledge to $350m", "doubled their aid to Africa to £1bn"
 * (or aid with no owner: "agreed to double aid to Africa to $50bn a year").
 */
const RAISED_TO_TOTAL = /^\s+(?:(?:its|their|his|her|our)\s+)?(?:(?!the\b|an?\b)[\w-]+\s+){0,2}?(?:aid|pledges?|contributions?|donations?|commitments?|funding|assistance|grants?)\s+(?:(?:to|for)\s+(?!(?:about|around|over|more|nearly|almost|some|up\s+to)\b)[^\d$€£¥,;]{1,40}?\s+)?(?:from\s+[^,;]{1,30}?\s+)?to\s+(?:(?:about|around|over|more\s+than|nearly|almost|some|at\s+least)\s+)?(?:[A-Z]{0,3}[$€£¥]|\d)/;

/** A decision, pledge or offer with its maker before the verb it commits to: "the decision by X to write off", "X's pledge to give". */
const DECISION_BY = /\b(?:decision|agreement|move|pledge|promise|commitment|undertaking|offer)\s+(?:by|of)\s+((?:the\s+)?[\p{Lu}][^,;:]{0,80}?)(?:\s+to)?\s*$|(?:^|\s)((?:the\s+)?[\p{Lu}][\p{L}.&\s-]{0,60}?)['’]s?\s+(?:[\p{Ll}-]+\s+)?(?:decision|pledge|promise|commitment|undertaking|offer)(?:\s+to)?\s*$/u;

/** A body whose name says it lends or is owed: the creditor party of a debt agreement. */
const CREDITOR_NAME = /\b(?:Club|creditors?|bank|fund|monetary|lenders?)\b/i;

const WITH_CREDITORS = /\bwith\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,4}(?:creditors?|lenders?|commercial\s+banks|bank\s+advisory)\b/i;
/** A club of creditors ("the Paris Club", "the London Club") speaks for its members. */
const CREDITOR_CLUB = /\bClub\b/;
/**
 * Creditors that are a named club's members, described after its name: "Paris Club creditors", "the Paris Club of
 * western creditor governments", "Paris Club member nations". (The creditors of a bank, "Acme Bank creditors", are not the bank.)
 */
const CLUB_MEMBERS_AFTER = /^\s+(?:(?:of\s+)?(?:(?:the\s+)?[\p{Ll}-]+\s+){0,3})?(?:creditors?|lenders?|members?)\b/u;

/** Whether "with ... creditors" (from, to) names a creditors' club: "with the Paris Club of creditor nations". */
function creditorClubDescribed(t: string, ms: readonly LocalMention[], from: number, to: number): boolean {
  return ms.some((m) => m.type === 'Organization' && m.start >= from && m.end <= to && CREDITOR_CLUB.test(t.slice(m.start, m.end)) && /^with\s+(?:the\s+)?$/i.test(t.slice(from, m.start)) && CLUB_MEMBERS_AFTER.test(t.slice(m.end, to)));
}

/** The kind of a commitment, from its noun or verb: gifts, aid, loans, pledges; money of any kind matches them all. */
function commitmentKind(words: string): string | undefined {
  if (/^\s*(?:money|funding|cash|sum)\s*$/i.test(words)) return 'any';
  if (/donat|gift|bequest|contribut|\bgave\b|\bgiven?\b/i.test(words)) return 'gift';
  if (/\b(?:aid|assistance|grants?|package|relief)\b/i.test(words)) return 'aid';
  if (/\b(?:loans?|credits?|lend|lent|financing)\b/i.test(words)) return 'loan';
  if (/pledg|commit|promis/i.test(words)) return 'pledge';
  return undefined;
}

/** "the government of", "the people of", "the Kingdom of": a state named through its government. */
const STATE_OF = /(?:^|[\s,])(?:the\s+)?(?:government|governments|people|kingdom|republic|state|emirate|sultanate|principality|administration|authorities)\s+of\s+(?:the\s+)?$/i;
/** "The board of the Asian Development Bank approved": a body's board acts for the body named after it. */
const BOARD_OF = /(?:^|[\s,])(?:the\s+)?(?:(?:executive|governing|supervisory)\s+)?(?:board|directors|governors)(?:\s+of\s+(?:executive\s+)?(?:directors|governors))?\s+of\s+(?:the\s+)?$/i;
/** A body's board recognised as a name of its own: "Executive Board", "Board of Directors". */
const BOARD_NAME = /^(?:the\s+)?(?:(?:executive|governing|supervisory)\s+)?(?:board|directors|governors)(?:\s+of\s+(?:executive\s+)?(?:directors|governors))?$/i;
/** A name that is another body's name followed by its board: "World Bank Board of Executive Directors". */
const BOARD_SUFFIX = /^(.+?)\s+(?:(?:executive|governing|supervisory)\s+)?(?:board|directors|governors)(?:\s+of\s+(?:executive\s+)?(?:directors|governors))?$/i;

/**
 * The body a board acts for: "the IMF's Executive Board", "the Executive Board of the IMF", "the World
 * Bank Board of Executive Directors" (the body named elsewhere in the article by the name before "Board").
 */
function boardOwner(ctx: PledgeContext, t: string, ms: LocalMention[], m: GiverRef): string | undefined {
  const name = m.name.trim();
  if (m.type !== 'Organization' || !/\b(?:board|directors|governors)\b/i.test(name)) return undefined;
  if (BOARD_NAME.test(name) && m.local) {
    const local = m.local;
    const owner = ms.find((x) => x.type === 'Organization' && x.end <= local.start && /^['’]s?\s+$/.test(t.slice(x.end, local.start))) ?? ms.find((x) => x.type === 'Organization' && x.start >= local.end && /^\s+of\s+(?:the\s+)?$/i.test(t.slice(local.end, x.start)));
    return owner?.entity;
  }
  const prefix = BOARD_SUFFIX.exec(name)?.[1];
  if (!prefix) return undefined;
  const body = ctx.mentions.find((x) => x.type === 'Organization' && x.entity !== m.entity && ctx.text.slice(x.start, x.end) === prefix);
  return body?.entity;
}

const COORD_GAP = /^\s*(?:,\s*(?:and\s+|&\s+)?|and\s+(?:his\s+wife\s+|her\s+husband\s+)?|&\s+|['’]s?\s+and\s+|['’]s?,\s*)(?:the\s+)?$/i;
const AND_GAP = /\band\b|&/i;
const SAME_ENTITY_GAP = /^\s*[([]\s*$|^\s*[)\]]\s*$/;

/** "France, Germany and the U.K." read leftwards from "the U.K.": the gap next to the head must hold the "and". */
// "pledged $500m to Ukraine and Britain pledged £10m": a name after a preposition ends the clause before; it is no subject.
const OBJECT_OF_PREPOSITION = /\b(?:to|for|into|from|by|toward|towards|against)\s+(?:the\s+)?$/i;

function coordinatedLeft(t: string, ms: LocalMention[], m: LocalMention, asSubject = false): LocalMention[] {
  const out = [m];
  let cur = m;
  let sawAnd = false;
  let i = ms.indexOf(m) - 1;
  while (i >= 0) {
    const p = ms[i]!;
    const gap = t.slice(p.end, cur.start);
    if (p.entity === cur.entity && SAME_ENTITY_GAP.test(gap)) {
      cur = p;
      i--;
      continue;
    }
    if (!COORD_GAP.test(gap) || p.type === 'Place') break;
    if (asSubject && OBJECT_OF_PREPOSITION.test(t.slice(Math.max(0, p.start - 12), p.start))) break;
    if (AND_GAP.test(gap)) sawAnd = true;
    // A capitals headline drops the "and": "U.S., TURKEY SIGN AID AGREEMENT".
    else if (!sawAnd && /\p{Ll}/u.test(t)) break;
    out.unshift(p);
    cur = p;
    i--;
  }
  return out;
}

/** "the World Bank and the Asian Development Bank", "Uganda's and Mozambique's": a comma list must end in "and". */
function coordinatedRight(t: string, ms: LocalMention[], m: LocalMention): LocalMention[] {
  const out = [m];
  let cur = m;
  let lastAnd = 1;
  for (let i = ms.indexOf(m) + 1; i < ms.length; i++) {
    const n = ms[i]!;
    const gap = t.slice(cur.end, n.start);
    if (n.entity === cur.entity && (SAME_ENTITY_GAP.test(gap) || gap === '')) {
      cur = n;
      continue;
    }
    if (!COORD_GAP.test(gap) || n.type === 'Place') break;
    out.push(n);
    cur = n;
    if (AND_GAP.test(gap)) {
      lastAnd = out.length;
      break;
    }
  }
  return out.slice(0, lastAnd);
}

/**
 * The mention right after "from" (or "by") that closes the object's noun phrase: "a loan from the
 * Japanese Export-Import Bank", "loans totalling 390 mln dlrs from Japan", "donations topping
 * £250,000 for the Conservatives from X". A "from" after a comma or a new clause ("..., including
 * proceeds from U.S. arms sales") is not the giver.
 */
function fromMention(t: string, ms: LocalMention[], from: number, to: number): LocalMention | undefined {
  const m = /\b(?:from|by)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}?/iu.exec(t.slice(from, to));
  if (!m || m.index > 90) return undefined;
  // "a loan contracted by X", "taken out by X": the one who borrows, not the lender.
  if (/^by$/i.test(m[0].trim().split(/\s+/)[0]!) && /\b(?:contracted|taken\s+out|raised|incurred|owed|assumed|sought|requested|repaid|used|borrowed|drawn|needed)\s+$/i.test(t.slice(from, from + m.index))) return undefined;
  // (Not past a clause or an infinitive: "a credit to help finance a plant built there by X".)
  // ("The £25m gift, from businessman X, will fund": an appositive right after the noun is its source.)
  // ("a $5 million gift to Harvard from X": "to" before a name is the recipient's, no infinitive; in capitals it may be either.)
  const between = t.slice(from, from + m.index).replace(/\d,\d/g, '00');
  if (!/^\s*,\s*$/.test(between) && (/[,;:]|\b(?:until|including|which|that|who|after|before|because|when|while|if|unless|as|there|will|would|is|are|was|were|be|been|being|has|have|had)\b/i.test(between) || /\b(?:to|To|TO)\s+(?!(?:the|an?|borrow|receive|obtain|get|raise|THE|AN?|BORROW|RECEIVE|OBTAIN|GET|RAISE)\b)(?:[a-z]+|[A-Z]{2,})\b/.test(between))) return undefined;
  const at = from + m.index + m[0].length;
  // ("from businessman Michael Moritz", "from Lord Sainsbury": lower-case words describing the name, or a title the name leaves out, come between.)
  // (Not past a phrase of its own: "from the sale of X", "from investors in X".)
  const x = ms.find((y) => y.start >= at && y.type !== 'Place' && /^\s?(?:(?:[\p{Ll}-]+|(?:Lord|Lady|Sir|Dame|Baroness|Baron|Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.?)\s+){0,3}$/u.test(t.slice(at, y.start)) && !FROM_PHRASE_ENDS.test(t.slice(at, y.start)));
  return x && !partOfOtherName(t, x) ? x : undefined;
}

/**
 * The lender a sum is received from under a credit agreement: "received 310 mln dlrs pursuant to a
 * credit agreement with Citicorp and the Bank of Nova Scotia", "received a 3.5 billion yen credit
 * under an agreement signed with X Bank". Only a lending agreement or a lending body's name.
 */
const UNDER_AGREEMENT_WITH = /^[^;:]{0,80}?\b(?:under|pursuant\s+to|as\s+part\s+of)\s+(?:an?|the|its|their)\s+((?:[\w-]+\s+){0,3}?)(?:agreements?|accords?|arrangements?)\s+(?:(?:signed|reached|concluded)\s+)?with\s+(?:the\s+)?$/i;
function lenderUnderAgreement(t: string, ms: LocalMention[], from: number, to: number): LocalMention | undefined {
  const m = ms.find((x) => x.start >= from && x.start < to && x.type === 'Organization' && UNDER_AGREEMENT_WITH.test(t.slice(from, x.start)));
  if (!m) return undefined;
  return /\b(?:credits?|loans?|financing|facilit(?:y|ies)|lending)\b/i.test(t.slice(from, m.start)) || LENDER_NAME.test(t.slice(m.start, m.end)) ? m : undefined;
}

/**
 * The lender a borrower agreed with: "Turkey has agreed a draft proposal with the IMF to borrow $10bn". A lending
 * body or a state right after "with", right before the borrowing verb.
 */
function partnerToBorrow(t: string, ms: LocalMention[], cueStart: number): LocalMention | undefined {
  const m = ms.find((x) => x.end <= cueStart && /^\s*$/.test(t.slice(x.end, cueStart)) && /\bwith\s+(?:the\s+)?$/i.test(t.slice(Math.max(0, x.start - 12), x.start)));
  if (!m) return undefined;
  const name = t.slice(m.start, m.end);
  return m.type === 'Country' || (m.type === 'Organization' && LENDER_NAME.test(name) && !COMPANY.test(name)) ? m : undefined;
}

/** A demonym, possessive or organization right before a noun: "French aid", "Japan's loan", "World Bank loan". */
// "its", "their", "his", "her" and the words that may stand between it and a commitment noun: an
// amount and modifiers ("its 4.0 mln dlr contribution", "their latest £2m gift"), never a clause.
const POSSESSIVE_PRONOUN_NP = /\b(its|their|his|her)\s+(?:(?!(?:to|of|for|and|or|but|that|which|who|the|an?|on|with|from|by|is|was|are|were|will|would|has|had|have|be|been|not)\b)[^\s,;:()"“”]+\s+){0,6}$/i;
const OWN_SPENDING = /^\s+(?:the\s+|an?\s+)?(?:(?:additional|further|new|planned)\s+)?(?:capital\s+)?(?:spending|expenditures?|outlays?|investments?|capital\s+budget)\s+(?:of|totalling|totaling|worth)\b/i;
/** A verb that concludes an agreement, before the agreement's noun: "entered into a new", "had executed a revolving" (the sign row reads "signed"). */
const AGREEMENT_CONCLUDED = /\b(?:entered(?:\s+into)?|executed|completed|renewed)\s+(?:an?|the|its|their)\s+((?:[\w-]+\s+){0,5})$/i;
const LOAN_AGREEMENT_WITH = /^\s+(?:agreements?|accords?|deals?|arrangements?|programmes?|programs?)\s+with\s+(?:the\s+)?/i;
const SUBJECT_OF_POSSESSIVE: Record<string, string> = wordTable({ its: 'it', their: 'they', his: 'he', her: 'she' });

/** The possessive pronoun a commitment noun at `at` is owned by, as the subject pronoun to resolve, and where it stands. */
function possessivePronounBefore(t: string, at: number): { subject: string; at: number } | undefined {
  const from = Math.max(0, at - 80);
  const m = POSSESSIVE_PRONOUN_NP.exec(t.slice(from, at));
  return m ? { subject: SUBJECT_OF_POSSESSIVE[m[1]!.toLowerCase()]!, at: from + m.index } : undefined;
}

function ownerBefore(t: string, ms: LocalMention[], at: number): LocalMention | undefined {
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.end > at) continue;
    const gap = t.slice(m.end, at);
    if (/^(?:['’]s?)?\s+(?:(?:military|humanitarian|economic|financial|emergency|food|development|bilateral|new|fresh|additional|extra|further|soft|concessional)\s+){0,2}$/i.test(gap) && m.type !== 'Place') return m;
    return undefined;
  }
  return undefined;
}

function quoteSpeaker(ctx: PledgeContext, at: number): string | undefined {
  // The first quote (in order) with a speaker and a segment around `at`; segments indexed once per context.
  let index = SEGMENT_INDEXES.get(ctx.quotes);
  if (!index) {
    const segments = ctx.quotes.flatMap((q, i) => (q.speaker ? q.segments.map((r) => ({ r, i })) : []));
    const around = containerIndex(segments, (s) => s.r);
    index = (offset) => around.containing(offset, offset + 1).reduce((best, k) => Math.min(best, segments[k]!.i), Infinity);
    SEGMENT_INDEXES.set(ctx.quotes, index);
  }
  const first = index(at);
  return first === Infinity ? undefined : ctx.quotes[first]!.speaker;
}

const SEGMENT_INDEXES = new WeakMap<PledgeContext['quotes'], (offset: number) => number>();

/** The states each person has announced commitments of so far in the article (read in order). */
function spokenFor(ctx: PledgeContext): Map<string, Set<string>> {
  let map = SPOKEN_FOR.get(ctx);
  if (!map) SPOKEN_FOR.set(ctx, (map = new Map()));
  return map;
}
const SPOKEN_FOR = new WeakMap<PledgeContext, Map<string, Set<string>>>();

function resolveGiver(ctx: PledgeContext, t: string, ms: LocalMention[], m: GiverRef, personal: boolean): Resolved | undefined {
  if (m.type === 'Place') return m.region ? { giver: m.entity } : undefined;
  // "The Government of Japan has decided to extend": a state's government recognized as a body of its own is the state, when the article names it.
  const stateGov = m.type === 'Organization' ? /^(?:the\s+)?(?:Government|Kingdom|Republic|State|Federal\s+Republic|People['’]s\s+Republic)\s+of\s+(?:the\s+)?(.+)$/i.exec(m.name.trim()) : null;
  const state = stateGov ? gazetteer().forms.get(stateGov[1]!) : undefined;
  if (state && state.type === 'Country' && state.form === 'name' && ctx.mentions.some((x) => x.entity === state.key)) return { giver: state.key };
  // ("The IMF's Executive Board approved": the board acts for its body.)
  if (m.type === 'Organization') return { giver: boardOwner(ctx, t, ms, m) ?? m.entity };
  if (m.type !== 'Person') return { giver: m.entity };
  // "The Obama administration pledged $100m": a leader's administration or government is their state.
  // (Only a head's: "the Duda government" is Poland's when Duda is its president; a minister's, a party leader's, or one
  // whose office the article does not give, stays the person. A governor's or mayor's administration is their state or city.)
  if (m.local && LEADER_GOVERNMENT.test(t.slice(m.local.end, m.local.end + 20))) {
    const office = ctx.officeOf(m.entity);
    const head = personTitles(ctx, m.entity).some((x) => HEAD_OF_GOVERNMENT_TITLE.test(x) && !NOT_STATE_OFFICE.test(x));
    return office && head && (isPublic(ctx, office) || governs(ctx, m.entity, office)) ? { giver: office, announcedBy: m.entity } : { giver: m.entity };
  }
  // The person's country or organization: from the office, or from the title around the name
  // ("Poland's President Andrzej Duda", "Dutch Prime Minister Mark Rutte").
  const local = m.local;
  const title = local ? ms.filter((x) => x.end <= local.start && x.type !== 'Person' && x.type !== 'Place' && /^(?:['’]s?)?\s+(?:[A-Z][\w.-]*\s+|(?:of|for|and)\s+){1,5}$/.test(t.slice(x.end, local.start))).pop() : undefined;
  return resolvePerson(ctx, m.entity, title?.entity, personal);
}

const LEADER_GOVERNMENT = /^(?:['’]s)?\s+(?:administration|government|cabinet)\b/i;

function resolvePerson(ctx: PledgeContext, person: string, titleOf: string | undefined, personal = false, collective = false): Resolved {
  if (personal && !collective) return { giver: person };
  // (A title read with a body that is not a state's, "Welsh Health Minister" as of "Welsh Health", yields to the state in it.)
  const known = ctx.officeOf(person) ?? titleOf;
  const office = known && (isPublic(ctx, known) || governs(ctx, person, known)) ? known : (governmentTitleOf(ctx, person) ?? known);
  // ("Florida Governor Rick Scott allocated $26m in state funds": a governor or mayor commits the money of the place they govern.)
  if (office && governs(ctx, person, office) && !personal) return { giver: office, announcedBy: person };
  // "Microsoft founder Bill Gates has given $50m": a company's people give their own money; a state's
  // or a public body's office-holders give the state's. ("We have given £50,000," said the club's
  // chairman: "we" is the body they speak for, whatever it is.)
  if (office && !isPublic(ctx, office) && !collective) {
    // ("Acme chief executive X announced a $2m grant": an executive commits the company's money, an owner may give their own.)
    return personTitles(ctx, person).some((x) => COMPANY_EXECUTIVE_TITLE.test(x)) ? { giver: office, announcedBy: person } : { giver: person };
  }
  return office ? { giver: office, announcedBy: person } : { giver: person };
}

/** A person's titles: those the roles step read, and the nominal mentions that stand for them ("the chancellor"). */
function personTitles(ctx: PledgeContext, person: string): string[] {
  const titles = [...(ctx.titlesOf?.(person) ?? [])];
  for (const m of ctx.mentions) {
    if (m.entity !== person) continue;
    const nominal = /^the\s+([\p{L}\s-]+)$/iu.exec(ctx.text.slice(m.start, m.end).replace(/\s+/g, ' '));
    if (nominal) titles.push(nominal[1]!);
  }
  return titles.map((x) => x.replace(/\s+/g, ' ').trim());
}

/** A government office title between a state and a name: "Scottish Finance Minister, Tom McCabe", "Poland's President Andrzej Duda". */
const STATE_TITLE = /^(?:['’]s?)?\s+(?:(?:[A-Z][\w.-]*|of|for|and)\s+){0,4}(?:Minister|Secretary|Chancellor|President|Premier|Prime\s+Minister|Commissioner|Ambassador|Governor)\s*,?\s+(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Baroness)\.?\s+)?$/;

/**
 * The state a person holds a government office in, from a title before any of their mentions in
 * the article ("Scottish Finance Minister, Tom McCabe MSP, said ..." makes "Mr McCabe has promised
 * them £8.1bn" Scotland's): for the office-holders the recognizer of offices left without one.
 */
function governmentTitleOf(ctx: PledgeContext, person: string): string | undefined {
  for (let i = 0; i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i]!;
    if (m.entity !== person) continue;
    for (let j = i - 1; j >= 0 && ctx.mentions[j]!.end > m.start - 80; j--) {
      const x = ctx.mentions[j]!;
      if (x.type !== 'Country' || x.end > m.start) continue;
      if (STATE_TITLE.test(ctx.text.slice(x.end, m.start).replace(/\s+/g, ' '))) return x.entity;
      break;
    }
    // (A demonym the recognizer left unlinked: "Scottish Finance Minister, Tom McCabe".)
    const before = ctx.text.slice(Math.max(0, m.start - 80), m.start).replace(/\s+/g, ' ');
    for (const w of before.matchAll(/\b\p{Lu}\p{Ll}+/gu)) {
      if (!STATE_TITLE.test(before.slice(w.index! + w[0].length))) continue;
      const state = stateOfDemonym(ctx, w[0]);
      if (state) return state;
    }
  }
  return undefined;
}

/** The article's state a demonym names: by the gazetteer, or for the nations of the UK by their name in the article. */
function stateOfDemonym(ctx: PledgeContext, word: string): string | undefined {
  const nation = NATION_DEMONYM[word];
  if (nation) return ctx.mentions.find((x) => x.type === 'Country' && nation.test(ctx.text.slice(x.start, x.end)))?.entity;
  const e = gazetteer().forms.get(word);
  return e && e.type === 'Country' && e.form === 'demonym' && ctx.mentions.some((x) => x.entity === e.key) ? e.key : undefined;
}
const NATION_DEMONYM: Record<string, RegExp> = wordTable({ Scottish: /^Scotland$/, Welsh: /^Wales$/, English: /^England$/, British: /^(?:Britain|UK|U\.K\.|United\s+Kingdom|Great\s+Britain)$/ });

/**
 * Whether a person's office is the head of the place it is read for: a governor of a state or province,
 * a mayor of a city (the roles step reads the place: "Florida Governor Rick Scott", "Mayor Jane Doe of Miami").
 */
function governs(ctx: PledgeContext, person: string, office: string): boolean {
  if (office !== ctx.officeOf(person) || ctx.mentions.find((x) => x.entity === office)?.type !== 'Place') return false;
  return (ctx.titlesOf?.(person) ?? []).some((x) => PLACE_HEAD_TITLE.test(x.replace(/\s+/g, ' ').trim()));
}

/** Whether an entity is a state or a public body (by its type, or the words of its name). */
function isPublic(ctx: PledgeContext, key: string): boolean {
  const m = ctx.mentions.find((x) => x.entity === key);
  if (!m) return true;
  return m.type === 'Country' || PUBLIC_BODY.test(ctx.text.slice(m.start, m.end)) || GOVERNMENT_WORD.test(ctx.text.slice(m.start, m.end));
}

function resolveRecipient(ctx: PledgeContext, m: LocalMention): string {
  if (m.type === 'Person') return ctx.officeOf(m.entity) ?? m.entity;
  return m.entity;
}

// ---------------------------------------------------------------- the object of a cue

interface ObjectPart {
  amount?: MonetaryAmount;
  quantity?: number;
  item?: string;
  /** A recipient of this part alone: the second of "$10m to Unicef and $5m to the WHO". */
  recipient?: LocalMention;
  /** A purpose of this part alone: the second of "£2bn for hospitals and £1bn for schools". */
  purpose?: string;
}

/** Between two listed sums: the first one's own prepositional phrase, then a comma ("£2m for schools, £1m ..."). */
const LIST_GAP = /^\s*(?:(?:in|of|for|to|towards|into)\s+(?:[\w'’.-]+\s+){0,6}?[\w'’.-]+)?\s*,\s*$/i;
/** A gap that is a clause, not a list member's phrase ("$5m to Oxfam, which ..."). */
const LIST_GAP_VERB = /\b(?:which|that|who|was|were|is|are|will|would|has|have|had|said|says|bringing|taking|raising|making|including|went|goes|gone|spent|than|less|more|up|down|compared|against|versus|vs)\b/i;
/** What may follow a listed sum before the next comma or "and": nothing, or its own prepositional phrase. */
const LIST_TAIL = /^\s*(?:(?:in|of|for|to|towards|into)\s+(?:[\w'’.-]+\s+){0,6}?[\w'’.-]+)?\s*$/i;
/** The "and" before a list's last sum. */
const LIST_CLOSE = /(?:,\s*|\s+)and\s+(?:an?\s+(?:additional|extra|further)\s+|another\s+|a\s+further\s+)?$/i;
/** The comma or conjunction that brings the next listed sum, at the end of a gap. */
const LIST_CONNECTOR = /(?:(?:,\s*|\s+)(?:and|plus|as\s+well\s+as|along\s+with|coupled\s+with|together\s+with)\s+(?:an?\s+(?:additional|extra|further)\s+|another\s+|a\s+further\s+)?|\s*,\s*)$/i;

interface ObjectReading extends ObjectPart {
  purpose?: string;
  recipients: LocalMention[];
  /** Where the first of several listed sums' own words end, when each sum has its own recipient or purpose. */
  listEnd?: number;
  ownerBefore?: LocalMention;
  status?: PledgeStatus;
  cue?: string;
  /** Further amounts listed with the first: "$1.2bn in grants and $500m in soft loans". */
  more: ObjectPart[];
  /** The object follows a described recipient of a "with" construction: "supplied the rebel army with jets". */
  handedTo?: boolean;
}

/** A form of a funding verb that is no noun ("funds", "funding" are also nouns): the sentence prefilter's. */
const FUNDING_FORM = /\b(?:funded|financed|finances|bankroll(?:s|ed|ing)?)\b/i;
/** A verb of funding (not "finance" the noun); its -ing form is a verb after these words. */
const FUNDING_VERB = /^(?:fund(?:s|ed|ing)?|financ(?:es|ed|ing)|bankroll(?:s|ed|ing)?)$/i;
const FUNDING_AUX = /\b(?:is|are|was|were|be|been|keep|keeps|kept|continu(?:e|es|ed)\s+(?:to\s+)?|start(?:s|ed)?|began|stop(?:s|ped)?)\s+(?:\w+ly\s+)?$/i;
/** What may follow a funded name: the end of its phrase, not a noun it modifies ("the US deficit"). */
const FUNDED_END = /^(?:\s*$|\s*[,.;:)]|\s+(?:and|in|for|through|since|until|during|over|at|as|via|from|to|while|but|because|despite|when|before|after|throughout|directly|secretly|covertly|generously|heavily|for\s+years)\b)/i;
/** A group funded right after the verb: "opposition groups", "Syrian rebels" (not "its campaign", "the party's campaign"). */
const FUNDED_GROUP = /^\s+(?:(?:the|these|those|such|several|various|many|other)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:rebels|militants|militias?|groups|terrorists|insurgents|fighters|guerrillas|jihadists|extremists|charities|organi[sz]ations|parties|candidates|movements|factions)(?![\p{L}'’-])(?!\s+(?:with|to)\b)/iu;
/**
 * What a funding verb funds when no sum or "with" follows: the named bodies right after it ("Qatar funds Hamas"), or
 * true for a group ("has been funding opposition groups"); undefined for anything else ("funds the deficit").
 */
function fundedWithoutSum(t: string, ms: LocalMention[], cue: Cue): LocalMention[] | true | undefined {
  // (The cue holds its auxiliaries: "has funded", "been funding".)
  const word = cue.text.replace(/^.*\s/, '');
  if (!FUNDING_VERB.test(word) || (/ing$/i.test(word) && !FUNDING_AUX.test(t.slice(Math.max(0, cue.start - 24), cue.start) + cue.text.slice(0, -word.length)))) return undefined;
  const named = ms.find((m) => m.start >= cue.end && m.type !== 'Place' && /^\s+(?:the\s+)?$/i.test(t.slice(cue.end, m.start)));
  const list = named ? coordinatedRight(t, ms, named) : [];
  if (named && FUNDED_END.test(t.slice(list.at(-1)!.end))) return list;
  // ("funded Democratic candidates": a name modifying the group.)
  return FUNDED_GROUP.test(t.slice(cue.end)) || undefined;
}

/** Funding's group after it: "funding of extremist groups", "funding for the rebels". */
const FUNDING_OF_GROUP = new RegExp(`^\\s+(?:to|for|of)${FUNDED_GROUP.source.slice(1)}`, 'iu');
/** The goods before a passive verb: "the 40 tanks", "the loan" (what "came from" a giver reads its subject itself). */
const PASSIVE_GOODS = /(?:^|\s)((?:\d[\d,]*\s+)?(?:\p{L}[\w-]*\s+){0,4}(?:missiles|tanks|weapons|jets|aid|loans?|credits?|grants?|financing|funding|assistance))\s*,?\s*$/iu;
/** ... or money, with what it is for: "The money has been provided by Japan", "Funds for the project were provided by X". */
const PASSIVE_GIFT = /(?:^|\s)((?:\d[\d,]*\s+)?(?:(?!of\s)\p{L}[\w-]*\s+){0,4}(?:missiles|tanks|weapons|jets|aid|loans?|credits?|grants?|financing|funding|assistance|money|funds|cash|donations?))(?:\s+for\s+(?:the\s+|its\s+|their\s+|this\s+)?(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)?\s*,?\s*$/iu;
/** The classes of verbs that give: their passive with a named agent gives money, whatever its sum. */
const GIVING_CLASS = /^(?:give|donate|lend|pledge|approve)$/;
/** A named agent right after a passive verb: "by Japan", "jointly by the World Bank", "from the EU". */
const NAMED_AGENT = /^\s+(?:(?:\w+ly|also|jointly)\s+)?(?:by|from)\s+(?:the\s+)?\p{Lu}/u;
/** Right after a receiving verb: an unowned money noun, then its named source ("receives funding from Qatar", not "get their money from"). */
const RECEIVED_FROM_NAMED = /^\s+(?:(?:some|much|more|new|fresh|additional|extra|further|direct|financial|federal|government|state|public|private|secret|covert|regular|annual|substantial|significant|generous|the)\s+)?(?:funding|financing|money|cash)\s+(?:(?:for|to)\s+[^,;:()]{1,40}?\s+)?from\s+(?:the\s+)?\p{Lu}/u;
/** A passive of funding with its agent: "funded by Qatar", "being financed jointly by the World Bank". */
// ("a super PAC financed by billionaire X": a lower-case descriptor may come before the name.)
const FUNDED_BY = /^(?:[\s\S]*?\b)?(?:funded|financed|bankrolled)\s+(?:(?:\w+ly|jointly|also|in\s+part)\s+)?by\s+(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Lu}/u;

/**
 * The length of a description that is the indirect object of a "with" construction right at `pos`:
 * "supplied the Assad regime with jets", "provided the rebel group with weapons" (0 when there is none).
 */
function describedBeforeWith(t: string, pos: number): number {
  const d = /^\s*(?:the|its|their|his|her|our)\s+(?:[\p{L}'’.-]+\s+){0,3}?(?=with\s)/iu.exec(t.slice(pos));
  return d && !/\b(?:and|or|to|for|of|in|on|at|from|by|which|that|who)\s/i.test(d[0]) ? d[0].length : 0;
}

/**
 * The length of a lower-case description that is an indirect object right at `pos`, followed by a sum:
 * "gave the rebels $5m", "has given the flood victims hundreds of millions of dollars" (0 when there is none).
 */
function describedBeforeSum(t: string, pos: number): number {
  const d = /^\s*(?:the|its|their|his|her|our)\s+(?:[\p{Ll}'’-]+\s+){0,2}?[\p{Ll}'’-]+(?=\s+(?:[$€£¥]|\d|(?:some|about|around|nearly|almost|over|more\s+than|up\s+to|another|a\s+further|an\s+(?:extra|additional))\s+[$€£¥\d]|(?:several\s+)?(?:tens|hundreds|thousands|millions|billions)\s+of\b))/u.exec(t.slice(pos));
  return d && !/\b(?:and|or|to|for|of|in|on|at|from|by|which|that|who|was|were|is|are|has|have|had)\s/i.test(d[0] + ' ') ? d[0].length : 0;
}

/** What "announced" commits without a sum right after it: "announced a moratorium on debt payments", "announced aid". */
const ANNOUNCED_RELIEF = /^\s*(?:an?\s+|the\s+)?(?:(?:new|fresh|additional|\w+-\w+)\s+)*(?:aid|loans?|grants?|donations?|(?:debt\s+)?(?:moratorium|freeze|relief|rescheduling|write-?off|cancellation)\s+(?:on|of|for)\s+(?:\w+\s+){0,3}?(?:debts?|(?:re)?payments?|loans?))\b/i;

function readObject(ctx: PledgeContext, v: SentenceView, cue: Cue, objectEnd: number, clauseStart: number, subjectStart: number | undefined): ObjectReading | undefined {
  const { t, ms } = v;
  const spec = cue.spec;
  const cls = spec?.cls;
  const result: ObjectReading = { recipients: [], more: [] };
  let pos = cue.end;
  // "decided to provide", "pledged to send": the second verb is its own cue.
  // (Not when the verb's object is a sum before its subject: "the $64 million it pledged to help pay for ...".)
  if (cls && cls !== 'give' && !(cue.kind === 'active' && subjectStart !== undefined && definiteSumBefore(v, subjectStart)) && /^\s+to\s+(?:\w+\s+)?(?:provide|give|send|donate|contribute|lend|loan|supply|deliver|grant|transfer|disburse|extend|pay|fund|finance|reschedule|restructure|write|forgive|cancel|freeze|defer|put|pump|inject|release|allocate|earmark|make)\b/i.test(t.slice(pos))) return undefined;
  const adv = TIME_ADVERB.exec(t.slice(pos));
  if (adv) pos += adv[0].length;
  // "signed with Japan for a credit facility": the partner named right after the verb.
  if (cls === 'sign' || cls === 'agree') {
    const w = /^\s*with\s+(?:the\s+)?/i.exec(t.slice(pos));
    const partner = w ? ms.find((m) => m.start === pos + w[0].length && m.type !== 'Place') : undefined;
    if (partner) {
      result.recipients = coordinatedRight(t, ms, partner);
      pos = result.recipients.at(-1)!.end;
    }
  }
  // "announced the delivery of": the delivery is the commitment.
  const del = DELIVERY_NOUN.exec(t.slice(pos));
  if (del) {
    if (cls === 'announce' || cls === 'approve' || cls === 'agree' || cls === 'sign' || cls === 'give') {
      if (/deliver|shipment|dispatch|handover|sending/i.test(del[0]) && cls === 'announce') result.status = 'delivered';
      result.cue = del[0].trim();
      pos += del[0].length;
    }
  } else if (cls === 'announce' && cue.kind === 'active') {
    // "announced" without a delivery noun needs an amount right away: "announced a $1bn aid package".
    const m = firstMoney(v, pos, Math.min(objectEnd, pos + 25));
    // ("announced a moratorium on debt payments", "announced debt relief for ...": relief is announced without a sum.)
    if (!m && !ANNOUNCED_RELIEF.test(t.slice(pos))) return undefined;
  }
  // Indirect object: "give Indonesia $1bn", "provided Ukraine with tanks", "lend us".
  if (spec?.dative && cue.kind === 'active') {
    const io = ms.find((m) => m.start >= pos && /^\s*(?:the\s+)?$/i.test(t.slice(pos, m.start)));
    // (a sum right after the name, whatever its sign: "lend Nepal Rs 5 billion", "gave Kenya Sh 2bn")
    const sumNext = (m: LocalMention) => v.money.some((x) => x.start >= m.end && !t.slice(m.end, x.start).trim());
    if (io && (sumNext(io) || /^(?:['’]s)?\s*(?:with\b|to\s+the\s+tune\s+of\b|[$€£¥]|\d|an?\b|the\b|some\b|up\s+to\b|about\b|around\b|roughly\b|nearly\b|almost\b|over\b|more\s+than\b|at\s+least\b|only\b|just\b|(?:tens|hundreds|thousands|millions|billions)\s+of\b|another\b|further\b|additional\b|extra\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|fifty|hundred)\b|\w+\s+(?:aid|loans?|credits?|grants?|weapons|tanks|missiles)\b)/i.test(t.slice(io.end)) || (/^\s+\p{Ll}/u.test(t.slice(io.end)) && CONCRETE.has(singularWord(/^\s+([\p{Ll}-]+)/u.exec(t.slice(io.end))![1]!))))) {
      // ("give Nepal food and medicine": a concrete noun right after a name makes the name the indirect object.)
      result.recipients = coordinatedRight(t, ms, io);
      pos = result.recipients.at(-1)!.end;
    } else {
      // ("agreed to loan Gazpromneft the money": a name the recognizer missed, then the thing lent.)
      const unnamed = /^\s*(?:\p{Lu}[\p{L}-]*\s+){1,3}(?=(?:the|an?)\s)/u.exec(t.slice(pos));
      // (The pronouns in lower case: "lent US$300 million" is no "lent us".)
      const pr = /^\s*(?:us|them|him|her|it)\b/.exec(t.slice(pos)) ?? /^\s*the\s+(?:party|club|charity|country|government|city|region|fund|appeal|victims|council|councils|company|firm|group|borrower|project)\b/i.exec(t.slice(pos));
      if (unnamed) pos += unnamed[0].length;
      else if (pr && /^\s*(?:with\b|[$€£¥]|\d|an?\b|some\b|about\b|around\b|nearly\b|more\b|over\b|up\s+to\b)/i.test(t.slice(pos + pr[0].length))) pos += pr[0].length;
      else {
        const d = describedBeforeWith(t, pos);
        if (d) result.handedTo = true;
        // ("gave the rebels hundreds of millions of dollars": a description, then the sum.)
        pos += d || describedBeforeSum(t, pos);
      }
    }
    const w = /^\s*with\s+/i.exec(t.slice(pos));
    if (w) pos += w[0].length;
  } else if (cls === 'fund' && cue.kind === 'active') {
    // "funded the rebels with millions of dollars", "financed Acme with a $5m loan": what comes after "with" is given.
    // ("funds Hezbollah to the tune of $200m a year": the sum it reaches is what is given.)
    const io = ms.find((m) => m.start >= pos && m.type !== 'Place' && /^\s*(?:the\s+)?$/i.test(t.slice(pos, m.start)) && /^\s*(?:with|to\s+the\s+tune\s+of)\s/i.test(t.slice(m.end)));
    if (io) {
      result.recipients = [io];
      pos = io.end;
    } else {
      const d = describedBeforeWith(t, pos);
      if (d) result.handedTo = true;
      pos += d;
    }
    const w = /^\s*(?:with|to\s+the\s+tune\s+of)\s+/i.exec(t.slice(pos));
    if (w && pos > cue.end) pos += w[0].length;
  }
  if (cue.kind === 'passive' || (cue.kind === 'receive' && spec)) {
    // "a 300 mln dlr economic recovery loan approved by", "91m naira of the funding had been earmarked": the amount is before the cue.
    // ("The largest donation, of £5m, came from": an appositive amount before "came from".)
    // ("The $50 million loan, approved by the World Bank on Friday, will ...": a reduced relative after its noun's comma.)
    const reduced = cue.kind === 'passive' && !cue.aux && !cue.modal;
    let m = [...v.money].reverse().find((x) => x.end <= cue.start && x.start >= clauseStart && (cue.rule === 'pledge.source' ? /^[\s\p{L},-]{0,60}$/u : reduced ? /^[\s\p{L}-]{0,60}(?:,\s*)?$/u : /^[\s\p{L}-]{0,60}$/u).test(t.slice(x.end, cue.start)) && t.slice(x.end, cue.start).trim().split(/\s+/).length <= 6);
    // "The loan, worth $500 million, will be provided by X": the sum in an appositive of the subject.
    // ("The money, $10 million, was given by Norway": the sum alone in the appositive.)
    const appositive = m ? undefined : [...v.money].reverse().find((x) => x.end <= cue.start && /,\s*(?:(?:worth|totall?ing|valued\s+at|amounting\s+to|of)\s+)?$/i.test(t.slice(Math.max(0, x.start - 25), x.start)) && /^\s*,\s*$/.test(t.slice(x.end, cue.start)) && /\b(?:loans?|credits?|grants?|aid|assistance|package|donations?|gifts?|contributions?|funding|financing|fund|money|funds|sum|cash)\s*$/i.test(t.slice(0, t.lastIndexOf(',', x.start))));
    if (appositive) {
      m = appositive;
      result.item = /(\w+)\s*$/.exec(t.slice(0, t.lastIndexOf(',', appositive.start)))![1]!.toLowerCase();
    }
    // "Uganda was given $5m by Japan", "was awarded a £2m grant by the Lottery Fund": after the cue, before "by".
    const after = m ? undefined : v.money.find((x) => x.start >= cue.end && x.start < objectEnd && /^\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}$/.test(t.slice(cue.end, x.start)));
    if (m && appositive) result.amount = amountOf(m);
    else if (m) {
      result.amount = amountOf(m);
      // ("the £50m originally allocated": an adverb before the verb is not the item.)
      const item = cleanItem(t.slice(m.end, cue.start).replace(/^\s*of\s+(?:the\s+)?/i, '').replace(/(?:^|\s)\w+ly\s*$/i, ' '));
      if (item) result.item = item;
    } else if (after) {
      Object.assign(result, readAmount(t, after, cue.end, objectEnd));
    } else if (cue.kind === 'passive') {
      // ("The credit is being provided by X": the auxiliary before the cue is not part of the object.)
      const before = t.slice(clauseStartBefore(t, cue.start), cue.start).replace(/\s+(?:(?:is|are|was|were|has|have|had|will|would|be|been|being)\s+)+$/i, ' ');
      // ("much of the money pledged by the US": the noun phrase begins after "of"; "came from" reads its own subject.)
      const np = (cue.rule === 'pledge.source' ? PASSIVE_GOODS : PASSIVE_GIFT).exec(before);
      if (np) readNounPhrase(np[1]!, result);
      // "the debt freeze offered by the Paris Club".
      const relief = /\b(debt\s+(?:freeze|moratorium|relief|rescheduling|cancellation|write-?offs?)|moratorium|rescheduling)\s*,?\s*$/i.exec(before);
      if (relief) result.item = /reschedul/i.test(relief[1]!) ? 'debt rescheduling' : /freeze|moratorium/i.test(relief[1]!) ? 'debt freeze' : 'debt relief';
      // "The rebels are funded by Qatar", "the project is being financed by the World Bank": funding, whatever its sum.
      if (!result.item && cls === 'fund' && FUNDED_BY.test(t.slice(cue.start))) result.item = 'funding';
      // "Much of the party's funding came from X", "Other significant donations came from X", "The money for the scheme
      // came from X": a gift noun heads the subject of "came from", with or without a phrase after it; its giver follows "from".
      if (!result.item && cue.rule === 'pledge.source') {
        const subject = /(?:^|\s)(donations?|gifts?|grants?|aid|contributions?|funding|money)(?:\s+for\s+([^,;:()]{1,50}?)|\s+(?:to|of)\s+[^,;:()]{1,50}?)?\s*$/i.exec(before);
        if (subject) result.item = subject[1]!.toLowerCase();
        // ("Funding for the new stadium came from X": the funded thing is the purpose; money alone needs one.)
        if (subject?.[2] && !result.purpose) result.purpose = subject[2].trim();
      }
    }
  } else if (cue.kind === 'nominal') {
    // "a $300 million loan from X", "300 MLN DLR JAPANESE LOAN", "aid ... amounts to 1.67 billion francs",
    // "a loan of 5 mln dlrs", "a bequest from X of nearly £400,000", "donations topping £250,000".
    // ("$1.3 billion in U.S. military aid", "$5m of British aid": a dotted initialism is a word; "of" reads like "in".)
    // ("$3 billion a year in U.S. military aid", "$1bn annually in aid": a rate before "in" is the sum's.)
    const before = [...v.money].reverse().find((x) => x.end <= cue.start && /^(?:\s+(?:(?:a|an|per|each|every)\s+(?:year|month)|annually|yearly|monthly)(?=\s+(?:in|of)\s))?(?:\s+(?:(?:in|of)\s+)?(?:(?:[\p{L}-]+|\p{Lu}(?:\.\p{Lu})+\.)\s+){0,3})?\s*$/u.test(t.slice(x.end, cue.start)));
    const of = v.money.find((x) => x.start >= cue.end && /^\s+(?:of|worth)\s+$/i.test(t.slice(cue.end, x.start)));
    const afterGiver = v.money.find((x) => x.start >= cue.end && /^\s+(?:from|by)\s+[^,;:()]{2,60}?\s+(?:of|worth|for(?:\s+an?)?)\s+$/i.test(t.slice(cue.end, x.start)));
    // ("Japan's contribution will be 100 mln dlrs": a copula right after an owned commitment noun states its sum.)
    // ("Anna Weber's donations included $600,000 to a school": one of the owner's gifts, named by its sum.)
    // ("Her donation to the school was $5m": a possessive pronoun owner, resolved with the giver.)
    const copula = ownerBefore(t, ms, cue.start) || possessivePronounBefore(t, cue.start) ? v.money.find((x) => x.start >= cue.end && /^\s+(?:(?:to|for)\s+(?:the\s+)?[\w\s-]{1,40}?\s+)?(?:is|was|will\s+be|would\s+be|includes?|included)\s+(?:(?:about|some|around|nearly|almost|over|more\s+than|at\s+least|up\s+to)\s+)?$/i.test(t.slice(cue.end, x.start))) : undefined;
    const link = copula ?? v.money.find((x) => x.start >= cue.end && /\b(?:amount(?:s|ed|ing)?\s+to|total(?:s|led|ed|ling|ing)?|topp(?:ed|ing)|exceed(?:ed|ing)|came\s+to|stands?\s+at|stood\s+at|worth|reached|valued\s+at)\s+$/i.test(t.slice(Math.max(cue.end, x.start - 30), x.start)));
    const m = before ?? of ?? afterGiver ?? link;
    if (!m) {
      const bare = bareNominal(v, cue);
      if (!bare) return undefined;
      result.item = bare.item;
      findRecipientsAndPurpose(ctx, v, cue.end, objectLimit(t, cue.end), result);
      return result;
    }
    result.amount = amountOf(m);
    result.item = cue.text.toLowerCase();
    if (before) {
      const words = cleanItem(t.slice(before.end, cue.end).replace(/^\s*(?:(?:(?:a|an|per|each|every)\s+(?:year|month)|annually|yearly|monthly)\s+)?(?:in|of)\s+/i, ''));
      if (words) result.item = words;
      const own = ms.find((x) => x.start >= before.end && x.end <= cue.start && x.type !== 'Place') ?? ms.find((x) => x.end <= before.start && /^['’]s?\s*$/.test(t.slice(x.end, before.start)) && x.type !== 'Place');
      if (own) result.ownerBefore = own;
    }
    // "24 donations totalling £161,840": the count is a quantity of the item.
    const count = /(?:^|\s)(\d[\d,]*)\s+(?:[a-z-]+\s+)?$/i.exec(t.slice(Math.max(0, cue.start - 20), cue.start));
    if (count && m !== before && /s$/i.test(cue.text)) result.quantity = parseInt(count[1]!.replace(/,/g, ''), 10);
    findRecipientsAndPurpose(ctx, v, cue.end, objectLimit(t, cue.end), result);
    return result;
  } else if (!result.amount) {
    // Money in the object: "provide over 100 million euros", "pledged £50m in aid", "debt amounting to about 440 mln francs".
    let m = firstMoney(v, pos, objectEnd);
    // "approved a proposal to repay loans ... of a 13.2 billion dlr agreement": an amount beyond an
    // infinitive or a relative clause belongs to something else.
    const gap = t.slice(pos, m?.start ?? pos).replace(/\b(?:amounting|up|equivalent|equal|worth\s+up)\s+to\b/gi, '');
    if (m && (/\bto\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|some|all|each|every|both|such|other|another|about|around|over|borrow|receive|obtain|get|raise|reschedule|refinance)\b)[a-z]+\b/.test(gap) || /\b(?:that|which|who|whose|when|after|because)\b|\bpart\s+of\b/i.test(gap))) m = undefined;
    // "supplies funds to America's $8 trillion mortgage market": an amount inside a recipient's phrase describes it.
    // (But "a commitment for a $50m loan" names the thing itself.)
    if (m && /\b(?:to|into|for|in|on|of)\s+(?:the\s+|its\s+|their\s+|[\p{Lu}][\p{L}.]*['’]s?\s+)$/u.test(t.slice(pos, m.start)) && !/\b(?:of|in)\s+(?:up\s+to\s+)?$/i.test(t.slice(pos, m.start))) m = undefined;
    // "increased their commitments to Cyacq to 185 mln dlrs": what a raise reaches is a total.
    if (m && cls === 'raise' && /\bto\s+$/i.test(t.slice(pos, m.start)) && !RAISED_TO_TOTAL.test(t.slice(cue.end, m.start) + m.text)) m = undefined;
    // "increasing the ATP donation to US$40,000": a total reached, not what is given.
    if (m && /\b(?:increas|rais|bring|brought|tak|took|lift|boost|push)\w*\b[^.;]*\bto\s+$/i.test(t.slice(cue.end, m.start))) m = undefined;
    // "raised its pledge from $35m to $350m": the commitment is the new total.
    let raisedTo: MonetaryAmount | undefined;
    if (m && cls === 'raise' && /\bfrom\s+$/i.test(t.slice(pos, m.start))) {
      const to = v.money.find((x) => x.start >= m!.end && /^\s+to\s+$/i.test(t.slice(m!.end, x.start)));
      if (to) raisedTo = amountOf(to);
      else if (m.valueMax !== undefined && /\bto\b/i.test(m.text)) raisedTo = { value: m.valueMax, currency: m.currency, text: m.text };
      else m = undefined;
    }
    if (m && !/^\s*(?:a|per)\s+share\b/i.test(t.slice(m.end))) {
      Object.assign(result, readAmount(t, m, pos, objectEnd));
      if (raisedTo) result.amount = raisedTo;
      // "$1.2bn in grants and $500m in soft loans", "a 500-mln dlr fund, coupled with an additional 100 mln dlrs in food aid".
      let last = m;
      /** Where each listed amount's own words end (before the comma or "and" that brings the next). */
      const ends: number[] = [];
      for (const n of v.money) {
        if (n.start < last.end || n.start >= objectEnd) continue;
        const gap = t.slice(last.end, n.start);
        // "gave $10m to Unicef and $5m to the WHO": each amount with its own recipient.
        const toEach = /^\s+(?:to|for)\s+(?:the\s+)?/i.exec(gap);
        const each = toEach ? ms.find((x) => x.start === last.end + toEach[0].length && x.type !== 'Place' && /^\s*,?\s+and\s+$/i.test(t.slice(x.end, n.start))) : undefined;
        // ("a $100m loan and a $20m grant for Kenya": each sum with its own commitment noun, the second after its article.)
        const joined = /^\s*(?:(?:[\w-]+\s+){0,2}?(?:loans?|credits?|grants?|aid|assistance|package|facilit(?:y|ies)|donations?|gifts?|contributions?|financing|funding)(?=[\s,]))?(?:\s*(?:in|of|for)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?(?:,\s*|\s+)(?:and|plus|as\s+well\s+as|along\s+with|coupled\s+with|together\s+with)\s+(?:an?\s+(?:additional|extra|further)\s+|another\s+|a\s+further\s+|an?\s+)?$/i.test(gap);
        // "£2m for schools, £1m for roads and £500,000 for parks": a comma list of sums, each with its own
        // prepositional phrase, closed by "and" before its last sum (else the comma ends the object).
        // (Each listed sum is followed by its own phrase only: "$3m of which went on food", "$5m less than last year" end the list.)
        const tail = /^[^,;]*?(?=,|\band\b|$)/.exec(t.slice(n.end, objectEnd))![0];
        const listed = !each && !joined && LIST_GAP.test(gap) && !LIST_GAP_VERB.test(gap) && LIST_TAIL.test(tail) && !LIST_GAP_VERB.test(tail) && v.money.some((x) => x.start > n.end && x.start < objectEnd && LIST_CLOSE.test(t.slice(Math.max(n.end, x.start - 40), x.start)));
        if (!each && !joined && !listed) break;
        const part = readAmount(t, n, n.start, objectEnd);
        if (each) {
          const to = /^\s+(?:to|for)\s+(?:the\s+)?/i.exec(t.slice(n.end, objectEnd));
          const own = to ? ms.find((x) => x.start === n.end + to[0].length && x.type !== 'Place') : undefined;
          if (!own) break;
          part.recipient = own;
        }
        ends.push(last.end + gap.replace(LIST_CONNECTOR, '').length);
        result.more.push(part);
        last = n;
      }
      // Each listed sum takes the recipient or purpose written after it ("£2bn for hospitals and £1bn for
      // schools"); when the first sum has none of its own, what follows the list is shared ("$1.2bn in
      // grants and $500m in loans for reconstruction").
      if (result.more.length) {
        const own: ObjectReading = { recipients: [], more: [] };
        findRecipientsAndPurpose(ctx, v, m.end, ends[0]!, own);
        if (own.recipients.length || own.purpose) {
          result.listEnd = ends[0]!;
          const starts = result.more.map((part) => t.indexOf(part.amount!.text, m.end));
          result.more.forEach((part, i) => {
            const from = starts[i]! + part.amount!.text.length;
            const reading: ObjectReading = { recipients: [], more: [] };
            findRecipientsAndPurpose(ctx, v, from, i + 1 < ends.length ? ends[i + 1]! : objectEnd, reading);
            if (!part.recipient && reading.recipients.length) part.recipient = reading.recipients[0];
            if (reading.purpose) part.purpose = reading.purpose;
          });
        }
      }
      // ("pledged $5m in aid and 200 tents to Nepal": goods counted after the last sum are given too.)
      const goods = / and\s+\d/.test(t.slice(last.end, objectEnd)) ? GOODS_AFTER_SUM.exec(t.slice(last.end, objectEnd)) : null;
      if (goods) {
        const part: ObjectPart = {};
        readNounPhrase(goods[1]!, part);
        if (part.quantity !== undefined && part.item && CONCRETE.has(singularWord(lastWord(part.item))) && !PERSONNEL.test(part.item)) result.more.push(part);
      }
    }
  }
  if (!result.amount && cue.kind !== 'passive' && !(cue.kind === 'receive' && spec)) {
    const np = t.slice(pos, objectEnd);
    readNounPhrase(np, result);
    // "a team of medical experts and tonnes of supplies": people sent are not given; the goods sent with them are.
    // ("sent a rescue team and relief materials": a team named by its work, before the goods.)
    if ((result.item && PERSONNEL.test(result.item)) || /^\s*(?:an?\s+)?(?:team|group|unit)s?\s+of\b/i.test(np) || /^\s*(?:an?\s+|\d+\s+)?(?:[\w-]+\s+){0,2}?(?:teams?|rescuers|doctors|medics|experts|specialists|engineers|volunteers)\s+and\s/i.test(np)) {
      const goods = /\s+and\s+((?:[\w-]+\s+){0,4}?(?:of\s+)?[\w-]+)(?=\s+(?:to|for|into|in)\b|[,;.]|$)/i.exec(np);
      // (Relief only: "500 troops and 20 tanks" sent together are a deployment.)
      if (goods && CONCRETE.has(singularWord(lastWord(goods[1]!))) && /\b(?:supplies|aid|food|medicines?|medical|tents?|blankets?|water|relief|goods|kits?|shelters?)\b/i.test(goods[1]!)) {
        const carried: ObjectPart = {};
        readNounPhrase(goods[1]!, carried);
        if (carried.item) {
          result.item = carried.item;
          result.quantity = carried.quantity;
        }
      }
    }
    // "tents, blankets and water purification equipment": goods listed without quantities are one item.
    if (result.item && result.quantity === undefined) {
      const at = np.indexOf(result.item);
      const list = at >= 0 ? /^[\p{L}\s,-]*?(?=\s+(?:to|for|into|in|on|worth|from|via|through|as|at)\b|[;.:()]|$)/u.exec(np.slice(at)) : null;
      const parts = list ? list[0].split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((x) => x.trim()).filter(Boolean) : [];
      if (parts.length > 1 && parts.length <= 6 && parts.every((x) => x.split(/\s+/).length <= 4 && CONCRETE.has(singularWord(lastWord(x))) && !PERSONNEL.test(x))) result.item = list![0].trim();
    }
    // "two planes carrying medical supplies", "a convoy of trucks loaded with food": what they carry is given.
    const carrying = /\b(?:planes?|aircraft|flights?|airlifts?|ships?|trucks?|lorries|convoys?|vehicles?|containers?|helicopters?)\s+(?:carrying|loaded\s+with|full\s+of|laden\s+with)\s+([^,;]+)/i.exec(np);
    if (carrying) {
      const carried: ObjectPart = {};
      readNounPhrase(carrying[1]!, carried);
      if (carried.item && CONCRETE.has(singularWord(lastWord(carried.item)))) {
        result.item = carried.item;
        result.quantity = carried.quantity;
      }
    }
    // "40 tanks and 20 howitzers": each quantity listed is a pledge of its own.
    if (result.quantity !== undefined) {
      // ("20 tonnes of tents, 5,000 blankets and 500 water purifiers": a comma also lists; each part ends where the next begins.)
      for (const more of np.matchAll(/(?:(?<!\d),\s*(?:and\s+|plus\s+)?|\s+(?:and|plus|as\s+well\s+as)\s+)((?:\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\s+[^,;]+?)(?=(?:,\s*|\s+)(?:and|plus|as\s+well\s+as)\s|[,;]|$)/gi)) {
        const part: ObjectPart = {};
        readNounPhrase(more[1]!, part);
        if (part.quantity !== undefined && part.item && CONCRETE.has(singularWord(lastWord(part.item)))) result.more.push(part);
      }
    }
    // A verb with nothing after it takes the noun phrase before its subject: "under a revolving
    // credit facility the bank has agreed to provide", "the aid Japan promised".
    if (!result.item && cue.kind === 'active' && subjectStart !== undefined && /^\s*(?:[.,;:!?)]|$|(?:for|to|in|on|at|with|by|under|during|last|this|earlier|since|in)\b)/i.test(t.slice(cue.end))) {
      const before = t.slice(0, subjectStart).replace(/\bthe\s+$/i, '');
      const gapNp = /(?:^|\s)((?:an?|the|its)\s+(?:[\p{L}\d.-]+\s+){0,5}?[\p{L}-]+)\s+$/iu.exec(before);
      if (gapNp && CONCRETE.has(singularWord(lastWord(gapNp[1]!)))) {
        // "the 395 mln dlr bridge loan Merrill Lynch provided for Itel": the amount inside that phrase.
        const m = v.money.find((x) => x.start >= before.length - gapNp[1]!.length - 1 && x.end <= subjectStart);
        if (m) {
          Object.assign(result, { amount: amountOf(m) });
          const item = cleanItem(t.slice(m.end, subjectStart));
          if (item) result.item = item;
        } else readNounPhrase(gapNp[1]!, result);
      }
    }
    // "the $64 million it pledged to help pay for the event", "the £750m the prime minister pledged in 2000",
    // "the $20 million that Japan donated has arrived": a definite sum right before the subject is what the verb commits.
    if (!result.item && !result.amount && cue.kind === 'active' && subjectStart !== undefined && /^\s*(?:[.,;:!?)]|$|(?:for|to|in|on|at|with|by|under|during|last|this|earlier|since|has|have|had|is|are|was|were|will|would|came|comes|went|goes|remains?|remained)\b)/i.test(t.slice(cue.end))) {
      const sum = definiteSumBefore(v, subjectStart);
      if (sum) result.amount = amountOf(sum);
    }
  }
  // Debt: "agreed to a major rescheduling of ... debts", "reschedule bilateral unpaid debt", "froze the debts of".
  const objText = t.slice(cue.start, objectEnd);
  if (cls === 'debt' || /reschedul|write\s+off|relief|forgiv|cancel|freez|moratorium|defer/i.test(objText)) {
    // ("write off the interest-free loans owed by Ghana": loans owed are a debt.)
    if (/\bdebts?\b|\b(?:re)?payments?\b|\bloans?\s+(?:owed|owing|due)\b/i.test(objText) || /\bdebts?\b/i.test(t.slice(Math.max(0, cue.start - 60), cue.start))) {
      result.item = /reschedul|restructur/i.test(objText) ? 'debt rescheduling' : /freez|moratorium|defer|suspen/i.test(objText) ? 'debt freeze' : 'debt relief';
      if (!result.amount) result.quantity = undefined;
    } else if (cls === 'debt') return undefined;
  }
  findRecipientsAndPurpose(ctx, v, pos, result.listEnd ?? objectEnd, result);
  // "set aside £300m to extend free childcare": an infinitive that is a cue of its own ends the object but still says what the money is for.
  if (!result.purpose && /^\s*to\s+\p{Ll}/u.test(t.slice(objectEnd)) && objectEnd > pos) {
    const purposeOnly: ObjectReading = { recipients: [], more: [] };
    findRecipientsAndPurpose(ctx, v, objectEnd, objectLimit(t, objectEnd + 1), purposeOnly);
    if (purposeOnly.purpose) result.purpose = purposeOnly.purpose;
  }

  // "X has donated to the Clinton Foundation", "also donated regularly to X": donating with no object, to a named
  // party, is a donation of an unstated sum (not "donated to the cause", "blood donated to X").
  if (!result.item && !result.amount && result.quantity === undefined && cue.kind === 'active' && /donat/i.test(cue.text) && result.recipients.some((m) => m.type !== 'Place') && /^\s+(?:\w+ly\s+)?to\s/i.test(t.slice(cue.end))) result.item = 'donation';
  // "Qatar funds Hamas", "has been funding opposition groups": a named body or a group funded, with no sum and no
  // "with", receives funding (a verb form, not the noun: "funding for schools"; not "funds the deficit", "its campaign").
  if (cls === 'fund' && cue.kind === 'active' && !(result.item && CONCRETE.has(singularWord(lastWord(result.item)))) && !result.amount && result.quantity === undefined) {
    const funded = fundedWithoutSum(t, ms, cue);
    if (funded) {
      result.item = 'funding';
      if (funded !== true && !result.recipients.length) result.recipients = funded;
    }
  }
  // Is this concrete enough to be a pledge?
  if (!acceptable(cls, cue, result, t, objectEnd)) return undefined;
  return result;
}

/** An amount and the item it is of: "£50m in aid", "humanitarian aid worth $5m", "$1m". */
function readAmount(t: string, m: LocalMoney, pos: number, objectEnd: number): ObjectPart {
  const part: ObjectPart = { amount: amountOf(m) };
  const afterMoney = t.slice(m.end, objectEnd);
  const inAid = /^\s+(?:in|of|for)\s+((?:[\w-]+\s+){0,3}?(?:aid|assistance|loans?|credits?|grants?|donations?|funding|relief|guarantees?|support|financing|investment))\b/i.exec(afterMoney);
  if (inAid) part.item = cleanItem(inAid[1]!) ?? inAid[1]!;
  else {
    const item = leadingWords(afterMoney);
    if (item && CONCRETE.has(singularWord(lastWord(item)))) part.item = item;
  }
  // Items before the money: "humanitarian aid worth $5m".
  if (!part.item && m.start > pos) {
    const head = cleanItem(t.slice(pos, m.start).replace(/\s+(?:worth|of|totall?ing|amounting\s+to|valued\s+at)\s*$/i, ''));
    if (head && CONCRETE.has(singularWord(lastWord(head)))) part.item = head;
  }
  return part;
}

/** A sum the text does not state: "millions of dollars", "hundreds of millions of euros". */
// ("has given billions to Egypt": the bare number of a currency is a sum as well.)
const VAGUE_SUM = /^(?:(?:several|many|tens|hundreds)\s+(?:of\s+)?)?(?:thousands|millions|billions)(?:\s+(?:of\s+)?(?:(?:US|U\.S\.)\s+)?(?:dollars|pounds|euros|yen|francs|marks|dlrs|rupees|riyals|yuan))?$/i;
const VAGUE_SUM_FROM = /^\s+(?:(?:several|many|tens|hundreds)\s+(?:of\s+)?)?(?:thousands|millions|billions)\s+(?:of\s+(?:(?:US|U\.S\.)\s+)?(?:dollars|pounds|euros|yen|francs|marks|dlrs|rupees|riyals|yuan)\s+)?(?:in\s+(?:[\p{Ll}-]+\s+){0,2}?(?:aid|donations|funding|contributions|loans|grants)\s+)?from\s+(?:the\s+)?\p{Lu}/u;

function acceptable(cls: CueClass | undefined, cue: Cue, r: ObjectReading, t: string, objectEnd: number): boolean {
  // (Matching others' gifts commits whatever they give; the reader has checked that gifts are matched.)
  if (cue.rule === 'pledge.match') return !!r.item || !!r.amount;
  const head = r.item ? singularWord(lastWord(r.item.replace(/\s+of\s+.*$/i, ''))) : undefined;
  const ofHead = r.item && /\s+of\s+/i.test(r.item) ? singularWord(lastWord(r.item)) : undefined;
  // "an undisclosed amount of money": the measured noun decides; "the ability of a system": the head does.
  // ("the letter of credit": credit, whatever carries it.)
  // ("an arm of Gazprom": weapons are only "arms"; one arm is a subsidiary.)
  const headConcrete = (!!head && !(head === 'arm' && !/\barms\b/i.test(r.item!)) && (ofHead && MEASURE_HEAD.has(head) ? CONCRETE.has(ofHead) : CONCRETE.has(head))) || /\bletters?\s+of\s+credit$/i.test(r.item ?? '');
  // Assistance or support of a stated kind is substance ("technical assistance", "financial support"); bare "support" is not.
  const qualifiedHelp = /\b(?:(?:financial|humanitarian|economic|emergency|food|medical|development|technical|military|budget(?:ary)?)\s+assistance|(?:financial|humanitarian|economic|budget(?:ary)?)\s+support)$/i.test(r.item ?? '');
  // Whatever is donated is a gift ("donated 1,000 laptops", "donated software"), unless it is time or help.
  const donatedThing = !!r.item && /donat|bequeath|gift/i.test(cue.text) && !ABSTRACT_ITEM.test(r.item.replace(/^(?:[\w-]+\s+)*/, '')) && !TIME_UNITS.test(head ?? '');
  // ("has given Egypt billions of dollars": an unstated sum given, lent or pledged is money all the same.)
  // ("received millions of dollars from Saudi Arabia", "has received millions from X": an unstated sum received from a
  // named party was given by it, as a stated one is.)
  const vagueSum = ((cls === 'give' || cls === 'donate' || cls === 'lend' || cls === 'pledge' || (cls === 'fund' && /^\s+(?:[\p{L}'’.-]+\s+){0,4}?with\s/iu.test(t.slice(cue.end)))) && VAGUE_SUM.test(r.item ?? '')) || (cue.kind === 'receive' && !cue.spec && VAGUE_SUM_FROM.test(t.slice(cue.end, objectEnd)));
  const concrete = headConcrete || qualifiedHelp || donatedThing || vagueSum || /^debt /.test(r.item ?? '') || /\b(?:debt|disaster|humanitarian|famine|flood|earthquake|emergency|food|tsunami|drought|hurricane)\s+relief\b/i.test(r.item ?? '');
  if (r.amount) {
    // "$1.29", "above 150 yen", "1,460 stg a tonne": prices and rates, not pledges.
    // ("donated $750 to the campaign", "gave $250 to the charity": a small sum donated, or given to a named
    // party, is a gift all the same; campaign finance is counted in such sums.)
    const smallGift = (cls === 'donate' || cue.rule === 'pledge.noun.donation' || (cls === 'give' && r.recipients.length > 0)) && r.amount.value >= 1;
    if (r.amount.value < 1000 && !smallGift) return false;
    const printed = r.amount.text.replace(/\s/g, ' ');
    const at = t.indexOf(printed);
    // (A sum given, lent or pledged each year or month is a recurring commitment, not a rate: "gives Egypt $1.3bn a year in military aid".)
    // ("receives $3bn a year in U.S. military aid": the rate of a sum of aid, loans or gifts.)
    // ("funds Hezbollah with $200m a year": funding a named party is given the same way; "double its aid to Africa to
    // £4bn a year": a commitment raised to a yearly sum.)
    const recurring = r.amount.value >= 1e6 && (((cls === 'give' || cls === 'donate' || cls === 'lend' || cls === 'pledge' || cls === 'raise' || (cls === 'fund' && r.recipients.length > 0)) && /^\s*(?:a|an|per|each)\s+(?:year|month)\b/i.test(t.slice(at + printed.length))) || (cue.kind === 'nominal' && /^\s*(?:(?:a|an|per|each|every)\s+(?:year|month)|annually|yearly|monthly)\s+(?:in|of)\s/i.test(t.slice(at + printed.length))));
    if (at >= 0 && !recurring && /^\s*(?:a|an|per|each)\s+(?:tonne|ton|barrel|share|ounce|kilo|kg|pound|lb|bushel|unit|head|litre|liter|gallon|metric|hour|day|week|month|year|person|capita|100)\b|^\s*(?:daily|hourly|a\s+head)\b/i.test(t.slice(at + printed.length))) return false;
    // Money needs a reason to be a pledge: a recipient, a purpose, a concrete item, an aid word
    // in the sentence, or a verb that only commits ("pledged", "donated").
    const upto = t.slice(0, objectEnd);
    // "is to spend an extra £10m on school meals": more money for a programme is a budget commitment; other spending is not.
    if (cls === 'pay' && !AID_STRONG.test(upto) && !(/^spen/i.test(cue.text.replace(/^.*\s/, '')) && /\b(?:an?\s+)?(?:extra|additional|further|another|new)\s+$/i.test(t.slice(cue.end, t.indexOf(r.amount.text, cue.end))) && !!r.purpose)) return false;
    if (cls === 'put') {
      const at = t.indexOf(r.amount.text, cue.end);
      if (at < 0 || !/^\s*(?:up\s+)?(?:an?\s+(?:extra|additional|further)\s+|another\s+)?$/i.test(t.slice(cue.end, at))) return false;
    }
    // A purpose that is the giver's own: "to modernise its army", "for its own use".
    if (!r.recipients.length && r.purpose && /^(?:(?:\w+\s+){0,3})(?:its|their|our)\s+(?:own\b|(?:[\w-]+\s+)?(?:army|military|armed\s+forces|defen[cs]e|navy|air\s+force|budget|economy|operations?|business|network|plants?|factories|staff|employees|shareholders))/i.test(r.purpose)) return false;
    // Money that comes from someone is a gift only when the sentence says so ("funding", "donation"), not "$40bn of imports".
    if (cue.rule === 'pledge.source') return AID_CONTEXT.test(t);
    // ("The foundation awarded $10m to researchers": an award of money is a grant, unless a court or jury awards it.)
    const strongVerb = /pledg|promis|donat|contribut|earmark|commit|grant|lend|lent|loan|gave|giv|bequeath|gift|made|mak/i.test(cue.text) || (/award/i.test(cue.text) && !/\b(?:court|judge|jury|tribunal|arbitrat\w*|damages|lawsuit|suit|plaintiffs?|verdict|ruling|settlement)\b/i.test(t));
    // An announced or unveiled sum is a pledge to someone, or aid; a domestic "plan" is not.
    // ("announced a $1bn gift to charter schools": a gift announced is one given, whoever receives it.)
    if (cls === 'announce') return r.recipients.length > 0 || !!r.purpose || AID_CONTEXT.test(upto.slice(cue.start)) || GIFT_HEAD.test(head ?? '');
    // "The party received £1m from Lord X": money received from a named party was given by it.
    const receivedFrom = cue.kind === 'receive' && !cue.spec && /^\s*(?:[^,;]{0,60}?\s)?from\s+(?:the\s+)?\p{Lu}/u.test(t.slice(t.indexOf(r.amount.text, cue.end) + r.amount.text.length, objectEnd));
    // (A raise is read only of a commitment: "increased its pledge to $350m".)
    // ("£50m allocated from the EU", "$5m approved by Japan": a sum with its named source is committed by it.)
    // ("Kenya was offered $50m by the World Bank": in the passive of a verb with two objects the sum comes before the agent.)
    const namedSource = (cue.kind === 'passive' && /^\s+(?:(?:\w+ly|also|jointly)\s+)?(?:by|from)\s+(?:the\s+)?\p{Lu}/u.test(t.slice(cue.end))) || (!!cue.spec && cue.kind === 'receive' && at >= cue.end && /^\s*$/.test(t.slice(cue.end, at)) && /^\s+(?:(?:\w+ly|also|jointly)\s+)?by\s+(?:the\s+)?\p{Lu}/u.test(t.slice(at + printed.length)));
    // ("Japan pledged $5m to Nepal, while China offered $3m": an offer in a clause parallel to a commitment is one too.)
    const parallelOffer = cls === 'pledge' && /^offer/i.test(cue.text.replace(/^.*\s/, '')) && /\b(?:pledg(?:e|es|ed|ing)|donat(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|granted|gave|given|lent|contribut(?:e|es|ed|ing))\b[^.;:]*(?:,\s*|\s)(?:while|whereas|and|but)\s+(?:[^,;:]*\s)?$/i.test(t.slice(0, cue.start));
    return r.recipients.length > 0 || !!r.purpose || concrete || strongVerb || receivedFrom || namedSource || AID_CONTEXT.test(upto) || cls === 'give' || cls === 'lend' || cls === 'raise' || parallelOffer;
  }
  if (!r.item) return false;
  if (ABSTRACT_ITEM.test(r.item.replace(/^(?:[\w-]+\s+)*/, '')) && !concrete) return false;
  // "He pledged cleaner hospitals and better school discipline": a thing made better is a policy, not goods.
  if (r.quantity === undefined && /^(?:cleaner|better|safer|faster|cheaper|greener|fairer|stronger|bigger|smaller|lower|higher|shorter|more|fewer|less|improved|modern)\s/i.test(r.item)) return false;
  if (r.quantity !== undefined) {
    // Goods are given, sent, delivered, pledged or approved; "pumping 260,000 barrels per day" is production.
    if (cls === 'put' || cls === 'fund' || cls === 'pay' || cls === 'debt' || cls === 'agree' || cls === 'raise') return false;
    if (/^[^,;]{0,40}?\b(?:per|a|each|every)\s+(?:day|week|month|year)\b/i.test(t.slice(cue.end, objectEnd)) && !AID_STRONG.test(t)) return false;
    return concrete && !TIME_UNITS.test(head ?? '');
  }
  if (!concrete) return false;
  if (cls === 'raise') return true;
  // ("Drexel has agreed to provide bridge financing", "Financing was provided by X": a lender's financing is a pledge without its sum.)
  // ("The rebels are funded by Qatar": funding a named body provides, whatever its sum.)
  // ("will provide funding to help a new panel", "pledged funding for 200 nurses": funding given or pledged to a named
  // party or a stated purpose is committed without its sum; "a fund", "a package" still need one.)
  const fundingGiven = (head === 'funding' || head === 'financing') && (((cls === 'give' || cls === 'pledge') && cue.kind === 'active' && (r.recipients.length > 0 || !!r.purpose) && head === 'funding') || (cue.rule === 'pledge.source' && head === 'funding') || (cue.kind === 'receive' && !cue.spec && RECEIVED_FROM_NAMED.test(t.slice(cue.end, objectEnd))) || (cls === 'fund' && cue.kind === 'active' && r.item === 'funding') || (cue.kind === 'nominal' && !r.amount && head === 'funding'));
  const moneyGivenBy = (head === 'fund' || head === 'funding') && cue.kind === 'passive' && GIVING_CLASS.test(cls ?? '') && NAMED_AGENT.test(t.slice(cue.end));
  if (NEEDS_AMOUNT.has(head!) && !(head === 'financing' && specificFinancing(cue, r, t, objectEnd)) && !(cls === 'fund' && cue.kind === 'passive' && r.item === 'funding') && !fundingGiven && !moneyGivenBy) return false;
  // ("a term loan agreement with Chemical Bank": an agreement that lends is the loan.)
  if (AGREEMENT_NOUNS.has(head!) && !['loan', 'credit', 'grant'].includes(head!) && !(cue.kind === 'nominal' && /\b(?:loan|credit)\s+agreements?$/i.test(r.item ?? ''))) return cls === 'sign' || cls === 'approve' || cls === 'agree';
  // (An agreement also needs a named partner or several signatories: checked in readCue.)
  if (cls === 'agree' || cls === 'announce' || cls === 'fund' || cls === 'put' || cls === 'pay') return /^debt /.test(r.item) || head === 'aid' || head === 'loan' || head === 'credit' || head === 'grant' || head === 'bailout' || head === 'bail-out' || (cls === 'fund' && vagueSum) || (cls === 'fund' && r.item === 'funding' && (cue.kind === 'passive' || cue.kind === 'active'));
  if (cls === 'sign') return AGREEMENT_NOUNS.has(head!);
  return true;
}

/**
 * Financing, a credit line, a loan or a letter of credit provided or lent without its sum, for a
 * deal the sentence names: "agreed to provide financing for the tender offer", "will provide bridge
 * financing to Wesray", "Financing was provided by X" (not "is committed to providing financing to
 * do that", "formed to provide subordinated financing in buyouts").
 */
function specificFinancing(cue: Cue, r: ObjectReading, t: string, objectEnd: number): boolean {
  if (!/\b(?:financing|credits?|credit\s+lines?|loans?|facilit(?:y|ies)|letters?\s+of\s+credit)$/i.test(r.item ?? '')) return false;
  if (!/^(?:give|lend)$/.test(cue.spec?.cls ?? '') || /^(?:mak|made|offer)/i.test(cue.text.replace(/^.*\s/, ''))) return false;
  return cue.kind === 'passive' || r.recipients.length > 0 || /^\s*(?:[\w-]+\s+){0,3}?(?:the|its)\s/i.test(t.slice(cue.end, objectEnd)) || /\b(?:for|to)\s+(?:the|its)\s+\w/i.test(t.slice(cue.end, objectEnd)) || /\bbridge\b/i.test(r.item ?? '');
}

/** The heads of a sum given away: a gift, a donation, a bequest, an endowment. */
const GIFT_HEAD = /^(?:gift|donation|bequest|endowment)$/i;

/** Goods with their count after a sum (and its "in aid"): " in aid and 200 tents to Nepal" (group 1: "200 tents"). */
const GOODS_AFTER_SUM = /^\s+(?:(?:in|of)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+)?and\s+(\d[\d,]*\s+(?:[\w-]+\s+){0,3}?[\w-]+)(?=\s+(?:to|for|into|in|on)\b|\s*[,;.]|\s*$)/i;

function firstMoney(v: SentenceView, from: number, to: number): LocalMoney | undefined {
  return v.money.find((m) => m.start >= from && m.start < to);
}

/**
 * readObject's test that an active "announced" has no object (no delivery noun, no sum and no aid or relief right after
 * it), read by readCue before it looks for the subject: one in nine cues is such an announcement.
 */
function announcesNothing(v: SentenceView, cue: Cue, objectEnd: number): boolean {
  const { t } = v;
  let pos = cue.end;
  const adv = TIME_ADVERB.exec(t.slice(pos));
  if (adv) pos += adv[0].length;
  return !DELIVERY_NOUN.test(t.slice(pos)) && !firstMoney(v, pos, Math.min(objectEnd, pos + 25)) && !ANNOUNCED_RELIEF.test(t.slice(pos));
}

function amountOf(m: LocalMoney): MonetaryAmount {
  const a: MonetaryAmount = { value: m.value, currency: m.currency, text: m.text };
  if (m.valueMax !== undefined) a.valueMax = m.valueMax;
  if (m.qualifier) a.qualifier = m.qualifier;
  return a;
}

/** Reads "40 additional long-range Scalp cruise missiles" or "10-year bilateral agreements" from the start of `np`. */
function readNounPhrase(np: string, r: ObjectPart): void {
  let s = np.replace(/^\s*(?:(?:a|an|the|its|their|his|her|our|some|another|further|additional|extra|more|new|fresh|a\s+further|an\s+additional|an\s+extra)\s+)*/i, '');
  const q = QUANTITY_RE.exec(s);
  if (q) {
    const raw = q.groups!.num!.toLowerCase();
    let n = /^\d/.test(raw) ? parseFloat(raw.replace(/,/g, '')) : NUMBER_WORD[raw] ?? NaN;
    const mult = q.groups!.mult?.toLowerCase();
    if (mult) n *= QTY_MULT[mult] ?? 1;
    if (Number.isFinite(n)) {
      r.quantity = n;
      s = s.slice(q[0].length);
    }
  }
  const item = cleanItem(s, true);
  if (item) r.item = item;
  else r.quantity = undefined;
}

/** The item words at the start of `s`: up to a stop word or punctuation, with one "of" continuation. */
function cleanItem(s: string, allowOf = false): string | undefined {
  const words: string[] = [];
  let usedOf = false;
  const re = /\s*["“”]?([\p{L}\p{N}][\p{L}\p{N}'’.-]*)["“”]?/uy;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    const w = m[1]!.replace(/[.]+$/, '');
    const lw = w.toLowerCase();
    if (lw === 'of' && allowOf && !usedOf && words.length) {
      usedOf = true;
      words.push(w);
      continue;
    }
    if (STOP_WORD.has(lw) || /['’]s$/i.test(w)) {
      if (/['’]s$/i.test(w) && usedOf) words.pop();
      break;
    }
    if (words.length === 0 && DROP_ADJ.test(lw)) {
      continue;
    }
    // A number opens a new quantity, except inside a name: "Leopard 2 tanks".
    if (/^\d/.test(w) && !/-/.test(w) && (words.length === 0 || w.length > 4 || /,/.test(w))) break;
    words.push(w);
    if (words.length >= 8) break;
    if (s[re.lastIndex] === ',' || s[re.lastIndex] === '(' || s[re.lastIndex] === ';') break;
  }
  while (words.length && (words.at(-1)!.toLowerCase() === 'of' || DROP_ADJ.test(words.at(-1)!))) words.pop();
  while (words.length && DROP_ADJ.test(words[0]!)) words.shift();
  return words.length ? words.join(' ') : undefined;
}

function leadingWords(s: string): string | undefined {
  return cleanItem(s.replace(/^\s*-?\s*/, ''));
}

function lastWord(s: string): string {
  const w = s.trim().split(/\s+/);
  return (w.at(-1) ?? '').toLowerCase();
}

function singularWord(w: string): string {
  const x = w.toLowerCase().replace(/^.*-/, (p) => (/^(?:long|short|medium)-/.test(p) ? '' : p));
  if (/ies$/.test(x) && x.length > 4) return x.slice(0, -3) + 'y';
  if (/(?:ss|us)$/.test(x)) return x;
  if (/(?:ches|shes|xes)$/.test(x)) return x.slice(0, -2);
  if (/s$/.test(x) && !/(?:aid|arms|ammunition)$/.test(x)) return x.slice(0, -1);
  return x;
}

/** "10-year bilateral agreements" → "10-year bilateral agreement" (each giver signed one). */
function singular(item: string): string {
  return item.replace(/\b(agreements|accords|deals|treaties|pacts|memorandums|contracts|protocols)$/i, (w) => (w.toLowerCase() === 'treaties' ? 'treaty' : w.slice(0, -1)));
}

/** A signing verb right before an object: "signed", "has inked", "will sign". */
const SIGNED_BEFORE = /\b(?:sign(?:s|ed|ing)?|ink(?:s|ed)?|conclud(?:e|es|ed)|seal(?:s|ed))\s*$/i;

function findRecipientsAndPurpose(ctx: PledgeContext, v: SentenceView, from: number, to: number, r: ObjectReading): void {
  const { t, ms } = v;
  // "an agreement with British and German interests": the partners are companies, not the countries.
  const dropNonState = () => {
    const last = r.recipients.at(-1);
    if (last && NON_STATE_HEAD.test(t.slice(last.end, last.end + 60))) r.recipients = [];
  };
  if (!r.recipients.length) {
    for (const m of ms) {
      if (m.start < from || m.start >= to) continue;
      const before = t.slice(Math.max(0, m.start - 24), m.start);
      // ("signed a 100 mln dlr loan with the Inter-American Development Bank": a loan signed with a partner is an agreement with it.)
      const agreementWith = WITH_BEFORE.test(before) && (/\b(?:agreements?|accords?|deals?|pacts?|treat(?:y|ies)|memorand\w+)\b/i.test(t.slice(from, m.start)) || (SIGNED_BEFORE.test(t.slice(Math.max(0, from - 24), from)) && /\b(?:loans?|credits?|grants?|financing)\b/i.test(t.slice(from, m.start))));
      // "a deal with West Germany's Hoechst AG": the partner is the company the country's name modifies.
      const possessed = /^['’]s?\s+((?:\p{Lu}[\p{L}&.-]*\s*){1,4})/u.exec(t.slice(m.end, m.end + 60));
      if (agreementWith && m.type === 'Country' && possessed && !GOVERNMENT_WORD.test(possessed[1]!)) continue;
      // ("the debt owed to Britain": the one a debt is owed to is its creditor, not a recipient.)
      if (/\b(?:owed|owing|due)\s+to\s+(?:the\s+)?$/i.test(before)) continue;
      if (RECIPIENT_BEFORE.test(before) || agreementWith) {
        r.recipients = coordinatedRight(t, ms, m);
        dropNonState();
        break;
      }
      // "rescheduling of Uganda's and Mozambique's debts"
      if (/\bof\s+$/i.test(before) && (/['’]s?$/.test(t.slice(m.start, m.end)) || /^['’]/.test(t.slice(m.end, m.end + 2)))) {
        r.recipients = coordinatedRight(t, ms, m);
        break;
      }
    }
  }
  if (!r.purpose) {
    const seg = t.slice(from, to);
    const inMention = (i: number) => ms.some((m) => m.start < from + i && from + i < m.end);
    // "Global Alliance for Vaccines and Immunisation": a "for" between capitalised words is inside a name.
    const inName = (i: number) => /\p{Lu}[\p{L}-]*\s+$/u.test(t.slice(Math.max(0, from + i - 30), from + i)) && /^\s*\w+\s+\p{Lu}/u.test(seg.slice(i));
    // (The first match that passes, read one match at a time: no array of every match. Each pattern is a fresh literal
    // starting at 0 and none matches the empty string, so exec walks the matches matchAll would list.)
    const first = (re: RegExp): RegExpExecArray | undefined => {
      for (let m = re.exec(seg); m !== null; m = re.exec(seg)) if (!inMention(m.index) && !inName(m.index)) return m;
      return undefined;
    };
    const anaphor = first(/\bfor\s+(?:that|this|the\s+same|such\s+an?)\s+(?:purpose|initiative|effort|cause|scheme|programme|program|fund|project|plan|mechanism)\b/gi);
    const aimed = first(/\b(?:aimed\s+at|aiming\s+to|intended\s+to|designed\s+to|earmarked\s+for)\s+((?:[^,;()"“”]|,(?=\d))+)/gi);
    // ("a commitment for up to 66 mln dlrs": a sum after "for" is the commitment's size, not its purpose.)
    const forPhrase = first(/\bfor\s+(?!(?:the\s+)?(?:next|first|last|past|coming|period|years?|months?|weeks?|days?|\d)\b)(?!(?:up\s+to|about|around|some|nearly|almost|over|more\s+than|at\s+least|as\s+much\s+as)\s+(?:[\d$€£¥]|[A-Z]{1,3}[$€£¥]))((?:the\s+)?[\p{L}](?:[^,;()"“”]|,(?=\d))*)/giu);
    const onPurpose = /\bspen[dt]\w*\s*$/i.test(t.slice(Math.max(0, from - 20), from)) ? first(/\bon\s+((?:the\s+)?[\p{L}](?:[^,;()"“”]|,(?=\d))*)/giu) : undefined;
    const toScheme = first(/\bto\s+((?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:scheme|fund|programme|program|initiative|effort|efforts|project|plan|campaign|facility|appeal|mechanism|alliance|work)\b(?:[^,;()"“”]|,(?=\d))*)/gi);
    const toRelief = first(/\bto\s+((?:[\w-]+\s+){0,2}(?:relief|reconstruction|recovery|rebuilding|aid)\s+(?:efforts?|work|operations?|funds?|appeal)\b(?:[^,;()"“”]|,(?=\d))*)/gi);
    const verbPurpose = first(/\b(?:in\s+order\s+)?to\s+(?:help\s+)?((?:buy|purchase|finance|fund|pay\s+for|support|rebuild|reconstruct|build|boost|cover|combat|fight|tackle|reduce|improve|repair|restore|develop|strengthen|moderni[sz]e|protect|train|equip|feed|house|vaccinate|immuni[sz]e|clear|ease|offset|meet|help|shore\s+up|bolster|extend|expand|provide|create|establish|set\s+up|upgrade|aid|assist)\b(?:[^,;()"“”]|,(?=\d))*)/gi);
    // "for Kyiv", "for the IMF": a name alone after "for" is a recipient, not a purpose.
    const forIsName = (m: RegExpMatchArray) => {
      const at = from + m.index! + m[0].length - m[1]!.length;
      const lead = /^(?:the\s+)?/i.exec(m[1]!)![0].length;
      const x = ms.find((y) => y.start === at + lead);
      return !!x && (/^(?:['’]s?)?(?:\s+(?:next|this|last|each|every)\s+(?:year|month|week)|\s+(?:in|by|until)\s+\d{4}|\s+(?:annually|alone))*[\s.]*$/i.test(t.slice(x.end, from + m.index! + m[0].length)) || /^\s+(?:from|by|in|at|on|over|under|and)\b/i.test(t.slice(x.end)));
    };
    if (anaphor) r.purpose = resolvePurposeAnaphor(ctx, v) ?? anaphor[0].replace(/^for\s+/i, '');
    else if (aimed) r.purpose = trimPurpose(aimed[1]!);
    else if (forPhrase && !forIsName(forPhrase)) r.purpose = trimPurpose(forPhrase[1]!);
    else if (onPurpose) r.purpose = trimPurpose(onPurpose[1]!);
    else if (toScheme) r.purpose = trimPurpose(toScheme[1]!);
    else if (toRelief) r.purpose = trimPurpose(toRelief[1]!);
    else if (verbPurpose) r.purpose = trimPurpose(verbPurpose[1]!);
    // "aid for flood victims in Pakistan": a country inside the purpose is the recipient.
    if (r.purpose && !r.recipients.length && forPhrase && !anaphor) {
      const inP = ms.find((m) => m.start >= from + forPhrase.index! && m.end <= to && m.type === 'Country');
      if (inP) r.recipients = [inP];
    }
  }
}

/** A date that ends a purpose: "to rebuild schools in May", "on Monday", "in 2024". */
const PURPOSE_DATE = new RegExp(String.raw`\s+(?:in|on|at)\s+(?:${MONTHS.join('|')}|\d{4}|${WEEKDAYS.join('|')})\b.*$`, 'i');

function trimPurpose(s: string): string | undefined {
  const words = s.trim().replace(PURPOSE_DATE, '').split(/\s+/);
  const cut = words.findIndex((w, i) => i > 0 && (/^(?:said|says|which|while|whereas)$/i.test(w) || (i > 1 && /^(?:was|were|is|are|will|would|has|had)$/i.test(w)) || (/^and$/i.test(w) && /^(?:that|said|says|will|would|is|are|was|were|has|have|had|it|he|she|they|we|the|a|an)$/i.test(words[i + 1] ?? ''))));
  const kept = (cut > 0 ? words.slice(0, cut) : words).slice(0, 15).join(' ').replace(/[.,;:]+$/, '');
  return kept || undefined;
}

/** "for that purpose": the initiative or effort named in the sentence before (or the one before that). */
function resolvePurposeAnaphor(ctx: PledgeContext, v: SentenceView): string | undefined {
  for (let k = v.index - 1; k >= Math.max(0, v.index - 2); k--) {
    const s = ctx.doc.sentences[k]!;
    const prev = ctx.text.slice(s.start, s.end).replace(/\s+/g, ' ');
    const all = [...prev.matchAll(/\b(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:initiative|effort|scheme|plan|programme|program|fund|campaign|project|drive|mechanism|facility|coalition)\b[^,;.]*/gi)];
    const m = all.at(-1);
    if (m) return trimPurpose(m[0]);
  }
  return undefined;
}

// ---------------------------------------------------------------- duplicates

function dedupe(ps: (PledgeCandidate & { headline: boolean; cueAt: number })[], text: string): PledgeCandidate[] {
  const body = ps.filter((p) => !p.headline);
  const kept: (PledgeCandidate & { headline: boolean; cueAt: number })[] = [];
  const rank = (s: PledgeStatus) => (isCommitted(s) ? 0 : 1);
  for (const p of ps) {
    if (p.headline) {
      const dup = body.some((b) => b.giver === p.giver || (p.amount && b.amount && near(b.amount.value, p.amount.value, 0.1)));
      if (dup) continue;
    }
    const same = kept.find(
      (k) =>
        k.giver === p.giver &&
        ((k.amount && p.amount && near(k.amount.value, p.amount.value, 0.01)) ||
          (!k.amount && !p.amount && k.quantity === p.quantity && (k.item ?? '') === (p.item ?? '') && (k.recipient ?? '') === (p.recipient ?? '')) ||
          (!k.amount && !p.amount && k.quantity === undefined && p.quantity === undefined && k.item === p.item && k.evidence.start === p.evidence.start && k.recipient === p.recipient)),
    );
    // Two cues of one sentence, one of them without an amount or quantity: "signed an agreement to lend Indonesia 150 billion yen".
    const bare = (x: PledgeCandidate) => !x.amount && x.quantity === undefined;
    // ("Saudi Arabia, which has given Egypt weapons, pledged another $4bn": a cue in a relative clause closed before the
    // other is a commitment of its own, not the other's object.)
    const apart = (a: { cueAt: number; evidence: { start: number } }, b: { cueAt: number }) => {
      const [x, y] = a.cueAt < b.cueAt ? [a.cueAt, b.cueAt] : [b.cueAt, a.cueAt];
      // ("Japan will give $5m and supply tents to Nepal": a verb joined by "and" after the other's object gives its own.)
      return (/,\s*(?:which|who)\b[^,;]*$/i.test(text.slice(a.evidence.start, x)) && text.slice(x, y).includes(',')) || /^\S+(?:\s+\S+){2,}\s+and\s+$/.test(text.slice(x, y));
    };
    const partner = same ?? kept.find((k) => k.giver === p.giver && k.evidence.start === p.evidence.start && k.cueAt !== p.cueAt && bare(k) !== bare(p) && !apart(k, p));
    if (partner && !same) {
      if (bare(partner)) {
        partner.amount = p.amount;
        if (p.quantity !== undefined) partner.quantity = p.quantity;
        if (p.item) partner.item = p.item;
        if (!isCommitted(partner.status) && isCommitted(p.status)) partner.status = p.status;
      }
      if (partner.recipient === undefined && p.recipient !== undefined) partner.recipient = p.recipient;
      if (partner.purpose === undefined && p.purpose !== undefined) partner.purpose = p.purpose;
      continue;
    }
    if (same) {
      // Keep the first statement, filling what it lacks; a commitment beats a non-commitment.
      if (rank(p.status) < rank(same.status)) same.status = p.status;
      if (same.recipient === undefined && p.recipient !== undefined) same.recipient = p.recipient;
      if (same.purpose === undefined && p.purpose !== undefined) same.purpose = p.purpose;
      if (same.item === undefined && p.item !== undefined) same.item = p.item;
      if (same.announcedBy === undefined && p.announcedBy !== undefined) same.announcedBy = p.announcedBy;
      if (same.quantity === undefined && p.quantity !== undefined && same.amount) same.quantity = p.quantity;
      continue;
    }
    kept.push({ ...p });
  }
  // "Japan pledged $1bn in aid to Kenya ... Japan's aid to Kenya will ...": a pledge without an amount
  // or quantity restates one of the same giver and thing that has one.
  // Money without a figure ("give cash to the party") restates any sum the same giver gave.
  // (More of a commitment to someone, "increasing its funding to the IDA", is new, not a restatement.)
  const restates = (p: PledgeCandidate) =>
    !p.amount && p.quantity === undefined && !!p.item && p.rule !== 'pledge.raise' &&
    kept.some(
      (k) =>
        k !== p && k.giver === p.giver && (!p.recipient || !k.recipient || p.recipient === k.recipient) &&
        ((k.amount && (MONEY_HEADS.has(singularWord(lastWord(p.item!))) || LENT_HEADS.has(singularWord(lastWord(p.item!))))) || ((k.amount || k.quantity !== undefined) && !!k.item && singularWord(lastWord(k.item)) === singularWord(lastWord(p.item!)))),
    );
  return kept.filter((p) => !restates(p)).map(({ headline: _h, cueAt: _c, ...p }) => p);
}

const MONEY_HEADS = new Set(['cash', 'money', 'sum', 'amount', 'fund', 'funding', 'donation', 'gift', 'contribution', 'aid', 'grant', 'financing']);
// "approved the loan ... It will provide $300 million": a loan or credit named without its sum is the one with it.
const LENT_HEADS = new Set(['loan', 'credit', 'package', 'assistance', 'bailout', 'line']);

function near(a: number, b: number, tol: number): boolean {
  return Math.abs(a - b) <= tol * Math.max(Math.abs(a), Math.abs(b));
}

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
