// Stage 2: article text → entities, mentions, roles, quotes and pledges, each with its span.
// Runs the recognizers in order (boilerplate, names, entity resolution, offices, quotes,
// pledges), resolves quote speakers and pledge givers to entities, and converts every UTF-16
// range to code-point spans at the end — the only place offsets change units.

import type { Article, Extraction, Entity, Mention, Quote, Pledge, Role, Range } from '../types.js';
import { tokenizeDocument, type Tokenized } from '../text/tokenize.js';
import { firstStartingAtOrAfter } from '../text/intervals.js';
import { CodePointIndex } from '../text/offsets.js';
import { originalRange, tokenizedView, type TokenizedView } from '../text/detokenize.js';
import { findBoilerplate, insideBoilerplate } from './boilerplate.js';
import { recognizeNames } from './ner/index.js';
import { ADDRESS_GENDER, givenNameGenders, type Gender } from './lexicon/address.js';
import { resolveEntities, datelineEntity, type EntityIndex, type ResolvedMention } from './entities.js';
import { findRoles, type RoleRecord } from './roles.js';
import { findQuotes, type QuoteCandidate } from './quotes.js';
import { attributionModel, candidateFeatures, documentFeatures } from './quotes/model.js';
import { ANAPHORIC_PERSON_HEADS, BODY_HEADS, bodyAntecedent, bodyNamedByModifier, businessHeadOf, indefiniteBodyHeadOf, introducedBody, describedAntecedent, describedPersonAntecedent, descriptionGender, documentIssuer, governmentAntecedent, ISSUED_DOCUMENT_HEADS, isAnaphoricDescription, isNationalDescription, preferSubject, descriptionHead, titledPersonAntecedent, DESCRIBED_PERSON_HEADS } from './quotes/antecedents.js';
import { findPledges, isCommitted } from './pledges.js';
import { PERSON_PRONOUNS, GROUP_PRONOUNS, OFFICE_HEADS, TITLE_HEADS } from './lexicon.js';
import { straighten } from './gazetteer.js';
import { CORPORATE_DESIGNATORS } from './entity-cues.js';
import { isTitleWord } from './quotes/phrases.js';
import { OUTLET_NOUNS } from './quotes/lexicon.js';
import { acceptedBy } from './rules.js';
import { wordTable } from './lexicon/word-table.js';

export function extractArticle(article: Article): Extraction {
  // Text written out from tokens ("Japan 's $ 10 million grant ,") is read as the prose it was cut from.
  const view = tokenizedView(article.text);
  const text = view ? view.text : article.text;
  const doc = tokenizeDocument(text);
  const boilerplate = findBoilerplate(text, doc);
  const names = recognizeNames(text, doc);
  const index = resolveEntities(text, doc, names, boilerplate.ranges, boilerplate.headlineRange);
  const dateline = boilerplate.dateline ? datelineEntity(index, boilerplate.dateline) : undefined;
  // "IRVINE, Calif., April 3 -": the state after the town is a place the article names too.
  const datelineRegion = boilerplate.datelineRegion ? datelineEntity(index, boilerplate.datelineRegion) : undefined;
  const roles = findRoles(text, doc, index, { dateline, datelineText: boilerplate.dateline, headline: boilerplate.headlineRange });

  const isContent = (r: Range) => !insideBoilerplate(boilerplate.ranges, r.start, r.end, ['caption', 'credit', 'advertisement', 'notice', 'dateline', 'references']);
  const candidates = findQuotes(text, doc).filter((q) => q.segments.length > 0 && q.segments.every((r) => isQuotable(boilerplate, r, q)));
  const model = attributionModel();
  const quotes = resolveSpeakers(text, doc, index, roles, candidates, model ? (_q, features) => model.accepts(features) : () => true).filter((q) => q.kept);
  if (model) for (const q of quotes) q.rule = acceptedBy(q.candidate.rule, 'quote.model.attribution');

  const officeOf = (person: string) => roles.find((r) => r.person === person && r.of)?.of;
  const titlesOf = (person: string) => roles.filter((r) => r.person === person).map((r) => r.title);
  const pledges = findPledges({
    text,
    doc,
    mentions: index.mentions.map((m) => ({ start: m.start, end: m.end, entity: m.entity, type: m.type })),
    officeOf,
    titlesOf,
    quotes: quotes.map((q) => ({ segments: q.candidate.segments, speaker: q.speaker })),
  }).filter((p) => isCommitted(p.status) && index.entities.has(p.giver) && isContent(p.evidence)); // hopes, requests and conditions are not pledges

  return toDomain(article, view, doc, index, roles, quotes, pledges, boilerplate, dateline, datelineRegion);
}

interface ResolvedQuote {
  candidate: QuoteCandidate;
  /** What the attribution model saw (quotes/model.ts), and its verdict. */
  features: string[];
  kept: boolean;
  /** The rule that proposed it, and the model that accepted it (rules.ts acceptedBy). */
  rule: string;
  speaker?: string;
  /** For a speaker described but not named: the phrase that describes them. */
  speakerLabel?: string;
  /** An added mention for the speaker (a pronoun or a phrase), when it is not already a mention. */
  speakerMention?: Range;
}

/**
 * Whether a content span may be a quote: not in a caption, credit, advertisement, notice or dateline, and not in the
 * headline (one short line without final punctuation, boilerplate.ts). A headline's "Tokyo says deflation
 * 'controlled'", "House prices rebound says Halifax" is the article's summary of a statement the body reports with
 * its words and speaker; read as a sentence it gives telegraphic junk ("growing says Fed": the speaker "growing").
 * The one headline form that is not telegraphic is a name, a colon and a quotation ("Perez: ‘We will win’",
 * "Perez: Lopez ‘not fit’ to serve"): the speaker stands alone before the colon and the words are marked as theirs.
 * A colon before a bare phrase stays out ("Arthur Hailey: King of the bestsellers" is a profile's subtitle).
 */
function isQuotable(boilerplate: ReturnType<typeof findBoilerplate>, r: Range, q: QuoteCandidate): boolean {
  if (boilerplate.headlineRange && r.start >= boilerplate.headlineRange.start && r.end <= boilerplate.headlineRange.end && (q.rule !== 'quote.colon-headline' || q.kind === 'indirect')) return false;
  return !insideBoilerplate(boilerplate.ranges, r.start, r.end, ['caption', 'credit', 'advertisement', 'notice', 'dateline', 'references']);
}

/** Decides whether a resolved candidate is kept: the attribution model at run time, the gold labels in training. */
export type QuoteJudge = (q: QuoteCandidate, features: string[]) => boolean;

/**
 * Resolves each quote's local speaker mention to an entity (a name, an office, or a pronoun's
 * antecedent) and describes it for the attribution model; `kept` says whether `judge` accepts it.
 */
function resolveSpeakers(text: string, doc: Tokenized, index: EntityIndex, roles: RoleRecord[], candidates: QuoteCandidate[], judge: QuoteJudge): ResolvedQuote[] {
  sortMentions(index);
  const all: ResolvedQuote[] = [];
  let previous: ResolvedQuote | undefined; // the last quote kept
  const spoke = new Set<string>(); // speakers of the quotes kept so far: what "the company said" most likely continues
  const genders = candidates.length ? genderHints(text, index) : new Map<string, Gender>(); // (only quotes ask)
  const docFeatures = candidates.length ? documentFeatures(text, doc) : [];
  // ("“Tom Hale let us down,” she said. The 54-year-old added ...": a person named inside someone's quotation is
  // who the speaker talked about, not whom a description of the next speaker stands for)
  const quoted = candidates.filter((c) => c.kind === 'direct').flatMap((c) => c.segments);
  for (const q of candidates) {
    const resolved: ResolvedQuote = { candidate: q, features: [], kept: false, rule: q.rule };
    let inherited = false;
    let unnamed: string | undefined;
    let spoken = ''; // the speaker phrase, straightened and lowercased: read once, asked twice
    if (q.speaker) {
      // "Jeremy de Souza said": a speaker span cut at a lowercase particle is the name around it.
      const around = nameAround(index, q.speaker);
      if (around) q.speaker = { start: around.start, end: around.end };
      resolved.speakerMention = q.speaker;
      const phrase = straighten(text.slice(q.speaker.start, q.speaker.end)).trim().toLowerCase();
      spoken = phrase;
      // "he said" right after someone else's quote continues that speaker, named or not. ("I" and
      // "we" outside a quotation are the writer: they continue nobody.)
      const gender = PRONOUN_GENDER[phrase];
      const sameGender = !gender || !previous?.speaker || (genders.get(previous.speaker) ?? gender) === gender;
      const described = (phrase === 'he' || phrase === 'she') ? describedAntecedent(text, doc, q.speaker.start, gender, (a, b) => namedPersonIn(index, a, b), previous?.candidate.evidence.end ?? 0) : undefined;
      if (described) {
        // "A reporter from the local paper phoned. He said ...": the described person, not an earlier name
        resolved.speakerLabel = text.slice(described.start, described.end).replace(/\s+/g, ' ');
      } else if (PERSON_PRONOUNS.has(phrase) && previous && (previous.speaker || previous.speakerLabel) && q.evidence.start - previous.candidate.evidence.end < 700 && isPersonLike(index, previous) && sameGender
        // ("Coffee ministers said ... He said": "he" and "she" are no group kept by its plural phrase)
        && !(gender && !previous.speaker && PLURAL_LABEL.test(previous.speakerLabel ?? ''))
        && !otherPersonBetween(index, previous, q, genders, gender)) {
        resolved.speaker = previous.speaker;
        resolved.speakerLabel = previous.speakerLabel;
        inherited = true;
        if (previous.speaker) addMention(index, { ...q.speaker, firstToken: 0, endToken: 0, entity: previous.speaker, type: 'Person', kind: 'pronoun' });
      } else if (phrase === 'it' && previous?.speaker && q.evidence.start - previous.candidate.evidence.end < 300 && q.speaker.start > previous.candidate.evidence.end
        && isBody(index, previous.speaker) && !otherBodyBetween(index, previous, q.speaker.start)) {
        // "Acme said it would consult the SEC. It said ...": "it" right after a body's statement is that body; the bodies
        // named inside what it said are not who speaks next
        resolved.speaker = previous.speaker;
        inherited = true;
        addMention(index, { ...q.speaker, firstToken: 0, endToken: 0, entity: previous.speaker, type: index.entities.get(previous.speaker)!.type, kind: 'pronoun' });
      } else if (sameDocumentAs(text, phrase, all)) {
        // "..., a bank statement said. ... the statement said": the same document, the same speaker
        const earlier = sameDocumentAs(text, phrase, all)!;
        resolved.speaker = earlier.speaker;
        resolved.speakerLabel = earlier.speakerLabel;
      } else if (definiteLabelOf(phrase, all)) {
        // "a senior finance ministry official said ... the official said": the same unnamed speaker
        resolved.speakerLabel = definiteLabelOf(phrase, all);
      } else if ((unnamed = unrecognizedName(text, index, q.speaker))) {
        resolved.speakerLabel = unnamed;
      } else {
        resolved.speaker = speakerEntity(text, index, roles, q.speaker, genders, q.segments, spoke, quoted);
        // "The mayor, who said ...": a relative pronoun no name stands before speaks for its noun phrase
        if (!resolved.speaker && q.antecedent && RELATIVE_PRONOUNS.has(phrase)) {
          const antecedent = text.slice(q.antecedent.start, q.antecedent.end).replace(/\s+/g, ' ');
          resolved.speaker = speakerEntity(text, index, roles, q.antecedent, genders, q.segments, spoke, quoted);
          // "a trader in Santos, who noted ...": the place is where the speaker is, not who spoke
          if (resolved.speaker && index.entities.get(resolved.speaker)?.type === 'Place') resolved.speaker = undefined;
          if (!resolved.speaker && !PERSON_PRONOUNS.has(antecedent.toLowerCase()) && !GROUP_PRONOUNS.has(antecedent.toLowerCase())) resolved.speakerLabel = unrecognizedName(text, index, q.antecedent) ?? antecedent;
        }
        if (!resolved.speaker && !q.antecedent) resolved.speaker = loneSurnameOf(text, index, q.speaker);
        if (resolved.speaker && gender && !genders.has(resolved.speaker)) genders.set(resolved.speaker, gender);
        if (!resolved.speaker && !PERSON_PRONOUNS.has(phrase) && !GROUP_PRONOUNS.has(phrase) && !RELATIVE_PRONOUNS.has(phrase)) resolved.speakerLabel = text.slice(q.speaker.start, q.speaker.end).replace(/\s+/g, ' ');
      }
    } else if (q.continuesFrom !== undefined && all[q.continuesFrom]) {
      resolved.speaker = all[q.continuesFrom]!.speaker;
      resolved.speakerLabel = all[q.continuesFrom]!.speakerLabel;
      inherited = true;
    }
    resolved.features = candidateFeatures(q, {
      text, doc, inherited, docFeatures,
      speakerType: resolved.speaker ? index.entities.get(resolved.speaker)?.type : undefined,
      labelled: !!resolved.speakerLabel,
      parentAccepted: q.continuesFrom !== undefined ? all[q.continuesFrom]?.kept : undefined,
    });
    // A speaker the graph could only call "he", "they" or "one" says nothing of who spoke: not a fact worth keeping.
    // "I" and "we" left unresolved are the writer or narrator ("I think ...", `"Sorry!" I say.`),
    // whom the graph cannot name either.
    const unresolvedPronoun = (!!q.speaker && !resolved.speaker && !resolved.speakerLabel && (THIRD_PERSON.has(spoken) || FIRST_PERSON.has(spoken))) || INDEFINITE_SPEAKERS.has(spoken);
    resolved.kept = !unresolvedPronoun && judge(q, resolved.features);
    all.push(resolved);
    if (resolved.kept) previous = resolved;
    if (resolved.kept && resolved.speaker) spoke.add(resolved.speaker);
  }
  return all;
}

/**
 * Every quote candidate of an article with what the attribution model sees, before the model
 * decides (scripts/train-attribution.ts learns from these); `judge` stands in for the model.
 */
export function attributionCandidates(article: Article, judge: QuoteJudge): { candidate: QuoteCandidate; features: string[]; kept: boolean; speaker?: string; speakerName?: string }[] {
  const text = article.text;
  const doc = tokenizeDocument(text);
  const boilerplate = findBoilerplate(text, doc);
  const names = recognizeNames(text, doc);
  const index = resolveEntities(text, doc, names, boilerplate.ranges, boilerplate.headlineRange);
  const roles = findRoles(text, doc, index);
  const candidates = findQuotes(text, doc).filter((q) => q.segments.length > 0 && q.segments.every((r) => isQuotable(boilerplate, r, q)));
  // speakerName: the label the graph gives the speaker (see src/graph: entity label, else the phrase)
  return resolveSpeakers(text, doc, index, roles, candidates, judge).map((r) => ({
    candidate: r.candidate, features: r.features, kept: r.kept, speaker: r.speaker,
    speakerName: (r.speaker ? index.entities.get(r.speaker)?.label : undefined) ?? r.speakerLabel ?? r.candidate.speakerText,
  }));
}

/**
 * "“...,” said Snow. But that was not enough for Mr Sarkozy. “...,” he said.": a person of the
 * pronoun's gender named between the two quotes (outside both) is who "he" now is.
 */
function otherPersonBetween(index: EntityIndex, previous: ResolvedQuote, q: QuoteCandidate, genders: Map<string, Gender>, gender: Gender | undefined): boolean {
  let from = previous.candidate.evidence.end, to = q.evidence.start;
  // a cue inside the previous quote ("He said that he wanted to check what Smith said, since he
  // claimed ..."): a person named after the previous speaker's mention is the nearer antecedent
  if (to <= from && previous.candidate.speaker && q.speaker && q.speaker.start > previous.candidate.speaker.end) {
    from = previous.candidate.speaker.end;
    to = q.speaker.start;
  }
  // "According to Smith's agent, ... Smith was fined after an interview in which he accused ...": the evidence begins at
  // its sentence, and a person named there before the pronoun (outside the quotation) is nearer than an unnamed speaker
  // (a named one is the pronoun's likelier antecedent still: the speaker goes on, the names between are objects)
  else if (!previous.speaker && q.speaker && q.speaker.start > to && (q.segments[0]?.start ?? Infinity) > q.speaker.start) to = q.speaker.start;
  if (to <= from) return false;
  for (let k = firstStartingAtOrAfter(index.mentions, from); k < index.mentions.length && index.mentions[k]!.start < to; k++) {
    const m = index.mentions[k]!;
    if (m.type !== 'Person' || m.entity === previous.speaker || m.kind === 'pronoun') continue;
    const g = genders.get(m.entity);
    if (!gender || !g || g === gender) return true;
  }
  return false;
}

/** For "the official", "the spokesman": the label of the latest earlier unnamed speaker with that head noun. */
function definiteLabelOf(phrase: string, earlier: ResolvedQuote[]): string | undefined {
  const m = /^the ([a-z-]+)$/.exec(phrase);
  if (!m || !PERSON_ROLE_HEADS.has(m[1]!)) return undefined;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const label = earlier[i]!.speakerLabel;
    if (label && !earlier[i]!.speaker && new RegExp(`\\b${m[1]}$`, 'i').test(label) && label.toLowerCase() !== phrase) return label;
  }
  return undefined;
}

/** For "the statement" (a document head of quotes/antecedents.ts): the latest earlier quote a phrase with that head spoke, if resolved. */
function sameDocumentAs(text: string, phrase: string, earlier: ResolvedQuote[]): ResolvedQuote | undefined {
  const m = /^the ([a-zé]+)$/.exec(phrase);
  if (!m || !ISSUED_DOCUMENT_HEADS.has(m[1]!)) return undefined;
  const head = new RegExp(`\\b${m[1]}\\b`, 'i');
  for (let i = earlier.length - 1; i >= 0; i--) {
    const q = earlier[i]!;
    if (!q.kept || !q.candidate.speaker || (!q.speaker && !q.speakerLabel)) continue;
    if (head.test(text.slice(q.candidate.speaker.start, q.candidate.speaker.end)) && !/^the\b/i.test(q.speakerLabel ?? '')) return q;
  }
  return undefined;
}

function isBody(index: EntityIndex, entity: string): boolean {
  const type = index.entities.get(entity)?.type;
  return type === 'Organization' || type === 'Country';
}

/** Whether a body other than the previous speaker is named between the previous quote's evidence and `to`. */
function otherBodyBetween(index: EntityIndex, previous: ResolvedQuote, to: number): boolean {
  for (let k = firstStartingAtOrAfter(index.mentions, previous.candidate.evidence.end); k < index.mentions.length && index.mentions[k]!.start < to; k++) {
    const m = index.mentions[k]!;
    if ((m.type === 'Organization' || m.type === 'Country') && m.entity !== previous.speaker && m.kind !== 'pronoun') return true;
  }
  return false;
}

function namedPersonIn(index: EntityIndex, a: number, b: number): boolean {
  for (let k = firstStartingAtOrAfter(index.mentions, a); k < index.mentions.length && index.mentions[k]!.start < b; k++) {
    const m = index.mentions[k]!;
    if (m.type === 'Person' && (m.kind === 'name' || m.kind === 'alias')) return true;
  }
  return false;
}

/** A label whose head is a plural common noun ("Central American economic ministers", "London traders"). */
const PLURAL_LABEL = /\b[a-z][a-z-]*[^s\W]s$/;

function isPersonLike(index: EntityIndex, q: ResolvedQuote): boolean {
  return q.speaker ? index.entities.get(q.speaker)?.type === 'Person' : !!q.speakerLabel;
}

const TYPE_PREFERENCE = { Person: 0, Organization: 1, Country: 2, Place: 3 } as const;
const HONORIFIC_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lady|Lord)\.?\s+$/;
/** Heads of a phrase that describes a person by their job: "the team's coach", "a lecturer at the University of Leeds". */
/** A document and where it appeared, before a name: "a study published in", "a survey carried out in". */
const DOCUMENT_PUBLISHED_IN = /^(?:[\p{L}-]+\s+){0,3}(?:study|studies|report|survey|poll|paper|analysis|review|article|research)\s+(?:[a-z]+ed|written|carried\s+out)\s+(?:in|on)\s+(?:the\s+)?$/iu;
/** What a country's name or demonym may describe and still speak for it: its state, its organs and its envoys. */
const STATE_HEADS = new Set(['government', 'governments', 'administration', 'authorities', 'authority', 'regime', 'state', 'cabinet', 'parliament',
  'leadership', 'presidency', 'junta', 'embassy', 'consulate', 'mission', 'ministry', 'military', 'army', 'navy', 'forces', 'police', 'side',
  'delegation', 'team', 'negotiators', 'diplomats', 'officials', 'troops', 'coalition', 'opposition', 'federation', 'republic', 'kingdom',
  'treasury', 'proposal', 'position', 'plan']);
/** Nouns for the people and bodies around a person: "the Clinton campaign", "Trump aide". */
const ENTOURAGE_HEADS = new Set(['campaign', 'camp', 'staff', 'aide', 'adviser', 'advisor', 'spokesman', 'spokeswoman', 'spokesperson', 'family', 'supporter', 'ally', 'confidant', 'lawyer', 'attorney']);
/** Heads after a person's name that are still that person's word: "Smith's office", "Smith himself". */
const PERSON_OWN_HEADS = new Set(['office', 'response', 'reply', 'answer', 'words', 'interview', 'e-mail', 'email', 'emails', 'entry', 'diary', 'paper', 'article', 'claim', 'claims', 'action', 'lawsuit', 'suit', 'proposal', 'proposals', 'plan', 'projections', 'himself', 'herself', 'tweet', 'tweets', 'speech', 'remarks', 'comments', 'website', 'account', 'blog', 'post', 'column', 'book', 'memoir', 'autobiography']);
const PERSON_ROLE_HEADS = new Set([...TITLE_HEADS, 'lecturer', 'professor', 'researcher', 'scientist', 'teacher', 'student', 'doctor',
  'nurse', 'lawyer', 'attorney', 'worker', 'employee', 'resident', 'witness', 'source', 'sources', 'fan', 'player', 'member',
  'activist', 'expert', 'engineer', 'pilot', 'driver', 'owner', 'farmer', 'father', 'mother', 'son', 'daughter', 'wife', 'husband',
  'brother', 'sister', 'friend', 'colleague', 'neighbour', 'neighbor', 'man', 'woman', 'officials', 'spokesmen', 'reporter', 'journalist',
  'photographer', 'historian', 'scholar', 'correspondent']);

const THIRD_PERSON = new Set(['he', 'she', 'they', 'it']);
const FIRST_PERSON = new Set(['i', 'we']);
/** Indefinite pronouns ("one might suggest", "someone said"): nobody the graph can name. */
const INDEFINITE_SPEAKERS = new Set(['one', 'someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody', 'no one', 'nobody']);
const PRONOUN_GENDER: Record<string, Gender | undefined> = wordTable({ he: 'm', him: 'm', his: 'm', she: 'f', her: 'f', hers: 'f' });
/** The forms of address (lexicon/address.ts), and the royal titles that also say who is meant. */
const HONORIFIC_GENDER: Readonly<Record<string, Gender>> = wordTable({ ...ADDRESS_GENDER, king: 'm', prince: 'm', queen: 'f', princess: 'f' });

/**
 * What the text says of people's gender, so that "she said" does not go to the last man named:
 * an honorific before a mention ("Ms Jordan"); pronouns resolved while reading add to it.
 */
function genderHints(text: string, index: EntityIndex): Map<string, Gender> {
  const out = new Map<string, Gender>();
  // pronouns right after a name ("Veronique smiled. She ...", "Smith said his ..."): a vote per mention
  const votes = new Map<string, number>();
  for (const m of index.mentions) {
    if (m.type !== 'Person' && m.type !== 'Organization') continue;
    const h = /\b([A-Za-z]+)\.?\s+$/.exec(text.slice(Math.max(0, m.start - 10), m.start));
    const g = h ? HONORIFIC_GENDER[h[1]!.toLowerCase()] : undefined;
    if (g && !out.has(m.entity)) out.set(m.entity, g);
    // a name typed as an organization is looked at further: one "she" after it is telling
    const person = m.type === 'Person';
    // (up to a quotation mark: `… led by Susan Reid.¶"It is a proud day," he said` — the pronoun after a quotation is
    // its speaker, whom the quotes are still to find, not a word about the name before it)
    let window = text.slice(m.end, m.end + (person ? 60 : 150));
    const mark = quotationMarkIn(window);
    if (mark >= 0) window = window.slice(0, mark);
    const after = referringPronounAfter(window);
    if (after) votes.set(m.entity, (votes.get(m.entity) ?? 0) + (PRONOUN_GENDER[after] === 'm' ? 1 : -1) * (person ? 1 : 2));
  }
  // A person's full name whose first word is a given name listed for one gender only ("Anna Lindqvist") counts as two
  // votes, so that "she said" after a man's quote goes back to the woman named before him; only where the text speaks
  // of both a "he" and a "she" (elsewhere every pronoun fits everyone), and a pronoun of the other gender right after
  // the name outweighs it (the lists mark "Beryl" or "Claude" for one gender, some of their bearers are of the other)
  if (/\b(?:she|her)\b/i.test(text) && /\b(?:he|his)\b/i.test(text)) {
    for (const [key, e] of index.entities) {
      if (out.has(key) || e.type !== 'Person') continue;
      const words = e.label.split(/\s+/);
      if (words.length < 2) continue;
      const g = givenNameGenders(words[0]!);
      if (g.length === 1) votes.set(key, (votes.get(key) ?? 0) + (g[0] === 'm' ? 2 : -2));
    }
  }
  for (const [e, v] of votes) if (!out.has(e) && Math.abs(v) >= 2) out.set(e, v > 0 ? 'm' : 'f');
  return out;
}

const THIRD_PERSON_SINGULAR = /\b(he|his|him|she|her|hers)\b/gi;

/** The offset of the first double quotation mark in `s` (straight or curly), or -1. */
function quotationMarkIn(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x201c || c === 0x201d) return i;
  }
  return -1;
}

/**
 * The first pronoun in `window` that may refer back to the name before it: a subject ("he", "she")
 * or a possessive ("his", "her plan"). An object pronoun ("told him", "looked at her.") is someone
 * else: the name itself would have been "himself" or "herself".
 */
function referringPronounAfter(window: string): string | undefined {
  // (exec over one pattern rather than matchAll, which copies the pattern for every mention)
  const pronoun = THIRD_PERSON_SINGULAR;
  pronoun.lastIndex = 0;
  for (let m = pronoun.exec(window); m !== null; m = pronoun.exec(window)) {
    const w = m[1]!.toLowerCase();
    if (w === 'him') continue;
    if (w === 'her' && !/^\s+[a-z]/.test(window.slice(m.index! + 3))) continue;
    return w;
  }
  return undefined;
}

/** Capitalised words that head the name of a body, not of a person. */
const BODY_WORDS = /^(?:Ministry|Department|Office|Agency|Commission|Council|Bank|Party|Government|Army|Police|Embassy|Court|Committee|Authority|Board|Bureau|Service|Institute|University|Union|Association|Federation|Foundation|Company|Group|Corporation|Fund|Organisation|Organization|Trust|Society|League|Centre|Center|Club|Church|School|College|Senate|Parliament|Assembly|House|Cabinet|Treasury|Press|News|Times|Post)$/;

/**
 * A speaker the recognizer did not name, read off the phrase: "Junya Tanase of JPMorgan Chase bank"
 * (a name before of/at/from and a known body) is that person, not the bank; "a French Finance
 * Ministry statement" (a demonym opening a longer name) is that body, not the country.
 */
/** The person's name that strictly contains a range ("Souza" in "Jeremy de Souza"), if any. */
function nameAround(index: EntityIndex, range: Range): ResolvedMention | undefined {
  for (let k = firstStartingAtOrAfter(index.mentions, range.start + 1) - 1; k >= 0; k--) {
    const m = index.mentions[k]!;
    if (range.start - m.start > 60) break;
    if (m.type === 'Person' && m.kind === 'name' && m.start <= range.start && m.end >= range.end && m.end - m.start > range.end - range.start) return m;
  }
  return undefined;
}

/** One capitalised word, as a surname is written. */
const LONE_NAME = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;

/**
 * A speaker written as one capitalised word that no mention covers, and that is the last name word of exactly one
 * person the article names: that person. The recognizer reads no name in a headline's title case ("Perez: ‘We will
 * win’" above "Senator Ann Perez spoke ...") and misses a surname now and then in the body; the article's own full
 * name says whose it is. Two people sharing the surname, or none, leave the word as it was.
 */
function loneSurnameOf(text: string, index: EntityIndex, range: Range): string | undefined {
  if (range.end - range.start > 30) return undefined;
  const word = text.slice(range.start, range.end);
  if (!LONE_NAME.test(word) || PERSON_PRONOUNS.has(word.toLowerCase())) return undefined;
  let found: string | undefined;
  for (const e of index.entities.values()) {
    if (e.type !== 'Person' || !e.words || e.words.length < 2 || e.words[e.words.length - 1] !== word) continue;
    if (found) return undefined;
    found = e.key;
  }
  return found;
}

function unrecognizedName(text: string, index: EntityIndex, range: Range): string | undefined {
  const phrase = text.slice(range.start, range.end);
  const covered = (a: number, b: number): boolean => {
    for (let k = firstStartingAtOrAfter(index.mentions, range.start - 200); k < index.mentions.length && index.mentions[k]!.start < b; k++) {
      const m = index.mentions[k]!;
      if (m.end > a && m.kind !== 'demonym') return true;
    }
    return false;
  };
  const person = /^((?:\p{Lu}[\p{L}'’-]*\.?\s+){1,3}\p{Lu}[\p{L}'’-]+)\s+(?:of|at|from)\s+\S/u.exec(phrase);
  if (person) {
    const words = person[1]!.split(/\s+/);
    const titled = words.some((w) => TITLE_HEADS.has(w.toLowerCase().replace(/\.$/, '')) || OFFICE_HEADS.has(w.toLowerCase()) || BODY_WORDS.test(w));
    if (!titled && !covered(range.start, range.start + person[1]!.length)) {
      // ...and what follows "of" is a body the text names
      const rest = range.start + person[0]!.length - 1;
      for (let k = firstStartingAtOrAfter(index.mentions, rest); k < index.mentions.length && index.mentions[k]!.start < range.end; k++) {
        if (index.mentions[k]!.type === 'Organization' || index.mentions[k]!.type === 'Country' || index.mentions[k]!.type === 'Place') return person[1]!.replace(/\s+/g, ' ');
      }
    }
  }
  const body = /^(?:(?:[Tt]he|[Aa]n?)\s+)?((\p{Lu}[\p{L}-]*)(?:\s+\p{Lu}[\p{L}-]*)+)/u.exec(phrase);
  if (body) {
    const words = body[1]!.split(/\s+/);
    const start = range.start + body.index + body[0]!.length - body[1]!.length;
    let demonym: ResolvedMention | undefined;
    for (let k = firstStartingAtOrAfter(index.mentions, start); k < index.mentions.length && index.mentions[k]!.start === start && !demonym; k++) {
      if (index.mentions[k]!.kind === 'demonym') demonym = index.mentions[k];
    }
    if (demonym && BODY_WORDS.test(words[words.length - 1]!) && !covered(demonym.end, start + body[1]!.length)) return body[1]!.replace(/\s+/g, ' ');
  }
  return undefined;
}

/** Heads of company and newsroom offices that "the chief executive said" may name, besides the lexicon's office heads. */
const COMPANY_OFFICE_HEADS = new Set(['executive', 'officer', 'founder', 'co-founder', 'editor', 'treasurer', 'judge', 'justice']);

/** Words that make an office another one: a deputy prime minister is not "the prime minister". */
const RANK_MODIFIERS = new Set(['deputy', 'vice', 'shadow', 'assistant', 'junior', 'acting', 'former', 'ex', 'under', 'associate', 'co']);

/** A possessive inside a phrase: "the prime minister's spokesman" is someone's. */
const POSSESSIVE_IN = /['’]s?\s/;
/** A noun for a person: a title or role word of the lexicon, a described or walk-of-life head; not a body, a document or a thing a person owns. */
function isPersonNoun(head: string): boolean {
  const one = head.length > 3 && head.endsWith('s') ? head.slice(0, -1) : head;
  if (BODY_HEADS.has(one) || ISSUED_DOCUMENT_HEADS.has(one) || PERSON_OWN_HEADS.has(one) || OUTLET_NOUNS.has(one)) return false;
  return isTitleWord(one) || PERSON_ROLE_HEADS.has(one) || ANAPHORIC_PERSON_HEADS.has(one) || DESCRIBED_PERSON_HEADS.has(one);
}

/** The person the text gave the title or description `head` of the speaker phrase at `range` (quotes/antecedents.ts). */
function titledSpeaker(text: string, index: EntityIndex, range: Range, phrase: string, head: string | undefined, unquoted: Range[], sameGender: (e: string) => boolean): string | undefined {
  if (!head || !isPersonNoun(head) || POSSESSIVE_IN.test(phrase) || OFFICE_HEADS.has(head) || COMPANY_OFFICE_HEADS.has(head)) return undefined;
  const person = titledPersonAntecedent(text, index.mentions, firstStartingAtOrAfter(index.mentions, range.start), range.start, head, new Set(phrase.toLowerCase().split(' ')), RANK_MODIFIERS, unquoted, sameGender);
  if (person) addMention(index, { ...range, firstToken: 0, endToken: 0, entity: person.entity, type: 'Person', kind: 'nominal' });
  return person?.entity;
}

/** Relative pronouns a speaker phrase may be: "Smith, who said ..." speaks through its antecedent. */
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);

/**
 * `content`: what the speaker said; a pronoun's antecedent is never named inside it ("US officials were wrong, they said").
 * `quoted`: the article's quotations; a description ("the 54-year-old said") never stands for a person named inside one.
 */
function speakerEntity(text: string, index: EntityIndex, roles: RoleRecord[], range: Range, genders: Map<string, Gender> = new Map(), content: Range[] = [], spoke: ReadonlySet<string> = new Set(), quoted: Range[] = []): string | undefined {
  const unquoted = quoted.length ? [...content, ...quoted] : content;
  // ("The New York businessman has praised ...": not the woman who spoke last)
  const described = descriptionGender(text.slice(range.start, range.end));
  const sameGender = (e: string): boolean => !described || (genders.get(e) ?? described) === described;
  const phrase = straighten(text.slice(range.start, range.end)).trim();
  const word = phrase.toLowerCase();
  if (RELATIVE_PRONOUNS.has(word)) {
    // the mention that ends right before ", who" (an appositive or parenthesis may stand between)
    const before = text.slice(Math.max(0, range.start - 3), range.start);
    if (!/,\s*$/.test(before)) return undefined;
    const k = firstStartingAtOrAfter(index.mentions, range.start) - 1;
    for (let j = k; j >= 0 && j > k - 6; j--) {
      const m = index.mentions[j]!;
      if (range.start - m.end > 60) break;
      // ("Smith, 45, who ...": an age may stand between too)
      if (/^\s*(?:\([^)]*\)|,\s*\d{1,3})?\s*,\s*$/.test(text.slice(m.end, range.start)) && m.type !== 'Place') return m.entity;
    }
    return undefined;
  }
  // "the professor said" after "Professor Alan Reed", "the singer told" after "The band's singer, Lee Park,": the person
  // the text gave that title or description (a person noun; not an office, "the minister", which the roles read below;
  // not a possessed one, "the prime minister's spokesman", someone else's). A head that mostly refers back to the
  // person just named ("the striker", "the 30-year-old") reads so first: "said the two-time champion" after Radcliffe
  // is she, not the Olympic champion named a paragraph before.
  const descHead = descriptionHead(phrase);
  const titled = (): string | undefined => titledSpeaker(text, index, range, phrase, descHead, unquoted, sameGender);
  const anaphoric = isAnaphoricDescription(word);
  if (!anaphoric) {
    const person = titled();
    if (person) return person;
  }
  // "said the 22-year-old", "said the Liverpool striker": the person named just before (quotes/antecedents.ts);
  // "the American said", "the 24-year-old Russian added": a person of that nation, not the nation (a demonym mention)
  const national = isNationalDescription(phrase) && index.mentions.some((m) => m.kind === 'demonym' && m.start >= range.start && m.end === range.end);
  if (anaphoric || national) {
    const person = describedPersonAntecedent(text, index.mentions, firstStartingAtOrAfter(index.mentions, range.start), range.start, unquoted, sameGender);
    if (person) {
      addMention(index, { ...range, firstToken: 0, endToken: 0, entity: person.entity, type: 'Person', kind: 'nominal' });
      return person.entity;
    }
    if (national) return undefined; // the phrase is kept as the speaker's label
    const bound = titled();
    if (bound) return bound;
  }
  // A mention inside the speaker phrase: the person in "Dutch Prime Minister Mark Rutte", the office-holder in "Poland’s president".
  const inside: ResolvedMention[] = [];
  for (let k = firstStartingAtOrAfter(index.mentions, range.start); k < index.mentions.length && index.mentions[k]!.start < range.end; k++) {
    if (index.mentions[k]!.end <= range.end) inside.push(index.mentions[k]!);
  }
  if (inside.length) {
    // a name after a preposition is a complement ("Junya Tanase of JPMorgan Chase"), not the head
    const complement = (m: ResolvedMention): number => (/\b(?:of|for|at|from|to|with)\s+(?:the\s+)?$/i.test(text.slice(range.start, m.start)) ? 1 : 0);
    // "Marlow Bank's Okafor said": the name after another name's possessive ends the phrase and heads it; the
    // possessor only says whose it is (however the recognizer typed the two)
    // ("Claire's Stores Inc", "Hudson's Bay Co": one word and a possessive opening a company's registered name is
    // part of that name, which the recognizer split in two)
    const registered = (m: ResolvedMention): boolean => CORPORATE_DESIGNATORS.has(/([A-Za-z]+)\.?\s*$/.exec(index.entities.get(m.entity)?.label ?? text.slice(m.start, m.end))?.[1]?.toLowerCase() ?? '');
    const possessed = (m: ResolvedMention): number =>
      m.end === range.end && inside.some((o) => o !== m && o.end < m.start && /^['’]s\s+$/.test(text.slice(o.end, m.start)) && !(/^\S+$/.test(text.slice(o.start, o.end)) && registered(m))) ? 0 : 1;
    inside.sort((a, b) => possessed(a) - possessed(b) || TYPE_PREFERENCE[a.type] - TYPE_PREFERENCE[b.type] || complement(a) - complement(b) || (b.end - b.start) - (a.end - a.start) || b.start - a.start);
    const best = inside[0]!;
    // "Victoria said", "Paris claims" after "Victoria Lee", "Kevin Paris": a place's name that is part of a
    // person's name given before is that person
    if ((best.type === 'Country' || best.type === 'Place') && best.end - best.start === range.end - range.start) {
      const person = personNamedWith(text, index, best);
      if (person) return person;
    }
    // "Ms Jordan said": a name after an honorific is a person, whatever else it names
    if (best.type !== 'Person' && HONORIFIC_BEFORE.test(text.slice(Math.max(range.start, best.start - 6), best.start))) return undefined;
    // "A US bank has said", "an Italian insurer said": a country describing a body the text introduces is not the speaker;
    // the body named next is, else the phrase is kept
    const introduced = best.type === 'Country' || best.type === 'Place' ? indefiniteBodyHeadOf(word) : undefined;
    if (introduced) {
      const body = introducedBody(index.mentions, firstStartingAtOrAfter(index.mentions, range.end), range.end, introduced, (e) => index.entities.get(e)?.label ?? '', content);
      if (body) addMention(index, { ...range, firstToken: 0, endToken: 0, entity: body.entity, type: body.type, kind: 'nominal' });
      return body?.entity;
    }
    // "the Swedish firm said", "the US investment bank said": a country describing a business is not the speaker; the business named before is
    const business = best.type === 'Country' || best.type === 'Place' ? businessHeadOf(word) : undefined;
    if (business) {
      const body = bodyAntecedent(text, index.mentions, firstStartingAtOrAfter(index.mentions, range.start), range.start, business, (e) => index.entities.get(e)?.label ?? '', content, spoke);
      if (body) addMention(index, { ...range, firstToken: 0, endToken: 0, entity: body.entity, type: body.type, kind: 'nominal' });
      return body?.entity;
    }
    // "real U.S. interest rates suggest", "UK house prices suggest", "the French press reported": a country or place
    // describing a thing that is neither its state nor a document it issued is not the speaker; the phrase is kept
    // ("the Chinese government", "the British embassy", "the Russian side", "the Iraqi statement" are the country's word);
    // so is a possessed or "-based" thing: "South Korea's top carmaker", "the UK's financial watchdog", "a London-based broker"
    if ((best.type === 'Country' || best.type === 'Place') && best.end < range.end) {
      const rest = text.slice(best.end, range.end);
      const head = /^(?:['’]s|-[a-z]+)?(?:\s+[a-z][a-z-]*)+$/.test(rest) ? /([a-z-]+)$/.exec(rest)![1]! : undefined;
      if (head && !STATE_HEADS.has(head) && !ISSUED_DOCUMENT_HEADS.has(head) && !PERSON_ROLE_HEADS.has(head)) {
        // ("US singer Ann Lee ... the US singer said": the person just named, as "the American said")
        const person = ANAPHORIC_PERSON_HEADS.has(head) ? describedPersonAntecedent(text, index.mentions, firstStartingAtOrAfter(index.mentions, range.start), range.start, unquoted, sameGender) : undefined;
        if (person) addMention(index, { ...range, firstToken: 0, endToken: 0, entity: person.entity, type: 'Person', kind: 'nominal' });
        return person?.entity;
      }
    }
    // "a study published in The Lancet": the journal or paper it appeared in is not its author; the phrase is kept
    if (DOCUMENT_PUBLISHED_IN.test(text.slice(range.start, best.start))) return undefined;
    // "one leading Karachi broker said": a city before the noun that heads the phrase says where the speaker is, not who
    if (best.type === 'Place' && /^\s+[a-z][a-z-]+\s*$/.test(text.slice(best.end, range.end))) return undefined;
    // "a union spokesman in Rio de Janeiro", "traders in London", "Dealers in Tokyo said": a place after the noun heading the phrase is where, not who
    if ((best.type === 'Place' || best.type === 'Country') && best.end === range.end && /\b[A-Za-z][a-z-]+\s+in\s+(?:the\s+)?$/.test(text.slice(range.start, best.start))) return undefined;
    // "the team’s coach", "a spokesman for the EU", "sources within the party", "officials in the ministry": a person described by a body that is not the speaker; the phrase is kept.
    // ("Macron's office" and "the ministry's statement" are said by the body.)
    // ...and "the director-general of the World Health Organization": the head before the complement
    const ofHead = /^(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){0,2}?([a-z-]+)\s+(?:of|for|at|from|within|inside|in|close\s+to)\s/.exec(word)?.[1];
    const head = ofHead && PERSON_ROLE_HEADS.has(ofHead) && best.start > range.start ? ofHead : /([a-z-]+)\s*$/.exec(word)?.[1];
    const personHead = !!head && (PERSON_ROLE_HEADS.has(head) || ANAPHORIC_PERSON_HEADS.has(head) || COMPANY_OFFICE_HEADS.has(head));
    if (best.type !== 'Person' && head && personHead && (head === ofHead || best.end <= range.end - head.length)) {
      // "the European Union's monetary affairs commissioner": the one person the text gave that office of that body
      const holders = new Set(roles.filter((r) => r.of === best.entity && r.title.toLowerCase().split(/\s+/).includes(head)).map((r) => r.person));
      if (holders.size === 1) return [...holders][0];
      // "Ann Berg sang it first. The Chelsea singer said ...": a definite description of a walk of life, with a body as its
      // modifier, stands for the person just named (as with a country, below; an office, "the Lib Dem chief executive",
      // is someone else's unless the text gave it)
      if (/^the\s/.test(word) && head !== ofHead && ANAPHORIC_PERSON_HEADS.has(head)) {
        const person = describedPersonAntecedent(text, index.mentions, firstStartingAtOrAfter(index.mentions, range.start), range.start, unquoted, sameGender);
        if (person) addMention(index, { ...range, firstToken: 0, endToken: 0, entity: person.entity, type: 'Person', kind: 'nominal' });
        return person?.entity;
      }
      return undefined;
    }
    // "the Clinton campaign says", "Sanders advisers insist", "Mrs. Smith's confidants say": a person's name followed by
    // the common noun that heads the phrase names whose campaign, aides or supporters speak, not the speaker; the phrase
    // is kept ("Smith's statement", "Smith's office" are still Smith's word). The name is a modifier when it is
    // possessive, follows a determiner, or comes before a plural noun; else the span may have run into a verb
    // ("Smith began tweeting", "Clinton clearly erred in saying").
    if (best.type === 'Person' && best.end < range.end) {
      const rest = /^(['’]s?)?((?:\s+[a-z][a-z-]*)+)$/.exec(text.slice(best.end, range.end));
      const head = rest ? /([a-z-]+)$/.exec(rest[2]!)![1]! : undefined;
      const modifier = !!rest && (!!rest[1] || /^(?:the|a|an|one|two|some|many|several|other|most|all|few|his|her|their)\s+$/i.test(text.slice(range.start, best.start))
        || (/^\s+[a-z-]+$/.test(rest[2]!) && (/[^s]s$/.test(head!) || STATE_HEADS.has(head!) || PERSON_ROLE_HEADS.has(head!) || ENTOURAGE_HEADS.has(head!))));
      if (head && modifier && !/(?:ly|ed)\b/.test(rest![2]!) && !ISSUED_DOCUMENT_HEADS.has(head) && !PERSON_OWN_HEADS.has(head)) return undefined;
    }
    return best.entity;
  }
  if (PERSON_PRONOUNS.has(word) || GROUP_PRONOUNS.has(word)) {
    if (word === 'i' || word === 'we' || word === 'me' || word === 'us' || word === 'you') return undefined; // the writer or the reader
    const wantPerson = PERSON_PRONOUNS.has(word) || word === 'i';
    const gender = PRONOUN_GENDER[word];
    // "it" is a body, never a person; "they" may be either
    const types: ResolvedMention['type'][] = wantPerson ? ['Person', 'Organization'] : word === 'it' || word === 'its' ? ['Organization', 'Country'] : ['Organization'];
    // "she" may go to a name the recognizer typed otherwise when the text keeps calling it "she"
    const fits = (e: string): boolean => {
      const g = genders.get(e);
      if (!wantPerson || index.entities.get(e)?.type === 'Person') return !gender || !g || g === gender;
      return !!gender && g === gender;
    };
    // "Anna Kowalska, Baker's younger sister, plays the drums. ... she said": a possessor inside
    // a phrase is not the subject the pronoun goes back to when the subject is named just before it
    // (only for "he" and "she": a body's name often ends in "'s", "Moody's", "McDonald's")
    const possessor = (m: Range): boolean => !!gender && /^['’]s?\b/.test(text.slice(m.end, m.end + 2));
    const subjectBefore = (m: Range, candidate: Range): boolean => candidate.end <= m.start && m.start - candidate.end < 120 && !/[.!?]/.test(text.slice(candidate.end, m.start));
    const nearest = antecedentOf(index, range.start, types, fits, content, possessor, subjectBefore);
    // ("He" after "Smith met with Jones." is Smith, "It" after "Lifetime Corp said it will buy shares of Lace Co." is
    // Lifetime: the subject, not the nearest name)
    const antecedent = nearest && (gender || word === 'it') ? preferSubject(text, index.mentions, index.mentions.indexOf(nearest), fits, content,
      gender && /[.!?]["”’)]?\s/.test(text.slice(nearest.end, range.start)) ? word : undefined) : nearest; // (a pronoun chain only across sentences)
    if (antecedent) {
      addMention(index, { ...range, firstToken: 0, endToken: 0, entity: antecedent.entity, type: antecedent.type, kind: 'pronoun' });
      return antecedent.entity;
    }
    return undefined;
  }
  // "the minister", "the president": the office-holder of that title named most recently.
  const nominal = /^the ((?:[a-z-]+ )*?)([a-z-]+)$/.exec(word);
  if (nominal && (OFFICE_HEADS.has(nominal[2]!) || COMPANY_OFFICE_HEADS.has(nominal[2]!))) {
    // ("the prime minister" is neither the deputy prime minister nor the finance minister: the title holds every word of
    // the phrase that titles in this article use, and no rank the phrase lacks; "the Iraqi prime minister" still fits "Prime Minister")
    const titleWords = new Set(roles.flatMap((r) => r.title.toLowerCase().split(/\s+/)));
    const wanted = [...nominal[1]!.split(' ').filter((w) => w && (titleWords.has(w) || RANK_MODIFIERS.has(w))), nominal[2]!];
    const fitsTitle = (title: string): boolean => {
      const words = title.toLowerCase().split(/\s+/);
      return wanted.every((w) => words.includes(w)) && !words.some((w) => RANK_MODIFIERS.has(w) && !wanted.includes(w));
    };
    const holders = new Set(roles.filter((r) => fitsTitle(r.title)).map((r) => r.person));
    let antecedent: ResolvedMention | undefined;
    for (let k = firstStartingAtOrAfter(index.mentions, range.start) - 1; k >= 0 && !antecedent; k--) if (holders.has(index.mentions[k]!.entity)) antecedent = index.mentions[k];
    if (antecedent) {
      addMention(index, { ...range, firstToken: 0, endToken: 0, entity: antecedent.entity, type: 'Person', kind: 'nominal' });
      return antecedent.entity;
    }
  }
  // "the government said": the country spoken of last
  if (word === 'the government') {
    const country = governmentAntecedent(index.mentions, firstStartingAtOrAfter(index.mentions, range.start), range.start, content);
    if (country) {
      addMention(index, { ...range, firstToken: 0, endToken: 0, entity: country.entity, type: country.type, kind: 'nominal' });
      return country.entity;
    }
  }
  // "the statement said": the body that issued it, as the text named it (quotes/antecedents.ts)
  if (nominal && !nominal[1]) {
    const issuer = documentIssuer(text, index.mentions, firstStartingAtOrAfter(index.mentions, range.start), range.start, nominal[2]!, content);
    if (issuer) {
      addMention(index, { ...range, firstToken: 0, endToken: 0, entity: issuer.entity, type: issuer.type, kind: 'nominal' });
      return issuer.entity;
    }
  }
  // "the company said", "the ministry said": the body named before
  const bodyHead = nominal && !nominal[1] ? nominal[2]! : businessHeadOf(word);
  if (bodyHead) {
    const body = bodyAntecedent(text, index.mentions, firstStartingAtOrAfter(index.mentions, range.start), range.start, bodyHead, (e) => index.entities.get(e)?.label ?? '', content, spoke);
    if (body) {
      addMention(index, { ...range, firstToken: 0, endToken: 0, entity: body.entity, type: body.type, kind: 'nominal' });
      return body.entity;
    }
  }
  // "said the radio station" after "BBC Radio 1", "the football club" after "Leeds United Football Club": a body
  // description whose modifier is a word of the name of a body named before is that body
  if (nominal && nominal[1] && BODY_HEADS.has(nominal[2]!)) {
    const body = bodyNamedByModifier(index.mentions, firstStartingAtOrAfter(index.mentions, range.start), range.start, nominal[1].trim().split(/\s+/), (e) => index.entities.get(e)?.label ?? '', content);
    if (body) {
      addMention(index, { ...range, firstToken: 0, endToken: 0, entity: body.entity, type: body.type, kind: 'nominal' });
      return body.entity;
    }
  }
  return undefined;
}

/** The latest person named before `m` whose name has `m`'s words as a whole first or last part ("Victoria" in "Victoria Lee"). */
function personNamedWith(text: string, index: EntityIndex, m: ResolvedMention): string | undefined {
  const surface = text.slice(m.start, m.end);
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(surface)) return undefined;
  const k = firstStartingAtOrAfter(index.mentions, m.start);
  for (let j = k - 1; j >= 0 && j >= k - 400; j--) {
    const p = index.mentions[j]!;
    if (p.type !== 'Person' || p.kind !== 'name') continue;
    const name = text.slice(p.start, p.end);
    if (name.startsWith(surface + ' ') || name.endsWith(' ' + surface)) return p.entity;
    // ("Georgia Brown" read as a country and a surname: the first name is the place's word right before the person)
    if (p.start >= surface.length + 1 && text.slice(p.start - surface.length - 1, p.start) === surface + ' ' && /^\p{Lu}/u.test(name)) return p.entity;
  }
  return undefined;
}

/** The closest preceding mention of one of the wanted types, not inside a quotation. */
function antecedentOf(index: EntityIndex, offset: number, types: ResolvedMention['type'][], fits: (entity: string) => boolean = () => true, exclude: Range[] = [],
  possessor: (m: Range) => boolean = () => false, sameClauseBefore: (m: Range, candidate: Range) => boolean = () => false): ResolvedMention | undefined {
  // Mentions are sorted by start (see sortMentions), so both searches walk back from `offset`
  // instead of scanning the whole article for every quote.
  const mentions = index.mentions;
  const before = firstStartingAtOrAfter(mentions, offset);
  // Prefer the nearest mention of the most wanted type within the last stretch of text.
  const lastOfType = new Map<ResolvedMention['type'], ResolvedMention>();
  const possessorOfType = new Map<ResolvedMention['type'], ResolvedMention>(); // a possessor passed over, kept unless its clause names another
  for (let k = before - 1; k >= 0 && mentions[k]!.start > offset - 1500; k--) {
    const m = mentions[k]!;
    if (m.kind === 'demonym' || lastOfType.has(m.type) || !fits(m.entity) || inside(m, exclude)) continue;
    const passed = possessorOfType.get(m.type);
    if (passed && !sameClauseBefore(passed, m)) { lastOfType.set(m.type, passed); continue; }
    if (!passed && possessor(m)) { possessorOfType.set(m.type, m); continue; }
    lastOfType.set(m.type, m);
  }
  for (const [type, m] of possessorOfType) if (!lastOfType.has(type)) lastOfType.set(type, m);
  for (const type of types) {
    const last = lastOfType.get(type);
    if (last) return last;
  }
  // Otherwise the latest wanted mention before it (among mentions starting at the same offset,
  // the last of the most wanted type).
  const wanted = (m: ResolvedMention) => types.includes(m.type) && m.kind !== 'demonym' && fits(m.entity) && !inside(m, exclude);
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

const inside = (m: Range, ranges: Range[]): boolean => ranges.some((r) => m.start >= r.start && m.end <= r.end);


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
  let k = firstStartingAtOrAfter(mentions, m.start);
  for (let j = k; j < mentions.length && mentions[j]!.start === m.start; j++) if (mentions[j]!.end === m.end) return;
  // Where a stable sort by (start, longest first) would put it: after every mention that sorts before or with it.
  while (k < mentions.length && byPosition(mentions[k]!, m) <= 0) k++;
  mentions.splice(k, 0, m);
}

function toDomain(
  article: Article,
  view: TokenizedView | undefined,
  doc: Tokenized,
  index: EntityIndex,
  roleRecords: RoleRecord[],
  quotes: ResolvedQuote[],
  pledgeCandidates: ReturnType<typeof findPledges>,
  boilerplate: ReturnType<typeof findBoilerplate>,
  dateline: string | undefined,
  datelineRegion?: string,
): Extraction {
  // Ranges index the text the rules read (the detokenized view, if any); spans and anchors the article's own text.
  const text = article.text;
  const read = view ? view.text : text;
  const original = view ? (r: Range): Range => originalRange(view, r.start, r.end) : (r: Range) => r;
  const codePoints = new CodePointIndex(text);
  const cp = { span: (r: Range) => codePoints.span(original(r)) };
  const anchor = (r: Range) => {
    const o = original(r);
    return text.slice(o.start, o.end);
  };
  const readAnchor = (r: Range) => read.slice(r.start, r.end);
  const used = new Set(index.mentions.map((m) => m.entity));
  const named = new Set(index.mentions.filter((m) => m.kind === 'name' || m.kind === 'alias').map((m) => m.entity));
  // "the Labour leader", "the US president": an office refers to its holder but is none of a named person's names.
  const offices = new Set(index.mentions.filter((m) => m.kind === 'nominal' && named.has(m.entity)).map((m) => `${m.entity}\n${readAnchor(m).replace(/\s+/g, ' ')}`));
  if (dateline) used.add(dateline);
  if (datelineRegion) used.add(datelineRegion);
  // An office's owner may be named by the dateline alone ("OTTAWA - ... Transport Minister X said"): it is an entity too.
  for (const r of roleRecords) if (r.of && !r.silent) used.add(r.of);
  const entities: Entity[] = [...index.entities.values()]
    .filter((e) => used.has(e.key))
    .map((e) => {
      const aliases = [...new Set([...e.aliases].map((a) => a.trim()))].filter((a) => a && a !== e.label && !offices.has(`${e.key}\n${a}`)).sort();
      const entity: Entity = { key: e.key, type: e.type, label: e.label, aliases };
      if (e.wikidata) entity.wikidata = e.wikidata;
      if (e.iso2) entity.iso2 = e.iso2;
      if (e.type === 'Person' && !named.has(e.key)) entity.described = true;
      return entity;
    })
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const mentions: Mention[] = index.mentions.map((m) => ({ span: cp.span(m), anchor: anchor(m), entity: m.entity, kind: m.kind }));
  const roles: Role[] = roleRecords.filter((r) => !r.silent).map((r) => ({ person: r.person, title: r.title, ...(r.of ? { of: r.of } : {}), evidence: cp.span(r.evidence), rule: r.rule }));
  const quoteList: Quote[] = quotes.map(({ candidate: q, speaker, speakerMention, speakerLabel, rule }) => {
    const quote: Quote = {
      cue: q.cue,
      kind: q.kind,
      segments: q.segments.map((s) => cp.span(s)),
      text: q.segments.map(anchor).join(' '), // (as printed in the article, which a detokenized view is not)
      evidence: cp.span(q.evidence),
      rule,
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
