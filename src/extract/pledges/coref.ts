// Who a pledge's giver is when the sentence names it with a pronoun or a description: "he", "it",
// "the bank", "the government", "the 64-year-old", "the Spaniard". The antecedent is the nearest
// fitting mention before it in the sentence, else the subject-like fitting mention of the closest
// of the three sentences before (not one after a preposition, nor the object of a giving verb). Never a guess from how often a name occurs in the article.

import type { EntityType } from '../../types.js';
import type { Sentence } from '../../text/tokenize.js';
import { firstStartingAtOrAfter } from '../../text/intervals.js';
import { VERB_ALT } from './cues.js';
import { wordTable } from '../lexicon/word-table.js';

export interface MentionRef {
  start: number;
  end: number;
  entity: string;
  type: EntityType;
}

/** What an anaphor can refer to: entity types, and for "the bank" a word its name must contain. */
export interface AnaphorKind {
  types: EntityType[];
  name?: RegExp;
  /** ... and words its name must not contain: "the company" is no state's body ("the European Union"). */
  notName?: RegExp;
  /** "the chancellor", "the prime minister": a person who holds an office. */
  office?: boolean;
  /** How many sentences back to look (three unless said). */
  lookback?: number;
  /** "the two companies", "both banks": several bodies named together before (the number when it is said). */
  plural?: number;
}

const PERSON: AnaphorKind = { types: ['Person'] };
const BODY: AnaphorKind = { types: ['Organization', 'Country'] };
// "the government" is the state last named, however far back in the article.
const STATE: AnaphorKind = { types: ['Country'], lookback: 12 };
const OFFICE_HOLDER: AnaphorKind = { types: ['Person'], office: true, lookback: 12 };

interface AnaphorRow {
  /** The phrase without its determiner, lower case. */
  head: RegExp;
  kind: AnaphorKind;
}

// Names of bodies that are not businesses: states' unions and blocs, governments' bodies, intergovernmental lenders.
const NOT_A_BUSINESS = /\b(?:[Uu]nion|[Nn]ations|[Cc]ommunity|[Gg]overnment|[Mm]inistry|[Dd]epartment|[Cc]ommission|[Cc]ouncil|[Pp]arliament|[Cc]ongress|[Ss]enate|[Aa]ssembly|[Aa]dministration|[Aa]rmy|[Nn]avy|[Mm]onetary|World\s+Bank|Development\s+Bank|Paris\s+Club)\b|^(?:UN|U\.N\.|EU|EC|E\.U\.|NATO|Nato|IMF|I\.M\.F\.|OPEC|Opec|ASEAN|AU|OECD|WHO|UNICEF|Unicef|UNHCR|WFP|UNDP|USAID|DFID|DfID|ADB|AfDB|EBRD|EIB|IDB|IDA|IFC|IBRD|G7|G8|G20)$/;

// Descriptions that stand for a named body or person met before. Heads only; the determiner
// ("the", "this") is required by `anaphorKind`.
const DESCRIPTIONS: AnaphorRow[] = [
  // ("the bank" is a bank, or its acronym, "ADB", "EBRD": not the bank's fund named since, "its Asian Development Fund".)
  { head: /^(?:bank|lender|development\s+bank|central\s+bank)$/, kind: { types: ['Organization'], name: /\b(?:[Bb]ank|BANK|[Bb]anco|[Bb]anque|[Ll]ender|[Rr]eserve|Fed|[Bb]ancorp|[Bb]anc|Ex-?[Ii]m|EXIM)\b|\b(?:[A-Z]{1,4}B|EBRD|IBRD)\b/ } },
  { head: /^fund$/, kind: { types: ['Organization'], name: /\b(?:fund|imf|trust|capital|financ\w*|credit)\b/i } },
  // ("The company has pledged laptops" after "The European Union gave aid": a business is no union of states, government
  // body or intergovernmental lender; "the group" may be a charity or a bloc, so it keeps any organization.)
  { head: /^group$/, kind: { types: ['Organization'] } },
  { head: /^(?:company|firm|corporation|conglomerate|giant|carrier|airline|insurer|retailer|maker|operator|chain|business|broker|brokerage)$/, kind: { types: ['Organization'], notName: NOT_A_BUSINESS } },
  // "The board approved a 4.2 mln dlr loan", "The directors also approved": a body's board acts for it.
  { head: /^(?:(?:executive\s+)?board(?:\s+of\s+directors)?|(?:executive\s+)?directors)$/, kind: { types: ['Organization'], lookback: 12 } },
  // "the commission", "the fund": a body whose name says so ("Public Utility Commission"), not just any organization.
  { head: /^(?:foundation|charity|trust|agency|organi[sz]ation|institution|union|alliance|club|party|council|commission|board|fund|association|federation|league|institute|society|ministry|department|corporation|authority)$/, kind: { types: ['Organization'] } },
  // "The bloc pledged 1 billion euros": a union of states named before ("the EU", "ASEAN", "the G7").
  { head: /^bloc$/, kind: { types: ['Organization'], name: /\b(?:union|EU|EC|community|ASEAN|association|alliance|G\d+|group|council|league|bloc|organi[sz]ation|mercosur|ecowas|sadc|opec)\b/i } },
  // "The community has offered Yugoslavia 380 mln ECUs": the European Community named before.
  { head: /^community$/, kind: { types: ['Organization'], name: /\b(?:community|EC)\b/i } },
  { head: /^(?:government|country|nation|state|kingdom|republic|administration|regime|emirate|executive|authorities)$/, kind: STATE },
  { head: /^(?:(?:prime|foreign|finance|defen[cs]e|deputy|vice|first|chief|home|health|trade|development|interior|economy)\s+)?(?:minister|chancellor|president|premier|secretary|governor|mayor|treasurer|ambassador)$/, kind: OFFICE_HOLDER },
  { head: /^(?:\d+-year-old|(?:\w+\s+)?(?:actor|actress|singer|star|billionaire|businessman|businesswoman|tycoon|philanthropist|millionaire|entrepreneur|magnate|peer|player|champion|founder|co-?founder|donor|investor|musician|rocker|comedian|presenter|footballer|striker|golfer|boxer|veteran))$/, kind: PERSON },
];

// Modifiers that make a description someone other than the one who gives: the recipient, the debtor, another party.
const NOT_THE_GIVER = /^(?:other|another|same|recipient|receiving|affected|borrowing|debtor|host|neighbou?ring|poor\w*|developing|indebted|needy|[\w-]+-(?:hit|torn|stricken|ravaged|affected)|his|her|its|their|our|whose)$/;

// A singular nationality noun after "the" is a person: "the Spaniard", "the Briton", "the Scot".
const NATIONALITY_NOUN = /^(?:\p{Lu}\p{Ll}+(?:ard|ton|man|woman|ian|an|i|ot|ede|ane|inn|ole|ech|erb|oat|urk|eek)|Scot|Swiss)$/u;

// A capitalized word shaped like a demonym ("Nepali", "Bhutanese", "Malawian"), not a region ("the Gulf state").
const DEMONYM_LIKE = /^\p{Lu}\p{Ll}+(?:i|ese|ian|an|ish|ch|ic)$/u;
// Adjectives of regions, faiths and peoples across states, shaped like demonyms: "the Nordic country" is one named before.
const REGION_ADJECTIVE = /^(?:Nordic|Scandinavian|Baltic|Balkan|Arab|Arabic|European|African|Asian|Latin|Western|Eastern|Northern|Southern|Caribbean|Pacific|Atlantic|Mediterranean|Islamic|Muslim|Christian|Catholic|Central|Caucasian|Hispanic|Celtic|Slavic|Andean|Iberian|Himalayan|Alpine|Oceanian)$/;

/** The kind of antecedent an anaphor in subject position wants, or undefined for a phrase that is not one. */
export function anaphorKind(phrase: string): AnaphorKind | undefined {
  const p = phrase.trim().replace(/\s+/g, ' ');
  const lower = p.toLowerCase();
  if (lower === 'he' || lower === 'she') return PERSON;
  if (lower === 'it' || lower === 'they') return BODY;
  const d = /^(?:the|this|that)\s+(.+)$/i.exec(p);
  if (!d) return undefined;
  if (NATIONALITY_NOUN.test(d[1]!)) return PERSON;
  const full = d[1]!.toLowerCase();
  // "the Gulf state", "the oil-rich kingdom", "the Swiss bank": modifiers before a body's head word
  // describe the same body; "the other country", "the quake-hit nation" are someone else.
  const words = full.split(' ');
  const head = DESCRIPTIONS.some((row) => row.head.test(full)) || words.length < 2 || words.slice(0, -1).some((w) => NOT_THE_GIVER.test(w)) ? full : words.at(-1)!;
  const kind = DESCRIPTIONS.find((row) => row.head.test(head))?.kind;
  // "the Nepali government" names its state with a demonym the recognizer did not link: it is no other state named before.
  // (The demonym is read as printed: "the Scottish Executive", not the lower-cased words.)
  if (kind === STATE && head !== full && d[1]!.split(' ').slice(0, -1).some((w) => DEMONYM_LIKE.test(w) && !REGION_ADJECTIVE.test(w))) return undefined;
  // ("the other player" is someone else; "the Hong Kong tycoon", "the Microsoft co-founder" are described by names.)
  if (head !== full && kind?.types.includes('Person') && !kind.office && !d[1]!.split(' ').slice(0, -1).every((w) => /^\p{Lu}/u.test(w))) return undefined;
  if (kind && !kind.name && kind.types.length === 1 && kind.types[0] === 'Organization' && !/^(?:company|firm|group|conglomerate|giant|carrier|airline|insurer|retailer|maker|operator|chain|business|broker|brokerage|charity|organi[sz]ation|agency|institution|(?:executive\s+)?board(?:\s+of\s+directors)?|(?:executive\s+)?directors)$/.test(head)) {
    return { ...kind, name: new RegExp(`\\b${head}\\b`, 'i') };
  }
  return kind;
}

// "The two companies", "both banks", "the three governments": a plural head after a number or "both" (a bare "the banks"
// is as often banks in general).
const PLURAL_COUNT: Record<string, number> = wordTable({ both: 2, two: 2, three: 3, four: 4, five: 5, six: 6 });
const PLURAL_DESCRIPTION = /^(?:(?:the|these|those)\s+(two|three|four|five|six)|(both))\s+((?:[\p{L}-]+\s+)?)([\p{L}-]+s)$/iu;

/**
 * The kind of antecedents a plural description wants ("the two companies", "both banks", "the three governments"):
 * the kind its singular head wants ("the company"), with how many bodies it names.
 */
export function pluralAnaphorKind(phrase: string): AnaphorKind | undefined {
  const plural = PLURAL_DESCRIPTION.exec(phrase.trim().replace(/\s+/g, ' '));
  if (!plural) return undefined;
  const one = anaphorKind(`the ${plural[3] ?? ''}${plural[4]!.replace(/ies$/i, 'y').replace(/s$/i, '')}`);
  if (!one || one.types.includes('Person')) return undefined;
  return { ...one, plural: PLURAL_COUNT[(plural[1] ?? plural[2]!).toLowerCase()] };
}

const PREPOSITION = /\b(?:to|for|with|in|at|on|into|from|of|against|about|by|over|toward|towards|under|than|between|among|across|via|like|including)\s+(?:the\s+)?$/i;

// ("The bank said it would lend Mexico $500m. It also agreed to provide $200m to Chile": the one a giving verb gives or
// lends to is its object, no subject; "it" is the lender, named or not.)
const GIVING_VERB_BEFORE = new RegExp(String.raw`\b(?:${VERB_ALT})\s+$`, 'i');

const fitsKind = (text: string, m: MentionRef, kind: AnaphorKind) => kind.types.includes(m.type) && (!kind.name || kind.name.test(text.slice(m.start, m.end))) && !kind.notName?.test(text.slice(m.start, m.end));

/**
 * The antecedent of an anaphor at `at` in sentence `sentenceIndex`: the nearest fitting mention
 * before it in its sentence, else the first subject-like fitting mention (not after a preposition)
 * of the closest earlier sentence that has one, looking back three sentences.
 */
export function antecedent(text: string, mentions: readonly MentionRef[], sentences: readonly Sentence[], sentenceIndex: number, at: number, kind: AnaphorKind, skip: (m: MentionRef) => boolean = () => false): MentionRef | undefined {
  const s = sentences[sentenceIndex];
  if (!s) return undefined;
  const fits = (text: string, m: MentionRef, kind: AnaphorKind) => fitsKind(text, m, kind) && !skip(m);
  let k = firstStartingAtOrAfter(mentions, at) - 1;
  for (; k >= 0 && mentions[k]!.start >= s.start; k--) {
    const m = mentions[k]!;
    if (m.end <= at && fits(text, m, kind) && !GIVING_VERB_BEFORE.test(text.slice(Math.max(s.start, m.start - 30), m.start))) return m;
  }
  for (let si = sentenceIndex - 1; si >= Math.max(0, sentenceIndex - (kind.lookback ?? 3)); si--) {
    const prev = sentences[si]!;
    let nearest: MentionRef | undefined;
    for (let j = firstStartingAtOrAfter(mentions, prev.start); j < mentions.length && mentions[j]!.start < prev.end; j++) {
      const m = mentions[j]!;
      if (!fits(text, m, kind)) continue;
      if (GIVING_VERB_BEFORE.test(text.slice(Math.max(prev.start, m.start - 30), m.start))) continue;
      if (!PREPOSITION.test(text.slice(Math.max(prev.start, m.start - 24), m.start))) return m;
      nearest ??= m;
    }
    if (nearest) return nearest;
  }
  return undefined;
}

