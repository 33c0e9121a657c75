// Recognition and resolution inside one article: merges the statistical recognizer's names with
// gazetteer matches (countries, demonyms, capitals, international bodies), then makes one entity
// per real-world referent — "Macron" joins "Emmanuel Macron", "Dutch" joins the Netherlands — with
// stable keys minted from canonical names, so the same person is one node across articles.

import type { EntityType, MentionKind, Range } from '../types.js';
import type { Sentence, Token, Tokenized } from '../text/tokenize.js';
import { gazetteer, matchGazetteer, straighten, undottedInitialism, type GazetteerMatch } from './gazetteer.js';
import type { NameMention } from './ner/index.js';
import { HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from './lexicon.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from './lexicon/time.js';
import { isCurrencyLetterPrefix } from './money.js';
import { COMMON_PREPOSITIONS, NAME_PARTICLES, SENTENCE_ADVERBS } from './lexicon/function-words.js';
import { addressGender, givenNameGenders } from './lexicon/address.js';
import { PARTY_FORMS, PORTFOLIO_WORDS } from './roles/titles.js';
import { nameKey, slugify } from './names.js';
import { expandRegionAbbreviation, isPartyStateTag } from './lexicon/regions.js';
import { COMPANY_HEADS, INSTITUTION_HEADS } from './entity-cues.js';
import type { BoilerplateRange } from './boilerplate.js';
import { insideBoilerplate } from './boilerplate.js';
import { containerIndex, firstEndingAfter } from '../text/intervals.js';
import { FirstMatchIndex } from '../text/first-match.js';
import { collapseSpaces } from '../text/spaces.js';
import { BRANCH_QUALIFIERS, COMPANY_CONTEXT, COMPOUND_KINDS, CORPORATE_DESIGNATORS, FIRM_KIND_PLURALS, GENERATION_SUFFIXES, RANK_ABBREVIATIONS, KIND_NOUNS, POSSESSIVE_PRONOUNS, COUNTRY_FORMS_NEEDING_AGREEMENT, NOT_NAMES_ALONE, STATE_DEMONYM, NATIONS_WITHOUT_STATE, type NotNameId, MORE_FACILITY_HEADS, MORE_ORGANIZATION_HEADS, AGENT_VERBS, AFTER_TITLE, BEFORE_VERB, GAME_KINDS, STARRING_BEFORE_IN, WORK_NOUNS, CAPITAL_AS_GOVERNMENT, DISCOURSE_WORDS, GIVEN_NAMES, KNOWN_ORGANIZATIONS, HUMAN_VERBS, IMPERATIVE_OBJECTS, KIN_NOUNS, NON_NAME_OPENERS, MOTION_BEFORE_TO, SHIP_PREFIXES, STORM_PREFIXES, VESSEL_PRODUCT_NOUNS, PERSON_ADDRESS, PLACE_NAMES, PLACE_PREPOSITIONS, REGION_NAMES, SURNAME_LIKE_HEADS, COMMON_SURNAME_HEADS, PLACE_PREFIXES, WORLD_CITIES, TYPE_CUES, PURPOSE_HEADS, LOCAL_PLACE_CONTEXT, MEDIA_KINDS_AFTER, NEWS_KINDS_AFTER, BROADCAST_NUMBERED, SUBSIDIARY_NOUNS, LIST_KIND_PLURALS, NAMESAKE_BODY_HEADS, NEWSPAPER_HEADS, STATE_BODY_HEADS, POSTING_BEFORE_ON, ADDRESSEE_BEFORE_THE, PRINTED_PIECES, SHOP_BEFORE, SHOP_AFTER, LONE_SUBJECT_VERBS, LONE_SUBJECT_DECIDING, LONE_SUBJECT_TO_GIVE, PRESIDENCY_HEADS, LONE_SUBJECT_AUX, LONE_SUBJECT_BASE, LONE_SUBJECT_COPULAS, LONE_SUBJECT_PRONOUNS, PLURAL_VERBS, BODY_ONLY_HEADS, EVENT_DOCUMENT_HEADS, HYPHEN_PARTICIPLES, CAMEL_SURNAME_HEADS, isCommonWord, type TypeCueId, type VoteType } from './entity-cues.js';
import { wordTable } from './lexicon/word-table.js';

export interface EntityRecord {
  key: string;
  type: EntityType;
  label: string;
  aliases: Set<string>;
  wikidata?: string;
  iso2?: string;
  /** Name words of a person, for matching later surname-only mentions. */
  words?: string[];
}

export interface ResolvedMention extends Range {
  firstToken: number;
  endToken: number;
  entity: string;
  type: EntityType;
  kind: MentionKind;
}

export interface EntityIndex {
  entities: Map<string, EntityRecord>;
  mentions: ResolvedMention[];
}

// After one of these words a lone name is a location, not the surname of a person the article names.
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'from', 'across', 'around', 'into', 'inside', 'via', 'visited', 'visit', 'visiting', 'toward', 'towards', 'through', 'between', 'of', 'throughout', 'downtown', 'central', 'suburban']);

const PRODUCT_HEADS = new Set(['missile', 'missiles', 'cruise', 'tank', 'tanks', 'jet', 'jets', 'fighter', 'fighters', 'aircraft', 'helicopter', 'helicopters', 'rocket', 'rockets', 'drone', 'drones', 'howitzer', 'howitzers', 'launcher', 'launchers', 'shells', 'rifle', 'rifles', 'vehicle', 'vehicles', 'submarine', 'submarines', 'warship', 'warships', 'frigate', 'frigates', 'anti-tank', 'anti-aircraft', 'air-defence', 'air-defense', 'vaccine', 'vaccines', 'handset', 'handsets', 'console', 'consoles']);
// A name that ends in one of these is a building or a site: a place, whatever the recognizer said.
const BASE_FACILITY_HEADS = ['Palace', 'Square', 'Street', 'Airport', 'Stadium', 'Bridge', 'Castle', 'Cathedral', 'Park', 'Tower', 'Avenue', 'Road', 'Station', 'Abbey', 'Temple', 'Mosque', 'Church', 'Arena', 'Gate', 'Harbour', 'Harbor', 'Port', 'Canal', 'Island', 'Islands', 'Valley', 'Mountain', 'Mountains', 'River', 'Lake', 'Sea', 'Ocean', 'Gulf', 'Strait', 'Desert', 'Forest', 'Plaza', 'Boulevard', 'Quay'];
const FACILITY_HEADS = new Set([...BASE_FACILITY_HEADS, ...MORE_FACILITY_HEADS]);

// Words that end an organization's name: "Paris Club", "Tokyo Stock Exchange", "Moscow Times".
const ORGANIZATION_HEADS = new Set([...MORE_ORGANIZATION_HEADS, 'Club', 'Post', 'Times', 'Exchange', 'Bank', 'University', 'Group', 'Council', 'Committee', 'Agency', 'Fund', 'Institute', 'Association', 'Union', 'Party', 'Company', 'Corporation', 'Court', 'Ministry', 'Office', 'Commission', 'Foundation', 'Journal', 'News', 'Herald', 'Airlines', 'Airways', 'Federation', 'Authority', 'Board', 'Bureau', 'Department', 'Telegraph', 'Tribune', 'Observer', 'Guardian', 'Inc', 'Corp', 'Ltd', 'Plc', 'AG', 'SA', 'Holdings', 'Motors', 'Bourse', 'Alliance', 'Organisation', 'Organization', 'Service', 'Services', 'Police', 'Army', 'Navy', 'Parliament', 'Assembly', 'Congress', 'Senate', 'Cabinet', 'Government', 'Administration']);

// Heads of a body's name that a connector joins to what the body is for ("Department for …", "Ministry of …").
/** A member of a US party, after the state he sits for ("a Texas Democrat", "an Ohio Republican"). */
const PARTY_MEMBER_NOUNS = new Set(['Democrat', 'Republican']);
const BODY_HEADS = new Set(['Department', 'Ministry', 'Institute', 'Council', 'Fund', 'Centre', 'Center', 'Office', 'Commission', 'Agency', 'Foundation', 'Society', 'Association', 'Committee', 'Bureau', 'Board', 'Federation', 'League', 'Alliance', 'Organisation', 'Organization', 'Coalition']);

/**
 * "the film Minority Report", "the board game Monopoly": the name is a title (entity-cues: WORK_NOUNS). So is what an
 * actor stars in ("starred in Vera Drake", "co-starring in Closer"; STARRING_BEFORE_IN), when it ends like a title
 * of any reading ("starred in Hollywood films" keeps the place).
 */
function isWorkTitle(tokens: Token[], first: number, end: number, person: boolean): boolean {
  const kind = tokens[first - 1]?.text;
  if (!kind) return false;
  // (right after "in": after "the" a name may modify a noun, "starred in the Anna-Marie and Ruth Kane comedy")
  if (kind === 'in') return STARRING_BEFORE_IN.has(tokens[first - 2]?.text.toLowerCase() ?? '') && endsLikeTitle(tokens, end, true);
  if (!WORK_NOUNS.has(kind)) return false;
  const before = tokens[first - 2]?.text.toLowerCase() ?? '';
  if ((kind === 'game' || kind === 'games') && !GAME_KINDS.has(before)) return false;
  if (BEFORE_VERB.has(before)) return false;
  return endsLikeTitle(tokens, end, person);
}

/**
 * "small firms such as Blinkx, Copernic and X-Friend", "films including Shrek and Cars": the kind a list of names
 * the name is in was introduced with (entity-cues: LIST_KIND_PLURALS). Back from the name over capitalised words
 * and the links of a list ("," "and" "or"), to "such as", "including" or "like" right after a plural of a kind;
 * any lowercase word on the way ("consumer products giant Procter & Gamble") ends the list before the name.
 */
/** /^(?:,|and|or|&)$/ or /^['’]s?$|^[-.]$/: a list's link, a possessive's mark, a hyphen or a period. */
function isListLinkOrMark(w: string): boolean {
  return w === ',' || w === 'and' || w === 'or' || w === '&' || w === "'" || w === "'s" || w === '’' || w === '’s' || w === '-' || w === '.';
}

/** /^[\p{Lu}\p{N}]/u, by char code for ASCII. */
function opensWithCapitalOrDigit(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /^[\p{Lu}\p{N}]/u.test(w);
}

function listKind(tokens: Token[], first: number, end: number): keyof typeof LIST_KIND_PLURALS | undefined {
  // "Microsoft's X-Box": an owner, not an item; "players like Middlesbrough winger Stewart Downing": a name before a noun and a name
  // modifies that noun, the item is the name after it
  const next = tokens[end]?.text ?? '';
  if (/^['’]s?$/.test(next) || (/^\p{Ll}+$/u.test(next) && next !== 'and' && next !== 'or' && /^\p{Lu}/u.test(tokens[end + 1]?.text ?? ''))) return undefined;
  for (let t = first - 1; t >= 1 && t > first - 30; t--) {
    const w = tokens[t]!.text;
    let kindAt = -1;
    if (w === 'including' || w === 'like') kindAt = t - 1;
    else if (w === 'as' && tokens[t - 1]!.text === 'such') kindAt = t - 2;
    if (kindAt >= 0) {
      const kind = tokens[kindAt]?.text.toLowerCase() ?? '';
      for (const k of ['Organization', 'Place', 'Person', 'work'] as const) if (LIST_KIND_PLURALS[k].has(kind)) return k;
      return undefined;
    }
    // (the three tests of /^(?:,|and|or|&)$/, /^[\p{Lu}\p{N}]/u and /^['’]s?$|^[-.]$/ by compares: up to 30 tokens per name)
    if (!isListLinkOrMark(w) && !opensWithCapitalOrDigit(w)) return undefined;
  }
  return undefined;
}

/**
 * The items of a list after a plural of a kind of body, place or person and "such as", "including" or "like"
 * ("small firms such as Blinkx, Copernic, Enfish and X-Friend") that no name claimed: capitalised runs of up to
 * four words between the list's links, the last one closed by a lowercase word or a punctuation mark. Such an
 * item is a name of that kind; the list stops at the first item that is not one ("firms such as Acme and
 * smaller rivals").
 */
function unreadListItems(tokens: Token[], claimed: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  for (let t = 2; t < tokens.length; t++) {
    const w = tokens[t]!.text;
    let kindAt = -1;
    if (w === 'including' || w === 'like') kindAt = t - 1;
    else if (w === 'as' && tokens[t - 1]!.text === 'such') kindAt = t - 2;
    if (kindAt < 0) continue;
    const kind = tokens[kindAt]!.text.toLowerCase();
    // (not a list of people: "artists such as" lists bands too, and the recognizer finds people's names well)
    const type = LIST_KIND_PLURALS.Organization.has(kind) ? 'Organization' : LIST_KIND_PLURALS.Place.has(kind) ? 'Place' : undefined;
    if (!type) continue;
    const items: [number, number][] = [];
    let k = t + 1;
    let closed = false;
    while (k < tokens.length) {
      const first = k;
      while (k < tokens.length && k - first < 5 && (/^[\p{Lu}\p{N}]/u.test(tokens[k]!.text) || (k > first && /^(?:&|-)$/.test(tokens[k]!.text)))) k++;
      if (k === first || k - first > 4) break;
      items.push([first, k]);
      const link = tokens[k]?.text ?? '';
      if (link === ',' && /^(?:and|or)$/.test(tokens[k + 1]?.text ?? '')) k += 2;
      else if (/^(?:,|and|or)$/.test(link)) k++;
      else {
        // the list ends in a lowercase word ("… and X-Friend offer tools") or a stop; not in a possessive or a capitalised word
        // nor in a noun before a name ("stars including Oscar nominee Alan Alda")
        closed = !/^['’]s?$/.test(link) && (link === '' || (/^\p{Ll}/u.test(link) && !/^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) || /^[.;:!?)]$/.test(link));
        break;
      }
    }
    // "drug companies like Wyeth Laboratories and Parke, Davis and Co": a wire's company name has commas of its own
    if (items.length < 2 || !closed || items.some(([, end]) => CORPORATE_DESIGNATORS.has(tokens[end - 1]!.text.replace(/\.$/, '').toLowerCase()))) continue;
    for (const [first, end] of items) {
      let free = true;
      for (let x = first; x < end; x++) if (claimed[x]) free = false;
      if (free) out.push({ start: tokens[first]!.start, end: tokens[end - 1]!.end, firstToken: first, endToken: end, type, kind: 'name' });
    }
  }
  return out;
}

/** A word shaped like a surname or a one-word company: "Hendricks", "O'Connell", "Smith-Jones". */
const LONE_NAME = /^(?:\p{Lu}['’])?\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?$/u;

/**
 * lone-name — "Hendricks donated $5 million", "Kowalczyk told reporters", "Altman has testified": a sentence's first
 * word that no name claimed, shaped like a name, before a verb of saying, thinking or giving (LONE_SUBJECT_VERBS, maybe
 * after an auxiliary), that the text never writes in lowercase and that is no English word (isCommonWord: "Officials
 * said", "Analysts said" are common words) nor a known place, date or a word that is no name alone. The recognizer
 * reads such a word from the other sentences that name it; in a short window there are none. A person, unless the
 * first pronoun after the verb is "it" or "its" ("Shearson said it would sell": a company; in the BBC and Reuters
 * corpora "X Corp/Inc/Ltd said it" is 2,433 of 4,320 companies' "said", "Mr X said it" 16 of 493 people's).
 */
function loneSubjects(text: string, tokens: Token[], claimed: Uint8Array, cases: CaseEvidence): Candidate[] {
  const out: Candidate[] = [];
  for (let t = 0; t + 1 < tokens.length; t++) {
    if (claimed[t]) continue;
    const type = loneSubjectType(tokens, cases, t);
    if (type && onlyOpensSentences(text, tokens, cases, t)) out.push({ start: tokens[t]!.start, end: tokens[t]!.end, firstToken: t, endToken: t + 1, type, kind: 'name', recognized: type });
  }
  return out;
}

/**
 * The word at t occurs in the text only where a sentence opens: no other sentence introduces it ("engineering group
 * Jarvis", "Chesebrough-Pond's Inc", "said Hassel"), and the recognizer, which reads those, had nothing to go on.
 */
function onlyOpensSentences(text: string, tokens: Token[], cases: CaseEvidence, t: number): boolean {
  const w = tokens[t]!.text;
  let initial = 0;
  for (let k = 0; k < tokens.length; k++) if (tokens[k]!.text === w && opensClause(tokens, cases, k)) initial++;
  return wholeWordCount(text, w) <= initial;
}

const WORD_OR_JOINER = /[\p{L}\p{N}'’-]/u;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** How often `w` stands in the text as a whole word: no letter, digit, apostrophe or hyphen before it, no letter or digit after. */
function wholeWordCount(text: string, w: string): number {
  let n = 0;
  for (let i = text.indexOf(w); i >= 0; ) {
    // (the character before may be the second half of a surrogate pair: read the whole code point)
    const low = i > 1 && text.charCodeAt(i - 1) >= 0xdc00 && text.charCodeAt(i - 1) <= 0xdfff;
    const before = i > 0 ? String.fromCodePoint(text.codePointAt(low ? i - 2 : i - 1)!) : '';
    const after = i + w.length < text.length ? String.fromCodePoint(text.codePointAt(i + w.length)!) : '';
    if (!(before && WORD_OR_JOINER.test(before)) && !(after && WORD_CHARACTER.test(after))) {
      n++;
      i = text.indexOf(w, i + w.length);
    } else i = text.indexOf(w, i + 1);
  }
  return n;
}

const PRESIDENCY = new RegExp(`\\b[Tt]he (\\p{Lu}\\p{Ll}+) (?:${[...PRESIDENCY_HEADS].join('|')})\\b`, 'gu');

/**
 * presidency — "the Obama administration", "the Reagan presidency": one capitalised word between "the" and a head only a
 * leader's term has (PRESIDENCY_HEADS) is that leader's surname; the recognizer reads it as a place, a body or nothing
 * ("Biden" MISC). Not a country, demonym, party, place, known body or date ("the American administration", "the Labour
 * administration"); a word no name read ("the Bush administration") is added only where it is no English word or the
 * text names a person with that surname.
 */
function presidencyNames(text: string, tokens: Token[], tokenAt: (offset: number) => number, candidates: Candidate[], claimed: Uint8Array, surnames: Set<string>, claim: (c: Candidate) => void): void {
  for (const m of text.matchAll(PRESIDENCY)) {
    const w = m[1]!;
    const start = m.index! + m[0].indexOf(' ') + 1;
    const t = tokenAt(start);
    if (tokens[t]?.start !== start || tokens[t]!.text !== w) continue;
    const lc = w.toLowerCase();
    if (DATE_WORDS.has(w) || PLACE_NAMES.has(w) || WORLD_CITIES.has(w) || REGION_NAMES.has(w) || KNOWN_ORGANIZATIONS.has(w) || gazetteer().forms.has(w) || PARTY_FORMS.has(lc)) continue;
    if (!claimed[t]) {
      if (isCommonWord(lc) && !surnames.has(w)) continue;
      claim({ start, end: tokens[t]!.end, firstToken: t, endToken: t + 1, type: 'Person', kind: 'name', recognized: 'Person', presidency: true });
      continue;
    }
    const c = candidates.find((x) => x.firstToken === t);
    if (c && c.endToken === t + 1 && !c.key) c.presidency = true;
  }
}

/** Words that may open a sentence before its subject ("But Hendricks said", "Yesterday Kowalczyk told"). */
const CLAUSE_OPENERS = new Set<string>(['but', 'and', 'so', 'yet', ...SENTENCE_ADVERBS]);

/**
 * The token at t opens a sentence's main clause: the sentence's first word, the word after an opener (CLAUSE_OPENERS), or
 * the word after the comma of a short opening phrase of a preposition or such an opener ("On Monday, Hendricks
 * donated", "Later, Brainard told").
 */
function opensClause(tokens: Token[], cases: CaseEvidence, t: number): boolean {
  if (cases.initial[t]) return true;
  const prev = tokens[t - 1]?.text ?? '';
  if (cases.initial[t - 1] && CLAUSE_OPENERS.has(prev.toLowerCase())) return true;
  if (prev !== ',') return false;
  for (let s = t - 2; s >= 0 && s >= t - 6; s--) {
    if (tokens[s]!.text === ',') return false;
    if (cases.initial[s]) {
      const first = tokens[s]!.text.toLowerCase();
      return CLAUSE_OPENERS.has(first) || COMMON_PREPOSITIONS.includes(first as (typeof COMMON_PREPOSITIONS)[number]);
    }
  }
  return false;
}

/** The type of the name at t when it is such a lone subject (see loneSubjects), else undefined. */
function loneSubjectType(tokens: Token[], cases: CaseEvidence, t: number): EntityType | undefined {
  if (!opensClause(tokens, cases, t)) return undefined;
  const w = tokens[t]!.text;
  if (!LONE_NAME.test(w)) return undefined;
  let v = t + 1;
  if (LONE_SUBJECT_AUX.has(tokens[v]?.text ?? '')) v++;
  const verb = tokens[v]?.text ?? '';
  // Another verb ("Parker has not recovered from a nerve in his hamstring", "Occidental will use the proceeds to
  // reduce its debt"): only where a pronoun of the clause says who the subject is.
  const saying = LONE_SUBJECT_VERBS.has(verb) || (v > t + 1 && LONE_SUBJECT_BASE.has(verb)) || (LONE_SUBJECT_DECIDING.has(verb) && tokens[v + 1]?.text === 'to' && LONE_SUBJECT_TO_GIVE.has(tokens[v + 2]?.text ?? ''));
  if (!saying && !(v > t + 1 || LONE_SUBJECT_COPULAS.has(verb))) return undefined;
  const lc = straighten(w).toLowerCase();
  // (the lexicon lists few plurals: "Campaigners", "Bookmakers" are its "campaigner", "bookmaker")
  const singular = lc.endsWith('ies') ? lc.slice(0, -3) + 'y' : lc.endsWith('s') ? lc.slice(0, -1) : '';
  if (cases.lower.has(lc) || DISCOURSE_WORDS.has(lc) || NON_NAME_OPENERS.has(lc) || isCommonWord(lc) || (singular && isCommonWord(singular))) return undefined;
  if (DATE_WORDS.has(w) || PLACE_NAMES.has(w) || WORLD_CITIES.has(w) || gazetteer().forms.has(w) || notNameAlone(tokens, t, t + 1)) return undefined;
  // ("Citibank agreed", "Rabobank said": a bank's one-word name)
  let type: EntityType | undefined = saying ? (KNOWN_ORGANIZATIONS.has(w) || PLURAL_VERBS.has(tokens[t + 1]!.text) || /\p{Ll}bank$/u.test(w) ? 'Organization' : 'Person') : undefined;
  for (let k = saying ? v + 1 : t + 1; k < v + (saying ? 7 : 11) && k < tokens.length; k++) {
    const x = tokens[k]!.text;
    if (/^[.;:!?"“”]$/.test(x) || (!saying && x === ',')) break;
    const pronoun = LONE_SUBJECT_PRONOUNS[x];
    if (pronoun) {
      type = pronoun;
      break;
    }
  }
  return type;
}

/**
 * "their latest album, How to Dismantle an Atomic Bomb, topped …": a name inside a title set off by commas after a kind of
 * work (the title opens with a capital right after the comma and closes at the next comma or period) is part of the title.
 */
/** /^[,.;:!?"“”()]$/: one punctuation mark that bounds an apposition. */
function isClauseMark(w: string): boolean {
  return w.length === 1 && ',.;:!?"“”()'.includes(w);
}

function insideApposedTitle(tokens: Token[], first: number, end: number): boolean {
  let comma = first - 1;
  // (/^[,.;:!?"“”()]$/ by a length test and a lookup: up to eight tokens per name)
  while (comma > first - 8 && comma > 0 && !isClauseMark(tokens[comma]!.text)) comma--;
  if (tokens[comma]?.text !== ',' || !/^\p{Lu}/u.test(tokens[comma + 1]?.text ?? '')) return false;
  const kind = tokens[comma - 1]?.text ?? '';
  if (!WORK_NOUNS.has(kind) || kind === 'game' || kind === 'games' || kind === 'ship' || BEFORE_VERB.has(tokens[comma - 2]?.text.toLowerCase() ?? '')) return false;
  // a person in apposition ("the programme, Robert Preston said", "the director of the film, Ann Lee,") is no title,
  // nor is an owner ("the first film, Shrek and Ann Lee's AI")
  if (GIVEN_NAMES.has(tokens[comma + 1]!.text) || (tokens[comma - 2]?.text === 'the' && tokens[comma - 3]?.text === 'of')) return false;
  if (/^['’]s?$/.test(tokens[end]?.text ?? '')) return false;
  // the title is capitalised words and the small words of titles, from the comma to the next comma or period
  for (let t = comma + 1; t < comma + 10 && t < tokens.length; t++) {
    const w = tokens[t]!.text;
    if (/^[,.]$/.test(w)) return t >= end;
    if (!/^\p{Lu}|^\d/u.test(w) && !TITLE_SMALL_WORDS.has(w) && !/^['’!?:-]/.test(w)) return false;
  }
  return false;
}

/** " 12" after a heading's word; a run of digits. */
const HEADING_NUMBER = /^ (\d+)\b/;
const DIGITS = /^\d+$/;

const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'and', 'on', 'for', 'at', 'from', 'with', 'or', 'is', 'we', 'are', 'be']);

/**
 * A title ends before punctuation, a capital or a word that may follow it (AFTER_TITLE), not before its possessive.
 * Any other word may open a clause the name is the subject of ("the book Blair wrote"), but only a person's
 * name, and not before an -ing form ("their debut Southernplayalisticadillacmuzik going platinum"): a name the
 * recognizer read as a place or a body after a kind of work is the title whatever follows ("their album Stakonia saw").
 */
function endsLikeTitle(tokens: Token[], end: number, person = true): boolean {
  const next = tokens[end]?.text;
  if (next !== undefined && /^['’]s?$/.test(next)) return false;
  if (!person || (next !== undefined && /^\p{Ll}{2,}ing$/u.test(next))) return true;
  return next === undefined || !/^\p{L}/u.test(next) || AFTER_TITLE.has(next) || /^\p{Lu}/u.test(next);
}

/** "the films New York Minute and House of Wax": a name listed right after a title is another title. */
function listedAfterTitle(tokens: Token[], first: number, end: number, titleEnd: number): boolean {
  if (titleEnd < 0 || first <= titleEnd || first - titleEnd > 2) return false;
  for (let t = titleEnd; t < first; t++) if (!/^(?:,|and|or)$/.test(tokens[t]!.text)) return false;
  return endsLikeTitle(tokens, end);
}

/**
 * A ship or a storm by its prefix ("HMS Dauntless", "Hurricane Odile", or "Brandvold" read alone after "USS"), or a name right
 * after a kind of vessel or product in lowercase ("the frigate Almirante Vidal"; entity-cues:
 * VESSEL_PRODUCT_NOUNS), unless that noun is a verb there ("they ship …") or the name is owned.
 */
function isVesselOrProduct(tokens: Token[], first: number, end: number): boolean {
  const prefix = (t: number) => SHIP_PREFIXES.has(tokens[t]?.text.replace(/\.$/, '') ?? '') || STORM_PREFIXES.has(tokens[t]?.text ?? '');
  // ("HMS" read alone before "Defender": the prefix of the ship's name the recognizer cut in two)
  if ((end - first > 1 && prefix(first)) || prefix(first - 1) || (prefix(first) && /^\p{Lu}/u.test(tokens[end]?.text ?? ''))) return true;
  const kind = tokens[first - 1]?.text;
  if (!kind || !VESSEL_PRODUCT_NOUNS.has(kind)) return false;
  if (BEFORE_VERB.has(tokens[first - 2]?.text.toLowerCase() ?? '')) return false;
  return !/^['’]s?$/.test(tokens[end]?.text ?? '');
}

/** The end of "Paris Club" starting after "Paris": a run of capitalised words ending in an organization head, or -1. */
function organizationNameAfter(tokens: Token[], from: number, otherNames: Set<number>): number {
  let end = -1;
  for (let t = from; t < Math.min(tokens.length, from + 4); t++) {
    const w = tokens[t]!.text;
    if (!/^\p{Lu}/u.test(w) || tokens[t]!.start - tokens[t - 1]!.end > 1 || otherNames.has(t)) break;
    if (ORGANIZATION_HEADS.has(w.replace(/\.$/, ''))) end = t + 1;
  }
  return end;
}

const BRACKET_PAIRS: Record<string, string> = wordTable({ '(': ')', '[': ']', '{': '}' });

const LEADING_FUNCTION_WORDS = new Set(['if', 'but', 'and', 'the', 'a', 'an', 'when', 'as', 'so', 'or', 'while', 'although', 'because', 'after', 'before', 'since', 'unless', 'though', 'yet', 'then', 'also', 'meanwhile', 'however', 'later', 'earlier', 'yesterday', 'today', 'now', 'still', 'instead', 'separately', 'last', 'next', 'on', 'in', 'at', 'for', 'with', 'by', 'from', 'of', 'to']);

const FUNCTION_WORD_SET = new Set<string>([...LEADING_FUNCTION_WORDS, ...COMMON_PREPOSITIONS, 'of', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'it', 'its', 'their', 'they', 'he', 'she', 'we', 'that', 'this', 'which', 'who', 'not', 'no', 'will', 'would', 'said']);

/** "IPO" for "initial public offering": the initials of each run of three to six lowercase content words of the text. */
function initialsOfLowercaseRuns(tokens: Token[]): Set<string> {
  const out = new Set<string>();
  // (each token is read up to six times below: whether it is a lowercase content word is settled once)
  // (an ASCII first character that is no lowercase letter settles most tokens before the regular expression)
  const content = tokens.map((x) => {
    const c = x.text.charCodeAt(0);
    return (c >= 128 || isAsciiLower(c)) && /^\p{Ll}[\p{Ll}-]*$/u.test(x.text) && !FUNCTION_WORD_SET.has(x.text);
  });
  for (let t = 0; t < tokens.length; t++) {
    let initials = '';
    for (let k = t; k < tokens.length && k < t + 6; k++) {
      const w = tokens[k]!.text;
      if (!content[k]) break;
      initials += w[0]!.toUpperCase();
      if (initials.length >= 3) out.add(initials);
    }
  }
  return out;
}

/** A recognizer's name with its tokens. */
type TokenName = NameMention & { firstToken: number; endToken: number };

interface Candidate extends Range {
  firstToken: number;
  endToken: number;
  type: EntityType;
  kind: MentionKind;
  /** Gazetteer key when known. */
  key?: string;
  /** The recognizer's own type, before the vote over all mentions of the name. */
  recognized?: EntityType;
  /** A lone subject's type (loneSubjectType): a sentence's first word, no English word, before a verb of saying or giving. */
  lone?: 'Person' | 'Organization';
  /** Between "the" and a leader's term ("the Obama administration"): presidencyNames. */
  presidency?: boolean;
}

export function resolveEntities(text: string, doc: Tokenized, names: NameMention[], boilerplate: BoilerplateRange[], headline?: Range): EntityIndex {
  const { tokens } = doc;
  const tokenAt = tokenIndexer(tokens);
  const skip = (start: number, end: number) => insideBoilerplate(boilerplate, start, end, ['credit', 'advertisement', 'notice', 'dateline', 'references']);

  // A title-case headline defeats capitalization cues: trust a name found there only when the body has it too.
  const inHeadline = (n: NameMention) => !!headline && n.start >= headline.start && n.end <= headline.end;
  const bodyNames = new Set(names.filter((n) => !inHeadline(n)).map((n) => n.text.toLowerCase()));
  const cases = caseEvidence(doc);
  // "Billie Jean King", later "King": a word of a person's full name is that person's name alone too.
  // (Made on first use: few names need it.)
  let nameWordsOfPeople: Set<string> | undefined;
  const isNameWordOfPerson = (word: string) => (nameWordsOfPeople ??= new Set(names.filter((n) => n.type === 'PER' && /\s/.test(n.text)).flatMap((n) => n.text.split(/\s+/)))).has(word);
  // Each word of a person's name, with the names it is in and where: "Goalscorer Toure" after "Kolo Toure".
  const peopleByWord = new Map<string, { text: string; start: number }[]>();
  for (const n of names) if (n.type === 'PER') for (const w of n.text.split(/\s+/)) (peopleByWord.get(w) ?? peopleByWord.set(w, []).get(w)!).push(n);
  // The words of the text's longer names ("Bank" of "Bank of Tokyo", "Rose" of "Dana Rose"), made on first use.
  let wordsOfLongerNames: Set<string> | undefined;
  const isCommonWordOfText = (word: string): boolean => {
    if (!isCapitalisedWord(word) || !cases.lower.has(word.toLowerCase()) || !/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
    if (GIVEN_NAMES.has(word) || KNOWN_ORGANIZATIONS.has(word) || PLACE_NAMES.has(word) || WORLD_CITIES.has(word) || gazetteer().forms.has(word)) return false;
    wordsOfLongerNames ??= new Set(names.filter((n) => /\s/.test(n.text)).flatMap((n) => n.text.split(/\s+/)));
    return !wordsOfLongerNames.has(word);
  };
  // "Method 1" and "Method 2" both in the text: a numbered heading (indexOf, no regular expression over the text)
  const numberedAgain = (w: string, n: string): boolean => {
    for (let i = text.indexOf(w + ' '); i >= 0; i = text.indexOf(w + ' ', i + 1)) {
      const m = HEADING_NUMBER.exec(text.slice(i + w.length, i + w.length + 8));
      if (m && m[1] !== n) return true;
    }
    return false;
  };
  // A heading's number is its line's last: "Hearts 2 Rangers 1", "Rovers 3 1 1 1 5 3 4" are a results table's rows.
  const headingRest = (t: number): boolean => {
    for (let k = t; k < tokens.length && k < t + 20; k++) {
      if (text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes('\n')) return true;
      const c = tokens[k]!.text.charCodeAt(0);
      if (c >= 48 && c <= 57) return false;
    }
    return true;
  };
  // notname.english-opener: a lone English word (isCommonWord) that opens its sentence or line and is never capitalised
  // mid-sentence, standing alone there ("Curry." as a list's item, "Method 1" heading numbered steps): its capital is its
  // place's, not a name's. A known name, a given name or a word of a person's name keeps its reading.
  const isEnglishOpener = (t: number): boolean => {
    const w = tokens[t]!.text;
    if (!cases.initial[t] || cases.midCaps.has(w) || !isCapitalisedWord(w) || !isCommonWord(w.toLowerCase()) || !/^\p{Lu}\p{Ll}+$/u.test(w)) return false;
    const next = tokens[t + 1]?.text ?? '';
    // nor is a name called out or coordinated with another ("Foster! Brown!", "Buddy and Sue didn't go")
    if (next === "'s" || next === '’s' || next === "'" || next === '’' || next === '!' || next === '?') return false;
    // Only where the word stands alone: it ends its line or sentence, or heads a heading the text numbers on; before
    // anything else it may be a name that modifies or acts ("Arsenal manager", "Wolves v Hull", "Number 10 said",
    // "Shell said"): the first draft, which dropped those too, changed 15 of 6,000 BBC/Reuters articles, most wrongly.
    // (a wire's wrapped line goes on in lowercase: "through Alex. Brown\nand Sons Inc")
    const lineEnds = t + 1 === tokens.length || next === '.' || next === ':' || (!isLowercaseWord(next) && text.slice(tokens[t]!.end, tokens[t + 1]!.start).includes('\n'));
    if (!lineEnds && !(next.charCodeAt(0) >= 48 && next.charCodeAt(0) <= 57 && DIGITS.test(next) && headingRest(t + 2) && numberedAgain(w, next))) return false;
    if (GIVEN_NAMES.has(w) || KNOWN_ORGANIZATIONS.has(w) || PLACE_NAMES.has(w) || WORLD_CITIES.has(w) || gazetteer().forms.has(w) || isNameWordOfPerson(w)) return false;
    wordsOfLongerNames ??= new Set(names.filter((n) => /\s/.test(n.text)).flatMap((n) => n.text.split(/\s+/)));
    return !wordsOfLongerNames.has(w);
  };
  // The initials of the text's runs of three to six lowercase content words, made on first use.
  let lowercaseInitials: Set<string> | undefined;
  // Bodies' names opened before a name the recognizer read alone ("Department for …"): [firstToken, endToken).
  const opened: [number, number][] = [];
  /** The name without the words around it that are not part of it, with its tokens; undefined when nothing is left of it. */
  const trimmed = (n: NameMention): TokenName | undefined => {
    let firstToken = tokenAt(n.start);
    let endToken = tokenAt(n.end - 1) + 1;
    // A sentence-initial function word is not part of a name: "If Gavi could …", "The Philippines has …";
    // nor is an interjection ("Hey Steve") or a common word that opens the sentence ("Despite Daniel …").
    const opener = (t: number) => {
      const lc = tokens[t]!.text.toLowerCase();
      // "Radio 1 said …": a station's head before its number opens its name (joinChannelNumber)
      if (BROADCAST_NUMBERED.heads.has(tokens[t]!.text) && BROADCAST_NUMBERED.numbers.has(tokens[t + 1]?.text ?? '')) return false;
      // "A. Stewart", "A.de Silva": a capital letter with its period is an initial, not the article.
      if (/^\p{Lu}$/u.test(tokens[t]!.text) && tokens[t + 1]?.text.startsWith('.') && tokens[t + 1]!.start === tokens[t]!.end) return false;
      // "at The Oval", "in The Hague": a capitalised function word inside a sentence belongs to the name.
      if (LEADING_FUNCTION_WORDS.has(lc) && (opensSegment(text, tokens, cases, t) || /^\p{Ll}/u.test(tokens[t]!.text))) return true;
      return NON_NAME_OPENERS.has(lc) || isCommonOpener(cases, tokens, t);
    };
    while (firstToken < endToken - 1 && opener(firstToken)) firstToken++;
    // "Madrid-based Ferrovial", "Zealand-born Campbell": a compound that says what the name is opens no name
    // (no hyphen, no compound: most words skip the regular expression)
    const compound = tokens[firstToken]!.text.includes('-') ? /^[\p{L}.]+-(\p{Ll}+)$/u.exec(tokens[firstToken]!.text)?.[1] : undefined;
    if (compound && firstToken < endToken - 1 && (COMPOUND_KINDS.Organization.has(compound) || COMPOUND_KINDS.Person.has(compound))) firstToken++;
    // "Kolo Toure scored. Goalscorer Toure said …": a sentence's first word that is no given name, before
    // the surname of a person the article has already named in full, describes that person.
    // "Venus Williams" after "Serena Williams" is someone else: the word must read as a common noun,
    // written in lowercase elsewhere in the text or shaped like one that names a doer ("-er", "-ian").
    const word = tokens[firstToken]!.text;
    if (n.type === 'PER' && endToken - firstToken === 2 && !GIVEN_NAMES.has(word) && (cases.lower.has(word.toLowerCase()) || /^\p{Lu}\p{Ll}{3,}(?:er|or|ist|ian|ant)$/u.test(word)) && opensSegment(text, tokens, cases, firstToken)) {
      const here = text.slice(tokens[firstToken]!.start, tokens[firstToken + 1]!.end);
      if ((peopleByWord.get(tokens[firstToken + 1]!.text) ?? []).some((p) => p.start < n.start && p.text !== here && /\s/.test(p.text))) firstToken++;
    }
    // "Singer Ann Lee said", "Analyst Tom Hart …": a noun of a person's trade opening a sentence, before a given name and
    // a surname, says who the person is and is not part of the name (entity-cues: KIND_NOUNS.Person). The given name may be
    // any the name lists hold ("Singer Elton John"), not only the recognizer's own.
    const given = tokens[firstToken + 1]?.text ?? '';
    if (endToken - firstToken >= 3 && KIND_NOUNS.Person.has(word.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(word) && !GIVEN_NAMES.has(word) && (GIVEN_NAMES.has(given) || givenNameGenders(given).length > 0) && /^\p{Lu}/u.test(tokens[firstToken + 2]!.text) && opensSegment(text, tokens, cases, firstToken)) {
      firstToken++;
      n = { ...n, type: 'PER' };
    }
    // "Dupont (now Grant", "Mexican president": a name stops before an unclosed bracket and does not end in lowercase words.
    for (let t = firstToken + 1; t < endToken; t++) {
      // (only a one-character token can open a bracket: the others skip the keyed lookup)
      const w = tokens[t]!.text;
      const close = w.length === 1 ? BRACKET_PAIRS[w] : undefined;
      if (close && !tokens.slice(t, endToken).some((x) => x.text === close)) endToken = t;
    }
    // "Midland Bank Plc <MDBL.L>": a wire's ticker in angle brackets follows the name, it is not part of it.
    for (let t = firstToken + 1; t < endToken; t++) if (tokens[t]!.text === '<') endToken = t;
    // "lend Nepal Rs 5 billion", "gave Kenya Sh 2bn": a currency's letters before a number end the name before them.
    while (endToken - 1 > firstToken && isCurrencyLetterPrefix(tokens[endToken - 1]!.text) && /^\d/.test(tokens[endToken]?.text ?? '')) endToken--;
    // "<NHY.O>", "<BA>": the ticker itself is no name.
    if (tokens[firstToken - 1]?.text === '<' && tokens[endToken]?.text === '>' && /^[A-Z0-9. ]{1,14}$/.test(text.slice(tokens[firstToken]!.start, tokens[endToken - 1]!.end))) return undefined;
    // "Labour MP", "Jo Reid QC": a member's rank after a party, a seat or a name is not part of it;
    // "Labour MP Jo Reid": the words after the rank are the member's name.
    const memberTitle = NOT_NAMES_ALONE['notname.member-title'];
    let rankCut = false;
    // (a separate word: "F&AM" keeps its "AM")
    while (endToken - 1 > firstToken && memberTitle.has(tokens[endToken - 1]!.text) && tokens[endToken - 1]!.start > tokens[endToken - 2]!.end) {
      endToken--;
      rankCut = true;
    }
    // "Wright, a Texas Democrat,": a member of a party after the state he sits for; the state is the name
    if (!rankCut && endToken - firstToken >= 2 && endToken - firstToken <= 3 && PARTY_MEMBER_NOUNS.has(tokens[endToken - 1]!.text)) {
      const seat = text.slice(tokens[firstToken]!.start, tokens[endToken - 2]!.end);
      if (REGION_NAMES.has(seat) || PLACE_NAMES.has(seat)) {
        endToken--;
        n = { ...n, type: 'LOC' };
      }
    }
    // the recognizer typed the whole phrase; what is left before the rank is the member's party or seat
    if (rankCut && n.type !== 'PER') {
      const tail = tokens.slice(Math.max(firstToken, endToken - 2), endToken).map((t) => t.text.toLowerCase());
      n = { ...n, type: PARTY_FORMS.has(tail.at(-1)!) || PARTY_FORMS.has(tail.join(' ')) ? 'ORG' : 'LOC' };
    }
    for (let t = firstToken + 1; t < endToken - 1; t++) {
      if (memberTitle.has(tokens[t]!.text) && tokens[t]!.start > tokens[t - 1]!.end && /^\p{Lu}\p{Ll}/u.test(tokens[t + 1]!.text)) {
        firstToken = t + 1;
        n = { ...n, type: 'PER' };
      }
    }
    // "David - last year", "told the BBC:": a name ends in neither lowercase words nor a dash, colon or star.
    // (but "the U.N. Development program (UNDP)": a body's lowercase head before its initials stays, joinDefinedBody)
    const defined = n.type === 'ORG' && LOWERCASE_BODY_HEADS.has(tokens[endToken - 1]!.text) && tokens[endToken]?.text === '(' && tokens[endToken + 2]?.text === ')'
      && acronymsOf(tokens.slice(firstToken, endToken).map((t) => t.text)).includes(tokens[endToken + 1]!.text);
    while (!defined && endToken - 1 > firstToken && /^\p{Ll}[\p{Ll}.]*$|^[-–—:;*]$/u.test(tokens[endToken - 1]!.text)) endToken--;
    // "Don't", "Won’t": the recognizer's "Don" is a verb whose contraction follows it, not a name.
    const after = tokens[endToken];
    if (after && after.start === tokens[endToken - 1]!.end && /^['’]t$/i.test(after.text)) endToken--;
    if (endToken <= firstToken) return undefined;
    // "Mhm.", "Well, …", "Correct.": a lone common word that only opens sentences is not a name.
    if (firstToken === endToken - 1 && isCommonOpener(cases, tokens, firstToken)) return undefined;
    // "Read the label", "Mark the spot": a sentence's first word before a determiner or an object is a verb.
    if (firstToken === endToken - 1 && isImperative(cases, tokens, firstToken)) return undefined;
    // ("Pa." is Pennsylvania, not the kin word, where isStateShortForm says so)
    if (notNameAlone(tokens, firstToken, endToken) && !(firstToken === endToken - 1 && (isNameWordOfPerson(tokens[firstToken]!.text) || isStateShortForm(tokens, firstToken, n.type)))) return undefined;
    // "Secretary of State for Culture, Media and Sport", "the Secretary of Health": an office's portfolio, no place or body.
    if (n.type !== 'PER' && isPortfolio(tokens, firstToken, endToken)) return undefined;
    // notname.common-word — "Fragile", "Method", "Tariffs": a lone capitalised word the text also writes in lowercase is a common
    // word (a heading's, a label's), unless it is a known name or a word of a longer name of the text.
    // After "the" it is a body's or a place's short name ("the Church", "the Court", "the Army").
    if (firstToken === endToken - 1 && !/^the$/i.test(tokens[firstToken - 1]?.text ?? '') && isCommonWordOfText(tokens[firstToken]!.text)) return undefined;
    // notname.english-opener — "Curry." (a list's item), "Method 1 … Method 2" (headings): isEnglishOpener.
    if (firstToken === endToken - 1 && isEnglishOpener(firstToken)) return undefined;
    // "initial public offering" then "IPO", "gross domestic product (GDP)": capitals that the text spells out in lowercase
    // content words stand for a common noun, not a name.
    if (firstToken === endToken - 1 && /^\p{Lu}{3,6}$/u.test(tokens[firstToken]!.text) && !gazetteer().forms.has(tokens[firstToken]!.text) && !KNOWN_ORGANIZATIONS.has(tokens[firstToken]!.text) && (lowercaseInitials ??= initialsOfLowercaseRuns(tokens)).has(tokens[firstToken]!.text)) return undefined;
    // "Department for International Development", "Ministry of the Interior": a body's head word
    // and its connector before a name the recognizer read alone open that body's name.
    let type = n.type;
    const connector = tokens[firstToken - 1]?.text;
    const headAt = connector === 'the' ? (tokens[firstToken - 2]?.text === 'of' ? firstToken - 3 : -1) : firstToken - 2;
    const joins = connector === 'for' || connector === 'of' || connector === 'on' || connector === 'the';
    if (n.type !== 'PER' && headAt >= 0 && joins && BODY_HEADS.has(tokens[headAt]!.text) && !opensSegment(text, tokens, cases, headAt)) {
      firstToken = headAt;
      type = 'ORG';
      opened.push([firstToken, endToken]);
    }
    // "Secretary of State Condoleezza Rice", "Minister of Foreign Affairs Ali Shaheen" read as one name:
    // the words after the office's "of" are what the office is of; the person's name follows them.
    if (tokens[firstToken - 1]?.text === 'of' && TITLE_HEADS.has(tokens[firstToken - 2]?.text.toLowerCase() ?? '')) {
      // the office's object is made of title words ("State", "Foreign Affairs", "the Interior")
      let k = firstToken;
      while (k < endToken - 2 && (TITLE_MODIFIERS.has(tokens[k]!.text.toLowerCase()) || /^(?:and|the)$/i.test(tokens[k]!.text))) k++;
      if (k > firstToken && tokens.slice(k, endToken).every((t) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(t.text))) {
        firstToken = k;
        type = 'PER';
      }
    }
    const start = tokens[firstToken]!.start;
    const end = tokens[endToken - 1]!.end;
    // Spelled out rather than spread ({ ...n }): a spread copy cost more than the rest of this step.
    return { start, end, type, text: text.slice(start, end), firstToken, endToken };
  };
  /**
   * "Elysee Palace in Paris" is a palace and a city: a name stops at a lowercase locative preposition;
   * but international bodies are named for a continent or a world region ("Organisation for Security
   * and Cooperation in Europe", "Conference on Disarmament in Asia"), and there "in" stays in the name.
   */
  const beforeLocative = (n: TokenName): TokenName => {
    for (let t = n.firstToken + 1; t < n.endToken - 1; t++) {
      if (/^(?:in|at|on)$/.test(tokens[t]!.text) && !(tokens[t]!.text === 'in' && n.type === 'ORG' && WORLD_REGIONS.has(text.slice(tokens[t + 1]!.start, n.end))) && !(tokens[t]!.text === 'on' && isPurposeHead(tokens[t - 1]!.text))) return { start: n.start, end: tokens[t - 1]!.end, type: n.type, text: text.slice(n.start, tokens[t - 1]!.end), firstToken: n.firstToken, endToken: t };
    }
    return n;
  };
  // Each step looks at one name alone, so one loop over the names (rather than a chain of array
  // copies) keeps their order.
  let ner: TokenName[] = [];
  let titleEnd = -1;
  let eventInitials: Set<string> | undefined;
  // "The Scottish Executive has given", "the Muslim Brotherhood": a name of several words the recognizer left
  // miscellaneous, ended by a head that names a body only, is that body's.
  const read = names.map((n) => n.type === 'MISC' && /\s/.test(n.text) && BODY_ONLY_HEADS.has(n.text.slice(n.text.lastIndexOf(' ') + 1)) ? { ...n, type: 'ORG' as const } : n);
  for (const recognized of joinLegalForm(text, joinOverCapital(text, joinPurpose(text, tokens, joinDefinedBody(text, tokens, joinChannelNumber(text, tokens, joinHyphenedGivenName(text, tokens, read)), tokenAt), tokenAt)))) {
    for (const n of splitPossessor(tokens, text, recognized, tokenAt)) {
      if (n.type === 'MISC' || skip(n.start, n.end) || (inHeadline(n) && !bodyNames.has(n.text.toLowerCase()))) continue;
      for (const part of splitCitation(tokens, text, n, tokenAt)) {
        // An organization name does not run across a comma ("… Bank, Philippine Finance Minister" is two things).
        if (part.type === 'ORG' && /,\s/.test(part.text)) continue;
        const t = trimmed(part);
        if (!t) continue;
        const name = beforeLocative(t);
        // "long-range Scalp cruise missiles", "Leopard tanks": a product or weapon name, not an actor.
        if (PRODUCT_HEADS.has(tokens[name.endToken]?.text.toLowerCase() ?? '')) continue;
        // "the London Marathon", "the Academy Awards", "the Road Safety Bill": an event, a prize or a document, no actor;
        // nor its initials ("the Consumer Electronics Show (CES)").
        if (name.endToken - name.firstToken > 1 && EVENT_DOCUMENT_HEADS.has(tokens[name.endToken - 1]!.text)) {
          (eventInitials ??= new Set()).add(initialsOf(name.text));
          continue;
        }
        if (eventInitials && name.endToken - name.firstToken === 1 && eventInitials.has(name.text)) continue;
        // "the film Minority Report": a title of a work, not an actor.
        // "their album, How to Dismantle an Atomic Bomb, topped": inside a title set off by commas (no list follows it)
        if (insideApposedTitle(tokens, name.firstToken, name.endToken)) continue;
        if ((!opensSegment(text, tokens, cases, name.firstToken) && isWorkTitle(tokens, name.firstToken, name.endToken, name.type === 'PER')) || listedAfterTitle(tokens, name.firstToken, name.endToken, titleEnd)) {
          titleEnd = name.endToken;
          continue;
        }
        // "HMS Dauntless", "the frigate Almirante Vidal", "the handset Zentro": a vessel or a product.
        if (isVesselOrProduct(tokens, name.firstToken, name.endToken)) continue;
        // "films such as Shrek and Cars": an item of a list of works or products.
        if (listKind(tokens, name.firstToken, name.endToken) === 'work') continue;
        // "Rep. Jo Hale (D-Fla.)": a member's party and state in brackets, no name of its own.
        if (isPartyStateTag(text, name.start, name.end)) continue;
        ner.push(name);
      }
    }
  }
  // "Ministry" inside "Ministry of the Interior", once a body's name was opened before a name (few: checked against those only).
  if (opened.length) ner = ner.filter((n) => !opened.some(([a, b]) => a <= n.firstToken && b >= n.endToken && b - a > n.endToken - n.firstToken));
  const misc = read.filter((n) => n.type === 'MISC');
  const gaz = matchGazetteer(tokens).filter((m) => !skip(tokens[m.firstToken]!.start, tokens[m.endToken - 1]!.end));

  const candidates: Candidate[] = [];
  const claimed = new Uint8Array(tokens.length);
  const claim = (c: Candidate) => {
    for (let t = c.firstToken; t < c.endToken; t++) claimed[t] = 1;
    candidates.push(c);
  };

  // The surnames of the people the recognizer names in full: a lone "Paris" may be one of them.
  const personSurnames = new Set(ner.filter((n) => n.type === 'PER' && n.endToken - n.firstToken > 1).map((n) => tokens[n.endToken - 1]!.text));
  ner = joinPartnerships(text, tokens, ner, personSurnames, cases);

  // 1. Gazetteer matches, unless the recognizer saw a longer person or organization name around them.
  const gazStarts = new Set(gaz.map((m) => m.firstToken));
  const nerAround = containerIndex(ner, (n) => n);
  const miscAround = containerIndex(misc, (n) => n);
  // (Steps 1, 1b and 2 are functions of their own: compiled as loops of resolveEntities they made its every\nrecompilation, one per rarely taken branch met, cost the optimizing compiler about 0.7 s.)
  function claimGazetteerMatches(): void {
    for (const m of gaz) {
      const start = tokens[m.firstToken]!.start;
      const end = tokens[m.endToken - 1]!.end;
      // "US Treasury Secretary John Snow": a recognizer name made of a country and office words is the country.
      // A name that ends in the country ("Air France") or in an organization head ("British Labour Party") is a body's own name.
      const officeWordsOnly = (n: { firstToken: number; endToken: number }) => {
        if (n.firstToken < m.firstToken || ORGANIZATION_HEADS.has(tokens[n.endToken - 1]!.text)) return false;
        for (let t = n.firstToken; t < n.endToken; t++) {
          if (t >= m.firstToken && t < m.endToken) continue;
          const w = tokens[t]!.text.toLowerCase();
          if (!TITLE_MODIFIERS.has(w) && !TITLE_HEADS.has(w)) return false;
        }
        return true;
      };
      // "the Mayor of London", "the President of France" read as a body's name: the office and its "of" before
      // the place (a person so read, "Duke of Edinburgh", keeps the whole name).
      const officeOfPlace = (n: { firstToken: number; endToken: number; type: string }) => {
        if (n.type === 'PER' || n.endToken !== m.endToken || n.firstToken >= m.firstToken) return false;
        let t = m.firstToken - 1;
        if (tokens[t]?.text.toLowerCase() === 'the') t--;
        if (t <= n.firstToken || tokens[t]!.text !== 'of') return false;
        for (let k = n.firstToken; k < t; k++) {
          const w = tokens[k]!.text.toLowerCase();
          if (!TITLE_MODIFIERS.has(w) && !TITLE_HEADS.has(w)) return false;
        }
        return TITLE_HEADS.has(tokens[t - 1]!.text.toLowerCase());
      };
      const containers = nerAround.containing(start, end);
      const around = containers.map((i) => ner[i]!).find((n) => n.end - n.start > end - start && !officeWordsOnly(n) && !officeOfPlace(n));
      // "US Federal Reserve" read as one name around the known "Federal Reserve": that body, named with its country
      if (around && m.type === 'Organization' && around.endToken === m.endToken && stateBodyOf(around.text) === text.slice(start, end)) {
        claim({ start: around.start, end, firstToken: around.firstToken, endToken: m.endToken, type: 'Organization', kind: 'name', key: m.key });
        continue;
      }
      if (around && around.type !== 'LOC') continue;
      if (around && around.type === 'LOC') continue;
      // "Ms Jordan said", "Paris claims" where the article names a "… Paris": a person named like a place.
      if (m.endToken - m.firstToken === 1 && m.form !== 'demonym') {
        const prevWord = tokens[m.firstToken - 1]?.text.toLowerCase() ?? '';
        if (PERSON_ADDRESS.has(prevWord) || (personSurnames.has(tokens[m.firstToken]!.text) && !LOCATIVE.has(prevWord))) {
          claim({ start, end, firstToken: m.firstToken, endToken: m.endToken, type: 'Person', kind: 'name', recognized: 'Person' });
          continue;
        }
      }
      // "Canberra 30 Auckland 6", "Monaco 3 1 1 1 5 3 4": a place the recognizer read as a body, in a
      // results table, is a team named for it.
      const team = containers.some((i) => ner[i]!.type === 'ORG' && ner[i]!.firstToken === m.firstToken && ner[i]!.endToken === m.endToken);
      if (team && isScoreLine(text, tokens, { firstToken: m.firstToken, endToken: m.endToken })) {
        claim({ start, end, firstToken: m.firstToken, endToken: m.endToken, type: 'Organization', kind: 'name' });
        continue;
      }
      const agreed = containers.length > 0 || miscAround.some(start, end);
      if (m.ambiguous && !agreed) continue;
      if (m.form === 'name' && COUNTRY_FORMS_NEEDING_AGREEMENT.has(text.slice(start, end)) && !containers.some((i) => ner[i]!.type === 'LOC')) continue;
      if (m.form === 'capital' || m.form === 'name') {
        // "the Paris Club", "the Washington Post": a place name leading a longer name is part of it.
        const orgEnd = organizationNameAfter(tokens, m.endToken, gazStarts);
        if (orgEnd > m.endToken && !(headline && start >= headline.start && start < headline.end)) {
          if (!ner.some((n) => n.firstToken <= m.firstToken && n.endToken >= orgEnd)) {
            claim({ start, end: tokens[orgEnd - 1]!.end, firstToken: m.firstToken, endToken: orgEnd, type: 'Organization', kind: 'name' });
          }
          continue;
        }
      }
      // "the Kremlin said", "Downing Street's plan": a government's seat that acts is the government (SEATS_OF_GOVERNMENT);
      // elsewhere ("at 10 Downing Street", "a White House aide") the recognizer's reading stands.
      if (m.seat && (/^\d/.test(tokens[m.firstToken - 1]?.text ?? '') || !capitalActsAsGovernment(tokens, m.firstToken, m.endToken))) continue;
      if (m.form === 'capital' && !capitalActsAsGovernment(tokens, m.firstToken, m.endToken)) {
        claim({ start, end, firstToken: m.firstToken, endToken: m.endToken, type: 'Place', kind: 'name' });
        continue;
      }
      claim({ start, end, firstToken: m.firstToken, endToken: m.endToken, type: m.type, kind: m.form === 'demonym' ? 'demonym' : m.form === 'capital' ? 'alias' : 'name', key: m.key });
    }
  }
  claimGazetteerMatches();

  // 1b. "the Saudi-led coalition", "a London-based firm", "New York-based": a known place or state before the hyphen
  // of a participle the tokenizer kept whole; the mention is the first half (HYPHEN_PARTICIPLES says what it stands for).
  function claimHyphenParticiples(): void {
    for (let t = 0; t < tokens.length; t++) {
      const hy = tokens[t]!.text.includes('-') ? /^(\p{Lu}[\p{L}.'’]*)-(\p{Ll}+)$/u.exec(tokens[t]!.text) : null;
      if (!hy || claimed[t] || skip(tokens[t]!.start, tokens[t]!.end)) continue;
      const agent = HYPHEN_PARTICIPLES.agent.has(hy[2]!);
      if (!agent && !HYPHEN_PARTICIPLES.origin.has(hy[2]!)) continue;
      const g = gazetteer();
      let found: { first: number; entry?: NonNullable<ReturnType<typeof g.forms.get>> } | undefined;
      for (let first = t; first >= Math.max(0, t - 2); first--) {
        if (first < t && (claimed[first] || !/^\p{Lu}/u.test(tokens[first]!.text) || tokens[first + 1]!.start - tokens[first]!.end !== 1)) break;
        // (Built by concatenation: a spread of a possibly empty slice gave the array two maps, and the optimized
        // resolveEntities was thrown away on it about fifty times per pass over a corpus.)
        let joined = hy[1]!;
        for (let k = t - 1; k >= first; k--) joined = tokens[k]!.text + ' ' + joined;
        const phrase = straighten(joined);
        const entry = g.forms.get(phrase);
        if (entry) found = { first, entry };
        // "a Chicago-based firm", "New York-based": a known city or region, no state's
        else if ((WORLD_CITIES.has(phrase) || PLACE_NAMES.has(phrase)) && phrase.length > 2 && !isCommonWord(phrase.toLowerCase())) found = { first };
      }
      if (!found) continue;
      // "Hong Kong-based Hutchison Whampoa Ltd" read as one name: the name is what follows the modifier
      ner = ner.flatMap((n) => n.firstToken > t || n.endToken <= t ? [n] : n.endToken > t + 1 ? [{ ...n, start: tokens[t + 1]!.start, text: text.slice(tokens[t + 1]!.start, n.end), firstToken: t + 1 }] : []);
      if (!found.entry) {
        claim({ start: tokens[found.first]!.start, end: tokens[t]!.start + hy[1]!.length, firstToken: found.first, endToken: t + 1, type: 'Place', kind: 'name' });
        continue;
      }
      const { first, entry } = found as { first: number; entry: NonNullable<typeof found.entry> };
      const start = tokens[first]!.start;
      const end = tokens[t]!.start + hy[1]!.length;
      // (a capital before an agent's participle is its government: "Kremlin-backed", "Moscow-led")
      if (entry.form === 'capital' && !agent) claim({ start, end, firstToken: first, endToken: t + 1, type: 'Place', kind: 'name' });
      else claim({ start, end, firstToken: first, endToken: t + 1, type: entry.type, kind: entry.form === 'demonym' && !agent ? 'demonym' : entry.form === 'name' ? 'name' : 'alias', key: entry.key });
    }
  }
  claimHyphenParticiples();

  // 2. The recognizer's names that the gazetteer did not already cover.
  function claimRecognizedNames(): void {
    for (let n of ner) {
      let first = n.firstToken;
      let end = n.endToken;
      // "Supt Deats", "Sgt Ann Hale" read as a body or a place: a rank written short opens a person's name
      // (not an all-capitals one, "PC World", "DC United").
      if (n.type !== 'PER' && end - first >= 2 && RANK_ABBREVIATIONS.has(tokens[first]!.text) && /^\p{Lu}\p{Ll}/u.test(tokens[first]!.text) && /^\p{Lu}\p{Ll}/u.test(tokens[first + 1]!.text)) n = { ...n, type: 'PER' };
      if (n.type === 'PER') {
        // Titles and honorifics are not part of the name: "President Emmanuel Macron" → "Emmanuel Macron".
        // "Ambassador Halvorsen", "Envoy Erik Halvorsen": any office word too, or one person becomes two.
        while (first < end - 1 && (HONORIFICS.has(tokens[first]!.text.toLowerCase()) || TITLE_HEADS.has(tokens[first]!.text.toLowerCase()) || RANK_ABBREVIATIONS.has(tokens[first]!.text) || claimed[first])) first++;
      } else if (n.type === 'LOC') {
        // "the Mayor of New York" read as one place: the place is what follows the office's "of".
        let k = first;
        while (k < end && (TITLE_MODIFIERS.has(tokens[k]!.text.toLowerCase()) || TITLE_HEADS.has(tokens[k]!.text.toLowerCase()))) k++;
        if (k > first && k + 1 < end && TITLE_HEADS.has(tokens[k - 1]!.text.toLowerCase()) && tokens[k]!.text === 'of') first = tokens[k + 1]!.text.toLowerCase() === 'the' && k + 2 < end ? k + 2 : k + 1;
      } else if (n.type === 'ORG' && /^\p{Lu}/u.test(tokens[end]?.text ?? '')) {
        // "Reserve Bank Governor Gerhard de Kock": the office word before a name is the person's title, not the body's.
        while (end - 1 > first && TITLE_HEADS.has(tokens[end - 1]!.text.toLowerCase())) end--;
      }
      // "Fla.", "S. F.": the period of an abbreviation the recognizer read with it stays in the name.
      const abbreviationPeriod = (t: number) => tokens[t]!.text === '.' && t - 1 >= first && tokens[t - 1]!.end === tokens[t]!.start && /^\p{Lu}\p{Ll}{0,3}$/u.test(tokens[t - 1]!.text);
      // "the Liberal Democrats' spokesman": a plural's possessive mark is not part of the name either.
      while (end > first && /^['’]s?$|^[.,]$/i.test(tokens[end - 1]!.text) && !abbreviationPeriod(end - 1)) end--;
      if (end <= first) continue;
      // "won Pa., Md. and Del.": a state's short form read without its period is the state (lexicon/regions), read
      // as a place, or as a person or a body where the period is no sentence's end (a comma or a lowercase word follows).
      // (the period stays out of the name, as a sentence's end may be in it: cluster reads the short form with it)
      if (end - first === 1 && isStateShortForm(tokens, first, n.type)) n = { ...n, type: 'LOC' };
      // "the Harold J. Bexley Foundation": a person's name, then a head of a body named for someone, is that body's name
      // (one that goes on with "of" or "for" is left to the recognizer's reading of the rest: "Lowe Institute of Optics").
      if (n.type === 'PER' && NAMESAKE_BODY_HEADS.has(tokens[end]?.text ?? '') && text.slice(tokens[end - 1]!.end, tokens[end]!.start) === ' ' && !claimed[end] && !/^(?:of|for)$/.test(tokens[end + 1]?.text ?? '')) {
        end++;
        n = { ...n, type: 'ORG' };
      }
      let overlap = false;
      for (let t = first; t < end; t++) if (claimed[t]) overlap = true;
      if (overlap) continue;
      const type: EntityType = n.type === 'PER' ? 'Person' : n.type === 'ORG' ? 'Organization' : 'Place';
      claim({ start: tokens[first]!.start, end: tokens[end - 1]!.end, firstToken: first, endToken: end, type, kind: 'name', recognized: type });
    }
  }
  claimRecognizedNames();
  // 3. The items of a list introduced by a plural of a kind that neither found ("firms such as Blinkx, Copernic and X-Friend").
  for (const item of unreadListItems(tokens, claimed)) claim(item);
  // The recognizer's own one-word reading of such a subject, where no longer name of the text holds the word ("Kowalczyk
  // has told" read as a place; "Brainard said" as a body): the verb and its pronoun vote too (cue.lone-subject).
  // (one loop: no array per candidate)
  const inLongerName = new Set<string>();
  for (const c of candidates) if (c.endToken - c.firstToken > 1) for (let t = c.firstToken; t < c.endToken; t++) inLongerName.add(tokens[t]!.text);
  for (const c of candidates) {
    if (c.endToken - c.firstToken !== 1 || !c.recognized || c.key || inLongerName.has(tokens[c.firstToken]!.text)) continue;
    // (a person's only where nothing else in the text introduces the word: "engineering group Jarvis … Jarvis said")
    const lone = loneSubjectType(tokens, cases, c.firstToken);
    // ("Tesco gave £2m to the appeal": bodies give as people do, so a verb of giving does not outvote a body's reading)
    if (lone === 'Person' && c.recognized === 'Organization' && !AGENT_VERBS.has(tokens[c.firstToken + (LONE_SUBJECT_AUX.has(tokens[c.firstToken + 1]!.text) ? 2 : 1)]?.text ?? '')) continue;
    if (lone === 'Organization' || (lone === 'Person' && onlyOpensSentences(text, tokens, cases, c.firstToken))) c.lone = lone;
  }
  // 4. A sentence's first word that neither read, before a verb of saying or giving, that is no English word ("Hendricks donated").
  for (const c of loneSubjects(text, tokens, claimed, cases)) if (!skip(c.start, c.end)) claim(c);
  // 5. "the Obama administration": a leader's surname before the term's head, read or not (cue.presidency).
  if (text.includes('administration') || text.includes('presidency')) presidencyNames(text, tokens, tokenAt, candidates, claimed, personSurnames, claim);
  candidates.sort((a, b) => a.start - b.start);
  dropCommonAcronyms(text, tokens, candidates);
  wholeNamesAgain(text, tokens, doc.sentences, candidates);
  voteTypes(text, tokens, candidates);

  return cluster(text, tokens, candidates);
}

/**
 * "won Pa., Md. and Del.": the word at t with the period right after it is a state's or province's short form
 * (lexicon/regions), read as a place, or as a person or a body where the period ends no sentence (a comma or a
 * lowercase word follows it).
 */
function isStateShortForm(tokens: Token[], t: number, type: NameMention['type']): boolean {
  const dot = tokens[t + 1];
  if (dot?.text !== '.' || dot.start !== tokens[t]!.end || !expandRegionAbbreviation(`${tokens[t]!.text}.`)) return false;
  return type === 'LOC' || /^[,;:)]$|^\p{Ll}/u.test(tokens[t + 2]?.text ?? '') || tokens[t - 1]?.text === ',';
}

/**
 * "Wagner and Brown", "Hollis and Crane": two lone surnames joined by "and", neither a given name nor
 * the surname of anyone the text names in full, with no form of address or list around them, are a
 * firm named for its partners (brokers, law firms, makers: "Pratt and Whitney"); people so named
 * alone are named in full first ("Mr Hale and Mr Crane", "Tom Hale ... Hale and Crane").
 */
function joinPartnerships(text: string, tokens: Token[], ner: TokenName[], personSurnames: Set<string>, cases: CaseEvidence): TokenName[] {
  // (a place the recognizer guessed is one too, but not a known place: "Britain and Brown")
  const known = (w: string) => PLACE_NAMES.has(w) || WORLD_CITIES.has(w) || gazetteer().forms.has(w);
  const lone = (n: TokenName | undefined) => {
    if (!n || n.endToken - n.firstToken !== 1 || n.type === 'MISC') return false;
    const w = tokens[n.firstToken]!.text;
    return /^\p{Lu}\p{Ll}+$/u.test(w) && !GIVEN_NAMES.has(w) && !personSurnames.has(w) && !cases.lower.has(w.toLowerCase()) && (n.type !== 'LOC' || !known(w));
  };
  // A firm's name is used whole: a word of it that the text also uses alone ("Reagan and Republicans",
  // "Sony and Nintendo", "the Guildford Four") names something of its own.
  const alone = (w: string, t: number) => {
    for (let k = 0; k < tokens.length; k++) {
      if (k === t || tokens[k]!.text.toLowerCase() !== w.toLowerCase()) continue;
      if (tokens[k + 1]?.text === 'and' || tokens[k - 1]?.text === 'and') continue;
      return true;
    }
    return false;
  };
  let out: TokenName[] | undefined;
  for (let i = 0; i + 1 < ner.length; i++) {
    const a = ner[i]!, b = ner[i + 1]!;
    if (!lone(a) || !lone(b) || (a.type !== 'PER' && b.type !== 'PER') || tokens[a.endToken]?.text !== 'and' || b.firstToken !== a.endToken + 1) continue;
    const before = tokens[a.firstToken - 1]?.text ?? '';
    const after = tokens[b.endToken]?.text ?? '';
    // "Mr Hale and Crane", "Hale, Crane and Dorn", "Hale and Crane, who …", "Hale and Crane's": people
    if (PERSON_ADDRESS.has(before.toLowerCase()) || TITLE_HEADS.has(before.toLowerCase()) || /^\p{Lu}/u.test(before) || before === ',' || after === ',' || /^['’]s?$/.test(after) || /^\p{Lu}/u.test(after)) continue;
    // "Polio and Gass (1998)", "Vandergrift and Cross 2017": the authors of a cited work
    if (before === '(' || after === '(' || YEAR.test(after)) continue;
    if (alone(tokens[a.firstToken]!.text, a.firstToken) || alone(tokens[b.firstToken]!.text, b.firstToken)) continue;
    out ??= [...ner];
    const joined: TokenName = { start: a.start, end: b.end, type: 'ORG', text: text.slice(a.start, b.end), firstToken: a.firstToken, endToken: b.endToken };
    out.splice(out.indexOf(a), 2, joined);
    i++;
  }
  return out ?? ner;
}

/** What the whole text says about the case of its words: which tokens open a sentence, which words occur in lowercase, which capitalised mid-sentence. */
interface CaseEvidence {
  initial: Uint8Array;
  lower: Set<string>;
  midCaps: Set<string>;
}

/** The first character is an ASCII letter or digit (a cheap necessary test before a regex that wants none there). */
function opensWithAsciiAlnum(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

function caseEvidence(doc: Tokenized): CaseEvidence {
  const { tokens, sentences } = doc;
  const initial = new Uint8Array(tokens.length);
  for (const s of sentences) {
    // Opening quotes, brackets and dashes do not end the sentence's first position.
    let t = s.firstToken;
    // (a sentence's first word mostly opens with an ASCII letter or digit, which none of those marks is: no regex for it)
    while (t < s.endToken - 1 && !opensWithAsciiAlnum(tokens[t]!.text) && /^[\p{Ps}\p{Pi}"'“‘\-–—*•]+$/u.test(tokens[t]!.text)) initial[t++] = 1;
    if (t < tokens.length) initial[t] = 1;
  }
  const lower = new Set<string>();
  const midCaps = new Set<string>();
  for (let t = 0; t < tokens.length; t++) {
    const w = tokens[t]!.text;
    if (isLowercaseWord(w)) lower.add(w);
    else if (!initial[t] && isCapitalisedWord(w)) midCaps.add(w);
  }
  return { initial, lower, midCaps };
}

// Letter tests for every token of an article: ASCII by char code, the rest by Unicode class.
const isAsciiLower = (c: number) => c >= 97 && c <= 122;
const isAsciiUpper = (c: number) => c >= 65 && c <= 90;

/** Only lowercase letters (/^\p{Ll}+$/u). */
function isLowercaseWord(w: string): boolean {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return /^\p{Ll}+$/u.test(w);
    if (!isAsciiLower(c)) return false;
  }
  return true;
}

/** An uppercase letter, then a lowercase one (/^\p{Lu}\p{Ll}/u). */
function isCapitalisedWord(w: string): boolean {
  if (w.length < 2) return false;
  const a = w.charCodeAt(0);
  const b = w.charCodeAt(1);
  if (a >= 128 || b >= 128) return /^\p{Lu}\p{Ll}/u.test(w);
  return isAsciiUpper(a) && isAsciiLower(b);
}

/**
 * A name made only of words that are not names alone (NOT_NAMES_ALONE): a common acronym ("PDF"),
 * a kin term ("Mom"), a party's role in court ("Petitioner"), an adherent ("Christian"), or an
 * office with no one named ("Regent", "Team Manager"; TITLE_HEADS after modifiers).
 */
// The lists of notNameAlone read in a capitalised word's lowercase form, in order (one array, not one per call).
const CAPITALISED_NOT_NAMES = ['notname.kin-term', 'notname.court-role', 'notname.adherent', 'notname.award'] as const;

function notNameAlone(tokens: Token[], first: number, end: number): NotNameId | 'notname.office' | undefined {
  // (a loop, not slice and map)
  const words: string[] = [];
  for (let t = first; t < end; t++) words.push(tokens[t]!.text);
  if (words.length === 1) {
    const w = words[0]!;
    if (NOT_NAMES_ALONE['notname.common-acronym'].has(w)) return 'notname.common-acronym';
    if (NOT_NAMES_ALONE['notname.member-title'].has(w)) return 'notname.member-title';
    if (/^\p{Lu}\p{Ll}/u.test(w)) {
      const lc = straighten(w).toLowerCase();
      for (const id of CAPITALISED_NOT_NAMES) if (NOT_NAMES_ALONE[id].has(lc)) return id;
    }
    // a headline's "OSCAR"
    if (/^\p{Lu}{4,}$/u.test(w) && NOT_NAMES_ALONE['notname.award'].has(w.toLowerCase())) return 'notname.award';
  }
  // (the head's two look-ups first: most names end in no office's head)
  const head = words.at(-1)?.toLowerCase();
  if (head === undefined || (!TITLE_HEADS.has(head) && !HONORIFICS.has(head))) return undefined;
  const lower = words.map((w) => w.toLowerCase());
  if (words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && lower.slice(0, -1).every((w) => TITLE_MODIFIERS.has(w) || HONORIFICS.has(w))) return 'notname.office';
  return undefined;
}

// Offices held over a portfolio ("Minister for Sport"); "MP for", "spokesman for" are for places and bodies.
const PORTFOLIO_HOLDERS = new Set(['minister', 'ministers', 'secretary', 'secretaries', 'commissioner', 'commissioners']);

/**
 * The name is (one of) what an office is for: "Minister for Children, Young People and Families",
 * "Secretary of State for Culture, Media and Sport", "the Secretary of Health". After "for" any name
 * but a known place ("Minister for Europe"); after "of" only portfolio words ("Mayor of London" is a place).
 */
function isPortfolio(tokens: Token[], first: number, end: number): boolean {
  let t = first - 1;
  if (!/^(?:for|of|,|and|&|the)$/.test(tokens[t]?.text ?? '')) return false;
  while (t >= 0 && first - t < 10 && (/^(?:,|and|&|the)$/.test(tokens[t]!.text) || (/^\p{Lu}\p{Ll}/u.test(tokens[t]!.text) && !TITLE_HEADS.has(tokens[t]!.text.toLowerCase())))) t--;
  const connector = tokens[t]?.text;
  if (connector !== 'for' && connector !== 'of') return false;
  let head = t - 1;
  if (connector === 'for' && tokens[head]?.text === 'State' && tokens[head - 1]?.text === 'of') head -= 2;
  if (!PORTFOLIO_HOLDERS.has(tokens[head]?.text.toLowerCase() ?? '')) return false;
  const name = tokens.slice(first, end).map((x) => x.text);
  if (connector === 'of') return name.every((w) => PORTFOLIO_WORDS.has(w.toLowerCase()));
  // "Minister for the Cabinet Office", "Minister for Europe": a body or a place stays one
  const phrase = name.join(' ');
  return !ORGANIZATION_HEADS.has(name.at(-1)!) && !FACILITY_HEADS.has(name.at(-1)!) && !PLACE_NAMES.has(phrase) && !WORLD_CITIES.has(phrase) && !gazetteer().forms.has(phrase);
}

/** The token starts a sentence, a line, or a stretch after a dash, colon or bracket ("April 27 - The Philippines has"). */
function opensSegment(text: string, tokens: Token[], cases: CaseEvidence, t: number): boolean {
  if (cases.initial[t] || t === 0) return true;
  const prev = tokens[t - 1]!;
  return /^[-–—:;(\[{"“‘'.!?]$/.test(prev.text) || text.slice(prev.end, tokens[t]!.start).includes('\n');
}

/**
 * A sentence's first word that the text shows to be a common word: an interjection or answer
 * ("Mhm", "Well"), or a word the text also writes in lowercase and never capitalises
 * mid-sentence ("Despite", "Together"). Given names are spared ("Will Smith").
 */
function isCommonOpener(cases: CaseEvidence, tokens: Token[], t: number): boolean {
  if (!cases.initial[t]) return false;
  const w = tokens[t]!.text;
  const lc = w.toLowerCase();
  if (DISCOURSE_WORDS.has(lc)) return true;
  // "NEW YORK 1996-08-30": an all-capitals line says nothing of how the text writes its words.
  if (!/\p{Ll}/u.test(w)) return false;
  return cases.lower.has(lc) && !cases.midCaps.has(w) && !GIVEN_NAMES.has(w);
}

/**
 * A sentence's first word used as a verb in the imperative: a determiner or an object pronoun
 * follows ("Read the label", "Mark the spot", "Watch it"), then a lowercase word after a
 * determiner ("Alexander the Great" keeps its name), and the text never capitalises the word
 * mid-sentence ("… said Mark" would).
 */
function isImperative(cases: CaseEvidence, tokens: Token[], t: number): boolean {
  if (!cases.initial[t] || cases.midCaps.has(tokens[t]!.text)) return false;
  const next = tokens[t + 1]?.text;
  if (!next || !IMPERATIVE_OBJECTS.has(next)) return false;
  return next === 'it' || next === 'them' || next.startsWith('your') || isLowercaseWord(tokens[t + 2]?.text ?? '');
}

const YEAR = /^(?:1[5-9]|20)\d\d[a-z]?$/;
const CITATION_LINK = /^(?:,|&|and|et|al|al\.|\.|;)$/;

/**
 * An author citation: "Nutley (2009)", "Miller et al.", or a name inside "(Li, Polat, & Bavelier, 2010)"
 * — a parenthesised run of names and links that ends in a year.
 */
/** /^\p{Lu}/u, by char code for ASCII (isCitation asks it of up to 60 tokens per name, before its link test). */
function opensUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return isAsciiUpper(c);
  return /^\p{Lu}/u.test(w);
}

function isCitation(tokens: Token[], first: number, end: number): boolean {
  const next = tokens[end]?.text;
  if (next === '(' && YEAR.test(tokens[end + 1]?.text ?? '')) return true;
  if (next === 'et' && /^al\.?$/.test(tokens[end + 1]?.text ?? '')) return true;
  let t = end;
  for (let n = 0; t < tokens.length && n < 30 && !YEAR.test(tokens[t]!.text); t++, n++) {
    const w = tokens[t]!.text;
    if (!opensUpper(w) && !CITATION_LINK.test(w)) return false;
  }
  if (t >= tokens.length || !YEAR.test(tokens[t]!.text)) return false;
  for (let b = first - 1, n = 0; b >= 0 && n < 30; b--, n++) {
    const w = tokens[b]!.text;
    if (w === '(' || w === ';') return true;
    if (!opensUpper(w) && !CITATION_LINK.test(w)) return false;
  }
  return false;
}

/**
 * "Roe v. Wade": a party named before or after "v." or "vs." — with the period, as court cases are
 * cited; a fixture list writes "Burnley v Leicester" without one, and its parties are clubs.
 */
function isCaseParty(tokens: Token[], first: number, end: number): boolean {
  const versusAt = (t: number) => {
    const w = tokens[t]?.text;
    return (w === 'v.' || w === 'vs.') || ((w === 'v' || w === 'vs') && tokens[t + 1]?.text === '.' && tokens[t + 1]!.start === tokens[t]!.end);
  };
  return versusAt(end) || versusAt(first - 1) || (tokens[first - 1]?.text === '.' && versusAt(first - 2));
}

/** "(Dye & Bavelier, 2010)": a recognizer name that runs over several cited authors becomes one name per author. */
/**
 * "Isaac Newton's Philosophiae Naturalis Principia Mathematica", "Iain M. Banks' Culture": a name
 * read across a possessive, whose owner is a person's full name (a known given name, then
 * capitalised words or initials), names that person; the work or thing owned is not an actor and
 * is left to the recognizer's reading only when that was MISC.
 */
function splitPossessor(tokens: Token[], text: string, n: NameMention, tokenAt: (offset: number) => number): NameMention[] {
  if (!/['’]/.test(n.text)) return [n];
  const first = tokenAt(n.start);
  const end = tokenAt(n.end - 1) + 1;
  for (let k = first + 2; k < end - 1; k++) {
    const tok = tokens[k]!;
    if (!/^['’]s?$/.test(tok.text) || tok.start !== tokens[k - 1]!.end) continue;
    const owner = tokens.slice(first, k);
    if (!GIVEN_NAMES.has(owner[0]!.text) || !owner.every((t) => /^\p{Lu}(?:\p{Ll}+|\.)?$/u.test(t.text) || /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(t.text))) return [n];
    const stop = tokens[k - 1]!.end;
    const person: NameMention = { start: n.start, end: stop, type: 'PER', text: text.slice(n.start, stop) };
    return n.type === 'MISC' ? [person, n] : [person];
  }
  return [n];
}

const isPurposeHead = (w: string) => PURPOSE_HEADS.body.has(w) || PURPOSE_HEADS.document.has(w);
const DATE_WORDS = new Set<string>([...WEEKDAY_NAMES, ...MONTH_NAMES]);
const isNameWord = (w: string) => /^\p{Lu}[\p{L}\p{N}'’.-]*$/u.test(w);

/**
 * "Senate Committee" on "Foreign Relations", "General Agreement" on "Tariffs" and "Trade",
 * "Organisation for Economic Co-operation" and "Development": the recognizer stops a body's or a
 * document's name at the "on" that says what it is about (PURPOSE_HEADS), or at an "and" after
 * that "on" or a "for" inside the name, and reads what follows as a place or a body of its own.
 * Joins them into one name: a body's when its head is a body's. ("for" alone is not followed: it
 * also says who a thing is for.) Not over a date ("the Commission on Monday"), a possessive
 * ("the Conference on Africa's debt"), a person, another body after "the" ("Committee on the
 * Justice Department"), nor over "and" into another name ("Institute for Fiscal Studies and Oxfam").
 */
function joinPurpose(text: string, tokens: Token[], names: NameMention[], tokenAt: (offset: number) => number): NameMention[] {
  let out: NameMention[] | undefined;
  let nameStarts: Map<number, NameMention> | undefined;
  let absorbedUntil = -1;
  for (let i = 0; i < names.length; i++) {
    const n = names[i]!;
    if (n.start < absorbedUntil) {
      out ??= names.slice(0, i);
      continue;
    }
    // cheap test first: " on " or " and " after the name
    const joined = n.type !== 'PER' && (text.startsWith(' on ', n.end) || text.startsWith(' and ', n.end)) ? purposeEnd(n) : -1;
    if (joined < 0) {
      out?.push(n);
      continue;
    }
    out ??= names.slice(0, i);
    const head = tokens[tokenAt(n.end - 1)]!.text;
    const type = PURPOSE_HEADS.body.has(head) ? 'ORG' : n.type;
    out.push({ start: n.start, end: joined, type, text: text.slice(n.start, joined) });
    absorbedUntil = joined;
  }
  return out ?? names;

  /** The end offset of the name with what it is about, or -1. */
  function purposeEnd(n: NameMention): number {
    const first = tokenAt(n.start);
    const end = tokenAt(n.end - 1) + 1;
    const connector = tokens[end]?.text;
    let from = end + 1;
    let afterThe = false;
    if (connector === 'on') {
      if (!isPurposeHead(tokens[end - 1]!.text)) return -1;
      if (tokens[from]?.text === 'the') (from++, (afterThe = true));
    } else if (connector === 'and') {
      // the name already says what it is about: "… for Economic Co-operation" and "Development"
      let inside = false;
      for (let t = first + 1; t < end - 1; t++) if ((tokens[t]!.text === 'on' || tokens[t]!.text === 'for') && isPurposeHead(tokens[t - 1]!.text)) inside = true;
      if (!inside) return -1;
    } else return -1;
    nameStarts ??= new Map(names.map((m) => [m.start, m]));
    const opening = nameStarts.get(tokens[from]?.start ?? -1);
    if (opening && (opening.type === 'PER' || connector === 'and')) return -1;
    // a run of capitalised words, with "of", "and", "&", "the" inside it, on one line
    let runEnd = -1;
    for (let t = from; t < tokens.length && t < from + 10; t++) {
      const w = tokens[t]!.text;
      if (text.slice(tokens[t - 1]!.end, tokens[t]!.start) !== ' ') break;
      if (isNameWord(w)) {
        if (t === from && DATE_WORDS.has(w)) return -1;
        runEnd = t + 1;
        continue;
      }
      // ("of the" is two)
      if (runEnd < 0 || t - runEnd > 1 || !/^(?:of|and|&|the)$/.test(w)) break;
      // "… Studies and Oxfam": another name of the text after "and" ends the run
      if (w === 'and' && nameStarts.has(tokens[t + 1]?.start ?? -1)) break;
    }
    if (runEnd < 0) return -1;
    if (/^['’]s?$/.test(tokens[runEnd]?.text ?? '')) return -1;
    if (afterThe && ORGANIZATION_HEADS.has(tokens[runEnd - 1]!.text)) return -1;
    return tokens[runEnd - 1]!.end;
  }
}

/** "Co", "Ltd", "Co Ltd": a name made only of legal forms. */
const capitalised = (w: string) => w[0]!.toUpperCase() + w.slice(1);
// as written: "Co", "Co.", "CO", "Ltd" (a set of exact forms: this runs for every name)
const LEGAL_FORMS = new Set([...CORPORATE_DESIGNATORS].flatMap((d) => [capitalised(d), d.toUpperCase()]).concat('GmbH').flatMap((w) => [w, `${w}.`]));
const isLegalFormOnly = (name: string): boolean => {
  if (name.length > 12) return false;
  const space = name.indexOf(' ');
  if (space < 0) return LEGAL_FORMS.has(name);
  return LEGAL_FORMS.has(name.slice(0, space)) && name.split(' ').every((w) => LEGAL_FORMS.has(w));
};

/**
 * "Jefferies and Co", "Industrial Equity (Pacific) Ltd": the recognizer stops a company's name before
 * an "and" or a bracketed place and reads the legal form after them as a body of its own. Joins the
 * name, the link and the form into the company's name; a legal form that follows no name is no entity.
 */
/**
 * "Mary-Kate Olsen arrived", "Ann-Kathrin Berg": two given names joined by a hyphen, then a capitalised word, open a
 * person's name the recognizer missed or cut to the surname (the words its lexicon holds are given names one by one).
 * Not before a company's designator or a body's head ("Allen-Bradley Co").
 */
function joinHyphenedGivenName(text: string, tokens: Token[], names: NameMention[]): NameMention[] {
  let out: NameMention[] | undefined;
  let from = 0;
  for (let t = 0; t + 1 < tokens.length; t++) {
    const parts = tokens[t]!.text.includes('-') ? /^(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)$/u.exec(tokens[t]!.text) : null;
    if (!parts || !GIVEN_NAMES.has(parts[1]!) || !GIVEN_NAMES.has(parts[2]!)) continue;
    const next = tokens[t + 1]!;
    out ??= names.slice();
    while (from < out.length && out[from]!.end <= tokens[t]!.start) from++;
    const here = out[from];
    // "Mary-Kate and Ashley Olsen": the given names alone, before "and" and another person's given name and surname
    // (they share that surname: resolveEntities, sharedSurname)
    if (next.text === 'and' && GIVEN_NAMES.has(tokens[t + 2]?.text ?? '') && /^\p{Lu}\p{Ll}/u.test(tokens[t + 3]?.text ?? '')) {
      const alone = { start: tokens[t]!.start, end: tokens[t]!.end, type: 'PER' as const, text: tokens[t]!.text };
      if (here && here.start === alone.start && here.end === alone.end) out[from] = alone;
      else if (!here || here.start >= alone.end) out.splice(from, 0, alone);
      continue;
    }
    if (!/^\p{Lu}\p{Ll}/u.test(next.text) || next.start - tokens[t]!.end !== 1 || CORPORATE_DESIGNATORS.has(next.text.toLowerCase().replace(/\.$/, '')) || ORGANIZATION_HEADS.has(next.text)) continue;
    if (here && here.start <= tokens[t]!.start) continue; // the recognizer has the given names in a name already
    const start = tokens[t]!.start;
    if (here && here.start === next.start) {
      if (here.type !== 'PER') continue;
      out[from] = { start, end: here.end, type: 'PER', text: text.slice(start, here.end) };
    } else if (!here || here.start >= next.end) {
      // the surname alone, as far as the run of capitalised words goes
      let end = t + 1;
      while (end + 1 < tokens.length && /^\p{Lu}\p{Ll}+$/u.test(tokens[end + 1]!.text) && tokens[end + 1]!.start - tokens[end]!.end === 1 && end - t < 3 && !(here && tokens[end + 1]!.start >= here.start)) end++;
      out.splice(from, 0, { start, end: tokens[end]!.end, type: 'PER', text: text.slice(start, tokens[end]!.end) });
    }
  }
  return out ?? names;
}

/** Head words of a body that writers also print in lowercase inside its name ("the U.N. Development program"). */
const LOWERCASE_BODY_HEADS = new Set(['program', 'programme', 'fund', 'agency', 'bank', 'exchange', 'council', 'commission', 'committee', 'office', 'authority', 'board', 'bureau', 'organisation', 'organization', 'association', 'federation', 'foundation', 'institute', 'union']);

/** The initials a run of words stands for ("U.N. Development program" → "UNDP"), with and without its function words. */
function acronymsOf(words: string[]): string[] {
  const letters = (w: string) => (/^(?:\p{Lu}\.)+$/u.test(w) ? w.replace(/\./g, '') : w[0]!.toUpperCase());
  return [words.map(letters).join(''), words.filter((w) => !/^(?:of|the|for|and|on|&)$/i.test(w)).map(letters).join('')];
}

/**
 * "The U.N. Development program (UNDP)": a name, then one or two lowercase words ending in a body's head, then the
 * initials of all of them in brackets, is one body's name (its initials follow it, and become its alias).
 */
function joinDefinedBody(text: string, tokens: Token[], names: NameMention[], tokenAt: (offset: number) => number): NameMention[] {
  let out: NameMention[] | undefined;
  for (let i = 0; i < names.length; i++) {
    const n = names[i]!;
    out?.push(n);
    if (n.type === 'PER' || !/^ [a-z]/.test(text.slice(n.end, n.end + 2))) continue;
    const first = tokenAt(n.start);
    const end = tokenAt(n.end - 1) + 1;
    for (let k = 1; k <= 2; k++) {
      const low = tokens.slice(end, end + k);
      const open = tokens[end + k], acronym = tokens[end + k + 1], close = tokens[end + k + 2];
      if (low.length < k || !low.every((t) => /^\p{Ll}+$/u.test(t.text)) || !LOWERCASE_BODY_HEADS.has(low.at(-1)!.text)) continue;
      if (open?.text !== '(' || close?.text !== ')' || !acronym || !/^\p{Lu}{2,8}$/u.test(acronym.text)) continue;
      if (!acronymsOf(tokens.slice(first, end + k).map((t) => t.text)).includes(acronym.text)) continue;
      out ??= names.slice(0, i + 1);
      const stop = low.at(-1)!.end;
      out[out.length - 1] = { start: n.start, end: stop, type: 'ORG', text: text.slice(n.start, stop) };
      break;
    }
  }
  return out ?? names;
}

/**
 * "BBC Radio 4", "Channel 4", "Radio Five Live", "BBC Radio 1Xtra": a station's head and its number are one body's name;
 * the recognizer stopped at the head ("BBC Radio", "Channel") or read no name at all (entity-cues: BROADCAST_NUMBERED).
 */
/** Flags by ASCII char code: the first letters of BROADCAST_NUMBERED's heads (a cheap necessary test in joinChannelNumber). */
const BROADCAST_HEAD_INITIALS = new Uint8Array(128);
for (const h of BROADCAST_NUMBERED.heads) if (h.charCodeAt(0) < 128) BROADCAST_HEAD_INITIALS[h.charCodeAt(0)] = 1;

function joinChannelNumber(text: string, tokens: Token[], names: NameMention[]): NameMention[] {
  let out: NameMention[] | undefined;
  let from = 0;
  const { heads, numbers, suffixes } = BROADCAST_NUMBERED;
  for (let t = 0; t + 1 < tokens.length; t++) {
    const number = tokens[t + 1]!;
    // (a char-code test first: most tokens open with no head's first letter)
    const c0 = tokens[t]!.text.charCodeAt(0);
    if ((c0 < 128 && !BROADCAST_HEAD_INITIALS[c0]) || !heads.has(tokens[t]!.text) || !numbers.has(number.text) || number.start - tokens[t]!.end !== 1) continue;
    // a number that goes on ("Channel 4,000", "Radio 4.5") or counts what follows is no station's
    const after = tokens[t + 2];
    if (after && after.start === number.end && !suffixes.has(after.text) && !/^['’]s?$/.test(after.text) && /^(?:[.,]\d|[\p{L}\p{N}])/u.test(text.slice(number.end, number.end + 2))) continue;
    let end = t + 2;
    if (after && suffixes.has(after.text) && after.start - number.end <= 1) end = t + 3;
    out ??= names.slice();
    while (from < out.length && out[from]!.end <= tokens[t]!.start) from++;
    const here = out[from];
    const stop = tokens[end - 1]!.end;
    if (here && here.start <= tokens[t]!.start) {
      if (here.type === 'PER' || here.end > tokens[t]!.end) continue;
      // the name and any name the recognizer made of the number or the suffix
      let k = from + 1;
      while (k < out.length && out[k]!.start < stop) k++;
      out.splice(from, k - from, { start: here.start, end: stop, type: 'ORG', text: text.slice(here.start, stop) });
    } else {
      let k = from;
      while (k < out.length && out[k]!.start < stop) k++;
      out.splice(from, k - from, { start: tokens[t]!.start, end: stop, type: 'ORG', text: text.slice(tokens[t]!.start, stop) });
    }
  }
  return out ?? names;
}

// Capitalised words that stand between two names without joining them ("U.S. And Japan", "MCI Inc. Former WorldCom").
const NOT_NAME_LINKS = new Set([...LEADING_FUNCTION_WORDS, ...COMMON_PREPOSITIONS, 'of', 'nor', 'former', 'formerly', 'ex', 'vs', 'versus', 'plus', 'unit', 'subsidiary']);

/**
 * "Credit Suisse First Boston", "Panama Canal Commission": the recognizer read one body's name as two names
 * with a capitalised word between them that it left out. Two names that are not people's, one of them a body's,
 * with one capitalised word between them and nothing else (no comma, no second space, no period that may end a
 * sentence: "Manufacturers Hanover Ltd. First Chicago will") are one body's name; not over a function word, a month
 * or a weekday, the head of an office's title or a noun of a kind, and not after a demonym the recognizer read apart
 * ("Scottish Local Authority …": there the demonym stays the country's mention, which offices and pledges need).
 */
function joinOverCapital(text: string, names: NameMention[]): NameMention[] {
  let out: NameMention[] | undefined;
  for (let i = 0; i < names.length; i++) {
    const n = names[i]!;
    const prev = out ? out.at(-1) : names[i - 1];
    const gap = prev ? /^ (\p{Lu}\p{Ll}+) $/u.exec(text.slice(prev.end, n.start))?.[1] : undefined;
    const joins = !!prev && !!gap && (prev.type === 'ORG' || prev.type === 'LOC') && !prev.text.endsWith('.') && (n.type === 'ORG' || n.type === 'LOC') && (prev.type === 'ORG' || n.type === 'ORG')
      && !NOT_NAME_LINKS.has(gap.toLowerCase()) && !(MONTH_NAMES as readonly string[]).includes(gap) && !(WEEKDAY_NAMES as readonly string[]).includes(gap)
      && !TITLE_HEADS.has(gap.toLowerCase()) && !HONORIFICS.has(gap.toLowerCase())
      && !KIND_NOUNS.Person.has(gap.toLowerCase()) && !KIND_NOUNS.Organization.has(gap.toLowerCase());
    if (!joins) {
      out?.push(n);
      continue;
    }
    out ??= names.slice(0, i);
    out.pop();
    out.push({ start: prev!.start, end: n.end, type: 'ORG', text: text.slice(prev!.start, n.end) });
  }
  return out ?? names;
}

function joinLegalForm(text: string, names: NameMention[]): NameMention[] {
  let out: NameMention[] | undefined;
  for (let i = 0; i < names.length; i++) {
    const n = names[i]!;
    if (!isLegalFormOnly(n.text)) {
      out?.push(n);
      continue;
    }
    out ??= names.slice(0, i);
    let owner = out.at(-1);
    const between = owner ? text.slice(owner.end, n.start) : '';
    let linked = /^ (?:and|&|\([^()\n]{1,30}\)) $/.test(between);
    // the bracketed place was read as a name of its own: the company's name is the one before it
    if (owner && between === ') ' && text[owner.start - 1] === '(' && out.length > 1 && text.slice(out.at(-2)!.end, owner.start) === ' (') {
      out.pop();
      owner = out.at(-1);
      linked = true;
    }
    if (owner && linked) {
      out.pop();
      out.push({ start: owner.start, end: n.end, type: 'ORG', text: text.slice(owner.start, n.end) });
    }
  }
  return out ?? names;
}

function splitCitation(tokens: Token[], text: string, n: NameMention, tokenAt: (offset: number) => number): NameMention[] {
  if (!/\s(?:&|and)\s/.test(n.text)) return [n];
  const first = tokenAt(n.start);
  const end = tokenAt(n.end - 1) + 1;
  if (!isCitation(tokens, first, end)) return [n];
  const parts: NameMention[] = [];
  let from = first;
  for (let t = first; t <= end; t++) {
    if (t < end && !/^(?:&|and|,)$/.test(tokens[t]!.text)) continue;
    if (t > from && /^\p{Lu}/u.test(tokens[from]!.text)) {
      const start = tokens[from]!.start;
      const stop = tokens[t - 1]!.end;
      parts.push({ start, end: stop, type: 'PER', text: text.slice(start, stop) });
    }
    from = t + 1;
  }
  return parts;
}

/** A capital that acts, owns or is a party ("Moscow said", "Beijing's stance", "aid for Kyiv") stands for its government. */
function capitalActsAsGovernment(tokens: Token[], first: number, end: number): boolean {
  const next = tokens[end]?.text.toLowerCase();
  const prev = tokens[first - 1]?.text.toLowerCase();
  if (next && /^['’]s?$/.test(next)) return !ownedAsCity(tokens, end + 1);
  if (next && CAPITAL_AS_GOVERNMENT.verbsAfter.has(next)) return true;
  // ("the commission in Washington gave approval": the capital says where the giver is)
  if (next && CAPITAL_AS_GOVERNMENT.givingAfter.has(next) && !(prev && LOCATIVE.has(prev))) return true;
  // (not before a noun it modifies: "gave Beijing officials a list")
  if (prev && CAPITAL_AS_GOVERNMENT.givingBefore.has(prev) && (!next || !/^\p{L}/u.test(next) || /^(?:a|an|the|more|less|about|around|some|nearly|almost|over|up|another|billions|millions)$/.test(next))) return true;
  const opensClause = first === 0 || (!!prev && (CAPITAL_AS_GOVERNMENT.clauseOpeners.has(prev) || /^[.!?"“”]$/.test(prev)));
  if (next && opensClause && /^\p{Ll}{3,}(?:s|ed)$/u.test(next) && !/ss$/.test(next)) return true;
  return !!prev && CAPITAL_AS_GOVERNMENT.relationBefore.has(prev);
}

/** After a capital's possessive, at token k: a part or place of the city (CAPITAL_AS_GOVERNMENT.cityPartsAfter), not the government's. */
function ownedAsCity(tokens: Token[], k: number): boolean {
  const word = tokens[k]?.text;
  if (!word) return false;
  // a name that is no country's or known body's: "West End", "Red Square", "Heathrow"
  if (/^\p{Lu}\p{Ll}/u.test(word)) return !gazetteer().forms.has(straighten(word)) && !/^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i)$/u.test(word);
  const parts = CAPITAL_AS_GOVERNMENT.cityPartsAfter;
  // one modifier may come first: "the financial district", "main square"
  return parts.has(word.toLowerCase()) || (/^\p{Ll}+$/u.test(word) && parts.has(tokens[k + 1]?.text.toLowerCase() ?? ''));
}

/**
 * A region ("Arizona", "New South Wales") or a country's name at token t that closes its phrase
 * (punctuation or the end follows): "Tempe, Arizona." — not the subject of a clause ("…, Britain urged").
 */
function isRegionOrCountryAt(tokens: Token[], t: number): 'name' | 'short' | undefined {
  const g = gazetteer();
  // "Eau Gallie, Fla.", "Rolla, N.J.": a state's short form, with its period (lexicon/regions)
  const dot = tokens[t + 1]?.text === '.' && tokens[t + 1]!.start === tokens[t]?.end ? '.' : '';
  const short = `${tokens[t]?.text ?? ''}${dot}`;
  if (short.includes('.') && /^\p{Lu}/u.test(short) && expandRegionAbbreviation(short)) return 'short';
  let phrase = '';
  for (let n = 0; n < 3 && t + n < tokens.length; n++) {
    phrase = n ? `${phrase} ${tokens[t + n]!.text}` : tokens[t + n]!.text;
    const entry = g.forms.get(straighten(phrase));
    const known = REGION_NAMES.has(phrase) || (!!entry && entry.type === 'Country' && entry.form === 'name' && !entry.ambiguous);
    const after = tokens[t + n + 1]?.text;
    if (known && (after === undefined || /^[.,;:)!?—–-]$/.test(after))) return 'name';
  }
  return undefined;
}

/** "Boston Red Sox", "New York Yankees": a known city or region, then the club's own words. */
function isHomeTeam(words: string[]): boolean {
  for (let k = 1; k < words.length && k <= 3; k++) {
    const home = words.slice(0, k).join(' ');
    if (PLACE_NAMES.has(home)) return words.slice(k).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
  }
  return false;
}

/** "Orlando Sentinel", "Des Moines Register", "Tampa Bay Times": a known city or region, then a newspaper's last word or two. */
function isLocalPaper(words: string[]): boolean {
  for (const k of [1, 2]) {
    if (words.length <= k || !NEWSPAPER_HEADS.has(words.slice(-k).join(' '))) continue;
    const home = words.slice(0, -k).join(' ');
    if (PLACE_NAMES.has(home) || WORLD_CITIES.has(home)) return true;
  }
  return false;
}

/** "<NHY.O>" within three tokens after a name, past a company form ("A/S", "Ltd"): a stock ticker. */
function tickerAfter(tokens: Token[], end: number): boolean {
  for (let t = end; t < end + 4 && t < tokens.length; t++) {
    if (tokens[t]!.text === '<') return /^[A-Z0-9.]{1,12}$/.test(tokens[t + 1]?.text ?? '') || /^<[A-Z0-9.]{1,12}>$/.test(tokens[t]!.text);
    if (!/^(?:[A-Z][A-Za-z]{0,4}\.?|\/|&)$/.test(tokens[t]!.text)) return false;
  }
  return false;
}

/**
 * After a name: a comma, an article and a person's kind or office, with at most three lowercase words
 * before it ("Kent Paris, a spokesman for the union", "X, the senior vice president"): the name is a
 * person's, whatever place or firm it looks like. Not after a possessive ("X, the club's manager Y"
 * names another) and not a body's kind ("Acme, a maker of valves").
 */
function isApposedPerson(tokens: Token[], start: number, end: number): boolean {
  // after a preposition or in a list the name is no subject the apposition could describe ("representatives
  // of Citibank, the head of the committee", "Orange Juice, FCOJ, a spokesman for Cacex, said")
  const before = tokens[start - 1]?.text.toLowerCase() ?? '';
  if (before === ',' || NOT_SUBJECT_AFTER.has(before)) return false;
  if (tokens[end]?.text !== ',' || !/^(?:a|an|the)$/i.test(tokens[end + 1]?.text ?? '')) return false;
  for (let t = end + 2; t < end + 6 && t < tokens.length; t++) {
    const w = tokens[t]!.text;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w)) return false;
    if (KIND_NOUNS.Person.has(w) || TITLE_HEADS.has(w)) {
      // "At the Sage Centre, the chancellor said": the kind opens the next clause as its subject
      const next = tokens[t + 1]?.text.toLowerCase() ?? '';
      return !AGENT_VERBS.has(next) && !HUMAN_VERBS.has(next);
    }
    if (KIND_NOUNS.Organization.has(w)) return false;
  }
  return false;
}

/** The text writes the word after a capitalised word, as a full name's last word ("Hillary Clinton" for "Clinton"). */
function surnameOfFullName(text: string, word: string): boolean {
  for (let i = text.indexOf(' ' + word); i > 0; i = text.indexOf(' ' + word, i + 1)) {
    let b = i;
    while (b > 0 && /[\p{L}.'’-]/u.test(text[b - 1]!)) b--;
    if (b < i && /^\p{Lu}/u.test(text[b]!)) return true;
  }
  return false;
}

/** The cues one mention gives about its type, besides the recognizer's own. */
/** Whether w may match /^\p{Lu}{2,}\p{Ll}{2,}/u: four characters at least, the second no ASCII character but a capital (a cheap necessary test). */
function mayOpenWithInitials(w: string): boolean {
  if (w.length < 4) return false;
  const b = w.charCodeAt(1);
  return b >= 128 || isAsciiUpper(b);
}

/**
 * Prepositions of where, after which a name closes a phrase ("officials in Jackson said"): not those that also join
 * clauses ("after Jordan said", "as Clark said"), nor those a person follows as often ("an aide to Lyng said").
 */
const PLACE_OR_AGENT_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'across', 'outside', 'inside', 'around', 'throughout']);

/** "OpenAI", "PayPal": a capitalised part of three letters or more, then a capital inside the word (see cue.camel-brand). */
function isCamelBrand(w: string): boolean {
  if (w.length < 5 || !isAsciiUpper(w.charCodeAt(0))) return false;
  let i = 1;
  while (i < w.length && isAsciiLower(w.charCodeAt(i))) i++;
  return i >= 3 && i < w.length && isAsciiUpper(w.charCodeAt(i)) && !CAMEL_SURNAME_HEADS.has(w.slice(0, i));
}

function contextCues(text: string, tokens: Token[], c: Candidate): TypeCueId[] {
  const cues: TypeCueId[] = [];
  // (a loop, not slice and map: once per candidate)
  const words: string[] = [];
  for (let t = c.firstToken; t < c.endToken; t++) words.push(tokens[t]!.text);
  const one = words.length === 1;
  const prev = tokens[c.firstToken - 1]?.text.toLowerCase() ?? '';
  const next = tokens[c.endToken]?.text.toLowerCase() ?? '';
  const lastWord = words[words.length - 1]!;
  // (most words end in no period: the replace and its copy only for those that do)
  const last = lastWord.endsWith('.') ? lastWord.slice(0, -1) : lastWord;
  // the form of address before the name, or opening it when the recognizer kept it ("Lady Hale", "Lord Carlile")
  if (PERSON_ADDRESS.has(prev) || (!one && PERSON_ADDRESS.has(words[0]!.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(words[0]!) && /^\p{Lu}\p{Ll}/u.test(words[1]!))) cues.push('cue.address');
  // "Vice President Ford", "Senator Lake": an office written as a title right before a short name.
  else if (words.length <= 2 && TITLE_HEADS.has(prev) && /^\p{Lu}\p{Ll}/u.test(tokens[c.firstToken - 1]!.text)) cues.push('cue.title');
  if (isCitation(tokens, c.firstToken, c.endToken)) cues.push('cue.citation');
  if (isCaseParty(tokens, c.firstToken, c.endToken)) cues.push('cue.case-party');
  // ("officials in Jackson said": after a preposition the name ends a phrase, the verb's subject is before it)
  if (one && AGENT_VERBS.has(next) && c.recognized !== 'Organization' && !PLACE_OR_AGENT_PREPOSITIONS.has(prev)) cues.push('cue.agent-verb');
  if (c.lone) cues.push(c.lone === 'Person' ? 'cue.lone-subject-person' : 'cue.lone-subject-organization');
  if (c.presidency) cues.push('cue.presidency');
  const possessed = /^['’]s?$/.test(next) ? tokens[c.endToken + 1]?.text.toLowerCase() ?? '' : '';
  if (HUMAN_VERBS.has(next) || KIN_NOUNS.has(possessed)) cues.push('cue.human');
  // "the Elysee": a lone name after an article is not a person's, whatever name it resembles.
  const whole = words.join(' ');
  const city = one && (PLACE_NAMES.has(whole) || WORLD_CITIES.has(whole));
  // "Marion County Board of Education": a name with a lowercase connector is not a person's.
  if (GIVEN_NAMES.has(words[0]!) && (one ? !/^(?:the|a|an)$/.test(prev) && !city : /^\p{Lu}/u.test(words[1]!) && words.every((w) => !isLowercaseWord(w)))) cues.push('cue.given-name');
  if (KNOWN_ORGANIZATIONS.has(whole)) cues.push('cue.known-organization');
  // A city the recognizer read as a body is one by metonymy: a club ("Chicago 4 Houston 3"), a paper, a team;
  // not where a place preposition says it is where something is ("the convention in Cleveland"), unless it owns
  // something there ("in Chelsea's win").
  else if (PLACE_NAMES.has(whole) && (c.recognized !== 'Organization' || (PLACE_PREPOSITIONS.has(prev) && !/^['’]s?$/.test(next)))) cues.push('cue.place-name');
  else if (WORLD_CITIES.has(whole) && c.recognized !== 'Organization') cues.push('cue.world-city');
  if (PLACE_PREPOSITIONS.has(prev)) cues.push('cue.place-preposition');
  if (prev === 'on' && POSTING_BEFORE_ON.has(tokens[c.firstToken - 2]?.text.toLowerCase() ?? '')) cues.push('cue.platform');
  // "went in Spencer's", "lunch at Marlowe's, then": not a given name ("at Tom's"), a known place, nor the surname of a
  // person the text names in full ("in Clinton's" after "Hillary Clinton")
  if (one && (next === "'s" || next === '’s') && (SHOP_BEFORE.has(prev) || (prev === 'to' && MOTION_BEFORE_TO.has(tokens[c.firstToken - 2]?.text.toLowerCase() ?? '')))
    && SHOP_AFTER.has(tokens[c.endToken + 1]?.text.toLowerCase() ?? '') && !GIVEN_NAMES.has(whole) && !city && !gazetteer().forms.has(whole) && !surnameOfFullName(text, whole)) cues.push('cue.shop-possessive');
  if (LOCAL_PLACE_CONTEXT.after.has(next) || (prev === 'of' && LOCAL_PLACE_CONTEXT.beforeOf.has(tokens[c.firstToken - 2]?.text.toLowerCase() ?? ''))) cues.push('cue.local-place');
  if (prev === 'to' && MOTION_BEFORE_TO.has(tokens[c.firstToken - 2]?.text.toLowerCase() ?? '') && /\p{Ll}/u.test(whole)) cues.push('cue.destination');
  // A state's short form after a firm's name says where the firm is ("Dyneer Corp of Scottsdale, Ariz."): only a name
  // the recognizer did not read as a body, without a lowercase word, is the town.
  const region = next === ',' && !/^\p{Lu}+$/u.test(last) ? isRegionOrCountryAt(tokens, c.endToken + 1) : undefined;
  if (region === 'name' || (region === 'short' && c.recognized !== 'Organization' && !words.some(isLowercaseWord))) cues.push('cue.place-apposition');
  // "Debra Hill", "Tomas Post" are people, "Downing Street" a street, "Jordan Bank" a bank: a head that is
  // also a surname yields where the recognizer read a person named by a given name, or by two words
  // the first of which is no place.
  const surnameHead = SURNAME_LIKE_HEADS.has(last) && c.recognized === 'Person' && (GIVEN_NAMES.has(words[0]!) || (words.length === 2 && COMMON_SURNAME_HEADS.has(last) && !PLACE_NAMES.has(words[0]!) && !WORLD_CITIES.has(words[0]!)));
  // "West Bank", "Soviet Union": a head word does not make a body of what the recognizer read as a place.
  // "University of Minnesota", "Ministry for Transport": a head then "of" or "for" opens a body's name, a place's reading or not.
  const headFirst = words.length > 2 && ORGANIZATION_HEADS.has(words[0]!) && (words[1] === 'of' || words[1] === 'for');
  if (!one && (((ORGANIZATION_HEADS.has(last) || BODY_ONLY_HEADS.has(last)) && (c.recognized !== 'Place' || BODY_ONLY_HEADS.has(last)) && !surnameHead) || headFirst)) cues.push('cue.organization-head');
  if (!one && FACILITY_HEADS.has(last) && !surnameHead) cues.push('cue.facility-head');
  if (!one && PLACE_PREFIXES.has(words[0]!) && c.recognized !== 'Organization') cues.push('cue.place-prefix');
  // "Shah Abbas II", "Louis XIV", "Elizabeth II": a ruler's name and number ("World War II" is no ruler,
  // a cricket "World XI" a team of eleven, and "Park Meadows I" a first phase).
  if (!one && /^(?:II{1,2}|IV|VI{0,3}|IX|XII{1,2}|XIV|XV|XVI{1,3}|XIX|XX)$/.test(last) && words.slice(0, -1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && w !== 'War')) cues.push('cue.regnal-number');
  if (c.recognized !== 'Person' && isScoreLine(text, tokens, c)) cues.push('cue.score-line');
  if (words.some(mayOpenWithInitials) && words.some((w) => /^\p{Lu}{2,}\p{Ll}{2,}/u.test(w))) cues.push('cue.initials-fused');
  // (one word: a full name may hold one, first or last, "MaliVai Washington", "Lomana LuaLua")
  else if (one && isCamelBrand(whole)) cues.push('cue.camel-brand');
  if (prev === '<' || tickerAfter(tokens, c.endToken)) cues.push('cue.wire-company');
  // "Sydney Roberts", "Austin Williams": a city that is also a given name, before a surname made of a given name and its
  // "s" (Robert's son), is a person's full name, not a club's ("Sydney Swans", "Orlando Pirates")
  const patronymic = words.length === 2 && givenNameGenders(words[0]!).length > 0 && givenNameGenders(last.slice(0, -1)).length > 0;
  if (!one && /^\p{Lu}\p{Ll}+s$/u.test(last) && !/ss$/.test(last) && !GIVEN_NAMES.has(words[0]!) && !patronymic && isHomeTeam(words)) cues.push('cue.home-team');
  if (!one && prev === 'the' && isLocalPaper(words)) cues.push('cue.local-paper');
  // "tyre giant Pirelli", "the town of Brennvik", "analyst Paul Moss": a kind in lowercase before the name.
  // "a drugs charity, Addaction, which …": the kind in apposition before a comma, the name closed by one, unless the
  // relative pronoun says otherwise ("his publisher, Simrock, who …" is a person).
  const relative = next === ',' ? tokens[c.endToken + 1]?.text.toLowerCase() : next;
  const apposed = prev === ',' && /^(?:[,.;:)]|which|who|whose)$/.test(next) && /^\p{Ll}/u.test(tokens[c.firstToken - 2]?.text ?? '')
    && !(relative === 'who' && KIND_NOUNS.Organization.has(tokens[c.firstToken - 2]!.text)) && !(relative === 'which' && KIND_NOUNS.Person.has(tokens[c.firstToken - 2]!.text));
  const kind = tokens[c.firstToken - (apposed ? 2 : 1)]?.text ?? '';
  if (KIND_NOUNS.Organization.has(kind)) cues.push('cue.kind-organization');
  // "auditors Grant Thornton": a plural in apposition to one name, no list or 'of' after it ('analysts Ann Lee of Cowen'), is that name's firm, given name or not
  else if (FIRM_KIND_PLURALS.has(kind) && next !== 'and' && next !== ',' && next !== 'of') cues.push('cue.firm-kind-plural');
  else if (KIND_NOUNS.Person.has(kind)) cues.push('cue.kind-person');
  else if (KIND_NOUNS.Place.has(kind) || (kind === 'of' && KIND_NOUNS.Place.has(tokens[c.firstToken - 2]?.text ?? ''))) cues.push('cue.kind-place');
  const listed = listKind(tokens, c.firstToken, c.endToken);
  if (listed === 'Organization') cues.push('cue.kind-list-organization');
  else if (listed === 'Place') cues.push('cue.kind-list-place');
  else if (listed === 'Person') cues.push('cue.kind-list-person');
  if (isApposedPerson(tokens, c.firstToken, c.endToken)) cues.push('cue.apposed-person');
  if (isCompanyContext(tokens, c.firstToken, c.endToken)) cues.push('cue.company-context');
  else if (MEDIA_KINDS_AFTER.has(next) || (next === 'news' && NEWS_KINDS_AFTER.has(tokens[c.endToken + 1]?.text ?? ''))) {
    const after = tokens[c.endToken + (next === 'news' ? 2 : 1)]?.text ?? '';
    // "daily", "weekly" are adverbs and adjectives too ("leave Heathrow daily", "the Manitoba Agriculture
    // weekly crop report"): as a noun after "the" name, before a verb of saying or a punctuation mark
    const periodical = next !== 'daily' && next !== 'weekly' || (/^the$/i.test(prev) && (AGENT_VERBS.has(after) || after === 'reported' || /^[^\p{L}\p{N}]/u.test(after)));
    if (periodical && !/^\p{Lu}/u.test(after) && !PLACE_NAMES.has(whole) && !WORLD_CITIES.has(whole) && !REGION_NAMES.has(whole) && !gazetteer().forms.has(whole)) cues.push('cue.media-kind-after');
  }
  // (no hyphen, no compound: most words skip the regular expression)
  const compound = kind.includes('-') ? /^[\p{L}.]+-(\p{Ll}+)$/u.exec(kind)?.[1] : undefined;
  // ("US-based Alistair Cragg": people are based somewhere too, so not before what reads as a person's full name)
  if (compound && COMPOUND_KINDS.Organization.has(compound) && !GIVEN_NAMES.has(words[0]!) && (one || c.recognized !== 'Person')) cues.push('cue.compound-organization');
  else if (compound && COMPOUND_KINDS.Person.has(compound)) cues.push('cue.compound-person');
  if (c.recognized === 'Place' && prev === 'to' && tokens[c.firstToken - 2]?.text.toLowerCase() === 'according') cues.push('cue.source');
  if (prev === 'the' && !GIVEN_NAMES.has(words[0]!)) {
    const before = tokens[c.firstToken - 2]?.text.toLowerCase() ?? '';
    const head = tokens[c.firstToken - 3]?.text.toLowerCase() ?? '';
    // (the name heads its phrase: "told the Hill that", not "told the Hill committee")
    const heads = !/^\p{L}/u.test(tokens[c.endToken]?.text ?? '.') || AGENT_VERBS.has(next) || next === 'that' || next === 'on' || next === 'in';
    if (heads && (ADDRESSEE_BEFORE_THE.verbs.has(before) || (before === 'to' && ADDRESSEE_BEFORE_THE.to.has(head)) || (before === 'with' && ADDRESSEE_BEFORE_THE.with.has(head)) || (before === 'by' && ADDRESSEE_BEFORE_THE.by.has(head)) || (before === 'in' && ADDRESSEE_BEFORE_THE.in.has(head)))) cues.push('cue.addressee-outlet');
  } else if (prev === 'in' && PRINTED_PIECES.has(tokens[c.firstToken - 2]?.text.toLowerCase() ?? '') && !city && !gazetteer().forms.has(whole)) cues.push('cue.addressee-outlet');
  // "the air force under Hermann Goering began its campaign": a name after a preposition is not the
  // clause's subject, so the clause's possessive is another's.
  // "The Aston Villa player won his cap": a name before a noun of a person modifies it; the pronoun is the person's.
  const pronoun = NOT_SUBJECT_AFTER.has(prev) || KIND_NOUNS.Person.has(next) || TITLE_HEADS.has(next) ? undefined : firstPossessivePronoun(tokens, c.endToken);
  if (pronoun) cues.push(POSSESSIVE_PRONOUNS[pronoun] === 'Organization' ? 'cue.pronoun-its' : 'cue.pronoun-his-her');
  return cues;
}

/**
 * A row of a results or standings table: the name opens its line or follows a number, a small number
 * follows it, and the rest of the line is only numbers, capitalised words and brackets ("Leeds 2
 * Chelsea 1", "Monaco 3 1 1 1 5 3 4"): a team. Hard-wrapped prose ("rainfall in\nBahia 30 mm") has
 * lowercase words after its number.
 */
function isScoreLine(text: string, tokens: Token[], c: { firstToken: number; endToken: number }): boolean {
  const next = tokens[c.endToken];
  if (!next || !/^\d{1,3}$/.test(next.text)) return false;
  const prev = tokens[c.firstToken - 1];
  if (prev && !/^\d{1,3}$/.test(prev.text) && !text.slice(prev.end, tokens[c.firstToken]!.start).includes('\n')) return false;
  for (let t = c.endToken + 1; t < tokens.length && t < c.endToken + 30; t++) {
    if (text.slice(tokens[t - 1]!.end, tokens[t]!.start).includes('\n')) return true;
    // numbers, fractions and averages (".576", "21 1/2"), a dash for none, capitalised words, brackets
    if (!/^(?:\.?\d[\d.,:/-]*|[-–.]|\p{Lu}[\p{L}'.-]*|[()])$/u.test(tokens[t]!.text)) return false;
  }
  return true;
}

/** "Pirelli shares", "Petofi's board", "Pirelli's cables division", "shares in Pirelli", "the chairman of Petofi", "an analyst at Petofi" (entity-cues: COMPANY_CONTEXT). */
function isCompanyContext(tokens: Token[], first: number, end: number): boolean {
  const next = tokens[end]?.text ?? '';
  if (COMPANY_CONTEXT.after.has(next)) return true;
  if (/^['’]s?$/.test(next)) {
    // the possession, perhaps after one or two lowercase words of its own ("cables division")
    for (let t = end + 1; t < end + 4 && t < tokens.length; t++) {
      const w = tokens[t]!.text;
      if (COMPANY_CONTEXT.afterPossessive.has(w)) return true;
      if (!isLowercaseWord(w)) break;
    }
  }
  const prev = tokens[first - 1]?.text;
  const before = tokens[first - 2]?.text.toLowerCase() ?? '';
  return (prev === 'in' && COMPANY_CONTEXT.beforeIn.has(before)) || (prev === 'of' && COMPANY_CONTEXT.beforeOf.has(before)) || (prev === 'at' && COMPANY_CONTEXT.beforeAt.has(before));
}

const WEEKDAYS = new Set<string>(WEEKDAY_NAMES);
/** Continents and world regions that close the names of international bodies ("… Cooperation in Europe"). */
const WORLD_REGIONS = new Set(['Europe', 'Asia', 'Africa', 'America', 'the Americas', 'Latin America', 'North America', 'South America', 'Central America', 'the Middle East', 'the Pacific', 'Asia and the Pacific', 'the Caribbean', 'the Mediterranean', 'the Arab World', 'Southeast Asia', 'South Asia', 'Central Asia', 'East Asia', 'Eastern Europe', 'Central Europe', 'Western Europe']);
const NOT_SUBJECT_AFTER = new Set<string>([...COMMON_PREPOSITIONS, 'of']);

/**
 * The first possessive pronoun of the clause after a name, within six words and before any other
 * name or clause break ("Pirelli on Friday announced its move" → its; "Okafor said his side" → his).
 */
function firstPossessivePronoun(tokens: Token[], end: number): keyof typeof POSSESSIVE_PRONOUNS | undefined {
  for (let t = end; t < end + 6 && t < tokens.length; t++) {
    const w = tokens[t]!.text;
    if (w === 'its' || w === 'his') return w;
    // "Pirelli on Friday announced its …": a weekday is no other name
    if (!isLowercaseWord(w) && !(t === end && /^['’]s?$/.test(w)) && !WEEKDAYS.has(w)) return undefined;
    if (w === 'and' || w === 'but' || w === 'that' || w === 'which' || w === 'who' || w === 'when' || w === 'while') return undefined;
  }
  return undefined;
}

/**
 * One type per name in the article: every mention of the same name votes with the recognizer's
 * type and the cues of its context (TYPE_CUES), and all of them take the winner, so "Aberdeen"
 * is not a body in one sentence and a city in the next. Ties go to the recognizer's majority.
 */
function voteTypes(text: string, tokens: Token[], candidates: Candidate[]): void {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.key || !c.recognized) continue;
    // where a game is played or a report filed is the place, another entity than the team of that name
    if (isVenueOrDateline(text, c)) {
      c.type = 'Place';
      continue;
    }
    const name = nameKey(text.slice(c.start, c.end));
    let group = groups.get(name);
    if (!group) groups.set(name, (group = []));
    group.push(c);
  }
  const weak = new Set<Candidate>();
  for (const group of groups.values()) {
    const score: Record<VoteType, number> = { Person: 0, Organization: 0, Place: 0 };
    const recognized: Record<VoteType, number> = { Person: 0, Organization: 0, Place: 0 };
    // The recognizer reads every mention of a name alike, so its readings are one piece of evidence
    // however often the name recurs: together they weigh at most as three mentions' (a company named
    // seven times, read as a person each time, against its "its" three times).
    const share = Math.min(1, 3 / group.length);
    for (const c of group) {
      const r = c.recognized as VoteType;
      score[r] += TYPE_CUES['cue.recognizer'].weight * share;
      recognized[r]++;
      for (const cue of contextCues(text, tokens, c)) {
        const { type, weight } = TYPE_CUES[cue] as { type: VoteType; weight: number };
        score[type] += weight;
      }
    }
    const first = group[0]!.recognized as VoteType;
    const order: VoteType[] = ['Person', 'Organization', 'Place'];
    let best: VoteType = first;
    for (const t of order) {
      const better = score[t] > score[best] || (score[t] === score[best] && recognized[t] > recognized[best]);
      if (better) best = t;
    }
    const nation = NATIONS_WITHOUT_STATE.get(text.slice(group[0]!.start, group[0]!.end));
    for (const c of group) {
      c.type = nation ? 'Country' : best;
      if (nation) c.key = `country/${slugify(nation.label)}`;
    }
    if (score[best] <= group.length * share * TYPE_CUES['cue.recognizer'].weight) for (const c of group) weak.add(c);
  }
  agreeWithList(text, tokens, candidates, weak);
  // a team sheet's names are players, whatever club, town or firm each one's surname reads as
  const sheets = teamSheetLines(text);
  if (sheets.length) {
    // (and so is the same name on the report's other lines: the bookings, the scorers)
    const players = new Set(candidates.filter((c) => !c.key && sheets.some(([a, b]) => c.start >= a && c.end <= b)).map((c) => nameKey(text.slice(c.start, c.end))));
    for (const c of candidates) if (!c.key && players.has(nameKey(text.slice(c.start, c.end)))) c.type = 'Person';
  }
}

/** After an acronym: what shows it heads its own phrase ("a super PAC supporting …", "the PAC, which …") rather than modifying a noun ("FBI agents"). */
// (no preposition or "and": after a verb's object they follow too, "allow ATT to cut", "destroy ISIL and")
const PHRASE_HEAD_AFTER = /^(?:[^\p{L}\p{N}]+|that|which|who|is|was|has|had|have|will|would|\p{Ll}+(?:ing|ed))$/u;

/**
 * "a super PAC supporting Rubio", "pro-Clinton super PACs": capitals the article writes twice after the same lowercase
 * word that modifies them (no function word, verb or kind of body), heading their phrase, or once with a plural "s",
 * are a common noun there, not a body; so is every lone mention of them in the article. Not a known body, country or party ("an ongoing FBI
 * inquiry", "the local GOP"), nor capitals the text reads as a name's initials.
 */
function dropCommonAcronyms(text: string, tokens: Token[], candidates: Candidate[]): void {
  let common: Set<string> | undefined;
  // each acronym's modifiers, with how often each stands before it
  const modifiers = new Map<string, Map<string, number>>();
  for (let t = 1; t < tokens.length; t++) {
    const w = tokens[t]!.text;
    // (both forms open with two capitals: an ASCII character that is none settles most tokens first)
    const c0 = w.charCodeAt(0);
    const c1 = w.charCodeAt(1);
    if ((c0 < 128 && !isAsciiUpper(c0)) || (c1 < 128 && !isAsciiUpper(c1))) continue;
    const plural = /^\p{Lu}{2,5}s$/u.test(w);
    if (!plural && !/^\p{Lu}{2,5}$/u.test(w)) continue;
    const bare = plural ? w.slice(0, -1) : w;
    if (KNOWN_ORGANIZATIONS.has(bare) || gazetteer().forms.has(bare) || PARTY_FORMS.has(bare.toLowerCase())) continue;
    const prev = tokens[t - 1]!.text;
    // (a verb or a kind before it makes no modifier: "told ABC.", "the group NARAL.")
    const modified = /^\p{Ll}[\p{Ll}-]*$/u.test(prev) && !FUNCTION_WORD_SET.has(prev) && !AGENT_VERBS.has(prev) && !KIND_NOUNS.Organization.has(prev) && PHRASE_HEAD_AFTER.test(tokens[t + 1]?.text ?? '.');
    if (plural) (common ??= new Set()).add(bare);
    else if (modified) {
      const m = modifiers.get(bare) ?? modifiers.set(bare, new Map()).get(bare)!;
      m.set(prev, (m.get(prev) ?? 0) + 1);
      // the same modifier twice: a compound noun of the article ("super PAC"), not one verb's object
      if (m.get(prev)! >= 2) (common ??= new Set()).add(bare);
    }
  }
  if (!common) return;
  // (capitals that are the initials of a name of the text stay that name's: "the Keep Rivers Clean Fund (KRCF)")
  for (const c of candidates) if (c.endToken - c.firstToken > 1) common.delete(initialsOf(text.slice(c.start, c.end)));
  const kept = candidates.filter((c) => !(c.endToken - c.firstToken === 1 && !c.key && common!.has(tokens[c.firstToken]!.text)));
  candidates.length = 0;
  candidates.push(...kept);
}

/** Lowercase words that stand inside a name ("Bank of England", "Willy de Clercq"); a name with any other ("Britain and France") is not carried over. */
const NAME_INNER_WORDS: ReadonlySet<string> = new Set([...NAME_PARTICLES, 'los', 'las', 'bin', 'of', 'for', 'the', 'on']);

/**
 * One extent per name in the article: "West Germany" read whole in one sentence and as "West" and "Germany" in
 * another (a wire's line break inside it, "American" read as the country inside "American Express") is the same
 * name there too. Each later or earlier run of the same words (any white space between them) whose only readings
 * lie inside it becomes one mention of the whole name, typed as the whole name was.
 */
function wholeNamesAgain(text: string, tokens: Token[], sentences: readonly Sentence[], candidates: Candidate[]): void {
  const byFirstWord = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.kind !== 'name' || c.endToken - c.firstToken < 2) continue;
    let ok = /^\p{Lu}/u.test(tokens[c.endToken - 1]!.text);
    for (let t = c.firstToken; t < c.endToken && ok; t++) {
      const w = tokens[t]!.text;
      if (!/[\p{L}\p{N}]/u.test(w) || (/^\p{Ll}/u.test(w) && !NAME_INNER_WORDS.has(w))) ok = false;
    }
    if (ok) (byFirstWord.get(tokens[c.firstToken]!.text) ?? byFirstWord.set(tokens[c.firstToken]!.text, []).get(tokens[c.firstToken]!.text)!).push(c);
  }
  if (!byFirstWord.size) return;
  const replaced = new Set<Candidate>();
  const added: Candidate[] = [];
  // the candidates over each token, in text order
  const over = new Int32Array(tokens.length).fill(-1);
  candidates.forEach((c, i) => { for (let t = c.firstToken; t < c.endToken; t++) over[t] = i; });
  // a run stays within one sentence (a wire's wrapped line is inside one; lines that are sentences
  // of their own, as in tables of results, "... 2 Leeds\nUnited 1 ...", hold two names)
  const sentenceOf = new Int32Array(tokens.length);
  sentences.forEach((s, i) => sentenceOf.fill(i, s.firstToken, s.endToken));
  for (let t = 0; t < tokens.length; t++) {
    const names = byFirstWord.get(tokens[t]!.text);
    if (!names) continue;
    for (const n of names) {
      const len = n.endToken - n.firstToken;
      if (n.firstToken === t || t + len > tokens.length || sentenceOf[t] !== sentenceOf[t + len - 1]) continue;
      let same = true;
      for (let k = 1; k < len && same; k++) {
        same = tokens[t + k]!.text === tokens[n.firstToken + k]!.text && /^\s*$/.test(text.slice(tokens[t + k - 1]!.end, tokens[t + k]!.start));
      }
      if (!same) continue;
      // what is read there lies wholly inside the run, and something is
      const inside = new Set<number>();
      let fits = true;
      for (let k = t; k < t + len; k++) if (over[k]! >= 0) inside.add(over[k]!);
      for (const i of inside) {
        const c = candidates[i]!;
        if (c.firstToken < t || c.endToken > t + len || (c.firstToken === t && c.endToken === t + len) || replaced.has(c)) fits = false;
      }
      if (!fits || !inside.size) continue;
      for (const i of inside) replaced.add(candidates[i]!);
      added.push({ ...n, start: tokens[t]!.start, end: tokens[t + len - 1]!.end, firstToken: t, endToken: t + len });
      t += len - 1;
      break;
    }
  }
  if (!added.length) return;
  const kept = candidates.filter((c) => !replaced.has(c)).concat(added).sort((a, b) => a.start - b.start);
  candidates.length = 0;
  candidates.push(...kept);
}

// "Traore (Biscan 67)": a substitute and the minute he came on, after the player he replaced.
const SHEET_ITEM = String.raw`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’-]+){0,2}(?: \(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)? \d+\))?`;
const SHEET_LINE = new RegExp(String.raw`^(?:${SHEET_ITEM}, ){6,}${SHEET_ITEM}\.?(?:\s+Subs\b.*)?$`, 'u');

/**
 * The lines of a team sheet under a match report ("Dudek, Finnan, Carragher, Traore (Biscan 67), Luis Garcia, …"):
 * a line of seven or more capitalised names and commas alone, with a substitute in brackets or a "Subs" line
 * after it, or else with few known places among them in a report that lists substitutes elsewhere ("Yokohama,
 * Nagoya, Osaka, Kobe, …" is a list of ports).
 * [start, end) of each line.
 */
// The parties' labels (PARTY_FORMS is fixed): made once, on first use.
let PARTY_LABELS: Set<string> | undefined;

/** line.split(', ').length >= 7, counted without the array. */
function hasSixCommas(line: string): boolean {
  let n = 0;
  for (let i = line.indexOf(', '); i >= 0; i = line.indexOf(', ', i + 2)) if (++n >= 6) return true;
  return false;
}

function teamSheetLines(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    // "Subs Not Used: Orr, Brown.": the substitutes' own line
    if (/^Subs(?: [Nn]ot [Uu]sed)?:/.test(line) && new RegExp(String.raw`^(?:${SHEET_ITEM}, )*${SHEET_ITEM}\.?$`, 'u').test(line.replace(/^[^:]*:\s*/, ''))) out.push([start, end]);
    // (cheap test first: six commas)
    else if (hasSixCommas(line) && SHEET_LINE.test(line)) {
      const items = line.replace(/\s+Subs\b.*$/, '').replace(/\.$/, '').split(', ').map((w) => w.replace(/ \(.*\)$/, ''));
      const subs = / \(\p{Lu}[^()]* \d+\)/u.test(line) || /\bSubs\b/.test(line) || /^\s*Subs\b/.test(text.slice(end, end + 12));
      const places = items.filter((w) => PLACE_NAMES.has(w) || WORLD_CITIES.has(w) || REGION_NAMES.has(w) || gazetteer().forms.has(w)).length;
      if (subs || (places * 5 < items.length && /\bSubs\b/.test(text))) out.push([start, end]);
    }
    start = end + 1;
  }
  return out;
}

// "OAKLAND AT BOSTON" alone on its line: a schedule's fixture, the second name the venue.
const FIXTURE_LINE = /^\s*\p{Lu}[\p{Lu}\p{N}.'& -]*\s+AT\s+(\p{Lu}[\p{Lu}.'& -]*?)\s*$/u;
// "BALTIMORE 1996-08-22", "CARLSBAD , Calif. 1996-08-24": a dateline line, place then date.
const DATELINE_LINE = /^\s*(\p{Lu}[\p{L}.'& -]*?)\s*(?:,\s*\p{Lu}[\p{L}.' -]*)?\s+\d{4}-\d{2}-\d{2}\s*$/u;

/**
 * The name is the venue of a fixture line ("OAKLAND AT BOSTON") or the place of a dateline line
 * ("BALTIMORE 1996-08-22"): a place, whatever team the same name is in the results around it.
 */
function isVenueOrDateline(text: string, c: Range): boolean {
  // cheap tests first: the name follows " AT " or opens a line
  const opensLine = c.start === 0 || text.charCodeAt(c.start - 1) === 10;
  if (!opensLine && text.slice(c.start - 4, c.start) !== ' AT ') return false;
  const lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
  let lineEnd = text.indexOf('\n', c.end);
  if (lineEnd < 0) lineEnd = text.length;
  if (lineEnd - lineStart > 80) return false;
  const line = text.slice(lineStart, lineEnd);
  const name = text.slice(c.start, c.end);
  const fixture = FIXTURE_LINE.exec(line);
  if (fixture && fixture[1] === name && lineStart + line.lastIndexOf(name) === c.start) return true;
  const dateline = DATELINE_LINE.exec(line);
  return !!dateline && dateline[1] === name && c.start === lineStart + line.indexOf(name);
}

const LIST_LINK = /^(?:,|and|or|&|;)$/;

/**
 * "Douglass North, Ronald Coase, Oliver Williamson, and Elinor Ostrom": the items of a list of
 * three or more names are of one kind. A name typed on the recognizer's word alone (no cue for
 * any of its mentions) takes the type two thirds of its list share (countries count as places).
 */
function agreeWithList(text: string, tokens: Token[], candidates: Candidate[], weak: Set<Candidate>): void {
  const kind = (c: Candidate): EntityType => (c.type === 'Country' ? 'Place' : c.type);
  let list: Candidate[] = [];
  const settle = () => {
    if (list.length >= 3) {
      const counts = new Map<EntityType, number>();
      for (const c of list) counts.set(kind(c), (counts.get(kind(c)) ?? 0) + 1);
      const [top, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
      // two thirds of a short list, three fifths of a long one (a team sheet of eleven surnames)
      if (n * 3 >= list.length * 2 || (list.length >= 5 && n * 5 >= list.length * 3)) {
        for (const c of list) {
          if (!weak.has(c) || kind(c) === top) continue;
          const name = nameKey(text.slice(c.start, c.end));
          for (const other of weak) if (nameKey(text.slice(other.start, other.end)) === name) other.type = top;
        }
      }
    }
  };
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    const prev = list.at(-1);
    let joined = false;
    if (prev && c.firstToken > prev.endToken && c.firstToken - prev.endToken <= 2) {
      joined = true;
      for (let t = prev.endToken; t < c.firstToken; t++) if (!LIST_LINK.test(tokens[t]!.text)) joined = false;
    }
    // "LaSalle Rolling Mills, LaSalle, Ill.": a town and its state's short form close an address, not a list
    if (joined && expandRegionAbbreviation(text.slice(c.start, c.end))) {
      list.pop();
      settle();
      list = [];
      continue;
    }
    if (!joined) {
      settle();
      list = [];
    }
    list.push(c);
  }
  settle();
}

function cluster(text: string, tokens: Token[], candidates: Candidate[]): EntityIndex {
  const g = gazetteer();
  const entities = new Map<string, EntityRecord>();
  const mentions: ResolvedMention[] = [];
  const surface = (c: Candidate) => collapseSpaces(straighten(text.slice(c.start, c.end)));
  // (a loop, not slice, map and filter; a word opening with an ASCII letter or digit needs no regex)
  const words = (c: Candidate) => {
    const out: string[] = [];
    for (let t = c.firstToken; t < c.endToken; t++) {
      const w = straighten(tokens[t]!.text);
      if (opensWithAsciiAlnum(w) || /[\p{L}\p{N}]/u.test(w)) out.push(w);
    }
    return out;
  };
  // "Hank Willard Jr" is found again as "Willard": a person's words end at the surname.
  const personWords = (c: Candidate) => {
    const w = words(c);
    return w.length > 2 && GENERATION_SUFFIXES.has(w.at(-1)!) ? w.slice(0, -1) : w;
  };
  // "Hank Willard" and "Hank Willard Jr" are father and son: full names with different generation marks are two people.
  const generation = (label: string) => {
    // (the last word without splitting the label)
    const last = label.slice(label.lastIndexOf(' ') + 1);
    return GENERATION_SUFFIXES.has(last) ? last.replace(/\.$/, '') : '';
  };

  const record = (key: string, type: EntityType, label: string) => {
    let e = entities.get(key);
    if (!e) entities.set(key, (e = { key, type, label, aliases: new Set() }));
    return e;
  };
  const mention = (c: Candidate, key: string) => {
    mentions.push({ start: c.start, end: c.end, firstToken: c.firstToken, endToken: c.endToken, entity: key, type: entities.get(key)!.type, kind: c.kind });
    entities.get(key)!.aliases.add(collapseSpaces(text.slice(c.start, c.end)));
  };

  // Known countries and bodies.
  for (const c of candidates) {
    if (!c.key) continue;
    const country = g.countries.get(c.key);
    const org = g.organizations.get(c.key);
    const nation = NATIONS_WITHOUT_STATE.get(surface(c));
    const e = record(c.key, c.type, country?.label ?? org?.label ?? nation?.label ?? surface(c));
    e.wikidata = country?.wikidata ?? org?.wikidata ?? nation?.wikidata;
    if (country) e.iso2 = country.iso2;
    mention(c, c.key);
  }

  // People: full names first, then the single words that refer back (or forward) to them.
  // (Looked up by name word, not scanned: a very long text names thousands of people and bodies.)
  const people: EntityRecord[] = [];
  const fullNamesByLast = new FirstMatchIndex<EntityRecord>();
  // "Dean Witter Reynolds Inc" named, then "Dean Witter": the first words of a company's registered name are the company.
  const companyOpenings = new Set<string>();
  for (const c of candidates) {
    const core = c.type === 'Organization' ? corporateCore(surface(c), false) : undefined;
    if (core) core.forEach((_, i) => companyOpenings.add(core.slice(0, i + 1).join(' ').toLowerCase()));
  }
  for (const c of candidates) {
    if (c.key || (c.type !== 'Person' && c.type !== 'Place')) continue;
    // "Lib Dem" read as a place, "Plaid Cymru" as a person: a party's name is the party.
    if (PARTY_FORMS.has(surface(c).replace(/^the /i, '').toLowerCase())) c.type = 'Organization';
    else if (c.type === 'Person' && companyOpenings.size && companyOpenings.has(words(c).join(' ').toLowerCase())) c.type = 'Organization';
  }
  const personCandidates = candidates.filter((c) => c.type === 'Person' && !c.key);
  const isInitial = (w: string) => /^\p{Lu}\.?$/u.test(w);
  for (const c of personCandidates) {
    const w = personWords(c);
    if (w.length < 2) continue;
    const last = w.at(-1)!.toLowerCase();
    const mark = generation(surface(c));
    const match = fullNamesByLast.find([last], (p) => {
      const pw = p.words!;
      if (pw.at(-1)!.toLowerCase() !== last || generation(p.label) !== mark) return false;
      if (isSuffix(w, pw) || isSuffix(pw, w)) return true; // "De Mel" and "Ronnie De Mel"
      const a = pw[0]!.toLowerCase(), b = w[0]!.toLowerCase();
      return a === b || (isInitial(pw[0]!) && b.startsWith(a[0]!)) || (isInitial(w[0]!) && a.startsWith(b[0]!));
    });
    if (match) {
      if (w.length > match.words!.length) {
        match.words = w;
        match.label = surface(c);
      }
      continue;
    }
    const p: EntityRecord = { key: '', type: 'Person', label: surface(c), aliases: new Set(), words: w };
    people.push(p);
    fullNamesByLast.add(p, [last]);
  }
  // "Mary Ellen" beside "Mary Ellen Tate": two given names that open the full name of one person of the
  // article are that person (linked by their first names below), not a person of their own.
  const givenOnly = (p: EntityRecord) => p.words!.length === 2 && GIVEN_NAMES.has(p.words![1]!);
  const opening = (p: EntityRecord) => people.filter((q) => q.words!.length > 2 && q.words![0] === p.words![0] && q.words![1] === p.words![1]);
  for (let i = people.length - 1; i >= 0; i--) if (givenOnly(people[i]!) && opening(people[i]!).length === 1) people.splice(i, 1);
  for (const p of people) {
    p.label = withInitialPeriods(p.label);
    p.key = `person/${slugify(p.label)}`;
    const existing = entities.get(p.key);
    if (existing) p.key = existing.key;
    else entities.set(p.key, p);
  }
  const peopleByWord = new FirstMatchIndex<EntityRecord>();
  // "Lula" of "Luiz Inacio Lula da Silva", "Garcia" of "Gabriel Garcia Marquez": a name's inner words are its holder's too
  const innerKeys = (w: string[]) => (w.length >= 3 ? w.slice(1, -1).filter((x) => /^\p{Lu}\p{Ll}{2,}$/u.test(x)).map((x) => `inner:${x.toLowerCase()}`) : []);
  const addPerson = (p: EntityRecord) => peopleByWord.add(p, [`last:${p.words!.at(-1)!.toLowerCase()}`, `first:${p.words![0]!.toLowerCase()}`, ...innerKeys(p.words!)]);
  people.forEach(addPerson);
  const orgLastWords = new Set(candidates.filter((c) => c.type === 'Organization' && c.endToken - c.firstToken > 1).map((c) => straighten(tokens[c.endToken - 1]!.text)));
  // "John Labatt Ltd", later "Labatt"; "Eli Lilly and Co", later "Lilly": a company named after a person
  // is found again by that person's surname. Each such word of an organization's name (no given name,
  // legal form or head word; not in a name with "of" or "for", "Perrin Long of Lipper"), with the name.
  let surnamesOfOrgs: Map<string, Candidate> | undefined;
  const orgOfSurname = (word: string): Candidate | undefined => {
    if (!surnamesOfOrgs) {
      surnamesOfOrgs = new Map();
      for (const o of candidates) {
        if (o.type !== 'Organization' || o.endToken - o.firstToken < 2) continue;
        const ws = words(o);
        if (ws.some((x) => isLowercaseWord(x) && x !== 'and')) continue;
        for (const x of ws) if (/^\p{Lu}\p{Ll}{2,}$/u.test(x) && !GIVEN_NAMES.has(x) && !ORGANIZATION_HEADS.has(x) && !CORPORATE_DESIGNATORS.has(x.toLowerCase()) && !surnamesOfOrgs.has(x.toLowerCase())) surnamesOfOrgs.set(x.toLowerCase(), o);
      }
    }
    return surnamesOfOrgs.get(word.toLowerCase());
  };
  const ownerOrg = new Map<Candidate, Candidate>();
  // (a loop, not an array of pairs built only to fill the map)
  const position = new Map<Candidate, number>();
  for (let i = 0; i < candidates.length; i++) position.set(candidates[i]!, i);
  // "its US arm - X", "the unit, X", "subsidiary X": the name right after a noun of a body's part, a dash or comma between
  const introducedAsPart = (o: Candidate) => {
    let t = o.firstToken - 1;
    if (/^[-–—,:]$/.test(tokens[t]?.text ?? '')) t--;
    return SUBSIDIARY_NOUNS.has(tokens[t]?.text ?? '');
  };
  // where each name is first read (candidates are in text order)
  const firstAt = new Map<string, number>();
  for (const c of candidates) if (!firstAt.has(surface(c))) firstAt.set(surface(c), c.start);
  const bracketedAfterOrg = (c: Candidate) => {
    const prev = candidates[position.get(c)! - 1];
    return !!prev && prev.type === 'Organization' && tokens[c.firstToken - 1]?.text === '(' && prev.endToken === c.firstToken - 1 && tokens[c.endToken]?.text === ')';
  };
  const bracketAliases = new Set(candidates.filter(bracketedAfterOrg).map((c) => surface(c)));
  // "Mr Blair" with no full name in the text: the person is known as "Mr Blair", not "Blair" (and is
  // not the node of another article's "Blair"; cross-article linking reads the address off again).
  const addressed = new Map<string, string>();
  for (const c of personCandidates) {
    const address = tokens[c.firstToken - 1];
    if (c.endToken - c.firstToken === 1 && address && PERSON_ADDRESS.has(address.text.toLowerCase()) && !addressed.has(surface(c))) addressed.set(surface(c), `${address.text} ${surface(c)}`);
  }
  // "Venus and Serena Williams": a lone given name joined by "and" to a given name and surname shares that surname.
  const sharedSurname = new Map<Candidate, string>();
  for (let i = 0; i + 1 < personCandidates.length; i++) {
    const c = personCandidates[i]!, d = personCandidates[i + 1]!;
    const w = personWords(c), dw = personWords(d);
    const before = tokens[c.firstToken - 1]?.text ?? '';
    if (w.length !== 1 || dw.length !== 2 || tokens[c.endToken]?.text !== 'and' || d.firstToken !== c.endToken + 1 || /^\p{Lu}/u.test(before)) continue;
    if ((GIVEN_NAMES.has(w[0]!) || w[0]!.split('-').every((g) => GIVEN_NAMES.has(g))) && GIVEN_NAMES.has(dw[0]!) && !GIVEN_NAMES.has(dw[1]!)) sharedSurname.set(c, `${w[0]} ${dw[1]}`);
  }
  function linkPersonMentions(): void {
    for (const c of personCandidates) {
      const w = personWords(c);
      let person: EntityRecord | undefined;
      if (w.length === 1 && bracketedAfterOrg(c)) {
        c.type = 'Organization';
        continue;
      }
      if (w.length >= 2) {
        const last = w.at(-1)!.toLowerCase();
        // The same first name, or an initial of it ("J. Bernoulli"); "Jacob Bernoulli" is not "Johann Bernoulli".
        const sameFirst = (a: string, b: string) => a.toLowerCase() === b.toLowerCase() || ((isInitial(a) || isInitial(b)) && a.toLowerCase()[0] === b.toLowerCase()[0]);
        const mark = generation(surface(c));
        const sameLast = (p: EntityRecord) => p.words!.at(-1)!.toLowerCase() === last && generation(p.label) === mark;
        person = peopleByWord.find([`last:${last}`], (p) => sameLast(p) && p.words!.join(' ') === w.join(' '))
          ?? peopleByWord.find([`last:${last}`], (p) => sameLast(p) && (sameFirst(p.words![0]!, w[0]!) || isSuffix(w, p.words!) || isSuffix(p.words!, w)));
        // "Mary Ellen" for "Mary Ellen Tate": two given names that open the full name of one person of the article.
        if (!person && w.length === 2 && GIVEN_NAMES.has(w[1]!)) {
          const holders = new Set<EntityRecord>();
          peopleByWord.find([`first:${w[0]!.toLowerCase()}`], (p) => (p.words!.length > 2 && p.words![0] === w[0] && p.words![1] === w[1] && holders.add(p), false));
          if (holders.size === 1) person = [...holders][0];
        }
      } else if (w.length === 1) {
        const one = w[0]!.toLowerCase();
        // "Mrs Howard" after "Michael Howard" is his wife: a form of address that says a gender the full name's given name
        // is never listed with names someone else (lexicon/address: addressGender, givenNameGenders).
        const gender = addressGender(tokens[c.firstToken - 1]?.text);
        const agrees = (p: EntityRecord) => {
          if (!gender) return true;
          const named = addressGender(p.label.split(' ')[0]);
          const genders = p.words!.length > 1 ? givenNameGenders(p.words![0]!) : named ? [named] : [];
          return !genders.length || genders.includes(gender);
        };
        // A surname refers to the person with that surname; failing that, a first name.
        person = peopleByWord.find([`last:${one}`], (p) => p.words!.at(-1)!.toLowerCase() === one && agrees(p)) ?? peopleByWord.find([`first:${one}`], (p) => p.words![0]!.toLowerCase() === one && p.words!.length > 1);
        // an inner word names its holder only when one person of the article has it
        if (!person) {
          const holders = new Set<EntityRecord>();
          peopleByWord.find([`inner:${one}`], (p) => (holders.add(p), false));
          if (holders.size === 1) person = [...holders][0];
        }
      }
      if (!person) {
        if (!w.length) continue;
        // "Global Alliance for Vaccines and Immunisation (Gavi)", later "Gavi"; "the Paris Club", later "the Club":
        // a one-word "person" that names an organization of the article is that organization.
        if (w.length === 1 && (bracketedAfterOrg(c) || bracketAliases.has(surface(c)) || orgLastWords.has(w[0]!))) {
          c.type = 'Organization';
          continue;
        }
        // ("a Libertarian" of the "Libertarian Party" is one of its members)
        const owner = w.length === 1 && !addressed.has(surface(c)) && !/^an?$/i.test(tokens[c.firstToken - 1]?.text ?? '') ? orgOfSurname(w[0]!) : undefined;
        // "Diageo … has a US arm - Diageo Chateau & Estate Wines": a word named alone before the longer name it opens,
        // when that name is brought in as a part of a body (SUBSIDIARY_NOUNS), is the parent, with a node of its own
        if (owner && owner.start > firstAt.get(surface(c))! && words(owner)[0] === w[0] && introducedAsPart(owner)) {
          c.type = 'Organization';
          continue;
        }
        if (owner) {
          c.type = 'Organization';
          ownerOrg.set(c, owner);
          continue;
        }
        // (its own form of address when that says a gender: "Mr Smith" is not the "Mrs Smith" named before)
        const own = w.length === 1 && addressGender(tokens[c.firstToken - 1]?.text) ? `${tokens[c.firstToken - 1]!.text} ${surface(c)}` : undefined;
        const label = (w.length === 1 && (own ?? addressed.get(surface(c)) ?? sharedSurname.get(c))) || surface(c);
        const key = `person/${slugify(label)}`;
        person = record(key, 'Person', label);
        person.words ??= sharedSurname.has(c) ? label.split(' ') : w;
        addPerson(person);
      }
      mention(c, person.key);
    }
  }
  linkPersonMentions();

  // Organizations and places: one per name; an acronym joins the name it abbreviates.
  const placeWords = new Set(candidates.filter((c) => c.type === 'Place' || c.type === 'Country').map(surface));
  const partyLabels = (PARTY_LABELS ??= new Set([...PARTY_FORMS.values()].map((p) => p.label)));
  const orgs = new FirstMatchIndex<EntityRecord>();
  // an organization is found again by a name ending in its last one or two words, or by its initials
  const orgKeys = (label: string) => {
    const w = label.toLowerCase().split(' ');
    const keys = [`1:${w.at(-1)}`, `2:${w.slice(-2).join(' ')}`, `i:${initialsOf(label)}`, `l:${label.replace(/[.&]/g, '')}`];
    const head = headBeforeOf(label);
    if (head) keys.push(`1:${head.toLowerCase()}`);
    // a company by the first words of its registered name ("Fuji" for "Fuji Bank Ltd"); a name without a legal form, by itself
    const core = corporateCore(label);
    // (every opening shorter than the name: "Fuji Bank" and "Fuji" for "Fuji Bank Ltd", whose core is "Fuji")
    if (core) w.slice(0, -1).forEach((_, i) => keys.push(`p:${w.slice(0, i + 1).join(' ').replace(/,/g, '')}`));
    keys.push(`s:${label.toLowerCase()}`);
    // "FBI" after "US Federal Bureau of Investigation"
    const body = stateBodyOf(label);
    if (body) keys.push(`i:${initialsOf(body)}`);
    return keys;
  };
  const addOrg = (e: EntityRecord) => orgs.add(e, orgKeys(e.label));
  // "House of Commons" and "House of Lords" anywhere in one article: "the House" is either, so names neither.
  const headsBeforeOf = new Map<string, Set<string>>();
  for (const c of candidates) {
    if (c.type !== 'Organization') continue;
    const label = surface(c).replace(/^the /i, '');
    const head = headBeforeOf(label);
    if (head) headsBeforeOf.set(head, (headsBeforeOf.get(head) ?? new Set()).add(label));
  }
  const isOnlyHeadOf = (short: string, long: string) => isHeadOf(short, long) && (long.split(' ').at(-1) === short || headsBeforeOf.get(short)?.size === 1);
  const facilities = new FirstMatchIndex<EntityRecord>();
  const addFacility = (e: EntityRecord) => facilities.add(e, [e.label.split(' ')[0]!]);
  const keyOf = new Map<Candidate, string>();
  const aliasKeys = new Map<string, string>();
  const byOwner: Candidate[] = [];
  // (This loop and the one over lone person names are functions of their own: inside cluster they made each of its\nrecompilations cost the optimizing compiler about 0.3 s.)
  function keyOrganizationsAndPlaces(): void {
    for (const c of candidates) {
      if (c.key || (c.type !== 'Organization' && c.type !== 'Place')) continue;
      if (ownerOrg.has(c)) {
        byOwner.push(c);
        continue;
      }
      // "Irvine, Calif.": a state's or province's short form is that state, by its full name (lexicon/regions).
      // ("Md" with the period after it, which the name leaves out: isStateShortForm)
      const name = (c.type === 'Place' ? expandRegionAbbreviation(surface(c)) ?? (text[c.end] === '.' && c.endToken - c.firstToken === 1 ? expandRegionAbbreviation(`${surface(c)}.`) : undefined) : undefined) ?? surface(c).replace(/^the /i, '');
      // The recognizer sometimes types a bare surname as a place or a body ("Macron spoke first"):
      // a one-word name that is the surname of a person the article names is that person.
      const bySurname = !name.includes(' ') && peopleByWord.find([`last:${name.toLowerCase()}`], (p) => p.words!.length > 1 && p.words!.at(-1) === name);
      // "the Elysee" for "the Elysee Palace".
      const facility = !name.includes(' ') ? facilities.find([name], (e) => e.label.startsWith(`${name} `)) : undefined;
      if (facility) {
        c.type = 'Place';
        mention(c, facility.key);
        continue;
      }
      if (bySurname) {
        c.type = 'Person';
        mention(c, bySurname.key);
        continue;
      }
      let key = `${c.type === 'Organization' ? 'organization' : 'place'}/${slugify(name)}`;
      if (c.type === 'Place' && bracketedAfterOrg(c)) c.type = 'Organization';
      // "the Conservatives", "the Tories", "Conservative Party": one party, one node, named in full.
      // ("G.O.P." as "GOP": an initialism with periods is the same name without them)
      const party = c.type === 'Organization' ? PARTY_FORMS.get(name.toLowerCase()) ?? PARTY_FORMS.get(undottedInitialism(name)?.toLowerCase() ?? '') : undefined;
      if (party) {
        const e = record(`organization/${slugify(party.label)}`, 'Organization', party.label);
        addOrg(e);
        keyOf.set(c, e.key);
        mention(c, e.key);
        continue;
      }
      if (c.type === 'Organization') {
        // "Global Alliance for Vaccines and Immunisation (Gavi)": the bracketed name is an alias.
        const prev = candidates[position.get(c)! - 1];
        const prevKey = prev && bracketedAfterOrg(c) ? keyOf.get(prev) : undefined;
        const nameWords = name.split(' ');
        // "Labour Party" and "Scottish Labour Party" are two bodies; "Varga Foundation" and "Anna Varga Foundation" one.
        const suffixOf = (short: string[], long: string[]) => isSuffix(short, long) && !isBranchOf(long, short.length, placeWords);
        const same = prevKey
          ? entities.get(prevKey)
          : orgs.find(orgLookupKeys(name), (o) => o.label === name || isAcronymOf(name, o.label) || isAcronymOf(o.label, name) || isOnlyHeadOf(name, o.label) || suffixOf(nameWords, o.label.split(' ')) || suffixOf(o.label.split(' '), nameWords));
        const company = same || prevKey ? undefined : sameCompany(orgs, name, nameWords);
        if (company) {
          key = company.key;
          // "EXXON" in the headline, "Exxon Corp" in the body: the registered name is the label.
          if (corporateCore(name) && name.split(' ').length > company.label.split(' ').length) {
            company.label = name;
            addOrg(company);
          }
        }
        if (same) key = same.key;
        // "Gates Foundation", then "Bill Gates Foundation": the full name is the label (a party keeps its own).
        if (same && !prevKey && !partyLabels.has(same.label) && isSuffix(same.label.split(' '), name.split(' '))) {
          same.label = name;
          addOrg(same);
        }
      }
      // A bracketed alias ("(Gavi)") refers to its organization later too, whatever type the recognizer gives it.
      const known = aliasKeys.get(name);
      if (known && entities.has(known)) key = known;
      // (one probe: get, not has then get)
      const held = entities.get(key);
      if (held && held.type !== c.type && c.type === 'Place' && !known) key = `place/${slugify(name)}`;
      // A place with the name of a known organization or person is that entity.
      const e = record(key, c.type, name);
      // "BANKAMERICA" in a headline, "BankAmerica" in the body: the label is the body's spelling.
      if (/^[\p{Lu}\s.&'-]{5,}$/u.test(e.label) && !/^[\p{Lu}\s.&'-]+$/u.test(name)) {
        e.label = name;
        if (orgs.has(e)) addOrg(e);
        if (facilities.has(e)) addFacility(e);
      }
      if (c.type === 'Organization') addOrg(e);
      if (bracketedAfterOrg(c)) aliasKeys.set(name, e.key);
      if (e.type === 'Place' && e.label.includes(' ') && FACILITY_HEADS.has(e.label.split(' ').at(-1)!)) addFacility(e);
      keyOf.set(c, key);
      mention(c, key);
    }
  }
  keyOrganizationsAndPlaces();
  // the company's surname, once the company has its node
  for (const c of byOwner) {
    const owner = ownerOrg.get(c)!;
    const key = owner.key ?? keyOf.get(owner) ?? record(`organization/${slugify(surface(c))}`, 'Organization', surface(c)).key;
    mention(c, key);
  }

  // "REAGAN" in a wire's capitalised headline, "Reagan" in the body: a person is labelled as the body spells them.
  for (const e of entities.values()) {
    if (e.type !== 'Person' || !/^[\p{Lu}\s.'’-]+$/u.test(e.label) || !/\p{Lu}{2}/u.test(e.label)) continue;
    const spelled = [...e.aliases].find((a) => a.toLowerCase() === e.label.toLowerCase() && /\p{Ll}/u.test(a));
    if (spelled) e.label = spelled;
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return dropCultureOnlyCountries(tokens, { entities, mentions });
}

/**
 * A country the text names only by demonyms is one of its entities when a demonym stands for its
 * state ("Dutch Prime Minister Mark Rutte", "Russian forces", "the Dutch have"); one that only
 * describes people, languages or things by their origin ("a Canadian researcher", "written in
 * Spanish", "Belgian chocolate") does not make it one (STATE_DEMONYM).
 */
function dropCultureOnlyCountries(tokens: Token[], index: EntityIndex): EntityIndex {
  const standsForState = (m: ResolvedMention) => {
    if (m.kind !== 'demonym') return true;
    let i = m.endToken;
    while (i < tokens.length && i < m.endToken + 3 && TITLE_MODIFIERS.has(tokens[i]!.text.toLowerCase()) && !STATE_DEMONYM.stateNouns.has(tokens[i]!.text.toLowerCase())) i++;
    if (i < tokens.length && STATE_DEMONYM.stateNouns.has(tokens[i]!.text.toLowerCase())) return true;
    const next = tokens[m.endToken]?.text ?? '';
    const afterThe = tokens[m.firstToken - 1]?.text.toLowerCase() === 'the';
    return afterThe && (!next || STATE_DEMONYM.verbsAfter.has(next.toLowerCase()) || /^[.,;:!?)]/u.test(next));
  };
  const keep = new Set<string>();
  const demonymOnly = new Set<string>();
  for (const m of index.mentions) {
    if (index.entities.get(m.entity)?.type !== 'Country' || m.kind === 'pronoun' || m.kind === 'nominal') continue;
    if (standsForState(m)) keep.add(m.entity);
    else demonymOnly.add(m.entity);
  }
  const drop = [...demonymOnly].filter((k) => !keep.has(k));
  if (!drop.length) return index;
  for (const k of drop) index.entities.delete(k);
  const dropped = new Set(drop);
  return { entities: index.entities, mentions: index.mentions.filter((m) => !dropped.has(m.entity)) };
}

/**
 * "Fuji Bank" of "Fuji Bank Ltd", "Goldman Sachs" of "Goldman Sachs and Co": a company's name without its legal forms
 * (none: undefined); with `institutions`, also "Harrow" of "Harrow School" (INSTITUTION_HEADS).
 */
function corporateCore(label: string, institutions = true): string[] | undefined {
  const w = label.split(' ');
  let n = w.length;
  for (;;) {
    // (most words hold neither mark: the replace and its copy only for those that do)
    const word = w[n - 1]!;
    const last = (word.includes('.') || word.includes(',') ? word.replace(/[.,]/g, '') : word).toLowerCase();
    if (n > 1 && CORPORATE_DESIGNATORS.has(last)) n--;
    else if (n > 2 && n < w.length && (last === 'and' || last === '&')) n--;
    // "Anchor Savings Bank", "Andover Group": a company's generic last words go too ("Anchor", "Andover" later),
    // but not down to a generic word ("Savings Bank") or a lowercase one ("Bank of Boston" keeps its name)
    else if (n > 1 && COMPANY_HEADS.has(w[n - 1]!) && /^\p{Lu}/u.test(w[n - 2]!) && !COMPANY_HEADS.has(w[0]!)) n--;
    else if (institutions && n === w.length && n > 1 && INSTITUTION_HEADS.has(w[n - 1]!) && /^\p{Lu}\p{Ll}/u.test(w[n - 2]!) && !INSTITUTION_HEADS.has(w[0]!)) n--;
    else break;
  }
  return n < w.length ? w.slice(0, n).map((x) => x.replace(/,$/, '')) : undefined;
}

/**
 * The company an organization name stands for by its registered name: "Exxon" or "Fuji Bank" after "Exxon
 * Corp" or "Fuji Bank Ltd" (the one whose name without legal forms is the name, else the first whose name
 * opens with it), or "Exxon Corp" after a bare "EXXON". A lone head word ("Bank", "Group") names no company.
 */
function sameCompany(orgs: FirstMatchIndex<EntityRecord>, name: string, nameWords: string[]): EntityRecord | undefined {
  const core = corporateCore(name);
  if (core) {
    // the one named by its first words exactly, the longest first ("Fuji Bank" for "Fuji Bank Ltd", "Anchor" for "Anchor Savings Bank")
    const w = name.split(' ').map((x) => x.replace(/,$/, ''));
    const shorter = w.slice(0, -1).map((_, i) => `s:${w.slice(0, w.length - 1 - i).join(' ').toLowerCase()}`);
    // (by its label now: a headline's "SIEMENS" that became "Siemens Information Systems" is no bridge to "Siemens AG")
    const named = orgs.find(shorter, (o) => shorter.includes(`s:${o.label.toLowerCase()}`));
    if (named) return named;
  }
  if (nameWords.length === 1 && ORGANIZATION_HEADS.has(name)) return undefined;
  const lower = name.toLowerCase();
  const key = [`p:${lower}`];
  return orgs.find(key, (o) => corporateCore(o.label)?.join(' ').toLowerCase() === lower) ?? orgs.find(key, () => true);
}

function isSuffix(short: string[], long: string[]): boolean {
  if (short.length < 2 || short.length >= long.length) return false;
  const offset = long.length - short.length;
  return short.every((w, i) => w.toLowerCase() === long[offset + i]!.toLowerCase());
}

/**
 * "Scottish Labour Party" for "Labour Party": the words before the shorter name are a place, a
 * country or its demonym, or a word naming a part of a body (BRANCH_QUALIFIERS), so the longer
 * name is a branch of the body, not its full name.
 */
function isBranchOf(long: string[], shortLength: number, placeWords: Set<string>): boolean {
  const extra = long.slice(0, long.length - shortLength);
  // "US Federal Reserve" and "Federal Reserve": a state's own institution, not a branch of it
  if (stateBodyOf(long.join(' ')) === long.slice(extra.length).join(' ')) return false;
  if (extra.every((w) => BRANCH_QUALIFIERS.has(w))) return true;
  const phrase = extra.join(' ');
  if (placeWords.has(phrase) || PLACE_NAMES.has(phrase) || WORLD_CITIES.has(phrase)) return true;
  const entry = gazetteer().forms.get(straighten(phrase));
  return !!entry && entry.type === 'Country' && !entry.ambiguous;
}

/** "George W Bush" → "George W. Bush": a middle initial takes its period in the canonical label. */
function withInitialPeriods(label: string): string {
  const words = label.split(' ');
  return words.map((w, i) => (i > 0 && i < words.length - 1 && /^\p{Lu}$/u.test(w) ? `${w}.` : w)).join(' ');
}

/**
 * "Club" for "Paris Club", "Society" for "Society of the Cincinnati": a one-word name that is the
 * head noun of a longer organization name, its last word or the word before its "of".
 */
function isHeadOf(short: string, long: string): boolean {
  return !short.includes(' ') && long.includes(' ') && (long.split(' ').at(-1) === short || headBeforeOf(long) === short) && /^\p{Lu}\p{Ll}/u.test(short);
}

/** "Society" for "Society of the Cincinnati", "Bank" for "Bank of England": a one-word head before "of". */
function headBeforeOf(label: string): string | undefined {
  const w = label.split(' ');
  return w.length >= 3 && w[1] === 'of' && /^\p{Lu}\p{Ll}/u.test(w[0]!) ? w[0] : undefined;
}

function isAcronymOf(short: string, long: string): boolean {
  // (Most names asked about have a space or a lowercase second letter: no need for the pattern.)
  if (short.length < 2 || short.length > 16 || short.includes(' ') || isAsciiLower(short.charCodeAt(1))) return false;
  if (!/^[\p{Lu}.&]{2,8}$/u.test(short)) return false;
  const initials = initialsOf(long);
  const bare = short.replace(/[.&]/g, '');
  if (initials.length >= 2 && initials === bare) return true;
  // "FBI" for "US Federal Bureau of Investigation": the country before a state's institution is not in its initials
  const body = stateBodyOf(long);
  return !!body && initialsOf(body) === bare && bare.length >= 2;
}

/**
 * "US Federal Reserve" → "Federal Reserve", "U.S. Department of Justice" → "Department of Justice": the name of a state's
 * institution after the country's name or short form that opens it (entity-cues: STATE_BODY_HEADS), or undefined.
 */
function stateBodyOf(label: string): string | undefined {
  const words = label.split(' ');
  if (words.length < 2) return undefined;
  for (let n = 1; n <= 2 && n < words.length; n++) {
    // (the first word itself, not a one-word slice joined)
    const opening = n === 1 ? words[0]! : words.slice(0, n).join(' ');
    const entry = gazetteer().forms.get(straighten(opening));
    // ("US" is ambiguous with "us" only in lowercase running text)
    if (!entry || entry.type !== 'Country' || entry.form !== 'name' || (entry.ambiguous && !/^\p{Lu}{2,3}$/u.test(opening))) continue;
    const rest = words.slice(n);
    // the head is the last word, or the word before the first "of" or "for" ("Federal Bureau of Investigation")
    const linked = rest.findIndex((w) => w === 'of' || w === 'for');
    if (STATE_BODY_HEADS.has(rest[linked > 0 ? linked - 1 : rest.length - 1]!)) return rest.join(' ');
  }
  return undefined;
}

/** "UN" of "United Nations": the first letters of a name's capitalized words, less "of", "the"... */
function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !/^(?:of|and|for|the|de|la|du)$/i.test(w))
    .map((w) => w[0])
    .join('');
}

/**
 * The keys under which an organization `name` may refer back to (orgKeys in cluster): as a head
 * word ("the Club"), a suffix of two or more words either way (the last two words agree), an
 * acronym of the earlier name, or the name the earlier acronym stands for.
 */
function orgLookupKeys(name: string): string[] {
  const w = name.toLowerCase().split(' ');
  const keys = [w.length === 1 ? `1:${w[0]}` : `2:${w.slice(-2).join(' ')}`, `i:${name.replace(/[.&]/g, '')}`, `l:${initialsOf(name)}`];
  // "US Federal Bureau of Investigation" after "FBI"
  const body = w.length > 1 ? stateBodyOf(name) : undefined;
  if (body) keys.push(`l:${initialsOf(body)}`);
  return keys;
}

/** Maps a UTF-16 offset to the index of the token containing it (or the next token). */
export function tokenIndexer(tokens: Token[]): (offset: number) => number {
  const last = Math.max(tokens.length - 1, 0);
  return (offset) => Math.min(firstEndingAfter(tokens, offset), last);
}

/** The entity a dateline names: a known country, or a place ("LOS ANGELES" → Los Angeles). */
export function datelineEntity(index: EntityIndex, dateline: string): string | undefined {
  const words = dateline.split(/\s+/).filter(Boolean);
  if (!words.length) return undefined;
  const g = gazetteer();
  const entry = g.forms.get(words.map(straighten).join(' '));
  if (entry && entry.form === 'name') {
    const country = g.countries.get(entry.key);
    const org = g.organizations.get(entry.key);
    if (!index.entities.has(entry.key)) {
      index.entities.set(entry.key, { key: entry.key, type: entry.type, label: country?.label ?? org?.label ?? dateline, aliases: new Set(), ...(country ? { wikidata: country.wikidata, iso2: country.iso2 } : {}) });
    }
    index.entities.get(entry.key)!.aliases.add(dateline);
    return entry.key;
  }
  const label = expandRegionAbbreviation(dateline) ?? words.map((w) => (/^\p{Lu}+$/u.test(w) && w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w)).join(' ');
  const key = `place/${slugify(label)}`;
  if (!index.entities.has(key)) index.entities.set(key, { key, type: 'Place', label, aliases: new Set() });
  index.entities.get(key)!.aliases.add(dateline);
  return key;
}
