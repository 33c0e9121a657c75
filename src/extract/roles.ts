// Offices the text states, for governments and every other body: "French President Emmanuel
// Macron", "Telewest chief executive Eric Tveter", "Joaquin Almunia, the European Union's monetary
// affairs commissioner", "Philip Snalune, director of products at Telewest", "Adam Thomas, an
// analyst at research firm Informa Media", "Tory shadow home secretary David Davis".
//
// Two steps. First each phrase is read for a title and, when the phrase names one, its owner
// (a country, an organization, a party). Then an office whose phrase names no owner takes one
// from its context, by structure only: the body "the company's" or "its" refers back to, the
// subject of the sentence or of the one before, the article's headline or lead, the dateline's
// country. Each step has a rule id (src/extract/rules.ts), so a wrong owner says how it was chosen.
// Also resolves nominal mentions of office-holders ("Poland's president" → Andrzej Duda) and makes
// person nodes for unnamed ones ("Estonia's foreign minister").

import type { Range } from '../types.js';
import type { Token, Tokenized, Sentence } from '../text/tokenize.js';
import { firstEndingAfter } from '../text/intervals.js';
import { isPossessiveAt } from '../text/possessive.js';
import type { EntityIndex, ResolvedMention } from './entities.js';
import { OFFICE_HEADS, TITLE_HEADS, TITLE_MODIFIERS, TITLE_PREFIXES } from './lexicon.js';
import { MONTH_NAMES, MONTHS, WEEKDAY_NAMES, WEEKDAYS } from './lexicon/time.js';
import { COMMON_PREPOSITIONS } from './lexicon/function-words.js';
import { isPartyStateTag, isUsState } from './lexicon/regions.js';
import { SAYING_FORMS } from './lexicon/speech.js';
import { PURPOSE_HEADS, PLACE_NAMES, WORLD_CITIES, MORE_FACILITY_HEADS, GIVEN_NAMES } from './entity-cues.js';
import { ABBREVIATED_SECOND_WORDS, ABSENT_OFFICES, ADDRESS_TITLES, BODY_TO_BE, LEGISLATOR_ABBREVIATIONS, OFFICE_ABBREVIATIONS, PLURAL_LEGISLATOR_ABBREVIATIONS, US_CHAMBERS, CABINET_SECRETARY_COUNTRIES, MONARCHIES, JOINED_PORTFOLIO_WORDS, NOT_CABINET_PORTFOLIOS, APPOINTMENT_POSTS, INSTITUTION_COUNTRIES, TEAM_HEADS, PORTFOLIO_TITLE_HEADS, SINGLE_WORD_OWNER_HEADS, CHAMBER_OF_HEAD, CORPORATE_HEADS, COURT_NAME, HEADS, NAMED_OWNER_NOUNS, OFFICE_COUNTRIES, PORTFOLIO_WORDS, ROLE_MODIFIERS, ROLE_PREFIXES, KIND_MODIFIERS, KIND_PHRASES, LEGISLATURE_NAME, NOT_LEGISLATURE_NAME, NOT_OFFICES, OWNER_NOUNS, PART_NOUNS, PARTIES, PARTY_FORMS, PARTY_NAME, TITLE_STOPS, TOP_COMPANY_OFFICES, NATION_DEMONYMS, IN_CHIEF_HEADS, type OwnerKind } from './roles/titles.js';
import { slugify } from './names.js';
import { KNOWN_ORGANIZATIONS } from './ner/lexicon.js';
import { gazetteer, straighten, type GazetteerEntry } from './gazetteer.js';
import type { RuleId } from './rules.js';

export interface RoleRecord {
  person: string;
  title: string;
  of?: string;
  evidence: Range;
  rule: RuleId;
  /**
   * Read to resolve speakers and givers, but not output: "a Treasury spokesman" is no office of one named
   * person, and "chairman Bob Smith" with no body the text names is half a fact (a role is a title of a
   * country or organization; without one it says nothing the graph can join).
   */
  silent?: boolean;
}

/** What the article says around its text: the dateline's entity and the headline's range. */
export interface RoleContext {
  dateline?: string;
  datelineText?: string;
  headline?: Range;
  /** Owner rules left out, to measure what each one gains (scripts/eval-roles.ts); none at run time. */
  without?: ReadonlySet<RuleId>;
}

/** Lowercase words between an owner and a title that are no field of the office: verbs, "of", "counterpart". */
const FIELD_STOPS = new Set(['of', 'and', 'or', 'met', 'said', 'told', 'made', 'gave', 'led', 'left', 'held', 'saw', 'won', 'sent', 'paid', 'put', 'set', 'cut', 'hit', 'let', 'got', 'became', 'came', 'went', 'beat', 'chose', 'took', 'counterpart', 'counterparts', 'colleague', 'colleagues', 'rival', 'rivals', 'ally', 'allies', 'friend', 'classic']);
const ROYAL_HEADS = new Set(['king', 'queen', 'prince', 'princess', 'emperor']);
/** Words of a candidate's campaign: a name beside them is a person's even before a company office's head ("Trump's campaign manager"). */
const CAMPAIGN_WORDS = new Set(['campaign', 'campaigns']);
/** A title without its time and state words: "former chief executive" → "chief executive". */
/** A title that says its holder held it before: "former President", "ex-chairman", "the late King", "then-Governor". */
const PAST_TITLE = /^(?:former|ex|late|then)\b/i;
const bareTitle = (title: string) => title.toLowerCase().replace(/\s+/g, ' ').replace(/^(?:former|ex|late|then|acting|interim|outgoing|incoming|new)\s+/, '');
/** A value computed on first use: most articles never need the article-wide owner cues. */
function memo<T>(compute: () => T): () => T {
  let done = false;
  let value: T | undefined;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
}

const OWNER_PRONOUNS = new Set(['its', 'their']);
const DETERMINERS = new Set(['the', 'a', 'an']);
/** Words after a party's name that make it no modifier of a noun: "Labour has", "Labour and the Tories", "the Tory party". */
const NOT_NOUN_AFTER_PARTY = new Set([...COMMON_PREPOSITIONS, 'and', 'or', 'but', 'of', 'as', 'that', 'who', 'which', 'whose', 'party', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'should', 'could', 'can', 'may', 'might', 'must', 'does', 'do', 'did', 'says', 'said']);
/**
 * What a party proposes, runs or holds, as against who belongs to it ("team", "MP", "supporters"): a party named as
 * their modifier ("controversial Labour plans", "the safest Labour seats") is the topic, not a holder's party.
 */
const PARTY_TOPIC_NOUNS = new Set(['plan', 'plans', 'policy', 'policies', 'proposal', 'proposals', 'bill', 'bills', 'scheme', 'schemes', 'campaign', 'campaigns', 'manifesto', 'pledge', 'pledges', 'promise', 'promises', 'poster', 'posters', 'government', 'administration', 'seat', 'seats', 'record', 'failure', 'failures', 'tax', 'taxes', 'cuts', 'spending', 'sums', 'claims', 'budget', 'strategy', 'tactics', 'slogan', 'victory', 'defeat', 'majority', 'stronghold', 'heartland', 'heartlands', 'rule', 'reform', 'reforms']);
/** Words before a party's name that may open its clause: "said Labour plans to ...", "that Labour plans ...". */
const NOT_MODIFIER_BEFORE_PARTY = new Set([...SAYING_FORMS, 'and', 'or', 'but', 'that', 'if', 'when', 'while', 'because', 'as', 'since', 'unless', 'whether', 'where', 'how', 'why', 'what', 'after', 'before', 'until', 'though', 'although']);
const ENVOYS = new Set(['ambassador', 'envoy', 'representative', 'delegate']);
const NAME_SUFFIXES = new Set(['jnr', 'jr', 'jr.', 'snr', 'sr', 'sr.']);
/** Words that open a sentence before its subject: "But Acme said", "Meanwhile, Acme ...". */
const CONNECTIVES = new Set(['but', 'and', 'however', 'meanwhile', 'today', 'yesterday', 'also', 'still', 'now', 'so', 'yet', 'separately', 'earlier', 'later']);
/** Words beside a head that make another office of it: "vice president", "former chairman", "deputy governor". */
const OTHER_OFFICE_WORDS = new Set(['vice', 'deputy', 'lieutenant', 'assistant', 'associate', 'under', 'co', 'acting', 'interim', 'former', 'ex', 'late', 'then', 'outgoing', 'incoming', 'honorary', 'emeritus', 'shadow', 'junior', 'elect', 'designate', 'prime', 'first', 'second', 'general', 'crown']);
/** Adverbs between a name and its title: "X, also a former president", "X, who is currently chairman". */
/** Lowercase words before an office that say which or whose, not its field: "its own director", "the same minister". */
const NOT_FIELD_WORDS = new Set(['own', 'only', 'same', 'other', 'another', 'each', 'every', 'any', 'some', 'no', 'all', 'both', 'this', 'that', 'these', 'those', 'which', 'whose', 'what', 'his', 'her', 'my', 'our', 'your', 'one', 'two', 'three', 'whom', 'such', 'very', 'just', 'even', 'ex', 'likely', 'possible', 'sole', 'real', 'de', 'facto', 'nominal', 'actual', 'true', 'effective', 'unofficial', 'official', 'popular', 'young', 'old', 'good', 'great', 'big', 'key', 'powerful', 'influential', 'respected', 'well-known', 'outspoken', 'controversial', 'charismatic', 'veteran', 'retiring', 'sitting', 'current', 'present', 'previous', 'future', 'prospective', 'would-be', 'fellow', 'to', 'him', 'them', 'us', 'they', 'he', 'she', 'it', 'we', 'i', 'you', 'was', 'were', 'be', 'been', 'being', 'are', 'not', 'then', 'is']);
const ADVERBS = new Set(['also', 'currently', 'now', 'still', 'already', 'previously', 'formerly', 'once', 'briefly', 'later', 'subsequently']);
/** Verbs that give someone an office: "has been named chairman", "elected X chairman". */
const APPOINTED = new Set(['named', 'appointed', 'elected', 'made', 'promoted', 'chosen', 'nominated', 'confirmed', 'installed', 'reappointed', 're-elected']);
/** Words of time that end a title's phrase: "chairman of Acme last year", not a department "last year". */
const TEMPORAL = new Set(['last', 'next', 'this', 'year', 'years', 'month', 'months', 'week', 'weeks', 'ago', 'earlier', 'later', 'today', 'yesterday', 'tomorrow', 'recently', 'then', 'now', 'since', 'until', 'previously', 'before']);
/** Verbs of leaving, serving or taking over an office, before "as" + the title: "quit as", "stepped down as", "took over as". */
const LEAVING = new Set(['quit', 'quits', 'resigned', 'resigns', 'resign', 'retired', 'retires', 'retire', 'served', 'serves', 'serve', 'stepped', 'steps', 'step', 'stood', 'stands', 'stand', 'took', 'takes', 'take', 'taken', 'remained', 'remains', 'remain', 'stayed', 'stays', 'stay', 'continued', 'continues', 'continue']);
const APPOINTING = new Set(['named', 'names', 'name', 'appointed', 'appoints', 'appoint', 'elected', 'elects', 'elect', 'nominated', 'nominates', 'nominate', 'hired', 'hires', 'hire', 'promoted', 'promotes', 'promote', 'installed', 'installs', 'install', 'reappointed', 're-elected', 'recruited', 'recruits', 'recruit']);
/** Nouns of holding, entering or leaving an office, before "as" + the title: "X's future as manager", "the exit of X as chairman". */
const TENURE_NOUNS = new Set(['future', 'tenure', 'time', 'spell', 'stint', 'term', 'reign', 'career', 'role', 'position', 'job', 'exit', 'departure', 'resignation', 'appointment', 'dismissal', 'sacking', 'removal', 'election', 're-election', 'nomination', 'ouster', 'retirement', 'replacement', 'confirmation', 'reappointment']);
/** Months and days, capitalized like names: "In May chairman X said" is no "May Department Stores". */
const CALENDAR_WORDS = new Set<string>([...MONTH_NAMES, ...WEEKDAY_NAMES]);
/** Words of many bodies' names, which name none of them alone. */
const GENERIC_NAME_WORDS = new Set(['Corp', 'Corporation', 'Inc', 'Company', 'Group', 'Holdings', 'Bank', 'International', 'National', 'Ltd', 'Plc', 'PLC', 'Limited', 'American', 'British', 'United', 'General', 'First', 'Federal', 'Trust', 'Association', 'Council', 'Party', 'Union', 'Committee', 'Board', 'Commission', 'Ministry', 'Department', 'Office', 'Agency', 'Fund', 'Foundation', 'Institute', 'University', 'College', 'Society', 'Systems', 'Industries', 'Securities', 'Financial', 'Capital', 'Partners', 'Services', 'Technologies', 'Energy', 'Airlines', 'News', 'Times', 'Post', 'Daily', 'Club', 'City', 'State', 'New', 'North', 'South', 'East', 'West', 'World', 'Global', 'Central', 'Reserve', 'Royal', 'Republican', 'Democratic', 'Labour', 'Conservative', 'Liberal', 'The']);
/** Words that open the clause after a title's phrase: "minister for industry and trade said", "... who resigned". */
const CLAUSE_AFTER_TITLE = new Set<string>([...SAYING_FORMS, 'who', 'whose', 'which', 'is', 'was', 'has', 'had', 'will', 'would']);
/** Verbs of entering a body, before the body and "as" + the title: "X joined Acme as chief executive". */
const JOINING = new Set(['joined', 'joins', 'join', 'rejoined', 'rejoins', 'rejoin']);
/**
 * Verbs whose object held the office named after "as": "sacked X as shadow foreign minister", "succeed X
 * as manager", "replaced X as chairman".
 */
const DISPLACING = new Set(['sacked', 'sacks', 'sack', 'fired', 'fires', 'fire', 'dismissed', 'dismisses', 'dismiss', 'ousted', 'ousts', 'oust', 'replaced', 'replaces', 'replace', 'succeeded', 'succeeds', 'succeed', 'removed', 'removes', 'remove']);
/** Of the displacing verbs, those whose subject takes the office: "X will succeed Y as chairman", "X replaced Y as chief executive". */
const SUCCEEDING = new Set(['replaced', 'replaces', 'replace', 'succeeded', 'succeeds', 'succeed']);
/** Words between a successor and the verb of succeeding: "X will", "X has been named to", "X is expected to". */
const SUCCESSION_AUX = new Set(['will', 'would', 'shall', 'is', 'was', 'has', 'had', 'have', 'been', 'be', 'to', 'also', 'named', 'chosen', 'appointed', 'elected', 'picked', 'set', 'due', 'expected', 'hired', 'nominated']);
/** Past participles whose subject held the office named after "as": "X was sacked as coach of Y", "X has been replaced as chairman". */
const DISPLACED = new Set(['sacked', 'fired', 'dismissed', 'ousted', 'replaced', 'succeeded', 'removed', 'axed', 'deposed']);
/** Before "to become" / "to be": "X is to become chairman", "X is set to become", "X was expected to be named". */
const ABOUT_TO = new Set(['set', 'due', 'expected', 'likely', 'poised', 'tipped', 'slated', 'going']);
/** Offices of a state, province or city, whose owner may be a place: "Governor Robert Orr of Indiana". */
const REGIONAL_HEADS = new Set(['governor', 'mayor', 'premier']);
// Company offices besides roles/titles.ts CORPORATE_HEADS whose owner after "of" may be a company read as a place.
const PLACE_READ_COMPANY_HEADS = new Set(['president', 'director']);
const LOCATIVE_BEFORE = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'outside', 'inside', 'across', 'around', 'throughout', 'via']);
// Heads of site names: "Heathrow Airport" is a place whatever list it is on.
const SITE_HEADS: ReadonlySet<string> = new Set([...MORE_FACILITY_HEADS, 'Palace', 'Square', 'Street', 'Airport', 'Stadium', 'Bridge', 'Castle', 'Park', 'Tower', 'Road', 'Station', 'River', 'Lake', 'Island', 'Islands', 'Valley', 'Mountain', 'Mountains', 'Sea', 'Port', 'Harbour', 'Harbor', 'Avenue', 'Street']);
/** Prepositions, where the lowercase field words after a title stop; "of" is left out: it joins a title to its owner. */
const PREPOSITIONS = new Set<string>([...COMMON_PREPOSITIONS, 'outside', 'inside', 'throughout', 'versus', 'vs']);
/** Before an owner's name, words that belong to the title: "former U.S. President", "Senior Citibank executive". */
/** Capitalized words that are not names: a title after them may still take its owner from context. */
const COMMON_CAPITALIZED = new Set(['the', 'a', 'an', 'and', 'but', 'or', 'both', 'either', 'neither', 'as', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'to', 'of', ...WEEKDAYS, ...MONTHS, 'i', 'mr', 'mrs', 'ms', 'dr', 'new']);
const PRE_OWNER_WORDS = new Set([...TITLE_PREFIXES, 'senior', 'top']);
const isPrefix = (w: string) => TITLE_PREFIXES.has(w) || ROLE_PREFIXES.has(w) || /^\p{L}+-based$/u.test(w);
// Heads too generic to name an unnamed office-holder on their own ("the French leader" must refer back).
const GENERIC_HEADS = new Set(['leader', 'head', 'chief', 'official', 'boss', 'executive', 'representative', 'officer', 'adviser', 'advisor']);
/** Capitalized words after "of" that name a state's institution or a rank, not a body's name: "President of the Republic". */
const NOT_OWNER_NAMES = new Set(['republic', 'house', 'staff', 'parliament', 'government', 'board', 'directors', 'trustees', 'governors', 'court', 'pr', 'it', 'hr', 'tv', 'ict']);
/** Ranks and fields a body's name may run on into before a title: "World Bank Country Director", "House Majority leader". */
const SPLIT_RANKS = new Set(['country', 'regional', 'majority', 'minority', 'senior', 'associate', 'deputy', 'assistant', 'vice']);
/** Words of a body's name, not of a portfolio: "Ministry", "Party", "Bank". */
const NOT_PORTFOLIO_NAME_WORDS = new Set(['ministry', 'department', 'office', 'party', 'bank', 'fund', 'programme', 'program', 'organisation', 'organization', 'house', 'council']);
/** A company's legal form after its name: "Acme, Inc". */
const CORPORATE_FORMS = new Set(['inc', 'corp', 'co', 'ltd', 'plc', 'llc', 'ag', 'sa', 'nv', 'bv', 'gmbh', 'spa', 'cos', 'corporation', 'company', 'limited']);
/** Last words of a body's name: a "place" that ends in one is an organization ("... Advice Centre", "... Institute"). */
const BODY_NAME_ENDS = new Set(['centre', 'center', 'institute', 'university', 'college', 'school', 'council', 'agency', 'authority', 'association', 'foundation', 'trust', 'society', 'federation', 'union', 'commission', 'committee', 'bank', 'group', 'museum', 'hospital', 'service', 'board', 'corporation', 'company', 'review', 'magazine', 'journal', 'library', 'gallery', 'theatre', 'theater', 'orchestra', 'festival', 'zoo', 'academy', 'laboratory', 'laboratories', 'observatory']);
/** Each institution's form, as printed, and its country. */
/** The US chambers as the story names them: "Senate", "the U.S. House", "United States Congress". */
const US_CHAMBER_NAME = /^(?:the )?(?:(?:U\.?S\.?|United States|American) )?(?:Senate|House(?: of Representatives)?|Congress)$/i;
/** A chamber named by its short form alone: "House", "the House", "U.S. House". */
const BARE_HOUSE = /^(?:the )?(?:U\.?S\.? )?House$/i;
const INSTITUTION_FORMS: ReadonlyMap<string, string> = new Map(INSTITUTION_COUNTRIES.flatMap((c) => c.forms.map((f) => [f, c.country] as [string, string])));
let foldedCapitals: Map<string, GazetteerEntry> | undefined;
/** Accents and case dropped: "BRASILIA" is "Brasília". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
/**
 * The gazetteer's entry for a dateline's place ("MANILA", "BRASILIA"): as printed, else a capital whose name,
 * accents and case dropped, is the dateline's (wire datelines are printed in capitals without accents).
 */
function datelineForm(datelineText: string): GazetteerEntry | undefined {
  const printed = datelineText.split(/\s+/).filter(Boolean).map(straighten).join(' ');
  const entry = gazetteer().forms.get(printed);
  if (entry) return entry;
  if (!foldedCapitals) {
    foldedCapitals = new Map();
    for (const [form, e] of gazetteer().forms) if (e.form === 'capital' && !foldedCapitals.has(fold(form))) foldedCapitals.set(fold(form), e);
  }
  return foldedCapitals.get(fold(printed));
}
/** The first word of each institution's form: the only tokens where a form may start. */
const INSTITUTION_FIRST_WORDS: ReadonlySet<string> = new Set([...INSTITUTION_FORMS.keys()].map((f) => f.split(' ')[0]!));
/** The parts of each institution's country that an article about it may name beside it. */
const INSTITUTION_PARTS: ReadonlyMap<string, ReadonlySet<string>> = new Map(INSTITUTION_COUNTRIES.map((c) => [c.country, new Set(c.parts ?? [])]));
const MAX_PARTY_TOKENS = Math.max(...PARTIES.flatMap((p) => p.forms.map((f) => f.split(' ').length)));

const HEAD_WORDS: ReadonlySet<string> = new Set([...TITLE_HEADS, ...HEADS.keys()].filter((w) => !NOT_OFFICES.has(w)));
const OFFICE_HEAD_WORDS: ReadonlySet<string> = new Set([...OFFICE_HEADS, ...HEADS.keys()].filter((w) => !NOT_OFFICES.has(w)));
const isHead = (w: string) => HEAD_WORDS.has(w);
/** Each kind-changing modifier and the rank of its group in KIND_MODIFIERS (the first group found wins). */
const KIND_RANK: ReadonlyMap<string, number> = new Map(KIND_MODIFIERS.flatMap((g, i) => g.words.map((w) => [w, i] as [string, number])).reverse());
/** One holder at a time per owner: "chairman", "foreign minister", not "spokesman" or "minister". */
const isUnique = (headWord: string, title: string): boolean => {
  const info = HEADS.get(headWord);
  return !!info && (info.unique || (!!info.qualifiedUnique && title.trim().split(/\s+/).length > 1));
};
const isOfficeHead = (w: string) => OFFICE_HEAD_WORDS.has(w);
/** Words that end the charge after "in charge of" / "responsible for": time, place and saying words. */
const CHARGE_FIELD_STOPS = new Set(['since', 'until', 'based', 'here', 'there', 'yesterday', 'today', 'now', 'also', 'then', 'previously', 'formerly']);

/**
 * "House Speaker Paul Ryan" in a story that names the White House: a bare "House" the entity layer took for the
 * White House's short form is the chamber (American usage: "the House" is the House of Representatives), the one
 * the story names or the United States House of Representatives, made an entity.
 */
function houseNotWhiteHouse(text: string, index: EntityIndex, m: ResolvedMention): string | undefined {
  if (!BARE_HOUSE.test(straighten(text.slice(m.start, m.end)))) return undefined;
  const e = index.entities.get(m.entity);
  if (!e || !NOT_LEGISLATURE_NAME.test(e.label)) return undefined;
  const named = [...index.entities.values()].find((x) => x.type === 'Organization' && US_CHAMBER_NAME.test(x.label) && /House/.test(x.label) && !NOT_LEGISLATURE_NAME.test(x.label));
  if (named) return named.key;
  const label = US_CHAMBERS.get('congressman')!;
  const key = `organization/${slugify(label)}`;
  const existing = index.entities.get(key);
  if (existing) return existing.type === 'Organization' ? key : undefined;
  index.entities.set(key, { key, type: 'Organization', label, aliases: new Set() });
  return key;
}

/** An office read from a phrase, before its owner is settled. */
interface Reading {
  person: string;
  title: string;
  of?: string;
  rule: RuleId;
  sentence: number;
  /** Where the title phrase starts: the owner from context is looked for before it. */
  phraseStart: number;
  /** The name's last token: owners after the name are looked for from here. */
  nameEnd: number;
  /** The title's first token. */
  titleFirst: number;
  kind: OwnerKind;
  head: string;
  /** "the company's", "its", "for the bank": a body named earlier owns it. */
  refersBack?: OwnerKind;
  /** The noun that refers back ("bank"): a name-like noun must be in the owner's name. */
  refersNoun?: string;
  /** "president of the national confederation": the owner is described but not named; no guess. */
  ownerUnnamed?: boolean;
  /** "his deputy": the owner of the office held by the person named before. */
  viaPerson?: boolean;
}

/**
 * The place or state inside a hyphenated modifier ("Leeds" of "Leeds-based", "Saudi" of "Saudi-led"): it
 * describes a body, it owns no office, and the readers below see the whole word ("chairman of Leeds-based X").
 */
function insideModifier(m: ResolvedMention, tokens: Tokenized['tokens']): boolean {
  return m.end < tokens[m.endToken - 1]!.end;
}

export function findRoles(text: string, doc: Tokenized, index: EntityIndex, context: RoleContext = {}): RoleRecord[] {
  const { tokens, sentences } = doc;
  const mentionAt = new Int32Array(tokens.length).fill(-1);
  index.mentions.forEach((m, i) => {
    if (insideModifier(m, tokens)) return;
    for (let t = m.firstToken; t < m.endToken; t++) mentionAt[t] = i;
  });
  // The mentions mentionAt indexes, for isTitleWord: it outlives findRoles' own reading (resolveNominals and
  // resolveDefiniteOffices ask it after mentions were added and index.mentions re-sorted, which moves the indices).
  let titleMentions: readonly ResolvedMention[] = index.mentions;
  /**
   * A "the" to step over before a name: not one the recognizer took into the name ("editor for The Washington Post",
   * "publisher of The Federalist"), where the name starts at it.
   */
  const theBefore = (k: number) => lower(k) === 'the' && !(mentionAt[k]! >= 0 && index.mentions[mentionAt[k]!]!.firstToken === k);
  const sentenceOf = sentenceIndexer(sentences, tokens.length);
  const clauseStarts = new Int32Array(sentences.length).fill(-1);
  const lowerCache: string[] = new Array(tokens.length);
  const lower = (t: number) => {
    if (t < 0 || t >= tokens.length) return '';
    if (lowerCache[t] !== undefined) return lowerCache[t]!;
    const w = straighten(tokens[t]!.text).toLowerCase();
    // "Gov." before a name is the governor's office, read as its head; the title keeps the printed form
    const second = ABBREVIATED_SECOND_WORDS.get(w);
    if (second && t > 0 && straighten(tokens[t - 1]!.text).toLowerCase() === second[0] && /^\p{Lu}/u.test(tokens[t + 1]?.text ?? '')) return (lowerCache[t] = second[1]);
    return (lowerCache[t] = OFFICE_ABBREVIATIONS.get(w) !== undefined && /^\p{Lu}/u.test(tokens[t + 1]?.text ?? '') ? OFFICE_ABBREVIATIONS.get(w)! : w);
  };
  const isPossessive = (t: number) => isPossessiveAt(tokens, t);
  // "Trade and Industry Secretary X", "Venezuelan Energy and Mines Minister X": a name the recognizer made of
  // portfolios joined by "and" (a country's word maybe first) right before a capitalized minister's or secretary's
  // title is the title's portfolio, no body; the readers below then see its words as title words.
  for (const m of index.mentions) {
    if (m.type === 'Organization' && m.kind === 'name' && isJoinedPortfolio(m)) for (let t = m.firstToken; t < m.endToken; t++) mentionAt[t] = -1;
  }
  function isJoinedPortfolio(m: ResolvedMention): boolean {
    const next = tokens[m.endToken];
    if (!next || !PORTFOLIO_TITLE_HEADS.has(next.text.toLowerCase())) return false;
    // "U.S. District Court Judge": a court is a body, never a portfolio.
    if (COURT_NAME.test(text.slice(m.start, m.end))) return false;
    let joined = false;
    let plain = true;
    for (let t = m.firstToken; t < m.endToken; t++) {
      const word = tokens[t]!.text;
      const w = word.toLowerCase();
      if (w === 'and' || w === '&') joined = t > m.firstToken;
      else if (word === ',' && t > m.firstToken) continue;
      // "Venezuelan Energy and Mines": a country's word may open it.
      else if (t === m.firstToken && gazetteer().forms.get(straighten(word))?.type === 'Country') continue;
      else if (!/^\p{Lu}\p{Ll}+$/u.test(word) || BODY_NAME_ENDS.has(w) || CORPORATE_FORMS.has(w) || NOT_PORTFOLIO_NAME_WORDS.has(w) || PARTY_FORMS.has(w)) return false;
      else if (!JOINED_PORTFOLIO_WORDS.has(w)) plain = false;
    }
    if (joined && plain && /^\p{Lu}/u.test(next.text)) return true;
    // "Civil Aviation minister", "Constitutional Affairs Minister": capitalized words no body's, named nowhere else
    // in the article, before a minister's or secretary's title are its portfolio; a body is named more than once.
    // Not "United Nations Secretary General": a known body, a word of many bodies' names, or a title going on.
    if (index.entities.get(m.entity)?.wikidata || /^general$/i.test(tokens[m.endToken + 1]?.text ?? '')) return false;
    for (let t = m.firstToken; t < m.endToken; t++) {
      const countryWord = t === m.firstToken && gazetteer().forms.get(straighten(tokens[t]!.text))?.type === 'Country';
      if (!countryWord && GENERIC_NAME_WORDS.has(tokens[t]!.text) && !JOINED_PORTFOLIO_WORDS.has(lower(t))) return false;
    }
    return !index.mentions.some((x) => x !== m && x.entity === m.entity);
  }
  const slice = (a: number, b: number) => text.slice(tokens[a]!.start, tokens[b - 1]!.end).replace(/\s+/g, ' ');
  let counts: Map<string, number> | undefined;
  /** How often the article mentions an entity (counted on first use: most articles never ask). */
  const mentionCount = (key: string): number => {
    if (!counts) {
      counts = new Map();
      for (const m of index.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    }
    return counts.get(key) ?? 0;
  };

  /** A party named by the words ending at token `end` ("Tory", "Lib Dem", "Liberal Democrat"). */
  const partyEndingAt = (end: number, floor: number): { party: (typeof PARTIES)[number]; first: number } | undefined => {
    for (let n = Math.min(MAX_PARTY_TOKENS, end - floor + 1); n >= 1; n--) {
      const words: string[] = [];
      for (let k = end - n + 1; k <= end; k++) words.push(lower(k));
      const party = PARTY_FORMS.get(words.join(' '));
      if (party && /^\p{Lu}/u.test(tokens[end - n + 1]!.text)) return { party, first: end - n + 1 };
    }
    return undefined;
  };
  /** The article's entity for a party: the one it names most, else a new one the title names. */
  // Found once per party: only this adds parties, and only the chosen one gains aliases, so a second search
  // would choose the same (and a long text names parties thousands of times).
  const partyKeys = new Map<(typeof PARTIES)[number], string>();
  const partyEntity = (party: (typeof PARTIES)[number], first: number, end: number): string => {
    const forms = new Set([party.label.toLowerCase(), ...party.forms]);
    let best = partyKeys.get(party);
    let bestScore = best === undefined ? -1 : Infinity;
    for (const e of best === undefined ? index.entities.values() : []) {
      if (e.type !== 'Organization') continue;
      const names = [e.label, ...e.aliases].map((n) => straighten(n).toLowerCase().replace(/^the\s+/, '').replace(/'s$/, ''));
      if (!names.some((n) => forms.has(n))) continue;
      // The full name ("Liberal Democrats") over a short form ("Lib Dem"), then the most mentioned.
      const score = (e.label.toLowerCase() === party.label.toLowerCase() ? 1000 : 0) + mentionCount(e.key);
      if (score > bestScore) {
        best = e.key;
        bestScore = score;
      }
    }
    const surface = slice(first, end + 1);
    if (!best) {
      best = `organization/${slugify(party.label)}`;
      if (!index.entities.has(best)) index.entities.set(best, { key: best, type: 'Organization', label: party.label, aliases: new Set() });
    }
    partyKeys.set(party, best);
    if (surface !== index.entities.get(best)!.label) index.entities.get(best)!.aliases.add(surface);
    if (mentionAt[first] === -1) addedMentions.push({ start: tokens[first]!.start, end: tokens[end]!.end, firstToken: first, endToken: end + 1, entity: best, type: 'Organization', kind: 'alias' });
    return best;
  };
  const addedMentions: ResolvedMention[] = [];
  /** The article's entity for the nation a demonym at token t names, made when the article names it only so. */
  const nationEntity = (t: number): string => {
    const nation = NATION_DEMONYMS.get(tokens[t]!.text)!;
    const key = `country/${slugify(nation.label)}`;
    if (!index.entities.has(key)) index.entities.set(key, { key, type: 'Country', label: nation.label, aliases: new Set(), wikidata: nation.wikidata });
    index.entities.get(key)!.aliases.add(tokens[t]!.text);
    addedMentions.push({ start: tokens[t]!.start, end: tokens[t]!.end, firstToken: t, endToken: t + 1, entity: key, type: 'Country', kind: 'demonym' });
    return key;
  };
  /**
   * A country named by the one or two unmentioned words ending at token t ("Malaysian", "South Korean"), its
   * entity made when the article names it only so: the recognizer may take such a word into a longer name it
   * then drops ("Malaysian Primary Industries").
   */
  const countryWordsEndingAt = (t: number, floor: number): { key: string; first: number } | undefined => {
    for (let n = 2; n >= 1; n--) {
      const first = t - n + 1;
      if (first < floor) continue;
      let covered = false;
      for (let k = first; k <= t; k++) if (mentionAt[k] !== -1 || !/^\p{Lu}/u.test(tokens[k]!.text)) covered = true;
      if (covered) continue;
      const surface = slice(first, t + 1);
      const entry = gazetteer().forms.get(straighten(surface));
      if (entry?.type !== 'Country' || entry.ambiguous || (entry.form !== 'demonym' && entry.form !== 'name')) continue;
      const record = gazetteer().countries.get(entry.key);
      if (!record) continue;
      if (!index.entities.has(entry.key)) index.entities.set(entry.key, { key: entry.key, type: 'Country', label: record.label, aliases: new Set(), ...(record.wikidata ? { wikidata: record.wikidata } : {}), iso2: record.iso2 });
      const entity = index.entities.get(entry.key)!;
      if (entity.type !== 'Country') return undefined;
      if (surface !== entity.label) entity.aliases.add(surface);
      addedMentions.push({ start: tokens[first]!.start, end: tokens[t]!.end, firstToken: first, endToken: t + 1, entity: entry.key, type: 'Country', kind: entry.form === 'demonym' ? 'demonym' : 'name' });
      return { key: entry.key, first };
    }
    return undefined;
  };
  /** "shadow home secretary", "opposition leader": a title word from `first` to `last` makes the office a party's. */
  const isPartyOffice = (first: number, last: number): boolean => {
    for (let j = first; j <= last && j < tokens.length; j++) if (KIND_RANK.get(lower(j)) === 0) return true;
    return false;
  };
  /**
   * "Constitutional Affairs Minister", "Malaysian Primary Industries Minister": the first token of the capitalized
   * words no name covers before a capitalized portfolio head's title starting at `first` (roles/titles.ts
   * PORTFOLIO_TITLE_HEADS), up to a country, a party, a prefix or the phrase's start; `first` when there are none.
   */
  const portfolioStart = (first: number, floor: number, headWord: string, headToken: number): number => {
    if (!PORTFOLIO_TITLE_HEADS.has(headWord)) return first;
    // "Tory shadow home secretary": a party's own office keeps the party as its owner.
    const partyOffice = isPartyOffice(first, headToken);
    let k = first;
    // "Labour Minister X": a party's name read as the owner before a government's office is the portfolio.
    const partyWord = (j: number) => mentionAt[j]! >= 0 && index.mentions[mentionAt[j]!]!.firstToken === j && index.mentions[mentionAt[j]!]!.endToken === j + 1 && PARTY_FORMS.has(lower(j));
    while (k - 1 >= floor && k > first - 4 && (mentionAt[k - 1] === -1 || (!partyOffice && partyWord(k - 1))) && /^\p{Lu}\p{Ll}+(?:-\p{L}+)*$/u.test(tokens[k - 1]!.text)) {
      const w = lower(k - 1);
      if (COMMON_CAPITALIZED.has(w) || CONNECTIVES.has(w) || TITLE_STOPS.has(w) || OWNER_PRONOUNS.has(w) || /^(?:his|her|my|our|your|this|these|those)$/.test(w) || isPrefix(w) || PRE_OWNER_WORDS.has(w) || ADDRESS_TITLES.has(w) || (PARTY_FORMS.has(w) && partyOffice) || NATION_DEMONYMS.has(tokens[k - 1]!.text)) break;
      // Before a lowercase head ("Aid minister"), a capitalized word opening the sentence is no portfolio.
      if (k - 1 === floor && !/^\p{Lu}/u.test(tokens[headToken]!.text)) break;
      if (gazetteer().forms.get(straighten(tokens[k - 1]!.text))?.type === 'Country') break;
      // "Appeals Court Judge", "U.S. District Court Judge": a court named before a judge is the office's owner.
      if (COURT_NAME.test(tokens[k - 1]!.text)) break;
      k--;
    }
    // "Economic and Fiscal Policy Minister", "Minerals and Energy Minister", "Mines, Power and Steel Minister", "Federal
    // Resources and Energy Minister": portfolios joined by "and" (and commas before it) to a capitalized title that opens
    // with one (roles/titles.ts JOINED_PORTFOLIO_WORDS), and more of them before the first ("Social Affairs and Labour").
    // A one-word name the recognizer made of such a word ("Posts", "Power") is one too.
    const joinable = (j: number) => {
      if (j < floor || !/^\p{Lu}[\p{Ll}-]+$/u.test(tokens[j]!.text)) return false;
      const m = mentionAt[j]! >= 0 ? index.mentions[mentionAt[j]!]! : undefined;
      if (m && m.type !== 'Country' && m.endToken - m.firstToken === 1 && JOINED_PORTFOLIO_WORDS.has(lower(j))) return true;
      return !m ? JOINED_PORTFOLIO_WORDS.has(lower(j)) || isTitleWord(j) : officeWordsOnly(m) && PORTFOLIO_WORDS.has(lower(j));
    };
    if (k <= first && /^\p{Lu}/u.test(tokens[k]!.text) && /^\p{Lu}/u.test(tokens[headToken]!.text)) {
      let j = k;
      let joined = false;
      while (j - 2 >= floor && ((!joined && (lower(j - 1) === 'and' || lower(j - 1) === '&')) || (joined && tokens[j - 1]!.text === ',')) && joinable(j - 2)) {
        j -= 2;
        joined = true;
      }
      if (joined) for (k = j; k - 1 >= floor && k > j - 2 && joinable(k - 1); ) k--;
    }
    // The words must open the phrase: a country before them, the sentence's start, punctuation or a lowercase word.
    if (k === first) return first;
    const before = k - 1;
    const opens = before < floor || /^[^\p{L}\p{N}]+$/u.test(tokens[before]!.text) || isPossessive(before) || /^\p{Ll}/u.test(tokens[before]!.text) || (mentionAt[before] !== -1 && index.mentions[mentionAt[before]!]!.type === 'Country') || gazetteer().forms.get(straighten(tokens[before]!.text))?.type === 'Country' || NATION_DEMONYMS.has(tokens[before]!.text);
    return opens ? k : first;
  };
  /** An owner mention's entity, with a party's short form ("Lib Dem") mapped to the party the article names. */
  const ownerEntity = (m: ResolvedMention): string => {
    if (m.type !== 'Organization') return m.entity;
    const house = houseNotWhiteHouse(text, index, m);
    if (house) return house;
    const party = PARTY_FORMS.get(straighten(text.slice(m.start, m.end)).toLowerCase().replace(/\s+/g, ' '));
    return party ? partyEntity(party, m.firstToken, m.endToken - 1) : m.entity;
  };

  /**
   * "Sen. Jake Garn (R-Utah)", "Rep. Ed Markey, D-Mass,": a US legislator's party and state, which the recognizer may read as a body;
   * it owns no office (the senator's is the Senate's, a chairman's the committee's).
   */
  const partyStateTag = (m: ResolvedMention): boolean => isPartyStateTag(text, m.start, m.end);
  /** A country, organization or place mention covering token t that starts at or after `floor`. */
  const ownerMention = (t: number, floor: number, places = true): ResolvedMention | undefined => {
    const i = mentionAt[t];
    if (i === undefined || i < 0) return undefined;
    const m = index.mentions[i]!;
    if (m.firstToken < floor || m.kind === 'pronoun' || partyStateTag(m)) return undefined;
    return m.type === 'Country' || m.type === 'Organization' || (places && m.type === 'Place') ? m : undefined;
  };
  /**
   * "Chrysler chairman Lee Iacocca", "an analyst with Smith Barney": a name read as a person's that owns
   * a company office is the company's. The entity becomes an organization, every mention with it,
   * unless the article treats it as a person elsewhere (a title of address, a pronoun, an office).
   */
  // The organizations the article names, by each distinctive word of their names ("Scherer" of "R.P. Scherer
  // Corp"), for a body later named by that word alone, which no recognizer reads; a word two bodies or a
  // person or place share names none. Made on first use.
  let byWord: Map<string, string | null> | undefined;
  const organizationByWord = (t: number, alone = false): string | undefined => {
    const word = tokens[t]!.text;
    if (mentionAt[t] !== -1 || !/^\p{Lu}[\p{L}-]{2,}$/u.test(word) || GENERIC_NAME_WORDS.has(word) || CALENDAR_WORDS.has(word)) return undefined;
    // "Scottish Finance Minister" after "the Scottish Tourist Board": a country's name or demonym opening a body's name
    // stays the country's where it stands alone (the recognizer may have left it unlinked).
    if (NATION_DEMONYMS.has(word) || gazetteer().forms.get(straighten(word))?.type === 'Country') return undefined;
    // "shadow Constitutional Affairs Secretary", "Ex-Downing Street media chief": a word inside a longer name is no short form
    // (unless the caller knows the word stands alone: "chairman of Dallas-based Sabine").
    if (!alone && t > 0 && /^\p{Lu}/u.test(tokens[t - 1]!.text) && sentenceOf(t - 1) === sentenceOf(t)) return undefined;
    if (!byWord) {
      byWord = new Map();
      const note = (w: string, key: string | null) => byWord!.set(w, byWord!.has(w) && byWord!.get(w) !== key ? null : key);
      for (const x of index.mentions) {
        if (x.kind !== 'name' || mentionAt[x.firstToken] === -1) continue;
        for (let k = x.firstToken; k < x.endToken; k++) note(tokens[k]!.text, x.type === 'Organization' ? x.entity : null);
      }
    }
    return byWord.get(word) ?? undefined;
  };
  /**
   * Makes a name's entity the organization of the same label (every mention of it follows), unless another
   * entity of another type holds that key; the mention, or undefined when it cannot.
   */
  const retypeAsOrganization = (m: ResolvedMention, entity: { label: string; aliases: Set<string> }): ResolvedMention | undefined => {
    const key = `organization/${slugify(entity.label)}`;
    if (index.entities.has(key) && index.entities.get(key)!.type !== 'Organization') return undefined;
    if (!index.entities.has(key)) index.entities.set(key, { key, type: 'Organization', label: entity.label, aliases: new Set(entity.aliases) });
    index.entities.delete(m.entity);
    const old = m.entity;
    for (const other of index.mentions) {
      if (other.entity !== old) continue;
      other.entity = key;
      other.type = 'Organization';
    }
    return m;
  };
  /** Whether the person mention at token t is of someone whose full name opens with a given name ("Hillary Clinton"). */
  const personByGivenName = (t: number): boolean => {
    const i = mentionAt[t] ?? -1;
    const e = i >= 0 ? index.entities.get(index.mentions[i]!.entity) : undefined;
    return !!e && [e.label, ...e.aliases].some((n) => GIVEN_NAMES.has(n.split(/\s+/)[0]!));
  };
  const companyReadAsPerson = (t: number, floor: number, headWord: string, described = false): ResolvedMention | undefined => {
    if (!CORPORATE_HEADS.has(headWord) && !described) return undefined;
    const i = mentionAt[t];
    if (i === undefined || i < 0) return undefined;
    const m = index.mentions[i]!;
    if (m.type !== 'Person' || m.kind !== 'name' || m.firstToken < floor || m.endToken - m.firstToken > 4) return undefined;
    const entity = index.entities.get(m.entity);
    if (!entity || readings.some((r) => r.person === m.entity)) return undefined;
    for (const other of index.mentions) {
      if (other.entity !== m.entity) continue;
      if (other.kind === 'pronoun' || ADDRESS_TITLES.has(lower(other.firstToken - 1))) return undefined;
    }
    // "Corey Lewandowski, Trump's campaign manager", "chief strategist for Obama's campaigns": a campaign is a
    // candidate's, so the name beside it is a person's, not a company's
    for (let k = Math.max(0, m.firstToken - 6); k < Math.min(tokens.length, m.endToken + 6); k++) if (CAMPAIGN_WORDS.has(lower(k)) && sentenceOf(k) === sentenceOf(m.firstToken)) return undefined;
    return retypeAsOrganization(m, entity);
  };
  /**
   * "chief executive of Metrojaya", "president of Lions Gate": after "of", a company office's owner the recognizer
   * took for a place that no list of places knows (towns, regions, countries, no site's head) and the article never
   * puts after a locative word ("in", "at", "near", "from") is the company; retyped as one.
   */
  const companyReadAsPlace = (t: number, headWord: string): ResolvedMention | undefined => {
    if (!CORPORATE_HEADS.has(headWord) && !PLACE_READ_COMPANY_HEADS.has(headWord)) return undefined;
    const i = mentionAt[t];
    if (i === undefined || i < 0) return undefined;
    const m = index.mentions[i]!;
    if (m.type !== 'Place' || m.kind !== 'name' || m.firstToken !== t || m.endToken - m.firstToken > 3) return undefined;
    const entity = index.entities.get(m.entity);
    if (!entity) return undefined;
    const forms = [entity.label, ...entity.aliases];
    if (NOT_OWNER_NAMES.has(entity.label.toLowerCase()) || forms.some((f) => PLACE_NAMES.has(f) || WORLD_CITIES.has(f) || SITE_HEADS.has(f.split(/\s+/).at(-1)!))) return undefined;
    // ("president of Palo Alto, Calif.-based Adobe": the town of a body named after it)
    for (const other of index.mentions) {
      if (other.entity !== m.entity) continue;
      if (LOCATIVE_BEFORE.has(lower(other.firstToken - 1))) return undefined;
      for (let k = other.endToken - 1; k < other.endToken + 5 && k < tokens.length; k++) if (/-?based$/i.test(tokens[k]!.text) && /-$|-based$/.test(tokens[k - 1]!.text + tokens[k]!.text)) return undefined;
    }
    return retypeAsOrganization(m, entity);
  };
  /** "Treasury", "Agriculture", "Foreign Trade": a name the recognizer made of office words is part of the title. */
  const officeWordsOnly = (m: ResolvedMention): boolean => {
    if (m.type === 'Country') return false;
    for (let t = m.firstToken; t < m.endToken; t++) if (!PORTFOLIO_WORDS.has(lower(t))) return false;
    return !PARTY_FORMS.has(straighten(text.slice(m.start, m.end)).toLowerCase().replace(/\s+/g, ' '));
  };
  /**
   * A body named after a country's or body's possessive that owns the office itself ("Germany's Deutsche Bank",
   * "the UN's World Food Programme"): an organization, no party ("London's Labour mayor"), with a word of its own
   * ("Brazil's Central Bank" is the country's, by words many banks share).
   */
  const namedBodyAfterPossessive = (m: ResolvedMention): boolean => {
    if (m.type !== 'Organization' || officeWordsOnly(m)) return false;
    const label = index.entities.get(m.entity)?.label ?? '';
    if (PARTY_NAME.test(label) || PARTY_FORMS.has(label.toLowerCase())) return false;
    for (let t = m.firstToken; t < m.endToken; t++) if (/^\p{Lu}/u.test(tokens[t]!.text) && !GENERIC_NAME_WORDS.has(tokens[t]!.text)) return true;
    return false;
  };
  const isTitleWord = (t: number) => {
    if (t < 0 || t >= tokens.length) return false;
    const i = mentionAt[t]!;
    if (i >= 0) {
      const m = titleMentions[i]!;
      // "Director General" read as a person's name is a title; so is "Chief Economist" read as the magazine.
      const afterModifier = m.firstToken > 0 && mentionAt[m.firstToken - 1] === -1 && TITLE_MODIFIERS.has(lower(m.firstToken - 1));
      if (m.type === 'Person' ? !titleWordsOnly(m) : !officeWordsOnly(m) && !(afterModifier && titleWordsOnly(m)) && !titleOfPortfolio(m)) return false;
    }
    const w = lower(t);
    return isHead(w) || TITLE_MODIFIERS.has(w) || ROLE_MODIFIERS.has(w) || inChief(t);
  };
  /**
   * "chief UK economist at Acme", "senior U.S. strategist": a country between a rank and a company's office names the
   * market the holder covers, a word of the title; the body after "at" owns it (a government's office, "chief US
   * negotiator", is the country's).
   */
  const marketInTitle = (m: ResolvedMention): boolean =>
    m.type === 'Country' && m.firstToken > 0 && mentionAt[m.firstToken - 1] === -1 && TITLE_MODIFIERS.has(lower(m.firstToken - 1))
    && mentionAt[m.endToken] === -1 && HEADS.get(lower(m.endToken))?.owner === 'organization';
  /** The "in" of "editor in chief": one office with its head, not a preposition that ends the title. */
  const inChief = (t: number) => lower(t) === 'in' && lower(t + 1) === 'chief' && IN_CHIEF_HEADS.has(lower(t - 1));

  /** "Minister of Finance" read as a body's name: an office head and the portfolio words after it. */
  const titleOfPortfolio = (m: ResolvedMention): boolean => {
    if (m.type !== 'Organization' || !isHead(lower(m.firstToken)) || lower(m.firstToken + 1) !== 'of') return false;
    for (let k = m.firstToken + 2; k < m.endToken; k++) if (!PORTFOLIO_WORDS.has(lower(k)) && !JOINED_PORTFOLIO_WORDS.has(lower(k))) return false;
    return m.endToken - m.firstToken > 2;
  };
  /** A name made of office words only: "General Manager", "Director General". */
  const titleWordsOnly = (m: ResolvedMention): boolean => {
    for (let k = m.firstToken; k < m.endToken; k++) {
      const w = lower(k);
      if (!isHead(w) && !TITLE_MODIFIERS.has(w) && !ROLE_MODIFIERS.has(w)) return false;
    }
    return true;
  };
  /** The owner kind of a title: its modifiers ("shadow", "general", "bank"), else its head. */
  const kindOf = (words: string[], headWord: string): OwnerKind => {
    const phrase = KIND_PHRASES.find((p) => words.some((w, i) => w === p.words[0] && words[i + 1] === p.words[1]));
    if (phrase) return phrase.owner;
    let best = KIND_MODIFIERS.length;
    for (const w of words) if (w !== headWord && !KIND_MODIFIERS[KIND_RANK.get(w) ?? -1]?.except?.includes(headWord)) best = Math.min(best, KIND_RANK.get(w) ?? best);
    return best < KIND_MODIFIERS.length ? KIND_MODIFIERS[best]!.owner : (HEADS.get(headWord)?.owner ?? 'any');
  };
  const headOk = (first: number, end: number): boolean => {
    const w = lower(end - 1);
    if (!isHead(w)) return false;
    const needs = HEADS.get(w)?.needs;
    return !needs || (end - 2 >= first && needs.includes(lower(end - 2)));
  };

  /** A title ending just before token `end`: returns its first token, or -1. */
  const titleBefore = (end: number, floor: number): number => {
    let first = end;
    while (first - 1 >= floor && isTitleWord(first - 1)) first--;
    // "under President Reagan", "to force President Reagan": a lowercase preposition or verb before a capitalized title.
    // "the Office of Management and Budget under President Clinton": the last such word, whatever comes before it.
    for (let k = end - 2; k >= first; k--) {
      if (/^(?:under|force)$/.test(tokens[k]!.text) && /^\p{Lu}/u.test(tokens[k + 1]!.text)) {
        first = k + 1;
        break;
      }
    }
    if (first === end) return -1;
    // The head must be the last word: "Foreign Secretary", not "Secretary Foreign".
    if (!headOk(first, end)) return -1;
    // "president and chief executive officer Morris Moliver": one title as printed.
    if (first - 2 >= floor && lower(first - 1) === 'and' && isTitleWord(first - 2) && isOfficeHead(lower(first - 2))) {
      let k = first - 2;
      while (k - 1 >= floor && isTitleWord(k - 1)) k--;
      // "Both the prime minister and Chancellor X": a conjunct with its own article or "both" is another holder's office.
      if (k - 1 >= floor && (DETERMINERS.has(lower(k - 1)) || lower(k - 1) === 'both')) return first;
      return k;
    }
    return first;
  };

  interface Owner {
    of?: string;
    prefix?: string;
    start: number;
    refersBack?: OwnerKind;
    refersNoun?: string;
    /** "his deputy": the owner of the office of the person named before. */
    viaPerson?: boolean;
    /** "Fair Trials Abroad director": a name the recognizer missed stands for the owner; no guess. */
    ownerUnnamed?: boolean;
  }
  /**
   * The owner before a title, over a field the title words do not cover, when a possessive or "its" opens it:
   * "The UN's emergency relief co-ordinator", "the EU's Humanitarian Aid Commissioner" (capitalized field words
   * before a capitalized title, none of them a name). The field is the title's.
   */
  const ownerOverFieldWords = (first: number, floor: number, headWord: string): { first: number; owner: Owner } => {
    const owner = ownerBefore(first, floor, headWord);
    if (owner.of || owner.refersBack || owner.prefix) return { first, owner };
    const lowerField = (k: number) => /^\p{Ll}[\p{Ll}-]+$/u.test(tokens[k]!.text) && !/(?:ing|ed|ly|est)$/.test(lower(k)) && !TITLE_STOPS.has(lower(k)) && !DETERMINERS.has(lower(k)) && !PREPOSITIONS.has(lower(k)) && !OWNER_PRONOUNS.has(lower(k));
    const capitalField = (k: number) => /^\p{Lu}/u.test(tokens[first]!.text) && /^\p{Lu}\p{Ll}+$/u.test(tokens[k]!.text) && mentionAt[k] === -1 && !COMMON_CAPITALIZED.has(lower(k));
    let k = first - 1;
    let lowercaseOnly = true;
    for (; k >= floor && k >= first - 3 && (lowerField(k) || capitalField(k)); k--) if (!lowerField(k)) lowercaseOnly = false;
    // "UN emergency relief coordinator Jan Egeland": lowercase field words right after a named owner; not a verb
    // ("The Pakistani president met Prime Minister X") nor a description of a royal ("actress Queen Latifah").
    let fieldWords = lowercaseOnly && k < first - 1 && first - 1 - k <= 2;
    for (let j = k + 1; j < first && fieldWords; j++) fieldWords = !FIELD_STOPS.has(lower(j)) && !/[^s]s$/.test(lower(j));
    const namedOwner = fieldWords && !ROYAL_HEADS.has(headWord) && k >= floor && mentionAt[k]! >= 0 && index.mentions[mentionAt[k]!]!.endToken === k + 1;
    // "their cabinet colleagues Foreign Secretary X": words of company ("colleagues", "counterpart") are no field.
    let noStops = true;
    for (let j = k + 1; j < first && noStops; j++) noStops = !FIELD_STOPS.has(lower(j));
    if (k < first - 1 && k >= floor && noStops && (isPossessive(k) || OWNER_PRONOUNS.has(lower(k)) || namedOwner)) {
      const wider = ownerBefore(k + 1, floor, headWord);
      if (wider.of || wider.refersBack || wider.ownerUnnamed) return { first: k + 1, owner: wider };
    }
    // "said courts minister X", "festival director X said", "the sporting director, X": one lowercase word no list
    // holds, opening the phrase (after its start, punctuation, a determiner or a verb of saying), is the office's field.
    const f = first - 1;
    const opener = f - 1 < floor || /^[,;:(“"‘]$/.test(tokens[f - 1]!.text) || DETERMINERS.has(lower(f - 1)) || SAYING_FORMS.includes(lower(f - 1) as (typeof SAYING_FORMS)[number]);
    // A capitalized title ("below Chancellor X") takes no lowercase word; a capital opening the sentence is a field
    // word's only when the article prints the word in lowercase too ("Race director", not "Compaq president").
    const fieldWord = f >= floor && mentionAt[f] === -1 && /^\p{Ll}/u.test(tokens[first]!.text)
      && (/^\p{Ll}[\p{Ll}'’-]+$/u.test(tokens[f]!.text) || (f === floor && /^\p{Lu}\p{Ll}+$/u.test(tokens[f]!.text) && new RegExp(`\\b${lower(f)}\\b`).test(text)))
      && !/(?:ing|ed|ly|est|er)$/.test(lower(f)) && !NOT_FIELD_WORDS.has(lower(f)) && !TITLE_STOPS.has(lower(f)) && !FIELD_STOPS.has(lower(f)) && !PREPOSITIONS.has(lower(f)) && !OWNER_PRONOUNS.has(lower(f))
      && !isPrefix(lower(f)) && !ADVERBS.has(lower(f)) && !TEMPORAL.has(lower(f)) && !CONNECTIVES.has(lower(f)) && !COMMON_CAPITALIZED.has(lower(f)) && !SAYING_FORMS.includes(lower(f) as (typeof SAYING_FORMS)[number]);
    if (fieldWord && opener && !ROYAL_HEADS.has(headWord)) return { first: f, owner };
    return { first, owner };
  };
  /**
   * "ex-Labour", "then-CIA", "Ex-Yukos" (tokens first..end, the first joined to its prefix): the party or the body
   * or country the article names by the rest, if any.
   */
  const prefixedOwner = (first: number, end: number, headWord: string, titleFirst: number): string | undefined => {
    const joined = /^(?:[Ee]x|[Tt]hen|[Ff]ormer)-(\p{Lu}.*)$/u.exec(tokens[first]!.text);
    if (!joined) return undefined;
    const rest = straighten([joined[1]!, ...tokens.slice(first + 1, end).map((x) => x.text)].join(' '));
    const party = PARTY_FORMS.get(rest.toLowerCase());
    // (a party's word before a government's office names the holder's party, as without the prefix: "ex-Tory education
    // secretary", "ex-Conservative chancellor")
    if (party) return HEADS.get(headWord)?.owner !== 'country' && (!PORTFOLIO_TITLE_HEADS.has(headWord) || isPartyOffice(titleFirst, titleFirst + 4)) ? partyEntity(party, first, end - 1) : undefined;
    for (const e of index.entities.values()) {
      if ((e.type === 'Organization' || e.type === 'Country') && (e.label === rest || e.aliases.has(rest))) return e.key;
    }
    return undefined;
  };
  /** The owner and prefix before a title starting at `first`: "former U.S. President", "Poland's President", "the company's". */
  const ownerBefore = (first: number, floor: number, headWord: string): Owner => {
    let t = first - 1;
    let of: string | undefined;
    let refersBack: OwnerKind | undefined;
    let refersNoun: string | undefined;
    let viaPerson = false;
    let ownerUnnamed = false;
    let start = first;
    let prefix: string | undefined;
    // "the party's former treasurer": a prefix between the owner and the title.
    if (t - 1 >= floor && isPrefix(lower(t)) && isPossessive(t - 1)) {
      prefix = tokens[t]!.text;
      t--;
    }
    // "Henkel KGaA <HNKG.F> chairman", "<Morgan Stanley & Co> Managing Director": Reuters' brackets.
    if (t >= floor && tokens[t]!.text === '>') {
      let open = t - 1;
      while (open > floor && open > t - 8 && tokens[open]!.text !== '<') open--;
      if (tokens[open]!.text === '<') t = mentionAt[t - 1]! >= 0 && index.mentions[mentionAt[t - 1]!]!.firstToken > open ? t - 1 : open - 1;
    }
    const possessive = t >= floor && isPossessive(t);
    if (possessive) t--;
    // "Judicial Watch president Tom Fitton": a name read as a person's right before a president's office is a body's; no
    // person has a president (no possessive: "Clinton's ..." is her staff; nor a name that opens with a given name). Not
    // "director": "Kill Bill director Quentin Tarantino" names a film.
    let m = t >= floor ? (ownerMention(t, floor) ?? companyReadAsPerson(t, floor, headWord, !possessive && headWord === 'president' && !personByGivenName(t))) : undefined;
    if (m && !possessive && m.type === 'Country' && HEADS.get(headWord)?.owner === 'organization' && !TEAM_HEADS.has(headWord)) {
      // "UK economist", "European director": before a company's office, a country names a field, not the owner.
      t = m.firstToken - 1;
      m = undefined;
    }
    // "Labour Minister X" (Cyprus), "Tory minister X": a party's word before a government's office is the portfolio's or
    // the holder's party, not the owner (role.portfolio-title keeps it in the title).
    const party = !m && t >= floor && (!PORTFOLIO_TITLE_HEADS.has(headWord) || isPartyOffice(first, first + 4)) ? partyEndingAt(t, floor) : undefined;
    let country: { key: string; first: number } | undefined;
    let joinedOwner: string | undefined;
    const shortForm = !m && !party && t >= floor ? organizationByWord(t) : undefined;
    // "Phillips and Drew senior economist": two names joined by "and" before a company office are one firm's.
    const joinedFirm = m && m.type !== 'Country' && HEADS.get(headWord)?.owner === 'organization' && !possessive ? firmJoinedBefore(m, floor) : undefined;
    if (joinedFirm) {
      of = joinedFirm.key;
      start = joinedFirm.first;
      t = joinedFirm.first - 1;
    } else if (m && (joinedOwner = prefixedOwner(m.firstToken, m.endToken, headWord, first))) {
      // "Ex-Yukos boss", "ex-CIA chief": a prefix the tokenizer joined to a body's name the article knows.
      of = joinedOwner;
      prefix = `${tokens[m.firstToken]!.text.split('-')[0]}-`;
      start = m.firstToken;
      t = m.firstToken - 1;
    } else if (m && m.endToken - m.firstToken > 1 && m.type === 'Organization' && /^\p{Lu}/u.test(tokens[m.firstToken]!.text) && TITLE_PREFIXES.has(lower(m.firstToken)) && organizationNamed(m.firstToken + 1, m.endToken)) {
      // "Former Brightwater Holdings chairman": a prefix the recognizer took into the body's name.
      of = `organization/${slugify(slice(m.firstToken + 1, m.endToken))}`;
      prefix = tokens[m.firstToken]!.text;
      start = m.firstToken;
      t = m.firstToken - 1;
    } else if (m) {
      of = ownerEntity(m);
      start = m.firstToken;
      t = m.firstToken - 1;
      // "The Scottish National Party's Holyrood leader": a name that qualifies the title, after the owner.
      if (!possessive && t - 1 >= floor && isPossessive(t)) {
        const outer = ownerMention(t - 1, floor, false);
        // "Germany's Deutsche Bank chief executive": a body after a country's possessive is the owner itself.
        if (outer && !(outer.type === 'Country' && namedBodyAfterPossessive(m))) {
          of = ownerEntity(outer);
          start = outer.firstToken;
          t = outer.firstToken - 1;
        }
      }
    } else if (shortForm) {
      // "Richard Manoogian, a Scherer director" after "R.P. Scherer Corp": a body by one word of its name.
      of = shortForm;
      start = t;
      t--;
    } else if (party) {
      of = partyEntity(party.party, party.first, t);
      start = party.first;
      t = party.first - 1;
    } else if (!possessive && t >= floor && mentionAt[t] === -1 && NATION_DEMONYMS.has(tokens[t]!.text) && !ABSENT_OFFICES.get(`country/${slugify(NATION_DEMONYMS.get(tokens[t]!.text)!.label)}`)?.has(headWord)) {
      // "Scottish Finance Minister Tom McCabe": a nation without a state of its own, by its demonym (the
      // recognizer knows only the state's); "Scottish Secretary" is the United Kingdom's and keeps no owner.
      of = nationEntity(t);
      start = t;
      t--;
    } else if (possessive && OWNER_NOUNS.has(lower(t)) && lower(t - 1) === 'the' && t - 1 >= floor) {
      // "the company's finance director"
      refersBack = OWNER_NOUNS.get(lower(t))!;
      refersNoun = lower(t);
      start = t - 1;
      t -= 2;
    } else if (possessive && OWNER_NOUNS.has(lower(t)) && t - 1 >= floor && /^\p{Lu}/u.test(tokens[t - 1]!.text) && !COMMON_CAPITALIZED.has(lower(t - 1)) && mentionAt[t - 1] === -1) {
      // "Empire magazine's reviews editor": a name before the noun names the body, one we do not know; no body named
      // before owns the office.
      ownerUnnamed = true;
      start = t - 1;
      t = -1;
    } else if (t >= floor && OWNER_PRONOUNS.has(lower(t))) {
      refersBack = 'any';
      start = t;
      t--;
    } else if (t >= floor && /^(?:his|her)$/.test(lower(t))) {
      viaPerson = true;
      start = t;
      t--;
    } else if (possessive && t >= floor && mentionAt[t]! >= 0 && index.mentions[mentionAt[t]!]!.type === 'Person') {
      // "Prime Minister Jacques Chirac's spokesman", "Reagan's National Security Adviser": a person's staff
      // serve that person's government or body (the phrase starts at the title, so the named person is the
      // first one found before it).
      viaPerson = true;
      t = -1;
    } else if (t - 2 >= floor && lower(t) === 'whose' && tokens[t - 1]!.text === ',' && ownerMention(t - 2, floor, false)) {
      // "... talks with Argentina and Brazil, whose finance minister Dilson Funaro": the body the relative follows.
      of = ownerEntity(ownerMention(t - 2, floor, false)!);
      t = -1;
    } else if (t - 1 >= floor && lower(t) === 'by' && ownerMention(t - 1, floor, false)) {
      // "… and the U.K. by Foreign Secretary David Cameron"
      of = ownerEntity(ownerMention(t - 1, floor, false)!);
      t = -1;
    } else if (t >= floor && /^(?:ex|then|former)-\p{L}/iu.test(tokens[t]!.text) && PORTFOLIO_WORDS.has(lower(t).replace(/^\p{L}+-/u, ''))) {
      // "ex-Home Secretary", "Ex-health secretary": a prefix joined to the portfolio, both the title's.
      prefix = tokens[t]!.text;
      start = t;
      t--;
    } else if (t >= floor && /^(?:[Ee]x|[Tt]hen|[Ff]ormer)-\p{Lu}/u.test(tokens[t]!.text)) {
      // "Ex-Labour leader": a prefix joined to a party's or a known body's name; "ex-Yukos boss": to a name we do not know.
      of = prefixedOwner(t, t + 1, headWord, first);
      ownerUnnamed = !of;
      prefix = `${tokens[t]!.text.split('-')[0]}-`;
      start = t;
      if (of) t--;
    } else if (!possessive && t >= floor && mentionAt[t] === -1 && (HEADS.get(headWord)?.owner !== 'organization' || TEAM_HEADS.has(headWord)) && (country = countryWordsEndingAt(t, floor))) {
      // "Malaysian Primary Industries Minister": a country's demonym the recognizer left unnamed.
      of = country.key;
      start = country.first;
      t = country.first - 1;
    } else if (t - 1 > floor && tokens[t]!.text === ')' && tokens.slice(Math.max(floor, t - 4), t).some((x) => x.text === '(')) {
      // "French Cereals Intervention Office (ONIC) Director": the owner stands before its bracketed acronym.
      let open = t - 1;
      while (tokens[open]!.text !== '(') open--;
      // "<Fletcher Challenge Ltd> (FCL) chairman": Reuters' brackets close the name before the acronym;
      // "the Export Credits Guarantee Department's (ECGD) chief executive": so does a possessive.
      let last = open - 1;
      if (last - 1 >= floor && (tokens[last]!.text === '>' || isPossessive(last))) last--;
      const named = last >= floor ? ownerMention(last, floor, false) : undefined;
      if (named) {
        of = ownerEntity(named);
        start = named.firstToken;
        t = named.firstToken - 1;
      } else ownerUnnamed = true;
    } else if (t >= floor && (mentionAt[t]! >= 0 || /^\p{Lu}[\p{Lu}&]+$/u.test(tokens[t]!.text) || (possessive || (t > floor && !/^["“‘'(—–:-]$/.test(tokens[t - 1]!.text))) && /^\p{Lu}/u.test(tokens[t]!.text) && !COMMON_CAPITALIZED.has(lower(t))
      // (opening the sentence, a word the article writes capitalized inside a sentence too: see unnamedOrganizationBefore)
      || (t === floor && t === sentences[sentenceOf(t)]!.firstToken && /^\p{Lu}\p{Ll}+$/u.test(tokens[t]!.text) && !COMMON_CAPITALIZED.has(lower(t)) && capitalizedInside(t)))) {
      // A name that is not a country, organization or party ("Harry Potter director", "Fair Trials Abroad director", "BT chairman").
      ownerUnnamed = !isAllCaps(sentenceOf(t));
      // "Retail Decisions chief executive Carl Clump", "RICS housing spokesman": words the recognizer left unnamed,
      // two or more or an acronym, before a body's office, name that body.
      const unnamed = ownerUnnamed && mentionAt[t] === -1 ? unnamedOrganizationBefore(t, floor, headWord) : undefined;
      if (unnamed) {
        of = unnamed.key;
        start = unnamed.first;
        t = unnamed.first - 1;
        ownerUnnamed = false;
      }
    }
    if (!prefix && t >= floor && PRE_OWNER_WORDS.has(lower(t)) && start !== first) {
      prefix = tokens[t]!.text;
      start = t;
    } else if (!prefix && t >= floor && TITLE_PREFIXES.has(lower(t))) {
      prefix = tokens[t]!.text;
      start = t;
    }
    return { of, prefix, start, refersBack, refersNoun, viaPerson, ownerUnnamed };
  };
  const allCapsCache = new Map<number, boolean>();
  /** A headline in capitals: every word looks like a name there. */
  const isAllCaps = (si: number): boolean => {
    let v = allCapsCache.get(si);
    if (v === undefined) {
      const s = sentences[si]!;
      const letters = text.slice(s.start, s.end).replace(/[^\p{L}]/gu, '');
      v = letters.length > 0 && letters === letters.toUpperCase();
      allCapsCache.set(si, v);
    }
    return v;
  };

  interface Complement {
    /** One past the title's last token (the head, or "of products", "for Europe"). */
    titleEnd: number;
    of?: string;
    refersBack?: OwnerKind;
    ownerUnnamed?: boolean;
    /** One past the last token read, the owner's name included. */
    end: number;
    /** The noun that refers back: "bank" in "chairman of the bank". */
    refersNoun?: string;
  }
  /**
   * The head of a title ending before token `end`, for the kind of its owner: "director general" and "secretary
   * general" are a director's and a secretary's offices of any body, not a general's.
   */
  const officeHeadBefore = (end: number): string => (lower(end - 1) === 'general' && /^(?:director|secretary|inspector)$/.test(lower(end - 2)) ? 'director-general' : lower(end - 1));
  /**
   * One past a part of a body ("credit department", "mass memory division") that starts at token k: up to four lowercase
   * words ending in a noun for a part, and the phrase ending there; else -1.
   */
  const partAfter = (k: number, limit: number): number => {
    let p = k;
    while (p < k + 4 && p < limit && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[p]!.text) && !PART_NOUNS.has(lower(p)) && !TITLE_STOPS.has(lower(p)) && !PREPOSITIONS.has(lower(p))) p++;
    if (p >= limit || !PART_NOUNS.has(lower(p))) return -1;
    const end = p + 1;
    return end >= limit || !/^\p{L}/u.test(tokens[end]!.text) || TITLE_STOPS.has(lower(end)) || PREPOSITIONS.has(lower(end)) || CLAUSE_AFTER_TITLE.has(lower(end)) ? end : -1;
  };
  /** The words after a title's head: "of products at Telewest", "for Financial Communications", "of the company". */
  const complementAfter = (from: number, limit: number, ownerKnown = false, beforeName = false): Complement => {
    const out: Complement = { titleEnd: from, end: from };
    let t = from;
    const wordAt = (k: number) => k < limit && /^[\p{L}][\p{L}\p{N}'’\-/&.]*$/u.test(tokens[k]!.text) && !TITLE_STOPS.has(lower(k)) && !['of', 'for', 'at', 'with'].includes(lower(k));
    const personAt = (k: number) => mentionAt[k]! >= 0 && index.mentions[mentionAt[k]!]!.type === 'Person';
    // "ambassador to Kuwait": where an envoy is sent is part of the title.
    if (lower(t) === 'to' && ENVOYS.has(lower(from - 1))) {
      let k = t + 1;
      if (theBefore(k)) k++;
      const m = k < limit ? index.mentions[mentionAt[k]!] : undefined;
      if (m && m.firstToken === k && m.type !== 'Person') out.titleEnd = out.end = t = m.endToken;
    }
    // "deputy chief of staff to Clinton at the State Department", "an adviser to Ann Korr at Acme": the person served,
    // between the title and the body that owns it, is no part of either.
    const skipPersonServed = () => {
      if (lower(t) !== 'to' || !personAt(t + 1) || index.mentions[mentionAt[t + 1]!]!.firstToken !== t + 1) return;
      const k = index.mentions[mentionAt[t + 1]!]!.endToken;
      if (['at', 'of', 'for', 'with'].includes(lower(k))) t = k;
    };
    skipPersonServed();
    // A field read after "of" ("director of research"): a "for" after it names the owner.
    let afterField = false;
    for (let group = 0; group < 3 && t < limit; group++) {
      skipPersonServed();
      // "vice president in charge of marketing at Acme", "minister responsible for Canada Post": the charge the
      // office covers stays in the title, fields joined by "and" and a named division or body included; an owner
      // may follow ("at Acme", "for Irving Trust").
      const link = lower(t) === 'in' && lower(t + 1) === 'charge' && lower(t + 2) === 'of' ? t + 3 : lower(t) === 'responsible' && lower(t + 1) === 'for' ? t + 2 : t === from && lower(t - 1) === 'responsible' && lower(t) === 'for' ? t + 1 : -1;
      if (link > 0) {
        let k = link;
        if (/^(?:the|all)$/.test(lower(k))) k++;
        const fieldStart = k;
        const fieldAt = (w: number) => w < limit && wordAt(w) && !personAt(w) && !CHARGE_FIELD_STOPS.has(lower(w));
        for (;;) {
          while (k < fieldStart + 8 && (fieldAt(k) || (/^(?:and|&)$/.test(lower(k)) && k > fieldStart && fieldAt(k + 1)))) k++;
          // "in charge of Asian, African and International Export operations": a list of fields ending in "and".
          if (k === fieldStart || tokens[k]?.text !== ',') break;
          let j = k + 1;
          while (j < fieldStart + 10 && (fieldAt(j) || tokens[j]?.text === ',')) j++;
          if (!(/^(?:and|&)$/.test(lower(j)) && fieldAt(j + 1))) break;
          k = j;
        }
        if (k === fieldStart) break;
        out.titleEnd = out.end = t = k;
        afterField = true;
        continue;
      }
      const prep = lower(t);
      if (!['of', 'for', 'at', 'with'].includes(prep)) break;
      let u = t + 1;
      const det = DETERMINERS.has(lower(u)) && (lower(u) !== 'the' || theBefore(u));
      if (det) u++;
      // "treasurer of <Morgan Guaranty Trust Co>": Reuters' brackets around a company's name, after "the" too
      // ("economist at the <Bangkok Bank Ltd>"), where the bracket keeps the name from any describing words.
      const bracketed = (!det || lower(u - 1) === 'the') && tokens[u]?.text === '<' && u + 1 < limit;
      if (bracketed) u++;
      // A named owner, maybe after a few describing words: "at research firm Informa Media".
      let v = u;
      if (det || prep === 'at' || prep === 'with') while (v < u + 3 && v < limit && mentionAt[v] === -1 && /^\p{Ll}/u.test(tokens[v]!.text) && wordAt(v)) v++;
      // "chairman of Leeds-based Quorvex Holdings": the place describes the body named after it.
      if (mentionAt[v] === -1 && v + 1 < limit && /^\p{Lu}[\p{L}.]*-based$/u.test(tokens[v]!.text) && ownerMention(v + 1, v + 1, false)?.type === 'Organization') v++;
      // "of bankrupt US phone company WorldCom", "at US investment bank Goldman Sachs": describing words, a
      // country among them, then a noun for a body and its name.
      let described = false;
      if ((mentionAt[v] === -1 || ownerMention(v, v)?.type === 'Country')) {
        const named = describedName(v, limit, true);
        if (named >= 0) [v, described] = [named, true];
      }
      // "BankAmerica's Vice President for Financial Communications", "Minister for Defence Procurement": with the
      // owner known, or for a government office, "for" names a portfolio.
      const portfolio = prep === 'for' && (ownerKnown || HEADS.get(lower(from - 1))?.owner === 'country');
      // "finance minister of Scotland", "mayor of Leeds": a government office of a region names it after
      // "of"; a company office does not ("director of London" is no office).
      const regionalOf = prep === 'of' && (HEADS.get(lower(from - 1))?.owner === 'country' || REGIONAL_HEADS.has(lower(from - 1)));
      // "Director of the Welsh Housing Advice Centre": a name the recognizer took for a place, ending in a noun for a body.
      const placeAsBody = v < limit && mentionAt[v]! >= 0 && index.mentions[mentionAt[v]!]!.type === 'Place' && BODY_NAME_ENDS.has(lower(index.mentions[mentionAt[v]!]!.endToken - 1));
      const found = v < limit && !portfolio ? (ownerMention(v, v, prep === 'at' || prep === 'with' || regionalOf || placeAsBody) ?? (prep !== 'of' || described || bracketed ? companyReadAsPerson(v, v, lower(from - 1), described || bracketed) : !det ? companyReadAsPlace(v, lower(from - 1)) : undefined)) : undefined;
      const m = found && !officeWordsOnly(found) ? found : undefined;
      // "president of Exhibitor Relations, which ...": capitalized words the recognizer left unnamed, up to the
      // phrase's end, name the body a company office belongs to.
      // Describing words before it end in a noun for a body: "at games website Gamespot", not "of the board effective July".
      // "for" names a field ("director for Europe") except after a spokesman ("a spokesman for Crossrail") or after a
      // field already read: "director of research for Quorvex Labs".
      const unknown = !found && !portfolio && (prep !== 'for' || /^spokes/.test(lower(from - 1)) || afterField) && !beforeName && (v === u || OWNER_NOUNS.has(lower(v - 1))) ? unknownOrganization(v, limit, officeHeadBefore(from)) : undefined;
      if (unknown) {
        out.of = unknown.key;
        out.end = unknown.end;
        return out;
      }
      // "head of UK equities": a country naming a field, not the owner.
      const countryAsModifier = m && m.type !== 'Organization' && m.endToken < limit && /^\p{Ll}/u.test(tokens[m.endToken]!.text) && !TITLE_STOPS.has(lower(m.endToken))
        && !PREPOSITIONS.has(lower(m.endToken)) && !TEMPORAL.has(lower(m.endToken));
      // "director of the U.S. Mint": a country opening a name we do not know.
      if (m && m.type !== 'Organization' && m.firstToken === v && m.endToken < limit && mentionAt[m.endToken] === -1 && /^\p{Lu}/u.test(tokens[m.endToken]!.text) && !isTitleWord(m.endToken)) {
        // "economist at Swiss Re in New York", "general manager of British Music Rights": a body's office names the
        // body, the country's word included, when the unknown words end the phrase.
        const rest = !portfolio && m.endToken - m.firstToken <= 2 ? unknownOrganization(m.endToken, limit, officeHeadBefore(from)) : undefined;
        // "chairman of Dallas-based Sabine": the place describes the body, no word of its name.
        const key = rest ? organizationNamed(/-based$/i.test(slice(v, m.endToken)) ? m.endToken : v, rest.end) : undefined;
        if (key && rest) {
          out.of = key;
          out.end = rest.end;
          return out;
        }
        out.ownerUnnamed = true;
        break;
      }
      if (m && m.firstToken === v && !countryAsModifier) {
        out.of = ownerEntity(m);
        let after = m.endToken;
        if (bracketed && tokens[after]?.text === '>') after++;
        // "an analyst with Merrill Lynch, Pierce, Fenner and Smith": a partnership's name runs on through commas.
        const partners = m.type === 'Organization' || m.type === 'Person' ? partnershipEnd(after, limit) : -1;
        // "spokesman for the General Agreement on Tariffs and Trade", "analyst at Bank Oyens & Van Eeghen": the
        // recognizer's name stopped at a joining word the body's name runs on past.
        const joined = partners < 0 && m.type === 'Organization' ? joinedNameEnd(m, after, limit) : -1;
        if (partners > 0 || joined > 0) {
          const key = organizationNamed(m.firstToken, partners > 0 ? partners : joined);
          if (key) {
            out.of = key;
            after = partners > 0 ? partners : joined;
          }
        }
        out.end = after;
        const named = after + 1 < limit && isPossessive(after) && mentionAt[after + 1]! >= 0 ? index.mentions[mentionAt[after + 1]!]! : undefined;
        if (named && named.firstToken === after + 1 && namedBodyAfterPossessive(named) && !PART_NOUNS.has(lower(named.endToken - 1))) {
          // "head of Germany's Deutsche Bank", "the head of the UN's World Food Programme": the body named after the
          // possessive owns the office, not the country or body that holds it (a part, "the IMF's European Department", does not).
          out.of = ownerEntity(named);
          out.end = named.endToken;
        } else if (after < limit && isPossessive(after) && m.type === 'Organization' && partAfter(after + 1, limit) > 0 && !appositionAt(partAfter(after + 1, limit), limit)) {
          // "head of the Bundesbank's credit department", "manager of Kodak's mass memory division": the body owns the
          // office, and the part it heads stays in the title as printed (as "of its chemicals unit" does); a part named
          // after a comma owns it ("president of Pacific Western's airline unit, Pacific Western Airlines Ltd").
          out.titleEnd = out.end = partAfter(after + 1, limit);
        } else if (after < limit && isPossessive(after)) {
          // "a board member of Germany's central bank, the Bundesbank": the apposition names the owner.
          let k = after + 1;
          while (k < limit && wordAt(k) && mentionAt[k] === -1) k++;
          const named = appositionAt(k, limit);
          if (named) out.of = named;
          else {
            // "the leader of Britain's biggest union Unison": describing words and a noun for a body, then its name.
            const body = describedName(after + 1, limit);
            const bodyMention = body >= 0 ? index.mentions[mentionAt[body]!]! : undefined;
            if (bodyMention && bodyMention.type === 'Organization') {
              out.of = ownerEntity(bodyMention);
              out.end = bodyMention.endToken;
            } else if (body < 0) {
              // The same with a name the recognizer missed: the body is the owner, not the country.
              let j = after + 1;
              while (j < after + 5 && j < limit && mentionAt[j] === -1 && /^\p{Ll}/u.test(tokens[j]!.text) && wordAt(j)) j++;
              if (j > after + 1 && OWNER_NOUNS.has(lower(j - 1)) && j < limit && /^\p{Lu}/u.test(tokens[j]!.text)) {
                const unknown = unknownOrganization(j, limit, officeHeadBefore(from));
                if (unknown) {
                  out.of = unknown.key;
                  out.end = unknown.end;
                } else {
                  out.of = undefined;
                  out.ownerUnnamed = true;
                }
              }
            }
          }
        } else if (!det && prep === 'of') {
          // "head of Shearson Lehman merchant banking": the department stays in the title.
          let k = after;
          while (k < after + 3 && k < limit && /^\p{Ll}/u.test(tokens[k]!.text) && wordAt(k) && !TEMPORAL.has(lower(k))) k++;
          if (k > after && (k >= limit || !/^[\p{L}]/u.test(tokens[k]!.text) || TITLE_STOPS.has(lower(k)))) out.titleEnd = out.end = k;
        }
        return out;
      }
      if (det && portfolio && ownerKnown && /^\p{Lu}/u.test(tokens[u]?.text ?? '') && !personAt(u)) {
        // "Kenya's Cabinet Secretary for the National Treasury": with the owner known, the name after "for the" is the portfolio.
        const named = mentionAt[u]! >= 0 ? index.mentions[mentionAt[u]!]! : undefined;
        let k = named && named.firstToken === u && named.type !== 'Country' ? named.endToken : u;
        while (k < limit && k < u + 4 && mentionAt[k] === -1 && /^\p{Lu}\p{Ll}+$/u.test(tokens[k]!.text)) k++;
        if (k > u && (k >= limit || !/^\p{L}/u.test(tokens[k]!.text) || TITLE_STOPS.has(lower(k)))) {
          out.titleEnd = out.end = t = k;
          continue;
        }
      }
      if (det || prep === 'at' || prep === 'with') {
        // An owner described, not named: "of the company", "at the bank", "of the national confederation".
        let k = u;
        while (k < u + 5 && wordAt(k) && !personAt(k) && !ownerMention(k, k)) k++;
        if (k === u) {
          // "of The Scotsman": a name that is no country or organization we know.
          if (k < limit && /^\p{Lu}/u.test(tokens[k]!.text)) out.ownerUnnamed = true;
          break;
        }
        // "Chancellor of the Exchequer Nigel Lawson": before a name, capitalized words after "the" are the title's.
        let capitalized = beforeName;
        for (let j = u; j < k && capitalized; j++) capitalized = /^\p{Lu}/u.test(tokens[j]!.text);
        // "Gordon Brown, chancellor of the exchequer": a title of a few countries as a whole, whatever its case.
        let whole = -1;
        for (let j = u + 1; !capitalized && prep === 'of' && lower(u - 1) === 'the' && j <= k && j <= u + 2 && whole < 0; j++) {
          if (OFFICE_COUNTRIES.has(`${lower(from - 1)} of the ${slice(u, j).toLowerCase()}`)) whole = j;
        }
        if (whole > 0) {
          out.titleEnd = out.end = t = whole;
          continue;
        }
        if (capitalized) {
          out.titleEnd = out.end = t = k;
          continue;
        }
        const noun = lower(k - 1);
        const named = appositionAt(k, limit);
        if (named) {
          out.of = named;
          return out;
        }
        // "head of the broker creditors group Tinco Realisations": a name we do not know follows the description.
        const nameFollows = k < limit && (mentionAt[k]! >= 0 || /^\p{Lu}/u.test(tokens[k]!.text));
        // "chief executive of the new company", "chairman of the combined group": a body yet to be, no antecedent's.
        const becoming = tokens.slice(u, k - 1).some((w) => BODY_TO_BE.has(w.text.toLowerCase()));
        if (det && lower(u - 1) === 'the' && OWNER_NOUNS.has(noun) && !nameFollows && !becoming) {
          out.refersBack = OWNER_NOUNS.get(noun);
          out.refersNoun = noun;
        } else out.ownerUnnamed = true;
        t = out.end = k;
        continue;
      }
      // "head of its foreign exchange department", "president of the company's chemicals unit": a part of the body
      // referred back to; lowercase words up to a noun for a part, which stay in the title.
      if (prep === 'of' && !det) {
        const pronoun = OWNER_PRONOUNS.has(lower(u));
        const noun = !pronoun && lower(u) === 'the' && OWNER_NOUNS.has(lower(u + 1)) && isPossessive(u + 2) ? lower(u + 1) : undefined;
        if (pronoun || noun) {
          let k = pronoun ? u + 1 : u + 3;
          const fieldStart = k;
          while (k < fieldStart + 4 && k < limit && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k]!.text) && wordAt(k) && !PART_NOUNS.has(lower(k))) k++;
          if (k < limit && PART_NOUNS.has(lower(k)) && (k + 1 >= limit || !/^\p{L}/u.test(tokens[k + 1]!.text) || TITLE_STOPS.has(lower(k + 1)) || PREPOSITIONS.has(lower(k + 1)))) {
            out.refersBack = noun ? OWNER_NOUNS.get(noun) : 'organization';
            if (noun) out.refersNoun = noun;
            out.titleEnd = out.end = k + 1;
            return out;
          }
        }
      }
      // A field or portfolio: "of products", "of state for Africa", "for economic affairs", "for Europe".
      let k = u;
      // After "for" with the owner known, a name is the portfolio's: "the EU's Commissioner for International Partnerships".
      while (k < u + 4 && k < limit && (wordAt(k) || (mentionAt[k]! >= 0 && !personAt(k) && (!ownerMention(k, k, false) || officeWordsOnly(ownerMention(k, k, false)!) || (portfolio && ownerKnown && ownerMention(k, k, false)!.type === 'Organization')))) && !personAt(k)) k++;
      // "of State for Trade and Industry": a name made of office words is read whole, however long.
      const officeName = k > u && mentionAt[k - 1]! >= 0 ? ownerMention(k - 1, u, false) : undefined;
      if (officeName && officeName.endToken > k && officeWordsOnly(officeName)) k = officeName.endToken;
      // "of State for Trade and Industry": capitalized portfolios joined by "and" end the field, not "and".
      while (k > u && k + 1 < limit && k < u + 8 && /^\p{Lu}/u.test(tokens[k - 1]!.text) && /^(?:and|&)$/.test(lower(k)) && /^\p{Lu}/u.test(tokens[k + 1]!.text) && JOINED_PORTFOLIO_WORDS.has(lower(k + 1)) && mentionAt[k + 1] === -1) {
        k += 2;
        // "of Finance and Economic Planning": more capitalized portfolio words after the joined one.
        while (k < limit && k < u + 9 && /^\p{Lu}\p{Ll}+$/u.test(tokens[k]!.text) && JOINED_PORTFOLIO_WORDS.has(lower(k)) && mentionAt[k] === -1) k++;
      }
      if (k === u) {
        // "executive partner of Tods Murray", "a spokesman for Crossrail": a body the recognizer read as a person is
        // named here all the same, so no body from the sentences around is the owner.
        if (personAt(u) && index.mentions[mentionAt[u]!]!.firstToken === u) out.ownerUnnamed = true;
        break;
      }
      // "of technology and manufacturing at IBM", "of corporate security and fraud protection at Acme": two fields
      // joined, before the owner; the second of up to three lowercase words.
      // So do two fields at the end of the phrase: "its senior vice president for marketing and sales, said".
      if (lower(k) === 'and') {
        let j = k + 1;
        const fieldWord = (w: number) => /^\p{Ll}/u.test(tokens[w]?.text ?? '') && wordAt(w) && !DETERMINERS.has(lower(w)) && !OWNER_PRONOUNS.has(lower(w)) && !/^(?:his|her|their|its|other|others|then|now|also|was|is|has|had|will|would)$/.test(lower(w)) && !HEAD_WORDS.has(lower(w));
        while (j < k + 4 && /^\p{Ll}/u.test(tokens[j]?.text ?? '') && wordAt(j)) j++;
        if (j > k + 1 && /^(?:at|of|with)$/.test(lower(j))) k = j;
        else {
          j = k + 1;
          while (j < k + 4 && fieldWord(j)) j++;
          // ... or before a clause ("minister for industry and trade said") or where the office is held ("the new
          // minister of industry and trade in Ecuador")
          const where = lower(j) === 'in' && mentionAt[j + 1]! >= 0 && ['Country', 'Place'].includes(index.mentions[mentionAt[j + 1]!]!.type);
          if (j > k + 1 && (j >= limit || /^[,;:)]$/.test(tokens[j]!.text) || CLAUSE_AFTER_TITLE.has(lower(j)) || where)) k = j;
        }
      }
      // "director of anti-constitution group Vote No", "head of Johannesburg Consolidated's gold division":
      // the words name an owner we do not know, not a field.
      // So do capitalized words that are neither office words nor places: "deputy director of Cukropol".
      let describesOwner = k < limit && isPossessive(k);
      for (let j = u; j < k && !describesOwner; j++) {
        const w = lower(j);
        // A body's noun names the owner as the field's last word ("director of anti-constitution group Vote No"), not
        // before another lowercase word of the field ("manager of public and government affairs at Texaco").
        describesOwner = /^\p{Ll}/u.test(tokens[j]!.text) ? OWNER_NOUNS.has(w) && !(j + 1 < k && /^\p{Ll}/u.test(tokens[j + 1]!.text)) : mentionAt[j] === -1 && !isTitleWord(j) && !PORTFOLIO_WORDS.has(w) && !ROLE_MODIFIERS.has(w) && !(portfolio && ownerKnown);
        // "chairman of Texas Air": a place followed by more of a name.
        if (!describesOwner && mentionAt[j]! >= 0 && index.mentions[mentionAt[j]!]!.endToken === j + 1 && j + 1 < k && /^\p{Lu}/u.test(tokens[j + 1]!.text) && mentionAt[j + 1] === -1) describesOwner = true;
      }
      if (describesOwner) {
        out.ownerUnnamed = true;
        break;
      }
      afterField = prep === 'of' && !det;
      out.titleEnd = out.end = t = k;
    }
    return out;
  };
  /**
   * Where an organization's name starts after a few lowercase describing words and country names that
   * end in a noun for a body ("bankrupt US phone company WorldCom" → "WorldCom"), or -1.
   */
  function describedName(k: number, limit: number, unnamed = false): number {
    for (let j = k, words = 0; j < limit && words < 6; words++) {
      const i = mentionAt[j]!;
      const afterNoun = j > k && OWNER_NOUNS.has(lower(j - 1).replace(/s$/, ''));
      if (i >= 0) {
        const m = index.mentions[i]!;
        if ((m.type === 'Organization' || m.type === 'Person') && afterNoun) return j;
        if (m.type !== 'Country') return -1;
        j = m.endToken;
        continue;
      }
      // "head of MMS firm Adamind": with `unnamed`, a capitalized word no name covers after the noun starts the
      // body's name (unknownOrganization then reads it); an acronym or "Brisbane-based" before the noun describes it.
      if (unnamed && afterNoun && /^\p{Lu}/u.test(tokens[j]!.text)) return j;
      if (/^(?:\p{Lu}{2,}|\p{Lu}[\p{L}.]*-based)$/u.test(tokens[j]!.text)) {
        j++;
        continue;
      }
      if (!/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[j]!.text) || TITLE_STOPS.has(lower(j)) || /^(?:of|for|at|with)$/.test(lower(j))) return -1;
      j++;
    }
    return -1;
  }
  /**
   * An organization named by capitalized words no mention covers, after an office whose owner is a body
   * ("president of Exhibitor Relations, which ...", "director of the Welsh Housing Advice Centre,"): the words,
   * joined by "and", "of" or "&", must hold one that is no office, portfolio or field word, and end the phrase
   * (punctuation, a clause opener or a verb of saying). The entity is made here, as printed.
   */
  function unknownOrganization(k: number, limit: number, headWord: string): { key: string; end: number } | undefined {
    const owner = HEADS.get(headWord)?.owner;
    if (owner !== 'organization' && owner !== 'any') return undefined;
    // "chairman of Dallas-based Sabine": the place describes the body, no word of its name.
    // ("Rhode Island-based Fleet": a place of two words)
    for (let j = k; j < k + 3 && j + 1 < limit && mentionAt[j] === -1 && /^\p{Lu}/u.test(tokens[j]!.text); j++) {
      if (/^\p{Lu}[\p{L}.]*-based$/u.test(tokens[j]!.text)) {
        k = j + 1;
        break;
      }
    }
    let j = k;
    let named = false;
    let endsInName = false;
    let joinedBody = false;
    while (j < limit && j < k + 7) {
      if (mentionAt[j] !== -1) {
        // "Age Concern England", "Acme Research UK": a country or place ending the unknown name is the name's; so is
        // the part of it the recognizer took for a body ("Swiss Re").
        const m = index.mentions[mentionAt[j]!]!;
        // "Lakeside Arts and Crafts Centre": after "and" or "of", a name the recognizer read from there on, ending in a
        // noun for a body, is the rest of the unknown one.
        const joined = /^(?:and|of|&)$/.test(lower(j - 1)) && BODY_NAME_ENDS.has(lower(m.endToken - 1)) && m.type === 'Place';
        // So is a body's name the recognizer started after "and": "editor of Business and Society Review", when it
        // ends the phrase ("head of Distribution and Exhibition at the UK Film Council" names fields).
        joinedBody = !joined && /^(?:and|&)$/.test(lower(j - 1)) && m.type === 'Organization';
        if (j > k && m.firstToken === j && (m.type === 'Country' || m.type === 'Place' || m.type === 'Organization') && (/^\p{Lu}/u.test(tokens[j - 1]!.text) || joined || joinedBody)) {
          if (m.type === 'Organization') named = true;
          j = m.endToken;
          endsInName = !joinedBody;
          break;
        }
        return undefined;
      }
      const w = lower(j);
      if (/^\p{Lu}[\p{L}\p{N}'’\-/&.]*$/u.test(tokens[j]!.text)) {
        if (!PORTFOLIO_WORDS.has(w) && !ROLE_MODIFIERS.has(w) && !isTitleWord(j) && !COMMON_CAPITALIZED.has(w) && !NOT_OWNER_NAMES.has(w)) named = true;
        j++;
        continue;
      }
      if (j > k && (w === 'and' || w === 'of' || w === '&') && j + 1 < limit && /^\p{Lu}/u.test(tokens[j + 1]!.text)) {
        j++;
        continue;
      }
      break;
    }
    if (!named || j === k || COMMON_CAPITALIZED.has(lower(k))) return undefined;
    // "chairman of Dallas-based Sabine" after "Sabine Corp": one word of a body the article names is that body.
    const short = j === k + 1 && (j >= limit || /^[,;:.)(]$/.test(tokens[j]!.text) || TITLE_STOPS.has(lower(j))) ? organizationByWord(k, true) : undefined;
    if (short) return { key: short, end: j };
    // "National Amusements, Inc": a company's legal form after a comma is its name's.
    if (j + 1 < limit && tokens[j]!.text === ',' && CORPORATE_FORMS.has(lower(j + 1).replace(/\.$/, ''))) j += 2;
    // "director of Acme Research's wireless group": a possessive ends the name too.
    // "of the Scottish Local Authority Management Centre at Strathclyde University": a name the recognizer ended ends
    // the unknown one before a preposition.
    if (!(j >= limit || /^[,;:.)(>]$/.test(tokens[j]!.text) || TITLE_STOPS.has(lower(j)) || isPossessive(j) || (endsInName && PREPOSITIONS.has(lower(j))))) return undefined;
    const key = organizationNamed(k, j);
    return key ? { key, end: j } : undefined;
  }
  /**
   * Whether the word at token t stands elsewhere in the text capitalized right after a lowercase word, and nowhere in
   * lowercase ("Steel analyst X" in a story of "steel prices" opens with a common noun).
   */
  function capitalizedInside(t: number): boolean {
    const word = tokens[t]!.text;
    const common = word.toLowerCase();
    for (let p = text.indexOf(common); p >= 0; p = text.indexOf(common, p + 1)) {
      if (!/\p{L}/u.test(text[p - 1] ?? '') && !/\p{L}/u.test(text[p + common.length] ?? '')) return false;
    }
    for (let p = text.indexOf(word); p >= 0; p = text.indexOf(word, p + 1)) {
      if (p === tokens[t]!.start || p < 2 || text[p - 1] !== ' ' || /\p{L}/u.test(text[p + word.length] ?? '')) continue;
      if (/\p{Ll}/u.test(text[p - 2]!)) return true;
    }
    return false;
  }
  /** Capitalized words ending at token `last`, before a body's office, that name an organization no mention covers. */
  function unnamedOrganizationBefore(last: number, floor: number, headWord: string): { key: string; first: number } | undefined {
    const owner = HEADS.get(headWord)?.owner;
    if (owner !== 'organization' && owner !== 'any') return undefined;
    let k = last;
    let named = false;
    while (k >= floor && k > last - 6 && mentionAt[k] === -1) {
      const w = lower(k);
      // "Association of Chief Police Officers president": "of", "and", "&" inside the name.
      if (k < last && /^(?:of|and|&)$/.test(w) && k - 1 >= floor && /^\p{Lu}/u.test(tokens[k - 1]!.text) && mentionAt[k - 1] === -1) {
        k--;
        continue;
      }
      if (!/^\p{Lu}[\p{L}\p{N}'’\-/&.]*$/u.test(tokens[k]!.text) || /^(?:ex|former|then)-/i.test(tokens[k]!.text)) break;
      if (COMMON_CAPITALIZED.has(w) || TITLE_PREFIXES.has(w) || PRE_OWNER_WORDS.has(w) || CONNECTIVES.has(w)) break;
      if (!PORTFOLIO_WORDS.has(w) && !ROLE_MODIFIERS.has(w) && !isTitleWord(k) && !NOT_OWNER_NAMES.has(w)) named = true;
      k--;
    }
    const first = k + 1;
    const acronym = first === last && /^\p{Lu}{2,}$/u.test(tokens[last]!.text);
    // "Ryanair deputy chief executive", "Heineken board member": one word inside the sentence, before an office
    // only a company or a like body has, names that body unless it names a place, a people or a common noun.
    // At the sentence's start the word is a name when the article writes it capitalized after a lowercase word too
    // ("Forest chief executive Mark Arthur said" after "... after Forest accepted").
    const oneWord = first === last && (first > floor ? !/^(?:and|of|&)$/.test(lower(first - 1)) : first === sentences[sentenceOf(first)]!.firstToken) && SINGLE_WORD_OWNER_HEADS.has(headWord) && !GENERIC_NAME_WORDS.has(tokens[last]!.text) && !OWNER_NOUNS.has(lower(last))
      && !gazetteer().forms.has(straighten(tokens[last]!.text)) && !/^\p{Lu}\p{Ll}+(?:an|ese|ish|i)$/u.test(tokens[last]!.text)
      && (first > floor || capitalizedInside(last));
    if (!named || (last - first < 1 && !acronym && !oneWord)) return undefined;
    // The name opens its phrase: the sentence's start, punctuation, a determiner or a lowercase word before it.
    const opens = (j: number) => j < floor || /^[^\p{L}\p{N}]+$/u.test(tokens[j]!.text) || /^\p{Ll}/u.test(tokens[j]!.text) || COMMON_CAPITALIZED.has(lower(j)) || CONNECTIVES.has(lower(j));
    // "X, US Sprint president, said": a country's name, opening the phrase, before the one word says where the body is.
    const country = oneWord && k >= floor && mentionAt[k]! >= 0 ? index.mentions[mentionAt[k]!]! : undefined;
    const countryOpens = !!country && country.type === 'Country' && country.endToken === k + 1 && opens(country.firstToken - 1);
    if (!opens(k) && !countryOpens) return undefined;
    const key = organizationNamed(first, last + 1);
    return key ? { key, first } : undefined;
  }
  /**
   * Where a partnership's name ends after its first name ending at token k: ", Pierce, Fenner and Smith",
   * ", Wilson and Co.": commas and a last "and" or "&" between capitalized names no mention of another kind
   * covers, then the phrase's end. -1 if the words after k are no such name.
   */
  function partnershipEnd(k: number, limit: number): number {
    if (tokens[k]?.text !== ',') return -1;
    let j = k;
    let joined = false;
    for (let parts = 0; parts < 4 && j < limit; parts++) {
      if (!(tokens[j]!.text === ',' || /^(?:and|&)$/.test(lower(j)))) break;
      if (/^(?:and|&)$/.test(lower(j))) joined = true;
      let w = j + 1;
      if (tokens[j]!.text === ',' && /^(?:and|&)$/.test(lower(w))) {
        joined = true;
        w++;
      }
      const start = w;
      while (w < limit && w < start + 3 && /^\p{Lu}[\p{L}.'’-]*$/u.test(tokens[w]!.text) && (mentionAt[w] === -1 || index.mentions[mentionAt[w]!]!.type !== 'Country') && !isTitleWord(w) && !COMMON_CAPITALIZED.has(lower(w))) w++;
      if (w === start) return -1;
      j = w;
      if (joined) break;
    }
    if (!joined) return -1;
    if (j < limit && CORPORATE_FORMS.has(lower(j).replace(/\.$/, ''))) j++;
    if (j < limit && tokens[j]!.text === '.' && tokens[j]!.start === tokens[j - 1]!.end && j + 1 < limit) j++;
    // "... and Jenrette Securities Corp upgraded": a legal form ends the name whatever follows.
    const formEnds = CORPORATE_FORMS.has(lower(j - 1).replace(/\.$/, ''));
    return j >= limit || formEnds || /^[,;:.)]$/.test(tokens[j]!.text) || TITLE_STOPS.has(lower(j)) ? j : -1;
  }
  /**
   * Where an organization's name the recognizer ended at `k` runs on: "and", "&", "on" or "for" and capitalized words
   * no body or country mention covers (one more "and" inside: "on Tariffs and Trade"), up to the phrase's end; -1 if
   * it does not. Two companies joined ("Acme Inc and Beta") and a place alone ("for Africa", "for Europe") stay apart.
   */
  function joinedNameEnd(m: ResolvedMention, k: number, limit: number): number {
    const joiner = lower(k);
    if (!/^(?:and|&|on|for)$/.test(joiner)) return -1;
    if ((joiner === 'and' || joiner === '&') && CORPORATE_FORMS.has(lower(m.endToken - 1).replace(/\.$/, ''))) return -1;
    let j = k + 1;
    let own = false;
    let ands = 0;
    while (j < limit && j < k + 7) {
      const at = mentionAt[j]!;
      const x = at >= 0 ? index.mentions[at]! : undefined;
      if (!/^\p{Lu}[\p{L}.'’-]*$/u.test(tokens[j]!.text) || COMMON_CAPITALIZED.has(lower(j))) {
        if (j > k + 1 && ands === 0 && /^(?:and|&)$/.test(lower(j)) && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '')) {
          ands++;
          j++;
          continue;
        }
        break;
      }
      if (x && (x.type === 'Organization' || x.type === 'Country' || (x.type === 'Person' && x.endToken - x.firstToken > 1))) return -1;
      if (!x || x.type === 'Person') own = true;
      j++;
    }
    if (!own || lower(j - 1) === 'and' || lower(j - 1) === '&') return -1;
    // "head of Acme for Europe": one word naming a place is where, not the name's
    if (j === k + 2 && gazetteer().forms.has(straighten(tokens[k + 1]!.text))) return -1;
    if (j < limit && CORPORATE_FORMS.has(lower(j).replace(/\.$/, ''))) j++;
    return j >= limit || /^[,;:.)(]$/.test(tokens[j]!.text) || TITLE_STOPS.has(lower(j)) || isPossessive(j) ? j : -1;
  }
  /** Whether a one-word name opens or continues a partnership's name that ends in a legal form ("Bear, Stearns and Co"). */
  function inFirmName(m: ResolvedMention): boolean {
    const limit = sentences[sentenceOf(m.firstToken)]!.endToken;
    const formEnd = (j: number) => j > 0 && (CORPORATE_FORMS.has(lower(j - 1).replace(/\.$/, '')) || (tokens[j - 1]!.text === '.' && CORPORATE_FORMS.has(lower(j - 2))));
    const own = partnershipEnd(m.endToken, limit);
    if (own > 0 && formEnd(own)) return true;
    // continuing one: the names before it back to a body's name, each after a comma
    let k = m.firstToken - 1;
    const oneName = (j: number) => /^\p{Lu}/u.test(tokens[j]!.text) && (mentionAt[j] === -1 || (index.mentions[mentionAt[j]!]!.type === 'Person' && index.mentions[mentionAt[j]!]!.endToken - index.mentions[mentionAt[j]!]!.firstToken === 1));
    while (k > 1 && tokens[k]!.text === ',' && oneName(k - 1)) k -= 2;
    if (k < 1 || tokens[k]!.text !== ',' || mentionAt[k - 1]! < 0 || index.mentions[mentionAt[k - 1]!]!.type !== 'Organization') return false;
    const end = partnershipEnd(k, limit);
    return end >= m.endToken && formEnd(end);
  }
  /** An organization entity named by tokens [k, j), as printed, with its mention. */
  function organizationNamed(k: number, j: number): string | undefined {
    const label = slice(k, j);
    const key = `organization/${slugify(label)}`;
    const known = index.entities.get(key);
    if (known && known.type !== 'Organization') return undefined;
    if (!known) index.entities.set(key, { key, type: 'Organization', label, aliases: new Set() });
    addedMentions.push({ start: tokens[k]!.start, end: tokens[j - 1]!.end, firstToken: k, endToken: j, entity: key, type: 'Organization', kind: 'name' });
    return key;
  }
  /** ", the Bundesbank" or ", Acme," right after a described owner: the name it describes. */
  const appositionAt = (k: number, limit: number): string | undefined => {
    if (k >= limit || tokens[k]!.text !== ',') return undefined;
    let u = k + 1;
    if (theBefore(u)) u++;
    const m = u < limit ? ownerMention(u, u, false) : undefined;
    if (!m || m.firstToken !== u) return undefined;
    const after = m.endToken;
    return after >= limit || /^[,.;:)]$/.test(tokens[after]!.text) || TITLE_STOPS.has(lower(after)) ? ownerEntity(m) : undefined;
  };

  const readings: Reading[] = [];
  const reading = (r: Omit<Reading, 'kind' | 'head'> & { titleEnd: number }) => {
    const head = lower(r.titleEnd - 1);
    const words = r.title.toLowerCase().split(/[\s,]+/);
    let kind = kindOf(words, head);
    // "Tory leader", "Liberal Democrat home affairs spokesman": a party word inside the title.
    if (!r.of && !r.refersBack && kind !== 'country' && kind !== 'legislature' && kind !== 'court') {
      for (let k = r.titleFirst; k < r.titleEnd - 1 && !r.of; k++) {
        if (!/^\p{Lu}/u.test(tokens[k]!.text)) continue;
        const party = partyAfter(k, r.titleEnd - 1);
        if (party) r.of = partyEntity(party.party, k, party.end - 1);
      }
    }
    if (kind === 'any' && words.some((w) => PARTY_FORMS.has(w))) kind = 'party';
    // "President Reagan": a bare, capitalized "President" before a name is a head of state; "president Paul Tregurtha" may be a company's.
    if (kind === 'any' && head === 'president' && r.titleEnd - r.titleFirst === 1 && r.rule === 'role.title-before-name' && /^P/.test(tokens[r.titleFirst]!.text)) kind = 'country';
    // The caller's fresh object is the reading, its titleEnd left on it unread: a rest copy and a spread cost two
    // objects per reading, and nothing lists a reading's keys.
    const read = r as typeof r & Reading;
    read.kind = kind;
    read.head = head;
    readings.push(read);
  };

  /** Per sentence, where the last name given an office by an appointing verb ends. */
  const appointedIn = new Map<number, number>();
  // Surnames several people of the article share: "Treasury Secretary Baker" may be James or Howard.
  const surnames = new Map<string, number>();
  for (const e of index.entities.values()) {
    if (e.type !== 'Person') continue;
    const last = e.label.split(/\s+/).at(-1)!.toLowerCase();
    surnames.set(last, (surnames.get(last) ?? 0) + 1);
  }
  // The offices read around each person's name. (A function of its own rather than a loop in findRoles: compiled
  // inside findRoles, this loop made V8's optimizing compiler spend about 3 s on findRoles alone, mostly in escape
  // analysis, while findRoles ran unoptimized; apart, both compile in about 0.6 s.)
  function readMentionOffices(): void {
    for (const m of index.mentions) {
      if (m.type !== 'Person' || m.kind !== 'name') continue;
      // An office read for a shared surname could go to the wrong person: never give one person another's office.
      if (m.endToken - m.firstToken === 1 && (surnames.get(lower(m.firstToken)) ?? 0) > 1) continue;
      // "General Manager" read as a name is a title, not a person ("Lord King" is a name); "Martin Luther King Jnr":
      // a name's suffix read as a name; "Exchequer Nigel Lawson": an office word read into a name.
      // "GATT (General Agreement on Tariffs and Trade)": a document's head read as a one-word name holds no office.
      if (m.endToken - m.firstToken === 1 && PURPOSE_HEADS.document.has(tokens[m.firstToken]!.text)) continue;
      // "sole manager Bear, Stearns and Co", "a managing director of Merrill Lynch, Pierce, Fenner and Smith Ltd": a
      // one-word name inside a partnership's name that ends in a legal form is the firm's, no person's.
      if (m.endToken - m.firstToken === 1 && inFirmName(m)) continue;
      if ((titleWordsOnly(m) && !ADDRESS_TITLES.has(lower(m.firstToken - 1))) || NAME_SUFFIXES.has(lower(m.firstToken)) || (lower(m.firstToken) !== 'lord' && TITLE_MODIFIERS.has(lower(m.firstToken)) && m.endToken - m.firstToken > 1)) continue;
      const si = sentenceOf(m.firstToken);
      const sentence = sentences[si]!;
      const floor = sentence.firstToken;
      const limit = sentence.endToken;
      // "Science Minister Lord Sainsbury", "elected its president, Dr James Renier": a title of address before the name.
      const nameStart = m.firstToken - 1 >= floor && ADDRESS_TITLES.has(lower(m.firstToken - 1)) ? m.firstToken - 1 : m.firstToken;
      // "Sen. Jake Garn (R-Utah)": the wire's abbreviation is an office of its own, besides a title before it
      // ("Committee chairman Sen. Paul Sarbanes"); "former" and "late" before it are the office's.
      const abbreviated = nameStart < m.firstToken ? LEGISLATOR_ABBREVIATIONS.get(lower(nameStart)) : undefined;
      if (abbreviated) {
        const first = nameStart - 1 >= floor && /^(?:former|late)$/i.test(tokens[nameStart - 1]!.text) ? nameStart - 1 : nameStart;
        readings.push({ person: m.entity, title: slice(first, nameStart + 1), rule: 'role.title-before-name', sentence: si, phraseStart: first, nameEnd: m.endToken, titleFirst: first, kind: HEADS.get(abbreviated)!.owner, head: abbreviated });
        if (PLURAL_LEGISLATOR_ABBREVIATIONS.has(lower(nameStart))) {
          for (const other of listedNames(m, limit)) readings.push({ ...readings.at(-1)!, person: other.entity, nameEnd: other.endToken });
        }
      }

      // "Portuguese Prime Minister Anibal Cavaco Silva": a first name the recognizer left out of the name, one
      // capitalized word no title or name covers, between a title's head and the name.
      const gap = nameStart === m.firstToken && nameStart - 2 >= floor && mentionAt[nameStart - 1] === -1 && /^\p{Lu}\p{Ll}+$/u.test(tokens[nameStart - 1]!.text)
        && !isTitleWord(nameStart - 1) && !COMMON_CAPITALIZED.has(lower(nameStart - 1)) && !ADDRESS_TITLES.has(lower(nameStart - 1))
        && isTitleWord(nameStart - 2) && isHead(lower(nameStart - 2)) && titleBefore(nameStart, floor) < 0;
      if (readTitleBefore(m, si, floor, limit, gap ? nameStart - 1 : nameStart)) continue;
      if (readAppositiveBefore(m, si, floor, nameStart)) {
        // "its chairman, Donald Bachmann, was named to the additional post of chief executive": a second office.
        readPost(m, si, limit, nameStart);
        continue;
      }
      // "Joaquin Almunia, the European Union's monetary affairs commissioner", "Philip Snalune, director of products at Telewest"
      if (readAfter(m, si, limit, appositiveStart(m, limit), 'role.appositive-after')) continue;
      if (readPost(m, si, limit, nameStart)) continue;
      // "Richard Niglio has been appointed chairman", "Jim Stevens, who is also a Coca-Cola Enterprises vice president"
      if (readAfter(m, si, limit, copulaStart(m, limit), 'role.copula')) continue;
      // (where the words after the name and its age start: asked by each reader below)
      const afterAge = skipAge(m.endToken, limit);
      // "its board elected Nathan C. Collins chairman of the board", "named John Weil as president of its Apparel Group"
      // "X joined Acme as chief executive", "X has joined the bank as its chief economist": the body is the owner.
      if (JOINING.has(lower(afterAge)) || (/^(?:has|have|had|will)$/.test(lower(afterAge)) && JOINING.has(lower(afterAge + 1)))) {
        let t = afterAge + (JOINING.has(lower(afterAge)) ? 1 : 2);
        if (theBefore(t)) t++;
        const body = mentionAt[t]! >= 0 ? index.mentions[mentionAt[t]!]! : undefined;
        if (body && body.type === 'Organization' && lower(body.endToken) === 'as' && readAfter(m, si, limit, body.endToken + (OWNER_PRONOUNS.has(lower(body.endToken + 1)) ? 2 : 1), 'role.joined')) {
          const r = readings.at(-1)!;
          if (!r.of && !r.refersBack) r.of = ownerEntity(body);
          continue;
        }
      }
      // "X's future as Chester manager", "the exit of X as White House chief of staff": a noun of tenure.
      {
        const after = afterAge;
        if (isPossessive(after) && TENURE_NOUNS.has(lower(after + 1)) && lower(after + 2) === 'as' && readAfter(m, si, limit, after + 3, 'role.tenure')) continue;
        if (lower(nameStart - 1) === 'of' && TENURE_NOUNS.has(lower(nameStart - 2)) && lower(after) === 'as' && readAfter(m, si, limit, after + 1, 'role.tenure')) continue;
      }
      // "Named home secretary after the 2001 election, Mr X had ...": a participle of appointment opening the
      // sentence gives its title to the subject named right after the clause's comma.
      if (tokens[nameStart - 1]?.text === ',' && nameStart - 1 > floor + 1) {
        let t = floor;
        while (t < nameStart && /^["“‘(]$/.test(tokens[t]!.text)) t++;
        let comma = t;
        while (comma < nameStart - 1 && tokens[comma]!.text !== ',') comma++;
        if (comma === nameStart - 1 && /^\p{Lu}/u.test(tokens[t]!.text) && APPOINTED.has(lower(t)) && lower(t) !== 'made') {
          let k = t + 1;
          if (lower(k) === 'as' || (lower(k) === 'to' && lower(t) === 'promoted')) k++;
          if (readAfter(m, si, comma, k, 'role.fronted-appointed')) continue;
        }
      }
      // "named A as chairman and B as president": the second of a list of appointments.
      if (lower(nameStart - 1) === 'and' && lower(afterAge) === 'as' && appointedIn.get(si) !== undefined && appointedIn.get(si)! < nameStart) {
        readAfter(m, si, limit, afterAge + 1, 'role.appointed');
        continue;
      }
      if (APPOINTING.has(lower(nameStart - 1))) {
        appointedIn.set(si, m.endToken);
        let t = afterAge;
        // "named X as president", "promoted X to chief executive"
        if (lower(t) === 'as' || (lower(t) === 'to' && /^promote/.test(lower(nameStart - 1)))) t++;
        readAfter(m, si, limit, t, 'role.appointed');
      } else if (DISPLACING.has(lower(nameStart - 1)) && lower(afterAge) === 'as') {
        // "Howard sacked Peacock as shadow foreign minister": the object held the office.
        readAfter(m, si, limit, afterAge + 1, 'role.displaced');
        // "Mr Morrow will succeed Mr Tsuda as president", "X, 54, president, will succeed Y as chief executive": the
        // subject takes the office the object held.
        const successor = SUCCEEDING.has(lower(nameStart - 1)) ? successorBefore(nameStart - 1, floor) : undefined;
        if (successor) readAfter(successor, si, limit, afterAge + 1, 'role.succeeding');
      }
    }
  }
  readMentionOffices();

  /**
   * The named person whose verb of succeeding is at `verb`: right before it past auxiliaries ("will", "has been named
   * to"), or before an appositive closed by a comma ("X, 54, president and chief operating officer, will succeed").
   */
  function successorBefore(verb: number, floor: number): ResolvedMention | undefined {
    let k = verb - 1;
    while (k > floor && SUCCESSION_AUX.has(lower(k))) k--;
    if (tokens[k]?.text === ',') {
      let open = k - 1;
      while (open > floor && open > k - 14 && tokens[open]!.text !== ',') open--;
      if (open <= floor || tokens[open]!.text !== ',') return undefined;
      k = open - 1;
      // "X, 54, president ...,": the age's commas
      if (/^\d+$/.test(tokens[k]!.text) && tokens[k - 1]?.text === ',') k -= 2;
    }
    const at = k >= floor ? mentionAt[k]! : -1;
    const s = at >= 0 ? index.mentions[at]! : undefined;
    if (!s || s.type !== 'Person' || s.kind !== 'name' || s.endToken !== k + 1) return undefined;
    // a shared surname could be another person's
    if (s.endToken - s.firstToken === 1 && (surnames.get(lower(s.firstToken)) ?? 0) > 1) return undefined;
    return s;
  }

  /** "French President Emmanuel Macron", "former U.S. President Donald Trump", "Secretary of State George Shultz". */
  /**
   * "Sens. Ted Cruz (R-Texas), Rand Paul of Kentucky and Marco Rubio": the names listed after the first one, each
   * after a comma or "and", past its party-state tag or "of" and its state.
   */
  function listedNames(m: ResolvedMention, limit: number): ResolvedMention[] {
    const out: ResolvedMention[] = [];
    let t = m.endToken;
    for (;;) {
      if (lower(t) === '(') {
        let close = t + 1;
        while (close < limit && close - t <= 6 && lower(close) !== ')') close++;
        if (lower(close) !== ')') break;
        t = close + 1;
      } else if (lower(t) === 'of' && mentionAt[t + 1]! >= 0 && index.mentions[mentionAt[t + 1]!]!.type !== 'Person') {
        t = index.mentions[mentionAt[t + 1]!]!.endToken;
      } else if (lower(t) === ',' && /^[RDI]-/.test(tokens[t + 1]?.text ?? '')) {
        t += 2;
        if (lower(t) === '.') t++;
      }
      if (lower(t) === ',') t++;
      if (lower(t) === 'and') t++;
      const i = t < limit ? mentionAt[t]! : -1;
      const next = i >= 0 ? index.mentions[i]! : undefined;
      if (!next || next.firstToken !== t || next.type !== 'Person' || next.kind !== 'name' || t === m.endToken) break;
      out.push(next);
      m = next;
      t = next.endToken;
    }
    return out;
  }

  function readTitleBefore(m: ResolvedMention, si: number, floor: number, limit: number, titleEnd: number): boolean {
    let first = titleBefore(titleEnd, floor);
    let headEnd = titleEnd;
    let comp: Complement | undefined;
    if (first < 0) {
      // "Chancellor of the Exchequer Nigel Lawson", "director of rugby Jack Rowell", "analyst for Merrill Lynch Mario Balletto"
      for (let k = titleEnd - 2; k > Math.max(floor, titleEnd - 8); k--) {
        // "US ambassador to Iraq Harold Finch": where an envoy is sent, before the name.
        if (!(/^(?:of|for)$/.test(lower(k)) || (lower(k) === 'to' && ENVOYS.has(lower(k - 1)))) || !isHead(lower(k - 1))) continue;
        const start = titleBefore(k, floor);
        if (start < 0) break;
        const c = complementAfter(k, titleEnd, false, true);
        if (c.titleEnd === titleEnd || (c.of && c.end === titleEnd)) {
          first = start;
          headEnd = k;
          comp = c;
        }
        break;
      }
      if (first < 0) return false;
    }
    const portfolioFirst = comp ? first : portfolioStart(first, floor, lower(headEnd - 1), headEnd - 1);
    const portfolio = portfolioFirst < first;
    first = portfolioFirst;
    let owner: Owner;
    const split = comp ? undefined : ownerWithTitleWords(first, floor, lower(headEnd - 1));
    if (split) ({ first, owner } = split);
    else ({ first, owner } = ownerOverFieldWords(first, floor, lower(headEnd - 1)));
    // "IMF Mission Chief for Ghana Carlo Sdralevich": with the owner before the title, what "for" names is its field.
    const forField = !!comp && !!owner.of && !!comp.of && comp.of !== owner.of && lower(headEnd) === 'for';
    // (a prefix the tokenizer joined to the owner, "ex-", joins the title the same way: "ex-leader")
    const title = (owner.prefix ? (owner.prefix.endsWith('-') ? owner.prefix : `${owner.prefix} `) : '') + slice(first, comp ? (forField ? comp.end : comp.titleEnd) : titleEnd);
    let of = owner.of ?? comp?.of;
    let rule: RuleId = portfolio ? 'role.portfolio-title' : 'role.title-before-name';
    // "President Nestor Kirchner of Argentina", "analyst Maryann Keller of Furman Selz", "Governor Robert Orr of Indiana"
    // "UK manager John Smith of Acme Corp": a country before a team's office names a field when a body follows.
    const teamCountry = !!of && TEAM_HEADS.has(lower(headEnd - 1)) && index.entities.get(of)?.type === 'Country';
    if ((!of || teamCountry) && !owner.refersBack && /^(?:of|at|with)$/.test(lower(m.endToken))) {
      let u = m.endToken + 1;
      if (theBefore(u)) u++;
      const regional = REGIONAL_HEADS.has(lower(headEnd - 1));
      const after = u < limit ? ownerMention(u, u, regional) : undefined;
      if (after && after.firstToken === u && (!teamCountry || after.type === 'Organization')) {
        of = ownerEntity(after);
        rule = 'role.title-name-of';
      }
      // "analyst George Salem of Donaldson, Lufkin and Jenrette Securities Corp": a partnership the recognizer split.
      const first = u < limit && mentionAt[u]! >= 0 ? index.mentions[mentionAt[u]!]! : undefined;
      const partners = first && first.firstToken === u && first.type !== 'Country' && HEADS.get(lower(headEnd - 1))?.owner === 'organization' ? partnershipEnd(first.endToken, limit) : -1;
      const firm = partners > 0 ? organizationNamed(u, partners) : undefined;
      if (firm) {
        of = firm;
        rule = 'role.title-name-of';
      }
    }
    // "General Guven Ergenc, Secretary General of the Turkish General Staff": an office after the name too;
    // the bare title before it then takes no owner from context.
    // "Vice Premier Yao Yilin, a former Commerce Minister": an apposition that names no owner either leaves the
    // title before free to take one from context.
    const after = !of && !owner.refersBack && !owner.viaPerson && readAfter(m, si, limit, appositiveStart(m, limit), 'role.appositive-after') && (!!readings.at(-1)!.of || !!readings.at(-1)!.refersBack || !!readings.at(-1)!.ownerUnnamed);
    reading({
      person: m.entity, title, of, rule, sentence: si, phraseStart: owner.start, nameEnd: m.endToken, titleFirst: first, titleEnd: headEnd,
      ...(of ? {} : { refersBack: owner.refersBack, refersNoun: owner.refersNoun, viaPerson: owner.viaPerson, ownerUnnamed: owner.ownerUnnamed || after || comp?.ownerUnnamed }),
    });
    return true;
  }

  /**
   * "EU Humanitarian Aid Commissioner", "World Bank Country Director": a body's name the recognizer ran on into the
   * title's words. When the words before them name a body the article knows (or a known body), that body owns the
   * office and the words are the title's.
   */
  function ownerWithTitleWords(first: number, floor: number, headWord: string): { first: number; owner: Owner } | undefined {
    // A government's office is no body's: "CDU Finance Minister" names the holder's party, not the owner.
    if (HEADS.get(headWord)?.owner === 'country') return undefined;
    const i = first - 1 >= floor ? mentionAt[first - 1]! : -1;
    if (i < 0) return undefined;
    const m = index.mentions[i]!;
    if (m.type !== 'Organization' || m.endToken !== first || m.firstToken < floor || m.endToken - m.firstToken < 2) return undefined;
    // Portfolios and ranks only: a word of many bodies' names ("Industries", "Board", "Commission") keeps the name whole.
    const titleish = (k: number) => lower(k) === 'and' || (/^\p{Lu}/u.test(tokens[k]!.text) && (JOINED_PORTFOLIO_WORDS.has(lower(k)) || SPLIT_RANKS.has(lower(k))) && !GENERIC_NAME_WORDS.has(tokens[k]!.text) && !BODY_NAME_ENDS.has(lower(k)) && !NOT_PORTFOLIO_NAME_WORDS.has(lower(k)));
    // The shortest tail of title words whose head part names a body: "World Bank | Country".
    let s = m.endToken;
    while (s - 1 > m.firstToken && titleish(s - 1)) s--;
    for (; s < m.endToken; s++) {
      if (lower(s) === 'and') continue;
      const name = slice(m.firstToken, s);
      let key: string | undefined;
      for (const e of index.entities.values()) {
        // A body only: "Georgia Power chairman" is the company's, not Georgia's "Power Chairman".
        if (e.type === 'Organization' && e.key !== m.entity && (e.label === name || e.aliases.has(name))) {
          key = e.key;
          break;
        }
      }
      // "EU": the gazetteer's body by its label ("European Union"), as the entity layer names it.
      const entry = key ? undefined : gazetteer().forms.get(straighten(name));
      const record = entry?.type === 'Organization' ? gazetteer().organizations.get(entry.key) : undefined;
      if (record) {
        if (!index.entities.has(record.key)) index.entities.set(record.key, { key: record.key, type: 'Organization', label: record.label, aliases: new Set(), ...(record.wikidata ? { wikidata: record.wikidata } : {}) });
        if (index.entities.get(record.key)!.type === 'Organization') {
          key = record.key;
          if (name !== record.label) index.entities.get(key)!.aliases.add(name);
          addedMentions.push({ start: tokens[m.firstToken]!.start, end: tokens[s - 1]!.end, firstToken: m.firstToken, endToken: s, entity: key, type: 'Organization', kind: 'name' });
        }
      }
      if (!key && KNOWN_ORGANIZATIONS.has(name)) key = organizationNamed(m.firstToken, s);
      if (key) return { first: s, owner: { of: key, start: m.firstToken } };
    }
    return undefined;
  }

  /** "its top diplomat for Europe, James O'Brien", "The charity's director, Barbara Stocking", "Secretary of State for the Economy, X". */
  function readAppositiveBefore(m: ResolvedMention, si: number, floor: number, nameStart: number): boolean {
    if (!(nameStart - 2 >= floor && tokens[nameStart - 1]!.text === ',')) return false;
    const phraseEnd = nameStart - 1;
    let headEnd = phraseEnd;
    // An optional "for Europe" / "of the company" after the head.
    for (let k = phraseEnd - 1; k > Math.max(floor, phraseEnd - 9); k--) {
      if ((/^(?:for|of|at)$/.test(lower(k)) || (lower(k) === 'to' && ENVOYS.has(lower(k - 1)))) && isHead(lower(k - 1))) {
        headEnd = k;
        break;
      }
    }
    const first = titleBefore(headEnd, floor);
    if (first < 0) return false;
    const { first: start, owner } = ownerWithTitleWords(first, floor, lower(headEnd - 1)) ?? ownerOverFieldWords(first, floor, lower(headEnd - 1));
    // "As chief operating officer, X will run the company": a sentence that opens with "As" + the title.
    const asOpener = start - 1 === floor && lower(floor) === 'as';
    const opensClause = start === floor || /^["“‘(—–:-]$/.test(tokens[start - 1]!.text) || asOpener;
    // "The new chairman of the Bar Council, Guy Mansfield": a prefix after the determiner.
    const before = start - 1 >= floor && isPrefix(lower(start - 1)) ? start - 2 : start - 1;
    const determined = (before >= floor && /^(?:its|his|her|their|the|a|an)$/.test(lower(before))) || owner.refersBack || owner.viaPerson || isPossessive(owner.start === start ? -1 : start - 1);
    // "..., managing director of the Australian Meat Corp, Peter Frawley, said": after a comma, a title that
    // names its owner after "of" stands in apposition too (the name closed by a comma or the sentence).
    const commaOwned = () => start - 1 >= floor && tokens[start - 1]!.text === ',' && headEnd < phraseEnd && lower(headEnd) === 'of'
      && (m.endToken >= limitOf(si) || /^[,.;]$/.test(tokens[m.endToken]!.text)) && !!complementAfter(headEnd, phraseEnd, false).of;
    if (!(determined || owner.of || opensClause || commaOwned())) return false;
    // "... as US President, Tony Blair has said": a name that opens the next clause is not in apposition.
    const next = lower(m.endToken);
    if (!determined && !asOpener && /^(?:has|have|had|said|says|told|tells|added|is|was|will|would)$/.test(next)) return false;
    const comp = headEnd < phraseEnd ? complementAfter(headEnd, phraseEnd, !!owner.of) : ({ titleEnd: headEnd, end: headEnd } as Complement);
    // The whole phrase stays the title when its words after the head are not an owner ("for Europe").
    const titleEnd = comp.of || comp.refersBack || comp.ownerUnnamed ? comp.titleEnd : phraseEnd;
    const title = (owner.prefix ? `${owner.prefix} ` : '') + slice(start, titleEnd);
    const of = comp.of ?? owner.of;
    if (isOfficeHead(lower(headEnd - 1))) {
      reading({
        person: m.entity, title, of, rule: 'role.appositive-before', sentence: si, phraseStart: owner.start, nameEnd: m.endToken,
        titleFirst: start, titleEnd: headEnd,
        ...(of ? {} : { refersBack: owner.refersBack ?? comp.refersBack, refersNoun: owner.refersNoun ?? comp.refersNoun, viaPerson: owner.viaPerson, ownerUnnamed: owner.ownerUnnamed || comp.ownerUnnamed }),
      });
    }
    return true;
  }

  /**
   * "Phillips and Drew", "Smith & Wesson" before a company office: the capitalized word or name joined by "and"
   * or "&" to the owner mention m, opening its phrase, makes one firm with it (made here, as printed).
   */
  function firmJoinedBefore(m: ResolvedMention, floor: number): { key: string; first: number } | undefined {
    const joiner = m.firstToken - 1;
    if (joiner - 1 < floor || !/^(?:and|&)$/.test(lower(joiner))) return undefined;
    const last = joiner - 1;
    const other = mentionAt[last]! >= 0 ? index.mentions[mentionAt[last]!]! : undefined;
    // A person's full name before "and" is a person, not a partner's surname ("Paul Volcker and Council of ... chairman").
    if (other && (other.type === 'Country' || (other.type === 'Person' && other.endToken - other.firstToken > 1))) return undefined;
    const first = other ? other.firstToken : last;
    if (!/^\p{Lu}/u.test(tokens[first]!.text) || COMMON_CAPITALIZED.has(lower(first)) || CONNECTIVES.has(lower(first)) || gazetteer().forms.get(straighten(tokens[first]!.text))?.type === 'Country') return undefined;
    if (first - 1 >= floor && !/^[^\p{L}\p{N}]+$/u.test(tokens[first - 1]!.text) && !/^\p{Ll}/u.test(tokens[first - 1]!.text)) return undefined;
    const key = organizationNamed(first, m.endToken);
    return key ? { key, first } : undefined;
  }
  /** Where sentence si ends, as a token index. */
  function limitOf(si: number): number {
    return sentences[si]!.endToken;
  }
  /** ", 57," after a name. */
  function skipAge(t: number, limit: number): number {
    return t + 2 < limit && tokens[t]!.text === ',' && /^\d{1,3}$/.test(tokens[t + 1]!.text) && tokens[t + 2]!.text === ',' ? t + 3 : t;
  }
  /** Where an apposition's title phrase starts: after "X," (and "X, 57,"), or inside "X (chairman of Acme)". */
  function appositiveStart(m: ResolvedMention, limit: number): number {
    const t = skipAge(m.endToken, limit);
    if (t !== m.endToken) return t;
    if (t + 2 < limit && tokens[t]!.text === '(') {
      for (let k = t + 2; k < Math.min(limit, t + 14); k++) if (tokens[k]!.text === ')') return t + 1;
      return -1;
    }
    return t + 2 < limit && tokens[t]!.text === ',' ? t + 1 : -1;
  }
  /** Where a copula's title starts: "X is", "X has been named", "X, who is also", "X will be". */
  function copulaStart(m: ResolvedMention, limit: number): number {
    let t = skipAge(m.endToken, limit);
    if (tokens[t]?.text === ',' && lower(t + 1) === 'who') t += 2;
    // "succeeding James Baker who remains chairman": a relative clause without its comma.
    else if (lower(t) === 'who') t++;
    const skipAdverbs = () => {
      while (ADVERBS.has(lower(t))) t++;
    };
    skipAdverbs();
    // "X has resigned as president", "X will step down as chairman": an auxiliary before a verb of leaving.
    if (/^(?:has|have|had|will|would)$/.test(lower(t)) && LEAVING.has(lower(t + 1)) && (lower(t + 2) === 'as' || (['down', 'over'].includes(lower(t + 2)) && lower(t + 3) === 'as'))) t++;
    const w = lower(t);
    // "X served simultaneously as ...", "X stepped down briefly as ...": a manner adverb between the verb and "as"
    let asAt = t + 1;
    while (LEAVING.has(w) && asAt < t + 3 && (ADVERBS.has(lower(asAt)) || /^\p{Ll}{4,}ly$/u.test(tokens[asAt]?.text ?? ''))) asAt++;
    if (LEAVING.has(w) && lower(asAt) === 'as') {
      // "X stepped down as chairman", "X served as finance minister": the office held, as printed.
      t = asAt;
    } else if (LEAVING.has(w) && ['down', 'over'].includes(lower(t + 1)) && lower(t + 2) === 'as') {
      t += 2;
    } else if (/^(?:is|was)$/.test(w) && (lower(t + 1) === 'to' || (ABOUT_TO.has(lower(t + 1)) && lower(t + 2) === 'to')) && /^(?:be|become|remain)$/.test(lower(lower(t + 1) === 'to' ? t + 2 : t + 3))) {
      // "X is to become chairman", "X is set to become chief executive", "X is expected to be named president"
      t += lower(t + 1) === 'to' ? 3 : 4;
      if (APPOINTED.has(lower(t))) t++;
    } else if (/^(?:is|was|remains|becomes|became|continues)$/.test(w)) {
      t++;
      skipAdverbs();
      if (w === 'was' && APPOINTED.has(lower(t))) t++;
      else if (/^(?:is|was)$/.test(w) && DISPLACED.has(lower(t)) && lower(t + 1) === 'as') t++;
    } else if (/^(?:has|have|had)$/.test(w)) {
      t++;
      skipAdverbs();
      if (lower(t) !== 'been') return -1;
      t++;
      if (APPOINTED.has(lower(t)) || (DISPLACED.has(lower(t)) && lower(t + 1) === 'as')) t++;
    } else if (w === 'will') {
      t++;
      skipAdverbs();
      if (!/^(?:be|become|remain|continue)$/.test(lower(t))) return -1;
      t++;
      if (APPOINTED.has(lower(t))) t++;
    } else return -1;
    if (/^(?:as|to)$/.test(lower(t))) t++;
    return t < limit ? t : -1;
  }

  /** "X was named to the additional post of chief executive officer", "named X to its newly-created post of president". */
  function readPost(m: ResolvedMention, si: number, limit: number, nameStart: number): boolean {
    let after = skipAge(m.endToken, limit);
    if (tokens[after]?.text === ',' && /^(?:is|was|has|have|had)$/.test(lower(after + 1))) after++;
    let t = -1;
    if (APPOINTING.has(lower(nameStart - 1))) t = postOf(after, limit);
    else if (/^(?:is|was|has|have|had)$/.test(lower(after))) {
      const u = lower(after + 1) === 'been' ? after + 2 : after + 1;
      if (APPOINTED.has(lower(u)) || APPOINTING.has(lower(u))) t = postOf(u + 1, limit);
    }
    return t > 0 && readAfter(m, si, limit, t, 'role.appointed-post');
  }
  /**
   * "to the newly-created post of", "to its new position of": where the title starts after a post noun
   * (roles/titles.ts APPOINTMENT_POSTS) that "to" opens at token t; -1 when no such phrase is there.
   */
  function postOf(t: number, limit: number): number {
    if (lower(t) !== 'to') return -1;
    let k = t + 1;
    if (/^(?:the|its|their|his|her|a|an)$/.test(lower(k))) k++;
    for (let n = 0; n < 2 && /^\p{Ll}[\p{Ll}-]+$/u.test(tokens[k]?.text ?? '') && !APPOINTMENT_POSTS.has(lower(k)); n++) k++;
    if (!APPOINTMENT_POSTS.has(lower(k)) || lower(k + 1) !== 'of') return -1;
    return k + 2 < limit ? k + 2 : -1;
  }
  /** "cosmetics analyst", "games division head": one or two lowercase field words, then a title word. */
  function fieldThenTitle(k: number, limit: number): boolean {
    let f = k;
    while (f < k + 2 && f < limit && mentionAt[f] === -1 && /^\p{Ll}[\p{Ll}-]+$/u.test(tokens[f]!.text) && !/(?:ing|ed|ly|est)$/.test(lower(f)) && !TITLE_STOPS.has(lower(f)) && !DETERMINERS.has(lower(f)) && !PREPOSITIONS.has(lower(f)) && !isTitleWord(f)) f++;
    return f > k && isTitleWord(f);
  }
  /** A title phrase starting at token t0, after the name: "[a] [former] [Acme's] chief executive [of Acme]". */
  function readAfter(m: ResolvedMention, si: number, limit: number, t0: number, rule: RuleId): boolean {
    if (t0 < 0 || t0 >= limit) return false;
    let t = t0;
    let prefix: string | undefined;
    // "X, formerly managing director of Acme": an office held before, kept as "former" (the guide keeps it).
    for (let k = m.endToken; k < t0; k++) if (/^(?:formerly|previously)$/.test(lower(k))) prefix = 'former';
    while (ADVERBS.has(lower(t))) {
      if (/^(?:formerly|previously)$/.test(lower(t))) prefix = 'former';
      t++;
    }
    if (DETERMINERS.has(lower(t))) t++;
    if (isPrefix(lower(t))) prefix = tokens[t++]!.text;
    let of: string | undefined;
    let refersBack: OwnerKind | undefined;
    let refersNoun: string | undefined;
    let owner = ownerMention(t, t);
    // "the International Development Secretary": office words read as a name belong to the title.
    if (owner && officeWordsOnly(owner)) owner = undefined;
    if (!owner && mentionAt[t]! >= 0 && (isPossessive(index.mentions[mentionAt[t]!]!.endToken) || isTitleWord(index.mentions[mentionAt[t]!]!.endToken))) {
      // "X, Deloitte's chief economist", "X, Diana chairman": the head after the name decides whether it is a company's.
      let h = index.mentions[mentionAt[t]!]!.endToken;
      const possessive = isPossessive(h);
      if (possessive) h++;
      while (h < limit && isTitleWord(h)) h++;
      // "X, Peoplesoft's director of database markets": a possessive name owning a company's office in apposition.
      owner = companyReadAsPerson(t, t, lower(h - 1), possessive && HEADS.get(lower(h - 1))?.owner === 'organization');
    }
    const party = !owner ? partyAfter(t, limit) : undefined;
    if (owner && owner.firstToken === t && owner.endToken < limit && isPossessive(owner.endToken)) {
      of = ownerEntity(owner);
      t = owner.endToken + 1;
    } else if (owner && owner.firstToken === t && (isTitleWord(owner.endToken) || (rule === 'role.appositive-after' && fieldThenTitle(owner.endToken, limit)))) {
      // "X, Telewest chief executive"; but "X, UK economist at Capital Economics": a country names a company office's field.
      let h = owner.endToken;
      while (h < limit && isTitleWord(h)) h++;
      if (!(owner.type === 'Country' && HEADS.get(lower(h - 1))?.owner === 'organization')) of = ownerEntity(owner);
      t = owner.endToken;
    } else if (party) {
      of = partyEntity(party.party, t, party.end - 1);
      t = party.end;
      if (t < limit && isPossessive(t)) t++;
    } else if (!owner && t + 1 < limit && (isTitleWord(t + 1) || (isPossessive(t + 1) && isTitleWord(t + 2))) && organizationByWord(t)) {
      // "X, a Scherer director" after "R.P. Scherer Corp": a body by one word of its name.
      of = organizationByWord(t);
      t += isPossessive(t + 1) ? 2 : 1;
    } else if (!owner && rule === 'role.appositive-after' && mentionAt[t] === -1 && /^\p{Lu}/u.test(tokens[t]?.text ?? '') && !isTitleWord(t) && !isPrefix(lower(t))) {
      // "Achim Steiner, UNDP Administrator": an acronym or words the recognizer left unnamed before a body's office.
      let e = t;
      while (e < limit && e < t + 5 && mentionAt[e] === -1 && /^\p{Lu}/u.test(tokens[e]!.text) && !isTitleWord(e)) e++;
      let h = e;
      while (h < limit && isTitleWord(h)) h++;
      const body = e > t && h > e ? unnamedOrganizationBefore(e - 1, t, lower(h - 1)) : undefined;
      if (body && body.first === t) {
        of = body.key;
        t = e;
      }
    } else if (owner && owner.type === 'Country' && owner.firstToken === t && rule === 'role.appositive-after' && mentionAt[owner.endToken] === -1 && /^\p{Lu}/u.test(tokens[owner.endToken]?.text ?? '') && !isTitleWord(owner.endToken)) {
      // "Charles Skibo, US Sprint president": a country's name, then one word the recognizer left unnamed, before a body's office.
      const e = owner.endToken + 1;
      let h = e;
      while (h < limit && isTitleWord(h)) h++;
      const body = h > e ? unnamedOrganizationBefore(e - 1, t, lower(h - 1)) : undefined;
      if (body && body.first === owner.endToken) {
        of = body.key;
        t = e;
      }
    } else if (lower(t) === 'the' && OWNER_NOUNS.has(lower(t + 1)) && isPossessive(t + 2)) {
      refersBack = OWNER_NOUNS.get(lower(t + 1));
      refersNoun = lower(t + 1);
      t += 3;
    } else if (t > t0 && lower(t - 1) === 'the' && OWNER_NOUNS.has(lower(t)) && isPossessive(t + 1)) {
      // "X, the company's chief economist": the determiner was passed above.
      refersBack = OWNER_NOUNS.get(lower(t));
      refersNoun = lower(t);
      t += 2;
    } else if (OWNER_PRONOUNS.has(lower(t))) {
      refersBack = 'any';
      t++;
    }
    if (!prefix && isPrefix(lower(t)) && t > t0) prefix = tokens[t++]!.text;
    const start = t;
    // The title runs to its last office head, through office words and a few lowercase ones the lexicon lacks
    // ("X, wildlife director of ...", "X, auto analyst at ...").
    let lastHead = -1;
    let unknown = 0;
    for (let k = start; k < limit && k < start + 7; k++) {
      const w = lower(k);
      if (isTitleWord(k)) {
        if (isOfficeHead(w)) lastHead = k;
        continue;
      }
      // "X, founder and chairman of Acme": what someone did, joined to the office they hold, stays in its title.
      if (k === start && NOT_OFFICES.has(w) && lower(k + 1) === 'and' && isTitleWord(k + 2)) {
        k++;
        continue;
      }
      // "chief Turkish economist for Deutsche Bank": a demonym inside the title names its field; so does a country
      // ("chief UK economist at Acme").
      const inner = k > start && mentionAt[k]! >= 0 ? index.mentions[mentionAt[k]!]! : undefined;
      if (inner && (inner.kind === 'demonym' || marketInTitle(inner)) && inner.firstToken === k && isTitleWord(inner.endToken)) {
        k = inner.endToken - 1;
        continue;
      }
      if (k > start && mentionAt[k] === -1 && isTitleWord(k + 1) && gazetteer().forms.get(straighten(tokens[k]!.text))?.form === 'demonym') continue;
      // "the EU's Humanitarian Aid Commissioner": capitalized portfolio words before a capitalized title.
      if (mentionAt[k] === -1 && /^\p{Lu}\p{Ll}+$/u.test(tokens[k]!.text) && JOINED_PORTFOLIO_WORDS.has(w) && !NOT_CABINET_PORTFOLIOS.has(w)) continue;
      if ((rule === 'role.appositive-after' || rule === 'role.copula') && unknown < 2 && /^\p{Ll}[\p{Ll}-]+$/u.test(tokens[k]!.text) && !/(?:ing|ed|ly|est)$/.test(w) && !TITLE_STOPS.has(w) && !DETERMINERS.has(w) && !PREPOSITIONS.has(w) && !/^(?:of|for|at|with)$/.test(w)) {
        unknown++;
        continue;
      }
      break;
    }
    if (lastHead < 0) return false;
    // "X quit as the president's top aide", "replaced X as the chairman's adviser": the title names whom the office serves.
    if (isPossessive(lastHead + 1)) return false;
    t = lastHead + 1;
    // "chief meteorologist for E.F. Hutton": lowercase words after the head, up to the owner, are the title's.
    let tail = t;
    while (rule === 'role.appositive-after' && tail < limit && tail < t + 2 && /^\p{Ll}[\p{Ll}-]+$/u.test(tokens[tail]!.text) && !/(?:ing|ed|ly)$/.test(lower(tail)) && !TITLE_STOPS.has(lower(tail)) && !DETERMINERS.has(lower(tail)) && !/^(?:of|for|at|with)$/.test(lower(tail))) tail++;
    const boundary = (k: number) => k >= limit || /^(?:of|for|at|with)$/.test(lower(k)) || /^[,;:.)(]$/.test(tokens[k]!.text) || TITLE_STOPS.has(lower(k));
    const headEnd = t;
    if (tail > t && boundary(tail)) t = tail;
    // "chairman and chief executive of Acme": one title as printed, its first head deciding the kind.
    let titleEnd = t;
    if (lower(t) === 'and') {
      let k = t + 1;
      while (k < limit && isTitleWord(k)) k++;
      if (k > t + 1 && isOfficeHead(lower(k - 1))) titleEnd = k;
    }
    // "Anderson was President Eisenhower's treasury secretary": the title is the next name's.
    // "X, Lib Dem elections chief Lord Rennard said": so is one after a title of address.
    const nameAt = (k: number) => {
      if (k < limit && ADDRESS_TITLES.has(lower(k)) && /^\p{Lu}/u.test(tokens[k]!.text)) k++;
      return k < limit && mentionAt[k]! >= 0 && index.mentions[mentionAt[k]!]!.type === 'Person' && index.mentions[mentionAt[k]!]!.firstToken === k;
    };
    if (titleEnd < limit && ((mentionAt[titleEnd]! >= 0 && index.mentions[mentionAt[titleEnd]!]!.type === 'Person') || nameAt(titleEnd))) return false;
    // "vice president, finance, of Acme": Reuters' field between commas, kept in the title.
    if (tokens[titleEnd]?.text === ',' && rule === 'role.appositive-after') {
      let k = titleEnd + 1;
      while (k < Math.min(limit, titleEnd + 4) && /^\p{Ll}[\p{Ll}-]+$/u.test(tokens[k]!.text) && !TITLE_STOPS.has(lower(k)) && !DETERMINERS.has(lower(k)) && !PREPOSITIONS.has(lower(k))) k++;
      if (k > titleEnd + 1 && tokens[k]?.text === ',' && /^(?:of|at)$/.test(lower(k + 1))) titleEnd = k + 1;
    }
    const comp = complementAfter(titleEnd, limit, !!of);
    // "He met Vice President George Bush, Secretary of State George Shultz and ...": a title with its field before a
    // name is that name's, not an apposition of the name before.
    if (!comp.of && comp.titleEnd > titleEnd && nameAt(comp.titleEnd)) return false;
    // "a member of Montedison's management committee": "member" needs a board, or a body it is a member of.
    if (!headOk(start, headEnd) && !(HEADS.get(lower(headEnd - 1))?.needs && comp.of)) return false;
    // "X is clinical director of Y": after a verb of being, words the lexicon lacks are a title's field only
    // when a named body owns the office ("X was a good prime minister" is an evaluation, no office);
    // "X was a popular chairman of Y": an indefinite article before them makes them an evaluation too.
    if (rule === 'role.copula' && unknown > 0 && ((!of && !comp.of) || /^(?:a|an)$/.test(lower(start - 1)))) return false;
    // "dignitaries including X, the King of Y as well as Z": after "including" or "such as", a phrase that runs on
    // into "and" or "as well as" is the list's next item, not the name's apposition.
    const listed = lower(m.firstToken - 1) === 'including' || (lower(m.firstToken - 1) === 'as' && lower(m.firstToken - 2) === 'such');
    if (rule === 'role.appositive-after' && listed && /^(?:and|or|as)$/.test(lower(comp.end))) return false;
    // "Against Clinton, the Ohio governor earned 51 percent": a name governed by the preposition that opens the
    // sentence ends that phrase at its comma; a title phrase running on into a lowercase word (a verb) is the
    // subject of the clause after it, another person, not the name's apposition.
    if (rule === 'role.appositive-after' && openingPhraseName(m, si) && /^\p{Ll}/u.test(tokens[comp.end]?.text ?? '') && !/^(?:and|or|of|for|at|in|with|who|whose|which|from|since|until)$/.test(lower(comp.end))) return false;
    const title = (prefix ? `${prefix} ` : '') + slice(start, comp.titleEnd).replace(/,$/, '');
    // "Jerry Gottlieb, senior vice president, Lorimar-Telepictures, will ...": the owner in apposition to the title.
    const ownerOf = of ?? comp.of ?? (comp.refersBack || comp.ownerUnnamed ? undefined : appositionAt(comp.end, limit));
    reading({
      person: m.entity, title, of: ownerOf, rule, sentence: si, phraseStart: m.firstToken, nameEnd: m.endToken,
      refersBack: ownerOf ? undefined : (refersBack ?? comp.refersBack), refersNoun: ownerOf ? undefined : (refersNoun ?? comp.refersNoun),
      ownerUnnamed: !ownerOf && comp.ownerUnnamed, titleFirst: start, titleEnd: headEnd,
    });
    return true;
  }

  /**
   * "Sanders may win upstate, where ... . Tuesday, the Vermont senator opened a rally", "Kasich trails Trump. Against
   * Clinton, the Ohio governor earned 51 percent", "Haley should go, says a paper ... a defense of the South Carolina
   * governor": "the", a place and a governor's or legislator's office, with no name after it, describes the person the
   * sentence before is about (named at its clause start), when no one holds that office of that place already and that
   * person holds no office of that head.
   */
  /** The people a sentence names (by name, not by pronoun or description). */
  function peopleNamedIn(si: number): Set<string> {
    const s = sentences[si]!;
    const people = new Set<string>();
    for (let k = s.firstToken; k < s.endToken; k++) {
      const i = mentionAt[k]!;
      if (i >= 0 && index.mentions[i]!.type === 'Person' && index.mentions[i]!.kind === 'name') people.add(index.mentions[i]!.entity);
    }
    return people;
  }

  function readDescribedHolders(): void {
    const heads = new Map<string, Set<string>>();
    for (const r of readings) heads.set(r.person, (heads.get(r.person) ?? new Set()).add(r.head));
    for (let si = 1; si < sentences.length; si++) {
      const s = sentences[si]!;
      for (let k = s.firstToken; k + 2 < s.endToken; k++) {
        if (lower(k) !== 'the' || mentionAt[k]! >= 0) continue;
        const owner = ownerMention(k + 1, k + 1);
        if (!owner || owner.firstToken !== k + 1 || owner.type !== 'Place') continue;
        let t = owner.endToken;
        if (isPossessive(t)) t++;
        const start = t;
        while (t < s.endToken && mentionAt[t] === -1 && isTitleWord(t)) t++;
        if (t === start || !headOk(start, t)) continue;
        const head = lower(t - 1);
        if (!REGIONAL_HEADS.has(head) && !US_CHAMBERS.has(head)) continue;
        // a name or an owner after it: "the Ohio governor, John Kasich", "the Ohio governor's race" are read elsewhere or no one
        if (t < s.endToken && (mentionAt[t]! >= 0 || /^\p{Lu}/u.test(tokens[t]!.text) || isPossessive(t) || /^(?:of|for|at|in|race|seat|office|post|job|mansion|election|primary)$/.test(lower(t)))) continue;
        if (t < s.endToken && tokens[t]!.text === ',' && mentionAt[t + 1]! >= 0 && index.mentions[mentionAt[t + 1]!]!.type === 'Person') continue;
        // an office read here already ("X, the Ohio governor, said")
        if (readings.some((r) => r.sentence === si && r.titleFirst >= k && r.titleFirst < t)) continue;
        // "Christie, the New Jersey governor, lagged": an apposition of the name before
        const before = k - 2 >= s.firstToken && tokens[k - 1]!.text === ',' ? mentionAt[k - 2]! : -1;
        if (before >= 0 && index.mentions[before]!.type === 'Person' && !openingPhraseName(index.mentions[before]!, si)) continue;
        // "Wilson praised Rubio and said the Florida senator can ...": a person the sentence names before it may be the one
        let named = false;
        for (let j = s.firstToken; j < k && !named; j++) {
          const i = mentionAt[j]!;
          if (i >= 0 && index.mentions[i]!.firstToken === j && index.mentions[i]!.type === 'Person' && !governed(j, s.firstToken)) named = true;
        }
        if (named) continue;
        const of = ownerEntity(owner);
        if (readings.some((r) => r.head === head && r.of === of)) continue;
        const person = clauseSubject(si - 1);
        if (!person || heads.get(person)?.has(head)) continue;
        // The description is its clause's subject ("Tuesday, the Vermont senator opened", "Against Clinton, the Ohio
        // governor earned", "..., the Florida senator said"), or the sentence before names that one person only
        // ("the victory ... over the Vermont senator" after a sentence naming both candidates is no one's).
        const k0 = clauseStart(si);
        const subject = k === k0 || (tokens[k - 1]!.text === ',' && k - 1 - k0 <= 5) || (SAYING_FORMS as readonly string[]).includes(lower(t));
        if (!subject) {
          if (peopleNamedIn(si - 1).size !== 1) continue;
        }
        reading({ person, title: slice(start, t), of, rule: 'role.described-antecedent', sentence: si, phraseStart: k, nameEnd: t, titleFirst: start, titleEnd: t });
        heads.set(person, (heads.get(person) ?? new Set()).add(head));
      }
    }
  }
  /** The person a sentence names at its clause start ("Former candidate Bernie Sanders, who ..., said"), if any. */
  function clauseSubject(si: number): string | undefined {
    const s = sentences[si]!;
    const k0 = clauseStart(si);
    for (let k = k0; k < Math.min(s.endToken, k0 + 5); k++) {
      const i = mentionAt[k]!;
      if (i < 0) continue;
      const m = index.mentions[i]!;
      if (m.firstToken !== k) return undefined;
      // ("Former Democratic candidate Bernie Sanders": a party or a place as a modifier before the name)
      if (m.type !== 'Person' && /^\p{Ll}/u.test(tokens[m.endToken]?.text ?? '')) {
        k = m.endToken - 1;
        continue;
      }
      return m.type === 'Person' && m.kind === 'name' && !governed(m.firstToken, s.firstToken) ? m.entity : undefined;
    }
    return undefined;
  }

  /** "Against Clinton, ...", "According to Smith, ...": a name governed by a preposition that opens its sentence. */
  function openingPhraseName(m: ResolvedMention, si: number): boolean {
    let k = m.firstToken - 1;
    if (DETERMINERS.has(lower(k))) k--;
    return PREPOSITIONS.has(lower(k)) && k <= clauseStart(si) + 1;
  }

  /**
   * "Gordon Brown will set out UK goals. The chancellor is due to outline ...", "Michael Howard unveiled
   * the manifesto. The Tory leader argued ...": a sentence whose subject is "the" and an office, after a
   * sentence that names one person, states that person's office.
   */
  function readSubjectNominals(): void {
    let most: number | undefined;
    const mostMentionedPerson = (): number => (most ??= Math.max(0, ...[...index.entities.values()].filter((e) => e.type === 'Person').map((e) => mentionCount(e.key))));
    const heldHeads = new Map<string, Set<string>>();
    for (const r of readings) heldHeads.set(r.head, (heldHeads.get(r.head) ?? new Set()).add(r.person));
    for (let si = 1; si < sentences.length; si++) {
      const s = sentences[si]!;
      const k0 = clauseStart(si);
      if (lower(k0) !== 'the' || k0 + 2 >= s.endToken) continue;
      let t = k0 + 1;
      let of: string | undefined;
      const owner = ownerMention(t, t, false);
      const party = owner ? undefined : partyAfter(t, s.endToken);
      if (owner && owner.firstToken === t) {
        of = ownerEntity(owner);
        t = owner.endToken;
        if (isPossessive(t)) t++;
      } else if (party) {
        // "The Tory leader argued ...": a party's short form before the office (its entity made once the office is read).
        t = party.end;
        if (isPossessive(t)) t++;
      }
      const start = t;
      while (t < s.endToken && isTitleWord(t)) t++;
      if (t === start || !isOfficeHead(lower(t - 1)) || !headOk(start, t)) continue;
      const head = lower(t - 1);
      // The office is the subject: a verb follows, not a name or more of a noun phrase.
      if (t >= s.endToken || mentionAt[t]! >= 0 || !/^\p{Ll}/u.test(tokens[t]!.text) || /^(?:of|for|at|and|or|to|in)$/.test(lower(t))) continue;
      const title = slice(start, t);
      if (!isUnique(head, title)) continue;
      // The one person the sentence before names, who holds no other office of that head.
      const people = peopleNamedIn(si - 1);
      if (people.size !== 1) continue;
      const person = [...people][0]!;
      const holders = heldHeads.get(head);
      if (holders && (holders.size > 1 || !holders.has(person))) continue;
      // "The French leader" after "President Macron" describes an office already read, not another one.
      if (readings.some((r) => r.person === person)) continue;
      // A definite description names the person the article is about: "... where George Bush opposed it. But
      // the Tory leader argued" is Michael Howard's, named more often.
      if (mentionCount(person) < mostMentionedPerson()) continue;
      if (party) of = partyEntity(party.party, k0 + 1, party.end - 1);
      reading({ person, title, of, rule: 'role.nominal-antecedent', sentence: si, phraseStart: k0, nameEnd: t, titleFirst: start, titleEnd: t });
    }
  }

  /** A party named by the words starting at token t: "X, the Labour Party's general secretary" when not a mention. */
  function partyAfter(t: number, limit: number): { party: (typeof PARTIES)[number]; end: number } | undefined {
    for (let n = Math.min(MAX_PARTY_TOKENS, limit - t); n >= 1; n--) {
      const p = partyEndingAt(t + n - 1, t);
      if (p && p.first === t) return { party: p.party, end: t + n };
    }
    return undefined;
  }

  readSubjectNominals();
  readDescribedHolders();
  const roles = settleOwners(readings);
  silenceRestatements(roles);
  if (addedMentions.length) {
    // one push per mention: a spread of a long article's hundreds of thousands overflows the stack
    for (const m of addedMentions) index.mentions.push(m);
    index.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    // re-indexed over the sorted list
    mentionAt.fill(-1);
    index.mentions.forEach((m, i) => {
      if (insideModifier(m, tokens)) return;
      for (let t = m.firstToken; t < m.endToken; t++) mentionAt[t] = i;
    });
  }
  // isTitleWord keeps the list as it is now: resolveNominals adds nominal mentions and sorts again.
  titleMentions = index.mentions.slice();
  resolveNominals(text, doc, index, roles, mentionAt, (m) => !officeWordsOnly(m), isTitleWord, lower, sentenceOf);
  resolveDefiniteOffices(doc, index, roles, isTitleWord, lower);
  return splitCoordinatedTitles(roles);

  /**
   * One office told twice in an article ("Treasury Secretary James Baker" ... "Secretary Baker", "CHAIRMAN" in the
   * headline and "chairman and chief executive officer" below) is one office: a title whose words all stand in
   * another title of the same person and owner is read (for speakers) but not output. The longer title keeps every
   * word either form has.
   */
  function silenceRestatements(list: RoleRecord[]): void {
    const wordsOf = (title: string) => title.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    // Words that make another office of the same head: "president" is not restated by "vice president" or
    // "former executive vice president".
    const within = (a: string[], b: string[]) => {
      const count = new Map<string, number>();
      for (const w of b) count.set(w, (count.get(w) ?? 0) + 1);
      for (const w of a) {
        const n = count.get(w) ?? 0;
        if (!n) return false;
        count.set(w, n - 1);
      }
      for (const [w, n] of count) if (n > 0 && OTHER_OFFICE_WORDS.has(w)) return false;
      return true;
    };
    // By person and owner, so that an article naming one person on every line stays linear in its offices' titles.
    const groups = new Map<string, { record: RoleRecord; order: number; words: string[] }[]>();
    list.forEach((record, order) => {
      if (record.silent || !record.of) return;
      const key = `${record.person}|${record.of}`;
      const group = groups.get(key) ?? groups.set(key, []).get(key)!;
      // The same title again adds nothing to compare.
      if (!group.some((g) => g.record.title.toLowerCase() === record.title.toLowerCase())) group.push({ record, order, words: wordsOf(record.title) });
    });
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      for (const r of group) {
        // Of two titles with the same words, the first read stays.
        const other = group.find((o) => o !== r && !o.record.silent && within(r.words, o.words) && (o.words.length > r.words.length || o.order < r.order));
        if (other) r.record.silent = true;
      }
    }
  }

  /** Where a sentence's clause starts: after a dateline ("HOUSTON, March 31 -"), an opening quote or a connective. */
  function clauseStart(si: number): number {
    // Asked for every mention a subject rule looks at: computed once per sentence.
    const known = clauseStarts[si]!;
    if (known >= 0) return known;
    const s = sentences[si]!;
    let k = s.firstToken;
    if (/^\p{Lu}[\p{Lu}.]+$/u.test(tokens[k]?.text ?? '')) {
      for (let j = k + 1; j < Math.min(s.endToken, k + 12); j++) {
        if (/^[-—–]+$/.test(tokens[j]!.text)) {
          k = j + 1;
          break;
        }
      }
    }
    while (k < s.endToken && (/^["“‘'(,]$/.test(tokens[k]!.text) || CONNECTIVES.has(lower(k)))) k++;
    clauseStarts[si] = k;
    return k;
  }

  /** "the Pakistani president", "Kenya's finance minister": a name followed by an office of its own. */
  function ownsNominal(m: ResolvedMention): boolean {
    let t = m.endToken;
    if (isPossessive(t)) t++;
    const start = t;
    while (t < tokens.length && isTitleWord(t)) t++;
    return t > start && isOfficeHead(lower(t - 1));
  }

  /** A name a preposition governs: "from the neighbouring Philippines", "against the Japanese yen". */
  function governed(first: number, floor: number): boolean {
    let k = first - 1;
    for (let skipped = 0; k >= floor && skipped < 3; k--, skipped++) {
      const w = lower(k);
      if (!(DETERMINERS.has(w) || OWNER_PRONOUNS.has(w) || /^\p{Ll}[\p{Ll}-]*(?:-\p{Ll}+|ing|ed)$/u.test(tokens[k]!.text))) break;
    }
    return k >= floor && PREPOSITIONS.has(lower(k));
  }

  /** Owners for the offices whose phrase named none, from their context; then the records. */
  function settleOwners(list: Reading[]): RoleRecord[] {
    const headlineSentence = context.headline ? sentenceOf(tokenAt(context.headline.start)) : -1;
    const leadSentence = sentences.findIndex((s, i) => i !== headlineSentence && (!context.headline || s.start >= context.headline.end));
    // Mentions that own an office in their own phrase ("Kenyan President Daniel Arap Moi") own no other by context.
    const phraseOwners = new Set(list.filter((r) => r.of).map((r) => `${r.sentence}:${r.of}`));
    // One holder of a unique office per owner: "President" of Kenya is Moi, so not also Reagan.
    const holders = new Map<string, string>();
    const officeKey = (of: string, r: Reading) => `${of}|${r.title.toLowerCase().replace(/^(?:former|ex|late|then|acting|interim|outgoing|incoming)\s+/, '')}`;
    const unique = (r: Reading) => isUnique(r.head, r.title);
    /**
     * A past holder is one of many and keeps no one else from the office: "former President X", "the late President X",
     * "then-President X", "X, who was president from 1993"; and so, in every sentence, is a person the article calls a
     * past holder of the same office once ("former President X ... President X said", "X, who was president from 1993, ...
     * President X said").
     */
    // "X succeeds Y as chairman", "Howard sacked Y as shadow foreign minister": Y is leaving the office.
    const pastHolders = new Set(list.filter((r) => PAST_TITLE.test(r.title) || r.rule === 'role.displaced').map((r) => `${r.person}|${r.head}`));
    // "X, who was president from 1993", "X, who served as governor until 2011": the office the clause says X left.
    for (const m of index.mentions) {
      let k = m.endToken;
      if (m.type !== 'Person' || lower(k) !== ',' || lower(k + 1) !== 'who' || !/^(?:was|served)$/.test(lower(k + 2))) continue;
      for (k += 3; k < m.endToken + 9 && k + 1 < tokens.length && !/^[,.;]$/.test(lower(k)); k++) {
        if (isOfficeHead(lower(k)) && /^(?:from|until|till|between|during|before)$/.test(lower(k + 1))) pastHolders.add(`${m.entity}|${lower(k)}`);
      }
    }
    const past = (r: Reading) => pastHolders.has(`${r.person}|${r.head}`);
    for (const r of list) if (r.of && unique(r) && !past(r)) holders.set(officeKey(r.of, r), r.person);
    /** An office the country's government does not have: by its head ("minister") or its last words ("prime minister"). */
    const absent = (of: string, r: Reading): boolean => {
      const offices = ABSENT_OFFICES.get(of);
      if (!offices) return false;
      if (offices.has(r.head)) return true;
      const title = bareTitle(r.title);
      for (const o of offices) if (o.includes(' ') && (title === o || title.endsWith(` ${o}`))) return true;
      return false;
    };
    // A former holder is one of many: "former President X" of Brazil beside President Y of Brazil.
    const free = (of: string, r: Reading) => !absent(of, r) && (!unique(r) || past(r) || (holders.get(officeKey(of, r)) ?? r.person) === r.person);

    const compatible = (kind: OwnerKind, m: ResolvedMention): boolean => {
      if (m.kind === 'pronoun' || officeWordsOnly(m) || partyStateTag(m)) return false;
      const label = index.entities.get(m.entity)?.label ?? '';
      switch (kind) {
        case 'country': return m.type === 'Country';
        case 'organization': return m.type === 'Organization';
        case 'party': return m.type === 'Organization' && (PARTY_NAME.test(label) || PARTY_FORMS.has(label.toLowerCase()));
        case 'legislature': return m.type === 'Organization' && LEGISLATURE_NAME.test(label) && !NOT_LEGISLATURE_NAME.test(label);
        case 'court': return m.type === 'Organization' && COURT_NAME.test(label);
        default: return m.type === 'Country' || m.type === 'Organization';
      }
    };
    const isParty = (key: string | undefined): boolean => {
      const e = key ? index.entities.get(key) : undefined;
      return !!e && e.type === 'Organization' && (PARTY_NAME.test(e.label) || PARTY_FORMS.has(e.label.toLowerCase()));
    };
    /**
     * "back controversial Labour plans", "Labour's poll campaign", "the safest Labour seats": a party named as what
     * a plan, a campaign or a seat belongs to is what the sentence talks about, not the party of a holder named near it.
     * Not a possessive that opens its clause ("Labour's election slogan will be ...": the sentence is the party's), nor a
     * plural or a full name before a verb ("The Tories want ...", "the opposition National Party took ...").
     */
    const partyModifier = (m: ResolvedMention, si: number): boolean => {
      const possessive = isPossessiveAt(tokens, m.endToken);
      let k = possessive ? m.endToken + 1 : m.endToken;
      // "Labour's poll campaign", "the Tory tax plans": the noun after up to two lowercase words.
      while (k < m.endToken + 3 && /^\p{Ll}+$/u.test(tokens[k]?.text ?? '') && !PARTY_TOPIC_NOUNS.has(tokens[k]!.text) && !NOT_NOUN_AFTER_PARTY.has(tokens[k]!.text)) k++;
      if (!PARTY_TOPIC_NOUNS.has(tokens[k]?.text ?? '')) return false;
      if (possessive) return m.firstToken - clauseStart(si) > 1;
      if (/(?:s|party)$/i.test(tokens[m.endToken - 1]!.text)) return false;
      const prev = tokens[m.firstToken - 1];
      return !!prev && (DETERMINERS.has(lower(m.firstToken - 1)) || (/^\p{Ll}+$/u.test(prev.text) && !NOT_MODIFIER_BEFORE_PARTY.has(prev.text)));
    };
    /**
     * The first fitting mention of sentence `si` in [from, to) tokens, skipping the reporting verb's
     * object ("told Reuters") and, for a subject, any name a preposition governs ("at Newcastle").
     */
    const firstIn = (si: number, kind: OwnerKind, r: Reading, from?: number, to?: number, subject = true, accept?: (m: ResolvedMention) => boolean): string | undefined => {
      const s = sentences[si];
      if (!s) return undefined;
      const a = Math.max(s.firstToken, from ?? 0);
      const b = Math.min(s.endToken, to ?? Infinity);
      for (let k = a; k < b; k++) {
        const i = mentionAt[k]!;
        if (i < 0) continue;
        const m = index.mentions[i]!;
        k = m.endToken - 1;
        if (m.firstToken < a || !compatible(kind, m) || /^(?:told|tells|telling)$/.test(lower(m.firstToken - 1))) continue;
        // A subject opens its clause ("Henkel expects ...", "The Bank of Japan is watching ...") and no preposition governs it.
        if (subject && (governed(m.firstToken, s.firstToken) || m.firstToken - clauseStart(si) > 4)) continue;
        if (!subject && kind === 'party' && partyModifier(m, si)) continue;
        // "the ruling Labour party's lead": the party in power holds no opposition's office.
        if (kind === 'party' && /\b(?:opposition|shadow)\b/i.test(r.title) && /^(?:ruling|governing)$/.test(lower(m.firstToken - 1))) continue;
        if (accept && !accept(m)) continue;
        if (kind === 'legislature' && CHAMBER_OF_HEAD.has(r.head) && !CHAMBER_OF_HEAD.get(r.head)!.test(index.entities.get(m.entity)?.label ?? '')) continue;
        // "the Pakistani president met Prime Minister Tony Blair": a name that owns another office here.
        if (ownsNominal(m)) continue;
        const of = ownerEntity(m);
        if (phraseOwners.has(`${si}:${of}`) && si === r.sentence) continue;
        if (free(of, r)) return of;
      }
      return undefined;
    };
    /**
     * The body of the sentence before that an office with no owner of its own belongs to: the one that sentence reports
     * ("..., the December acquisition of Sperry Aerospace ..., Honeywell said. 'Our results ...,' chairman X said"),
     * else its subject, else its first body.
     */
    const previousBody = (r: Reading): string | undefined => {
      const si = r.sentence - 1;
      const s = sentences[si];
      if (!s) return undefined;
      const kind = r.kind === 'any' ? 'organization' : r.kind;
      // (a party's office: "the Lib Dem policy" names no subject body)
      if (kind !== 'organization') return firstIn(si, kind, r, undefined, undefined, false);
      for (let k = s.endToken - 1; k > s.firstToken + 2; k--) {
        if (!(SAYING_FORMS as readonly string[]).includes(lower(k)) || mentionAt[k - 1]! < 0) continue;
        const m = index.mentions[mentionAt[k - 1]!]!;
        if (m.endToken !== k || !/^[,"”]$/.test(tokens[m.firstToken - 1]?.text ?? '') || !compatible(kind, m) || ownsNominal(m)) continue;
        const of = ownerEntity(m);
        if (free(of, r)) return of;
      }
      return firstIn(si, kind, r, undefined, undefined, true) ?? firstIn(si, kind, r, undefined, undefined, false);
    };
    /**
     * "The Tory tax plan follows complaints that Mr X and shadow chancellor Y ...", "For the Conservatives, shadow
     * education secretary Y said": the one party named before the phrase, in any role, is the holder's more surely than
     * the sentence before's, which may name the party they oppose. After the name a party is as often the one attacked
     * ("Campaign coordinator Y accused the Tories"); two parties named leave it to the other cues.
     */
    const soleSentenceParty = (r: Reading): string | undefined => {
      const s = sentences[r.sentence]!;
      // A party's word the recognizer left unnamed ("Tory", "Lib Dem") is made its entity only once chosen.
      let one: { party?: (typeof PARTIES)[number]; key?: string; first: number; end: number } | undefined;
      const same = (a: NonNullable<typeof one>, b: NonNullable<typeof one>) => (a.party && b.party ? a.party === b.party : a.key !== undefined && a.key === b.key);
      // A party inside the speaker's quoted words is one they talk about ("... to highlight Labour's failure").
      let quoted = false;
      for (let k = s.firstToken; k < r.phraseStart; k++) {
        const q = tokens[k]!.text;
        if (q === '"' || q === '“' || q === '”') quoted = q === '"' ? !quoted : q === '“';
        if (quoted) continue;
        const i = mentionAt[k]!;
        let found: typeof one;
        if (i >= 0) {
          const m = index.mentions[i]!;
          k = Math.max(k, m.endToken - 1);
          if (!compatible('party', m)) continue;
          const key = ownerEntity(m);
          found = { key, party: PARTY_FORMS.get((index.entities.get(key)?.label ?? '').toLowerCase()), first: m.firstToken, end: m.endToken - 1 };
        } else {
          const p = partyEndingAt(k, s.firstToken);
          if (!p) continue;
          found = { party: p.party, first: p.first, end: k };
        }
        // "former Labour MP X ... is standing against sitting MP Y": the party of another's office in the sentence
        // names none for this one (and still counts as a second party named).
        const key = found.key ?? (found.party ? partyKeys.get(found.party) : undefined);
        if (key && phraseOwners.has(`${r.sentence}:${key}`)) return undefined;
        if (one && !same(one, found)) return undefined;
        one ??= found;
      }
      if (!one) return undefined;
      const of = one.key ?? partyEntity(one.party!, one.first, one.end);
      return free(of, r) ? of : undefined;
    };
    /** A company named with its legal form ("Acme Corp", "Brightwater Holdings Plc"): no country or party has a president so named. */
    const corporate = (m: ResolvedMention): boolean => m.type === 'Organization' && CORPORATE_FORMS.has((index.entities.get(ownerEntity(m))?.label ?? '').split(/\s+/).at(-1)!.toLowerCase().replace(/\.$/, ''));
    const companySubject = (r: Reading): string | undefined => {
      const here = firstIn(r.sentence, 'organization', r, undefined, r.phraseStart, true, corporate);
      if (here) return here;
      const start = clauseStart(r.sentence);
      const opens = r.phraseStart === start || (lower(start) === 'it' && (SAYING_FORMS as readonly string[]).includes(lower(start + 1)) && r.phraseStart <= start + 3);
      return opens && r.sentence - 1 !== headlineSentence ? firstIn(r.sentence - 1, 'organization', r, undefined, undefined, true, corporate) : undefined;
    };
    // "MANILA, March 31 - Finance Secretary Jaime Ongpin ...": the dateline's country, or the country of its capital.
    const datelineCountry = memo((): string | undefined => {
      const e = context.dateline ? index.entities.get(context.dateline) : undefined;
      if (!e) return undefined;
      let key: string | undefined = e.type === 'Country' ? e.key : undefined;
      if (!key && context.datelineText) {
        const entry = datelineForm(context.datelineText);
        // A dateline's "WASHINGTON" is the capital, whatever else the word may name.
        if (entry?.type === 'Country') key = entry.key;
      }
      return key && mentionCount(key) > 0 ? key : undefined;
    });
    /**
     * "Sen. Jake Garn (R-Utah)", "WASHINGTON - Senator X" in a story that names no chamber: a US legislator (a
     * party-state tag, a Washington dateline) sits in the United States Senate or House; the chamber becomes an entity.
     */
    /**
     * "Sen. X", "Texas Sen. X", "Senator X of Maine", "the Vermont senator": the wire's abbreviation is American usage,
     * and a US state before the office or after the name ("of Maine", "(Ky.)") is the legislator's.
     */
    const namesOtherCountryThanUs = (r: Reading): boolean => {
      const s = sentences[r.sentence]!;
      let us = false;
      let other = false;
      for (const m of index.mentions) {
        if (m.type !== 'Country' || m.kind === 'pronoun') continue;
        if (m.entity === 'country/united-states') us = true;
        else if (m.start >= s.start && m.end <= s.end) return true;
        else other = true;
      }
      return other && !us;
    };
    const americanLegislator = (r: Reading): boolean => {
      const first = /^(?:former|late)$/.test(lower(r.titleFirst)) ? r.titleFirst + 1 : r.titleFirst;
      // "Sen.", "Rep." are the American press's, and the Philippine press's too: not where the article names another
      // country and not the United States, or another in the senator's own sentence ("Sen. X said the Philippine ...").
      if (LEGISLATOR_ABBREVIATIONS.has(straighten(tokens[first]?.text ?? '').toLowerCase())) return !namesOtherCountryThanUs(r);
      const stateAt = (k: number): boolean => {
        const i = mentionAt[k] ?? -1;
        const m = i >= 0 ? index.mentions[i]! : undefined;
        if (m) return m.type !== 'Person' && isUsState(text.slice(m.start, m.end));
        // (a state the recognizer ran into the name, "Vermont Senator X", is no mention)
        return isUsState(tokens[k]?.text ?? '') || isUsState(`${tokens[k - 1]?.text ?? ''} ${tokens[k]?.text ?? ''}`);
      };
      if (stateAt(first - 1)) return true;
      const after = lower(r.nameEnd) === '(' || lower(r.nameEnd) === 'of' ? r.nameEnd + 1 : -1;
      return after > 0 && stateAt(after);
    };
    /**
     * "Senator Ted Cruz" in a story that names the White House or the Republicans: an article naming the United States'
     * institutions and no other country's is about its politics, and an unqualified senator is one of its Senate's,
     * unless a country besides it is named in the senator's own sentence ("Senator X of the Philippines").
     */
    const usPolitics = (r: Reading): boolean => {
      const hits = institutionHits();
      if (hits.size !== 1 || !hits.has('country/united-states') || qualifiedBefore(r)) return false;
      const s = sentences[r.sentence]!;
      return !index.mentions.some((m) => m.type === 'Country' && m.kind !== 'pronoun' && m.entity !== 'country/united-states' && m.start >= s.start && m.end <= s.end);
    };
    const usChamber = (r: Reading): string | undefined => {
      const label = US_CHAMBERS.get(r.head);
      if (!label) return undefined;
      const us = /[(,] ?[RDI]-\p{Lu}[\p{L}.]*[),]/u.test(text) || (!!context.datelineText && datelineForm(context.datelineText)?.key === 'country/united-states') || americanLegislator(r) || usPolitics(r);
      if (!us) return undefined;
      // the chamber the story names anywhere ("the Senate"), before a node of its own
      const chamber = CHAMBER_OF_HEAD.get(r.head);
      // (the chamber itself, not a body named like one: "American Pork Congress", "Senate Finance Committee")
      const named = chamber && [...index.entities.values()].find((e) => e.type === 'Organization' && chamber.test(e.label) && !NOT_LEGISLATURE_NAME.test(e.label) && US_CHAMBER_NAME.test(e.label) && mentionCount(e.key) > 0);
      if (named) return named.key;
      const key = `organization/${slugify(label)}`;
      const existing = index.entities.get(key);
      if (existing && existing.type !== 'Organization') return undefined;
      if (!existing) index.entities.set(key, { key, type: 'Organization', label, aliases: new Set() });
      return key;
    };
    /**
     * "OTTAWA - ... for the Canadian coast guard, Transport Minister John Crosbie said": a capital's dateline
     * names the country of an article that names no country; the country becomes an entity here.
     */
    /** The country `key` names (the gazetteer's), as an entity of the article, made one if the article does not name it. */
    const countryEntity = (key: string): string | undefined => {
      const record = gazetteer().countries.get(key);
      if (!record) return undefined;
      if (!index.entities.has(key)) index.entities.set(key, { key, type: 'Country', label: record.label, aliases: new Set(), ...(record.wikidata ? { wikidata: record.wikidata } : {}), iso2: record.iso2 });
      return index.entities.get(key)!.type === 'Country' ? key : undefined;
    };
    const unnamedDatelineCountry = memo((): string | undefined => {
      const e = context.dateline ? index.entities.get(context.dateline) : undefined;
      if (!e || e.type === 'Country' || !context.datelineText) return undefined;
      const entry = datelineForm(context.datelineText);
      if (entry?.type !== 'Country' || entry.form !== 'capital') return undefined;
      const key = entry.key;
      if (index.mentions.some((m) => m.type === 'Country' && m.kind !== 'pronoun')) return undefined;
      return countryEntity(key);
    });
    /** The country of a capital's dateline, made an entity if the article does not name it. */
    const capitalDatelineCountry = memo((): string | undefined => {
      const e = context.dateline ? index.entities.get(context.dateline) : undefined;
      if (!e || !context.datelineText) return undefined;
      if (e.type === 'Country') return e.key;
      const entry = datelineForm(context.datelineText);
      if (entry?.type !== 'Country' || entry.form !== 'capital') return undefined;
      const record = gazetteer().countries.get(entry.key);
      if (!record) return undefined;
      if (!index.entities.has(entry.key)) index.entities.set(entry.key, { key: entry.key, type: 'Country', label: record.label, aliases: new Set(), ...(record.wikidata ? { wikidata: record.wikidata } : {}), iso2: record.iso2 });
      return index.entities.get(entry.key)!.type === 'Country' ? entry.key : undefined;
    });
    /** "In Washington, ...", "In Paris, ...": the country of a capital that opens the sentence, made an entity if unnamed. */
    const sentenceCapital = (si: number): string | undefined => {
      const first = sentences[si]!.firstToken;
      if (lower(first) !== 'in') return undefined;
      let k = first + 1;
      while (k < first + 4 && k < tokens.length && /^\p{Lu}/u.test(tokens[k]!.text)) k++;
      if (k === first + 1 || lower(k) !== ',') return undefined;
      const entry = datelineForm(slice(first + 1, k));
      if (entry?.type !== 'Country' || entry.form !== 'capital') return undefined;
      const record = gazetteer().countries.get(entry.key);
      if (!record) return undefined;
      if (!index.entities.has(entry.key)) index.entities.set(entry.key, { key: entry.key, type: 'Country', label: record.label, aliases: new Set(), ...(record.wikidata ? { wikidata: record.wikidata } : {}), iso2: record.iso2 });
      return index.entities.get(entry.key)!.type === 'Country' ? entry.key : undefined;
    };
    // The country an article names most, at least twice and more than any other.
    const mainCountry = memo((): string | undefined => {
      const counts = new Map<string, number>();
      for (const m of index.mentions) if (m.type === 'Country' && m.kind !== 'pronoun') counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
      const ranked = [...counts].sort((a, b) => b[1] - a[1]);
      return ranked[0] && ranked[0][1] >= 2 && (!ranked[1] || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : undefined;
    });
    /**
     * The body an article is about: the organization it names most, three times or more and more than twice as
     * often as any other ("AstraZeneca ... the firm ... said chief executive Tom McKillop"). A source named after
     * "told" ("told Reuters") is not what the article is about.
     */
    const mainOrganization = memo((): string | undefined => {
      const counts = new Map<string, number>();
      for (const m of index.mentions) {
        if (m.type !== 'Organization' || m.kind === 'pronoun' || /^(?:told|tells|telling)$/.test(lower(m.firstToken - 1)) || officeWordsOnly(m)) continue;
        const key = ownerEntity(m);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const ranked = [...counts].sort((a, b) => b[1] - a[1]);
      return ranked[0] && ranked[0][1] >= 2 && (!ranked[1] || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : undefined;
    });
    /**
     * The one country whose institutions the article names (roles/titles.ts INSTITUTION_COUNTRIES), twice or
     * more counting its parts, when it names no other country's and no country besides that one and its parts;
     * made an entity if unnamed.
     */
    const institutionHits = memo((): Map<string, number> => {
      const hits = new Map<string, number>();
      for (let k = 0; k < tokens.length; k++) {
        if (!INSTITUTION_FIRST_WORDS.has(tokens[k]!.text)) continue;
        for (let n = 3; n >= 1; n--) {
          const country = INSTITUTION_FORMS.get(slice(k, Math.min(tokens.length, k + n)));
          if (k + n > tokens.length || !country) continue;
          hits.set(country, (hits.get(country) ?? 0) + 1);
          k += n - 1;
          break;
        }
      }
      return hits;
    });
    const institutionCountry = memo((): string | undefined => {
      const hits = institutionHits();
      if (hits.size !== 1) return undefined;
      const [key, named] = [...hits][0]!;
      const parts = INSTITUTION_PARTS.get(key);
      // A part named ("England and Wales") also says whose institutions these are.
      const count = named + index.mentions.filter((m) => m.type === 'Country' && parts?.has(m.entity)).length;
      if (count < 2 || index.mentions.some((m) => m.type === 'Country' && m.kind !== 'pronoun' && m.entity !== key && !parts?.has(m.entity))) return undefined;
      return countryEntity(key);
    });
    /**
     * "President Obama" in a story about the White House and Congress that also names Syria: the one country whose
     * institutions the article names, twice or more and no other's, owns a national office no nearer cue owns, when
     * neither the office's sentence nor the one before names another country and its holder holds no other country's office.
     */
    const politicsCountry = (r: Reading): string | undefined => {
      const hits = institutionHits();
      if (hits.size !== 1) return undefined;
      const [key, named] = [...hits][0]!;
      if (named < 2) return undefined;
      const first = sentences[Math.max(0, r.sentence - 1)]!.start, last = sentences[r.sentence]!.end;
      const parts = INSTITUTION_PARTS.get(key);
      if (index.mentions.some((m) => m.type === 'Country' && m.kind !== 'pronoun' && m.entity !== key && !parts?.has(m.entity) && m.start >= first && m.end <= last)) return undefined;
      const settled = settledOwner.get(r.person);
      if (settled && settled !== key && index.entities.get(settled)?.type === 'Country') return undefined;
      return free(key, r) ? countryEntity(key) : undefined;
    };
    /**
     * "Justice Stephen Breyer" in a story that names the Supreme Court sentences away: a justice sits on a supreme court
     * (a judge on a lower one), so the one court named "Supreme" the article names, or the one court it names at all.
     */
    const justicesCourt = memo((): string | undefined => {
      const courts = [...index.entities.values()].filter((e) => e.type === 'Organization' && COURT_NAME.test(e.label) && /\p{Lu}/u.test(e.label.replace(/\bCourt\b/, '')) && mentionCount(e.key) > 0);
      const supreme = courts.filter((e) => /\bSupreme\b/.test(e.label));
      return supreme.length === 1 ? supreme[0]!.key : courts.length === 1 ? courts[0]!.key : undefined;
    });
    // The one country an article names, when it names no other.
    const onlyCountry = memo((): string | undefined => {
      let only: string | undefined;
      let count = 0;
      let free = 0;
      for (const m of index.mentions) {
        if (m.type !== 'Country' || m.kind === 'pronoun') continue;
        if (only && only !== m.entity) return undefined;
        only = m.entity;
        count++;
        if (!ownsNominal(m)) free++;
      }
      // Named once, a country may be what a wire story from elsewhere is not about ("LA PAZ - ... as in West
      // Germany"); a story without a dateline that names one country once is about it ("the UK", once, in a story
      // about the Prime Minister's plans), unless that once owns another office ("the Pakistani president").
      // Named once, it is not what a story about another country's institutions is about ("the White House ... Congress
      // ... Syria rejected the plan").
      if (count < 2 && only && [...institutionHits()].some(([key, n]) => key !== only && n >= 2)) return undefined;
      return (context.datelineText ? count >= 2 : free >= 1) ? only : undefined;
    });

    // "Chief Soviet arms negotiator", "Yugoslav Prime Minister": a capitalized word before the title that names no
    // known country may name the office's own; the dateline does not then decide.
    const qualifiedBefore = (r: Reading): boolean => {
      for (let k = r.titleFirst - 1; k >= Math.max(sentences[r.sentence]!.firstToken, r.titleFirst - 3); k--) {
        if (/^\p{Lu}/u.test(tokens[k]!.text) && mentionAt[k] === -1 && !COMMON_CAPITALIZED.has(lower(k)) && !isTitleWord(k)) return true;
        if (!/^\p{L}/u.test(tokens[k]!.text)) return false;
      }
      return false;
    };
    // "Assistant Treasury Secretary" is an office of the countries with a Treasury Secretary.
    // Asked per country mention per reading (onlyPartsNamed): one reading of each title suffices, its answer depends on the title only.
    const officeCountriesByTitle = new Map<string, readonly string[] | undefined>();
    const countriesWithOffice = (r: Reading) => {
      if (officeCountriesByTitle.has(r.title)) return officeCountriesByTitle.get(r.title);
      const found = countriesWithTitle(r);
      officeCountriesByTitle.set(r.title, found);
      return found;
    };
    const countriesWithTitle = (r: Reading) => {
      const bare = r.title.toLowerCase().replace(/\s+/g, ' ').replace(/^(?:former|ex|ex-|late|then|acting|interim|outgoing|incoming|new)\s+/, '').replace(/^(?:assistant|deputy|under)\s+(?=\S+\s)/, '');
      const listed = OFFICE_COUNTRIES.get(bare);
      if (listed) return listed;
      // "Foreign Secretary", "Ex-health secretary", "Work and Pensions Secretary": a portfolio's secretary.
      const portfolio = /(?:^|[\s-])([\p{L}]+) secretary$/u.exec(bare)?.[1];
      return portfolio && JOINED_PORTFOLIO_WORDS.has(portfolio) && !NOT_CABINET_PORTFOLIOS.has(portfolio) && !bare.startsWith('shadow ') ? CABINET_SECRETARY_COUNTRIES : undefined;
    };
    /** "Chancellor X" is no Kenyan office: a country outside the few that have the office. */
    const lacksOffice = (candidate: string, r: Reading) => index.entities.get(candidate)?.type === 'Country' && ((!!countriesWithOffice(r) && !countriesWithOffice(r)!.includes(candidate)) || ((ROYAL_HEADS.has(r.head) || r.head === 'monarch') && !MONARCHIES.has(candidate)));
    /**
     * "Education Secretary X" in a story that names England, Wales or Scotland and no other country with the office: the nations
     * have no such office, the state they are part of has (the United Kingdom, by INSTITUTION_COUNTRIES' parts).
     */
    let countryMentions: ResolvedMention[] | undefined;
    const onlyPartsNamed = (key: string, r: Reading): boolean => {
      const parts = INSTITUTION_PARTS.get(key);
      if (!parts?.size) return false;
      let named = false;
      // (the article's country mentions, listed once: index.mentions does not change while owners are settled)
      countryMentions ??= index.mentions.filter((m) => m.type === 'Country' && m.kind !== 'pronoun');
      for (const m of countryMentions) {
        // "trained in Switzerland": a country without the office does not compete for it.
        if (!parts.has(m.entity)) {
          if (countriesWithOffice(r)?.includes(m.entity) ?? true) return false;
          continue;
        }
        named = true;
      }
      return named && !!gazetteer().countries.get(key) && (index.entities.get(key)?.type ?? 'Country') === 'Country';
    };
    const officeCountry = (r: Reading): string | undefined => {
      // "WASHINGTON - Assistant Treasury Secretary X ... Argentina": the dateline's capital is of a country with the
      // office, first; else the one such country the article names.
      const named = (countriesWithOffice(r) ?? []).filter((key) => mentionCount(key) > 0 || onlyPartsNamed(key, r));
      const capital = context.datelineText ? datelineForm(context.datelineText) : undefined;
      if (!capital || capital.type !== 'Country' || capital.form !== 'capital' || !countriesWithOffice(r)?.includes(capital.key)) {
        const key = named.length === 1 && free(named[0]!, r) ? named[0]! : undefined;
        const record = key && !index.entities.has(key) ? gazetteer().countries.get(key) : undefined;
        if (key && record) index.entities.set(key, { key, type: 'Country', label: record.label, aliases: new Set(), ...(record.wikidata ? { wikidata: record.wikidata } : {}), iso2: record.iso2 });
        return key;
      }
      return countryEntity(capital.key) && free(capital.key, r) ? capital.key : undefined;
    };
    const reachOf = (r: Reading) => {
      const reach = HEADS.get(r.head)?.reach;
      // "Gov. X" names the state in the phrase or after the name, or the same person's office does: no other body owns it
      if (OFFICE_ABBREVIATIONS.has(straighten(r.title.split(/\s+/).at(-1) ?? '').toLowerCase())) return 'phrase';
      if (reach !== 'bare-sentence') return reach;
      return r.title.replace(/^(?:former|ex|late|then|acting|interim|outgoing|incoming)\s+/i, '').trim().split(/\s+/).length === 1 ? 'sentence' : undefined;
    };
    /**
     * Whether the owner of the office before "and" may own r's too: a legislator's office only a legislature, and a
     * place (a state, a province) only an office of no set kind ("Ohio Gov. X and Sen. Y", "Quebec's X and Federal
     * Industry Minister Y"). A company's and a country's offices share owners across kinds ("Prime Minister Bob Hawke
     * and Treasurer Paul Keating", "Coastal Chairman X and President Y").
     */
    const fitsKind = (key: string, r: Reading): boolean => {
      const e = index.entities.get(key);
      if (!e) return false;
      if (r.kind === 'legislature') return e.type === 'Organization' && LEGISLATURE_NAME.test(e.label) && !NOT_LEGISLATURE_NAME.test(e.label);
      return e.type !== 'Place' || r.kind === 'any';
    };
    /** "Blues boss Jose Mourinho and chief executive Peter Kenyon": the office after "and" shares the owner before it. */
    const coordinatedOwner = (r: Reading): string | undefined => {
      if (r.rule !== 'role.title-before-name' || lower(r.phraseStart - 1) !== 'and') return undefined;
      const i = mentionAt[r.phraseStart - 2]!;
      if (i < 0) return undefined;
      const m = index.mentions[i]!;
      if (m.type !== 'Person') return undefined;
      // ("Vivendi, its chief executive X and chief operating officer Y": an owner the first office referred back to)
      const office = list.find((x) => x.person === m.entity && x.sentence === r.sentence && (x.of || x.refersBack) && x.rule === 'role.title-before-name');
      const shared = office ? (office.of ?? settledOwner.get(m.entity)) : undefined;
      // "Ohio Gov. X and Sen. Y", "Maryland Gov. X and Secretary of State Y": an owner of another kind is not shared
      if (office) return shared && free(shared, r) && fitsKind(shared, r) ? shared : undefined;
      // "Mr Howard and shadow chancellor X": a party's office beside a person whose party the article gives elsewhere.
      const party = r.kind === 'party' ? list.find((x) => x.person === m.entity && isParty(x.of))?.of : undefined;
      return party && free(party, r) ? party : undefined;
    };
    /**
     * "proceedings against Vivendi, its chief executive X and ...": an owner pronoun right after a body and a comma or
     * "and" lists the body's people; not before a verb of saying ("talks with Beta, its chairman X said" is the subject's).
     */
    const listedBody = (r: Reading): string | undefined => {
      const p = r.phraseStart;
      if (p < 2 || !OWNER_PRONOUNS.has(lower(p)) || (tokens[p - 1]!.text !== ',' && lower(p - 1) !== 'and')) return undefined;
      if ((SAYING_FORMS as readonly string[]).includes(lower(r.nameEnd))) return undefined;
      const i = mentionAt[p - 2]!;
      const m = i >= 0 ? index.mentions[i]! : undefined;
      if (!m || m.endToken !== p - 1 || m.type !== 'Organization' || m.kind === 'pronoun') return undefined;
      const of = ownerEntity(m);
      return of && free(of, r) ? of : undefined;
    };
    /**
     * The owner of the mention nearest before the phrase, back to token `floor`, that `accepts` takes: the one
     * walk back the owner readings below share. Undefined when that owner is not free for `r` (then no earlier one is tried).
     */
    const nearestOwnerBefore = (r: Reading, floor: number, accepts: (m: ResolvedMention) => boolean, ownerOf: (m: ResolvedMention) => string | undefined = ownerEntity): string | undefined => {
      for (let k = r.phraseStart - 1; k >= floor; k--) {
        const i = mentionAt[k]!;
        if (i < 0) continue;
        const m = index.mentions[i]!;
        k = m.firstToken;
        if (!accepts(m)) continue;
        const of = ownerOf(m);
        return of && free(of, r) ? of : undefined;
      }
      return undefined;
    };
    /**
     * "sell its Datel unit to ... the unit's president": the body whose name the same noun followed, in the
     * sentence or the two before; before any other body of the kind ("General Electric Co's ... its Datel unit").
     */
    const classifiedBody = (r: Reading): string | undefined => {
      const noun = r.refersNoun;
      if (!noun) return undefined;
      return nearestOwnerBefore(r, sentences[Math.max(0, r.sentence - 2)]!.firstToken, (m) => m.type === 'Organization' && m.kind !== 'pronoun' && lower(m.endToken) === noun);
    };
    /**
     * "Committee Chairman William Proxmire", "bank Governor R.N. Malhotra", "festival director X": a title opened by
     * a noun that stands in bodies' names is an office of the body named last before it whose name has that noun
     * ("the Banking Committee", "the Reserve Bank of India"), however far back: not of the sentence's subject.
     */
    const bodyNounOwner = (r: Reading): string | undefined => {
      const words = bareTitle(r.title).split(' ');
      // A union goes by other names too ("the Waterside Workers' Federation ... Union Secretary X").
      if (words.length < 2 || !NAMED_OWNER_NOUNS.has(words[0]!) || words[0] === 'union') return undefined;
      // A body that is the sentence's own subject comes first ("Royal Canada has ..., said X, bank chief executive").
      if (firstIn(r.sentence, 'organization', r, undefined, r.phraseStart)) return undefined;
      const noun = new RegExp(`\\b${words[0]}\\b`, 'i');
      return nearestOwnerBefore(r, 0, (m) => compatible('organization', m) && noun.test(index.entities.get(m.entity)?.label ?? ''));
    };
    /**
     * "the party's former treasurer", "his shadow chancellor": the party named last before the phrase, in its
     * sentence or the three before, when no subject names one (a party is named in any role: "gifts to the Tories").
     */
    const lastPartyBefore = (r: Reading): string | undefined => nearestOwnerBefore(r, sentences[Math.max(0, r.sentence - 3)]!.firstToken, (m) => compatible('party', m));
    /** Whether the phrase refers back by a possessive: "its chairman", "the bank's economist", "of the ministry's bureau". */
    const possessiveReference = (r: Reading): boolean => {
      const end = Math.min(sentences[r.sentence]!.endToken, r.phraseStart + 16);
      for (let k = Math.max(sentences[r.sentence]!.firstToken, r.phraseStart - 1); k < end; k++) {
        if (r.refersNoun ? lower(k) === r.refersNoun && isPossessive(k + 1) : OWNER_PRONOUNS.has(lower(k))) return true;
      }
      return false;
    };
    /** "his deputy": the owner of the office of the last other person named before the phrase. */
    const personOffice = (r: Reading): string | undefined =>
      nearestOwnerBefore(
        r,
        sentences[Math.max(0, r.sentence - 1)]!.firstToken,
        (m) => m.type === 'Person' && m.entity !== r.person,
        (m) => list.find((x) => x.person === m.entity && x.of)?.of ?? settledOwner.get(m.entity),
      );
    // The same person's office with the same head, read with its owner elsewhere in the article.
    const ownedByPerson = new Map<string, string>();
    const ownerOfPerson = new Map<string, string>();
    for (const r of list) {
      if (!r.of) continue;
      ownedByPerson.set(`${r.person}|${r.head}`, r.of);
      // A former office's body is not the present one's: "Chief executive X, a former senior official in ...".
      if (!ownerOfPerson.has(r.person) && !/^(?:former|ex|then|late)\b/i.test(r.title)) ownerOfPerson.set(r.person, r.of);
    }

    // "AMYLUM CHAIRMAN SAYS ...": a headline's office, owner named, holder not.
    const headlineOwner = new Map<string, string | null>();
    if (headlineSentence >= 0) {
      const s = sentences[headlineSentence]!;
      for (let k = s.firstToken; k < s.endToken; k++) {
        const m = ownerMention(k, s.firstToken, false);
        if (!m) continue;
        let t = m.endToken;
        if (t < s.endToken && isPossessive(t)) t++;
        const start = t;
        while (t < s.endToken && isTitleWord(t)) t++;
        k = Math.max(k, t - 1);
        if (t === start || !(HEADS.get(lower(t - 1))?.unique ?? false)) continue;
        if (mentionAt[t]! >= 0 && index.mentions[mentionAt[t]!]!.type === 'Person') continue;
        const head = lower(t - 1);
        const of = ownerEntity(m);
        headlineOwner.set(head, headlineOwner.has(head) && headlineOwner.get(head) !== of ? null : of);
      }
    }
    const ownerlessHolders = new Map<string, Set<string>>();
    for (const r of list) if (!r.of && !r.ownerUnnamed) ownerlessHolders.set(r.head, (ownerlessHolders.get(r.head) ?? new Set()).add(r.person));

    const out: RoleRecord[] = [];
    // Owners found below, by person, for the staff of a person named before them ("Chirac's spokesman").
    const settledOwner = new Map<string, string>();
    // (A function of its own for the reason readMentionOffices is: the compile time of settleOwners.)
    function settleEach(): void {
      for (const r of list) {
        let of = r.of;
        let rule = r.rule;
        // "the Vermont senator, X", "Senator X of Maine": a US state is the legislator's constituency; the chamber owns the seat
        if (of && r.kind === 'legislature' && index.entities.get(of)?.type === 'Place' && isUsState(index.entities.get(of)!.label)) {
          of = usChamber(r);
          rule = 'role.of-us-chamber';
        }
        const pick = (candidate: string | undefined, how: RuleId) => {
          if (!of && candidate && !absent(candidate, r) && !context.without?.has(how) && !lacksOffice(candidate, r)) {
            of = candidate;
            rule = how;
          }
        };
        if (!of && !r.ownerUnnamed) {
          pick(ownedByPerson.get(`${r.person}|${r.head}`), 'role.of-same-person');
          // "Tory MP X ... shadow chancellor X": the party the article gives the same person elsewhere.
          if (r.kind === 'party') pick(list.find((x) => x.person === r.person && isParty(x.of))?.of, 'role.of-same-person');
          pick(coordinatedOwner(r), 'role.of-coordinated');
          pick(bodyNounOwner(r), 'role.of-body-noun');
          // "Treasury chief James Baker" after "Treasury Secretary James Baker": a generic head restates the office.
          // "Chief executive" is an office of its own, not a restatement.
          if (GENERIC_HEADS.has(r.head) && !TOP_COMPANY_OFFICES.has(bareTitle(r.title))) pick(ownerOfPerson.get(r.person), 'role.of-same-person');
          if (ownerlessHolders.get(r.head)?.size === 1 && r.sentence !== headlineSentence) pick(headlineOwner.get(r.head) ?? undefined, 'role.of-headline');
          if (r.refersBack) {
            const kind = r.refersBack === 'any' ? r.kind : r.refersBack === 'organization' && r.kind === 'party' ? 'party' : r.refersBack;
            // "the bank's chairman" refers to a name with "Bank" in it; "the company's" to any company.
            const noun = r.refersNoun && NAMED_OWNER_NOUNS.has(r.refersNoun) ? r.refersNoun : undefined;
            const accept = noun ? (m: ResolvedMention) => (index.entities.get(m.entity)?.label ?? '').toLowerCase().includes(noun) : undefined;
            if (kind === 'organization') pick(classifiedBody(r), 'role.of-antecedent');
            if (kind === 'organization' || kind === 'any') pick(listedBody(r), 'role.of-antecedent');
            pick(firstIn(r.sentence, kind, r, undefined, r.phraseStart, true, accept) ?? firstIn(r.sentence - 1, kind, r, undefined, undefined, true, accept) ?? firstIn(r.sentence - 2, kind, r, undefined, undefined, true, accept), 'role.of-antecedent');
            // "A strike may have cost the oil company Petrobras 20 mln dlrs, the company's commercial director X said": with
            // no subject of the kind near, a possessive ("the company's", "its") refers to the body named last before it,
            // in its sentence or the one before ("president of the company", "for the board" may mean a body not named).
            if (kind === 'organization' && possessiveReference(r)) pick(nearestOwnerBefore(r, sentences[Math.max(0, r.sentence - 1)]!.firstToken, (m) => compatible(kind, m) && (!accept || accept(m))), 'role.of-antecedent');
            if (kind === 'party') pick(lastPartyBefore(r), 'role.of-last-party');
          } else if (r.viaPerson) {
            pick(personOffice(r), 'role.of-antecedent');
            // "He and his shadow Chancellor X": a party's office of a leader whose own office the text does not give.
            if (r.kind === 'party') pick(lastPartyBefore(r), 'role.of-last-party');
          } else if (reachOf(r) === 'phrase') {
            // an analyst's firm is named in the phrase or not at all
          } else if (reachOf(r) === 'sentence') {
            pick(firstIn(r.sentence, r.kind, r, undefined, r.phraseStart), 'role.of-sentence');
          } else {
            // The subject of the sentence first ("Henkel expects ..., chairman Helmut Sihler said").
            pick(firstIn(r.sentence, r.kind, r, undefined, r.phraseStart), 'role.of-sentence');
            if (r.kind === 'country') {
              // A national office: the dateline's country ("TOKYO - Finance Minister ..."), the lead's, the one
              // the article names most; the sentence before and a country after the name are the weakest cues
              // (a leader abroad is named beside the country visited).
              pick(datelineCountry() ?? (qualifiedBefore(r) ? undefined : unnamedDatelineCountry()), 'role.of-dateline');
              if (leadSentence >= 0 && leadSentence < r.sentence - 1) pick(firstIn(leadSentence, r.kind, r, undefined, undefined, false), 'role.of-lead');
              pick(onlyCountry(), 'role.of-only-country');
              const main = mainCountry();
              if (main && free(main, r)) pick(main, 'role.of-main-country');
              // "In Washington, President X said": a capital opening the sentence is the sentence's own dateline.
              const capital = sentenceCapital(r.sentence);
              if (capital && free(capital, r)) pick(capital, 'role.of-dateline');
              if (r.sentence - 1 !== headlineSentence) pick(firstIn(r.sentence - 1, r.kind, r, undefined, undefined, false), 'role.of-previous-sentence');
              pick(firstIn(r.sentence, r.kind, r, r.nameEnd, undefined, false, (m) => !governed(m.firstToken, sentences[r.sentence]!.firstToken) && !isPossessiveAt(tokens, m.endToken)), 'role.of-sentence');
              // Last, a capital's dateline names the country even when the story names only others ("TOKYO - Finance
              // Minister X told Parliament that the U.S. ...").
              if (!qualifiedBefore(r)) pick(capitalDatelineCountry(), 'role.of-dateline');
            } else {
              // An office of a body: the sentence before ("Acme reported ... . Chairman X said"), a body named
              // after the name ("... would help Labour"), the lead's; for offices of either kind, the dateline's country.
              if (r.kind === 'party') pick(soleSentenceParty(r), 'role.of-sentence-party');
              if (r.sentence - 1 !== headlineSentence) pick(previousBody(r), 'role.of-previous-sentence');
              if (r.kind !== 'any') pick(firstIn(r.sentence, r.kind, r, r.nameEnd, undefined, false), 'role.of-sentence');
              if (r.kind !== 'any' && leadSentence >= 0 && leadSentence < r.sentence - 1) pick(firstIn(leadSentence, r.kind, r, undefined, undefined, false), 'role.of-lead');
              if (r.kind === 'any') pick(datelineCountry() ?? (qualifiedBefore(r) ? undefined : unnamedDatelineCountry()), 'role.of-dateline');
              // Last, a company's one-holder office ("chief executive", "chairman"): the body the article is about.
              if (r.kind === 'organization' && TOP_COMPANY_OFFICES.has(bareTitle(r.title))) pick(mainOrganization(), 'role.of-main-organization');
            }
          }
          // "Acme Corp said President X will retire", "It said President X ...", "... . President X said": a bare
          // "President" no country owns is the company's whose name (Corp, Inc, Plc ...) is the clause's subject, or
          // opens the sentence before when "it" or the title opens this one.
          if (!of && r.kind === 'country' && r.title === 'President') pick(companySubject(r), 'role.of-company-subject');
          // Last: an office only a few countries have, when the article names one of them.
          // A title the table names is a government's whatever its head ("Trade Representative").
          if (!r.refersBack && !r.viaPerson && (r.kind === 'country' || (r.kind === 'any' && !!countriesWithOffice(r))) && !of) pick(officeCountry(r), 'role.of-office-country');
          if (!r.refersBack && !r.viaPerson && r.kind === 'country' && !qualifiedBefore(r)) pick(institutionCountry(), 'role.of-institution-country');
          if (!r.refersBack && !r.viaPerson && r.kind === 'country' && !qualifiedBefore(r)) pick(politicsCountry(r), 'role.of-institution-politics');
          if (!of && r.kind === 'legislature') pick(usChamber(r), 'role.of-us-chamber');
          if (!of && r.kind === 'court' && r.head === 'justice') pick(justicesCourt(), 'role.of-only-court');
          if (of && unique(r) && !past(r)) holders.set(officeKey(of, r), r.person);
          if (of && !ownedByPerson.has(`${r.person}|${r.head}`)) ownedByPerson.set(`${r.person}|${r.head}`, of);
        }
        if (of && !settledOwner.has(r.person) && !/^(?:former|ex|then|late)\b/i.test(r.title)) settledOwner.set(r.person, of);
        const s = sentences[r.sentence]!;
        if (!out.some((x) => x.person === r.person && x.title.toLowerCase() === r.title.toLowerCase() && x.of === of)) {
          const record: RoleRecord = { person: r.person, title: r.title, of, evidence: { start: s.start, end: s.end }, rule };
          if (!of) record.silent = true;
          out.push(record);
        }
      }
    }
    settleEach();
    return out;
  }

  function tokenAt(offset: number): number {
    return Math.min(firstEndingAfter(tokens, offset), tokens.length - 1);
  }
}

/**
 * "chairman and chief executive of Acme" is two offices of one person, each held on its own (one may be
 * left while the other is kept): read as one title it could not be joined with "Acme chairman" elsewhere.
 * Split where both sides of "and" end in an office head; "minister for trade and industry" (a field, not
 * an office, before "and") stays whole.
 */
function splitCoordinatedTitles(roles: RoleRecord[]): RoleRecord[] {
  const out: RoleRecord[] = [];
  for (const r of roles) {
    const m = /^(.+?)\s+and\s+(.+)$/i.exec(r.title);
    const left = m?.[1]!.trim();
    const right = m?.[2]!.trim();
    const lastWord = (s: string) => s.toLowerCase().split(/\s+/).at(-1)!.replace(/[^\p{L}-]/gu, '');
    // "vice president and director of research", "chairman of the board and chief executive": a side may carry its
    // field after "of"/"for"; its head is the word before that. (A field's own "and" has no head on its right:
    // "minister for trade and industry", "head of mergers and acquisitions" stay whole.)
    // (Not before a name or "its": "president and chief executive of its Acme unit" is two offices of one owner.)
    const headOf = (s: string) => lastWord(/^(.+?)\s+(?:of|for)\s+(?!its\b|their\b|\p{Lu})/u.exec(s)?.[1] ?? s);
    const sideIsOffice = (s: string) => isHead(lastWord(s)) || isHead(headOf(s));
    // (A field's own "and" may follow on the right: "vice president and general manager of manufacturing and support".)
    if (!m || !left || !right || /,/.test(r.title) || !sideIsOffice(left) || !isHead(headOf(right)) || /\band\b/i.test(right.split(/\s+(?:of|for)\s+/)[0]!)) {
      out.push(r);
      continue;
    }
    // "former chairman and chief executive": the state word is said once for both
    const state = /^(former|ex|acting|interim|outgoing|incoming|new)\s+/i.exec(left)?.[0] ?? '';
    out.push({ ...r, title: left }, { ...r, title: /^(?:former|ex|acting|interim|outgoing|incoming|new)\s/i.test(right) ? right : state + right });
  }
  return out;
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
  mentionIndex: Int32Array | undefined,
  isOwner: (m: ResolvedMention) => boolean,
  isTitleWord: (t: number) => boolean,
  lower: (t: number) => string,
  sentenceOf: (t: number) => number,
): void {
  const { tokens, sentences } = doc;
  let mentionAt = mentionIndex;
  if (!mentionAt) {
    mentionAt = new Int32Array(tokens.length).fill(-1);
    for (const [i, m] of index.mentions.entries()) if (!insideModifier(m, tokens)) for (let t = m.firstToken; t < m.endToken; t++) mentionAt[t] = i;
  }
  const added: ResolvedMention[] = [];
  const sorted = index.mentions.every((m, i, all) => i === 0 || all[i - 1]!.start <= m.start);
  let byEntity: Map<string, number[]> | undefined;
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
    if (owner.kind === 'pronoun' || !isOwner(owner)) continue;
    let t = owner.endToken;
    if (t < tokens.length && isPossessiveAt(tokens, t)) t++;
    const start = t;
    const sentence = sentences[sentenceOf(owner.firstToken)]!;
    while (t < sentence.endToken && isTitleWord(t)) t++;
    if (t === start) continue;
    const head = lower(t - 1);
    // Nominal office-holders keep to the shared lexicon's offices ("KNP member" is no one's office).
    if (!OFFICE_HEADS.has(head)) continue;
    // A name follows: the role was already read from "Dutch Prime Minister Mark Rutte".
    const next = mentionAt[t] ?? -1;
    if (next >= 0 && index.mentions[next]!.type === 'Person') continue;
    if (t < tokens.length && /^\p{Lu}/u.test(tokens[t]!.text) && tokens[t]!.start - tokens[t - 1]!.end <= 1 && /^\p{Lu}\p{Ll}/u.test(tokens[t]!.text)) continue;
    const title = text.slice(tokens[start]!.start, tokens[t - 1]!.end).replace(/\s+/g, ' ');
    // The office-holder the article already named: same owner, and the same head (or a generic one).
    // (a bare "House" the entity layer merged into the White House is the chamber: ownerEntity)
    const ownerKey = owner.type === 'Organization' ? (houseNotWhiteHouse(text, index, owner) ?? owner.entity) : owner.entity;
    const ownerHolders = holdersOf.get(ownerKey);
    const holders = (GENERIC_HEADS.has(head) ? ownerHolders?.all : ownerHolders?.byWord.get(head)) ?? new Set<string>();
    let person = holders.size ? pickNearest(holders, index, owner.start, sorted ? (byEntity ??= mentionsByEntity(index.mentions)) : undefined) : undefined;
    let firstToken = owner.firstToken;
    if (firstToken > 0 && /^(?:the)$/i.test(tokens[firstToken - 1]!.text)) firstToken--;
    if (!person) {
      if (GENERIC_HEADS.has(head)) continue;
      // "And the European Union's monetary affairs commissioner made it clear ... . 'I welcome ...,' said Joaquin
      // Almunia": a definite one-holder office whose holder the next sentence names as its speaker, the one there who
      // holds no office of their own.
      const definite = isPossessiveAt(tokens, owner.endToken) || (owner.firstToken > 0 && /^the$/i.test(tokens[owner.firstToken - 1]!.text));
      const next = definite && isUnique(head, title) ? sentences[sentenceOf(owner.firstToken) + 1] : undefined;
      // (a speaker, "said X" or "X said": not anyone the sentence mentions, "... to stop Putin")
      const speaks = (x: ResolvedMention) => (SAYING_FORMS as readonly string[]).includes(lower(x.firstToken - 1)) || (SAYING_FORMS as readonly string[]).includes(lower(x.endToken));
      const officeless = next ? new Set(index.mentions.filter((x) => x.type === 'Person' && x.kind === 'name' && x.firstToken >= next.firstToken && x.endToken <= next.endToken && speaks(x) && !roles.some((r) => r.person === x.entity && !r.silent)).map((x) => x.entity)) : new Set<string>();
      if (officeless.size === 1) {
        person = [...officeless][0]!;
        roles.push({ person, title, of: ownerKey, evidence: { start: sentence.start, end: next!.end }, rule: 'role.holder-named-after' });
        addHolder(roles.at(-1)!);
      } else {
        const label = text.slice(tokens[owner.firstToken]!.start, tokens[t - 1]!.end).replace(/\s+/g, ' ');
        person = `person/${slugify(label)}`;
        if (!index.entities.has(person)) index.entities.set(person, { key: person, type: 'Person', label, aliases: new Set() });
        // "a Foreign Office spokesman", "Japan's finance minister": a title alone is no named person, and often the
        // office of one the article names in other words ("Philips president" beside "chairman Cor van der Klugt"):
        // kept for the quote's speaker, not output as an office (roles are stated offices of named people).
        roles.push({ person, title, of: ownerKey, evidence: { start: sentence.start, end: sentence.end }, rule: 'role.unnamed-holder', silent: true });
        addHolder(roles.at(-1)!);
      }
    }
    const m: ResolvedMention = { start: tokens[firstToken]!.start, end: tokens[t - 1]!.end, firstToken, endToken: t, entity: person, type: 'Person', kind: 'nominal' };
    added.push(m);
    index.entities.get(person)!.aliases.add(text.slice(m.start, m.end).replace(/\s+/g, ' '));
  }
  if (added.length) {
    for (const m of added) index.mentions.push(m);
    index.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  }
}

// Words before an office's head that make its holder someone other than the one titled so: "the former
// president", "the deputy prime minister", "the shadow chancellor", "the new mayor", "the next president".
const OTHER_HOLDER_WORDS = new Set([...TITLE_PREFIXES, 'deputy', 'vice', 'shadow', 'assistant', 'junior', 'associate', 'under', 'co',
  'new', 'next', 'previous', 'last', 'future', 'past']);

/**
 * "Chancellor Alan Hartley ... The chancellor said", "the prime minister" after "Prime Minister Jo Park": a
 * definite office with no owner and no name is the one person the article gave that office. Every word of the
 * description stands in that person's title, and the title has no rank the description lacks ("the prime
 * minister" is not the deputy prime minister). Two holders of the office, and the description is nobody.
 */
function resolveDefiniteOffices(doc: Tokenized, index: EntityIndex, roles: RoleRecord[], isTitleWord: (t: number) => boolean, lower: (t: number) => string): void {
  const { tokens, sentences } = doc;
  if (!roles.length) return;
  // (a holder the article does not name, "Scotland's justice minister", competes for the office but is no one to
  // resolve to: "a Treasury spokesman" is one of many)
  const titles = roles.map((r) => ({ person: r.person, words: r.title.toLowerCase().split(/[\s]+/), named: r.rule !== 'role.unnamed-holder' }));
  const covered = new Uint8Array(tokens.length);
  const personEndingAt = new Uint8Array(tokens.length + 1);
  for (const m of index.mentions) {
    covered.fill(1, m.firstToken, m.endToken);
    if (m.type === 'Person') personEndingAt[m.endToken] = 1;
  }
  // Heads the article also gives to someone it does not name ("A spokesman for the ministry said"): then the
  // description may be that one. ("Jo Park, a spokesman for ...", "as a cabinet minister", "is a minister" say
  // what a named person is.)
  const unnamedHeads = new Map<string, number>();
  for (let t = 1; t < tokens.length; t++) {
    const w = lower(t);
    if (w !== 'a' && w !== 'an') continue;
    if ((lower(t - 1) === ',' && personEndingAt[t - 1]) || /^(?:as|is|was|be|been|being|become|became|remains?|named|appointed|elected)$/.test(lower(t - 1))) continue;
    let e = t + 1;
    while (e < tokens.length && e - t <= 5 && isTitleWord(e)) e++;
    if (e === t + 1 || covered[e] || /^\p{Lu}/u.test(tokens[e]?.text ?? '')) continue;
    const head = lower(e - 1);
    if (!unnamedHeads.has(head)) unnamedHeads.set(head, t);
  }
  const added: ResolvedMention[] = [];
  let s = 0;
  for (let t = 0; t < tokens.length; t++) {
    if (lower(t) !== 'the' || covered[t]) continue;
    while (s < sentences.length - 1 && sentences[s]!.endToken <= t) s++;
    const sentenceEnd = sentences[s]!.endToken;
    let e = t + 1;
    while (e < sentenceEnd && e - t <= 5 && !covered[e] && isTitleWord(e) && /^\p{L}[\p{L}-]*$/u.test(tokens[e]!.text)) e++;
    if (e === t + 1) continue;
    const head = lower(e - 1);
    if (!OFFICE_HEADS.has(head)) continue;
    const words: string[] = [];
    for (let k = t + 1; k < e; k++) words.push(lower(k));
    if (words.slice(0, -1).some((w) => OTHER_HOLDER_WORDS.has(w))) continue;
    // a name or an owner follows: "the President Ana Ruiz", "the chairman of Acme", "the minister for trade"
    const next = e < tokens.length ? tokens[e]! : undefined;
    // (and "the prosecutor's office said" is the office)
    if (next && e < sentenceEnd && (covered[e] || /^\p{Lu}/u.test(next.text) || /^(?:of|for|at|in)$/i.test(next.text) || isPossessiveAt(tokens, e))) continue;
    if ((unnamedHeads.get(head) ?? Infinity) < t) continue;
    const holders = new Set<string>();
    let unnamed = false;
    for (const r of titles) {
      if (!words.every((w) => r.words.includes(w)) || r.words.some((w) => OTHER_HOLDER_WORDS.has(w) && !words.includes(w))) continue;
      holders.add(r.person);
      unnamed ||= !r.named;
    }
    if (holders.size !== 1 || unnamed) continue;
    const person = [...holders][0]!;
    if (!index.entities.has(person)) continue;
    added.push({ start: tokens[t]!.start, end: tokens[e - 1]!.end, firstToken: t, endToken: e, entity: person, type: 'Person', kind: 'nominal' });
    covered.fill(1, t, e);
  }
  if (added.length) {
    for (const m of added) index.mentions.push(m);
    index.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  }
}

/** The positions in `mentions` (sorted by start) of each entity's mentions, in order. */
function mentionsByEntity(mentions: ResolvedMention[]): Map<string, number[]> {
  const by = new Map<string, number[]>();
  mentions.forEach((m, k) => {
    const ks = by.get(m.entity);
    if (ks) ks.push(k);
    else by.set(m.entity, [k]);
  });
  return by;
}

function pickNearest(people: Set<string>, index: EntityIndex, offset: number, byEntity: Map<string, number[]> | undefined): string | undefined {
  // Prefer the latest mention before the nominal; one after it counts as farther away (4x).
  const mentions = index.mentions;
  if (!byEntity) {
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
  // With mentions sorted by start, a binary search in each candidate's own mentions: walking out
  // from `offset` through everyone's mentions made an article that names the holder once and the
  // office ("the country's president") on every line quadratic (3.2 MB: 46 s)
  let before = -1; // the earliest of the latest-starting mentions at or before `offset`
  let after = -1; // the first mention after it
  for (const person of people) {
    const ks = byEntity.get(person);
    if (!ks) continue;
    let lo = 0;
    let hi = ks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[ks[mid]!]!.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) {
      let j = lo - 1;
      const start = mentions[ks[j]!]!.start;
      while (j > 0 && mentions[ks[j - 1]!]!.start === start) j--;
      const k = ks[j]!;
      if (before < 0 || start > mentions[before]!.start || (start === mentions[before]!.start && k < before)) before = k;
    }
    if (lo < ks.length && (after < 0 || ks[lo]! < after)) after = ks[lo]!;
  }
  const b = before >= 0 ? mentions[before] : undefined;
  const a = after >= 0 ? mentions[after] : undefined;
  if (b && (!a || offset - b.start <= (a.start - offset) * 4)) return b.entity;
  return a?.entity ?? people.values().next().value;
}

export function sentenceIndexer(sentences: Sentence[], tokenCount: number): (token: number) => number {
  const table = new Int32Array(tokenCount).fill(0);
  sentences.forEach((s, i) => table.fill(i, s.firstToken, s.endToken));
  return (t) => table[t] ?? 0;
}

export type { Token };
