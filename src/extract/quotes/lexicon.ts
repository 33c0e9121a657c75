// Closed word lists for the quote extractor: cue verbs by frame, and the function words that
// bound a speaker noun phrase. Hand-written; the choice of verbs was checked against attribution
// cue counts in PolNeAR train (a script, not shipped data).

import { DAY_DEICTICS, WEEKDAYS } from '../lexicon/time.js';
import { COMMON_PREPOSITIONS } from '../lexicon/function-words.js';

/**
 * How a cue takes its content:
 * - `say`: a clause after the cue ("said (that) X"), or content first ("X, he said").
 * - `tell`: an addressee, then a clause ("told reporters (that) X").
 * - `urge`: an addressee and an infinitive, all of it content ("called on leaders to X").
 * - `np`: a noun phrase object ("called for X", "cited X").
 * - `accord`: "according to X".
 * - `call`: "called X “Y”" — counted only when a quotation follows.
 */
export type CueFrame = 'say' | 'tell' | 'urge' | 'np' | 'accord' | 'call';

export interface CueInfo {
  frame: CueFrame;
  /** Number of tokens the cue spans. */
  length: number;
  /** A present participle ("saying", "adding"): its speaker is the subject of the main clause. */
  participle: boolean;
  /** Weak cues need "that", a colon or a quotation to count (they often take plain objects). */
  weak: boolean;
}

// verb forms: base, 3rd person, past, participle
const SAY_VERBS: Array<[string, string, string, string, boolean?]> = [
  ['say', 'says', 'said', 'saying'],
  ['add', 'adds', 'added', 'adding'],
  ['note', 'notes', 'noted', 'noting'],
  ['warn', 'warns', 'warned', 'warning'],
  ['caution', 'cautions', 'cautioned', 'cautioning', true], // "cautioned against the plan": an act unless a clause or quotation follows
  ['insist', 'insists', 'insisted', 'insisting'],
  ['argue', 'argues', 'argued', 'arguing'],
  ['claim', 'claims', 'claimed', 'claiming', true],
  ['stress', 'stresses', 'stressed', 'stressing'],
  ['explain', 'explains', 'explained', 'explaining'],
  ['write', 'writes', 'wrote', 'writing'],
  ['tweet', 'tweets', 'tweeted', 'tweeting'],
  ['declare', 'declares', 'declared', 'declaring', true], // "declared a dividend", "declared independence": an act unless a clause follows
  ['state', 'state', 'stated', 'stating', true],
  ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  ['admit', 'admits', 'admitted', 'admitting'],
  ['concede', 'concedes', 'conceded', 'conceding', true],
  ['confirm', 'confirms', 'confirmed', 'confirming'],
  ['deny', 'denies', 'denied', 'denying'],
  ['comment', 'comments', 'commented', 'commenting'],
  ['predict', 'predicts', 'predicted', 'predicting'],
  ['promise', 'promises', 'promised', 'promising', true],
  ['vow', 'vows', 'vowed', 'vowing'],
  ['threaten', 'threatens', 'threatened', 'threatening', true],
  ['pledge', 'pledges', 'pledged', 'pledging', true],
  ['reply', 'replies', 'replied', 'replying'],
  ['respond', 'responds', 'responded', 'responding'],
  ['recall', 'recalls', 'recalled', 'recalling'],
  ['remark', 'remark', 'remarked', 'remarking'],
  ['complain', 'complains', 'complained', 'complaining'],
  ['assert', 'asserts', 'asserted', 'asserting'],
  ['contend', 'contends', 'contended', 'contending'],
  ['emphasize', 'emphasizes', 'emphasized', 'emphasizing'],
  ['emphasise', 'emphasises', 'emphasised', 'emphasising'],
  ['reiterate', 'reiterates', 'reiterated', 'reiterating'],
  ['observe', 'observes', 'observed', 'observing', true],
  ['allege', 'alleges', 'alleged', 'alleging'],
  ['testify', 'testifies', 'testified', 'testifying'],
  ['joke', 'jokes', 'joked', 'joking'],
  ['boast', 'boasts', 'boasted', 'boasting'],
  ['suggest', 'suggests', 'suggested', 'suggesting'],
  ['announce', 'announces', 'announced', 'announcing', true],
  ['report', 'reports', 'reported', 'reporting', true],
  ['continue', 'continues', 'continued', 'continuing', true],
  ['ask', 'asks', 'asked', 'asking', true],
  ['agree', 'agrees', 'agreed', 'agreeing', true],
  ['maintain', 'maintains', 'maintained', 'maintaining', true],
  ['estimate', 'estimates', 'estimated', 'estimating', true],
  ['forecast', 'forecasts', 'forecast', 'forecasting', true],
  ['disclose', 'discloses', 'disclosed', 'disclosing', true],
  ['reveal', 'reveals', 'revealed', 'revealing', true],
  ['conclude', 'concludes', 'concluded', 'concluding', true],
  ['counter', 'counters', 'countered', 'countering'],
  ['quip', 'quips', 'quipped', 'quipping'],
  ['shout', 'shouts', 'shouted', 'shouting', true],
  ['yell', 'yells', 'yelled', 'yelling', true],
  ['answer', 'answers', 'answered', 'answering', true],
  ['echo', 'echoes', 'echoed', 'echoing', true],
  ['exclaim', 'exclaims', 'exclaimed', 'exclaiming'],
  ['confess', 'confesses', 'confessed', 'confessing'],
  ['interject', 'interjects', 'interjected', 'interjecting'],
  ['wonder', 'wonders', 'wondered', 'wondering', true],
  ['muse', 'muses', 'mused', 'musing'],
  ['retort', 'retorts', 'retorted', 'retorting'],
  ['scoff', 'scoffs', 'scoffed', 'scoffing', true],
  ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
];

const TELL_VERBS: Array<[string, string, string, string]> = [
  ['tell', 'tells', 'told', 'telling'],
  ['assure', 'assures', 'assured', 'assuring'],
  ['remind', 'reminds', 'reminded', 'reminding'],
  ['inform', 'informs', 'informed', 'informing'],
  ['advise', 'advises', 'advised', 'advising'],
];

const URGE_VERBS: Array<[string, string, string, string]> = [['urge', 'urges', 'urged', 'urging']];

const CUES = new Map<string, CueInfo>();
function put(form: string, frame: CueFrame, participle: boolean, weak = false): void {
  const length = form.split(' ').length;
  if (!CUES.has(form)) CUES.set(form, { frame, length, participle, weak });
}
for (const [base, s, past, ing, weak] of SAY_VERBS) {
  for (const f of [base, s, past]) put(f, 'say', false, weak ?? false);
  put(ing, 'say', true, weak ?? false);
}
for (const [base, s, past, ing] of TELL_VERBS) {
  for (const f of [base, s, past]) put(f, 'tell', false);
  put(ing, 'tell', true);
}
for (const [base, s, past, ing] of URGE_VERBS) {
  for (const f of [base, s, past]) put(f, 'urge', false);
  put(ing, 'urge', true);
}
for (const [base, s, past, ing] of [['call', 'calls', 'called', 'calling'], ['appeal', 'appeals', 'appealed', 'appealing']] as const) {
  for (const f of [base, s, past]) put(`${f} on`, 'urge', false);
  put(`${ing} on`, 'urge', true);
  for (const f of [base, s, past]) put(`${f} for`, 'np', false);
  put(`${ing} for`, 'np', true);
}
for (const [base, s, past, ing] of [['point', 'points', 'pointed', 'pointing']] as const) {
  for (const f of [base, s, past]) put(`${f} out`, 'say', false);
  put(`${ing} out`, 'say', true);
}
for (const [base, s, past, ing] of [['make', 'makes', 'made', 'making']] as const) {
  for (const f of [base, s, past]) put(`${f} it clear`, 'say', false);
  put(`${ing} it clear`, 'say', true);
}
for (const [base, s, past, ing] of [['describe', 'describes', 'described', 'describing'], ['mention', 'mentions', 'mentioned', 'mentioning'],
  ['accuse', 'accuses', 'accused', 'accusing']] as const) {
  for (const f of [base, s, past]) put(f, 'np', false);
  put(ing, 'np', true);
}
for (const [base, s, past, ing] of [['point', 'points', 'pointed', 'pointing']] as const) {
  for (const f of [base, s, past]) put(`${f} to`, 'np', false);
  put(`${ing} to`, 'np', true);
}
// "called Trump “unhinged”": only with a quotation in what follows
for (const f of ['call', 'calls', 'called']) put(f, 'call', false);
put('calling', 'call', true);
for (const f of ['cite', 'cites', 'cited']) put(f, 'np', false);
put('citing', 'np', true);
// "expressed concern that ...", "voiced hope that ...": a stance stated, weak (only with "that", a colon or a quotation)
for (const verb of ['express', 'expresses', 'expressed', 'voice', 'voices', 'voiced']) {
  for (const noun of ['concern', 'concerns', 'hope', 'fear', 'fears', 'doubt', 'doubts', 'confidence', 'optimism', 'regret', 'surprise', 'disappointment']) put(`${verb} ${noun}`, 'say', false, true);
}
for (const noun of ['concern', 'concerns', 'hope', 'fear', 'fears', 'doubt', 'doubts', 'confidence', 'optimism', 'regret', 'surprise', 'disappointment']) {
  put(`expressing ${noun}`, 'say', true, true);
  put(`voicing ${noun}`, 'say', true, true);
}
// "a BBC statement read: “...”", "“...,” the message read": a document's text, said by whoever issued it; only a
// document may "read" so (quotes.ts checks the subject: rule quote.cue.document), never "he read that ..."
export const DOCUMENT_CUES: ReadonlySet<string> = new Set(['read', 'reads']);
/** Nouns of documents a body or a person issues, whose text "reads": the subject such a cue needs (a sign or a banner is nobody's word). */
export const READING_DOCUMENTS: ReadonlySet<string> = new Set(['statement', 'statements', 'letter', 'message', 'note', 'notice',
  'post', 'tweet', 'email', 'e-mail', 'release', 'communique', 'communiqué', 'memo', 'announcement', 'bulletin', 'ruling', 'report',
  'order', 'decree']);
for (const f of DOCUMENT_CUES) put(f, 'say', false, true);
put('according to', 'accord', false);
put('went on to say', 'say', false);
put('go on to say', 'say', false);
put('goes on to say', 'say', false);

/** The cue starting at tokens[i], if any (the longest match). */
export function cueAt(lower: string[], i: number): CueInfo | undefined {
  const w = lower[i]!;
  // (called on every word outside a quotation: most fail on their first letter and length, before the set
  // look-up hashes a string no one else hashed)
  const c = w.charCodeAt(0);
  if (c < 128 && !((FIRST_LENGTHS[c]! >>> Math.min(w.length, 31)) & 1)) return undefined;
  const longest = FIRST_WORDS.get(w);
  if (longest === undefined) return undefined;
  // (no key longer than the longest cue opening with this word is built: "said" opens only one-word cues)
  for (let n = Math.min(4, longest); n >= 1; n--) {
    if (i + n > lower.length) continue;
    const key = n === 1 ? w : lower.slice(i, i + n).join(' ');
    const info = CUES.get(key);
    if (info && info.length === n) return info;
  }
  return undefined;
}
/** The first word of each cue, and how many words the longest cue opening with it has. */
const FIRST_WORDS = new Map<string, number>();
for (const [k, info] of CUES) {
  const first = k.split(' ')[0]!;
  FIRST_WORDS.set(first, Math.max(FIRST_WORDS.get(first) ?? 0, info.length));
}
/** For each ASCII first letter, a bit per length (31 for 31 or more) of the first words of cues that open with it. */
const FIRST_LENGTHS = new Uint32Array(128);
for (const f of FIRST_WORDS.keys()) {
  const c = f.charCodeAt(0);
  if (c < 128) FIRST_LENGTHS[c] = FIRST_LENGTHS[c]! | (1 << Math.min(f.length, 31));
}

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

export const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your',
  'some', 'many', 'several', 'most', 'all', 'both', 'another', 'each', 'every', 'any', 'no', 'few',
  'other', 'such', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'more', 'fewer',
]);

/** Adverbs and auxiliaries allowed between a speaker and the cue: "Macron earlier said", "has also said". */
export const CUE_MODIFIERS = new Set([
  'also', 'has', 'have', 'had', 'would', 'will', 'could', 'may', 'might', 'should', 'must', 'later', 'earlier', 'previously',
  'repeatedly', 'then', 'once', 'again', 'now', 'just', 'recently', 'reportedly', 'initially', 'originally', 'subsequently',
  'separately', 'further', 'first', 'since', 'already', 'still', 'often', 'long', 'did', 'does', 'do', 'not', 'never',
  'is', 'was', 'are', 'were', 'been', 'be', 'being', 'had', 'even', 'too', 'in', 'turn', 'always', 'similarly', 'likewise',
  'yesterday', 'today', 'tonight', 'last', 'week', 'month', 'year', 'this', ...WEEKDAYS, 'on', 'privately', 'publicly', 'openly', 'bluntly', 'flatly', 'simply', 'finally',
  'himself', 'herself', 'themselves', 'itself', 'quickly', 'immediately', 'ago', 'years', 'weeks', 'months', 'days',
  'however', 'meanwhile', 'nonetheless', 'nevertheless', 'though', 'instead', 'therefore', 'thus', 'indeed', 'both', 'all',
]);

/** Words that end a speaker phrase when met walking backwards (or forwards) from the cue. */
export const NP_STOP = new Set([
  // prepositions
  ...COMMON_PREPOSITIONS, 'since', 'until', 'as', 'per', 'upon', 'following', 'of', 'off', 'out', 'up', 'down',
  // conjunctions and clause words
  'and', 'or', 'but', 'nor', 'so', 'yet', 'because', 'while', 'when', 'where', 'whereas', 'if', 'although', 'though', 'unless',
  'whether', 'who', 'whom', 'whose', 'which', 'that', 'what', 'how', 'why', 'then', 'also', 'there', 'here', 'not', 'even',
  'however', 'meanwhile', 'instead', 'still', 'too', 'just', 'only', 'now',
  // auxiliaries and common verbs
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could',
  'should', 'may', 'might', 'must', 'shall', 'get', 'got', 'gets', 'make', 'made', 'makes', 'take', 'took', 'give', 'gave',
  'went', 'came', 'come', 'comes', 'goes', 'go', 'see', 'saw', 'seen', 'know', 'knew', 'think', 'thought', 'want', 'wanted',
  'need', 'needed', 'expect', 'expected', 'believe', 'believed', 'hope', 'hoped', 'feel', 'felt', 'seem', 'seemed', 'appear',
  'appeared', 'let', 'keep', 'kept', 'put', 'become', 'became', 'remain', 'remained', 'tried', 'try', 'used', 'use',
  // time words
  ...DAY_DEICTICS, ...WEEKDAYS,
  'earlier', 'later', 'ago', 'last', 'next', 'previously', 'recently', 'again', 'once', 'already', 'never', 'always', 'often',
  // other
  'it', 'this', 'these', 'those', 'such', 'very', 'more', 'most', 'much', 'well', 'all',
]);

/** Words that open a subordinate or adverbial phrase: a comma-clause starting with one is not content. */
export const SUBORDINATORS = new Set([
  'as', 'while', 'when', 'whereas', 'after', 'before', 'because', 'since', 'although', 'though', 'who', 'whom', 'whose', 'which',
  'where', 'in', 'at', 'on', 'during', 'with', 'without', 'from', 'to', 'by', 'for', 'following', 'according', 'amid', 'despite',
  'unless', 'until', 'if', 'than', 'like', 'per', 'via', 'including', 'among', 'under', 'over', 'into', 'through', 'after',
  'speaking', 'referring', 'reflecting', 'echoing', 'prompting', 'sending', 'leaving', 'pointing', 'days', 'weeks', 'hours',
  'a', 'an', 'the', 'his', 'her', 'their', 'its', 'one', 'who', 'either',
]);

/** Person nouns after which a speaker phrase may continue with a preposition ("a spokesman for the ministry"). */
export const PERSON_HEADS = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'official', 'officials', 'director', 'head', 'chief', 'minister',
  'secretary', 'member', 'members', 'participants', 'participant', 'representative', 'representatives', 'analyst', 'analysts',
  'economist', 'economists', 'expert', 'experts', 'source', 'sources', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'adviser',
  'advisers', 'advisor', 'advisors', 'aide', 'aides', 'leader', 'leaders', 'president', 'chairman', 'chairwoman', 'chair',
  'ambassador', 'envoy', 'professor', 'governor', 'mayor', 'senator', 'manager', 'executive', 'executives', 'founder', 'ceo',
  'editor', 'correspondent', 'commissioner', 'general', 'commander', 'secretary-general', 'delegate', 'delegates',
  'delegation', 'group', 'groups', 'statement', 'report', 'study', 'survey', 'poll', 'people', 'residents', 'supporters',
  'critics', 'researchers', 'researcher', 'fellow', 'staff', 'staffer', 'staffers', 'strategist', 'strategists', 'counsel',
  'candidate', 'nominee', 'chancellor', 'judge', 'prosecutor', 'prosecutors', 'investigators', 'campaign', 'committee',
  'panel', 'office', 'department', 'ministry', 'agency', 'union', 'council', 'board', 'association', 'friend', 'friends',
  'author', 'authors', 'host', 'anchor', 'administrator', 'organizer', 'organizers', 'partner', 'vice', 'deputy', 'boss',
  'voters', 'voter', 'activist', 'activists', 'officer', 'officers', 'authorities', 'diplomat', 'diplomats', 'lawmaker',
  'lawmakers', 'legislator', 'legislators', 'congressman', 'congresswoman', 'trader', 'traders', 'dealer', 'dealers',
  'reporter', 'reporters', 'journalist', 'journalists', 'photographer', 'historian', 'historians', 'scholar', 'scholars',
  'doctor', 'doctors', 'nurse', 'nurses', 'witness', 'witnesses', 'teacher', 'teachers', 'student', 'students', 'scientist',
  'scientists', 'worker', 'workers', 'employee', 'employees', 'engineer', 'engineers', 'soldier', 'soldiers', 'survivor',
  'survivors', 'volunteer', 'volunteers',
]);

/** Addressee nouns after "told": "told reporters", "told a news conference". */
export const ADDRESSEES = new Set(['reporters', 'journalists', 'lawmakers', 'supporters', 'parliament', 'congress', 'listeners',
  'viewers', 'delegates', 'students', 'investors', 'analysts', 'members', 'crowd', 'audience', 'conference', 'briefing', 'rally',
  'interviewer', 'interview', 'newspaper', 'television', 'radio', 'me', 'us', 'him', 'her', 'them', 'you', 'colleagues',
  'officials', 'senators', 'voters', 'residents', 'police', 'investigators', 'agency', 'paper', 'magazine', 'committee',
  // after a broadcaster's or a paper's name: "told BBC Radio 4's Today programme", "told the Guardian website"
  'programme', 'program', 'show', 'website', 'channel', 'station', 'podcast', 'network']);

/** The kinds of outlet a named addressee may end with after a modifier: "told BBC Radio 5's morning show". */
export const OUTLET_NOUNS: ReadonlySet<string> = new Set(['programme', 'program', 'show', 'website', 'channel', 'station', 'podcast',
  'network', 'radio', 'television', 'newspaper', 'magazine', 'paper', 'interview', 'broadcast', 'bulletin',
  'agency', 'broadcaster', 'daily', 'weekly', 'tabloid', 'journal']);

/**
 * The occasions and vehicles of saying, named in a phrase between a subject and its cue ("Smith in a statement said",
 * "the company in its annual report said", "X in previous filings has stressed"): the subject speaks through them.
 */
export const SPEECH_OCCASIONS: ReadonlySet<string> = new Set(['statement', 'statements', 'report', 'reports', 'filing', 'filings',
  'interview', 'interviews', 'speech', 'speeches', 'address', 'remarks', 'comments', 'testimony', 'briefing', 'letter', 'letters',
  'release', 'communique', 'communiqué', 'prospectus', 'submission', 'article', 'column', 'editorial', 'post', 'tweet', 'blog',
  'message', 'email', 'e-mail', 'memo', 'newsletter', 'broadcast', 'sermon', 'lecture', 'conference', 'circular', 'document']);

/**
 * Capitalised words that continue a news outlet's name after its first word ("BBC News", "the Sunday Times", "Radio Free
 * Europe"): after "told", a capitalised run that goes on past them and reaches a finite verb holds the reported clause's
 * subject too ("told Reuters Taiwan would ...", "told the BBC Michael Howard has ...").
 */
export const OUTLET_NAME_WORDS: ReadonlySet<string> = new Set(['News', 'Sport', 'Online', 'Radio', 'Television', 'TV', 'Today',
  'Times', 'Post', 'Journal', 'Telegraph', 'Guardian', 'Independent', 'Herald', 'Mail', 'Express', 'Mirror', 'Observer',
  'Standard', 'Tribune', 'Gazette', 'Chronicle', 'Press', 'Service', 'Magazine', 'Weekly', 'Daily', 'Sunday', 'Financial',
  'Street', 'Week', 'World', 'Channel', 'Network', 'Live', 'Breakfast', 'Wire', 'Agency', 'Newspaper', 'Review', 'Economist',
  'Digest', 'Bulletin', 'Insider', 'Report', 'Hour', 'Show', 'Programme', 'Program', 'Free', 'Europe', 'America', 'Asia', 'International']);

/** Unattributed lines with one of these before a colon are labels, not speakers. */
export const NON_SPEAKER_LABELS = new Set(['note', 'update', 'photo', 'photos', 'video', 'watch', 'read', 'related', 'source',
  'sources', 'editor', "editor's", 'correction', 'advertisement', 'image', 'credit', 'caption', 'warning', 'breaking', 'live',
  'exclusive', 'analysis', 'opinion', 'comment', 'listen', 'see', 'also', 'tags', 'topics', 'filed', 'posted', 'by']);

/**
 * Cues that, with an object and a "to" infinitive, make a request rather than a statement: "asked
 * him to study", "told me to leave". ("urged them to reconsider" and "called him a genius" stay:
 * PolNeAR counts them as attributions.)
 */
export const REQUEST_CUES = new Set(['ask', 'asks', 'asked', 'asking', 'tell', 'tells', 'told', 'telling']);
export const REQUEST_OBJECTS = new Set(['me', 'him', 'her', 'us', 'them', 'you']);

/** A reflexive opening the content ("calling themselves ...") makes the cue a naming, not a statement. */
export const REFLEXIVES = new Set(['myself', 'yourself', 'himself', 'herself', 'itself', 'ourselves', 'yourselves', 'themselves']);
/** After "about": a number ("said about 20 people came"), so "about" is not a topic ("asked me about schools"). */
export const APPROXIMATE_AMOUNT = /^(?:\d|(?:a|an|half|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|dozen|dozens)$)/;

/**
 * Heads after "according to" that mean "in keeping with", not "as said by": "according to the
 * plan", "according to the rules", "according to paragraph 2". A document that speaks (a report,
 * a study, a statement) is not here.
 */
export const ACCORDANCE_HEADS = new Set(['system', 'systems', 'plan', 'plans', 'schedule', 'timetable', 'rules', 'rule', 'law', 'laws',
  'constitution', 'tradition', 'traditions', 'custom', 'customs', 'paragraph', 'section', 'clause', 'terms', 'method',
  'methods', 'formula', 'scale', 'definition', 'procedure', 'procedures', 'protocol', 'standards', 'standard', 'principle',
  'principles', 'instructions', 'regulations', 'guidelines', 'size', 'age', 'type', 'order', 'need', 'needs']);

/**
 * What a ditransitive "deny" withholds: "denied the refugees entry", "denied him bail". The verb is
 * a refusal there, not a denial of a claim.
 */
export const WITHHELD_THINGS = new Set(['entry', 'access', 'permission', 'bail', 'visa', 'visas', 'admission', 'passage', 'asylum',
  'parole', 'service', 'treatment', 'membership', 'citizenship', 'boarding', 'landing']);

/**
 * Subjects of "call for" that require rather than say: "the plan calls for a ban", "the deal
 * called for cuts" (a report or a statement does speak: "the report calls for a ban" stays).
 */
export const REQUIRING_HEADS = new Set(['plan', 'plans', 'proposal', 'proposals', 'bill', 'bills', 'law', 'laws', 'deal', 'deals',
  'agreement', 'agreements', 'accord', 'contract', 'contracts', 'treaty', 'budget', 'budgets', 'forecast', 'forecasts', 'scheme',
  'schemes', 'programme', 'program', 'sale', 'merger', 'offer', 'bid', 'motion', 'resolution', 'legislation', 'measure', 'measures',
  'section', 'clause', 'rule', 'rules', 'draft', 'package', 'formula', 'strategy', 'blueprint', 'design', 'recipe', 'schedule',
  'timetable', 'framework', 'reform', 'reforms', 'settlement', 'restructuring', 'project', 'amendment', 'regulation', 'regulations',
  'directive', 'ruling', 'order', 'estimate', 'estimates', 'average', 'consensus', 'model', 'terms', 'version', 'constitution',
  'charter', 'statute', 'act']);

/**
 * Finite auxiliaries: after a subject's head they are its verb ("The New York businessman has praised"); after the
 * comma closing "X, who said ...," they go on with X's own clause (", was jailed", ", will resign").
 */
export const FINITE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'could', 'can', 'should', 'may', 'might', 'must', 'did', 'does']);

/**
 * A reported clause cannot open with a finite verb: in "the firms accused were ...", "the cases
 * cited involved ...", "the rules announced will ..." the cue is a participle modifying the noun
 * before it, and the verb after it is that noun's.
 */
export const FINITE_OPENING = /^(?:is|was|are|were|has|have|had|will|would|could|can|should|may|might|must|shall|include|includes|included|involve|involves|involved|remain|remains|remained|range|ranged|ranges)$/;

/**
 * Nouns whose "that" clause is their own content, not what a cue reports: "agreed on the condition
 * that ...", "said in the hope that ...". ("said in a statement that ..." stays a report.)
 */
export const COMPLEMENT_NOUNS = new Set(['condition', 'conditions', 'understanding', 'proviso', 'assumption', 'premise', 'grounds',
  'basis', 'fact', 'hope', 'hopes', 'expectation', 'belief', 'knowledge', 'idea', 'notion', 'event', 'sense', 'extent', 'point']);

/** Nouns that class a body right before its name: "Dutch firm Heineken", "US bank Citibank", "Italian side Lazio". */
export const BODY_CLASS_NOUNS = new Set(['company', 'firm', 'group', 'bank', 'carrier', 'airline', 'retailer', 'maker', 'carmaker', 'manufacturer',
  'lender', 'insurer', 'operator', 'broadcaster', 'conglomerate', 'chain', 'supermarket', 'publisher', 'developer', 'distributor', 'giant',
  'brewer', 'miner', 'producer', 'exporter', 'newspaper', 'club', 'side']);

/** Lowercase particles inside names of people, outlets and bodies: "Pieter de Vries", "Corriere della Sera", "Radio de la Paz". */
export { NAME_PARTICLES } from '../lexicon/function-words.js';
