// Stage 2: article text → entities, mentions, roles, quotes and pledges, each with its span.
// Runs the recognizers in order (boilerplate, names, entity resolution, offices, quotes,
// pledges), resolves quote speakers and pledge givers to entities, and converts every UTF-16
// range to code-point spans at the end — the only place offsets change units.

import type { Article, Extraction, Entity, Mention, Quote, Pledge, Role, Range } from '../types.js';
import { tokenizeDocument, type Tokenized } from '../text/tokenize.js';
import { CodePointIndex } from '../text/offsets.js';
import { findBoilerplate, insideBoilerplate } from './boilerplate.js';
import { recognizeNames } from './ner/index.js';
import { resolveEntities, datelineEntity, type EntityIndex, type ResolvedMention } from './entities.js';
import { findRoles, type RoleRecord } from './roles.js';
import { findQuotes, type QuoteCandidate } from './quotes.js';
import { findPledges, isCommitted } from './pledges.js';
import { PERSON_PRONOUNS, GROUP_PRONOUNS, OFFICE_HEADS } from './lexicon.js';
import { straighten } from './gazetteer.js';

export function extractArticle(article: Article): Extraction {
  const text = article.text;
  const doc = tokenizeDocument(text);
  const boilerplate = findBoilerplate(text, doc);
  const names = recognizeNames(text, doc);
  const index = resolveEntities(text, doc, names, boilerplate.ranges, boilerplate.headlineRange);
  const dateline = boilerplate.dateline ? datelineEntity(index, boilerplate.dateline) : undefined;
  const roles = findRoles(text, doc, index, { dateline, datelineText: boilerplate.dateline, headline: boilerplate.headlineRange });

  const isContent = (r: Range) => !insideBoilerplate(boilerplate.ranges, r.start, r.end, ['caption', 'credit', 'advertisement', 'notice', 'dateline']);
  const candidates = findQuotes(text, doc).filter((q) => q.segments.length > 0 && q.segments.every(isContent));
  const quotes = resolveSpeakers(text, index, roles, candidates);

  const officeOf = (person: string) => roles.find((r) => r.person === person && r.of)?.of;
  const pledges = findPledges({
    text,
    doc,
    mentions: index.mentions.map((m) => ({ start: m.start, end: m.end, entity: m.entity, type: m.type })),
    officeOf,
    quotes: quotes.map((q) => ({ segments: q.candidate.segments, speaker: q.speaker })),
  }).filter((p) => isCommitted(p.status) && index.entities.has(p.giver) && isContent(p.evidence)); // hopes, requests and conditions are not pledges

  return toDomain(article, doc, index, roles, quotes, pledges, boilerplate, dateline);
}

interface ResolvedQuote {
  candidate: QuoteCandidate;
  speaker?: string;
  /** For a speaker described but not named: the phrase that describes them. */
  speakerLabel?: string;
  /** An added mention for the speaker (a pronoun or a phrase), when it is not already a mention. */
  speakerMention?: Range;
}

/** Resolves each quote's local speaker mention to an entity: a name, an office, or a pronoun's antecedent. */
function resolveSpeakers(text: string, index: EntityIndex, roles: RoleRecord[], candidates: QuoteCandidate[]): ResolvedQuote[] {
  sortMentions(index);
  const out: ResolvedQuote[] = [];
  for (const q of candidates) {
    const resolved: ResolvedQuote = { candidate: q };
    if (q.speaker) {
      resolved.speakerMention = q.speaker;
      const phrase = straighten(text.slice(q.speaker.start, q.speaker.end)).trim().toLowerCase();
      const previous = out.at(-1);
      // "he said" right after someone else's quote continues that speaker, named or not.
      if ((PERSON_PRONOUNS.has(phrase) || phrase === 'i' || phrase === 'we') && previous && (previous.speaker || previous.speakerLabel) && q.evidence.start - previous.candidate.evidence.end < 700 && isPersonLike(index, previous)) {
        resolved.speaker = previous.speaker;
        resolved.speakerLabel = previous.speakerLabel;
        if (previous.speaker) addMention(index, { ...q.speaker, firstToken: 0, endToken: 0, entity: previous.speaker, type: 'Person', kind: 'pronoun' });
      } else {
        resolved.speaker = speakerEntity(text, index, roles, q.speaker);
        if (!resolved.speaker && !PERSON_PRONOUNS.has(phrase) && !GROUP_PRONOUNS.has(phrase)) resolved.speakerLabel = text.slice(q.speaker.start, q.speaker.end).replace(/\s+/g, ' ');
      }
    } else if (q.continuesFrom !== undefined && out[q.continuesFrom]) {
      resolved.speaker = out[q.continuesFrom]!.speaker;
      resolved.speakerLabel = out[q.continuesFrom]!.speakerLabel;
    }
    out.push(resolved);
  }
  return out;
}

function isPersonLike(index: EntityIndex, q: ResolvedQuote): boolean {
  return q.speaker ? index.entities.get(q.speaker)?.type === 'Person' : !!q.speakerLabel;
}

const TYPE_PREFERENCE = { Person: 0, Organization: 1, Country: 2, Place: 3 } as const;

function speakerEntity(text: string, index: EntityIndex, roles: RoleRecord[], range: Range): string | undefined {
  // A mention inside the speaker phrase: the person in "Dutch Prime Minister Mark Rutte", the office-holder in "Poland’s president".
  const inside: ResolvedMention[] = [];
  for (let k = firstAtOrAfter(index.mentions, range.start); k < index.mentions.length && index.mentions[k]!.start < range.end; k++) {
    if (index.mentions[k]!.end <= range.end) inside.push(index.mentions[k]!);
  }
  if (inside.length) {
    inside.sort((a, b) => TYPE_PREFERENCE[a.type] - TYPE_PREFERENCE[b.type] || (b.end - b.start) - (a.end - a.start) || b.start - a.start);
    // "Macron's office" and "a spokesman for the EU" are said by the body, not by a person mentioned in passing.
    return inside[0]!.entity;
  }
  const phrase = straighten(text.slice(range.start, range.end)).trim();
  const word = phrase.toLowerCase();
  if (PERSON_PRONOUNS.has(word) || GROUP_PRONOUNS.has(word)) {
    const wantPerson = PERSON_PRONOUNS.has(word) || word === 'i';
    const antecedent = antecedentOf(index, range.start, wantPerson ? ['Person'] : ['Organization', 'Country', 'Person']);
    if (antecedent) {
      addMention(index, { ...range, firstToken: 0, endToken: 0, entity: antecedent.entity, type: antecedent.type, kind: 'pronoun' });
      return antecedent.entity;
    }
    return undefined;
  }
  // "the minister", "the president": the office-holder of that title named most recently.
  const nominal = /^the ((?:[a-z-]+ )*?)([a-z-]+)$/.exec(word);
  if (nominal && OFFICE_HEADS.has(nominal[2]!)) {
    const holders = new Set(roles.filter((r) => r.title.toLowerCase().split(/\s+/).includes(nominal[2]!)).map((r) => r.person));
    let antecedent: ResolvedMention | undefined;
    for (let k = firstAtOrAfter(index.mentions, range.start) - 1; k >= 0 && !antecedent; k--) if (holders.has(index.mentions[k]!.entity)) antecedent = index.mentions[k];
    if (antecedent) {
      addMention(index, { ...range, firstToken: 0, endToken: 0, entity: antecedent.entity, type: 'Person', kind: 'nominal' });
      return antecedent.entity;
    }
  }
  return undefined;
}

/** The closest preceding mention of one of the wanted types, not inside a quotation. */
function antecedentOf(index: EntityIndex, offset: number, types: ResolvedMention['type'][]): ResolvedMention | undefined {
  // Mentions are sorted by start (see sortMentions), so both searches walk back from `offset`
  // instead of scanning the whole article for every quote.
  const mentions = index.mentions;
  const before = firstAtOrAfter(mentions, offset);
  // Prefer the nearest mention of the most wanted type within the last stretch of text.
  const lastOfType = new Map<ResolvedMention['type'], ResolvedMention>();
  for (let k = before - 1; k >= 0 && mentions[k]!.start > offset - 1500; k--) {
    const m = mentions[k]!;
    if (m.kind !== 'demonym' && !lastOfType.has(m.type)) lastOfType.set(m.type, m);
  }
  for (const type of types) {
    const last = lastOfType.get(type);
    if (last) return last;
  }
  // Otherwise the latest wanted mention before it (among mentions starting at the same offset,
  // the last of the most wanted type).
  const wanted = (m: ResolvedMention) => types.includes(m.type) && m.kind !== 'demonym';
  let k = before - 1;
  while (k >= 0 && !wanted(mentions[k]!)) k--;
  if (k < 0) return undefined;
  const start = mentions[k]!.start;
  let first = k;
  while (first > 0 && mentions[first - 1]!.start === start) first--;
  let best: ResolvedMention | undefined;
  for (let j = first; j <= k; j++) {
    const m = mentions[j]!;
    if (wanted(m) && (!best || types.indexOf(m.type) <= types.indexOf(best.type))) best = m;
  }
  return best;
}

/** Index of the first mention starting at or after `offset` (mentions sorted by start). */
function firstAtOrAfter(mentions: ResolvedMention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const byPosition = (a: Range, b: Range) => a.start - b.start || b.end - a.end;

function sortMentions(index: EntityIndex): void {
  const m = index.mentions;
  for (let i = 1; i < m.length; i++) {
    if (byPosition(m[i - 1]!, m[i]!) > 0) {
      m.sort(byPosition);
      return;
    }
  }
}

function addMention(index: EntityIndex, m: ResolvedMention): void {
  const mentions = index.mentions;
  let k = firstAtOrAfter(mentions, m.start);
  for (let j = k; j < mentions.length && mentions[j]!.start === m.start; j++) if (mentions[j]!.end === m.end) return;
  // Where a stable sort by (start, longest first) would put it: after every mention that sorts before or with it.
  while (k < mentions.length && byPosition(mentions[k]!, m) <= 0) k++;
  mentions.splice(k, 0, m);
}

function toDomain(
  article: Article,
  doc: Tokenized,
  index: EntityIndex,
  roleRecords: RoleRecord[],
  quotes: ResolvedQuote[],
  pledgeCandidates: ReturnType<typeof findPledges>,
  boilerplate: ReturnType<typeof findBoilerplate>,
  dateline: string | undefined,
): Extraction {
  const text = article.text;
  const cp = new CodePointIndex(text);
  const anchor = (r: Range) => text.slice(r.start, r.end);
  const used = new Set(index.mentions.map((m) => m.entity));
  if (dateline) used.add(dateline);
  const entities: Entity[] = [...index.entities.values()]
    .filter((e) => used.has(e.key))
    .map((e) => {
      const aliases = [...new Set([...e.aliases].map((a) => a.trim()))].filter((a) => a && a !== e.label).sort();
      const entity: Entity = { key: e.key, type: e.type, label: e.label, aliases };
      if (e.wikidata) entity.wikidata = e.wikidata;
      if (e.iso2) entity.iso2 = e.iso2;
      return entity;
    })
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const mentions: Mention[] = index.mentions.map((m) => ({ span: cp.span(m), anchor: anchor(m), entity: m.entity, kind: m.kind }));
  const roles: Role[] = roleRecords.filter((r) => !r.silent).map((r) => ({ person: r.person, title: r.title, ...(r.of ? { of: r.of } : {}), evidence: cp.span(r.evidence), rule: r.rule }));
  const quoteList: Quote[] = quotes.map(({ candidate: q, speaker, speakerMention, speakerLabel }) => {
    const quote: Quote = {
      cue: q.cue,
      kind: q.kind,
      segments: q.segments.map((s) => cp.span(s)),
      text: q.text,
      evidence: cp.span(q.evidence),
      rule: q.rule,
    };
    if (speaker) quote.speaker = speaker;
    else if (speakerLabel) quote.speakerLabel = speakerLabel;
    if (speakerMention) {
      quote.speakerMention = cp.span(speakerMention);
      quote.speakerText = anchor(speakerMention);
    }
    if (q.cueRange) quote.cueSpan = cp.span(q.cueRange);
    return quote;
  });
  const pledges: Pledge[] = pledgeCandidates.map((p) => {
    const pledge: Pledge = { giver: p.giver, status: p.status, evidence: cp.span(p.evidence), rule: p.rule };
    if (p.announcedBy) pledge.announcedBy = p.announcedBy;
    if (p.recipient) pledge.recipient = p.recipient;
    if (p.amount) pledge.amount = p.amount;
    if (p.quantity !== undefined) pledge.quantity = p.quantity;
    if (p.item) pledge.item = p.item;
    if (p.purpose) pledge.purpose = p.purpose;
    if (p.cue) pledge.cue = p.cue;
    return pledge;
  });
  const extraction: Extraction = {
    article,
    sentences: doc.sentences.map((s) => cp.span(s)),
    entities,
    mentions,
    roles,
    quotes: quoteList,
    pledges,
    boilerplate: boilerplate.ranges.map((b) => ({ span: cp.span(b.range), kind: b.kind, text: anchor(b.range) })),
  };
  if (boilerplate.headline) extraction.headline = boilerplate.headline;
  if (boilerplate.dateline) extraction.dateline = boilerplate.dateline;
  if (dateline) extraction.datelineEntity = dateline;
  return extraction;
}
