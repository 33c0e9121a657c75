// Quote and attribution extraction — who said what — by rule: quotation marks are paired first
// (quotes/marks.ts), then every cue verb outside a quotation is read with its speaker phrase
// (quotes/phrases.ts) and its content: a quotation next to it (direct), a reported clause
// (indirect), or a reported clause with a quoted fragment (mixed). Quotations left without a cue
// are returned with no speaker, pointing at the quote they most likely continue.
//
// Everything is a linear scan over the tokens, with bounded look-around per cue.

import type { Range, QuoteKind } from '../types.js';
import type { Tokenized } from '../text/tokenize.js';
import { findQuoteMarks, type QuoteMarks } from './quotes/marks.js';
import { cueAt, CUE_MODIFIERS, NP_STOP, DETERMINERS, NON_SPEAKER_LABELS, PRONOUNS, SUBORDINATORS, ADDRESSEES, REQUEST_CUES, REQUEST_OBJECTS, REFLEXIVES, APPROXIMATE_AMOUNT, ACCORDANCE_HEADS, WITHHELD_THINGS, REQUIRING_HEADS, FINITE_OPENING, FINITE_AUXILIARIES, PERSON_HEADS, COMPLEMENT_NOUNS, DOCUMENT_CUES, READING_DOCUMENTS, OUTLET_NOUNS, NAME_PARTICLES, SPEECH_OCCASIONS, OUTLET_NAME_WORDS, type CueInfo } from './quotes/lexicon.js';
import { npBackward, npForward, isTitleWord, type Ctx } from './quotes/phrases.js';
import { isPossessiveAt } from '../text/possessive.js';
import { TIME_NOUNS as TIME_NOUN_LIST, WEEKDAYS } from './lexicon/time.js';
import { SENTENCE_ADVERBS, COMMON_PREPOSITIONS, IRREGULAR_PAST_FORMS } from './lexicon/function-words.js';
import type { RuleId } from './rules.js';

export interface QuoteCandidate {
  kind: QuoteKind; // 'direct' | 'indirect' | 'mixed'
  cue: string; // as written: "said", "told", "called on", "according to", "saying", "added"
  cueRange?: Range;
  segments: Range[]; // content ranges (UTF-16) — text.slice(r.start, r.end) is the content of each segment
  text: string; // segments' text joined with a single space
  speaker?: Range; // local speaker mention range
  speakerText?: string;
  evidence: Range; // the sentence(s) containing the quote and attribution
  continuesFrom?: number; // index into the returned array
  /** For a relative pronoun speaker ("The mayor, who said ..."): the noun phrase it stands for. */
  antecedent?: Range;
  rule: RuleId;
}

interface Draft {
  kind: QuoteKind;
  cueTok: number; // -1 when there is no cue
  cueLen: number;
  segs: Range[];
  speaker?: Range;
  antecedent?: Range;
  evStart: number;
  evEnd: number;
  /** A quote-first direct quote: a quotation right after its attribution sentence continues it (`"X," he said. "Y."`). */
  mergeAfter: number; // char offset where such a quotation may start, or -1
  rule: RuleId;
}

interface Env extends Ctx {
  doc: Tokenized;
  marks: QuoteMarks;
  sentOf: Int32Array;
  /** Extended sentences (tokenizer sentences joined where a quotation spans them): token ranges. */
  xStart: Int32Array; // per token: first token of its extended sentence
  xEnd: Int32Array; // per token: one past the last token
  chainUsed: Uint8Array;
  cueInfo: (CueInfo | undefined)[];
  drafts: Draft[];
  /** Segments sorted by start, for range lookups, and the running maximum of their ends. */
  segOrder: number[];
  segMaxEnd: Int32Array;
}

const TERMINAL = new Set(['.', '!', '?', '…']);
/** After "notes", words that make them debt securities: "notes due 1994", "notes maturing in", "notes were priced at". */
const DEBT_NOTE_AFTER = /^(?:due|maturing|mature|priced|carry|carrying|bear|bearing|paying|outstanding|were|are|will|would|could|can|may|might|should|must|have|had|issued|convertible|totalling|totaling|worth)$/;
/** Verbs whose "to" + cue says the subject speaks: "tend to say", "continued to insist", "used to say". */
const RAISING_BEFORE_TO = new Set(['tend', 'tends', 'tended', 'continue', 'continues', 'continued', 'used', 'proceeded', 'came']);
/** Passive verbs of report before "to have" + cue: "X is reported to have said", "X is said to have told": X spoke. */
const REPORTING_PASSIVES = new Set(['reported', 'said', 'believed', 'thought', 'understood', 'alleged', 'known', 'rumoured', 'rumored', 'claimed', 'quoted']);
/** A block quotation after "he wrote:" runs to the end of its paragraph, at most this many sentences. */
/** Modals of a saying still to come or imagined ("he would tell the board: “…”"). */
const HYPOTHETICAL_MODALS = new Set(['might', 'could', 'would', 'may', 'can']);
const MAX_BLOCK_SENTENCES = 8;
const TIME_WORDS = new Set(['yesterday', 'today', 'tonight', ...WEEKDAYS, 'earlier', 'later', 'recently', 'also', 'again', 'previously', 'then', 'now', 'repeatedly', 'once', 'afterwards',
  'afterward', 'separately', 'too', 'further', 'privately', 'publicly']);
const TIME_NOUNS = new Set(TIME_NOUN_LIST);
/** Words that make a time noun after them an adverbial: "last week", "this summer", "next month". */
const TIME_DEICTICS = new Set(['last', 'this', 'next']);
const PP_STARTS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'to', 'from', 'with', 'via', 'through', 'over',
  'while', 'when', 'outside', 'following', 'about', 'of', 'by', 'as', 'ahead', 'inside', 'under', 'for']);
/** Prepositions whose gerund object is an act talked about, not a statement reported: "from claiming", "for saying". */
const GERUND_PREPOSITIONS = new Set(['from', 'about', 'against', 'for', 'without']);
/** Prepositions that make a cue's phrase what the speaker answers or talks about: "responded to", "hit back at". */
const TOPIC_PREPOSITIONS = new Set(['to', 'against', 'about', 'over', 'at']);
/** Nouns of what others said, whose "that" clause is theirs: "responded to claims that ...". */
const OTHERS_STATEMENT_NOUNS = new Set(['claim', 'claims', 'accusation', 'accusations', 'allegation', 'allegations', 'report', 'reports',
  'suggestion', 'suggestions', 'criticism', 'criticisms', 'charge', 'charges', 'rumour', 'rumours', 'rumor', 'rumors', 'speculation',
  'assertion', 'assertions', 'complaint', 'complaints', 'insinuation', 'insinuations']);
const WH_CLAUSE = new Set(['whether', 'why', 'how', 'what', 'who', 'which']);
/** Cues that report a fact through a wh-clause: "noted what", "recalled how", "pointed out why" (a participle, "emphasizing why ...", is the reporter's gloss). */
const WH_REPORTING = /^(?:note|notes|noted|observe|observes|observed|recall|recalls|recalled|reveal|reveals|revealed|point|points|pointed|stress|stresses|stressed|acknowledge|acknowledges|acknowledged|emphasi[sz]e|emphasi[sz]es|emphasi[sz]ed)$/;
const ASK_LIKE = new Set(['asked', 'asks', 'ask', 'asking', 'explained', 'explains', 'explain', 'explaining', 'wondered', 'questioned']);
const WH_BEFORE_SPEAKER = new Set(['what', 'whatever', 'as', 'than', 'how', 'whom', 'whoever', 'like']);
const NOUN_BEFORE_CUE = new Set(['news', 'media', 'press', 'published', 'recent', 'earlier', 'these', 'such', 'unconfirmed', 'initial',
  'some', 'many', 'most', 'few', 'several', 'other', 'those', 'good', 'bad', 'best', 'worst', 'funny', 'old', 'new']);
const NOUN_FORMS = new Set(['reports', 'claims', 'remarks', 'notes', 'statements', 'calls', 'promises', 'pledges', 'warnings',
  'estimates', 'forecasts', 'states', 'comments', 'tweets', 'denials', 'allegations', 'jokes', 'quips', 'replies', 'answers', 'boasts']);
const INTRO_WORDS = new Set(['as', 'while', 'when', 'whereas', 'after', 'before', 'because', 'since', 'although', 'though', 'if',
  'unless', 'until', 'once', 'despite', 'amid', 'asked', 'speaking', 'following', 'according', 'like', 'unlike', 'earlier', 'later']);
const PASSIVE_AUX = new Set(['is', 'was', 'are', 'were', 'been', 'be', 'being']);
/** Words that open an adverbial aside before the content ("However,", "Hours later,"): not a name when capitalized. */
const SENTENCE_START_ADVERBS = new Set([...SENTENCE_ADVERBS, 'finally', 'hours', 'days', 'weeks', 'minutes', 'months', 'years', 'last', 'this', 'next']);
const NOUN_BASES = new Set(['report', 'claim', 'note', 'state', 'promise', 'pledge', 'estimate', 'forecast', 'tweet', 'remark',
  'comment', 'call', 'reply', 'response', 'respond', 'joke', 'boast', 'vow', 'warning', 'counter', 'quip', 'shout', 'yell', 'ask',
  'concede', 'confirm', 'deny', 'predict', 'recall', 'complain', 'insist', 'argue', 'add', 'write', 'explain', 'suggest',
  'declare', 'acknowledge', 'admit', 'assert', 'contend', 'allege', 'testify', 'reveal', 'disclose', 'observe', 'maintain',
  'agree', 'continue', 'announce', 'stress', 'warn', 'urge', 'cite', 'advise', 'inform', 'remind', 'assure', 'tell', 'reiterate',
  'emphasize', 'emphasise', 'conclude']);
const BASE_VERB_BEFORE = new Set(['they', 'we', 'i', 'you', 'to', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must',
  'did', 'do', 'does', 'not', "n't", 'also', 'often', 'and', 'who', 'that', 'which', 'people', 'police', 'experts', 'others',
  'staff', 'personnel', 'crew', // plural collective nouns without an -s: "airport staff claim that ..."
  'never', 'always', 'still', 'now', 'then', 'generally', 'usually', 'repeatedly', 'frequently', 'typically', 'sometimes', 'further']);
const INTRO_PREPS = new Set(['after', 'before', 'while', 'when', 'since', 'despite', 'upon', 'without', 'by', 'in', 'on', 'besides']);
const TRAILING_SUBORDINATORS = new Set(['as', 'while', 'whereas']);
/** After "called X a ...": words that make it a count of calls ("called the police a second time"), not a name for X. */
const NOT_A_NAMING = new Set(['second', 'third', 'fourth', 'few', 'couple', 'number', 'lot', 'bit', 'day', 'week', 'month', 'year', 'time', 'while', 'dozen', 'total']);
/** Past tenses of a speaker's reaction beside a statement: "said ... but declined to comment", "and questioned how". */
const REACTION_VERBS = new Set(['declined', 'refused', 'questioned', 'praised', 'criticised', 'criticized', 'demanded', 'thanked', 'welcomed',
  'rejected', 'dismissed', 'condemned', 'blamed', 'apologised', 'apologized', 'expressed', 'voiced', 'accused', 'urged', 'appealed', 'vowed', 'pledged', 'promised']);
/** Subordinators that may open a clause with its own speaker inside reported content: ", since he claimed that ...". */
const NESTED_SUBORDINATORS = new Set(['since', 'because', 'as', 'while', 'although', 'though', 'after', 'when', 'whereas']);
const NOT_PARTICIPLES = new Set(['including', 'according', 'during', 'something', 'nothing', 'anything', 'everything', 'thing', 'king', 'bring', 'spring', 'morning', 'evening', 'beijing', 'regarding', 'concerning', 'notwithstanding', 'pending', 'following']);
const HEADLINE_SMALL = new Set(['of', 'at', 'on', 'in', 'for', 'to', 'and', 'the', 'a', "'s", '’s', 'vs', 'vs.']);
const COMMISSIVES = /^(?:vow|vows|vowed|promise|promises|promised|pledge|pledges|pledged|threaten|threatens|threatened)$/;
// (the tokenizer splits a negative contraction before its apostrophe: "wasn" "’t", "didn" "’t", "couldn" "’t")
const NEGATABLE = 'is|was|are|were|has|had|have|did|does|do|could|would|should|must|need';
const NEGATIVE_CONTRACTION = new RegExp(`^(?:${NEGATABLE})n$`);
const FINITE_AFTER = new RegExp(`^(?:is|was|are|were|has|had|have|will|would|could|can|cannot|should|may|might|must|did|does|do|['’]s|['’]re|['’]ll|['’]d|['’]ve|(?:${NEGATABLE})n)$`);
const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'every', 'each', 'no', 'any', 'such']);
const OBJECT_PRONOUN = /^(?:him|her|them|it|me|us|you|himself|herself|themselves|itself)$/;
/** Adverbs that may open a sentence before its attribution ("However, he said, the plan ..."): no content of their own. */
const INTRO_ADVERBS = new Set([...SENTENCE_ADVERBS, 'also', 'too', 'nonetheless', 'meantime', 'thus']);
/** Documents a body issues: "according to a statement from X" is X's word. */
const ISSUED_DOCUMENTS = new Set(['statement', 'statements', 'report', 'reports', 'study', 'survey', 'poll', 'release', 'letter', 'filing',
  'document', 'documents', 'memo', 'analysis', 'estimate', 'estimates', 'figures', 'data', 'ruling', 'communique', 'communiqué', 'announcement',
  'assessment', 'review', 'audit', 'investigation', 'bulletin', 'notice', 'website',
  // what a body compiles and publishes: "according to a table drawn up by X", "numbers released by the ministry"
  'table', 'tables', 'numbers', 'statistics', 'research', 'ranking', 'rankings', 'census', 'projections', 'calculations', 'findings']);
/** Passive verbs before "as saying" that make their subject the speaker: "X was quoted as saying", "X was reported as saying". */
const QUOTED_AS = new Set(['quoted', 'reported', 'cited']);
/** Degree words that make an adjective of a participle after a determiner ("the most cited", "a widely reported"); not "the family said". */
const DEGREE_BEFORE_PARTICIPLE = /^(?:most|more|least|less|much|highly|well|best|[a-z]{3,}(?:ely|ally|edly|ently|antly|ously|ively|ingly|fully))$/;
/** Participles that describe a document after its noun: "a study published in ...", "a report commissioned by ...". */
const DOCUMENT_PARTICIPLE = /^(?:[a-z]+ed|written|drawn|done|seen|made|given|taken|put|sent|carried|run|led|held)$/;
/** Verbs whose subject is the author of the document they take: "issued a statement saying ..." ("received a letter saying" is not). */
const ISSUING_VERBS = new Set(['issued', 'released', 'published', 'posted', 'sent', 'wrote', 'filed', 'tweeted', 'issues', 'releases', 'publishes', 'posts', 'sends']);
/** One-word subjects a split report may open with: "This, he said, was a mistake." */
const DEMONSTRATIVE_SUBJECTS = new Set(['this', 'that', 'these', 'those', 'such']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'there']);
/** Prepositions of place or setting that may follow a subject's head before its verb ("officials in the city said"). */
const SUBJECT_PPS = new Set(['in', 'at', 'from', 'with', 'across', 'around', 'inside', 'within', 'outside', 'on', 'of', 'for']);
const LEAD_CONJ = new Set(['and', 'but', 'so', 'yet', 'or', 'however', 'meanwhile', 'still', 'also', 'then', 'now', 'indeed', 'instead']);

export function findQuotes(text: string, doc: Tokenized): QuoteCandidate[] {
  const { tokens, sentences } = doc;
  const n = tokens.length;
  if (n === 0) return [];
  const lower = new Array<string>(n);
  const cap = new Uint8Array(n);
  const word = new Uint8Array(n);
  const sentStart = new Uint8Array(n);
  const sentOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!.text;
    lower[i] = t.toLowerCase();
    const c = t.charCodeAt(0);
    if (c < 128) {
      const up = c >= 65 && c <= 90;
      word[i] = up || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? 1 : 0;
      cap[i] = up ? 1 : 0;
    } else {
      word[i] = /^[\p{L}\p{N}]/u.test(t) ? 1 : 0;
      cap[i] = word[i] && /^\p{Lu}/u.test(t) ? 1 : 0;
    }
  }
  sentences.forEach((s, si) => {
    if (s.firstToken < n) sentStart[s.firstToken] = 1;
    for (let k = s.firstToken; k < s.endToken; k++) sentOf[k] = si;
  });
  const marks = findQuoteMarks(text, doc, sentOf);

  // Extended sentences: join tokenizer sentences that a quotation segment spans.
  const joinNext = new Uint8Array(sentences.length); // sentence s is joined with s + 1
  for (const seg of marks.segments) {
    const lastTok = seg.closeTok >= 0 ? seg.closeTok : tokenAtOrBefore(tokens, seg.end - 1);
    const a = sentOf[seg.openTok]!, b = sentOf[lastTok]!;
    for (let s = a; s < b; s++) joinNext[s] = 1;
  }
  // The tokenizer ends a sentence after a middle initial ("James B. Cunningham"): join those back.
  for (let s = 0; s + 1 < sentences.length; s++) {
    const e = sentences[s]!.endToken;
    if (e >= 2 && tokens[e - 1]!.text === '.' && /^\p{Lu}$/u.test(tokens[e - 2]!.text) && tokens[e - 1]!.start === tokens[e - 2]!.end
      && e - 3 >= sentences[s]!.firstToken && cap[e - 3] && sentences[s + 1]!.paragraph === sentences[s]!.paragraph && cap[e]) joinNext[s] = 1;
  }
  // ...and after a hard-wrapped line it took for a heading ("COLOMBO, April 17 - Sri Lanka and the International\nMonetary Fund").
  for (let s = 0; s + 1 < sentences.length; s++) {
    const a = sentences[s]!, b = sentences[s + 1]!;
    if (a.paragraph !== b.paragraph || a.endToken - a.firstToken < 8) continue;
    const last = tokens[a.endToken - 1]!;
    if (!word[a.endToken - 1] || /^\s*\n\s*$/.test(text.slice(last.end, b.start)) === false) continue;
    if ((text.slice(last.end, b.start).match(/\n/g) ?? []).length !== 1 || /\n[ \t]+$/.test(text.slice(last.end, b.start))) continue;
    let lowerWords = 0;
    for (let k = a.firstToken; k < a.endToken; k++) if (word[k] && !cap[k] && !/^\p{N}/u.test(tokens[k]!.text)) lowerWords++;
    if (lowerWords >= 2) joinNext[s] = 1;
  }
  const xStart = new Int32Array(n);
  const xEnd = new Int32Array(n);
  for (let s = 0; s < sentences.length;) {
    let e = s;
    while (e < sentences.length - 1 && joinNext[e]) e++;
    const a = sentences[s]!.firstToken, b = sentences[e]!.endToken;
    for (let k = a; k < b; k++) { xStart[k] = a; xEnd[k] = b; }
    s = e + 1;
  }

  const env: Env = {
    text, tokens, lower, cap, word, sentStart, isCue: new Uint8Array(n), doc, marks, sentOf, xStart, xEnd,
    chainUsed: new Uint8Array(marks.chains.length), cueInfo: new Array(n), drafts: [],
    segOrder: marks.segments.map((_, i) => i).sort((a, b) => marks.segments[a]!.start - marks.segments[b]!.start),
    segMaxEnd: new Int32Array(marks.segments.length),
  };
  env.segOrder.forEach((s, i) => { env.segMaxEnd[i] = Math.max(i > 0 ? env.segMaxEnd[i - 1]! : 0, marks.segments[s]!.end); });

  // Cues outside quotations.
  const cueList: number[] = [];
  for (let i = 0; i < n; i++) {
    if (!word[i]) continue;
    const seg = marks.segOfToken[i]!;
    if (seg >= 0) continue;
    const info = cueAt(lower, i);
    if (!info || !validCue(env, i, info)) continue;
    env.isCue[i] = 1;
    env.cueInfo[i] = info;
    cueList.push(i);
    i += info.length - 1;
  }
  for (const c of cueList) {
    const d = attribute(env, c, env.cueInfo[c]!);
    if (d) env.drafts.push(d);
  }
  colonHeadlines(env);
  askedIntros(env);
  leftovers(env);
  return assemble(env);
}

function tokenAtOrBefore(tokens: { start: number }[], pos: number): number {
  let lo = 0, hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** "to reporters.", "to the BBC:", "to him that": a person or an outlet spoken to, closed by punctuation or "that". */
function addresseeAfter(env: Env, k: number): boolean {
  const { lower, cap } = env;
  let e = k;
  if (ADDRESSEES.has(lower[k] ?? '')) e = k + 1;
  else {
    if (lower[e] === 'the') e++;
    const first = e;
    while (e < env.tokens.length && e < first + 4 && cap[e]) e++;
    if (e === first) return false;
  }
  const w = lower[e] ?? '';
  return e >= env.tokens.length || w === ',' || w === ':' || w === 'that' || TERMINAL.has(w) || isOpener(env, e);
}

function validCue(env: Env, i: number, info: CueInfo): boolean {
  const { tokens, lower } = env;
  const t = tokens[i]!.text;
  if (t !== lower[i]) {
    // capitalised: "According to" at a sentence start, or a headline "Trump Says ..."
    const headline = !env.sentStart[i] && env.doc.sentences[env.sentOf[i]!]!.paragraph === 0 && !info.participle;
    if (!(info.frame === 'accord' && env.sentStart[i]) && !headline) return false;
  }
  const prev = i > 0 ? lower[i - 1]! : '';
  // nouns: "the said document", "news reports", "Trump's claims"
  const possessiveMark = (prev === "'" || prev === '’') && lower[i - 2] !== prev && i >= 2 && env.word[i - 2] === 1 && /s$/.test(lower[i - 2]!);
  if (NOUN_DETERMINERS.has(prev) || /^['’]s$/.test(prev) || possessiveMark) return false;
  // "some reports", "good jokes", "memorized jokes": a quantifier or a participle before a plural noun
  if ((NOUN_BEFORE_CUE.has(prev) || /[a-z]ed$/.test(prev)) && NOUN_FORMS.has(lower[i]!)) return false;
  // "a news report published", "the claim": base forms that are also nouns need a plural or pronoun subject
  if (NOUN_BASES.has(lower[i]!) && !(BASE_VERB_BEFORE.has(prev) || (/s$/.test(prev) && !/ss$/.test(prev) && prev !== 'news'))) return false;
  // "added to", "agreed to" are not speech; "vowed to", "promised to" are (the content is the infinitive)
  // ("explained to reporters", "commented to the BBC.": an addressee is)
  if (info.frame === 'say' && !info.participle && lower[i + 1] === 'to' && lower[i] !== 'said' && lower[i] !== 'says' && !COMMISSIVES.test(lower[i]!) && !addresseeAfter(env, i + 2)) return false;
  if (lower[i] === 'said' && prev === 'having') return false; // "Having said that, ..."
  // "accusations that he exaggerated, from claiming he was offered ...", "slammed him for suggesting ...", "talked
  // about telling ...": a gerund governed by one of these prepositions names an act talked about, not the subject's
  // statement ("by saying", "after saying", "the step of announcing" still report the subject's words)
  if (info.participle && GERUND_PREPOSITIONS.has(prev)) return false;
  // "8-1/4 pct senior notes due 1994", "deposit notes maturing in 1992", "the notes were priced": debt securities, not a cue
  if (lower[i] === 'notes' && (DEBT_NOTE_AFTER.test(lower[i + 1] ?? '') || prev === 'pct' || prev === 'percent' || /^\d/.test(prev))) return false;
  // "Holmes urged to compete" (a headline's passive), "despite urging to ease the peg": with no addressee between
  // the cue and its infinitive, the one before the cue is the one urged, not who spoke
  if ((info.frame === 'urge' || info.frame === 'tell') && lower[i + info.length] === 'to' && env.word[i + info.length + 1] && !env.cap[i + info.length + 1]
    && !DETERMINERS.has(lower[i + info.length + 1]!) && !ADDRESSEES.has(lower[i + info.length + 1]!)) return false;
  // "the most cited author", "a widely reported case": a degree word between a determiner and the participle makes an adjective
  if (i >= 2 && NOUN_DETERMINERS.has(lower[i - 2]!) && DEGREE_BEFORE_PARTICIPLE.test(prev)) return false;
  // "began taking calls", "making claims": a noun after a gerund
  if (NOUN_FORMS.has(lower[i]!) && /[a-z]ing$/.test(prev) && !NOT_PARTICIPLES.has(prev)) return false;
  if (lower[i] === 'said' && lower[i + 1] === 'to' && (prev === 'is' || prev === 'are' || prev === 'was' || prev === 'were')) return false; // "is said to be"
  return true;
}

const isCloser = (env: Env, k: number): boolean => k >= 0 && env.marks.segOfToken[k]! >= 0 && env.marks.segments[env.marks.segOfToken[k]!]!.closeTok === k;
const isOpener = (env: Env, k: number): boolean => k >= 0 && k < env.tokens.length && env.marks.segOfToken[k]! >= 0 && env.marks.segments[env.marks.segOfToken[k]!]!.openTok === k;

function isModifier(env: Env, k: number): boolean {
  const w = env.lower[k]!;
  if (!env.word[k] || env.cap[k] && !TIME_NOUNS.has(w)) return false;
  return CUE_MODIFIERS.has(w) || (w.length > 4 && w.endsWith('ly') && w !== 'only' && w !== 'family' && w !== 'italy' && w !== 'ally');
}

/**
 * Where the capitalised name ending at token `last` starts when token `a` is its acronym ("CGE" after "Chicago Grain
 * Exchange"), or -1.
 */
function abbreviated(env: Env, a: number, last: number, S: number): number {
  const acronym = env.tokens[a]!.text;
  if (!/^[A-Z]{2,6}$/.test(acronym) || !env.cap[last]) return -1;
  let initials = '';
  let first = last;
  for (let k = last; k >= S && last - k < 10; k--) {
    if (env.cap[k]) { initials = env.tokens[k]!.text[0]! + initials; first = k; }
    else if (!/^(?:of|for|and|&|on|de|du|des|la)$/.test(env.lower[k]!)) break;
  }
  // the acronym's letters in order among the initials, its last letter the last word's
  if (acronym[acronym.length - 1] !== initials[initials.length - 1]) return -1;
  let i = 0;
  for (const ch of initials) if (ch === acronym[i]) i++;
  return i === acronym.length ? first : -1;
}

/** Skips adverbials after a cue; returns the next token to read. */
function skipAdverbials(env: Env, k: number, end: number): number {
  const { lower, word } = env;
  // "said last week's quake was ...", "said Monday's vote showed ...": a time phrase with a possessive opens the clause's subject
  const possessed = (j: number): boolean => j < end && /^['’]s?$/.test(env.tokens[j]!.text);
  for (let guard = 0; k < end && guard < 8; guard++) {
    const w = lower[k]!;
    if (!word[k]) return k;
    if ((TIME_WORDS.has(w) && possessed(k + 1)) || (TIME_NOUNS.has(lower[k + 1] ?? '') && possessed(k + 2))) return k;
    if (TIME_WORDS.has(w) && k + 1 < end && TIME_NOUNS.has(lower[k + 1]!) && !TIME_WORDS.has(lower[k + 1]!)) { k += 2; continue; } // "Thursday afternoon"
    if (TIME_WORDS.has(w) || (w.length > 4 && w.endsWith('ly') && w !== 'only' && !env.cap[k])) { k++; continue; }
    if ((w === 'last' || w === 'this' || w === 'next' || w === 'early' || w === 'late' || w === 'earlier') && k + 1 < end && TIME_NOUNS.has(lower[k + 1]!)) { k += 2; continue; }
    if ((w === 'on' || w === 'in') && k + 1 < end && TIME_NOUNS.has(lower[k + 1]!)) { k += 2; continue; }
    return k;
  }
  return k;
}

type Tail =
  | { kind: 'quote'; seg: number; at: number }
  | { kind: 'clause'; at: number; that: boolean }
  | { kind: 'comma'; at: number }
  | { kind: 'empty' };

/** What follows a cue (and its inverted speaker or addressee): a quotation, a clause, a comma or nothing. */
function readTail(env: Env, r: number, end: number): Tail {
  const { tokens, lower, word } = env;
  let k = skipAdverbials(env, r, end);
  // a prepositional phrase: "said in a statement (that|:|, “)"
  if (k < end && word[k] && PP_STARTS.has(lower[k]!) && !(lower[k] === 'about' && k + 1 < end && (/^\p{N}/u.test(tokens[k + 1]!.text) || /^(?:half|a|one|two|three|four|five|ten)$/.test(lower[k + 1]!)))) {
    for (let j = k + 1; j < end && j < k + 16; j++) {
      const w = lower[j]!;
      if (w === 'that' && word[j]) {
        if (COMPLEMENT_NOUNS.has(lower[j - 1]!)) return { kind: 'empty' };
        // "responded on Monday to claims that she misled ...", "hit back at reports that ...": what others claim or
        // report, which the speaker answers, is not what the speaker says
        // ("said in answer to reports that ...": an answer given is the cue's own report)
        if (OTHERS_STATEMENT_NOUNS.has(lower[j - 1]!) && lower[k] !== 'in' && lower.slice(k, j).some((x) => TOPIC_PREPOSITIONS.has(x))) return { kind: 'empty' };
        return { kind: 'clause', at: j + 1, that: true };
      }
      if (w === ':' || (w === ',' && isOpener(env, j + 1))) { k = j; break; }
      // "said in a statement it is investigating ...", "said in a letter the directors believed ...": the
      // complementizer left out, the clause starts right after the phrase's noun
      if (j > k + 1 && bareClauseAfterPhrase(env, j, end)) return { kind: 'clause', at: j, that: false };
      if (isOpener(env, j)) return { kind: 'empty' }; // "said on NBC's ''Meet the Press''": a title
      // (a cue's form right after a preposition or a determiner is a noun: "to claims", "the reports"; "to insist" is a verb)
      const noun = env.isCue[j] && (DETERMINERS.has(lower[j - 1]!) || (PP_STARTS.has(lower[j - 1]!) && (lower[j - 1] !== 'to' || /[^s]s$/.test(w))));
      if (w === ',' || w === ';' || (env.isCue[j] && !noun) || TERMINAL.has(w)) { k = j; break; }
      if (j === end - 1 || j === k + 15) return { kind: 'empty' };
    }
  }
  if (k >= end) {
    // "said:" at the end of a paragraph, the quotation in the next one
    return { kind: 'empty' };
  }
  const w = lower[k]!;
  if (w === '—' || w === '–' || w === '--') {
    // "said — on Twitter, as it happens — that ..."
    for (let j = k + 1; j < end && j < k + 14; j++) {
      if (lower[j] === w) return readTail(env, j + 1, end);
      if (TERMINAL.has(lower[j]!) || isOpener(env, j)) break;
    }
  }
  if (w === ':' || w === ',' || w === '—' || w === '–') {
    if (isOpener(env, k + 1)) return { kind: 'quote', seg: env.marks.segOfToken[k + 1]!, at: k + 1 };
    if (w === ':') return k + 1 < end ? { kind: 'clause', at: k + 1, that: true } : { kind: 'empty' };
    if (w === ',') return { kind: 'comma', at: k + 1 };
    return { kind: 'empty' };
  }
  if (isOpener(env, k)) return { kind: 'quote', seg: env.marks.segOfToken[k]!, at: k };
  // ("said <Koba Electronics Co Ltd> will buy ...": wire copy brackets an unlisted company's name)
  if (TERMINAL.has(w) || !word[k] && w !== '(' && !(w === '<' && k + 1 < end && env.cap[k + 1])) return { kind: 'empty' };
  if (w === 'that' && word[k]) return { kind: 'clause', at: k + 1, that: true };
  if (w === 'of' || w === 'about') {
    for (let j = k + 1; j < end && j < k + 10; j++) {
      if ((lower[j] === ':' || lower[j] === ',') && isOpener(env, j + 1)) return { kind: 'quote', seg: env.marks.segOfToken[j + 1]!, at: j + 1 };
      if (!word[j] && !/^['’]s$/.test(tokens[j]!.text)) break;
    }
  }
  return { kind: 'clause', at: k, that: false };
}

/**
 * Whether a clause with no "that" opens at `j`, right after the noun ending a cue's prepositional phrase:
 * a subject pronoun and its verb, or a noun phrase and a finite verb ("the directors believed"); not a noun
 * phrase that issued the document ("said in a statement the company released on Monday that ...").
 */
function bareClauseAfterPhrase(env: Env, j: number, end: number): boolean {
  const { lower, word } = env;
  const before = lower[j - 1]!;
  // (the phrase ends in a noun or a date: not "on what he termed", "for basing quotas")
  if (!word[j] || !word[j - 1] || (NP_STOP.has(before) && !TIME_NOUNS.has(before)) || DETERMINERS.has(before) || NAME_PARTICLES.has(before) || /[a-z]ing$/.test(before)) return false;
  const w = lower[j]!;
  const pronoun = SUBJECT_PRONOUNS.has(w) && w !== 'i';
  if (pronoun) {
    const v = lower[j + 1] ?? '';
    return FINITE_AFTER.test(v) || (/^[a-z]+(?:ed|s)$/.test(v) && !PP_STARTS.has(v));
  }
  if (!(DETERMINERS.has(w) || env.cap[j])) return false;
  const e = npForward(env, j, end, true);
  if (e <= j || e >= end || !word[e] || env.cap[e]) return false;
  const v = lower[e]!;
  return (FINITE_AFTER.test(v) && !/^['’]/.test(v)) || (/^[a-z]+ed$/.test(v) && !ISSUING_VERBS.has(v)) || IRREGULAR_PAST.has(v);
}
/**
 * Past forms without -ed that make a finite verb after a subject: "the board thought", "the firm made" (the lexicon's
 * irregular pasts, and two that are also a noun or an adjective elsewhere but seldom after a subject).
 */
const IRREGULAR_PAST: ReadonlySet<string> = new Set([...IRREGULAR_PAST_FORMS, 'won', 'left']);

/** The end of the sentence when the quotation of segment `seg` (with its chain) closes it, else -1. */
function quotationEndsSentence(env: Env, seg: number, E: number): number {
  const chain = env.marks.chains[env.marks.segments[seg]!.chain]!;
  const close = env.marks.segments[chain[chain.length - 1]!]!.closeTok;
  if (close < 0) return -1;
  for (let k = close + 1; k < E; k++) if (env.word[k] || isOpener(env, k)) return -1;
  return env.tokens[E - 1]!.end;
}

/** The paragraph after the one token `k` ends, when it opens without a quotation mark and has a few words. */
function paragraphAfter(env: Env, k: number): Range | null {
  const sents = env.doc.sentences;
  const s = env.sentOf[k]!;
  const next = sents[s + 1];
  if (!next || next.paragraph === sents[s]!.paragraph || sents[s]!.endToken - 1 !== k) return null;
  if (isOpener(env, next.firstToken) || (next.firstToken + 1 < env.tokens.length && isOpener(env, next.firstToken + 1))) return null;
  let last = s + 1;
  while (last + 1 < sents.length && sents[last + 1]!.paragraph === next.paragraph && last - s < MAX_BLOCK_SENTENCES) last++;
  let words = 0;
  for (let t = next.firstToken; t < sents[last]!.endToken; t++) if (env.word[t]) words++;
  if (words < 4) return null;
  return { start: next.start, end: sents[last]!.end };
}

/** The content after an adverbial aside closed by a comma ("however,", "on Tuesday,", "in a statement,"). */
function afterAside(env: Env, a: number, end: number): Tail | null {
  const { lower, word } = env;
  const first = lower[a] ?? '';
  if (!word[a] || !(SENTENCE_START_ADVERBS.has(first) || TIME_WORDS.has(first) || PP_STARTS.has(first) || /(?:ly|ing)$/.test(first))) return null;
  for (let j = a + 1; j < end && j <= a + 8; j++) {
    if (lower[j] === ',') {
      if (j + 1 >= end || !(word[j + 1] || isOpener(env, j + 1))) return null;
      const rest = readTail(env, j + 1, end);
      return rest.kind === 'clause' || rest.kind === 'quote' ? rest : null;
    }
    if (!word[j] || env.isCue[j] || isOpener(env, j) || lower[j] === 'that') return null;
  }
  return null;
}

/** After an "As X said/told Y" opener: a comma and a quotation within a few tokens. */
function introducesQuotation(env: Env, k: number, E: number): boolean {
  for (let j = k; j < E && j < k + 10; j++) {
    if (env.lower[j] === ',' || env.lower[j] === ':') return isOpener(env, j + 1);
    if (TERMINAL.has(env.lower[j]!) || isOpener(env, j)) return false;
  }
  return false;
}

/** Whether a cue's bare object (no "that", no colon) is what was said: verbs that also take plain objects need a quotation there. */
function objectIsSpeech(env: Env, c: number, at: number, E: number, speaker: Range | undefined): boolean {
  const { lower } = env;
  const cue = lower[c]!;
  const frame = env.cueInfo[c]!.frame;
  const end = clauseEnd(env, at, E);
  const quoted = segmentsIn(env, env.tokens[at]!.start, env.tokens[Math.max(at, end - 1)]!.end).length > 0;
  // "the firms accused were ...", "the rules announced will ...": the cue is a participle and the verb is its noun's
  // (a plain verb of saying keeps it: "estates which it says are lying idle" reports what is said of them)
  if (FINITE_OPENING.test(lower[at]!) && (frame !== 'say' || env.cueInfo[c]!.weak) && frame !== 'tell') return false;
  // "pointed to the table": a quotation makes it a quote
  if (/^(?:point)/.test(cue) && frame === 'np' && !quoted) return false;
  // an object is a noun phrase: "names mentioned in connection with ...", "cited by analysts" are participles
  if (frame === 'np' && PP_STARTS.has(lower[at]!) && lower[at] !== 'about') return false;
  // "describes the site as one of the oldest": a description, unless it quotes ("described it as “a disgrace”")
  if (/^describ/.test(cue) && !quoted) {
    for (let k = at; k < end; k++) if (lower[k] === 'as') return false;
  }
  // "denied them entry", "denied the refugees entry": a ditransitive deny is a refusal
  if (/^den(?:y|ies|ied|ying)$/.test(cue) && !quoted) {
    if (OBJECT_PRONOUN.test(lower[at]!)) return false;
    // "denied entry to the journalists", "denied bail": the bare thing withheld, whoever it is withheld from
    if (WITHHELD_THINGS.has(lower[at]!)) return false;
    // the thing withheld after the person ("the refugees entry", "the man a visa"), not the object itself ("the entry")
    for (let k = at + 1; k < end && k < at + 6 && lower[k] !== ',' && lower[k] !== 'that'; k++) {
      if (WITHHELD_THINGS.has(lower[k]!) && !(k === at + 1 && DETERMINERS.has(lower[at]!))) return false;
    }
  }
  // "the plan calls for a ban": a plan or a deal requires, it does not speak
  if (frame === 'np' && /^call/.test(cue) && speaker && !quoted) {
    const head = env.lower[tokenAtOrBefore(env.tokens, speaker.end - 1)]!;
    if (REQUIRING_HEADS.has(head)) return false;
  }
  return true;
}

/** "a new era had begun", "he is suspending": a subject and a finite verb, not a bare object ("the delivery of ..."). */
function looksLikeClause(env: Env, k: number, end: number, namedSubject = false): boolean {
  const { lower } = env;
  if (k >= end) return false;
  if (PRONOUNS.has(lower[k]!) && lower[k] !== 'you' && lower[k] !== 'it' || lower[k] === 'there') return FINITE_AFTER.test(lower[k + 1] ?? '') || /^[a-z]+(?:ed|s)$/.test(lower[k + 1] ?? '');
  const e = npForward(env, k, end, true);
  if (e <= k || e >= end) return false;
  const w = lower[e]!;
  if (FINITE_AFTER.test(w) || (env.word[e] === 1 && !env.cap[e] && (/^[a-z]+ed$/.test(w) || IRREGULAR_PAST_FORMS.has(w)) && !NP_STOP.has(w))) return true;
  // "announced the Acme board of directors had decided ...": a determiner, a name, its head noun (and an "of" phrase), then an auxiliary
  if (!namedSubject || !DETERMINERS.has(lower[k]!) || !env.cap[k + 1]) return false;
  for (let j = e; j < end && j < e + 5; j++) {
    const x = lower[j]!;
    if (FINITE_AFTER.test(x) && !/^['’]/.test(x)) return j > e;
    if (!env.word[j] || env.cap[j] || env.isCue[j] || (NP_STOP.has(x) && x !== 'of') || PRONOUNS.has(x) || /(?:ed|ing|ly)$/.test(x)) return false;
  }
  return false;
}

// past forms of verbs that report events ("prices rose", "the talks broke down", "the firm did"): the irregular
// pasts, and those written as their base form ("hit", "cut", "set")
const IRREGULAR_FINITE: ReadonlySet<string> = new Set([...IRREGULAR_PAST, 'did', 'had', 'said', 'hit', 'cut', 'put', 'set', 'let', 'shut', 'hurt', 'cost', 'beat']);

/**
 * Whether tokens [a, b) after a verb of saying hold a statement rather than a bare noun phrase: a quotation, a
 * finite verb (an auxiliary, a cue, a past form after its subject, a subject pronoun with its verb, a third-person
 * verb after a noun), an infinitive, a question word or a gerund.
 */
function statementAhead(env: Env, a: number, b: number): boolean {
  const { lower } = env;
  if (a >= b) return true;
  if (segmentsIn(env, env.tokens[a]!.start, env.tokens[b - 1]!.end).length > 0) return true;
  const w0 = lower[a]!;
  if (w0 === 'to' || WH_CLAUSE.has(w0) || w0 === 'if' || w0 === 'about' || (/^[a-z]+ing$/.test(w0) && !NOT_PARTICIPLES.has(w0))) return true;
  for (let k = a; k < b; k++) {
    const w = lower[k]!;
    // the word before, over adverbs between a subject and its verb ("it also introduced", "it no longer tolerates")
    let p = k - 1;
    while (p > a && (MID_ADVERBS.has(lower[p]!) || /^[a-z]{3,}ly$/.test(lower[p]!))) p--;
    const prev = k > a ? lower[p]! : '';
    // "they’re", "he’ll", "shouldn't", "it’s" (after a pronoun; "Smith’s" is a possessive)
    if (k > a && (/^['’](?:re|ll|d|ve|m|t)$/.test(w) || (/^['’]s$/.test(w) && (SUBJECT_PRONOUNS.has(lower[k - 1]!) || /^(?:that|what|who|here)$/.test(lower[k - 1]!))))) return true;
    if (!env.word[k]) continue;
    if ((FINITE_AFTER.test(w) && !/^['’]/.test(w)) || (env.isCue[k] && k > a)) return true;
    // "he made", "she hoped", "it also plans" ("denied it", "confirmed it to reporters": an object)
    if (k > a && SUBJECT_PRONOUNS.has(prev) && !env.cap[k] && !NOT_VERBS.has(w) && !DETERMINERS.has(w) && !MID_ADVERBS.has(w)) return true;
    // "accused him of lying", "called for cutting taxes": a gerund clause after a preposition
    if (k > a && /^[a-z]{2,}ing$/.test(w) && !NOT_PARTICIPLES.has(w) && COMMON_PREP.has(prev)) return true;
    // "these gave no cause", "major issues, including acid rain, remained": a past form after a demonstrative or an aside
    if (k > a && !env.cap[k] && (DEMONSTRATIVE_SUBJECTS.has(prev) || prev === ',') && (/^[a-z]{3,}ed$/.test(w) || IRREGULAR_FINITE.has(w)
      || (/^[a-z]{3,}[^s]s$/.test(w) && k + 1 < b && env.word[k + 1] === 1))) return true;
    if (k === a || env.cap[k] || DETERMINERS.has(prev) || NP_STOP.has(prev) || !env.word[p]) continue;
    // "hospitals need more money": a plural subject and a present verb
    if ((/^[a-z]{2,}[^s'’]s$/.test(prev) || /^(?:people|men|women|children|police)$/.test(prev)) && !NOT_VERBS.has(w) && !DETERMINERS.has(w) && !/(?:ing|ly)$/.test(w) && k + 1 < b) return true;
    if (/^[a-z]{3,}ed$/.test(w) || IRREGULAR_FINITE.has(w)) return true;
    // "the economy grows slowly", "the sale amounts to" (a noun's plural ends the phrase: "low prices")
    if (/^[a-z]{2,}[^s]s$/.test(w) && !/(?:ing|ly)$/.test(prev) && !/^(?:is|was|has|this|its|his|us|yes|less|plus|thus)$/.test(w)
      && k + 1 < b && env.word[k + 1] && !/^(?:and|or|but)$/.test(lower[k + 1]!)) return true;
  }
  return false;
}
const MID_ADVERBS = new Set(['also', 'still', 'never', 'not', 'no', 'longer', 'already', 'just', 'now', 'too', 'even', 'only', 'again', 'then', 'recently', 'previously', 'more', 'than', 'later', 'first']);
const COMMON_PREP = new Set(['of', 'for', 'by', 'in', 'on', 'about', 'against', 'from', 'without', 'after', 'before', 'to']);
/** Words that follow a noun without being its verb: prepositions, conjunctions, relatives. */
const NOT_VERBS = new Set<string>([...COMMON_PREPOSITIONS, 'of', 'and', 'or', 'but', 'nor', 'as', 'that', 'which', 'who', 'whose', 'where', 'when', 'while', 'if', 'than', 'not', 'also', 'such']);

/** "the debate over coal is ...", "replacing Clinton would be ...": a subject (a noun phrase or a gerund phrase, with its modifiers) and a finite verb before the next comma. */
function clauseAhead(env: Env, k: number, end: number): boolean {
  const { lower } = env;
  if (!DETERMINERS.has(lower[k]!) && !(/^[a-z]+ing$/.test(lower[k]!) && !NOT_PARTICIPLES.has(lower[k]!))) return false;
  for (let j = k + 1; j < end && j < k + 12; j++) {
    const w = lower[j]!;
    if (!env.word[j] && !/^['’]s$/.test(w)) return false;
    if (env.isCue[j] || PRONOUNS.has(w) || w === 'who' || w === 'which' || w === 'that') return false;
    if (FINITE_AFTER.test(w) && !/^['’]/.test(w)) return true;
  }
  return false;
}

/** Subject of the clause a participle or coordinated cue belongs to. */
function clauseSubject(env: Env, s: number, c: number): Range | undefined {
  // the speaker of an earlier attribution in the same sentence: `"X," he said, adding that Y`
  for (let i = env.drafts.length - 1; i >= 0; i--) {
    const d = env.drafts[i]!;
    if (d.cueTok < 0) continue;
    if (d.cueTok < s) break;
    if (d.cueTok < c && d.speaker) return d.speaker;
  }
  const { lower, word, cap } = env;
  const k0 = skipDateline(env, s, c);
  // clause starts: the sentence start and every comma outside quotations
  const starts = [k0];
  for (let k = k0; k < c; k++) if (lower[k] === ',' && env.marks.segOfToken[k]! < 0) starts.push(k + 1);
  let fallback: Range | undefined;
  let afterRelative = false; // the clause before this one was ", which/who ...,"
  for (const st of starts) {
    // "The group, which includes X, advocates free trade and says ...": after the relative clause comes the subject's verb
    if (afterRelative && fallback) return fallback;
    afterRelative = /^(?:who|which|whose)$/.test(lower[st] ?? '');
    let k = st;
    if (isOpener(env, k)) {
      const seg = env.marks.segments[env.marks.segOfToken[k]!]!;
      if (seg.closeTok < 0 || seg.closeTok >= c) continue;
      k = seg.closeTok + 1;
      while (k < c && !word[k]) k++;
    }
    while (k < c && (LEAD_CONJ.has(lower[k]!) || !word[k])) k++;
    if (k >= c) continue;
    const w = lower[k]!;
    if (INTRO_WORDS.has(w) || PP_STARTS.has(w) || (/ing$/.test(w) && !cap[k]) || (cap[k] && SENTENCE_START_ADVERBS.has(w))) continue;
    // "Less than an hour ago, a cardinal ... complained": a comparative opens an adverbial, not the subject
    if (/^(?:less|more|fewer|no|not|much|well|long|shortly|soon|just|only|almost|nearly)$/.test(w) && (lower[k + 1] === 'than' || lower[k + 1] === 'after' || lower[k + 1] === 'before' || lower[k + 1] === 'more')) continue;
    // "62-year-old Brenda Johnson also railed ... and explained": an age before the name is no phrase of its own
    if (/^\d+-year-old$/.test(w) && k + 1 < c && cap[k + 1]) k++;
    const e = npForward(env, k, c, true);
    if (e <= k) continue;
    // "A month later, he paid a visit and explained", "Eight years ago, he backed Obama and said": a time phrase is an adverbial
    if (e < c && /^(?:ago|later|earlier)$/.test(lower[e]!) && TIME_NOUNS.has(lower[e - 1]!.replace(/s$/, ''))) continue;
    const r = range(env, k, e - 1);
    fallback ??= r;
    // a subject is followed by its verb
    const nx = e;
    if (nx === c || (nx < c && word[nx] && !cap[nx] && !PP_STARTS.has(lower[nx]!) && !DETERMINERS.has(lower[nx]!) && lower[nx] !== 'who' && lower[nx] !== 'which' && lower[nx] !== 'that')) return r;
  }
  return fallback;
}

/** "WASHINGTON (AP) — A news report ..." : the token after a leading dateline. */
function skipDateline(env: Env, s: number, c: number): number {
  const { tokens, lower } = env;
  const t0 = tokens[s]!.text;
  const caps = t0.length > 1 && /\p{Lu}/u.test(t0) && t0 === t0.toUpperCase();
  // "Washington (Reuters) —"; ("ORLANDO, Fla. (Reuters) - ...": the sentence splitter may end a sentence at "Fla." so
  // that this one opens with the bracketed agency)
  let agency = lower[s] === '(' && !!env.cap[s + 1] && lower[s + 2] === ')';
  for (let k = s + 1; k < Math.min(c, s + 14); k++) {
    const w = lower[k]!;
    if (w === '(' && env.cap[k + 1] && lower[k + 2] === ')') agency = true;
    if (w === '—' || w === '–' || w === '--' || (w === '-' && tokens[k]!.start > tokens[k - 1]!.end)) return caps || agency ? k + 1 : s;
    if (!caps && !agency && !env.cap[k] && w !== ',' && w !== '(' && w !== '.') return s;
  }
  return s;
}

const range = (env: Env, a: number, b: number): Range => ({ start: env.tokens[a]!.start, end: env.tokens[b]!.end });

/** Content of a clause from token a to the end of its sentence e (exclusive), final period dropped. */
function clauseEnd(env: Env, a: number, e: number): number {
  const { lower } = env;
  // stop before ", adding ...", ", according to ...", "; ..." attributions
  for (let k = a + 1; k < e - 1; k++) {
    // "The paper reports that Anelka told a magazine: “…”": the reported clause has its own speaker and cue, which
    // introduce the quotation; the outer report holds nothing of its own
    // ("... was a great coup but he added: “…”": what comes before the second speaker is still the first one's)
    if (lower[k] === ':' && isOpener(env, k + 1)) {
      for (let j = Math.max(a + 1, k - 6); j < k; j++) {
        if (!env.isCue[j] || env.cueInfo[j]!.participle || env.cueInfo[j]!.frame === 'accord' || !env.word[j - 1] || env.marks.segOfToken[j]! >= 0 || lower.slice(j, k).includes(',')) continue;
        let m = j - 1;
        let modal = false; // "he would tell Nakasone: “…”": a telling still to come is part of what was said
        while (m > a && isModifier(env, m)) { if (HYPOTHETICAL_MODALS.has(lower[m]!) || lower[m] === 'will') modal = true; m--; }
        if (modal) break;
        const s0 = npBackward(env, m, a);
        if (s0 < a) break;
        let cut = s0;
        if (cut - 1 > a && (lower[cut - 1] === 'and' || lower[cut - 1] === 'but')) cut--;
        if (cut - 1 > a && lower[cut - 1] === ',') cut--;
        return cut - a >= 3 ? cut : a;
      }
    }
    // ("“X,” he said, pointing to the stands, “Y.”": the quotation resumed after the aside belongs to the attribution before it)
    if (lower[k] === ',' && isOpener(env, k + 1) && env.chainUsed[env.marks.segments[env.marks.segOfToken[k + 1]!]!.chain]) return k;
    if (lower[k] === ',' && env.isCue[k + 1] && (env.cueInfo[k + 1]!.participle || env.cueInfo[k + 1]!.frame === 'accord')) return k;
    if (lower[k] === ',' && env.isCue[k + 2] && PRONOUNS.has(lower[k + 1]!) && lower[k + 2] !== 'says') return k; // "X, he said, Y" inside a clause
    // "... argued against the move, party sources told the BBC.": the sentence's own attribution, content first, closes
    // a clause reported inside it
    if (lower[k] === ',' && env.marks.segOfToken[k]! < 0 && k + 2 < e && env.word[k + 1] && !env.isCue[k + 1] && trailingAttribution(env, k + 1, e)) return k;
    // ", since he claimed that ...": a subordinate clause with its own attribution is another quote, not more of this one
    if (lower[k] === ',' && k > a + 3 && env.marks.segOfToken[k]! < 0 && NESTED_SUBORDINATORS.has(lower[k + 1]!)) {
      const subjEnd = PRONOUNS.has(lower[k + 2]!) ? k + 3 : npForward(env, k + 2, Math.max(e - 1, k + 2));
      if (subjEnd > k + 2 && subjEnd < e && env.isCue[subjEnd] && !env.cueInfo[subjEnd]!.participle) return k;
    }
    // ", as Russia's invasion grinds on": a trailing subordinate clause is the reporter's, not the speaker's
    if (lower[k] === ',' && k > a + 3 && env.marks.segOfToken[k]! < 0 && TRAILING_SUBORDINATORS.has(lower[k + 1]!) && !(lower[k + 1] === 'as' && lower[k + 2] === 'well')) return k;
    if (lower[k] === ',' && env.marks.segOfToken[k]! < 0 && k > a + 3) {
      const w = lower[k + 1]!;
      // ", echoing a memo ...": a participle phrase is the reporter's
      if (/^[a-z]+ing$/.test(w) && !NOT_PARTICIPLES.has(w)) return k;
      // ", and he railed against ...": a new clause with its own subject
      // (", and he would ...", ", and they were ...": a modal or auxiliary keeps reporting what was said)
      // (", but he hasn’t endorsed her", ", but they wouldn’t advocate": a negated auxiliary is the reporter's again)
      if ((w === 'and' || w === 'but') && PRONOUNS.has(lower[k + 2]!) && lower[k + 2] !== 'it' && lower[k + 2] !== 'you' && (!FINITE_AFTER.test(lower[k + 3] ?? '') || NEGATIVE_CONTRACTION.test(lower[k + 3] ?? ''))) return k;
      // ", but cautioned against ...", ", and has championed ...": the speaker's next act, not what was said
      if ((w === 'and' || w === 'but') && (/^(?:has|had|also|later|then)$/.test(lower[k + 2]!) || (/^[a-z]+ed$/.test(lower[k + 2]!) && !NP_STOP.has(lower[k + 2]!)))) return k;
    }
    // "said the bank had hacked the files and she accused him of ...", "and Smith said": a clause with its own subject
    // and cue is another attribution, not more of what was said
    if ((lower[k] === 'and' || lower[k] === 'but') && !env.cap[k] && k > a + 2 && env.marks.segOfToken[k]! < 0 && k + 2 < e) {
      const subjEnd = PRONOUNS.has(lower[k + 1]!) ? k + 2 : env.cap[k + 1] || DETERMINERS.has(lower[k + 1]!) ? npForward(env, k + 1, e - 1, true) : k + 1;
      // (not "were sceptical about Labour and Conservative promises": a noun; not "officials of the party and the
      // opposition agreed": a subject of the content itself, with no clause before "and")
      if (subjEnd > k + 1 && subjEnd < e && env.isCue[subjEnd] && !env.cueInfo[subjEnd]!.participle && env.cueInfo[subjEnd]!.frame !== 'accord'
        && (PRONOUNS.has(lower[k + 1]!) || !NOUN_FORMS.has(lower[subjEnd]!)) && statementAhead(env, a, k)) return lower[k - 1] === ',' ? k - 1 : k;
    }
    // "noted that X, and added: ..." — a second cue of the same speaker
    if ((lower[k] === 'and' || lower[k] === 'but') && !env.cap[k] && env.isCue[k + 1] && !env.cueInfo[k + 1]!.participle) return lower[k - 1] === ',' ? k - 1 : k;
    if ((lower[k] === 'and' || lower[k] === 'but') && isModifier(env, k + 1) && env.isCue[k + 2] && !env.cueInfo[k + 2]!.participle) return lower[k - 1] === ',' ? k - 1 : k;
    // "said no date had been set but declined to comment", "said he makes $41,000 a year and questioned how ...": a verb
    // of the speaker's reaction in the past tense, coordinated with the cue, is the speaker's next act, not what was said
    // ("said Khan had attacked him and questioned why ...": after a perfect, "and" may go on with its participles;
    // "were unanswered and dismissed": two participles coordinated inside the content)
    if ((lower[k] === 'and' || lower[k] === 'but') && !env.cap[k] && k > a + 2 && env.marks.segOfToken[k]! < 0 && REACTION_VERBS.has(lower[k + 1]!)
      && !/[a-z]ed$/.test(lower[k - 1]!) && (lower[k] === 'but' || !lower.slice(a, k).some((x) => x === 'had' || x === 'has' || x === 'have'))) return lower[k - 1] === ',' ? k - 1 : k;
  }
  let last = e - 1;
  while (last >= a && (TERMINAL.has(lower[last]!) || lower[last] === ',' || lower[last] === ';' || lower[last] === ':')) last--;
  return last + 1;
}

/** The segments (indexes) overlapping [start, end). */
function segmentsIn(env: Env, start: number, end: number): number[] {
  const out: number[] = [];
  const { segments } = env.marks;
  const order = env.segOrder;
  // first segment starting at or after `start`, then back over earlier ones that still reach into the range
  let lo = 0, hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[order[mid]!]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  let first = lo;
  while (first > 0 && env.segMaxEnd[first - 1]! > start) first--;
  for (let i = first; i < order.length; i++) {
    const seg = segments[order[i]!]!;
    if (seg.start >= end) break;
    if (seg.end > start) out.push(order[i]!);
  }
  return out;
}

function chainRanges(env: Env, chain: number): Range[] {
  return env.marks.chains[chain]!.map((s) => ({ start: env.marks.segments[s]!.start, end: env.marks.segments[s]!.end }));
}

/**
 * Builds the content of a reported clause covering tokens [a, b): indirect, mixed when it holds a
 * quotation, direct when it is a quotation.
 */
function clauseContent(env: Env, a: number, b: number, subject = false): { kind: QuoteKind; segs: Range[] } | null {
  const { tokens, lower } = env;
  while (a < b && (lower[a] === ',' || lower[a] === ':' || lower[a] === '—')) a++;
  if (b <= a) return null;
  if (isOpener(env, a)) {
    const si = env.marks.segOfToken[a]!;
    const seg = env.marks.segments[si]!;
    const chain = seg.chain;
    const after = seg.closeTok >= 0 ? seg.closeTok + 1 : b;
    // the quotation is the whole content, or is followed only by punctuation or an adverbial phrase
    if (!env.chainUsed[chain] && (after >= b || !env.word[after] || SUBORDINATORS.has(lower[after]!) || TERMINAL.has(lower[after]!))) {
      env.chainUsed[chain] = 1;
      return { kind: 'direct', segs: chainRanges(env, chain) };
    }
  }
  // "calling themselves ...", "asked me about schools": a naming or a topic, not a statement ("said about 20 came" is a number)
  if (REFLEXIVES.has(lower[a]!) || (lower[a] === 'about' && !APPROXIMATE_AMOUNT.test(lower[a + 1] ?? ''))) return null;
  // "said yes", "said so", "said no" (an object; a subject before the cue, "This plan, he said, ...", opens a clause)
  if (!subject && b - a <= 2 && /^(?:yes|no|so|not|this|that|it|nothing|otherwise)$/.test(lower[a]!)) return null;
  const start = tokens[a]!.start, end = tokens[b - 1]!.end;
  const inner = segmentsIn(env, start, end);
  let kind: QuoteKind = 'indirect';
  let segEnd = end;
  for (const s of inner) {
    const seg = env.marks.segments[s]!;
    env.chainUsed[seg.chain] = 1;
    kind = 'mixed';
    if (seg.end > segEnd && seg.start < end) segEnd = seg.closeTok >= 0 ? tokens[seg.closeTok]!.end : seg.end;
  }
  // a quotation ending the content keeps its closing mark
  if (kind === 'mixed') {
    const k = b;
    if (k < tokens.length && isCloser(env, k)) segEnd = tokens[k]!.end;
  }
  return { kind, segs: [{ start, end: segEnd }] };
}

function attribute(env: Env, c: number, info: CueInfo): Draft | null {
  const { tokens, lower } = env;
  const S = env.xStart[c]!, E = env.xEnd[c]!;
  const cEnd = c + info.length;
  if (info.frame === 'accord') return according(env, c, cEnd, S, E);

  let L = c - 1;
  let passive = false;
  while (L >= S && isModifier(env, L)) {
    if (PASSIVE_AUX.has(lower[L]!) && !info.participle) passive = true;
    L--;
  }
  // "Experts and officials, however, said", "The union, in turn, told": a connective set off by commas between the
  // subject and the cue stands outside the subject; the attribution reads as if it were not there
  if (L - 2 >= S && lower[L] === ',' && !info.participle) {
    let o = L - 1;
    while (o > S && o >= L - 2 && isModifier(env, o)) o--;
    if (o < L - 1 && lower[o] === ',' && o - 1 >= S && env.word[o - 1] && !isModifier(env, o - 1) && !/ly$/.test(lower[o - 1]!) && !isCloser(env, o - 1)) {
      L = o - 1;
      while (L >= S && isModifier(env, L)) L--;
    }
  }
  // "did not mention", "has never said", "didn’t say": a negated cue reports that nothing was said ("not only said" says)
  for (let k = Math.max(L, S); k < c; k++) {
    if (lower[k] === 'never' || (lower[k] === 'not' && lower[k + 1] !== 'only') || (/^['’]t$/.test(lower[k]!) && k > S && /n$/.test(lower[k - 1]!))) return null;
  }
  // "Americans tend to say", "he went on to say": the subject of the verb the cue completes
  let reportedPassive = false;
  if (L - 1 >= S && lower[L] === 'to' && !info.participle) {
    if (RAISING_BEFORE_TO.has(lower[L - 1]!)) L -= 2;
    // "The minister is reported to have said": the subject of the passive report spoke
    // ("is widely reported to have said", "was also said to have told": an adverb after the auxiliary)
    else if (L - 2 >= S && lower[L + 1] === 'have' && REPORTING_PASSIVES.has(lower[L - 1]!)
      && (PASSIVE_AUX.has(lower[L - 2]!) || (L - 3 >= S && isModifier(env, L - 2) && PASSIVE_AUX.has(lower[L - 3]!)))) {
      L -= PASSIVE_AUX.has(lower[L - 2]!) ? 3 : 4;
      passive = false;
      reportedPassive = true;
    }
    else if (L - 2 >= S && lower[L - 1] === 'on' && /^(?:went|goes|go|going)$/.test(lower[L - 2]!)) L -= 3;
    while (L >= S && isModifier(env, L)) L--;
  }
  // "X was quoted (by the Courier) as saying", "X was reported as saying": X spoke, before the cue or after the content ("..., X was quoted as saying.")
  // ("X was quoted in the Herald newspaper saying: ...": the outlet without "as")
  const as = lower[L] === 'as';
  if (info.participle && L === c - 1 && (as || env.word[L])) {
    let q = as ? L - 1 : L;
    while (q > S && q > L - 8 && !QUOTED_AS.has(lower[q]!) && lower[q] !== ',' && !TERMINAL.has(lower[q]!)) q--;
    if (QUOTED_AS.has(lower[q]!) && ((as && q === L - 1) || lower[q + 1] === 'by' || (!as && lower[q + 1] === 'in')) && q - 1 > S && PASSIVE_AUX.has(lower[q - 1]!)) {
      L = q - 2;
      while (L >= S && isModifier(env, L)) L--;
      info = { ...info, participle: false };
      reportedPassive = true;
    }
  }
  if ((passive || /^(?:when|after|before|if|once|while|being)$/.test(lower[c - 1] ?? '')) && ASK_LIKE.has(lower[c]!) && cEnd < E && (WH_CLAUSE.has(lower[cEnd]!) || lower[cEnd] === 'if' || lower[cEnd] === 'about')) {
    // "when asked if he would endorse Trump, ...": the question, with no speaker
    return askedQuestion(env, c, cEnd, S, E);
  }
  if (passive && lower[cEnd] !== 'by') return null; // "rights that had been denied", "was announced"
  // "Trump at the time said", "Gov. John Kasich (R-OH) said"
  let bracketOpen = -1; // "<Burroughs Wellcome Co> said": the '<' of a bracketed name before the cue
  for (let guard = 0; guard < 2 && L > S; guard++) {
    if (lower[L] === ')') {
      let o = L - 1;
      while (o > S && o > L - 8 && lower[o] !== '(') o--;
      if (lower[o] === '(') { L = o - 1; continue; }
    }
    // wire copy brackets a stock ticker after a company ("Corvan Aircraft Co <CVN> said": skipped) and an unlisted
    // company's name ("<Burroughs Wellcome Co> said": read inside the brackets)
    if (lower[L] === '>') {
      let o = L - 1;
      while (o >= S && o > L - 10 && lower[o] !== '<') o--;
      if (o >= S && lower[o] === '<' && o + 1 < L) {
        let ticker = true;
        for (let k = o + 1; k < L; k++) if (!/^[A-Z0-9.&-]+$/.test(tokens[k]!.text)) ticker = false;
        if (ticker && o - 1 >= S && env.word[o - 1]) { L = o - 1; continue; }
        if (!ticker && env.cap[o + 1]) { L = L - 1; bracketOpen = o; break; }
      }
    }
    if (TIME_NOUNS.has(lower[L]!) && env.word[L]) {
      let o = L - 1;
      // ("a poll this summer suggested", "the minister last week said": the time the words were said, not who said them)
      while (o > S && o > L - 4 && !PP_STARTS.has(lower[o]!) && !TIME_DEICTICS.has(lower[o]!)) o--;
      if (o > S && (PP_STARTS.has(lower[o]!) || TIME_DEICTICS.has(lower[o]!))) {
        L = o - 1;
        while (L >= S && isModifier(env, L)) L--;
        continue;
      }
    }
    break;
  }

  // "Jason Sims — a teacher from Mount Pleasant — says": skip the dashed aside
  if (L > S && (lower[L] === '—' || lower[L] === '–' || lower[L] === '--')) {
    let o = L - 1;
    while (o > S && o > L - 30 && lower[o] !== lower[L]) o--;
    if (o > S && lower[o] === lower[L] && env.word[o - 1]) L = o - 1;
  }
  // "Bill Hay, chairman of the Chicago Grain Exchange, CGE, said": an acronym set off after the name it abbreviates
  // repeats that name; the attribution reads as if it were not there (with its commas, "..., an official of the Grain
  // Exchange, CGE, said"; a name opening the sentence keeps its appositive's comma)
  const named = L - 3 >= S && lower[L] === ',' && lower[L - 2] === ',' ? abbreviated(env, L - 1, L - 3, S) : -1;
  // (only for a body named as the complement of a person's title: "The Tin Council, ITC, said" is the body's word as it stands)
  const ofBody = named > S && (/^(?:of|at|for|with|from)$/.test(lower[named - 1]!) || (lower[named - 1] === 'the' && named - 1 > S && /^(?:of|at|for|with|from)$/.test(lower[named - 2]!)));
  if (ofBody) {
    const s0 = skipDateline(env, S, c);
    let fc = s0;
    while (fc < L - 2 && lower[fc] !== ',') fc++;
    let nameFirst = fc > s0 && fc < L - 2;
    for (let k = s0; nameFirst && k < fc; k++) if (!env.cap[k] && !NAME_PARTICLES.has(lower[k]!)) nameFirst = false;
    L -= nameFirst ? 2 : 3;
  }
  let speaker: Range | undefined;
  let leftB = -1; // token before the speaker construction (content-first: a comma; quote-first: a closing mark)
  let tailFrom = cEnd;
  let inverted = false;

  let introEnd = -1;
  let relEnd = -1; // the comma closing a relative clause the cue stands in
  let mainVerbAhead = false; // "A letter saying ... reached the mayor": the sentence's own verb comes after the content
  let antecedent: Range | undefined; // what a relative pronoun speaker stands for
  if (info.participle && L >= S && L - S <= 1 && INTRO_PREPS.has(lower[S]!) && (L === S || isModifier(env, L))) {
    // "After saying he was nervous, the man ...": the content ends at the comma, the speaker follows it
    let k = cEnd;
    while (k < E && !(lower[k] === ',' && env.marks.segOfToken[k]! < 0)) k++;
    if (k >= E - 1) return null;
    introEnd = k;
    const e = npForward(env, k + 1, E, true);
    if (e > k + 1) speaker = range(env, k + 1, e - 1);
    leftB = -2;
  } else if (info.participle && L >= S && env.word[L] && !NP_STOP.has(lower[L]!) && !env.isCue[L] && npBackward(env, L, S) >= 0) {
    // "GOP primary voters saying they want a ban", "a letter saying ...": the noun phrase before the participle
    const a = npBackward(env, L, S);
    speaker = range(env, a, L);
    leftB = -2;
    mainVerbAhead = a === S;
    // "The Red Cross issued a statement saying ...": a document the subject issued is the subject's word
    if (ISSUED_DOCUMENTS.has(lower[L]!) && a - 1 > S && ISSUING_VERBS.has(lower[a - 1]!)) {
      const subject = clauseSubject(env, S, a - 1);
      if (subject && subject.end <= tokens[a - 1]!.start) speaker = subject;
    }
  } else if (info.participle || (L >= S && (lower[L] === 'and' || lower[L] === 'but'))) {
    speaker = clauseSubject(env, S, c);
    leftB = -2; // never content-first
  } else if (L < S || lower[L] === ',' || isCloser(env, L)) {
    // "“X,” said Macron" / "X, said Y, ..." / "Ross, who ..., said" / "Phillips, the director, said"
    let handled = false;
    if (L >= S && lower[L] === ',' && !isCloser(env, L - 1)) {
      const pc = appositiveOpening(env, L, S);
      if (pc > S && lower[pc] === ',') {
        const firstWord = lower[pc + 1]!;
        if (firstWord === 'who' || firstWord === 'whose' || firstWord === 'which') {
          let a = npBackward(env, beforeParen(env, pc - 1, S), S);
          let b = pc - 1;
          // ("a subsidiary of a French group": the description's head with its complement)
          for (let g = 0; g < 3 && a - 2 > S && lower[a - 1] === 'of' && env.word[a - 2]; g++) {
            const x = npBackward(env, a - 2, S);
            if (x < 0) break;
            if (lower[x] !== 'a' && lower[x] !== 'an' && lower[x] !== 'the') break;
            a = x;
          }
          // "The party, a member of the ruling coalition, which forced a referendum, complained": the relative clause
          // follows an appositive description; the name the description is set off from speaks
          if (a - 2 > S && lower[a - 1] === ',' && (lower[a] === 'a' || lower[a] === 'an' || lower[a] === 'the')) {
            const o = npBackward(env, beforeParen(env, a - 2, S), S);
            if (o >= 0 && (o === S || !env.word[o - 1])) { b = beforeParen(env, a - 2, S); a = o; }
          }
          if (a >= 0) { speaker = range(env, a, b); leftB = a - 1; handled = true; }
        } else if (firstWord === 'the' && L - (pc + 2) >= 3 && allCapitalised(env, pc + 2, L) && DETERMINERS.has(lower[S]!) && npBackward(env, beforeParen(env, pc - 1, S), S) === S) {
          // "The Archbishop of Cardiff, the Most Reverend Peter Smith, told": a description, then "the" and a name with its honorifics
          speaker = range(env, pc + 1, L - 1);
          leftB = S - 1;
          handled = true;
        } else if (npBackward(env, L - 1, pc + 1) === pc + 1 || (L - pc <= 3 && /^\p{N}+$/u.test(env.tokens[pc + 1]!.text)) || describedName(env, pc + 1, L)) {
          const a = npBackward(env, beforeParen(env, pc - 1, S), S);
          if (a >= 0 && (a === S || !env.word[a - 1])) {
            // "Samantha Phillips, the city's director, said" → the name; "his top aide, Tad Devine, told" → the name
            // ("The club's chairman, Tom Chad, said": a phrase ending in a common noun describes; the name after it speaks)
            // ("The new President, Viktor Yushchenko,": a title word; "The United States, Taiwan's main partner,": a name)
            const lastOfFirst = beforeParen(env, pc - 1, S);
            const described = !env.cap[lastOfFirst] || (DETERMINERS.has(lower[a]!) && isTitleWord(lower[lastOfFirst]!));
            // ("Her neighbour, 67-year-old retiree Linda Gray, said": a described phrase, then a described name: the name)
            const secondNamed = (!env.cap[a] || described) && describedName(env, pc + 1, L);
            if (!secondNamed && ((env.cap[a] && !described) || !env.cap[pc + 1] || /^\p{N}/u.test(tokens[pc + 1]!.text))) speaker = range(env, a, beforeParen(env, pc - 1, S));
            else speaker = range(env, pc + 1, L - 1);
            leftB = a - 1;
            handled = true;
          } else if (lower[pc + 1] !== undefined && (isNameBetween(env, pc + 1, L) || describedName(env, pc + 1, L))) {
            // "In a statement, one of the family's attorneys, Justin Bamberg, said the videos show ...":
            // a name between commas right before the cue speaks; what follows the cue is what was said
            speaker = range(env, pc + 1, L - 1);
            leftB = -2;
            handled = true;
          }
        }
      }
    }
    if (!handled && L >= S && lower[L] === ',' && !isCloser(env, L - 1)) {
      const pc = appositiveOpening(env, L, S);
      const subjectEnd = beforeParen(env, pc - 1, S);
      if (pc > S && lower[pc] === ',' && env.cap[S] && env.marks.segOfToken[S]! < 0 && npBackward(env, subjectEnd, S) === S
        && (lower[pc + 1] === 'a' || lower[pc + 1] === 'an' || lower[pc + 1] === 'the'
          // ("Ann Bell, head of music at the station, said every track ...": a name, then a bare title phrase)
          || (!env.cap[pc + 1] && env.word[pc + 1] === 1 && isNameBetween(env, S, pc) && titleIn(env, pc + 1, L)))
        && !hasFiniteVerb(env, pc + 1, L)) {
        // "Joe Lee, a specialist at the accountancy firm Grant & Co, said the support ...": the subject, then an
        // appositive with a phrase of its own; what follows the cue is what was said, not an inverted speaker
        speaker = range(env, S, subjectEnd);
        leftB = -2;
        handled = true;
      }
    }
    if (!handled) {
      let f = cEnd;
      if (lower[f] === 'by') f++;
      // "said former mayor Tom Brand", "said local farmer Ann Lee, 54": lowercase descriptors before the name
      const named = !env.cap[f] && !DETERMINERS.has(lower[f]!) ? nameAfterDescriptors(env, f, E) : -1;
      const e0 = npForward(env, named > f ? named : f, E);
      // ("..., said Barclays de Zoete Wedd Ltd and Guinness Mahon as joint arrangers.", "said Morgan Stanley and Co Inc.":
      // names joined by "and" that end the clause are the speaker; "said UPS and Deutsche Post were ..." is content)
      let joined = e0;
      while (lower[joined] === 'and' && env.cap[joined + 1] === 1 && env.word[joined + 1] === 1 && !INTRO_WORDS.has(lower[joined + 1]!) && !SUBJECT_PRONOUNS.has(lower[joined + 1]!)) {
        const n = npForward(env, joined + 1, E);
        if (n <= joined + 1) break;
        joined = n;
      }
      const e = joined > e0 && (joined >= E || !env.word[joined] || lower[joined] === 'as' || PP_STARTS.has(lower[joined]!)) ? joined : e0;
      const nextW = lower[e] ?? '';
      const pc = appositiveOpening(env, L, S);
      const appositive = L >= S && lower[L] === ',' && pc > S && lower[pc] === ',' ? npBackward(env, beforeParen(env, pc - 1, S), S) : -1;
      // "Locally, say analysts, the mood has turned": a bare plural noun after the cue, closed by punctuation
      const barePlural = !env.cap[f] && e > f && e - f <= 2 && (e >= E || lower[e] === ',' || TERMINAL.has(lower[e]!)) && /^[a-z]{3,}[^s]s$/.test(lower[e - 1]!)
        && lower[e - 1] !== 'thanks' && [...Array(e - f).keys()].every((i) => isDescriptor(env, f + i));
      // ("..., said sole manager of the underwriting, Goldman Sachs and Co.": a described speaker without an article, then the name)
      const describedAfterContent = L >= S && lower[L] === ',' && !env.cap[f] && e > f && PERSON_HEADS.has(lower[tokenAtOrBefore(tokens, tokens[e - 1]!.start)]!)
        && appositiveName(env, e - 1, clauseStop(env, e, E), E) > clauseStop(env, e, E);
      // ("..., warned the BBC to steer away from ...": an object and its infinitive, not an inverted speaker)
      const objectInfinitive = nextW === 'to' && env.word[e + 1] === 1 && !env.cap[e + 1] && !DETERMINERS.has(lower[e + 1]!) && !ADDRESSEES.has(lower[e + 1]!);
      if (info.frame === 'say' && e > f && !objectInfinitive && !PRONOUNS.has(lower[f]!) && (env.cap[f] || DETERMINERS.has(lower[f]!) || named > f || barePlural || describedAfterContent) && (e >= E || !env.word[e] || nextW === 'who' || TIME_WORDS.has(nextW) || PP_STARTS.has(nextW)
        || (!NP_STOP.has(nextW) && !env.isCue[e] && !/ed$/.test(nextW)))) {
        speaker = range(env, f, e - 1);
        inverted = true;
        leftB = L;
        // the rest of the speaker phrase ("of JPMorgan Chase bank in Tokyo") runs to a comma or the end
        let k = e;
        while (k < E && lower[k] !== ',' && !TERMINAL.has(lower[k]!) && !isOpener(env, k) && lower[k] !== ':') k++;
        tailFrom = k;
        // "said the coach of the national team, Tom Smith.": the name after a described speaker is who spoke
        const name = appositiveName(env, e - 1, k, E);
        if (name > k) {
          speaker = range(env, k + 1, name - 1);
          tailFrom = name;
        } else {
          // "..., said Mike Short, chairman of the MDA.", "What this means, said Ann Lee, head of research, is that ...":
          // a title phrase after the name describes the speaker; it is no part of what was said
          const described = titleAppositiveEnd(env, k, E);
          if (described > k) tailFrom = described;
        }
      } else if (appositive >= 0 && (env.cap[appositive] || DETERMINERS.has(lower[appositive]!)) && (appositive === S || !env.word[appositive - 1])) {
        // "Texas delegate Bill Eastland, wearing a cowboy hat, said"
        speaker = range(env, appositive, beforeParen(env, pc - 1, S));
        leftB = appositive - 1;
      } else if (L >= S) {
        speaker = clauseSubject(env, S, c);
        leftB = -2;
        if (speaker) {
          const a = tokenAtOrBefore(tokens, speaker.start);
          if (a - 1 >= S && (isCloser(env, a - 1) || (lower[a - 1] === ',' && isCloser(env, a - 2)))) leftB = a - 1;
        }
      } else return null;
    }
  } else if (L >= S && (lower[L] === 'who' || lower[L] === 'which' || lower[L] === 'that') && L - 1 >= S) {
    // "Jeb Bush and Chris Christie, who say ...": the relative pronoun is the local mention
    speaker = range(env, L, L);
    leftB = -2;
    // ...standing for the noun phrase before its comma ("The mayor, who said ...")
    if (lower[L - 1] === ',' && L - 2 >= S) {
      let b = beforeParen(env, L - 2, S);
      // "Smith, 45, who ...": an age between commas is said of the name before it
      if (b - 2 >= S && /^\d{1,3}$/.test(lower[b]!) && lower[b - 1] === ',') b = beforeParen(env, b - 2, S);
      let a = npBackward(env, b, S);
      // "a coffee trader in Santos, who ...": the person, with where they are
      if (a - 2 >= S && /^(?:in|at|from)$/.test(lower[a - 1]!) && PERSON_HEADS.has(lower[a - 2]!)) {
        const p = npBackward(env, a - 2, S);
        if (p >= 0) a = p;
      }
      if (a >= 0 && env.word[b]) antecedent = range(env, a, b);
    } else if (env.word[L - 1] && lower[L] !== 'that') {
      // "a technology weblog which said ...", "the officials who said ...": a restrictive relative stands for the phrase right before it
      const a = npBackward(env, L - 1, S);
      if (a >= 0) antecedent = range(env, a, L - 1);
    } else if (isParentheticalDash(env, L - 1) && L - 2 >= S) {
      // "Official figures - which suggest that ... - were published": the phrase before the dash, the clause to the next dash
      const a = npBackward(env, L - 2, S);
      if (a >= 0 && env.word[L - 2]) antecedent = range(env, a, L - 2);
      for (let k = cEnd; k < E; k++) if (isParentheticalDash(env, k)) { relEnd = k; break; }
    }
    // "the rally, which (he) said was a sign of strength": the relative is what was said of, and the speaker is elsewhere
    if (FINITE_OPENING.test(lower[cEnd] ?? '')) return null;
    // "Smith, who told reporters the loss was small, resigned": the relative clause ends at its comma
    if (lower[L - 1] === ',') {
      for (let k = cEnd; k < E; k++) {
        const w = lower[k + 1] ?? '';
        // (", was jailed", ", will stand down": a finite auxiliary after the comma is the main clause's verb too)
        if (lower[k] === ',' && env.marks.segOfToken[k]! < 0 && k + 1 < E && env.word[k + 1] && !env.cap[k + 1] && ((!NP_STOP.has(w) && !DETERMINERS.has(w) && !PRONOUNS.has(w) && !SUBORDINATORS.has(w)) || FINITE_AUXILIARIES.has(w))) { relEnd = k; break; }
        if (isOpener(env, k)) break;
      }
    }
  } else if (nameBeforeAppositive(env, L, S) >= 0) {
    // "“…,” Anna Berg, editor of Chipwatch.com told the BBC": the appositive's closing comma is missing; the
    // name between the quotation and the appositive speaks (rule quote.cue, frame table quotes/lexicon.ts)
    const comma = nameBeforeAppositive(env, L, S);
    speaker = range(env, comma + 1, npBackward(env, L, S) - 2);
    leftB = comma;
  } else {
    let a = npBackward(env, L, S);
    if (a < 0) return null;
    // "Farmers in the valley said", "The basic trends in the data suggested": a phrase that opens the clause, then
    // a place or setting after a preposition; the clause's subject is the first phrase, the second only locates it
    if (a - 2 >= S && SUBJECT_PPS.has(lower[a - 1]!) && !PRONOUNS.has(lower[a]!) && !/^(?:its|his|her|their|our|my|your)$/.test(lower[a]!) && env.word[a - 2] && !env.isCue[a - 2]
      && !/(?:ed|ing)$/.test(lower[a - 2]!) && !IRREGULAR_PAST_FORMS.has(lower[a - 2]!)) {
      const a0 = npBackward(env, a - 2, S);
      const s0 = skipDateline(env, S, c);
      if (a0 >= S && a0 === s0 && !INTRO_WORDS.has(lower[a0]!) && !PP_STARTS.has(lower[a0]!) && !SENTENCE_START_ADVERBS.has(lower[a0]!)) a = a0;
    }
    // "a young woman who had been a student in Ohio asked", "the officials who met the minister said": a relative
    // clause between the subject and its verb ends in a noun phrase of its own; the phrase before "who" speaks
    // (not "the congressman who gained fame when he yelled": a pronoun subject is the subject)
    for (let w = a - 1; w > S && w >= a - 12 && !PRONOUNS.has(lower[a]!); w--) {
      if (!env.word[w] || env.isCue[w] || INTRO_WORDS.has(lower[w]!)) break;
      if (lower[w] !== 'who') continue;
      const a0 = env.word[w - 1] && !PRONOUNS.has(lower[w - 1]!) && env.word[w + 1] && !env.cap[w + 1] && !DETERMINERS.has(lower[w + 1]!) && !PRONOUNS.has(lower[w + 1]!) ? npBackward(env, w - 1, S) : -1;
      // (the phrase is no object of a preposition, nor set off by a comma after a name — "residents in Jupiter, Florida
      // who ...", "Nate Silver, the polling guru who founded it, tweeted" — unless the clause opened with an adverbial:
      // "At the town hall in Ho Chi Minh City, a young woman who ...")
      const s0 = skipDateline(env, S, c);
      const opens = a0 >= S && a0 < w && !PP_STARTS.has(lower[a0 - 1] ?? '') && lower[a0 - 1] !== 'of'
        && !(lower[a0 - 1] === ',' && env.cap[a0 - 2] && !PP_STARTS.has(lower[s0]!) && !INTRO_WORDS.has(lower[s0]!));
      if (opens) { a = a0; L = w - 1; }
      break;
    }
    const subject = subjectBeforeOccasion(env, L, S);
    if (subject) { speaker = range(env, subject[0], subject[1]); leftB = subject[0] - 1; }
    // "“…,” city police Chief Tom Brand said", "“…,” Leeds council leader Ann Lee said": descriptors (and the
    // place or body they belong to) between the quotation and the name are the speaker phrase too
    if (env.cap[a]) {
      let m = a - 1;
      while (m >= S && m >= a - MAX_DESCRIPTORS - 1 && (isDescriptor(env, m) || (env.cap[m] && env.word[m] === 1 && !SENTENCE_START_ADVERBS.has(lower[m]!)) || isPossessiveAt(tokens, m))) m--;
      if (m < a - 1 && m > S && DETERMINERS.has(lower[m]!)) m--; // "the city’s police chief ..."
      if (m < a - 1 && m >= S && (isCloser(env, m) || (lower[m] === ',' && isCloser(env, m - 1)))) a = m + 1;
    }
    // "whatever Europe says", "as he said" — but "As Porter told The Guardian, “...”" introduces the quotation
    if (a - 1 >= S && WH_BEFORE_SPEAKER.has(lower[a - 1]!) && !(lower[a - 1] === 'as' && a - 1 === S && introducesQuotation(env, cEnd, E))) return null;
    if (!subject) {
      speaker = range(env, a, L);
      leftB = a - 1;
    }
  }

  if (bracketOpen >= 0 && leftB === bracketOpen) leftB = bracketOpen - 1;
  // "the statement read": only a document reads so ("he read that ..." reports reading, not saying)
  const documentCue = DOCUMENT_CUES.has(lower[c]!);
  if (documentCue && !(speaker && documentIn(env, speaker))) return null;
  // "Prices will fall, or so the bank argues.": the content before ", or so"
  if (leftB - 2 >= S && lower[leftB] === 'so' && lower[leftB - 1] === 'or' && lower[leftB - 2] === ',') leftB -= 2;
  // the addressee of "told": "told reporters (that)", "told Reuters the loan ..."
  let tellInfinitive = false; // "told ministries to curb spending": an addressee the reader did not take for one, then its infinitive
  if (info.frame === 'tell' && !inverted) {
    const after = skipAddressee(env, tailFrom, E);
    // "told Jeb Bush to quiet down": the addressee and the infinitive are the content, as with "urged"
    let k = after;
    while (k < E && k < after + 4 && lower[k] !== 'to' && env.word[k] && !env.cap[k] && !DETERMINERS.has(lower[k]!) && !PRONOUNS.has(lower[k]!) && lower[k] !== 'that') k++;
    const infinitive = lower[k] === 'to' && k + 1 < E && ((env.word[k + 1] && !env.cap[k + 1] && !DETERMINERS.has(lower[k + 1]!)) || isOpener(env, k + 1));
    if (infinitive && after > tailFrom) {
      const content = clauseContent(env, tailFrom, clauseEnd(env, tailFrom, E));
      if (!content) return null;
      return finish(env, { kind: content.kind, cueTok: c, cueLen: info.length, segs: content.segs, speaker, antecedent, evStart: tokens[S]!.start, evEnd: tokens[E - 1]!.end, mergeAfter: -1, rule: reportedPassive ? 'quote.cue.passive' : 'quote.cue' });
    }
    if (lower[after] === 'about' || lower[after] === 'of') return null; // "told the board about the loss": a topic, not what was said
    tellInfinitive = infinitive;
    tailFrom = after;
  }
  let tail = info.frame === 'urge' || info.frame === 'np' || info.frame === 'call'
    ? (tailFrom < E && env.word[tailFrom] ? { kind: 'clause', at: tailFrom, that: false } as Tail : readTail(env, tailFrom, E))
    : readTail(env, tailFrom, E);
  // "said, however, that ...", "said, this morning, the outbreak ...": an aside between commas, then the
  // content (only when no content, just an adverb or two, stands before the speaker: there the comma opens its second part)
  if (tail.kind === 'comma' && !inverted && (leftB < S || (lower[leftB] === ',' && leftB < S + 4 && !isCloser(env, leftB - 1)))) tail = afterAside(env, tail.at, E) ?? tail;

  const draft: Draft = { kind: 'indirect', cueTok: c, cueLen: info.length, segs: [], speaker, antecedent, evStart: tokens[S]!.start, evEnd: tokens[E - 1]!.end, mergeAfter: -1, rule: reportedPassive ? 'quote.cue.passive' : documentCue ? 'quote.cue.document' : 'quote.cue' };

  // quote first: “X,” he said / “X,” said Macron
  let qb = leftB >= 0 && lower[leftB] === ',' && isCloser(env, leftB - 1) ? leftB - 1 : leftB;
  // `“We are ready.” Smith said.` — the sentence splitter ended the sentence inside the marks: the quotation just before
  // (`“Perhaps …” Pete said, scratching his head.`: a participle aside after the cue changes nothing)
  const asideOnly = tail.kind === 'empty' || (tail.kind === 'comma' && /[a-z]ing$/.test(lower[tail.at] ?? '') && !NOT_PARTICIPLES.has(lower[tail.at]!));
  if (leftB === S - 1 && S > 0 && isCloser(env, S - 1) && asideOnly && !inverted && env.sentOf[S - 1] === env.sentOf[S] - 1) {
    const seg = env.marks.segments[env.marks.segOfToken[S - 1]!]!;
    if (!env.chainUsed[seg.chain] && env.doc.sentences[env.sentOf[S - 1]!]!.paragraph === env.doc.sentences[env.sentOf[S]!]!.paragraph) {
      env.chainUsed[seg.chain] = 1;
      draft.kind = 'direct';
      draft.segs = chainRanges(env, seg.chain);
      draft.evStart = env.tokens[env.xStart[seg.openTok]!]!.start;
      draft.mergeAfter = tokens[E - 1]!.end;
      return finish(env, draft);
    }
  }
  // "On “Fox News Sunday,” Pence said his running mate ...": a quotation inside a phrase before the
  // speaker is a title or a fragment, and the clause after the cue is what was said
  const embedded = qb >= S && isCloser(env, qb) && !opensClause(env, env.marks.segments[env.marks.segOfToken[qb]!]!.chain, S);
  // (`About his “protégé” he wrote, “He has been ...”`: so is a quotation after the cue)
  if (embedded && (tail.kind === 'clause' || (tail.kind === 'quote' && !env.chainUsed[env.marks.segments[tail.seg]!.chain])) && !inverted) qb = -1;
  if (embedded && qb >= 0) {
    // "the prime minister ''looked ashen,'' Mr. Arad said": the quotation is part of the reported clause
    const open = env.marks.segments[env.marks.chains[env.marks.segments[env.marks.segOfToken[qb]!]!.chain]![0]!]!.openTok;
    let a = open - 1;
    while (a > S && !(lower[a] === ',' && env.marks.segOfToken[a]! < 0) && lower[a] !== ':' && lower[a] !== ';') a--;
    if (a > S || lower[a] === ',') a++;
    const content = clauseContent(env, a, leftB + (lower[leftB] === ',' ? 0 : 1));
    if (!content) return null;
    draft.kind = content.kind === 'indirect' ? 'mixed' : content.kind;
    draft.segs = content.segs;
    return finish(env, draft);
  }
  if (qb >= S && isCloser(env, qb)) {
    const chain = env.marks.segments[env.marks.segOfToken[qb]!]!.chain;
    if (env.chainUsed[chain]) return null;
    env.chainUsed[chain] = 1;
    draft.kind = 'direct';
    draft.segs = chainRanges(env, chain);
    const resumed = tail.kind === 'quote' ? tail.seg : tail.kind === 'comma' ? resumedAfterAside(env, tail.at, E) : -1;
    if (resumed >= 0) {
      const ch2 = env.marks.segments[resumed]!.chain;
      if (!env.chainUsed[ch2] && !followedByCue(env, resumed)) {
        env.chainUsed[ch2] = 1;
        draft.segs.push(...chainRanges(env, ch2));
      }
    } else {
      draft.mergeAfter = tokens[E - 1]!.end;
    }
    return finish(env, draft);
  }

  if (tail.kind === 'quote' && !inverted && tail.at === skipAdverbials(env, tailFrom, E)) {
    // "said “X” every time ..." — a quotation straight after the cue may be part of a longer clause
    const content = clauseContent(env, tail.at, clauseEnd(env, tail.at, E));
    if (!content) return null;
    draft.kind = content.kind;
    draft.segs = content.segs;
    if (content.kind === 'direct') draft.mergeAfter = quotationEndsSentence(env, tail.seg, E);
    return finish(env, draft);
  }
  if (tail.kind === 'quote') {
    const chain = env.marks.segments[tail.seg]!.chain;
    if (env.chainUsed[chain]) return null;
    env.chainUsed[chain] = 1;
    draft.kind = 'direct';
    draft.segs = chainRanges(env, chain);
    // `He said: "X."¶"Y."`: a quotation that opens the next paragraph with no cue of its own goes on with it
    draft.mergeAfter = quotationEndsSentence(env, tail.seg, E);
    return finish(env, draft);
  }
  if (info.frame === 'call') {
    // "called X “Y”", "called him a kind person" (naming), not "called the police" or "called an emergency session"
    if (tail.kind !== 'clause' || inverted) return null;
    const end = clauseEnd(env, tail.at, E);
    if (end <= tail.at) return null;
    if (segmentsIn(env, tokens[tail.at]!.start, tokens[end - 1]!.end).length === 0) {
      const o = tail.at;
      const e = OBJECT_PRONOUN.test(lower[o]!) ? o + 1 : npForward(env, o, end);
      // "called him a liar", "called the charges unfounded": an object and what it is called
      const ADJ = /(?:ed|al|ous|ic|ful|less|ive|able|ible|ent|ant|ary)$/;
      const last = end - 1; // the noun phrase reader takes "the charges unfounded" whole: its last word may be the predicate
      const predicative = e < end ? ((lower[e] === 'a' || lower[e] === 'an') && !NOT_A_NAMING.has(lower[e + 1] ?? '')) || (env.word[e] === 1 && !env.cap[e] && e === last && ADJ.test(lower[e]!))
        : last - o >= 2 && !env.cap[last] && ADJ.test(lower[last]!);
      // "called her vote in favor of the war a mistake": the object runs on through a phrase before "a" + the name
      let later = false;
      for (let k = e + 1; !predicative && k < end && k < o + 14; k++) {
        if ((lower[k] === 'a' || lower[k] === 'an') && env.word[k - 1] && !PP_STARTS.has(lower[k - 1]!) && !NOT_A_NAMING.has(lower[k + 1] ?? '') && k + 1 < end) { later = true; break; }
        if (env.isCue[k] || lower[k] === ',' || lower[k] === 'that' || lower[k] === 'to') break;
      }
      if (e <= o || !(predicative || later)) return null;
    }
  }
  if (tail.kind === 'clause' && !inverted && ASK_LIKE.has(lower[c]!) && !tail.that) {
    // "asked how he was feeling", "asked Mook if ...", "asked the congregation to stand"
    let k = tail.at;
    if (!WH_CLAUSE.has(lower[k]!) && lower[k] !== 'if') {
      const e2 = npForward(env, k, E);
      k = e2 > k ? e2 : k;
      // ("explained the rules to the players": after "explain", "to" and a noun phrase is who heard it, and the
      // noun phrase before it the thing explained, not a statement)
      if (lower[k] === 'to' && e2 > tail.at && /^explain/.test(lower[c]!)) return null;
      if (lower[k] === 'to' && e2 > tail.at) k = tail.at;
      else if (!(WH_CLAUSE.has(lower[k]!) || lower[k] === 'if' || lower[k] === 'about')) return null;
    }
    const end = clauseEnd(env, k, E);
    const content = clauseContent(env, k, end);
    if (!content) return null;
    draft.kind = content.kind;
    draft.segs = content.segs;
    return finish(env, draft);
  }
  if (tail.kind === 'clause' && !inverted && !tail.that && !objectIsSpeech(env, c, tail.at, E, antecedent ?? speaker)) return null;
  if (tail.kind === 'clause' && !inverted) {
    // (a participle's subject is far less sure: "criticised the minister for claiming the plan would ...")
    if (!tail.that && info.weak && !isOpener(env, tail.at) && !looksLikeClause(env, tail.at, E, !info.participle) && !(COMMISSIVES.test(lower[c]!) && lower[tail.at] === 'to')) return null;
    // "emphasizes consumerism", "cited the report", "denied the charges": a verb of saying with a plain noun phrase names
    // a topic or an act; what is said is a statement, a clause with a finite verb (or a quotation, an infinitive, a
    // question word, a gerund)
    // ("called for", "accused ... of", "pointed to" take their noun phrase by design: they keep it)
    // ("told a slightly different tale", "told the court his story": after the addressee, "tell" reports a statement only)
    if (!tail.that && (info.frame === 'say' || (info.frame === 'tell' && !tellInfinitive) || /^cit/.test(lower[c]!)) && !isOpener(env, tail.at) && !statementAhead(env, tail.at, clauseEnd(env, tail.at, E))) return null;
    // "said what he wanted" names a topic; "noted what many had feared", "pointed out how ..." report a fact
    if (!tail.that && info.frame === 'say' && WH_CLAUSE.has(lower[tail.at]!) && !ASK_LIKE.has(lower[c]!) && !(WH_REPORTING.test(lower[c]!) && /^(?:what|how|why)$/.test(lower[tail.at]!))) return null;
    let end = introEnd > 0 ? introEnd : relEnd > tail.at ? relEnd : clauseEnd(env, tail.at, E);
    if (mainVerbAhead) end = beforeMainVerb(env, tail.at, end);
    const content = clauseContent(env, tail.at, end);
    if (!content) return null;
    draft.kind = content.kind;
    draft.segs = content.segs;
    return finish(env, draft);
  }
  // "In it, Norton observed:¶... fraud and corruption prevent ...": a cue and a colon end the paragraph,
  // the next paragraph (without quotation marks) is the block quotation
  if (tail.kind === 'empty' && !inverted && speaker && lower[E - 1] === ':' && env.marks.segOfToken[E - 1]! < 0) {
    const block = paragraphAfter(env, E - 1);
    if (block) {
      draft.kind = 'direct';
      draft.segs = [block];
      draft.rule = 'quote.block';
      return finish(env, draft);
    }
  }
  // content first: "X, he said." / "X, he said, Y."
  if (leftB >= S + 1 && lower[leftB] === ',') {
    // the left part is a subject when its clause goes on after the attribution ("This plan, he said, was ...")
    const continued = tail.kind === 'comma' && tail.at < E && env.word[tail.at] === 1 && ((FINITE_AFTER.test(lower[tail.at]!) && !/^['’]/.test(lower[tail.at]!)) || (/^[a-z]+(?:s|ed)$/.test(lower[tail.at]!) && !env.cap[tail.at]) || clauseAhead(env, tail.at, E));
    // "Locally, say analysts, the mood has turned", "Most importantly, he said, ...": an adverb before the
    // attribution is no content of its own; the clause after it is
    const adverbOnly = tail.kind === 'comma' && leftB - S <= 2 && (/^[a-z]{3,}ly$/.test(lower[leftB - 1]!) || INTRO_ADVERBS.has(lower[leftB - 1]!));
    const left = adverbOnly ? null : leftContent(env, S, leftB, continued);
    if (!left && !adverbOnly) return null;
    draft.kind = left?.kind ?? 'indirect';
    draft.segs = left?.segs ?? [];
    if (tail.kind === 'comma') {
      const a = tail.at;
      // "Too often, Mr. Clarke said, the debate is infected ...": a determiner or a gerund after the comma
      // opens the rest of the content when a clause follows, else an aside ("he said, the first time ...")
      const opensRest = !SUBORDINATORS.has(lower[a]!) && !/ing$/.test(lower[a]!) || clauseAhead(env, a, E);
      if (a < E && env.word[a] && opensRest && !env.isCue[a]) {
        const second = clauseContent(env, a, clauseEnd(env, a, E));
        if (second) {
          draft.segs.push(...second.segs);
          if (second.kind !== 'indirect') draft.kind = draft.kind === 'direct' && second.kind === 'direct' ? 'direct' : 'mixed';
        }
      } else if (isOpener(env, a)) {
        const chain = env.marks.segments[env.marks.segOfToken[a]!]!.chain;
        if (!env.chainUsed[chain]) { env.chainUsed[chain] = 1; draft.segs.push(...chainRanges(env, chain)); }
      }
    }
    return finish(env, draft);
  }
  return null;
}

/**
 * After the comma at `comma`, a phrase describing the person named before it ("chairman of the MDA", "a
 * spokesman for the firm"): lowercase, with a title word and no verb, up to the next comma or the sentence's
 * end. Returns that comma or end, or -1.
 */
function titleAppositiveEnd(env: Env, comma: number, E: number): number {
  const { lower } = env;
  const a = comma + 1;
  if (lower[comma] !== ',' || a >= E || env.word[a] !== 1 || env.cap[a]) return -1;
  if (lower[a] !== 'a' && lower[a] !== 'an' && lower[a] !== 'the' && (SUBORDINATORS.has(lower[a]!) || NP_STOP.has(lower[a]!) || PRONOUNS.has(lower[a]!))) return -1;
  let m = a;
  while (m < E && m < a + 16 && lower[m] !== ',' && !TERMINAL.has(lower[m]!) && !isOpener(env, m) && lower[m] !== ':' && lower[m] !== ';') m++;
  if (m >= a + 16 || isOpener(env, m) || m === a) return -1;
  return titleIn(env, a, m) && !hasFiniteVerb(env, a, m) ? m : -1;
}

/** A person noun or title word ("head", "economist", "spokesman") among the lowercase words of [a, b). */
function titleIn(env: Env, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (env.word[k] === 1 && !env.cap[k] && isTitleWord(env.lower[k]!)) return true;
  return false;
}

/** Tokens [a, b) are a personal name: two to four capitalised words (initials and hyphens allowed). */
function isNameBetween(env: Env, a: number, b: number): boolean {
  if (b - a < 2 || b - a > 5) return false;
  for (let k = a; k < b; k++) if (!(env.cap[k] || env.lower[k] === '.' || env.lower[k] === '-') || SENTENCE_START_ADVERBS.has(env.lower[k]!)) return false;
  return env.cap[a] === 1 && env.cap[b - 1] === 1;
}
/** Tokens [a, b) are a personal name after one to three descriptors: "67-year-old retiree Linda Gray". */
function describedName(env: Env, a: number, b: number): boolean {
  const n = nameAfterDescriptors(env, a, b);
  return n > a && isNameBetween(env, n, b);
}
/** At most this many lowercase words describe a name after or before a quotation ("former deputy mayor"). */
const MAX_DESCRIPTORS = 3;
/** A lowercase word that may describe a person before their name: "former", "mayor", "local", "34-year-old", "9/11". */
function isDescriptor(env: Env, k: number): boolean {
  const w = env.lower[k]!;
  return env.word[k] === 1 && !env.cap[k] && !env.isCue[k] && !NP_STOP.has(w) && !DETERMINERS.has(w) && !PRONOUNS.has(w)
    && !TIME_WORDS.has(w) && (!/^\p{N}/u.test(w) || /^\p{N}+(?:\/\p{N}+|-[a-z-]+)$/u.test(w)) && !/^[a-z]+ly$/.test(w) && !FINITE_AFTER.test(w);
}
/** The first token of a name after up to MAX_DESCRIPTORS descriptors from `f` ("former mayor Tom Brand"), or -1. */
function nameAfterDescriptors(env: Env, f: number, E: number): number {
  let k = f;
  while (k < E && k < f + MAX_DESCRIPTORS && isDescriptor(env, k)) k++;
  return k > f && k < E && env.cap[k] && env.word[k] === 1 ? k : -1;
}

/** The quotation starts its clause: nothing but punctuation (or a dateline) before its opening mark. */
function opensClause(env: Env, chain: number, S: number): boolean {
  const open = env.marks.segments[env.marks.chains[chain]![0]!]!.openTok;
  if (open <= S) return true;
  const p = open - 1;
  const w = env.lower[p]!;
  if (!env.word[p] && !/^['’]s$/.test(w)) return true; // , : — ( or another quotation (not "CBS’s “Face the Nation”")
  if (skipDateline(env, S, open) === open) return true;
  // "...backing from Universal and Warner Bros. “The benefits are obvious,” said ...": the sentence ended at the
  // abbreviation's period, which the splitter kept; a capitalised quotation after it opens a new one
  if (w.length >= 3 && w.endsWith('.') && env.cap[open + 1]) return true;
  return LEAD_CONJ.has(w) && p === S; // "But “...,” he said"
}

/** "Rep. Elijah Cummings (D-Md.)": the token before a closing parenthetical, else k. */
/** Whether tokens [a, b) hold a finite verb form that would make them a clause, not an appositive. */
function hasFiniteVerb(env: Env, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (FINITE_AFTER.test(env.lower[k]!) || env.isCue[k]) return true;
  return false;
}

/** Whether tokens [a, b) are all capitalised words (or initials' periods). */
function allCapitalised(env: Env, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!(env.cap[k] || env.lower[k] === '.')) return false;
  return true;
}

/** The first comma, terminal mark, opening quotation or colon at or after `k` (before `E`). */
function clauseStop(env: Env, k: number, E: number): number {
  while (k < E && env.lower[k] !== ',' && !TERMINAL.has(env.lower[k]!) && !isOpener(env, k) && env.lower[k] !== ':') k++;
  return k;
}

/** Whether a speaker phrase is headed by a document ("a BBC statement", "a statement from the council"). */
function documentIn(env: Env, r: Range): boolean {
  for (let k = tokenAtOrBefore(env.tokens, r.start); k < env.tokens.length && env.tokens[k]!.start < r.end; k++) {
    if (READING_DOCUMENTS.has(env.lower[k]!)) return true;
    if (PP_STARTS.has(env.lower[k]!)) return false; // "the man with the letter"
  }
  return false;
}

/** A dash standing apart from its neighbours (" - ", " – ", "—"), as around a parenthetical clause; not "well-known". */
function isParentheticalDash(env: Env, k: number): boolean {
  const w = env.lower[k];
  if (w === '—' || w === '–' || w === '--') return true;
  return w === '-' && k > 0 && k + 1 < env.tokens.length && env.tokens[k]!.start > env.tokens[k - 1]!.end && env.tokens[k + 1]!.start > env.tokens[k]!.end;
}

/**
 * For `“…,” Anna Berg, editor of Chipwatch.com told`: a lowercase appositive ending at `L` opens after a comma, and
 * before that comma stand one to four capitalised words right after a quotation (and its comma). Returns the
 * token that closes the quotation or the comma after it, or -1.
 */
function nameBeforeAppositive(env: Env, L: number, S: number): number {
  const a = npBackward(env, L, S);
  if (a < 0 || env.cap[a] || a - 2 <= S || env.lower[a - 1] !== ',') return -1;
  let m = a - 2;
  while (m > S && m >= a - 6 && ((env.cap[m] && env.word[m]) || (env.lower[m] === '.' && env.cap[m - 1]))) m--;
  if (m >= a - 2 || !env.cap[m + 1]) return -1;
  if (isCloser(env, m)) return m; // `“…,” Anna Berg`
  if (env.lower[m] === ',' && m - 1 >= S && isCloser(env, m - 1)) return m; // `“…”, Anna Berg`
  // "..., Rick Baron, senior director of marketing said.": a reported clause, a full name, then a title phrase
  // without its closing comma
  return env.lower[m] === ',' && m - 1 >= S && env.word[m - 1] === 1 && a - 1 - (m + 1) >= 2 && !DETERMINERS.has(env.lower[a]!) && titleIn(env, a, L + 1) ? m : -1;
}

/**
 * "Smith in a statement said", "The company in its annual report said", "Lindner in previous SEC filings has stressed",
 * "Smith in an interview with the paper said": the phrase before the cue names the occasion of saying, and the noun
 * phrase before its preposition, opening the clause, is the speaker. Returns that phrase's first and last tokens.
 */
function subjectBeforeOccasion(env: Env, L: number, S: number): [number, number] | null {
  const { lower } = env;
  let p = L - 1;
  while (p > S && L - p <= 8 && env.word[p] === 1 && !env.isCue[p] && !/^(?:in|during|through|via)$/.test(lower[p]!)) p--;
  if (p <= S || !/^(?:in|during|through|via)$/.test(lower[p]!) || !env.word[p - 1]) return null;
  // the occasion is the phrase's head: its last word, or the word before a second preposition ("an interview with the paper")
  let head = -1;
  for (let k = p + 1; k <= L; k++) {
    if (SPEECH_OCCASIONS.has(lower[k]!) && (k === L || /^(?:with|to|on|at|for|before)$/.test(lower[k + 1]!))) { head = k; break; }
    if (NP_STOP.has(lower[k]!)) break;
  }
  if (head < 0) return null;
  const s = npBackward(env, p - 1, S);
  if (s < 0 || (s > S && env.word[s - 1] === 1 && !LEAD_CONJ.has(lower[s - 1]!))) return null;
  return [s, p - 1];
}

/**
 * The quotation that resumes a split quotation after an aside following its attribution: "“X,” Tester said, referring
 * to the excuse, “Y.”" (a participle phrase that is no cue of its own: "adding" starts a new quote), "“X,” he said,
 * but “Y.”". Returns its segment, or -1.
 */
function resumedAfterAside(env: Env, at: number, E: number): number {
  const { lower } = env;
  if (at >= E || !env.word[at]) return -1;
  if ((lower[at] === 'but' || lower[at] === 'and') && isOpener(env, at + 1)) return env.marks.segOfToken[at + 1]!;
  if (!/^[a-z]{3,}ing$/.test(lower[at]!) || NOT_PARTICIPLES.has(lower[at]!)) return -1;
  // ("pointing to the stands", "referring to the excuse": a cue with a noun phrase object may stand in the aside)
  const own = env.isCue[at] ? cueAt(lower, at) : undefined;
  if (env.isCue[at] && own?.frame !== 'np') return -1;
  for (let j = at + (own?.length ?? 1); j < E && j < at + 16; j++) {
    if (lower[j] === ',' && isOpener(env, j + 1)) return env.marks.segOfToken[j + 1]!;
    if (TERMINAL.has(lower[j]!) || isOpener(env, j) || env.isCue[j] || lower[j] === ';' || lower[j] === ':') return -1;
  }
  return -1;
}

/**
 * Whether tokens [a, e) are a content-first attribution closing the sentence: a noun phrase, a cue that is not a
 * participle, and at most an addressee or a time after it ("party sources told the BBC", "union leaders said on Monday").
 */
function trailingAttribution(env: Env, a: number, e: number): boolean {
  const { lower } = env;
  if (/^(?:which|who|whom|whose|where|when|as|while|and|but|or|if|because|since|although|though|so|then)$/.test(lower[a]!)) return false;
  // the speaker phrase: words up to the cue ("a spokesman for the ministry said")
  let m = a;
  while (m < e && m < a + 8 && !env.isCue[m] && (env.word[m] || isPossessiveAt(env.tokens, m))) m++;
  if (m <= a || m >= e || !env.isCue[m] || env.cueInfo[m]!.participle || env.cueInfo[m]!.frame === 'accord') return false;
  if (npBackward(env, m - 1, a) !== a && !(m - a >= 3 && PERSON_HEADS.has(lower[a + 1]!))) return false;
  let rest = m + env.cueInfo[m]!.length;
  while (rest < e && TERMINAL.has(lower[e - 1]!)) e--;
  if (e - rest > 6) return false;
  for (let k = rest; k < e; k++) if (!env.word[k] || lower[k] === 'that' || env.isCue[k] || isOpener(env, k)) return false;
  return true;
}

/**
 * The comma that opens the appositive closed by the comma at `L` (or S when there is none). A place named with its
 * state or country inside the appositive ("Corp, a Tampa, Fla., investment firm, said", "Lindner, the Cincinnati,
 * Ohio, investor who ..., said") has commas of its own: the appositive opens before its article.
 */
function appositiveOpening(env: Env, L: number, S: number): number {
  const { lower, cap } = env;
  let pc = L - 1;
  while (pc > S && lower[pc] !== ',') pc--;
  // ("Fla.", "Ky.": the state's abbreviation with its period)
  const st = lower[pc - 1] === '.' && cap[pc - 2] ? pc - 2 : pc - 1;
  if (st - 4 > S && cap[st] && lower[st - 1] === ',' && cap[st - 2] && DETERMINERS.has(lower[st - 3]!) && lower[st - 4] === ',') return st - 4;
  return pc;
}

function beforeParen(env: Env, k: number, S: number): number {
  if (env.lower[k] !== ')') return k;
  let o = k - 1;
  while (o > S && o > k - 8 && env.lower[o] !== '(') o--;
  return env.lower[o] === '(' && o - 1 >= S ? o - 1 : k;
}

/** A quotation followed directly by its own cue ("“Y,” she added") is not a continuation. */
function followedByCue(env: Env, seg: number): boolean {
  const s = env.marks.segments[seg]!;
  if (s.closeTok < 0) return false;
  const x = env.xStart[s.closeTok]!;
  for (let k = s.closeTok + 1; k < Math.min(env.tokens.length, s.closeTok + 8) && env.xStart[k] === x; k++) if (env.isCue[k]) return true;
  return false;
}

/** Content before a comma-attribution: from the sentence start to the comma. */
function leftContent(env: Env, S: number, comma: number, continued = false): { kind: QuoteKind; segs: Range[] } | null {
  const { lower, tokens } = env;
  const a = skipDateline(env, S, comma);
  // one word is too little to be a statement ("Yes, he said."), except a demonstrative subject whose
  // clause goes on after the attribution: "This, he said, was a mistake."
  if (comma - a < 2 && !(continued && comma - a === 1 && DEMONSTRATIVE_SUBJECTS.has(lower[a]!))) return null;
  // a quotation that is the whole left part
  if (isOpener(env, a)) {
    const seg = env.marks.segments[env.marks.segOfToken[a]!]!;
    if (seg.closeTok >= comma - 1 && !env.chainUsed[seg.chain]) {
      env.chainUsed[seg.chain] = 1;
      return { kind: 'direct', segs: chainRanges(env, seg.chain) };
    }
  }
  return clauseContent(env, a, comma, continued);
}

function according(env: Env, c: number, cEnd: number, S: number, E: number): Draft | null {
  const { tokens, lower } = env;
  // ("according to state media", "according to report sources": a word that could be a cue is a modifier here)
  const e = env.isCue[cEnd] && !env.cap[cEnd] && cEnd + 1 < E && env.word[cEnd + 1] ? Math.max(cEnd + 1, npForward(env, cEnd + 1, E)) : npForward(env, cEnd, E);
  if (e <= cEnd) return null;
  // "according to the plan": in keeping with it, nobody said anything
  const headWord = DETERMINERS.has(lower[cEnd]!) && cEnd + 1 < e ? cEnd + 1 : cEnd;
  if (ACCORDANCE_HEADS.has(lower[e - 1]!) || ACCORDANCE_HEADS.has(lower[headWord]!) || (e < E && ACCORDANCE_HEADS.has(lower[e]!))) return null;
  let spkEnd = e;
  // "according to a report by X", "according to officials in Kyiv": run to the comma or sentence end
  const maxRun = c === S ? 30 : 8;
  while (spkEnd < E && lower[spkEnd] !== ',' && !TERMINAL.has(lower[spkEnd]!) && spkEnd - e < maxRun && !env.isCue[spkEnd] && lower[spkEnd] !== 'that') spkEnd++;
  const draft: Draft = { kind: 'indirect', cueTok: c, cueLen: 2, segs: [], speaker: range(env, cEnd, e - 1), evStart: tokens[S]!.start, evEnd: tokens[E - 1]!.end, mergeAfter: -1, rule: 'quote.according-to' };
  // "according to a study published in Nature": the phrase may have taken in the participle after its noun
  const participleInPhrase = e - 2 >= cEnd && DOCUMENT_PARTICIPLE.test(lower[e - 1]!) && ISSUED_DOCUMENTS.has(lower[e - 2]!);
  const docEnd = participleInPhrase ? e - 1 : e;
  // "according to a statement from the ministry", "a report by Human Rights Watch": the body that issued it speaks
  if (ISSUED_DOCUMENTS.has(lower[docEnd - 1]!) && docEnd < E) {
    const phrase = draft.speaker;
    let p = docEnd;
    // ("released by", "put out by", "drawn up by", "carried out by", "compiled by": a participle, a particle, "by")
    if (DOCUMENT_PARTICIPLE.test(lower[p]!) && (lower[p + 1] === 'by' || ((lower[p + 1] === 'out' || lower[p + 1] === 'up') && lower[p + 2] === 'by'))) p += lower[p + 1] === 'by' ? 1 : 2;
    if ((lower[p] === 'from' || lower[p] === 'by' || lower[p] === 'of') && p + 1 < E && (env.cap[p + 1] || DETERMINERS.has(lower[p + 1]!))) {
      let issuer = npForward(env, p + 1, E);
      // "the Office for National Statistics", "the Office of the Deputy Prime Minister": a name goes on through "of", "for" and "and" before a capital
      for (;;) {
        const next = issuer + 1 + (lower[issuer + 1] === 'the' ? 1 : 0);
        if (!(next < E && /^(?:of|for|and|&)$/.test(lower[issuer] ?? '') && env.cap[next])) break;
        issuer = next;
        while (issuer < E && env.cap[issuer]) issuer++;
      }
      if (issuer > p + 1 && env.cap[issuer - 1]) draft.speaker = range(env, p + 1, issuer - 1);
    }
    // no body named ("a study published in Nature", "figures released on Monday"): the described document
    // is the source, the whole phrase, never a fragment ending in its participle
    if (draft.speaker === phrase && DOCUMENT_PARTICIPLE.test(lower[docEnd]!) && spkEnd > docEnd + 1) draft.speaker = range(env, cEnd, spkEnd - 1);
  }
  let content: { kind: QuoteKind; segs: Range[] } | null = null;
  if (c === S || (c - 1 >= S && !env.word[c - 1] && c - 1 === S)) {
    // According to X, CONTENT.
    if (lower[spkEnd] !== ',') return null;
    // "According to the team's coach, Paul Green, the price ...": the name is the source, the clause after it the content
    const name = appositiveName(env, e - 1, spkEnd, E);
    if (name > spkEnd && lower[name] === ',' && looksLikeClause(env, name + 1, E)) {
      draft.speaker = range(env, spkEnd + 1, name - 1);
      spkEnd = name;
    }
    content = clauseContent(env, spkEnd + 1, clauseEnd(env, spkEnd + 1, E));
  } else {
    const b = lower[c - 1] === ',' ? c - 1 : c;
    // "..., the owner said, according to the BBC": the clause has its speaker already; X is where it was reported
    if (b === c - 1 && attributionEndsAt(env, b, S)) return null;
    content = leftContent(env, S, b);
    // "according to the team's coach, Paul Green." — the name after the comma is the speaker, not more content
    if (content && lower[spkEnd] === ',' && spkEnd + 1 < E && env.cap[spkEnd + 1]) {
      const n = npForward(env, spkEnd + 1, E);
      if (n > spkEnd + 1 && (n >= E || TERMINAL.has(lower[n]!))) {
        draft.speaker = range(env, spkEnd + 1, n - 1);
        spkEnd = n;
      }
    }
    if (content && lower[c - 1] === ',' && lower[spkEnd] === ',' && spkEnd + 1 < E && env.word[spkEnd + 1] && !SUBORDINATORS.has(lower[spkEnd + 1]!) && !env.isCue[spkEnd + 1]) {
      const second = clauseContent(env, spkEnd + 1, clauseEnd(env, spkEnd + 1, E));
      if (second) content.segs.push(...second.segs);
    }
  }
  if (!content) return null;
  draft.kind = content.kind;
  draft.segs = content.segs;
  return finish(env, draft);
}

/**
 * Where a reported clause the sentence's subject carries ("A letter saying the school would close
 * reached the mayor") gives way to the sentence's own verb: the first finite verb after the clause's
 * verb group, not right after an auxiliary, a relative word or "and". `b` when there is none.
 */
function beforeMainVerb(env: Env, a: number, b: number): number {
  const { lower } = env;
  let seenVerb = false;
  for (let k = a + 1; k < b; k++) {
    const w = lower[k]!;
    if (!env.word[k] || env.cap[k] || env.marks.segOfToken[k]! >= 0) continue;
    if (!(FINITE_AUXILIARIES.has(w) || (/^[a-z]{2,}ed$/.test(w) && !NP_STOP.has(w)))) continue;
    const prev = lower[k - 1]!;
    if (NOUN_DETERMINERS.has(prev)) continue; // "the proposed law": an adjective
    const inGroup = !env.word[k - 1] || FINITE_AUXILIARIES.has(prev) || PASSIVE_AUX.has(prev) || /^(?:not|never|to|who|which|that|and|or|but|also)$/.test(prev) || /ly$/.test(prev);
    if (seenVerb && !inGroup) return k;
    seenVerb = true;
  }
  return b;
}

/**
 * Whether the words before `comma` close a complete attribution, "..., Ann Hill said" or "... said the
 * owner on Monday": a verb of saying (not another "according to") a few words back, with no comma or
 * quotation mark between.
 */
function attributionEndsAt(env: Env, comma: number, S: number): boolean {
  const sayingCue = (j: number): boolean => env.isCue[j] === 1 && env.cueInfo[j]!.frame !== 'accord';
  // "Tom Hale said, according to ..."
  if (comma - 1 >= S && sayingCue(comma - 1)) return true;
  // ", the owner said on Monday, according to ...", "“...,” said Ann Hill, according to ...": a short attribution set off before
  // (not "The president told aides he would resign, according to two officials": the officials report the whole)
  let cue = false;
  for (let j = comma - 1; j >= S && j >= comma - 8; j--) {
    if (isCloser(env, j) || (lower(env, j) === ',' && env.marks.segOfToken[j]! < 0)) return cue;
    if (!env.word[j] || env.marks.segOfToken[j]! >= 0) return false;
    if (sayingCue(j)) cue = true;
  }
  return false;
}
const lower = (env: Env, k: number): string => env.lower[k]!;

/**
 * A name set off by a comma after a speaker described by a lowercase noun ("the team's coach, Paul
 * Green"): one past the name's last token when it ends the sentence or is closed by another comma,
 * else -1. `head` is the described phrase's last token, `comma` the comma after the phrase.
 */
function appositiveName(env: Env, head: number, comma: number, E: number): number {
  const { lower, cap, word } = env;
  if (lower[comma] !== ',' || !word[head] || cap[head] || comma + 1 >= E || !cap[comma + 1]) return -1;
  let n = comma + 1;
  while (n < E && n < comma + 6 && (cap[n] || (lower[n] === '.' && env.tokens[n]!.start === env.tokens[n - 1]!.end && /^\p{Lu}$/u.test(env.tokens[n - 1]!.text))
    || ((lower[n] === 'and' || lower[n] === '&') && n > comma + 1 && n + 1 < E && cap[n + 1]))) n++; // ("Goldman Sachs and Co")
  if (n - comma < 3 && !(n - comma === 2 && (n >= E || TERMINAL.has(lower[n]!)))) return -1; // a name of two words, or one ending the sentence
  if (SENTENCE_START_ADVERBS.has(lower[comma + 1]!) || PRONOUNS.has(lower[comma + 1]!) || DETERMINERS.has(lower[comma + 1]!)) return -1;
  return n >= E || TERMINAL.has(lower[n]!) || lower[n] === ',' ? n : -1;
}

/**
 * After the kind of outlet spoken to ("news agency", "the newspaper"): past its name when one follows and the
 * reported clause opens after it ("Reuters such a move would ...", "Clarin it would ..."); not a name that is
 * the clause's own subject ("told the paper Smith would resign").
 */
function outletNameAfter(env: Env, j: number, E: number): number {
  const { lower, cap } = env;
  let e = j;
  while (e < E && e < j + 5 && (cap[e] || (e > j && /^['’]s$/.test(env.tokens[e]!.text)))) e++;
  if (e === j || e >= E) return e >= E ? e : j;
  const w = lower[e]!;
  return SUBJECT_PRONOUNS.has(w) || DETERMINERS.has(w) || w === 'that' || w === ':' || w === ',' || TERMINAL.has(w) || isOpener(env, e) ? e : j;
}

function skipAddressee(env: Env, k: number, E: number): number {
  const { lower, word, cap } = env;
  // "told reporters at the White House that ..." — a "that" close by decides
  for (let j = k; j < E && j < k + 24; j++) {
    if (lower[j] === 'that' && word[j]) {
      // ("told reporters the plant was safe, and that ...": a "that" after a conjunction opens a second reported
      // clause; the first one, without "that", follows the addressee. "told Reuters after a press conference they
      // expect ..., but that ...": where a phrase, not a clause, follows the addressee, the "that" still decides)
      if (j > k + 1 && (lower[j - 1] === 'and' || lower[j - 1] === 'but')) {
        const a = skipAddressee(env, k, j - 1);
        return a < j - 1 && word[a] && !PP_STARTS.has(lower[a]!) ? a : j;
      }
      return j;
    }
    if (env.isCue[j] || TERMINAL.has(lower[j]!) || isOpener(env, j) || lower[j] === ':' || lower[j] === ';') break;
  }
  if (k >= E || !word[k]) return k;
  const w = lower[k]!;
  if (w === 'me' || w === 'us' || w === 'him' || w === 'her' || w === 'them' || w === 'you') return k + 1;
  let j = k;
  if (DETERMINERS.has(w)) j++;
  const first = j;
  if (j < E && cap[j]) {
    // ("the Corriere della Sera", "Radio de France": lowercase particles inside a name)
    // (a number inside a broadcaster's name: "BBC Radio 4's Today programme", "Channel 4 News")
    while (j < E && (cap[j] || /^['’]s$/.test(env.tokens[j]!.text) || ((lower[j] === 'of' || NAME_PARTICLES.has(lower[j]!)) && cap[j + 1])
      || (/^\d{1,2}$/.test(lower[j]!) && cap[j - 1] && (cap[j + 1] || /^['’]s$/.test(env.tokens[j + 1]?.text ?? ''))))) j++;
    // "told Reuters Taiwan would ...", "told BBC News Labour MPs would ...": the run reaches a finite verb, so it ends in the
    // reported clause's subject; the addressee is the first word and the words that continue an outlet's name
    if (j < E && j - first >= 2 && (FINITE_AUXILIARIES.has(lower[j]!) || lower[j] === 'were' || lower[j] === 'are') && !isTitleWord(lower[first]!)) {
      let split = first + 1;
      while (split < j && (OUTLET_NAME_WORDS.has(env.tokens[split]!.text) || /^\d{1,2}$/.test(lower[split]!))) split++;
      if (split < j && cap[split] && !/^['’]s$/.test(env.tokens[split]!.text)) return split;
    }
    // "told the BBC's Today programme"
    while (j < E && word[j] && !cap[j] && !DETERMINERS.has(lower[j]!) && !PRONOUNS.has(lower[j]!) && ADDRESSEES.has(lower[j]!)) j++;
    // "told BBC Radio 5's morning show": a modifier or two before the kind of outlet
    for (let m = j; m < E && m < j + 3 && word[m] && !cap[m]; m++) if (OUTLET_NOUNS.has(lower[m]!)) return m + 1;
    // "told the Argentine newspaper Clarin it would ...": the outlet's name after its kind
    return OUTLET_NOUNS.has(lower[j - 1]!) ? outletNameAfter(env, j, E) : j;
  }
  // lowercase addressee: up to a known addressee noun
  for (let m = j; m < E && m < j + 4; m++) {
    // ("told news agency Reuters such a move ...", "told state broadcaster VRT he would ...")
    if (ADDRESSEES.has(lower[m]!) || OUTLET_NOUNS.has(lower[m]!)) return OUTLET_NOUNS.has(lower[m]!) ? outletNameAfter(env, m + 1, E) : m + 1;
    // "told the court he was innocent": a noun phrase, then a subject pronoun opening the reported clause
    if (m > j && j > k && SUBJECT_PRONOUNS.has(lower[m]!)) return m;
    if (m > j && (lower[m] === 'about' || lower[m] === 'of')) return m; // "told the board about ...": the caller reads the topic
    // "told the court the loan was repaid", "told a hearing the plan ...": a noun phrase, then a determiner opening the reported clause
    if (m > j && j > k && DETERMINERS.has(lower[m]!) && !/^(?:no|any|each|every)$/.test(lower[m]!)) return m;
    if (!word[m] || PRONOUNS.has(lower[m]!) || DETERMINERS.has(lower[m]!)) break;
  }
  return j;
}

function finish(env: Env, d: Draft): Draft | null {
  if (d.segs.length === 0) return null;
  // "asked him to study", "told me to leave": a request, not a statement
  if (d.kind === 'indirect' && REQUEST_CUES.has(env.lower[d.cueTok]!)) {
    const k = tokenAtOrBefore(env.tokens, d.segs[0]!.start);
    if (env.tokens[k]!.start === d.segs[0]!.start && REQUEST_OBJECTS.has(env.lower[k]!) && env.lower[k + 1] === 'to') return null;
    // "asked the council to help", "asks residents to stay indoors": whoever is asked, a request
    if (env.tokens[k]!.start === d.segs[0]!.start && /^ask/.test(env.lower[d.cueTok]!) && !REQUEST_OBJECTS.has(env.lower[k]!)) {
      const e = npForward(env, k, env.xEnd[k]!);
      if (e > k && env.lower[e] === 'to' && env.word[e + 1] && !env.cap[e + 1] && !DETERMINERS.has(env.lower[e + 1]!)) return null;
    }
  }
  d.segs = d.segs.filter((r) => r.end > r.start);
  if (d.segs.length === 0) return null;
  // evidence: the sentences of the cue and of every segment
  for (const r of d.segs) {
    const a = tokenAtOrBefore(env.tokens, r.start), b = tokenAtOrBefore(env.tokens, r.end - 1);
    d.evStart = Math.min(d.evStart, env.tokens[env.xStart[a]!]!.start);
    d.evEnd = Math.max(d.evEnd, env.tokens[env.xEnd[b]! - 1]!.end);
  }
  return d;
}

/** Headline style "Trump: ‘I’m the worst thing ...’" — a short name, a colon, a statement. */
function colonHeadlines(env: Env): void {
  const { doc, lower, tokens, cap, word } = env;
  const sents = doc.sentences;
  const turnUsed = new Set<number>(); // segments read as transcript turns
  const turnChains = new Set<number>();
  for (let si = 0; si < sents.length; si++) {
    const s = sents[si]!;
    let a = s.firstToken;
    // a transcript quoted whole: `"PENCE: Well, look ...` — the label is inside the opening mark
    const quotedLabel = isOpener(env, a) && a + 2 < s.endToken && word[a + 1] === 1 && tokens[a + 1]!.text.length > 1 && tokens[a + 1]!.text === tokens[a + 1]!.text.toUpperCase() && /\p{Lu}/u.test(tokens[a + 1]!.text);
    if (quotedLabel) a++;
    let colon = -1;
    for (let k = a + 1; k < s.endToken && k <= a + 6; k++) if (lower[k] === ':') { colon = k; break; }
    if (colon < 0 || s.endToken - colon < 3 || env.isCue[colon - 1]) continue;
    if (!cap[a] || NON_SPEAKER_LABELS.has(lower[a]!) || (env.marks.segOfToken[a]! >= 0 && !quotedLabel) || DETERMINERS.has(lower[a]!)) continue;
    const paraFirst = si === 0 || sents[si - 1]!.paragraph !== s.paragraph;
    const allCaps = (k: number): boolean => !word[k] || tokens[k]!.text === tokens[k]!.text.toUpperCase();
    let end = s.endToken;
    let ok = false;
    let transcript = false;
    if (paraFirst && colon - a <= 3 && [...Array(colon - a).keys()].every((i) => allCaps(a + i)) && /\p{Lu}/u.test(tokens[a]!.text)) {
      // an interview transcript: "TAPPER: Do you think ..." — the whole paragraph
      ok = true;
      transcript = true;
      let j = si;
      while (j + 1 < sents.length && sents[j + 1]!.paragraph === s.paragraph) j++;
      end = sents[j]!.endToken;
    } else if (s.paragraph === 0 && paraFirst && colon - a <= 5) {
      // a headline: "Trump: ‘I’m the worst thing ...’", "NY Daily News: Paris terror attacks ..."
      ok = true;
      for (let k = a; k < colon; k++) if (word[k] && !cap[k] && !HEADLINE_SMALL.has(lower[k]!)) ok = false;
      // "Aesthetic Appreciation and Spanish Art: Insights from ...": a topic with a subtitle, not a speaker with a statement
      let small = 0;
      for (let k = a; k < colon; k++) if (word[k] && !cap[k]) small++;
      if (!isOpener(env, colon + 1) && small > 0 && colon - a > 2) ok = false;
    } else if (colon - a <= 2 && isOpener(env, colon + 1) && npBackward(env, colon - 1, a) === a) {
      ok = true;
    }
    if (!ok) continue;
    if (isOpener(env, colon + 1) && env.chainUsed[env.marks.segments[env.marks.segOfToken[colon + 1]!]!.chain]) continue;
    if (quotedLabel) {
      // the quotation is the transcript turn: its label is the speaker, the rest of the quotation the
      // content, up to the paragraph that opens the next turn ("WALLACE: ...")
      const segIdx = env.marks.segOfToken[a - 1]!;
      const seg = env.marks.segments[segIdx]!;
      if (colon - a > 3 || turnUsed.has(segIdx) || (env.chainUsed[seg.chain] && !turnChains.has(seg.chain))) continue;
      const chain = env.marks.chains[seg.chain]!;
      const segs: Range[] = [];
      for (let i = chain.indexOf(segIdx); i < chain.length; i++) {
        const t = env.marks.segments[chain[i]!]!;
        if (i > chain.indexOf(segIdx) && /^\s*\p{Lu}[\p{Lu}.' -]*:/u.test(env.text.slice(t.start, t.start + 40))) break;
        turnUsed.add(chain[i]!);
        segs.push({ start: i === chain.indexOf(segIdx) ? tokens[colon + 1]!.start : t.start, end: t.end });
      }
      env.chainUsed[seg.chain] = 1;
      turnChains.add(seg.chain);
      if (segs.length === 0 || segs[0]!.end <= segs[0]!.start) continue;
      env.drafts.push({ kind: 'direct', cueTok: colon, cueLen: 1, segs, speaker: range(env, a, colon - 1), evStart: s.start, evEnd: segs[segs.length - 1]!.end, mergeAfter: -1, rule: 'quote.transcript' });
      continue;
    }
    const content = clauseContent(env, colon + 1, clauseEnd(env, colon + 1, end));
    if (!content) continue;
    env.drafts.push({ kind: content.kind, cueTok: colon, cueLen: 1, segs: content.segs, speaker: range(env, a, colon - 1), evStart: s.start, evEnd: tokens[end - 1]!.end, mergeAfter: -1, rule: transcript ? 'quote.transcript' : 'quote.colon-headline' });
  }
}

/** "when asked if he would endorse Trump, he said ...": the question, to the comma or the sentence end. */
function askedQuestion(env: Env, c: number, cEnd: number, S: number, E: number): Draft | null {
  const { lower, tokens } = env;
  let k = cEnd;
  // "when asked about taxes, ...": a topic, not a question anyone put in words
  if (lower[k] === 'about') return null;
  let j = k;
  // ("when asked whether it was a risk he replied: “...”": the answer's own attribution ends the question)
  while (j < E && !(lower[j] === ',' && env.marks.segOfToken[j]! < 0) && !(j > k + 1 && SUBJECT_PRONOUNS.has(lower[j]!) && env.isCue[j + 1])) j++;
  const content = clauseContent(env, k, j < E ? j : clauseEnd(env, k, E));
  if (!content) return null;
  return finish(env, { kind: content.kind, cueTok: c, cueLen: 1, segs: content.segs, evStart: tokens[S]!.start, evEnd: tokens[E - 1]!.end, mergeAfter: -1, rule: 'quote.asked' });
}

/** "Asked whether Clinton “has the integrity ...,” 75 percent said yes": the question, with no speaker. */
function askedIntros(env: Env): void {
  const { doc, lower, tokens } = env;
  for (const s of doc.sentences) {
    const a = s.firstToken;
    if (tokens[a]!.text !== 'Asked' || a + 2 >= s.endToken) continue;
    let k = a + 1;
    // ("Asked about taxes, he said ...": a topic, not a question)
    if (!(WH_CLAUSE.has(lower[k]!) || lower[k] === 'if' || lower[k] === 'to')) continue;
    let j = k;
    while (j < s.endToken && !(lower[j] === ',' && env.marks.segOfToken[j]! < 0)) j++;
    if (j >= s.endToken - 1) continue;
    const content = clauseContent(env, k, j);
    if (!content) continue;
    env.drafts.push({ kind: content.kind, cueTok: a, cueLen: 1, segs: content.segs, evStart: s.start, evEnd: s.end, mergeAfter: -1, rule: 'quote.asked' });
  }
}

/** Quotations no cue claimed: continuations of a split quote, or quotes with no speaker. */
function leftovers(env: Env): void {
  const { marks, tokens } = env;
  // Only drafts made from cues can be continued (`"X," he said. "Y."`); they are all made by now.
  const byPos = [...env.drafts].sort((x, y) => x.segs[0]!.start - y.segs[0]!.start);
  for (let ch = 0; ch < marks.chains.length; ch++) {
    if (env.chainUsed[ch]) continue;
    const segIdx = marks.chains[ch]!;
    const first = marks.segments[segIdx[0]!]!;
    if (first.single) continue;
    // `"X," he said. "Y."` — the quotation right after a quote-first attribution continues it
    const openStart = tokens[first.openTok]!.start;
    const prev = lastBefore(byPos, openStart);
    // ...and one paragraph on, when the next paragraph opens with it (`"X," he said.¶"Y."`), unless the
    // quote before asked something (a reply is someone else's) or the new one ends the paragraph mid-sentence
    const gap = prev && prev.mergeAfter >= 0 ? env.text.slice(prev.mergeAfter, openStart) : '';
    const nextParagraph = /\n/.test(gap) && !/\?\s*$/.test(env.text.slice(prev!.segs[0]!.start, prev!.segs[prev!.segs.length - 1]!.end).replace(/[”"’',]+$/, ''));
    if (prev && prev.mergeAfter >= 0 && prev.mergeAfter <= openStart && (!/\n\s*\n/.test(gap) || nextParagraph) && /^\s*$/.test(gap) && !followedByCue(env, segIdx[0]!)) {
      env.chainUsed[ch] = 1;
      prev.segs.push(...chainRanges(env, ch));
      prev.evEnd = Math.max(prev.evEnd, tokens[env.xEnd[tokenAtOrBefore(tokens, marks.segments[segIdx[segIdx.length - 1]!]!.end - 1)]! - 1]!.end);
      prev.mergeAfter = -1;
      continue;
    }
    const o = first.openTok;
    // "Cruz called them on it:" — a sentence ending in a colon introduces the quotation
    if (o > 0 && env.lower[o - 1] === ':' && env.marks.segOfToken[o - 1]! < 0) {
      const colon = o - 1;
      const S = env.xStart[colon]!;
      const speaker = colon - S >= 2 ? clauseSubject(env, S, colon) : undefined;
      if (speaker) {
        env.chainUsed[ch] = 1;
        const lastSeg = marks.segments[segIdx[segIdx.length - 1]!]!;
        const b = env.xEnd[tokenAtOrBefore(tokens, lastSeg.end - 1)]!;
        const d: Draft = { kind: 'direct', cueTok: colon, cueLen: 1, segs: chainRanges(env, ch), speaker, evStart: tokens[S]!.start, evEnd: tokens[b - 1]!.end, mergeAfter: -1, rule: 'quote.colon-intro' };
        env.drafts.push(d);
        continue;
      }
    }
    // a stand-alone quotation: starts its sentence (or follows a colon), and has a few words
    const startsSentence = env.sentStart[o] || (o > 0 && (env.lower[o - 1] === ':' || isCloser(env, o - 1)));
    let words = 0;
    for (const s of segIdx) {
      const seg = marks.segments[s]!;
      for (let k = seg.openTok + 1; k < tokens.length && tokens[k]!.start < seg.end; k++) if (env.word[k]) words++;
    }
    if (!startsSentence || words < 4) continue;
    env.chainUsed[ch] = 1;
    const a = env.xStart[o]!;
    const lastSeg = marks.segments[segIdx[segIdx.length - 1]!]!;
    const b = env.xEnd[tokenAtOrBefore(tokens, lastSeg.end - 1)]!;
    const d: Draft = { kind: 'direct', cueTok: -1, cueLen: 0, segs: chainRanges(env, ch), evStart: tokens[a]!.start, evEnd: tokens[b - 1]!.end, mergeAfter: -1, rule: 'quote.unattributed' };
    env.drafts.push(d);
  }
}

function lastBefore(sorted: Draft[], pos: number): Draft | undefined {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.segs[0]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? sorted[lo - 1] : undefined;
}

function assemble(env: Env): QuoteCandidate[] {
  const { text, tokens, doc } = env;
  const drafts = env.drafts.filter((d) => d.segs.length > 0);
  drafts.sort((x, y) => x.segs[0]!.start - y.segs[0]!.start || (x.cueTok - y.cueTok));
  const out: QuoteCandidate[] = [];
  const seen = new Set<string>();
  const paraOf = (pos: number): number => {
    let lo = 0, hi = doc.paragraphs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (doc.paragraphs[mid]!.start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const d of drafts) {
    d.segs.sort((x, y) => x.start - y.start);
    const key = d.segs.map((r) => `${r.start}:${r.end}`).join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    const q: QuoteCandidate = {
      kind: d.kind,
      cue: d.cueTok >= 0 ? text.slice(tokens[d.cueTok]!.start, tokens[d.cueTok + d.cueLen - 1]!.end) : '',
      segments: d.segs,
      text: d.segs.map((r) => text.slice(r.start, r.end)).join(' '),
      evidence: { start: Math.min(d.evStart, d.segs[0]!.start), end: Math.max(d.evEnd, d.segs[d.segs.length - 1]!.end) },
      rule: d.rule,
    };
    if (d.cueTok >= 0) q.cueRange = { start: tokens[d.cueTok]!.start, end: tokens[d.cueTok + d.cueLen - 1]!.end };
    if (d.speaker) {
      q.speaker = d.speaker;
      q.speakerText = text.slice(d.speaker.start, d.speaker.end);
      if (d.antecedent) q.antecedent = d.antecedent;
    } else if (d.cueTok < 0) {
      // the nearest earlier quote with a speaker, at most two paragraphs back
      const p = paraOf(d.segs[0]!.start);
      for (let i = out.length - 1; i >= 0; i--) {
        const prev = out[i]!;
        if (p - paraOf(prev.evidence.end) > 2) break;
        if (prev.speaker) { q.continuesFrom = i; break; }
        if (prev.continuesFrom !== undefined) { q.continuesFrom = prev.continuesFrom; break; }
      }
    }
    out.push(q);
  }
  return out;
}
