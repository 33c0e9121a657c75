// Speakers the text describes without naming, as antecedents of "he" and "she": "A reporter from
// the local paper phoned on Monday. He said that ...". The subject of a recent sentence that is a
// described person (an article, a few modifiers, a person noun, an optional "from/of/for/at ..."
// complement) is whom the pronoun means, unless a named person was mentioned after it.

import type { Range } from '../../types.js';
import type { Tokenized } from '../../text/tokenize.js';
import { isTitleWord } from './phrases.js';

const NEUTRAL_HEADS = ['reporter', 'journalist', 'photographer', 'correspondent', 'editor', 'official', 'spokesperson', 'officer',
  'detective', 'doctor', 'nurse', 'surgeon', 'lawyer', 'attorney', 'judge', 'witness', 'resident', 'neighbour', 'neighbor',
  'teacher', 'student', 'professor', 'researcher', 'scientist', 'historian', 'expert', 'analyst', 'economist', 'engineer',
  'employee', 'worker', 'manager', 'executive', 'director', 'driver', 'pilot', 'soldier', 'survivor', 'victim', 'visitor',
  'passenger', 'farmer', 'owner', 'shopkeeper', 'clerk', 'guard', 'diplomat', 'source', 'aide', 'adviser', 'advisor',
  'representative', 'stranger', 'caller', 'customer', 'patient', 'activist', 'protester', 'organizer', 'organiser',
  'volunteer', 'fan', 'player', 'coach', 'candidate', 'broker', 'trader', 'dealer', 'banker', 'investor', 'consultant', 'lecturer'];

/** Person nouns that head a described speaker, with the gender the noun itself carries (if any). */
export const DESCRIBED_PERSON_HEADS: ReadonlyMap<string, 'm' | 'f' | undefined> = new Map<string, 'm' | 'f' | undefined>([
  ...NEUTRAL_HEADS.map((w) => [w, undefined] as [string, undefined]),
  ...['man', 'boy', 'spokesman', 'policeman', 'priest'].map((w) => [w, 'm'] as [string, 'm']),
  ...['woman', 'girl', 'spokeswoman', 'policewoman'].map((w) => [w, 'f'] as [string, 'f']),
]);

// "A reporter from the Cleveland Press", "The magazine's photographer", "An elderly man", "One leading broker":
// an article, up to four modifiers, the head, and an optional complement of capitalised words.
const DESCRIBED_SUBJECT = /^(?:The|A|An|One)\s+((?:[\p{L}\p{N}'’.-]+\s+){0,4}?)([a-z]+)((?:\s+(?:from|of|for|at|with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s*)+)?)/u;
const FOLLOWED_BY_VERB = /^\s*(?:,|has|had|have|was|is|were|are|who|\p{Ll}+(?:ed|s)\b)/u;

const MAX_SENTENCES_BACK = 3;

/**
 * The described person a subject pronoun at `at` refers to: the phrase as printed, or undefined.
 * `namedPersonBetween(a, b)` says whether a named person is mentioned in [a, b); `notBefore` is
 * where the search stops (the end of the previous quote, whose speaker the pronoun may continue).
 */
export function describedAntecedent(text: string, doc: Tokenized, at: number, gender: 'm' | 'f' | undefined,
  namedPersonBetween: (a: number, b: number) => boolean, notBefore: number): Range | undefined {
  const sentences = doc.sentences;
  let s = sentenceAt(doc, at);
  if (s < 0) return undefined;
  const paragraph = sentences[s]!.paragraph;
  for (let back = 0; back <= MAX_SENTENCES_BACK && s >= 0; back++, s--) {
    const sent = sentences[s]!;
    if (sent.paragraph !== paragraph || sent.start < notBefore) return undefined;
    const m = DESCRIBED_SUBJECT.exec(text.slice(sent.start, Math.min(sent.end, at)));
    if (m && DESCRIBED_PERSON_HEADS.has(m[2]!)) {
      const end = sent.start + m[0].trimEnd().length;
      const nounGender = DESCRIBED_PERSON_HEADS.get(m[2]!);
      // the phrase is the subject: a verb follows it ("A reporter phoned", "The photographer has been")
      if (end < at && FOLLOWED_BY_VERB.test(text.slice(end, end + 20)) && (!gender || !nounGender || nounGender === gender)
        && !namedPersonBetween(sent.start, end) && !namedPersonBetween(end, at)) {
        return { start: sent.start, end };
      }
    }
    if (namedPersonBetween(sent.start, Math.min(sent.end, at))) return undefined;
  }
  return undefined;
}

function sentenceAt(doc: Tokenized, offset: number): number {
  const sentences = doc.sentences;
  let lo = 0, hi = sentences.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

// "Tom Smith met with Peter Jones. He said ...", "Maria Lopez criticised the plan by Carlos Ruiz.
// She said ...": the nearest person named before a subject pronoun is often an object or the
// complement of a preposition, while the pronoun continues the subject (the centering heuristic).
// When the nearest candidate stands in such a position and a person who fits opens the same
// sentence as its subject, that subject is the antecedent.

/** A mention as antecedents see it: where it is and whom it names. */
export interface NamedMention { start: number; end: number; entity: string; type: string; kind?: string }

/** Words that, before a name, make it an object or a complement rather than the subject of a new clause. */
const OBJECT_LEAD = /(?:^|\s)(?:by|with|to|from|for|of|against|at|about|than|between|among|on|into|toward|towards|over|under|behind|alongside|including|like|unlike|via|[a-z]{2,})\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[a-z][a-z-]*\s+){0,3}(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}<?$/u;
/** Before a clause's own subject: a conjunction after a comma, a semicolon, a relative adverb ("where", "when"), or a verb
 * of saying or thinking ("said Trump was right when he said": the reported clause's subject). */
const CLAUSE_LEAD = /(?:[,;:]\s*(?:and|but|while|whereas|as|when|where|after|before|because|since|although|though)?|\b(?:and|but|while|whereas|when|where|after|before|because|since|although|though|said|says|say|told|tells|added|adds|stated|claimed|claims|argued|argues|insisted|noted|warned|believes|believed|thinks|thought))\s+(?:(?:the|a|an)\s+)?(?:[a-z][a-z-]*\s+){0,3}(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
/**
 * A pronoun subject and one word right before the name: its verb ("..., where he met Jones": an object, whatever the
 * clause lead) or "and" ("Corbett claims he and Barker ..."): either way the name does not start the clause.
 */
const PRONOUN_THEN_VERB = /\b(?:he|she|they|we|i)\s+(?:[a-z]+ly\s+)?[a-z]{2,}\s+(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
/** What may stand before a subject that opens its sentence: a wire dateline ("NEW YORK, March 3 - "), a short adverbial and a comma, then titles and descriptors. */
const SUBJECT_OPENING = /^\s*(?:\p{Lu}[\p{Lu}.' -]*,\s+(?:\p{Lu}[\p{L}.]*,\s+)?\p{Lu}[a-z]{2,}\.?\s+\d{1,2}\s+[-–—]\s+)?["“‘]?(?:(?:[\p{L}\p{N}'’-]+\s+){0,5}?[\p{L}\p{N}'’-]+,\s+)?(?:(?:The|the|A|a|An|an)\s+)?(?:[\p{L}'’.-]+\s+){0,4}$/u;
// (a subordinator makes it the subject of a subordinate clause: "While Obama had ..., ...")
const NOT_IN_SUBJECT_OPENING = /\b(?:by|with|to|from|for|against|at|about|than|between|among|into|met|said|told|says|tells|and|or|while|whereas|when|if|although|though|because|since|after|before|as|unlike|once|until|unless)\b/i;
/** "Anna Berg beat ", "Cruz never mentioned ": a name, then (an adverb and) one lowercase word that is not a title ("Leeds striker "): the name's verb. */
const NAME_THEN_WORD = /^\s*(?!(?:The|A|An|This|That|These|Those|His|Her|Their|Its|Our|My|Your)\s)(?:\p{Lu}[\p{L}.'’-]*\s+)+(?:(?:never|not|also|then|later|still|again|just|already|once|even|only|\p{Ll}{3,}ly)\s+)?(\p{Ll}+)\s+$/u;
function nameThenVerb(opening: string): boolean {
  const word = NAME_THEN_WORD.exec(opening)?.[1];
  return !!word && !isTitleWord(word) && !/^(?:the|a|an|of|and)$/.test(word);
}
/** How far back (characters) the subject of the antecedent's sentence is looked for. */
const MAX_SENTENCE_REACH = 400;

/**
 * The subject a he/she pronoun continues when the nearest person named before it (`nearest`, the
 * mention at `nearestIndex` of the sorted `mentions`) is an object or a complement in its sentence;
 * otherwise `nearest` itself. `fits` says whether an entity may be the pronoun's antecedent.
 */
export function preferSubject<M extends NamedMention>(text: string, mentions: readonly M[], nearestIndex: number, fits: (entity: string) => boolean, exclude: Range[] = [], pronoun?: string, depth = 0): M {
  const nearest = mentions[nearestIndex]!;
  if (nearest.type !== 'Person' && nearest.type !== 'Organization') return nearest;
  const sentenceStart = sentenceStartBefore(text, nearest.start);
  const lead = text.slice(sentenceStart, nearest.start);
  const opensSentence = (opening: string): boolean => SUBJECT_OPENING.test(opening) && !NOT_IN_SUBJECT_OPENING.test(opening) && !nameThenVerb(opening);
  // ("met the chief executive, Peter Jones,": a name set off after an object's description, and closed by punctuation or
  // "and", is that object; "Commenting on its subsidiary, Pearson said" names the subject after a fronted phrase)
  const described = lead.replace(/,\s*$/, ' ');
  const appositive = /\s[a-z]{3,},\s*$/.test(lead) && OBJECT_LEAD.test(described) && !CLAUSE_LEAD.test(described) && !opensSentence(described)
    && /^(?:\s*[,.;)]|\s+and\s)/.test(text.slice(nearest.end, nearest.end + 5));
  if (opensSentence(lead) || !(OBJECT_LEAD.test(lead) || appositive) || (CLAUSE_LEAD.test(lead) && !PRONOUN_THEN_VERB.test(lead) && !appositive)) return nearest;
  for (let k = nearestIndex - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.start < sentenceStart || nearest.start - m.start > MAX_SENTENCE_REACH) break;
    if (m.type !== nearest.type || m.entity === nearest.entity || m.kind === 'pronoun' || !fits(m.entity)) continue;
    if (exclude.some((r) => m.start >= r.start && m.end <= r.end)) continue;
    if (opensSentence(text.slice(sentenceStart, m.start))) return m;
  }
  // "Smith went to Leeds, where he befriended Tom Jones. ... he wrote": the object's sentence has the same pronoun as
  // its subject, so the pronoun goes on meaning whom that one meant: the person named before that sentence
  if (nearest.type === 'Person' && pronoun && PRONOUN_SUBJECT_LEAD(pronoun).test(lead)) {
    for (let k = nearestIndex - 1; k >= 0; k--) {
      const m = mentions[k]!;
      if (m.start >= sentenceStart) continue;
      if (nearest.start - m.start > MAX_PRONOUN_CHAIN_REACH) break;
      if (m.type !== 'Person' || m.entity === nearest.entity || !fits(m.entity)) continue;
      if (exclude.some((r) => m.start >= r.start && m.end <= r.end)) continue;
      // (that person may be an object too: "Souness is lining up a move for Owen. He sees Owen as ... he told")
      return depth < 2 ? preferSubject(text, mentions, k, fits, exclude, pronoun, depth + 1) : m;
    }
  }
  return nearest;
}

/** A sentence opening whose subject is the pronoun (after an adverbial and a comma at most): "The following autumn, he went ...". */
const PRONOUN_SUBJECT_LEAD = (pronoun: string): RegExp => new RegExp(`^(?:[^,.;:!?"“”]{0,60},\\s*)?${pronoun}\\s+[a-z]`, 'i');
/** How far back (characters) the person a pronoun chain started from may be named. */
const MAX_PRONOUN_CHAIN_REACH = 800;

/** Where the sentence holding `at` starts: after the last sentence end or paragraph break before it. */
function sentenceStartBefore(text: string, at: number): number {
  for (let k = at - 1; k > 0 && at - k < 600; k--) {
    const c = text[k]!;
    // (a line break inside a sentence is wire copy's hard wrap, not a sentence end: "...said it agreed to buy\nfive mln shares")
    if (c === '\n' && (/[\s.!?:"”’)]$/.test(text.slice(Math.max(0, k - 1), k)) || /^[ \t\n]/.test(text.slice(k + 1, k + 2)) || k === 0)) return k + 1;
    if ((c === ' ') && /[.!?]["”’)]?$/.test(text.slice(Math.max(0, k - 2), k)) && !/\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Prof|[A-Z])\.["”’)]?$/.test(text.slice(Math.max(0, k - 6), k))) return k + 1;
  }
  return Math.max(0, at - 600);
}

// "Time Warner reported a rise in profit. ... the company said": a definite description of a body
// names the body the text spoke of last. A head that is part of a name ("the bank" for "Deutsche
// Bank", "the ministry" for "the Finance Ministry") picks the nearest body so named; the generic
// heads of a business or an organisation take the nearest body of any name. Governments, armies
// and police are left alone: "the government said" is the country's, which the text may not name.

/** Heads of "the X said" that refer back to a body named earlier; `generic`: any body fits, not only one whose name holds the head. */
export const BODY_HEADS: ReadonlyMap<string, { generic: boolean }> = new Map<string, { generic: boolean }>([
  ...['company', 'firm', 'group', 'carrier', 'airline', 'retailer', 'maker', 'manufacturer', 'lender', 'insurer', 'operator',
    'broadcaster', 'organisation', 'organization', 'charity', 'bank', 'conglomerate', 'chain', 'supermarket',
    'publisher', 'developer', 'distributor', 'giant', 'carmaker', 'club'].map((w): [string, { generic: boolean }] => [w, { generic: true }]),
  ...['ministry', 'agency', 'commission', 'committee', 'council', 'party', 'union', 'court', 'university', 'institute',
    'foundation', 'association', 'federation', 'fund', 'board', 'authority', 'regulator', 'watchdog', 'department', 'office',
    'exchange', 'league', 'network', 'channel', 'station', 'alliance', 'bureau', 'society', 'trust', 'centre', 'center']
    .map((w): [string, { generic: boolean }] => [w, { generic: false }]),
]);
/** Bodies that govern, regulate or represent rather than trade: never what "the company" or "the firm" refers to. */
const NOT_A_BUSINESS = /\b(?:Commission|Ministry|Department|Council|Party|Agency|Authority|Court|Fund|Organi[sz]ation|Union|Government|Parliament|Congress|Senate|Office|Bureau|Committee|Federation|Association|League|Exchange|Reserve|Treasury|Administration)\b/;
/**
 * A legal form in a body's name ("Bromon Aircraft Co", "Ericsson AB", "Tesco plc"): a business for certain. "The
 * company said" goes to the nearest such body rather than to a nearer one without it (a regulator, a mine, a
 * customer named as an object: "Bromon Aircraft Co said ... certification by the Federal Aviation
 * Administration ... according to the company").
 */
const LEGAL_FORM = /\b(?:Co|Corp|Corporation|Inc|Incorporated|Ltd|Limited|Plc|PLC|plc|AG|SA|NV|BV|GmbH|SpA|AB|ASA|Oyj|KK|LLC|LP|Bancorp|Holdings)\b\.?/;
/** Generic heads of a business ("the firm"), as opposed to "the organisation" or "the charity". */
const BUSINESS_HEADS = new Set(['company', 'firm', 'group', 'carrier', 'airline', 'retailer', 'maker', 'manufacturer', 'lender', 'insurer',
  'operator', 'broadcaster', 'conglomerate', 'chain', 'supermarket', 'publisher', 'developer', 'distributor', 'giant', 'carmaker']);
const ADDRESSED = /\b(?:told|tells|telling|interview with)\s+(?:the\s+)?$/i;
/** The business head of a described body ("the Swedish firm", "the world's biggest insurer", "The German giant"), or undefined. */
export function businessHeadOf(phrase: string): string | undefined {
  const m = /^the\s+(?:\S+\s+){1,5}?([a-z-]+)$/i.exec(phrase.trim());
  const head = m?.[1]!.toLowerCase();
  return head && BUSINESS_HEADS.has(head) && !/^the\s+(?:\S+\s+)*(?:and|or|of)\s/i.test(phrase) ? head : undefined;
}
/** How far back (characters) "the company" looks for the body it names. */
const MAX_BODY_REACH = 2000;

/**
 * The body "the <head>" at `at` refers to: the nearest earlier organization mention (of `mentions`,
 * sorted by start; `before` is the index of the first mention starting at or after `at`) whose
 * name (`nameOf`) holds the head, else for a generic head the nearest organization, preferring one
 * that already spoke (`spoke`: entities of earlier speakers) or carries a legal form; none inside `exclude`.
 */
export function bodyAntecedent<M extends NamedMention>(text: string, mentions: readonly M[], before: number, at: number, head: string, nameOf: (entity: string) => string, exclude: Range[] = [], spoke: ReadonlySet<string> = new Set()): M | undefined {
  const kind = BODY_HEADS.get(head);
  if (!kind) return undefined;
  const headPattern = new RegExp(`\\b${head}\\b`, 'i');
  let nearest: number | undefined;
  let nearestIncorporated: number | undefined;
  let nearestSpeaker: number | undefined;
  const business = (m: M): boolean => !(BUSINESS_HEADS.has(head) && NOT_A_BUSINESS.test(nameOf(m.entity)));
  const incorporated = (m: M): boolean => LEGAL_FORM.test(nameOf(m.entity)) || LEGAL_FORM.test(text.slice(m.start, Math.min(text.length, m.end + 6)));
  for (let k = before - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (at - m.start > MAX_BODY_REACH) break;
    if (m.type !== 'Organization' || m.kind === 'pronoun' || exclude.some((r) => m.start >= r.start && m.end <= r.end)) continue;
    // ("a Lufthansa spokesman told the BBC ... the company said": the outlet spoken to is not the company)
    if (ADDRESSED.test(text.slice(Math.max(0, m.start - 14), m.start))) continue;
    if (headPattern.test(nameOf(m.entity))) return m;
    if (nearest === undefined && business(m)) nearest = k;
    if (nearestIncorporated === undefined && BUSINESS_HEADS.has(head) && business(m) && incorporated(m)) nearestIncorporated = k;
    if (nearestSpeaker === undefined && BUSINESS_HEADS.has(head) && business(m) && spoke.has(m.entity)) nearestSpeaker = k;
  }
  // a business that has already spoken, else one with a legal form, before any other body named nearer
  if (nearest !== undefined && !spoke.has(mentions[nearest]!.entity)) {
    if (nearestSpeaker !== undefined) nearest = nearestSpeaker;
    else if (nearestIncorporated !== undefined && !incorporated(mentions[nearest]!)) nearest = nearestIncorporated;
  }
  // ("Boeing announced a deal with HCL. The US company said ...": the subject, not the partner)
  return kind.generic && nearest !== undefined
    ? preferSubject(text, mentions, nearest, (e) => business(mentions.find((m) => m.entity === e)!), exclude) : undefined;
}

/** How far on (characters) "a US bank" looks for the body it introduces. */
const MAX_INTRODUCED_REACH = 600;
/** The head of an indefinite body description ("a US bank", "an Italian insurer"), or undefined. */
export function indefiniteBodyHeadOf(phrase: string): string | undefined {
  const head = /^an?\s+(?:\S+\s+){1,4}?([a-z-]+)$/i.exec(phrase.trim())?.[1]?.toLowerCase();
  return head && BODY_HEADS.has(head) && !/\s(?:and|or|of)\s/i.test(phrase) ? head : undefined;
}

/**
 * The body an indefinite description at [at, end) introduces: news names it right after ("A US bank has said it
 * will donate $8m ... Riggs Bank will put the money in a fund"). The first organization named within the next
 * few sentences whose name holds the head (outside `exclude`), or undefined.
 */
export function introducedBody<M extends NamedMention>(mentions: readonly M[], after: number, end: number, head: string, nameOf: (entity: string) => string, exclude: Range[] = []): M | undefined {
  const headPattern = new RegExp(`\\b${head}\\b`, 'i');
  for (let k = after; k < mentions.length; k++) {
    const m = mentions[k]!;
    if (m.start - end > MAX_INTRODUCED_REACH) break;
    if (m.type !== 'Organization' || m.kind === 'pronoun' || exclude.some((r) => m.start >= r.start && m.end <= r.end)) continue;
    if (headPattern.test(nameOf(m.entity))) return m;
  }
  return undefined;
}

/**
 * The body a described phrase ("the radio station", "the football club") stands for when one of its modifiers is a
 * word of the name of a body named before it (within MAX_BODY_REACH characters): "BBC Radio 1 ... said the radio
 * station". Words of place and kind that many names share are no evidence.
 */
export function bodyNamedByModifier<M extends NamedMention>(mentions: readonly M[], before: number, at: number, modifiers: string[], nameOf: (entity: string) => string, exclude: Range[] = []): M | undefined {
  const words = modifiers.filter((w) => /^[a-z]{3,}$/.test(w) && !SHARED_NAME_WORDS.has(w));
  if (!words.length) return undefined;
  const pattern = new RegExp(`\\b(?:${words.join('|')})\\b`, 'i');
  for (let k = before - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (at - m.start > MAX_BODY_REACH) break;
    if (m.type !== 'Organization' || m.kind === 'pronoun' || exclude.some((r) => m.start >= r.start && m.end <= r.end)) continue;
    if (pattern.test(nameOf(m.entity))) return m;
  }
  return undefined;
}
/** Modifiers that name no body in particular: "the national bank", "the new company", "the international group". */
const SHARED_NAME_WORDS = new Set(['national', 'international', 'new', 'general', 'united', 'american', 'british', 'european', 'world',
  'global', 'royal', 'central', 'state', 'federal', 'public', 'private', 'other', 'same', 'former', 'local', 'first', 'big', 'biggest',
  'largest', 'main', 'major', 'leading', 'top', 'rival', 'parent', 'whole', 'entire', 'this', 'that']);

// "the government said": the government of the country the text spoke of last (a country's name or
// its demonym, "the Italian economy"), within the last few sentences; beyond them nobody is named.
const MAX_GOVERNMENT_REACH = 600;

/** The country "the government" at `at` belongs to: the nearest earlier country mention (not inside `exclude`), or undefined. */
export function governmentAntecedent<M extends NamedMention>(mentions: readonly M[], before: number, at: number, exclude: Range[] = []): M | undefined {
  for (let k = before - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (at - m.start > MAX_GOVERNMENT_REACH) break;
    if (m.type === 'Country' && m.kind !== 'pronoun' && !exclude.some((r) => m.start >= r.start && m.end <= r.end)) return m;
  }
  return undefined;
}

// "The versatile Finnan starred against France. “We can win the group,” said the Liverpool player.": news
// writing names a person, then calls them by their age, nationality or trade rather than repeat the
// name. Such a description speaks for the person named last before it, when that person is named
// within the last few sentences; an office ("the minister") is left to the offices the text states.

/** Heads of descriptions that stand for a person just named ("the 30-year-old", "the Briton", "the striker"). */
export const ANAPHORIC_PERSON_HEADS: ReadonlySet<string> = new Set(['player', 'striker', 'midfielder', 'defender', 'winger', 'forward',
  'goalkeeper', 'keeper', 'captain', 'skipper', 'batsman', 'bowler', 'all-rounder', 'sprinter', 'runner', 'athlete', 'champion',
  'singer', 'actor', 'actress', 'rapper', 'comedian', 'musician', 'star', 'veteran', 'youngster', 'teenager', 'rider', 'jockey',
  'boxer', 'golfer', 'briton', 'scot', 'welshman', 'welshwoman', 'englishman', 'englishwoman', 'irishman', 'irishwoman',
  'frenchman', 'frenchwoman', 'spaniard', 'dutchman', 'dutchwoman',
  // trades and walks of life, not offices: "the pensioner said", "the presenter told" (not the nouns that are relative
  // to someone else, "the mother", "the lawyer", "the doctor": the mother is the named child's; nor the experts news
  // quotes unnamed, "the economist": often that one)
  'pensioner', 'retiree', 'businessman', 'businesswoman', 'entrepreneur', 'author', 'novelist', 'poet', 'artist',
  'photographer', 'historian', 'film-maker', 'filmmaker', 'designer', 'farmer', 'survivor', 'presenter', 'broadcaster',
  'campaigner', 'billionaire', 'tycoon', 'entertainer', 'dancer', 'chef',
  // positions in a team: "said the Gloucester fly-half", "the Chelsea full-back added"
  'fly-half', 'scrum-half', 'full-back', 'fullback', 'centre-back', 'center-back', 'wing-back', 'half-back', 'flanker', 'hooker',
  'quarterback', 'linebacker', 'pitcher', 'playmaker', 'cyclist', 'swimmer', 'skier', 'skater',
  // one who plays for a national side: "the former Scotland international said"
  'international']);
/** "the 30-year-old", "the Liverpool striker", "the former England captain": a determiner, up to three modifiers, the head. */
const ANAPHORIC_DESCRIPTION = /^the\s+(?:[\p{L}\p{N}'’.-]+\s+){0,3}?(\d+-year-old|[\p{L}-]+)$/iu;
/** How far back (characters) the person such a description stands for may be named. */
const MAX_DESCRIBED_REACH = 600;

/** The gender a description's head carries: "the New York businessman", "the spokeswoman", "the mother-of-three". */
export function descriptionGender(phrase: string): 'm' | 'f' | undefined {
  // (a lowercase head only: "the German", "the Roman" are no men)
  const head = /([\p{L}-]+)\s*$/u.exec(phrase.trim())?.[1] ?? '';
  if (!/^\p{Ll}/u.test(head) || head === 'human') return undefined;
  if (/wom[ae]n$/.test(head) || /^mother-of-/.test(head)) return 'f';
  if (/m[ae]n$/.test(head) || /^father-of-/.test(head)) return 'm';
  return DESCRIBED_PERSON_HEADS.get(head);
}

/** Whether `phrase` is a description that stands for a person named just before ("the 22-year-old said"). */
export function isAnaphoricDescription(phrase: string): boolean {
  const head = ANAPHORIC_DESCRIPTION.exec(phrase.trim())?.[1]?.toLowerCase();
  return !!head && (ANAPHORIC_PERSON_HEADS.has(head) || /^\d+-year-old$/.test(head) || /^(?:mother|father)-of-[a-z]+$/.test(head));
}

/**
 * "the American", "the 24-year-old Russian", "the Briton": a determiner, up to two modifiers and a capitalised
 * demonym for one person (ending in -an, or one of the few that do not); "the French", "the Swiss" are a nation.
 * The caller checks that the word is a demonym (the Taliban, the Vatican are names).
 */
export function isNationalDescription(phrase: string): boolean {
  const head = /^the\s+(?:[\p{L}\p{N}'’.-]+\s+){0,2}?(\p{Lu}\p{Ll}+)$/iu.exec(phrase.trim())?.[1];
  return !!head && /^\p{Lu}/u.test(head) && (/an$/.test(head) || SINGULAR_DEMONYMS.has(head.toLowerCase()));
}
const SINGULAR_DEMONYMS: ReadonlySet<string> = new Set(['briton', 'scot', 'swede', 'dane', 'pole', 'finn', 'turk', 'serb', 'croat', 'greek', 'czech', 'slovak', 'thai', 'kiwi', 'aussie']);

/**
 * The person a description at `at` stands for: the nearest person named (not a pronoun, not inside
 * `exclude`) before it, within reach, preferring the subject of that sentence over an object.
 */
export function describedPersonAntecedent<M extends NamedMention>(text: string, mentions: readonly M[], before: number, at: number, exclude: Range[] = [], fits: (entity: string) => boolean = () => true): M | undefined {
  for (let k = before - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (at - m.start > MAX_DESCRIBED_REACH) return undefined;
    if (m.type !== 'Person' || m.kind === 'pronoun' || m.kind === 'nominal' || m.kind === 'demonym' || !fits(m.entity) || exclude.some((r) => m.start >= r.start && m.end <= r.end)) continue;
    const person = preferSubject(text, mentions, k, fits, exclude);
    // ("He was threatened with the sack by boss Tom Reed ... the defender said": a person named as an object, with
    // no named subject to prefer, is not whom the description stands for; the description is kept as it is)
    return person === m && isObject(text, m) ? undefined : person;
  }
  return undefined;
}

// "Professor Alan Reed led the study. ... “...,” the professor said", "The band's singer, Lee Park, said ... the singer
// told": the text gave a named person the description's head as a title before the name or as the head of an
// appositive; the description stands for that person, whoever else was named since (the text's own binding, not a list
// of heads that usually refer back).

/** How far back (characters) the person the text gave a title may be named. */
const MAX_TITLED_REACH = 2500;
/** A definite description with a lowercase head: "the professor", "the band's lead singer", "the 45-year-old detective". */
const DEFINITE_DESCRIPTION = /^[Tt]he\s+(?:[\p{L}\p{N}'’.-]+\s+){0,3}?(\p{Ll}[\p{Ll}-]*)$/u;
/** The words right before a name: "biologist", "Detective Inspector", "the band's singer,". */
const LEAD_WORDS = /((?:[\p{L}'’-]+\s+){1,3})$/u;
/** A description set off before the name: "The band's singer, " (its head is the word before the comma). */
const APPOSITIVE_BEFORE = /(?:^|[.!?;:]\s+|[“"(]\s*|,\s+|\n)(?:the|The|a|A|an|An|[\p{L}-]+['’]s)\s+(?:[\p{L}'’-]+\s+){0,3}?(\p{Ll}[\p{Ll}-]*),\s+$/u;
const SPACES = /\s+/;
/** A lead that ends in a space and not in a comma or a line break: the name follows a word. */
const WORD_THEN_NAME = /[^,\n\s]\s+$/;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;
/** A description set off after the name: ", a biologist at ...", ", the director of ...": the words before its first preposition. */
const APPOSITIVE_AFTER = /^,\s+(?:the|a|an|[\p{L}-]+['’]s)\s+((?:[\p{L}'’-]+\s+){0,4}?)(\p{Ll}[\p{Ll}-]*)(?=\s*[,.;)]|\s+(?:of|for|at|in|with|from|on|to|who|and|since|until)\b)/u;

/** The head of a definite description ("the Leeds professor" → "professor"), or undefined. */
export function descriptionHead(phrase: string): string | undefined {
  const p = phrase.trim();
  return p.startsWith('the ') || p.startsWith('The ') ? DEFINITE_DESCRIPTION.exec(p)?.[1] : undefined;
}

/**
 * Whether the text gives mention `m` the title or description `head` right before or after the name, with no rank
 * (`ranks`: "deputy", "shadow") the description lacks (`words`): "Deputy Mayor Ann Lee" is not "the mayor".
 */
function titledAs(text: string, m: NamedMention, head: string, words: ReadonlySet<string>, ranks: ReadonlySet<string>): boolean {
  const fits = (binding: string[]): boolean => !binding.some((w) => ranks.has(w.toLowerCase()) && !words.has(w.toLowerCase()));
  // "Professor Alan Reed" read as one mention: the title is inside it
  const own = text.slice(m.start, m.end).split(SPACES);
  for (let i = 0; i < own.length - 1 && i < 3; i++) if (own[i]!.toLowerCase() === head) return fits(own.slice(0, i));
  const lead = text.slice(Math.max(0, m.start - 60), m.start);
  if (WORD_THEN_NAME.test(lead)) {
    // "biologist Nick Bos" (the word right before the name), "Detective Inspector Sara Holt" (a run of capitalised title words)
    const before = (LEAD_WORDS.exec(lead)?.[1] ?? '').trim().split(SPACES);
    if (before[before.length - 1] === head) return fits(before);
    // (title words only: "Newspaper Says Clinton ..." in a headline gives her no title)
    for (let i = before.length - 1; i >= 0 && CAPITALISED_WORD.test(before[i]!) && isTitleWord(before[i]!.toLowerCase()); i--) if (before[i]!.toLowerCase() === head) return fits(before);
  }
  const set = APPOSITIVE_BEFORE.exec(lead);
  if (set?.[1] === head) return fits(set[0].split(SPACES));
  const after = APPOSITIVE_AFTER.exec(text.slice(m.end, m.end + 90));
  return after?.[2] === head && fits(after[1]!.split(SPACES));
}

/**
 * The latest person named (not inside `exclude`) whom the text gave the title or description `head` (with no rank
 * the description's `words` lack), within reach.
 */
export function titledPersonAntecedent<M extends NamedMention>(text: string, mentions: readonly M[], before: number, at: number, head: string, words: ReadonlySet<string>, ranks: ReadonlySet<string>,
  exclude: Range[] = [], fits: (entity: string) => boolean = () => true): M | undefined {
  for (let k = before - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (at - m.start > MAX_TITLED_REACH) return undefined;
    if (m.type !== 'Person' || m.kind === 'pronoun' || m.kind === 'nominal' || m.kind === 'demonym' || !fits(m.entity) || exclude.some((r) => m.start >= r.start && m.end <= r.end)) continue;
    if (titledAs(text, m, head, words, ranks)) return m;
  }
  return undefined;
}

/** Whether a mention stands as an object or a complement in its sentence ("by boss Tom Reed"), by what precedes it. */
function isObject(text: string, m: NamedMention): boolean {
  const lead = text.slice(sentenceStartBefore(text, m.start), m.start);
  return OBJECT_LEAD.test(lead) && !CLAUSE_LEAD.test(lead) && !(SUBJECT_OPENING.test(lead) && !NOT_IN_SUBJECT_OPENING.test(lead) && !nameThenVerb(lead));
}

// "The council issued a statement on Monday. “...,” the statement said.": a statement, a report or a
// letter is said by the body that issued it, which the text names when it brings the document in.

/** Documents whose "the <document> said" speaks for whoever issued it. */
export const ISSUED_DOCUMENT_HEADS: ReadonlySet<string> = new Set(['statement', 'report', 'letter', 'release', 'communique', 'communiqué',
  'memo', 'announcement', 'bulletin', 'filing', 'study', 'survey', 'document', 'notice', 'message']);
const ISSUED_AFTER = /^\s*(?:,[^,]{0,60},\s*)?(?:has\s+|had\s+|have\s+|also\s+|later\s+)?(?:issued|released|published|sent|put\s+out|posted|circulated|filed|distributed|e-?mailed)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}é]+)/u;
const ISSUED_BEFORE = /\b([\p{L}é]+)\s+(?:issued\s+|released\s+|published\s+)?(?:from|by)\s+(?:the\s+)?$/u;
/** How far back (characters) the document's issuer may be named. */
const MAX_ISSUER_REACH = 1000;

/** The issuer of "the <document>" at `at`: the nearest body or person named as issuing such a document before it. */
export function documentIssuer<M extends NamedMention>(text: string, mentions: readonly M[], before: number, at: number, head: string, exclude: Range[] = []): M | undefined {
  if (!ISSUED_DOCUMENT_HEADS.has(head)) return undefined;
  for (let k = before - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (at - m.start > MAX_ISSUER_REACH) return undefined;
    if (m.kind === 'pronoun' || m.kind === 'demonym' || m.type === 'Place' || exclude.some((r) => m.start >= r.start && m.end <= r.end)) continue;
    const after = ISSUED_AFTER.exec(text.slice(m.end, m.end + 120))?.[1]?.toLowerCase();
    const beforeIt = ISSUED_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1]?.toLowerCase();
    if (after === head || beforeIt === head) return m;
  }
  return undefined;
}
