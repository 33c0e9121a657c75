// Offices the text states: "French President Emmanuel Macron", "former U.S. President Donald
// Trump", "its top diplomat for Europe, James O’Brien", "Joaquin Almunia, the European Union's
// monetary affairs commissioner". Also resolves nominal mentions of office-holders ("Poland’s
// president" → Andrzej Duda, "The French leader" → Emmanuel Macron) and makes person nodes for
// unnamed ones ("Estonia’s foreign minister").

import type { Range } from '../types.js';
import type { Token, Tokenized, Sentence } from '../text/tokenize.js';
import type { EntityIndex, ResolvedMention } from './entities.js';
import { OFFICE_HEADS, TITLE_HEADS, TITLE_MODIFIERS, TITLE_PREFIXES } from './lexicon.js';
import { slugify } from './names.js';
import { straighten } from './gazetteer.js';
import type { RuleId } from './rules.js';

export interface RoleRecord {
  person: string;
  title: string;
  of?: string;
  evidence: Range;
  rule: RuleId;
}

const POSSESSIVE = /^['’]s$/i;
const OWNER_PRONOUNS = new Set(['its', 'their']);
// Heads too generic to name an unnamed office-holder on their own ("the French leader" must refer back).
const GENERIC_HEADS = new Set(['leader', 'head', 'chief', 'official', 'boss', 'executive', 'representative', 'officer', 'adviser', 'advisor']);

export function findRoles(text: string, doc: Tokenized, index: EntityIndex): RoleRecord[] {
  const { tokens, sentences } = doc;
  const mentionAt = new Int32Array(tokens.length).fill(-1);
  index.mentions.forEach((m, i) => {
    for (let t = m.firstToken; t < m.endToken; t++) mentionAt[t] = i;
  });
  const sentenceOf = sentenceIndexer(sentences, tokens.length);
  const roles: RoleRecord[] = [];
  const lower = (t: number) => (t >= 0 && t < tokens.length ? straighten(tokens[t]!.text).toLowerCase() : '');
  const isTitleWord = (t: number) => t >= 0 && t < tokens.length && mentionAt[t] === -1 && (TITLE_HEADS.has(lower(t)) || TITLE_MODIFIERS.has(lower(t)));
  const ownerMention = (t: number): ResolvedMention | undefined => {
    const i = mentionAt[t];
    if (i === undefined || i < 0) return undefined;
    const m = index.mentions[i]!;
    return m.type === 'Country' || m.type === 'Organization' ? m : undefined;
  };
  const slice = (a: number, b: number) => text.slice(tokens[a]!.start, tokens[b - 1]!.end).replace(/\s+/g, ' ');
  const add = (person: string, title: string, of: string | undefined, sentence: Sentence, rule: RuleId) => {
    if (!roles.some((r) => r.person === person && r.title.toLowerCase() === title.toLowerCase() && r.of === of)) {
      roles.push({ person, title, of, evidence: { start: sentence.start, end: sentence.end }, rule });
    }
  };
  /** The sentence's subject when it is a country or organization: "The United States was represented by its …". */
  const subjectBefore = (t: number): string | undefined => {
    const s = sentences[sentenceOf(t)]!;
    for (let k = s.firstToken; k < t; k++) {
      const m = ownerMention(k);
      if (m) return m.entity;
    }
    return undefined;
  };

  /** A title ending just before token `end`: returns its first token, or -1. */
  const titleBefore = (end: number, floor: number): number => {
    let first = end;
    while (first - 1 >= floor && isTitleWord(first - 1)) first--;
    if (first === end) return -1;
    // The head must be the last word: "Foreign Secretary", not "Secretary Foreign".
    if (!TITLE_HEADS.has(lower(end - 1))) return -1;
    return first;
  };
  /** The owner and prefix before a title starting at `first`: "former U.S. President", "Poland’s President". */
  const ownerBefore = (first: number, floor: number): { of?: string; prefix?: string; start: number } => {
    let t = first - 1;
    let of: string | undefined;
    let start = first;
    if (t >= floor && POSSESSIVE.test(tokens[t]!.text)) t--;
    const m = t >= floor ? ownerMention(t) : undefined;
    if (m) {
      of = m.entity;
      start = m.firstToken;
      t = m.firstToken - 1;
    } else if (t >= floor && OWNER_PRONOUNS.has(lower(t))) {
      of = subjectBefore(t);
      t--;
    } else if (t - 1 >= floor && lower(t) === 'by' && ownerMention(t - 1)) {
      // "… and the U.K. by Foreign Secretary David Cameron"
      of = ownerMention(t - 1)!.entity;
      t = -1;
    }
    let prefix: string | undefined;
    if (t >= floor && TITLE_PREFIXES.has(lower(t))) {
      prefix = tokens[t]!.text;
      start = t;
    }
    return { of, prefix, start };
  };

  for (const m of index.mentions) {
    if (m.type !== 'Person' || m.kind !== 'name') continue;
    const sentence = sentences[sentenceOf(m.firstToken)]!;
    const floor = sentence.firstToken;

    // "French President Emmanuel Macron", "former U.S. President Donald Trump"
    const first = titleBefore(m.firstToken, floor);
    if (first >= 0) {
      const { of, prefix } = ownerBefore(first, floor);
      const title = (prefix ? `${prefix} ` : '') + slice(first, m.firstToken);
      add(m.entity, title, of, sentence, 'role.title-before-name');
      continue;
    }

    // "its top diplomat for Europe, James O’Brien"
    if (m.firstToken - 2 >= floor && tokens[m.firstToken - 1]!.text === ',') {
      const phraseEnd = m.firstToken - 1;
      let headEnd = phraseEnd;
      // An optional "for Europe" / "of the company" after the head.
      for (let k = phraseEnd - 1; k > Math.max(floor, phraseEnd - 5); k--) {
        if (/^(?:for|of|at|in|to)$/.test(lower(k)) && TITLE_HEADS.has(lower(k - 1))) {
          headEnd = k;
          break;
        }
      }
      const start = titleBefore(headEnd, floor);
      if (start >= 0 && start - 1 >= floor && /^(?:its|his|her|their|the|a|an)$/.test(lower(start - 1)) || (start >= 0 && ownerBefore(start, floor).of)) {
        const owner = ownerBefore(start, floor);
        let of = owner.of;
        let title = slice(start, phraseEnd);
        if (headEnd < phraseEnd) {
          const pp = ownerMention(phraseEnd - 1);
          if (pp && pp.firstToken === headEnd + 1 || (pp && lower(pp.firstToken - 1) === 'the' && pp.firstToken - 1 === headEnd + 1)) {
            of = pp.entity;
            title = slice(start, headEnd);
          }
        }
        if (OFFICE_HEADS.has(lower(headEnd - 1))) add(m.entity, (owner.prefix ? `${owner.prefix} ` : '') + title, of, sentence, 'role.appositive-before');
        continue;
      }
    }

    // "Joaquin Almunia, the European Union's monetary affairs commissioner"
    if (m.endToken + 2 < sentence.endToken && tokens[m.endToken]!.text === ',') {
      let t = m.endToken + 1;
      let prefix: string | undefined;
      if (/^(?:the|a|an)$/.test(lower(t))) t++;
      if (TITLE_PREFIXES.has(lower(t))) prefix = tokens[t++]!.text;
      let of: string | undefined;
      const owner = ownerMention(t);
      if (owner) {
        of = owner.entity;
        t = owner.endToken;
        if (t < tokens.length && POSSESSIVE.test(tokens[t]!.text)) t++;
      }
      const start = t;
      while (t < sentence.endToken && isTitleWord(t)) t++;
      if (t > start && OFFICE_HEADS.has(lower(t - 1))) {
        let title = slice(start, t);
        if (t + 1 < sentence.endToken && /^(?:of|for)$/.test(lower(t))) {
          const pp = ownerMention(t + 1) ?? (lower(t + 1) === 'the' ? ownerMention(t + 2) : undefined);
          if (pp && !of) of = pp.entity;
        }
        add(m.entity, (prefix ? `${prefix} ` : '') + title, of, sentence, 'role.appositive-after');
      }
    }
  }

  // "President Corazon Aquino" in a story about the Philippines: a national office stated without
  // its country is held for the country the article is about.
  const home = homeCountry(index);
  if (home) {
    for (const r of roles) {
      if (r.of) continue;
      const words = r.title.toLowerCase().split(/\s+/);
      if (words.some((w) => NATIONAL_OFFICES.has(w))) r.of = home;
    }
  }

  resolveNominals(text, doc, index, roles, mentionAt, ownerMention, isTitleWord, lower, sentenceOf);
  return roles;
}

const NATIONAL_OFFICES = new Set(['leader', 'president', 'premier', 'chancellor', 'minister', 'secretary', 'king', 'queen', 'monarch', 'emperor', 'vice-president', 'president-elect', 'taoiseach']);

/** The country the article is most about: the most mentioned one, when it is mentioned at least twice. */
function homeCountry(index: EntityIndex): string | undefined {
  const counts = new Map<string, number>();
  for (const m of index.mentions) if (m.type === 'Country') counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 1;
  for (const [key, n] of counts) {
    if (n > bestCount) {
      best = key;
      bestCount = n;
    }
  }
  return best;
}

/**
 * "Poland’s president", "The French leader", "Estonia’s foreign minister": an owner and a title
 * with no name after it. Refers to the office-holder the article named, or else is a person of its own.
 */
function resolveNominals(
  text: string,
  doc: Tokenized,
  index: EntityIndex,
  roles: RoleRecord[],
  mentionAt: Int32Array,
  ownerMention: (t: number) => ResolvedMention | undefined,
  isTitleWord: (t: number) => boolean,
  lower: (t: number) => string,
  sentenceOf: (t: number) => number,
): void {
  const { tokens, sentences } = doc;
  const added: ResolvedMention[] = [];
  const sorted = index.mentions.every((m, i, all) => i === 0 || all[i - 1]!.start <= m.start);
  // Office-holders by owner: every person (in role order), and by each word of their title.
  const holdersOf = new Map<string, { all: Set<string>; byWord: Map<string, Set<string>> }>();
  const addHolder = (r: RoleRecord) => {
    if (!r.of) return;
    let h = holdersOf.get(r.of);
    if (!h) holdersOf.set(r.of, (h = { all: new Set(), byWord: new Map() }));
    h.all.add(r.person);
    for (const w of r.title.toLowerCase().split(/\s+/)) {
      let people = h.byWord.get(w);
      if (!people) h.byWord.set(w, (people = new Set()));
      people.add(r.person);
    }
  };
  roles.forEach(addHolder);
  for (const owner of [...index.mentions]) {
    if (owner.type !== 'Country' && owner.type !== 'Organization') continue;
    let t = owner.endToken;
    if (t < tokens.length && POSSESSIVE.test(tokens[t]!.text)) t++;
    const start = t;
    const sentence = sentences[sentenceOf(owner.firstToken)]!;
    while (t < sentence.endToken && isTitleWord(t)) t++;
    if (t === start) continue;
    const head = lower(t - 1);
    if (!OFFICE_HEADS.has(head)) continue;
    // A name follows: the role was already read from "Dutch Prime Minister Mark Rutte".
    const next = mentionAt[t] ?? -1;
    if (next >= 0 && index.mentions[next]!.type === 'Person') continue;
    if (t < tokens.length && /^\p{Lu}/u.test(tokens[t]!.text) && tokens[t]!.start - tokens[t - 1]!.end <= 1 && /^\p{Lu}\p{Ll}/u.test(tokens[t]!.text)) continue;
    const title = text.slice(tokens[start]!.start, tokens[t - 1]!.end).replace(/\s+/g, ' ');
    // The office-holder the article already named: same owner, and the same head (or a generic one).
    const ownerHolders = holdersOf.get(owner.entity);
    const holders = (GENERIC_HEADS.has(head) ? ownerHolders?.all : ownerHolders?.byWord.get(head)) ?? new Set<string>();
    let person = holders.size ? pickNearest(holders, index, owner.start, sorted) : undefined;
    let firstToken = owner.firstToken;
    if (firstToken > 0 && /^(?:the)$/i.test(tokens[firstToken - 1]!.text)) firstToken--;
    if (!person) {
      if (GENERIC_HEADS.has(head)) continue;
      const label = text.slice(tokens[owner.firstToken]!.start, tokens[t - 1]!.end).replace(/\s+/g, ' ');
      person = `person/${slugify(label)}`;
      if (!index.entities.has(person)) index.entities.set(person, { key: person, type: 'Person', label, aliases: new Set() });
      roles.push({ person, title, of: owner.entity, evidence: { start: sentence.start, end: sentence.end }, rule: 'role.unnamed-holder' });
      addHolder(roles.at(-1)!);
    }
    const m: ResolvedMention = { start: tokens[firstToken]!.start, end: tokens[t - 1]!.end, firstToken, endToken: t, entity: person, type: 'Person', kind: 'nominal' };
    added.push(m);
    index.entities.get(person)!.aliases.add(text.slice(m.start, m.end).replace(/\s+/g, ' '));
  }
  if (added.length) {
    index.mentions.push(...added);
    index.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  }
}

function pickNearest(people: Set<string>, index: EntityIndex, offset: number, sorted: boolean): string | undefined {
  // Prefer the latest mention before the nominal; one after it counts as farther away (4x).
  // With mentions sorted by start, walk out from `offset` instead of scanning the article.
  const mentions = index.mentions;
  if (!sorted) {
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const m of mentions) {
      if (!people.has(m.entity)) continue;
      const d = m.start <= offset ? offset - m.start : (m.start - offset) * 4;
      if (d < bestDistance) {
        bestDistance = d;
        best = m.entity;
      }
    }
    return best ?? people.values().next().value;
  }
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  let before: ResolvedMention | undefined;
  for (let k = lo - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (before && m.start !== before.start) break;
    if (people.has(m.entity)) before = m; // the earliest of the latest-starting ones
  }
  let after: ResolvedMention | undefined;
  for (let k = lo; k < mentions.length && !after; k++) if (people.has(mentions[k]!.entity)) after = mentions[k];
  if (before && (!after || offset - before.start <= (after.start - offset) * 4)) return before.entity;
  return after?.entity ?? people.values().next().value;
}

export function sentenceIndexer(sentences: Sentence[], tokenCount: number): (token: number) => number {
  const table = new Int32Array(tokenCount).fill(0);
  sentences.forEach((s, i) => table.fill(i, s.firstToken, s.endToken));
  return (t) => table[t] ?? 0;
}

export type { Token };
