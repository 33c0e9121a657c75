// The vocabulary of offices, as data: which word heads a title, what kind of body holds such an
// office (a country, an organization, a party, a legislature, a court), whether one person holds
// it at a time, and the nouns and party names that stand for an owner. The readers in
// src/extract/roles.ts decide structure; these tables decide what the words mean, so a wrong
// office can be traced to the entry that allowed it.

import { SAYING_FORMS } from '../lexicon/speech.js';
import { COURTESY_TITLES } from '../lexicon/address.js';

/** What kind of body an office belongs to; decides which named body nearby may own it. */
export type OwnerKind = 'country' | 'organization' | 'party' | 'legislature' | 'court' | 'any';

export interface HeadInfo {
  owner: OwnerKind;
  /** One holder at a time per owner ("the chairman"), unlike "a spokesman" or "an analyst". */
  unique: boolean;
  /** A modifier the head needs to be an office: "board member", not "a member". */
  needs?: readonly string[];
  /** Unique once a portfolio qualifies it: "foreign minister", "monetary affairs commissioner", not "a minister". */
  qualifiedUnique?: boolean;
  /**
   * How far the owner may be looked for when the phrase names none: 'phrase' never beyond it (an
   * analyst comments on companies, not for them), 'sentence' its own sentence only (a coach),
   * 'bare-sentence' its own sentence when the head stands alone ("director", unlike "finance director"),
   * else the sentences around and the article's lead and dateline.
   */
  reach?: 'phrase' | 'sentence' | 'bare-sentence';
}

const head = (owner: OwnerKind, unique: boolean, needs?: readonly string[]): HeadInfo => ({ owner, unique, ...(needs ? { needs } : {}) });
const portfolio = (owner: OwnerKind): HeadInfo => ({ owner, unique: false, qualifiedUnique: true });
const near = (info: HeadInfo, reach: NonNullable<HeadInfo['reach']>): HeadInfo => ({ ...info, reach });

/**
 * Heads of office titles beyond the shared lexicon's (src/extract/lexicon.ts TITLE_HEADS), and the
 * owner kind of every head. A head missing here is read with owner kind 'any'.
 */
export const HEADS: ReadonlyMap<string, HeadInfo> = new Map<string, HeadInfo>([
  // national governments
  ['minister', portfolio('country')],
  ['premier', head('country', true)],
  ['vice-premier', head('country', false)],
  ['under-secretary', portfolio('country')],
  ['undersecretary', portfolio('country')],
  ['comptroller', head('any', true)],
  ['constable', head('organization', false)],
  ['chancellor', head('country', true)],
  ['secretary', portfolio('country')],
  ['ambassador', portfolio('country')],
  ['envoy', head('country', false)],
  ['king', head('country', true)],
  ['queen', head('country', true)],
  ['prince', head('country', false)],
  ['princess', head('country', false)],
  ['emperor', head('country', true)],
  ['monarch', head('country', true)],
  ['ruler', head('country', true)],
  ['dictator', head('country', true)],
  ['taoiseach', head('country', true)],
  ['president-elect', head('country', true)],
  ['chancellor-elect', head('country', true)],
  ['attorney-general', head('country', true)],
  ['solicitor', head('country', false)],
  ['general', head('country', false)],
  ['admiral', head('country', false)],
  // legislatures and courts
  ['senator', head('legislature', false)],
  ['congressman', head('legislature', false)],
  ['congresswoman', head('legislature', false)],
  ['lawmaker', head('legislature', false)],
  ['speaker', head('legislature', true)],
  ['justice', head('court', false)],
  ['judge', head('court', false)],
  // companies, unions, parties, clubs and other bodies
  ['chairman', head('organization', true)],
  ['chairwoman', head('organization', true)],
  ['chairperson', head('organization', true)],
  ['chair', head('organization', true)],
  // Hyphenated ranks of the chair, several at a time: "co-chairman Ian Smith", "X, vice-chairman of Acme".
  ...['co-chairman', 'co-chairwoman', 'co-chair', 'vice-chairman', 'vice-chairwoman', 'vice-chair', 'deputy-chairman'].map((w) => [w, head('organization', false)] as [string, HeadInfo]),
  ['chairman-elect', head('organization', true)],
  ['ceo', head('organization', true)],
  ['director', near(head('organization', false), 'bare-sentence')],
  ['director-general', head('any', true)],
  // The UN's and other bodies' ranks below their secretary-general: "UN Under-Secretary-General for Humanitarian Affairs".
  ['secretary-general', head('organization', true)],
  ...['under-secretary-general', 'assistant-secretary-general', 'deputy-secretary-general'].map((w) => [w, head('organization', false)] as [string, HeadInfo]),
  ['executive', head('organization', false)],
  ['manager', near(head('organization', false), 'bare-sentence')],
  ['treasurer', head('organization', true)],
  ['accountant', head('organization', false)],
  ['counsel', head('organization', false)],
  ['frontbencher', head('party', false)],
  ['backbencher', head('party', false)],
  ['editor', head('organization', false)],
  // The chief of a paper's editors, of a country's forces: one holder each, written joined or not ("editor in chief").
  ['editor-in-chief', head('organization', true)],
  ['commander-in-chief', head('country', true)],
  ['coordinator', head('organization', false)],
  ['co-ordinator', head('organization', false)],
  ['analyst', near(head('organization', false), 'phrase')],
  ['economist', near(head('organization', false), 'phrase')],
  // A news body's staff writers: its correspondent or columnist writes about other bodies, never for them.
  ['correspondent', near(head('organization', false), 'phrase')],
  ['columnist', near(head('organization', false), 'phrase')],
  ['strategist', near(head('organization', false), 'phrase')],
  ['officer', head('organization', false)],
  ['member', head('organization', false, ['board', 'committee', 'council', 'cabinet', 'politburo', 'executive', 'supervisory'])],
  ['coach', near(head('any', true), 'sentence')],
  ['captain', near(head('any', true), 'sentence')],
  ['boss', near(head('any', true), 'sentence')],
  // either kind
  ['president', head('any', true)],
  ['vice-president', head('any', false)],
  ['leader', head('any', true)],
  ['head', head('any', true)],
  ['chief', head('any', true)],
  ['governor', portfolio('any')],
  ['commissioner', portfolio('any')],
  ['spokesman', head('any', false)],
  ['spokeswoman', head('any', false)],
  ['spokesperson', head('any', false)],
  ['official', head('any', false)],
  ['representative', head('any', false)],
  ['adviser', head('any', false)],
  ['advisor', head('any', false)],
  ['negotiator', head('any', false)],
  ['diplomat', head('country', false)],
  ['commander', head('any', false)],
  ['prosecutor', head('country', false)],
  ['administrator', head('any', true)],
  ['mayor', head('any', true)],
  ['mp', head('party', false)],
]);

/**
 * Government heads whose portfolio is printed in capitals before them, in words no list can hold ("Primary
 * Industries Minister", "Constitutional Affairs Minister", "Vice-Foreign Minister", "Northern Territories
 * Secretary"): before a capitalized head of these, capitalized words no name covers are the title's
 * (role.portfolio-title), and a country's demonym before them its owner.
 */
// A judge's court is printed the same way: "U.S. District Judge", "Bankruptcy Judge" (a country before it owns the office).
export const PORTFOLIO_TITLE_HEADS: ReadonlySet<string> = new Set(['minister', 'secretary', 'ministers', 'judge']);

/**
 * Heads of offices only a company or a like body has: one capitalized word no name covers, inside the sentence
 * right before such a title, names the body ("Ryanair deputy chief executive", "Heineken board member",
 * "Lavalin president"); before other heads one word is as often a film, a place or a nickname.
 */
export const SINGLE_WORD_OWNER_HEADS: ReadonlySet<string> = new Set(['chairman', 'chairwoman', 'chairperson', 'ceo', 'executive', 'officer', 'treasurer', 'counsel', 'member', 'president', 'vice-president', 'co-chairman', 'vice-chairman', 'chairman-elect', 'analyst', 'economist', 'strategist']);

/** Nouns of an office between "named X to the" and "of" + the title: "to the newly-created post of chief operating officer". */
export const APPOINTMENT_POSTS: ReadonlySet<string> = new Set(['post', 'position', 'office', 'job', 'role', 'posts', 'positions', 'offices', 'jobs', 'roles']);

/**
 * Offices of a team: a country right before one is the national team's, so the owner ("Scotland manager
 * Walter Smith", "England coach"), where before other offices of a body it names a field ("UK economist").
 */
export const TEAM_HEADS: ReadonlySet<string> = new Set(['manager', 'coach', 'captain', 'boss', 'skipper']);

/**
 * Institutions only one country has, as printed: an article that names them, twice or more and no other
 * country's, is about that country's politics, and a national office it names with no owner is that country's
 * ("Home Secretary Charles Clarke" in a story about MPs and Downing Street that never names Britain).
 */
export const INSTITUTION_COUNTRIES: readonly { forms: readonly string[]; country: string; parts?: readonly string[] }[] = [
  // The United Kingdom's nations may be named beside it.
  { forms: ['Westminster', 'Downing Street', 'Whitehall', 'House of Commons', 'Commons', 'House of Lords', 'Tory', 'Tories', 'Labour', 'Lib Dem', 'Lib Dems', 'Liberal Democrats', 'NHS', 'MPs'], country: 'country/united-kingdom', parts: ['country/england', 'country/scotland', 'country/wales', 'country/northern-ireland'] },
  { forms: ['White House', 'Capitol Hill', 'Pentagon', 'Congress', 'Republicans', 'Democrats'], country: 'country/united-states' },
];

/**
 * Words before a noun for a body that make it a body other than any named before it, one that a deal or a plan is to
 * make: "chief executive of the new company", "chairman of the combined group" is no office of the company named earlier.
 */
export const BODY_TO_BE: ReadonlySet<string> = new Set(['new', 'combined', 'merged', 'resulting', 'enlarged', 'proposed', 'planned', 'joint']);

/** Heads written with "in chief" after them as one office, spaced or joined: "editor in chief", "commander-in-chief". */
export const IN_CHIEF_HEADS: ReadonlySet<string> = new Set(['editor', 'commander']);

/** Heads that name what someone did or does, not an office they hold: never read as a role. */
export const NOT_OFFICES: ReadonlySet<string> = new Set(['founder', 'co-founder']);

/**
 * Words inside a title that override its head's owner kind, checked in order: "shadow chancellor"
 * is a party's office, "general secretary" a party's or union's, "central bank governor" a bank's,
 * "attorney general" a country's.
 */
export const KIND_MODIFIERS: readonly { words: readonly string[]; owner: OwnerKind; except?: readonly string[] }[] = [
  { words: ['shadow', 'opposition', 'party', 'campaign'], owner: 'party' },
  { words: ['attorney', 'state'], owner: 'country' },
  // A minister is a government's whatever the portfolio: "Corporate Affairs Minister", "Trade Union Minister".
  { words: ['general', 'bank', 'company', 'group', 'board', 'managing', 'operating', 'marketing', 'sales', 'corporate', 'union', 'executive'], owner: 'organization', except: ['minister', 'ministers'] },
];

/**
 * Word pairs inside a title that decide its owner kind before KIND_MODIFIERS' single words: a "central bank
 * governor" with no bank named is a country's office, as "Japan's central bank governor" is ("bank" alone
 * would make it any company's, and a Citibank or the IMF named nearby its owner).
 */
export const KIND_PHRASES: readonly { words: readonly [string, string]; owner: OwnerKind }[] = [
  { words: ['central', 'bank'], owner: 'country' },
  // A secretary general heads a body (the UN, NATO, a party, a union), not a country; a director general either.
  { words: ['secretary', 'general'], owner: 'organization' },
  { words: ['director', 'general'], owner: 'any' },
];

/**
 * Nouns that refer back to a body named earlier: "the company's finance director", "a spokesman
 * for the bank", "the party's treasurer". Each says which kind of named body it may refer to.
 */
export const OWNER_NOUNS: ReadonlyMap<string, OwnerKind> = new Map<string, OwnerKind>([
  ...['company', 'firm', 'group', 'giant', 'conglomerate', 'multinational', 'rival', 'outfit', 'developer', 'bank', 'corporation', 'concern', 'business', 'carrier', 'airline', 'operator', 'retailer', 'insurer', 'lender', 'broker', 'brokerage', 'utility', 'maker', 'manufacturer', 'producer', 'exporter', 'importer', 'supplier', 'chain', 'network', 'broadcaster', 'channel', 'newspaper', 'paper', 'magazine', 'journal', 'weekly', 'tabloid', 'website', 'publisher', 'studio', 'label', 'agency', 'charity', 'organisation', 'organization', 'association', 'federation', 'union', 'club', 'team', 'side', 'society', 'institute', 'foundation', 'fund', 'exchange', 'board', 'council', 'committee', 'commission', 'body', 'regulator', 'watchdog', 'ministry', 'department', 'court', 'subsidiary', 'unit', 'partnership', 'consortium', 'league', 'authority', 'bureau'].map((w) => [w, 'organization'] as [string, OwnerKind]),
  ['party', 'party'],
  ['country', 'country'],
  ['nation', 'country'],
  ['government', 'country'],
]);

/**
 * Nouns for a part of a body: "head of its foreign exchange department", "president of the company's chemicals
 * unit" is an office of the body "its" or "the company's" refers to, the part staying in the title.
 */
export const PART_NOUNS: ReadonlySet<string> = new Set(['unit', 'units', 'division', 'divisions', 'department', 'operations', 'operation', 'business', 'businesses', 'arm', 'subsidiary', 'subsidiaries', 'affiliate', 'section', 'branch', 'office', 'desk', 'team']);

/** Nouns that stand in names ("Bank of Japan", "Finance Committee"): "the bank" refers back only to a name with "bank" in it. */
export const NAMED_OWNER_NOUNS: ReadonlySet<string> = new Set(['bank', 'committee', 'council', 'commission', 'union', 'club', 'exchange', 'fund', 'institute', 'foundation', 'federation', 'association', 'ministry', 'department', 'court', 'bureau', 'authority', 'league', 'society', 'agency', 'airline', 'airways', 'trust', 'partnership']);

/** Organization names that are a legislature or a court, for offices of those kinds. */
export const LEGISLATURE_NAME = /\b(?:Senate|Congress|House|Parliament|Assembly|Commons|Lords|Duma|Knesset|Bundestag|Diet|Legislature|Senado|Chamber)\b/i;
/** Names LEGISLATURE_NAME matches that are no legislature: the US president's office. */
export const NOT_LEGISLATURE_NAME = /\bWhite House\b/i;
export const COURT_NAME = /\bCourt\b/i;
/**
 * Which chamber a member's head sits in, when the owner comes from context: a senator is the Senate's, not
 * "Congress" named in the lead; a congressman is the House's or Congress's, not the Senate's.
 */
export const CHAMBER_OF_HEAD: ReadonlyMap<string, RegExp> = new Map([
  // the chamber itself, not one of its committees ("Senate Agriculture Committee", "House Banking")
  ['senator', /\bSenat\p{L}*$/iu],
  ['congressman', /\b(?:House|Representatives|Congress)$/i],
  ['congresswoman', /\b(?:House|Representatives|Congress)$/i],
]);
/**
 * The wire's abbreviations of a legislator's office before a name ("Sen. Jake Garn (R-Utah)", "Rep. Edward Markey"):
 * an office as printed, read like the head they stand for (whose chamber CHAMBER_OF_HEAD gives).
 */
export const LEGISLATOR_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['sen.', 'senator'],
  ['rep.', 'congressman'],
  // "Sens. Ted Cruz and Marco Rubio": the plural, every name of the list after it holds the office
  ['sens.', 'senator'],
  ['reps.', 'congressman'],
]);
/** The plural abbreviations of LEGISLATOR_ABBREVIATIONS, which every name of the list after them holds. */
export const PLURAL_LEGISLATOR_ABBREVIATIONS: ReadonlySet<string> = new Set(['sens.', 'reps.']);
/**
 * The wire's abbreviations of other office heads before a name ("Ohio Gov. John Kasich", "former Fla. Gov. Jeb
 * Bush"): read as the head they stand for, printed as they stand (AP stylebook: governor is abbreviated before a name).
 */
export const OFFICE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['gov.', 'governor'],
  // "Pres. Obama"
  ['pres.', 'president'],
  // "Lt. Gov. X": the lieutenant governor
  ['lt.', 'lieutenant'],
  // "Atty. Gen. X" (the "Gen." after it: ABBREVIATED_SECOND_WORDS)
  ['atty.', 'attorney'],
]);
/** The abbreviated second word of an abbreviated two-word office ("Atty. Gen."): read as its word after the first. */
export const ABBREVIATED_SECOND_WORDS: ReadonlyMap<string, readonly [string, string]> = new Map([
  ['gen.', ['atty.', 'general']],
]);
/** The United States' chambers, by the head of a member's office: the owner of a US legislator's office in a story that names neither. */
export const US_CHAMBERS: ReadonlyMap<string, string> = new Map([
  ['senator', 'United States Senate'],
  ['congressman', 'United States House of Representatives'],
  ['congresswoman', 'United States House of Representatives'],
]);
/** Organization names that are a political party. */
export const PARTY_NAME = /\b(?:Party|Parti|Partido|Partei)\b/i;

/**
 * Political parties by the forms a title uses for them ("Tory leader", "Lib Dem spokesman",
 * "Republican Senator"): the canonical name and every form, lowercased. A party read from a
 * title becomes the office's owner only when the article also names the party, or when the
 * title is a party's office (a leader, a spokesman, a shadow minister).
 */
export const PARTIES: readonly { label: string; forms: readonly string[] }[] = [
  { label: 'Conservative Party', forms: ['conservative', 'conservatives', 'conservative party', 'tory', 'tories', 'tory party'] },
  { label: 'Labour Party', forms: ['labour', 'labour party', 'new labour'] },
  { label: 'Liberal Democrats', forms: ['liberal democrat', 'liberal democrats', 'lib dem', 'lib dems', 'libdem', 'libdems'] },
  { label: 'Scottish National Party', forms: ['snp', 'scottish national party'] },
  { label: 'Plaid Cymru', forms: ['plaid cymru', 'plaid'] },
  { label: 'UK Independence Party', forms: ['ukip', 'uk independence party'] },
  { label: 'Green Party', forms: ['green party', 'greens'] },
  { label: 'Democratic Unionist Party', forms: ['dup', 'democratic unionist', 'democratic unionists', 'democratic unionist party'] },
  { label: 'Sinn Fein', forms: ['sinn fein', 'sinn féin'] },
  { label: 'Republican Party', forms: ['republican', 'republicans', 'republican party', 'gop'] },
  { label: 'Democratic Party', forms: ['democrat', 'democrats', 'democratic party'] },
];

/** Each party by every form of its name, lowercased ("tories" → the Conservative Party). */
export const PARTY_FORMS: ReadonlyMap<string, (typeof PARTIES)[number]> = new Map(PARTIES.flatMap((p) => p.forms.map((f) => [f, p] as const)));

/** Words after a title that end it: verbs of saying and clause openers. */
export const TITLE_STOPS: ReadonlySet<string> = new Set([
  ...SAYING_FORMS, 'stated', 'predicted', 'believes', 'thinks',
  'who', 'whose', 'which', 'that', 'and', 'or', 'but', 'when', 'where', 'while', 'as', 'has', 'have', 'had', 'is', 'was', 'will', 'would', 'could', 'may', 'might', 'can',
  'since', 'until', 'after', 'before', 'on', 'in', 'to', 'by', 'from',
]);

/** Words that may stand inside a title before its head, beyond the shared lexicon's: "campaign coordinator", "board member", "press secretary". */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'campaign', 'election', 'board', 'press', 'marketing', 'sales', 'news', 'programme', 'program', 'investment', 'investor', 'legal',
  'personnel', 'product', 'products', 'editorial', 'political', 'parliamentary', 'commercial', 'corporate', 'technical', 'operations',
  'brand', 'strategy', 'digital', 'online', 'retail', 'research', 'chief', 'co', 'joint', 'principal', 'lead', 'founding', 'honorary',
  'permanent', 'vice', 'under', 'undersecretary', 'assistant', 'executive', 'finance', 'treasury', 'affairs', 'deputy', 'division',
  'department', 'ministry', 'bureau', 'agency', 'trust', 'committee', 'subcommittee', 'panel', 'delegation', 'mission', 'regional',
  'external', 'civil', 'aviation', 'general', 'financial', 'accounting', 'higher', 'campaigns', 'business', 'area', 'staff', 'country',
  'divisional', 'worldwide', 'global', 'northern', 'southern', 'eastern', 'western', 'asia', 'pacific', 'americas', 'ministerial',
  'fund', 'lieutenant', 'auto', 'elections', 'equity', 'equities', 'bond', 'currency', 'banking', 'insurance', 'property', 'credit', 'market', 'markets', 'stock',
]);

/** Words before a title that say when or how it is held; kept in the title as printed ("newly-appointed commissioner"). */
export const ROLE_PREFIXES: ReadonlySet<string> = new Set(['new', 'newly-appointed', 'newly-named', 'retired', 'longtime', 'long-time', 'veteran', 'formerly']);

/** Titles of address between an office and a name: "Science Minister Lord Sainsbury", "Chancellor Dr. Helmut Kohl". */
export const ADDRESS_TITLES: ReadonlySet<string> = new Set([...COURTESY_TITLES, 'baroness', 'baron', 'rev', 'rev.', 'sheikh', 'sen.', 'rep.', 'sens.', 'reps.', 'gov.', 'gen.']);

/**
 * Portfolio words: a name the recognizer made of these alone ("Treasury", "Agriculture", "Foreign
 * Trade", "Resources and Energy") is part of a title ("Treasury Secretary"), not its owner.
 */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set([
  'treasury', 'agriculture', 'agricultural', 'defence', 'defense', 'commerce', 'trade', 'foreign', 'finance', 'interior', 'justice', 'energy',
  'resources', 'health', 'education', 'environment', 'transport', 'transportation', 'industry', 'economy', 'planning', 'culture', 'housing',
  'labor', 'employment', 'fisheries', 'tourism', 'information', 'communications', 'telecommunications', 'mines', 'mining', 'petroleum', 'oil',
  'budget', 'home', 'state', 'development', 'welfare', 'security', 'international', 'relations', 'affairs', 'economic', 'social', 'humanitarian', 'aid', 'and', 'of', 'for',
]);

/**
 * Portfolios that ministers' and secretaries' titles join by "and" and commas ("Trade and Industry Secretary",
 * "Mines, Power and Steel Minister", "Research and Technology Minister"): a word of these before "and" keeps the
 * title going (role.portfolio-title); a surname there ("Bush and Defence Secretary X") does not.
 */
export const JOINED_PORTFOLIO_WORDS: ReadonlySet<string> = new Set([
  ...[...PORTFOLIO_WORDS].filter((w) => w !== 'and' && w !== 'of' && w !== 'for'),
  'work', 'works', 'pensions', 'culture', 'media', 'sport', 'sports', 'arts', 'heritage', 'telecommunications', 'posts', 'power', 'steel',
  'minerals', 'research', 'technology', 'science', 'cooperation', 'co-operation', 'plan', 'policy', 'fiscal', 'water', 'public', 'women',
  'youth', 'family', 'children', 'local', 'government', 'regional', 'rural', 'lands', 'land', 'natural', 'forestry', 'food', 'fisheries',
  'national', 'federal', 'immigration', 'religious', 'constitutional', 'legal', 'industries', 'primary', 'aviation', 'electricity', 'irrigation',
  'reconstruction', 'privatisation', 'privatization', 'communities', 'sciences', 'veterinary', 'livestock', 'shipping', 'ports', 'highways',
]);

/**
 * Heads whose owner is always a company or another body, never a person: a name the recognizer
 * took for a person's is an organization there ("Chrysler chairman Lee Iacocca", "an analyst with
 * Smith Barney", "Deloitte's chief economist").
 */
export const CORPORATE_HEADS: ReadonlySet<string> = new Set(['chairman', 'chairwoman', 'chairperson', 'ceo', 'executive', 'treasurer', 'officer', 'analyst', 'economist', 'strategist', 'counsel', 'accountant']);

/**
 * Offices a country's government does not have, by the country's key, as a title's head word or its last
 * words ("prime minister"): the United States has no ministers or prime minister, the United Kingdom no president. An owner from context must not
 * contradict them ("Prime Minister Tony Blair" in a story mostly about America is not America's).
 */
export const ABSENT_OFFICES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['country/united-states', new Set(['minister', 'premier', 'chancellor', 'king', 'queen', 'monarch', 'emperor', 'taoiseach', 'mp'])],
  ['country/united-kingdom', new Set(['president', 'premier', 'emperor', 'taoiseach', 'congressman', 'congresswoman', 'senator'])],
  // England has no government of its own: its ministers, secretaries and royals are the United Kingdom's
  // ("Education Secretary Ruth Kelly" in a story about schools in England). Its teams' coaches are England's.
  ['country/england', new Set(['minister', 'secretary', 'chancellor', 'premier', 'president', 'general', 'prince', 'princess', 'king', 'queen', 'mp', 'speaker'])],
  // Scotland, Wales and Northern Ireland have first ministers and ministers of their own, not the rest.
  ...['scotland', 'wales', 'northern-ireland'].map((c) => [`country/${c}`, new Set(['prime minister', 'secretary', 'chancellor', 'premier', 'president', 'general', 'prince', 'princess', 'king', 'queen', 'mp'])] as [string, ReadonlySet<string>]),
  // Monarchies, whose head of state is no president: "President Reagan" in a story from Tokyo is not Japan's.
  ...['japan', 'canada', 'australia', 'new-zealand', 'spain', 'netherlands', 'belgium', 'luxembourg', 'sweden', 'norway', 'denmark', 'thailand', 'malaysia', 'saudi-arabia', 'jordan', 'morocco', 'kuwait', 'bahrain', 'qatar', 'oman', 'brunei', 'bhutan', 'cambodia']
    .map((c) => [`country/${c}`, new Set(['president', 'congressman', 'congresswoman'])] as [string, ReadonlySet<string>]),
]);

/**
 * Government offices only a few countries have, by the title without its modifiers: an office of that
 * name whose owner nothing else gives belongs to the one such country the article names ("Chancellor
 * Gordon Brown" in an article naming Britain, Kenya and Tanzania). Heads shared by many countries are not here.
 */
export const OFFICE_COUNTRIES: ReadonlyMap<string, readonly string[]> = new Map([
  ['chancellor', ['country/united-kingdom', 'country/germany', 'country/west-germany', 'country/austria']],
  ['chancellor of the exchequer', ['country/united-kingdom']],
  ['home secretary', ['country/united-kingdom']],
  // The United States' cabinet by its American names ("Treasury Secretary James Baker" in a story about Italy).
  ['treasury secretary', ['country/united-states', 'country/argentina']],
  ['defense secretary', ['country/united-states']],
  ['secretary of state', ['country/united-states', 'country/united-kingdom']],
  // "Trade Representative Clayton Yeutter" in a story from Tokyo: other countries send trade ministers.
  ['trade representative', ['country/united-states']],
  ['taoiseach', ['country/ireland']],
]);

/**
 * Countries whose cabinet (or top civil service) has secretaries of portfolios, "Foreign Secretary", "Education
 * Secretary", "Agriculture Secretary": such a title is no office of another country, however often the story
 * names it ("Foreign Secretary Jack Straw" in a story about Iraq). OFFICE_COUNTRIES' entries come first.
 */
export const CABINET_SECRETARY_COUNTRIES: readonly string[] = ['country/united-kingdom', 'country/united-states', 'country/philippines', 'country/india', 'country/pakistan', 'country/bangladesh', 'country/sri-lanka', 'country/nepal', 'country/argentina'];
/**
 * Monarchies (of the 1980s to now, the Commonwealth realms included): a king, queen, prince, princess, emperor or
 * monarch whose owner comes from context belongs to one of them ("Prince Charles" in a story about Iraq is not Iraq's).
 */
export const MONARCHIES: ReadonlySet<string> = new Set(['united-kingdom', 'saudi-arabia', 'jordan', 'morocco', 'kuwait', 'bahrain', 'qatar', 'oman', 'united-arab-emirates', 'brunei', 'bhutan', 'cambodia', 'thailand', 'malaysia', 'japan', 'nepal', 'tonga', 'eswatini', 'lesotho', 'spain', 'netherlands', 'belgium', 'luxembourg', 'sweden', 'norway', 'denmark', 'monaco', 'liechtenstein', 'andorra', 'canada', 'australia', 'new-zealand', 'jamaica'].map((c) => `country/${c}`));
/** Portfolio words before "secretary" that name no cabinet portfolio: a German "State Secretary", a "National Secretary" of a party. */
export const NOT_CABINET_PORTFOLIOS: ReadonlySet<string> = new Set(['state', 'national', 'federal', 'regional', 'local', 'public', 'government', 'international', 'and', 'of', 'for']);

/**
 * A company's one-holder offices, as printed without "former", "acting" and the like: an office of these
 * whose owner nothing near it gives belongs to the body the article is about (role.of-main-organization).
 * Offices of a part of the body ("committee chairman", "bank chief economist") are not here.
 */
export const TOP_COMPANY_OFFICES: ReadonlySet<string> = new Set([
  'chairman', 'chairwoman', 'chairperson', 'chair', 'ceo', 'chief executive', 'chief executive officer', 'group chief executive',
  'chairman and chief executive', 'chairman and chief executive officer', 'president and chief executive', 'president and chief executive officer',
  'managing director', 'chief operating officer', 'chief financial officer', 'finance director', 'deputy chairman', 'vice chairman', 'executive chairman',
]);

/**
 * Demonyms of nations without a state of their own (the gazetteer lists states only), as printed: "Scottish
 * Finance Minister", "Welsh First Minister". Their entities are keyed as src/extract/entities.ts keys the
 * nation's name (entity-cues.ts NATIONS_WITHOUT_STATE). "English" is left out: it names a language as often.
 */
export const NATION_DEMONYMS: ReadonlyMap<string, { label: string; wikidata: string }> = new Map([
  ['Scottish', { label: 'Scotland', wikidata: 'Q22' }],
  ['Welsh', { label: 'Wales', wikidata: 'Q25' }],
]);
