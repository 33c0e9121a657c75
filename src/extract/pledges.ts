// Who pledged what to whom: money or goods committed, approved, given or delivered, and
// agreements signed. Rule-based, one sentence at a time, over the entity mentions the pipeline
// already resolved.
//
// How a sentence is read:
//  1. Prefilter: a sentence without a commitment word (provide, pledge, loan, signed, ...) is
//     skipped with one regex test; most sentences of a news article stop here.
//  2. Cues: verb groups ("decided to provide", "has offered", "approved by", "agreed with Gabon
//     to reschedule"), receipts ("has received a loan from X") and nouns with an amount
//     ("French aid to Gabon ... amounts to 1.67 billion francs", "a $300m loan from X").
//  3. The giver: for an active verb, the nearest country, organization or person before the cue
//     in its clause (clauses end at "said", "that", "as", ";", ...), extended over a
//     coordination ("France, Germany and the U.K. signed" gives three pledges); for a passive
//     verb, the mention after "by"; for a receipt, the mention after "from". A person stands for
//     the country or organization they hold office for (`officeOf`) and is kept as `announcedBy`.
//     "Rutte said his country decided to provide ..." has no giver in its clause, so the speaker
//     of "said" is used.
//  4. The object after the cue: an amount (money.ts), or a quantity and an item ("40 additional
//     long-range Scalp cruise missiles" → 40, "long-range Scalp cruise missiles"), a recipient
//     ("to/into/for/with X", "give X ..."), and a purpose ("for reconstruction", "to buy ...";
//     "for that purpose" is resolved to the initiative named in the sentences before).
//  5. Status: the verb's tense gives pledged / delivered / approved / signed; words around it
//     lower it: "if", "could", "may" → conditional; "hopes", "called for", "asked", "seeking" →
//     requested; "expected", "likely", "plans", "before", "will sign", "approved a proposal",
//     "promised to ask" → planned. Negated or undone cues ("declined to provide", "did not give",
//     "opposed a grant", "the offer was rejected") are dropped.
//  6. Not pledges (a policy analyst wants aid and commitments, not markets):
//     - business and trade: acquisitions, shares, sales, purchases, bonds, contracts, orders,
//       commodity offers ("offered 50,000 tonnes of rice"), unit prices ("1,460 stg a tonne"),
//       amounts under 1,000; public-finance statistics (budgets, deficits, "rose to") unless the
//       sentence lends or gives; an aid word (aid, humanitarian, weapons, reconstruction, ...)
//       overrides all of these;
//     - givers that are not the named entity: companies ("Acme Corp"), a country used as a
//       modifier ("German car maker BMW", "A US bank", "Mexican labourers", "Ukraine's allies",
//       "Russian pole vaulter Yelena Isinbayeva", "American Express"), a subject that won or
//       received something ("Alcatel has won a contract to supply");
//     - debtors: "reschedule Nigeria's debts" makes Nigeria the recipient; "its foreign debt",
//       "accords with its creditors" make the subject the debtor, so no pledge by it;
//     - abstract objects ("support", "details", "a strong signal", "the go-ahead"), spans of time
//       ("given 15 years"), troops and ships deployed to a place ("sent eight ships to the Gulf");
//     - a pledge needs an amount, a quantity of something concrete, or a concrete item (weapons,
//       aid, a loan, a debt rescheduling, an agreement signed with a named partner or by several
//       parties).
//  7. Recipient when the sentence names none: the country the article is about, i.e. the most
//     mentioned country (at least 3 mentions) that is not one of the givers; left undefined when
//     the sentence names a target that is not a known entity ("into the Global Alliance for ...").
//  8. Duplicates: one pledge per giver and amount (or giver, quantity and item); two cues of one
//     sentence merge ("signed an agreement to lend Indonesia 150 billion yen"); a pledge read from
//     the headline is dropped when the body states one by the same giver or of the same sum.
//
// The caller gets committed pledges (pledged, delivered, signed, approved) and the others
// (planned, requested, conditional) with their status: `isCommitted` tells them apart.

import type { Range, EntityType, PledgeStatus, MonetaryAmount } from '../types.js';
import type { Tokenized, Sentence } from '../text/tokenize.js';
import { findMoney } from './money.js';
import { containerIndex } from '../text/intervals.js';
import type { RuleId } from './rules.js';

export interface EntityRef {
  start: number;
  end: number;
  entity: string /* entity key */;
  type: EntityType;
}

export interface PledgeContext {
  text: string;
  doc: Tokenized;
  /** Every resolved entity mention in the document (names, demonyms like "Dutch"/"French", pronouns already resolved), sorted by start. */
  mentions: EntityRef[];
  /** The country or organization a person holds office for ("Dutch Prime Minister Mark Rutte" → country/netherlands), if known. */
  officeOf(personKey: string): string | undefined;
  /** Speech reported in the document: the pledge "his country decided to provide …" inside Rutte's indirect quote is announced by Rutte. */
  quotes: { segments: Range[]; speaker?: string /* entity key */ }[];
}

export interface PledgeCandidate {
  giver: string;
  announcedBy?: string;
  recipient?: string;
  amount?: MonetaryAmount;
  quantity?: number;
  item?: string;
  purpose?: string;
  status: PledgeStatus;
  cue?: string;
  evidence: Range;
  rule: RuleId;
}

/** The statuses that are commitments; 'planned', 'requested' and 'conditional' are not. */
export const COMMITTED_STATUSES: readonly PledgeStatus[] = ['pledged', 'delivered', 'signed', 'approved'];
export function isCommitted(status: PledgeStatus): boolean {
  return COMMITTED_STATUSES.includes(status);
}

// ---------------------------------------------------------------- lexicon

type VerbClass = 'give' | 'pledge' | 'approve' | 'sign' | 'agree' | 'announce' | 'put' | 'fund' | 'debt' | 'pay';
interface VerbSpec {
  forms: RegExp;
  cls: VerbClass;
  /** Status of the past tense ("gave" → delivered); other forms are 'pledged' (or as cls says). */
  past: PledgeStatus;
  /** Takes an indirect object: "give Indonesia $1bn", "provided Ukraine with tanks". */
  dative?: boolean;
}
const V = (forms: string, cls: VerbClass, past: PledgeStatus, dative = false): VerbSpec => ({ forms: new RegExp(`^(?:${forms})$`, 'i'), cls, past, dative });
const VERBS: VerbSpec[] = [
  V('provid(?:e|es|ed|ing)', 'give', 'delivered', true),
  V('giv(?:e|es|en|ing)|gave', 'give', 'delivered', true),
  V('send(?:s|ing)?|sent', 'give', 'delivered', true),
  V('donat(?:e|es|ed|ing)', 'give', 'delivered'),
  V('contribut(?:e|es|ed|ing)', 'give', 'delivered'),
  V('lend(?:s|ing)?|lent|loaned', 'give', 'delivered', true),
  V('suppl(?:y|ies|ied|ying)', 'give', 'delivered', true),
  V('deliver(?:s|ed|ing)?', 'give', 'delivered'),
  V('shipped|shipping', 'give', 'delivered'),
  V('transferr?(?:s|ed|ing)?', 'give', 'delivered'),
  V('disburs(?:e|es|ed|ing)', 'give', 'delivered'),
  V('hand(?:s|ed|ing)?(?:\\s+over)?', 'give', 'delivered', true),
  V('grant(?:s|ed|ing)?', 'approve', 'approved', true),
  V('award(?:s|ed|ing)?', 'approve', 'approved', true),
  V('extend(?:s|ed|ing)?', 'fund', 'approved', true),
  V('approv(?:e|es|ed|ing)', 'approve', 'approved'),
  V('authori[sz](?:e|es|ed|ing)', 'approve', 'approved'),
  V('allocat(?:e|es|ed|ing)', 'approve', 'approved'),
  V('earmark(?:s|ed|ing)?', 'approve', 'approved'),
  V('set(?:s|ting)?\\s+aside', 'approve', 'approved'),
  V('pledg(?:e|es|ed|ing)', 'pledge', 'pledged'),
  V('promis(?:e|es|ed|ing)', 'pledge', 'pledged', true),
  V('commit(?:s|ted|ting)?', 'pledge', 'pledged'),
  V('offer(?:s|ed|ing)?', 'pledge', 'pledged', true),
  V('announc(?:e|es|ed|ing)', 'announce', 'pledged'),
  V('unveil(?:s|ed|ing)?|confirm(?:s|ed|ing)?', 'announce', 'pledged'),
  V('sign(?:s|ed|ing)?|ink(?:s|ed)|seal(?:s|ed)|conclud(?:e|es|ed)', 'sign', 'signed'),
  V('agree(?:s|d)?', 'agree', 'approved'),
  V('put(?:s|ting)?|pump(?:s|ed|ing)?|inject(?:s|ed|ing)?|plough(?:s|ed)?|channel(?:s|led|ed)?', 'put', 'delivered'),
  V('fund(?:s|ed|ing)?|financ(?:e|es|ed|ing)', 'fund', 'delivered'),
  V('reschedul(?:e|es|ed)', 'debt', 'approved'),
  V('(?:write|writes|wrote|written|writing)\\s+off|forgiv(?:e|es|en|ing)|forgave|cancel(?:s|led|ed|ling|ing)?', 'debt', 'approved'),
  V('pay(?:s|ing)?|paid|spend(?:s|ing)?|spent', 'pay', 'delivered'),
];
const VERB_ALT = VERBS.map((v) => v.forms.source.slice(4, -2)).join('|');
const ADV = String.raw`(?:also|now|soon|jointly|immediately|further|then|still|already|recently|formally|officially|finally|each|together|quickly|just|previously|initially|swiftly|eventually|separately|additionally|collectively|each|probably|likely|not|never)`;
const TRAILING_ADV = new RegExp(String.raw`(?:\b${ADV}\s+)+$`, 'i');
const VERB_CUE = new RegExp(
  String.raw`\b(?:(?<modal>will|would|shall|can|could|may|might|must|should|to|['’]ll)\s+(?:${ADV}\s+){0,2})?(?:(?<aux>has|have|had|is|are|was|were|been|be|being)\s+(?:${ADV}\s+){0,2})?(?<verb>${VERB_ALT})\b`,
  'gi',
);
const RECEIVE_CUE = /\b(?:(?:has|have|had|will|would|is\s+to|are\s+to|to)\s+(?:also\s+|already\s+|now\s+)?)?(?:receiv(?:e|es|ed|ing)|get|gets|got|obtain(?:s|ed)?|secur(?:e|es|ed))\b/gi;
const NOUN_CUE = /\b(?:aid|assistance|loans?|credits?|grants?|donations?|contributions?|pledges?|commitments?|package)\b/gi;

/** One regex test that every sentence with a pledge passes. */
const PREFILTER = new RegExp(String.raw`\b(?:${VERB_ALT}|receiv(?:e|es|ed)|get|gets|got|obtain(?:s|ed)?|secur(?:e|es|ed)|aid|assistance|loans?|credits?|grants?|donations?|package)\b`, 'i');

const PAST_IRREGULAR = /^(?:gave|given|sent|lent|paid|spent|wrote|written|forgave|forgiven|set\s+aside|put|handed\s+over)$/i;

// Objects that make a pledge concrete when it has no amount (singular, lower case).
const CONCRETE = new Set(
  (
    'missile rocket tank jet aircraft plane airplane fighter helicopter drone ship vessel warship frigate submarine boat vehicle truck lorry ' +
    'ambulance howitzer gun rifle artillery ammunition munition shell round bomb launcher system weapon arm armament equipment radar ' +
    'vaccine dose medicine drug food wheat grain rice maize corn flour fuel generator tent blanket supply kit meal ration ' +
    'tonne ton barrel litre liter bed ventilator mask shipment consignment convoy ' +
    'aid loan credit grant donation funding fund financing guarantee rescheduling package ' +
    'agreement accord deal pact treaty memorandum protocol'
  ).split(' '),
);
const AGREEMENT_NOUNS = new Set(['agreement', 'accord', 'deal', 'pact', 'treaty', 'memorandum', 'protocol', 'loan', 'credit', 'grant']);
// "package", "funding", "fund" need an amount; "agreement" and its kind need 'signed'.
const NEEDS_AMOUNT = new Set(['package', 'fund', 'funding', 'financing']);
const ABSTRACT_ITEM = /^(?:support|help|assistance|backing|solidarity|cooperation|details?|information|signal|message|assurances?|guarantees? of|commitment|contribution|opportunity|time|years?|months?|weeks?|days?|access|priority|consideration|attention|advice|speech|statement|interview|view|reason|chance|way|life|lives|power|rights?|status|credit for)$/i;
const TIME_UNITS = /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|pct|percent|per|times|points?|votes?|seats?|shares?|people|persons|members|countries|nations|states|cents?|pence)$/i;

const NUMBER_WORD: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12, 'a dozen': 12,
  'a hundred': 100, 'a thousand': 1000,
};
const QTY_MULT: Record<string, number> = { thousand: 1e3, million: 1e6, mln: 1e6, billion: 1e9, bln: 1e9, hundred: 100, dozen: 12 };
const QUANTITY_RE = new RegExp(
  String.raw`^(?:(?:about|some|around|nearly|almost|over|more\s+than|up\s+to|at\s+least|roughly|approximately|an\s+estimated)\s+)?(?<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|${Object.keys(NUMBER_WORD).sort((a, b) => b.length - a.length).join('|')})(?:\s+(?<mult>thousand|million|mln|billion|bln|hundred))?\s+(?!(?:of\s+)?(?:${'pct|percent|per'})\b)`,
  'i',
);

const DROP_ADJ = /^(?:additional|more|new|extra|further|fresh|another|other|some|several|many|much|the|a|an|its|their|his|her|our|up|to|total|first|second|initial|promised|pledged|total)$/i;
const STOP_WORD = new Set(
  (
    'to for with from into by in on at over under worth that which who whom whose and or as since after before while until this next last per ' +
    'said says say will would is are was were has have had be been being it they he she we also but if than when where because so though although ' +
    'valued amounting totalling totaling bringing including such via through toward towards against within without during this these those ' +
    'immediately yesterday today tomorrow earlier later recently'
  ).split(' '),
);

const NEGATION = /\b(?:not|never|no\s+longer|declined\s+to|refused\s+to|failed\s+to|ruled\s+out|rejected|denied|cannot|won['’]t|can['’]t|oppos(?:e|es|ed|ing)|block(?:s|ed|ing)|veto(?:es|ed|ing)?|withh[eo]ld(?:s|ing)?|suspend(?:s|ed|ing)|froze|freez(?:e|es|ing)|halt(?:s|ed|ing)|cut\s+off|stopp?(?:ed|ing)?|instead\s+of|rather\s+than|reluctan\w+|unwilling\w*|hesitan\w+|refus\w+|bann(?:ed|ing)|bans?|prohibit\w*|barred|barring|forbid\w*|unable|inability)\b|n['’]t\b/i;
const UNDONE = /\b(?:was|were|has\s+been|had\s+been|have\s+been|is|are)\s+(?:\w+ly\s+|later\s+|since\s+|then\s+)?(?:rejected|blocked|cancell?ed|withdrawn|suspended|frozen|vetoed|turned\s+down|scrapped|shelved|put\s+off|postponed|delayed|revoked|denied)\b/i;
const CONDITIONAL = /\b(?:if|unless|provided\s+that|on\s+condition|conditional|in\s+exchange\s+for|in\s+return\s+for|as\s+long\s+as)\b/i;
const CONDITIONAL_MODAL = /^(?:can|could|may|might)$/i;
const REQUESTED = /\b(?:call(?:s|ed|ing)?\s+(?:on|for)|ask(?:s|ed|ing)?|request(?:s|ed|ing)?|seek(?:s|ing)?|sought|urg(?:e|es|ed|ing)|appeal(?:s|ed|ing)?|hop(?:e|es|ed|ing)|want(?:s|ed)?|wish(?:es|ed)?|need(?:s|ed)?|demand(?:s|ed|ing)?|press(?:es|ed)?\s+for|lobb(?:y|ies|ied|ying)|should|must|invit(?:e|es|ed)|approach(?:es|ed|ing)?)\b/i;
const PLANNED = /\b(?:expect(?:s|ed|ing)?|likely|unlikely|plan(?:s|ned|ning)?|propos(?:e|es|ed|ing|al|als)|consider(?:s|ed|ing)?|discuss(?:es|ed|ing)?|negotiat\w*|before|is\s+to\s+be|are\s+to\s+be|prepared\s+to|ready\s+to|intend(?:s|ed)?|aim(?:s|ed|ing)?\s+to|set\s+to|due\s+to|would\s+like|possible|possibly|talks?\s+(?:on|about)|in\s+principle|could|may|might|thought\s+to|willing|speculat\w*|rumou?r\w*|reportedly|believed\s+to)\b/i;

// Business, not aid: a company paying for a takeover is not a commitment to another party.
// Transactions and markets: these block unless the sentence is about aid (AID_STRONG).
const BUSINESS = /\b(?:acqui(?:re|res|red|ring|sition|sitions)|takeover|merger|merge[sd]?|shares|share\s+(?:price|capital|issue|offer)|stake|dividends?|profits?|revenues?|earnings|net\s+income|per\s+share|a\s+share|buyout|buy\s*back|tender|offer\s+for|sales?|sell(?:s|ing)?|sold|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|subsidiary|stock|debentures|underwrit\w*|bids?|bidding|customers?|shareholders?|investors?|invest(?:s|ed|ing|ment|ments)?|wages?|salary|salaries|treasury\s+bills|bills|bonds|auction|securities|money\s+supply|valu(?:e|ed|ing)\s+(?:the\s+|it\s+)?(?:company|firm|group|business|deal|bank)|contracts?|money\s+markets?|sponsor\w*|commercial|trade\s+deal|export\w*|import\w*|charges|tariffs?|fares?|arranger|arranged\s+by|lead\s+manager|syndicat\w*|euro-?bonds?|euronotes?|bullet|floating[\s-]rate|libor|basis\s+points|barter\w*|countertrad\w*|joint\s+ventures?|commodity\s+exchange|cif|fob|c\s*&\s*f|hotels?|orders?|ordered|at\s+a\s+cost\s+of)\b/i;
// Public finance and statistics ("a record deficit budget", "credit rose to 77 billion crowns"):
// these block only when nothing in the sentence lends or gives (LENDING).
const FISCAL = /\b(?:quarter(?:ly)?|prices?|priced|savings|cuts|costs|borrowings|averaged|interest\s+rates?|issu(?:e|es|ed|ing|ance)|rates|vs|versus|compared\s+with|year-earlier|year-on-year|exchange\s+rates?|currenc(?:y|ies)|budgets?|spending|deficits?|tax(?:es)?|principal|interest\s+payments?|rose|fell|risen|fallen)\b/i;
const LENDING = /\b(?:loans?|credits?|grants?|aid|assistance|lend(?:s|ing)?|lent|loaned|donat\w*)\b/i;
/** Words that make a sentence about aid even when it has a business word ("to buy ammunition"). */
const AID_STRONG = /\b(?:aid|humanitarian|relief|donat\w*|grants?|reconstruction|rebuild\w*|assistance|weapons?|military|missiles?|ammunition|shells|arms|vaccin\w*|immuni[sz]\w*|refugees?|victims?|poverty|famine|disaster|earthquake|flood\w*|tsunami|debt\s+relief|reschedul\w*|bail-?out|rescue\s+package)\b/i;
const AID_CONTEXT = new RegExp(`${AID_STRONG.source}|\\b(?:loans?|credits?|debts?|development|financing|funds?|funding|package|programme|program|project|scheme|initiative|government)\\b`, 'i');
const COMPANY = /\b(?:Inc|Corp|Corporation|Co|Cos|Ltd|Limited|plc|PLC|Group|Holdings?|AG|SA|NV|N\.V\.|GmbH|S\.p\.A|SpA|Bancorp|Bankshares|Securities|Partners|Industries|Motors|Airlines|Airways|Petroleum|Technologies|Communications|Pharmaceuticals|Brothers|Bros|LLC|LP)\.?\b/;
/**
 * A country or organization name used as a modifier of someone else: "Ukraine's allies pledged",
 * "German car maker BMW has announced", "A US bank will donate", "Mexican labourers sent". The
 * head is not the named entity, so it is not the giver.
 */
const NON_STATE_HEAD = /^(?:['’]s?)?\s+(?:(?!(?:or|but|a|an|the|on|in|at|of|to|for|with|by|from|has|have|had|is|are|was|were|will|would|said|says|also|last|this|next)\s|and\s+(?:a|an|the|other|its|their|his|her|several|some|many)\s)(?:[a-z][a-z-]*|\d[\w-]*)\s+){0,5}?(?:allies|partners|neighbou?rs|creditors|donors|backers|supporters|friends|enemies|critics|rivals|opponents|lenders|banks?|companies|company|firms?|investors?|car\s*makers?|carmakers?|makers?|groups?|giants?|labou?rers|workers|businessm[ae]n|consortium|exporters?|importers?|producers?|manufacturers?|insurers?|retailers?|airlines?|operators?|conglomerates?|corporations?|subsidiar(?:y|ies)|units?|brokers?|brokerage|owners?|shareholders?|fans|clubs?|teams?|players?|people|citizens|residents|tourists|students|families|migrants|expatriates|emigrants|immigrants|charit(?:y|ies)|traders?|dealers?|executives?|chains?|stores?|media|broadcasters?|newspapers?|publishers?|studios?|bands?|singers?|actors?|stars?|markets?|exchanges?|industr(?:y|ies)|sector|economy|interests)\b/;
const GOVERNMENT_WORD = /\b(?:president|prime|premier|chancellor|minister|ministry|secretary|ambassador|envoy|king|queen|emir|sultan|leader|government|official|spokes\w+|treasury|state|foreign|defen[cs]e|finance|aid|development|cabinet|parliament|congress|senate|army|navy|military|forces|embassy|authorities|administration|agency|central|national|federal|export-import|overseas|economic|co-?operation|fund|development|reserve|exim|ex-im|credit\s+guarantee)\b/i;
const PREPOSITION_BEFORE = /\b(?:to|for|with|in|at|on|into|from|of|against|about|by|over|toward|towards|under|than|between|among|across|via|like|including|help|helping|assist|assisting|support|supporting)\s+(?:the\s+)?$/i;
const RECIPIENT_BEFORE = /\b(?:to|into|for|toward|towards|help|helping|assist|assisting|support|supporting|benefit|benefiting)\s+(?:the\s+)?$/i;
const WITH_BEFORE = /\bwith\s+(?:the\s+)?$/i;

// Clause boundaries, searched leftwards from a cue: the giver of "X said Y would provide" is in "Y would provide".
const CLAUSE_BOUNDARY = /[;:—–()"“”]|,\s*(?=(?:as|while|but|which|who|whose|whereas|although|though|after|before|when|since|because|where)\b)|\b(?:said|says|say|saying|told(?:\s+[A-Z][\w.]*)?|added|adding|stated|noted|explained|declared|reported|hopes?|hoped|that|as|while|but|after|before|when|because|although|though|whereas|which|who|if|unless|where)\b/g;
const SPEECH_VERB = /\b(?:said|says|say|saying|told(?:\s+[A-Z][\w.]*)?|added|adding|stated|noted|explained|declared|reported|announced)\s*(?:that\s*)?$/i;
const PRONOUN_SUBJECT = /^\s*(?:(?:he|she|it|they|we|i)\b|(?:his|her|its|their|our|my)\s+(?:\w+\s+)?(?:country|countries|government|administration|nation|ministry|bank|organi[sz]ation|fund|group|union|alliance)\b)/i;

const TIME_ADVERB = /^\s*(?:,\s*)?(?:(?:also|already|now|recently|formally|officially|jointly|immediately|quickly|further|additionally|previously|earlier|today|yesterday|tonight|in\s+total|so\s+far|(?:last|this|next|earlier\s+this|later\s+this)\s+(?:week|month|year|weekend|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4}))\s*,?\s*)+/i;
const DELIVERY_NOUN = /^\s*(?:the\s+|a\s+|an\s+)?(?:(?:first|second|third|new|latest|next|further)\s+)?(?:deliver(?:y|ies)|shipments?|dispatch|donations?|transfers?|provision|supply|sending|handover|package|tranche)\s+of\s+/i;

// ---------------------------------------------------------------- the extractor

interface SentenceView {
  s: Sentence;
  /** The sentence text with every whitespace character a plain space (same length, same offsets). */
  t: string;
  /** Mentions inside the sentence, with sentence-local offsets. */
  ms: LocalMention[];
  /** `t` with the mentions blanked out: business words inside names ("Export-Import Bank") do not count. */
  bare: string;
  money: LocalMoney[];
  index: number;
}
interface LocalMention {
  start: number;
  end: number;
  entity: string;
  type: EntityType;
}
interface LocalMoney extends MonetaryAmount {
  start: number;
  end: number;
}

interface Cue {
  start: number;
  end: number;
  text: string;
  kind: 'active' | 'passive' | 'receive' | 'nominal';
  spec?: VerbSpec;
  status: PledgeStatus;
  modal?: string;
}

const CUE_RULE: Record<Cue['kind'], RuleId> = { active: 'pledge.verb', passive: 'pledge.passive', receive: 'pledge.receipt', nominal: 'pledge.noun' };

export function findPledges(ctx: PledgeContext): PledgeCandidate[] {
  const { text, doc } = ctx;
  const out: (PledgeCandidate & { headline: boolean; cueAt: number })[] = [];
  const headline = headlineRange(doc, text);
  let mainCountry: Map<string, number> | undefined;
  const mainCountryFor = (givers: Set<string>): string | undefined => {
    if (!mainCountry) {
      mainCountry = new Map();
      for (const m of ctx.mentions) if (m.type === 'Country') mainCountry.set(m.entity, (mainCountry.get(m.entity) ?? 0) + 1);
    }
    let best: string | undefined;
    let n = 2;
    for (const [k, c] of mainCountry) if (!givers.has(k) && c > n) [best, n] = [k, c];
    return best;
  };

  let mi = 0;
  doc.sentences.forEach((s, index) => {
    const raw = text.slice(s.start, s.end);
    if (!PREFILTER.test(raw)) return;
    while (mi < ctx.mentions.length && ctx.mentions[mi]!.end <= s.start) mi++;
    const ms: LocalMention[] = [];
    for (let j = mi; j < ctx.mentions.length && ctx.mentions[j]!.start < s.end; j++) {
      const m = ctx.mentions[j]!;
      if (m.start >= s.start && m.end <= s.end) ms.push({ start: m.start - s.start, end: m.end - s.start, entity: m.entity, type: m.type });
    }
    // A mention inside a longer one ("Japanese" in "Japanese Export-Import Bank") gives way to it.
    for (let j = ms.length - 1; j >= 0; j--) {
      const m = ms[j]!;
      if (ms.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start)) ms.splice(j, 1);
    }
    ms.sort((a, b) => a.start - b.start || b.end - a.end);
    const t = raw.replace(/\s/g, ' ');
    const money = findMoney(text, s).map((m): LocalMoney => {
      const { range, ...rest } = m;
      return { ...rest, start: range.start - s.start, end: range.end - s.start };
    });
    // "479.67 billion Taiwan dlrs": a country inside an amount is its currency, not a party.
    for (let j = ms.length - 1; j >= 0; j--) if (money.some((x) => x.start <= ms[j]!.start && ms[j]!.end <= x.end)) ms.splice(j, 1);
    let bare = t;
    for (const m of ms) bare = bare.slice(0, m.start) + ' '.repeat(m.end - m.start) + bare.slice(m.end);
    const view: SentenceView = { s, t, ms, bare, money, index };
    const isHeadline = !!headline && s.start >= headline.start && s.end <= headline.end;
    const cues = findCues(view);
    let inherited: PledgeStatus | undefined;
    cues.forEach((cue, ci) => {
      const next = cues.slice(ci + 1).find((c) => c.start >= cue.end && c.kind !== 'nominal');
      // "signed an agreement to reschedule Nigeria's debts": the agreement is read through the verb
      // that says what it does, which inherits its status.
      if (next && (cue.spec?.cls === 'sign' || cue.spec?.cls === 'agree') && /^\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:agreement|accord|deal|pact|memorandum|treaty)\s*$/i.test(t.slice(cue.end, next.start)) && /^to\s/i.test(next.text)) {
        const inner = readCue(ctx, view, next, cues.slice(ci + 2).find((c) => c.start >= next.end && c.kind !== 'nominal')?.start ?? t.length);
        if (inner.length) {
          inherited = cue.status;
          return;
        }
      }
      let found = readCue(ctx, view, cue, next?.start ?? t.length);
      if (inherited) {
        const st = inherited;
        inherited = undefined;
        found = found.map((p) => (isCommitted(p.status) && isCommitted(st) ? { ...p, status: st, cue: `${p.cue}` } : p));
      }
      const coGivers = new Set(found.map((p) => p.giver));
      for (const p of found) {
        if (!p.recipient && !p.namedTarget) {
          const r = mainCountryFor(coGivers);
          if (r) p.recipient = r;
        }
        const { namedTarget: _n, ...rest } = p;
        out.push({ ...rest, headline: isHeadline });
      }
    });
  });
  return dedupe(out);
}

function headlineRange(doc: Tokenized, text: string): Range | undefined {
  const p = doc.paragraphs[0];
  if (!p || doc.paragraphs.length < 2) return undefined;
  const body = text.slice(p.start, p.end);
  if (/[.!?]["”’]?$/.test(body) || body.length > 160 || body.includes('\n')) return undefined;
  return p;
}

// ---------------------------------------------------------------- cues

function findCues(v: SentenceView): Cue[] {
  const { t } = v;
  const cues: Cue[] = [];
  VERB_CUE.lastIndex = 0;
  for (let m = VERB_CUE.exec(t); m !== null; m = VERB_CUE.exec(t)) {
    const g = m.groups!;
    const verb = g.verb!;
    const spec = VERBS.find((x) => x.forms.test(verb));
    if (!spec) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    const verbStart = end - verb.length;
    const before = t.slice(Math.max(0, verbStart - 25), verbStart);
    // A noun, not a verb: "an expected pledge of", "the offer", "Japan's promise", "a grant".
    const nounLike = !g.modal && !g.aux && /\b(?:a|an|the|its|their|his|her|our|this|that|these|those|new|fresh|expected|earlier|previous|initial|further|additional|total|first|latest|[\p{L}.]+['’]s?)\s+$/iu.test(before);
    if (nounLike) continue;
    if (verbStart > 0 && /[-‐]/.test(t[verbStart - 1]!)) continue; // "anti-shipping", "cost-sharing"
    if (spec.cls === 'approve' && /^approv/i.test(verb) && /^\s+of\b/i.test(t.slice(end))) continue; // "approved of"
    // "International Monetary Fund", "London Interbank Offered Rates": a capitalised verb inside a name.
    if (/^\p{Lu}/u.test(verb) && verbStart > 0 && !/^[^\p{Ll}]*$/u.test(t) && !(titleCase(t) && afterSubject(v, verbStart))) continue;
    if (v.ms.some((x) => x.start <= verbStart && verbStart < x.end)) continue;
    // Phrasal verbs that are not giving: "giving up", "give in", "signed up for", "put off".
    if (/^\s+(?:up|in|away|way|back|out|off|on|forward)\b/i.test(t.slice(end)) && /^(?:giv|gave|sign|put|hand|send|sent|set|pay|paid)/i.test(verb) && !/^\s+(?:up\s+to)\b/i.test(t.slice(end))) continue;
    // A bare form ("supply", "pledges", "funds") without a modal or auxiliary is usually a noun
    // ("money supply rose", "loans to farmers"): it is a verb only right after its subject ("UK pledges £1bn").
    if (!g.modal && !g.aux && !/(?:ed|ing)$/i.test(verb) && !PAST_IRREGULAR.test(verb) && /^\s+of\b/i.test(t.slice(end))) continue; // "the U.S. offer of wheat"
    // An -ing form alone is often an adjective ("a financing package", "lending rates"): it is a verb
    // after a preposition or conjunction ("by providing", "as well as pledging"), a comma, or its subject.
    if (!g.modal && !g.aux && /ing$/i.test(verb) && !/(?:^|\b(?:by|after|before|while|in|for|of|from|besides|without|than|and|also|to|as\s+well\s+as|in\s+addition\s+to)|[,;:(—–-])\s*$/i.test(t.slice(0, verbStart).replace(TRAILING_ADV, '')) && !afterSubject(v, verbStart)) continue;
    if (!g.modal && !g.aux && !/(?:ed|ing)$/i.test(verb) && !PAST_IRREGULAR.test(verb)) {
      if (!afterSubject(v, verbStart) && !/\b(?:he|she|it|they|we|i|who|which|that)\s*$/i.test(t.slice(0, verbStart).replace(TRAILING_ADV, ''))) continue;
    }
    if (/^provided$/i.test(verb) && /^\s+that\b/i.test(t.slice(end))) continue; // "provided that"
    // "given the go-ahead", "give approval", "gave evidence": giving that is not giving anything.
    if (/^(?:giv|gave|grant|offer)/i.test(verb) && /^\s+(?:\w+\s+)?(?:(?:the|a|an|its|their|his|her|final|formal)\s+)*(?:go[\s-]ahead|green\s+light|approval|permission|consent|nod|boost|priority|warning|assurances?|evidence|details|speech|interview|lecture|briefing|answer|verdict|reasons?|thought|notice|way|birth|chase|rise|credence|weight|support)\b/i.test(t.slice(end))) continue;
    if (spec.cls === 'announce' && /^\s+(?:(?:on|last|this|late|early)\s+\w+\s+)?that\b/i.test(t.slice(end))) continue;
    const isPast = /ed$/i.test(verb) || PAST_IRREGULAR.test(verb) || (spec.cls === 'sign' && /^(?:inked|sealed|concluded|signed)$/i.test(verb));
    const afterVerb = t.slice(end);
    // Passive with an agent: "approved by the World Bank".
    if (isPast && /^\s+(?:(?:\w+ly|also|jointly|in\s+\w+)\s+)?by\s/i.test(afterVerb) && !/^(?:is|are|was|were|been|be|being)$/i.test(g.modal ?? '')) {
      cues.push({ start, end, text: m[0], kind: 'passive', spec, status: spec.past, modal: g.modal });
      continue;
    }
    // Passive without an agent ("Uganda was given 15 years"): the subject received; giver only from "from".
    if (isPast && g.aux && /^(?:is|are|was|were|been|be|being)$/i.test(g.aux)) {
      cues.push({ start, end, text: m[0], kind: 'receive', spec, status: spec.past, modal: g.modal });
      continue;
    }
    let status: PledgeStatus;
    if (spec.cls === 'sign') status = isPast ? 'signed' : g.modal || /ing$/i.test(verb) ? 'planned' : 'signed';
    else if (isPast && !g.modal) status = g.aux && /^(?:has|have|had)$/i.test(g.aux) && spec.cls === 'pledge' ? 'pledged' : spec.past;
    // "will approve", "is to sign": a future approval or signature is planned, a future gift is pledged.
    else if (spec.cls === 'approve') status = g.modal ? 'planned' : 'approved';
    else status = 'pledged';
    if (spec.cls === 'pledge' || spec.cls === 'announce') status = 'pledged';
    cues.push({ start, end, text: m[0], kind: 'active', spec, status, modal: g.modal });
  }
  RECEIVE_CUE.lastIndex = 0;
  for (let m = RECEIVE_CUE.exec(t); m !== null; m = RECEIVE_CUE.exec(t)) {
    if (cues.some((c) => c.start < m!.index + m![0].length && m!.index < c.end)) continue;
    const past = /(?:ed|got)$/i.test(m[0]) || /^(?:has|have|had)\b/i.test(m[0]);
    cues.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'receive', status: past ? 'delivered' : 'pledged' });
  }
  NOUN_CUE.lastIndex = 0;
  for (let m = NOUN_CUE.exec(t); m !== null; m = NOUN_CUE.exec(t)) {
    if (cues.some((c) => c.start < m!.index + m![0].length && m!.index < c.end)) continue;
    cues.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'nominal', status: 'pledged' });
  }
  return cues.sort((a, b) => a.start - b.start);
}

/** A headline in title case: "UK Pledges £1bn To Vaccine Effort". */
function titleCase(t: string): boolean {
  const words = t.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return words.length > 0 && words.length <= 16 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6;
}

/** Whether a mention ends right before `at` (adverbs allowed between): "UK pledges", "France recently signed". */
function afterSubject(v: SentenceView, at: number): boolean {
  const lead = v.t.slice(0, at).replace(TRAILING_ADV, '').trimEnd();
  return v.ms.some((x) => x.end <= lead.length && /^(?:['’]s?)?$/.test(lead.slice(x.end)));
}

// ---------------------------------------------------------------- reading one cue

interface Resolved {
  giver: string;
  announcedBy?: string;
}

function readCue(ctx: PledgeContext, v: SentenceView, cue: Cue, limitAt: number): (PledgeCandidate & { cueAt: number; namedTarget?: boolean })[] {
  const { t } = v;
  const objectEnd = Math.min(limitAt, objectLimit(t, cue.end));
  const clauseStart = clauseStartBefore(t, cue.start);

  // Status from the words around the cue.
  let status = cue.status;
  const near = t.slice(clauseStart, cue.start);
  if (NEGATION.test((near + cue.text).slice(-70))) return [];
  // "... offer of subsidized wheat was rejected", "the loan, which was later cancelled".
  if (UNDONE.test(t.slice(cue.end))) return [];
  const windowStart = Math.max(0, clauseStart - 40);
  const around = t.slice(windowStart, cue.start);
  if (CONDITIONAL.test(t) || (cue.modal && CONDITIONAL_MODAL.test(cue.modal))) status = 'conditional';
  else if (cue.kind === 'nominal' && REQUESTED.test(t.slice(0, cue.start))) status = 'requested';
  else if (REQUESTED.test(around) || (cue.modal && /^(?:should|must)$/i.test(cue.modal))) status = 'requested';
  else if (PLANNED.test(around) || /^\s+in\s+principle\b/i.test(t.slice(cue.end))) status = 'planned';
  // A noun's predicate comes after it: "a World Bank loan of 200 mln dlrs ... was likely to be agreed".
  else if (cue.kind === 'nominal' && /\b(?:(?:was|were|is|are|be)\s+(?:\w+ly\s+)?(?:likely|unlikely|expected|due|set|scheduled|planned|proposed|sought|requested|under\s+discussion|being\s+negotiated)|would\s+be|will\s+be\s+(?:discussed|considered|negotiated)|may|might|could)\b/i.test(t.slice(cue.end))) status = 'planned';

  // Business transactions are not pledges.
  const scope = t.slice(Math.max(0, clauseStart - 40), objectEnd);
  const fullEnd = Math.max(objectEnd, objectLimit(t, cue.end));
  const wide = t.slice(Math.max(0, clauseStart - 40), fullEnd);
  const wideBare = v.bare.slice(Math.max(0, clauseStart - 40), fullEnd);
  const business = (BUSINESS.test(wideBare) && !AID_STRONG.test(wide)) || (FISCAL.test(wideBare) && !AID_STRONG.test(wide) && !LENDING.test(wideBare));

  // The object: amount, quantity, item, recipient, purpose.
  const obj = readObject(ctx, v, cue, objectEnd);
  if (!obj) return [];
  if (obj.status) status = status === 'pledged' || status === 'approved' ? obj.status : status;
  // "approved an ambitious proposal calling for ...", "agreed a plan": approving a plan is not yet a pledge.
  if (isCommitted(status) && /^(?:approve|agree|sign|announce)$/.test(cue.spec?.cls ?? '') && /^\s+(?:(?:on|to)\s+)?(?:an?|the|its|their)?\s*(?:[\w-]+\s+){0,2}(?:proposals?|plans?|bills?|requests?|laws?|legislation|budgets?|motions?|resolutions?|measures?|framework|outline|guidelines|principles?|protocols?\s+of\s+intent|letters?\s+of\s+intent)\b/i.test(t.slice(cue.end))) status = 'planned';
  // "has promised to ask Congress for 910 mln dlrs", "agreed to consider": a step towards a pledge.
  if (isCommitted(status) && /^\s+to\s+(?:ask|seek|request|try|consider|study|discuss|examine|review|look\s+into|explore|negotiate|work\s+towards?)\b/i.test(t.slice(cue.end))) status = 'planned';
  if (status === 'pledged' && /\bagree(?:d|s)?\b/i.test(near)) status = 'approved';

  // "signed an agreement to borrow 150 billion yen from X": the subject receives.
  const kind = cue.kind === 'active' && /\bto\s+(?:borrow|receive|obtain|get|raise)\b/i.test(t.slice(cue.end, objectEnd)) ? 'receive' : cue.kind;

  // The giver.
  let giverMentions: LocalMention[] = [];
  let recipients: LocalMention[] = obj.recipients;
  let speaker: string | undefined;
  if (cue.kind === 'passive') {
    const by = /^\s+(?:(?:\w+ly|also|jointly|in\s+\w+)\s+)?by\s+(?:the\s+)?/i.exec(t.slice(cue.end));
    const at = cue.end + (by ? by[0].length : 0);
    const first = v.ms.find((m) => m.start >= at && m.start <= at + 2);
    // "granted by the Swedish finance companies": the agent is the companies, not Sweden.
    if (first && !NON_STATE_HEAD.test(t.slice(first.end, first.end + 60)) && !partOfOtherName(t, first)) giverMentions = coordinatedRight(t, v.ms, first);
  } else if (kind === 'receive' || kind === 'nominal') {
    const from = fromMention(t, v.ms, cue.end, objectEnd);
    if (from) giverMentions = coordinatedRight(t, v.ms, from);
    else {
      const own = obj.ownerBefore ?? (cue.kind === 'nominal' ? ownerBefore(t, v.ms, cue.start) : undefined);
      // "French aid" is aid from France, but "Brazilian loans" are loans to Brazil: for loans and
      // credits only a possessive or an organization names the lender ("Japan's loan", "World Bank loan").
      const lenderNoun = /\b(?:loans?|credits?)$/i.test(obj.item ?? cue.text);
      if (own && (!lenderNoun || own.type === 'Organization' || /^['’]/.test(t.slice(own.end, own.end + 1)) || /['’]s?$/.test(t.slice(own.start, own.end)))) giverMentions = [own];
    }
    if (kind === 'receive') {
      const subj = subjectBefore(t, v.ms, clauseStart, cue.start);
      if (subj) recipients = coordinatedLeft(t, v.ms, subj);
    }
  } else {
    const subj = subjectBefore(t, v.ms, clauseStart, cue.start);
    if (subj) giverMentions = coordinatedLeft(t, v.ms, subj);
    else {
      const clauseText = t.slice(clauseStart, cue.start);
      const head = t.slice(0, clauseStart);
      const quote = quoteSpeaker(ctx, v.s.start + cue.start);
      if (PRONOUN_SUBJECT.test(clauseText) && SPEECH_VERB.test(head)) {
        // "Rutte said his country decided to provide": the speaker's country.
        const spk = speakerBefore(t, v.ms, clauseStart);
        if (spk) giverMentions = [spk];
      } else if (quote && /^\s*(?:we|i|our|my)\b/i.test(clauseText)) {
        speaker = quote;
      } else if (/^\s*(?:as\s+well\s+as|besides|in\s+addition\s+to|apart\s+from|after|having|while|by)\s+$/i.test(clauseText) || (clauseStart === 0 && /^\s*(?:As\s+well\s+as|Besides|In\s+addition\s+to|Apart\s+from|After|Having)\b/i.test(t))) {
        // "As well as pledging £960m ..., Britain urged ...": the subject of the main clause.
        const comma = t.indexOf(',', cue.end);
        if (comma > 0) {
          const m = v.ms.find((x) => x.start > comma && x.start <= comma + 8 && x.type !== 'Place');
          if (m) giverMentions = coordinatedRight(t, v.ms, m);
        }
      }
    }
    // "agreed with Gabon to reschedule": the partner is the recipient.
    if (!recipients.length) {
      const w = v.ms.find((m) => m.start >= clauseStart && m.end <= cue.start && WITH_BEFORE.test(t.slice(Math.max(0, m.start - 12), m.start)) && /\bagree|\bsign|\bdeal|\baccord/i.test(t.slice(clauseStart, cue.end)));
      if (w) recipients = [w];
    }
  }

  // A loan agreement signed with no named partner ("Netherlands has signed a 3.28 billion yen loan
  // agreement"): the signer is as likely the borrower as the lender.
  if (cue.spec?.cls === 'sign' && /\b(?:loan|credit)s?\b/i.test(obj.item ?? t.slice(cue.end, objectEnd)) && !recipients.length) return [];
  // "China has signed a loan agreement with the World Bank": the bank lends.
  // "South Korea signed with Japan for a 44.6 billion yen credit facility": the partner lends.
  if (cue.spec?.cls === 'sign' && /\b(?:loan|credit)s?\b/i.test(t.slice(cue.end, objectEnd)) && recipients.length === 1 && giverMentions.length > 0) {
    [giverMentions, recipients] = [recipients, giverMentions];
  }

  // An agreement or deal is a commitment between named parties ("signed agreements with Ukraine",
  // "X and Y signed the deal"); "agreed a new deal with adidas" is not.
  const agreementItem = !obj.amount && obj.quantity === undefined && !!obj.item && AGREEMENT_NOUNS.has(singularWord(lastWord(obj.item))) && !/\b(?:loan|credit|grant)s?$/i.test(obj.item);
  if (agreementItem && !recipients.length && new Set(giverMentions.map((m) => m.entity)).size < 2 && !AID_STRONG.test(scope)) return [];
  // Commodities supplied without an aid word are trade: "offered to supply 120,000 barrels of fuel oil a month".
  if (cue.spec && /^(?:suppl|deliver|ship|export|sell|offer)/i.test(cue.spec.forms.source.slice(4)) && obj.item && /\b(?:barrels?|crude|oil|gas|lng|coal|ore|steel|copper|alumin(?:i)?um|tonnes?|tons?|cars?|aircraft|planes?|jets?|rice|wheat|maize|corn|sugar|cocoa|coffee|grain|soy\w*|cotton|rubber|palm)\b/i.test(obj.item) && !AID_STRONG.test(t) && !/lend|loan|donat|give|gave|grant/i.test(cue.text)) return [];

  // "concluded eight bilateral accords with government creditors": the subject is the debtor.
  if (/\bwith\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,4}(?:creditors?|lenders?|commercial\s+banks|bank\s+advisory)\b/i.test(t.slice(clauseStart, Math.max(objectEnd, objectLimit(t, cue.end))))) return [];
  // Debts: "reschedule Nigeria's official debts" makes Nigeria the debtor (a recipient, never the
  // giver); "its debt", "the country's debts" make the subject the debtor: no pledge by it.
  const debtText = t.slice(cue.start, objectEnd);
  if (/\bdebts?\b/i.test(debtText) || obj.item === 'debt rescheduling' || obj.item === 'debt relief') {
    if (/\b(?:its|their|our|his|her|the\s+country['’]s|the\s+government['’]s)\s+(?:[\w.,-]+\s+){0,4}?debts?\b/i.test(debtText)) return [];
    const debtors = v.ms.filter((m) => m.start >= cue.end && m.end <= objectEnd && /^['’]s?\s+(?:[\w.,-]+\s+){0,4}?debts?\b/i.test(t.slice(m.end, m.end + 60)));
    // "rescheduling of 20.3 billion dlrs in public sector foreign debt": the subject's own debt.
    if (!debtors.length && /\b(?:foreign|external|public[\s-]sector|sovereign|official|commercial\s+bank)\s+(?:[\w-]+\s+){0,2}?debts?\b/i.test(debtText)) return [];
    if (debtors.length) {
      const keys = new Set(debtors.map((m) => m.entity));
      giverMentions = giverMentions.filter((m) => !keys.has(m.entity));
      if (!recipients.length) recipients = debtors;
    }
  }

  // Business words are forgiven only between countries: "China lent Russia $6bn to buy back ...".
  const trade = /\b(?:sell|sells|sold|sale|sales|exports?|imports?|purchas\w*|buy|buys|bought|contracts?|barter\w*|countertrad\w*)\b/i.test(v.bare.slice(Math.max(0, clauseStart - 40), objectEnd));
  const giverKeys = new Set(giverMentions.map((m) => m.entity));
  const lending = cue.spec?.cls === 'give' && !!obj.amount;
  if (business && (trade || !lending || !(giverMentions.length > 0 && giverMentions.every((m) => m.type === 'Country') && recipients.some((m) => m.type === 'Country' && !giverKeys.has(m.entity))))) return [];
  // "Alcatel ... has won a contract to supply", "The Philippines won an agreement to reschedule":
  // a subject that won, secured or received something is on the receiving end.
  const firstGiver = giverMentions[0];
  if (cue.kind === 'active' && firstGiver && firstGiver.end <= cue.start && /\b(?:won|wins|win|secured|secures|obtained|obtains|received|receives|got|gets|sought|seeks|seeking|requested|asked\s+for)\b/i.test(t.slice(firstGiver.end, cue.start))) return [];

  const givers: Resolved[] = [];
  const seen = new Set<string>();
  const push = (r: Resolved | undefined) => {
    if (r && !seen.has(r.giver)) {
      seen.add(r.giver);
      givers.push(r);
    }
  };
  for (const m of giverMentions) push(resolveGiver(ctx, t, v.ms, m));
  if (speaker) push(resolvePerson(ctx, speaker, undefined));
  if (!givers.length) return [];
  // "Rutte said his country decided ...", with "his country" already resolved to the Netherlands:
  // the speaker who holds office for the giver announced it.
  const spk = speakerBefore(t, v.ms, clauseStart);
  const announcer = spk?.type === 'Person' ? spk.entity : quoteSpeaker(ctx, v.s.start + cue.start);
  if (announcer) for (const g of givers) if (!g.announcedBy && g.giver !== announcer && ctx.officeOf(announcer) === g.giver) g.announcedBy = announcer;

  // Companies are not givers of aid (unless the recipient is a country and the object is aid).
  const recipientKeys = uniq(recipients.map((m) => resolveRecipient(ctx, m)).filter((k) => !seen.has(k)));
  // The sentence names a target that is not a known entity ("into the Global Alliance for ..."):
  // then the article's main country is not the recipient.
  const namedTarget = !recipientKeys.length && /\b(?:to|into|for|with)\s+(?:the\s+)?\p{Lu}/u.test(t.slice(cue.end, objectEnd));
  // "Italy has sent eight ships ... to the Gulf": goods sent to a place that is not a party are a deployment.
  if (namedTarget && obj.quantity !== undefined && !obj.amount) return [];
  const out: (PledgeCandidate & { cueAt: number; namedTarget?: boolean })[] = [];
  for (const g of givers) {
    const gm = giverMentions.find((m) => m.entity === g.giver);
    if (gm && gm.type === 'Organization' && COMPANY.test(t.slice(gm.start, gm.end + 6))) {
      if (!(recipients.some((r) => r.type === 'Country') && AID_CONTEXT.test(scope))) continue;
    }
    // Several recipients of one unquantified item ("rescheduling of Uganda's and Mozambique's debts"): one pledge each.
    const rs: (string | undefined)[] = recipientKeys.length > 1 && !obj.amount && obj.quantity === undefined ? recipientKeys : [recipientKeys[0]];
    for (const r of rs) {
      const p: PledgeCandidate & { cueAt: number; namedTarget?: boolean } = { giver: g.giver, status, evidence: { start: v.s.start, end: v.s.end }, cue: cue.text.replace(/\s+/g, ' '), cueAt: v.s.start + cue.start, rule: CUE_RULE[cue.kind] };
      if (g.announcedBy && g.announcedBy !== g.giver) p.announcedBy = g.announcedBy;
      if (r && r !== g.giver) p.recipient = r;
      if (obj.amount) p.amount = obj.amount;
      if (obj.quantity !== undefined) p.quantity = obj.quantity;
      if (obj.item) p.item = givers.length > 1 && !obj.quantity ? singular(obj.item) : obj.item;
      if (obj.purpose) p.purpose = obj.purpose;
      if (obj.cue) p.cue = `${p.cue} ${obj.cue}`;
      if (namedTarget) p.namedTarget = true;
      out.push(p);
    }
  }
  return out;
}

/** Where the object of a cue ends: the next clause, or the end of the sentence. */
function objectLimit(t: string, from: number): number {
  const rest = t.slice(from);
  const m = /;|,\s*(?:which|while|but|whereas|although|though|who|whose|where|and\s+(?:said|added|is|was|will|has|have|had))\b|\b(?:said|says|told|when|after|because|although|though|unless|until|whereas|if)\b|[“”"]\s/i.exec(rest);
  return m ? from + m.index : t.length;
}

function clauseStartBefore(t: string, at: number): number {
  let start = 0;
  CLAUSE_BOUNDARY.lastIndex = 0;
  const head = t.slice(0, at);
  for (let m = CLAUSE_BOUNDARY.exec(head); m !== null; m = CLAUSE_BOUNDARY.exec(head)) {
    if (m[0].length === 0) {
      CLAUSE_BOUNDARY.lastIndex++;
      continue;
    }
    // "as well as", "such as", "as much as": not a boundary.
    if (/^as$/i.test(m[0]) && (/\b(?:well|such|much|many|soon|long|far)\s+$/i.test(head.slice(0, m.index)) || /^\s+(?:well|much|many|part|a|an|the)\b/i.test(head.slice(m.index + 2)))) continue;
    start = m.index + m[0].length;
  }
  return start;
}

/**
 * "American Express", "Swiss Bank Corp", "UK Athletics": a country name or demonym followed by
 * capitalised words that are not a government body is part of another (unrecognised) name.
 */
function partOfOtherName(t: string, m: LocalMention): boolean {
  if (m.type !== 'Country' || !/\p{Ll}/u.test(t)) return false;
  const next = /^(?:['’]s)?\s+((?:\p{Lu}[\p{L}.&-]*\s*){1,4})/u.exec(t.slice(m.end, m.end + 60));
  if (!next) return false;
  return !GOVERNMENT_WORD.test(next[1]!) && !/^(?:President|Prime|Premier|Chancellor|Minister|Foreign|Finance|Defen[cs]e|Secretary|King|Queen|Emir|Leader|PM|MP|MPs|Mr|Mrs|Ms|Dr|Gen|General|Sir|Lord|Lady)\b/.test(next[1]!);
}

/** The subject of the speech verb that ends right before `clauseStart` ("Mark Rutte said | his country ..."). */
function speakerBefore(t: string, ms: LocalMention[], clauseStart: number): LocalMention | undefined {
  const head = t.slice(0, clauseStart);
  if (!SPEECH_VERB.test(head)) return undefined;
  const end = head.replace(SPEECH_VERB, '').length;
  return subjectBefore(t, ms, clauseStartBefore(t, end), end);
}

/** The nearest giver-like mention before `at` in [from, at): not after a preposition, not a place. */
function subjectBefore(t: string, ms: LocalMention[], from: number, at: number): LocalMention | undefined {
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.end > at || m.start < from) continue;
    if (m.type === 'Place') continue;
    const before = t.slice(Math.max(0, m.start - 24), m.start);
    if (PREPOSITION_BEFORE.test(before)) continue;
    // Only the words between the mention and the cue can make it a modifier.
    const after = t.slice(m.end, at);
    if (NON_STATE_HEAD.test(/\p{Ll}/u.test(t) ? after : after.toLowerCase())) continue;
    // "Russian pole vaulter Yelena Isinbayeva", "US oil giant ExxonMobil": a description of a
    // named someone who is not a recognised entity; but "French president Jacques Chirac" is the state.
    const described = /^(?:['’]s)?\s+((?:\p{Ll}[\p{L}-]*\s+){1,3})\p{Lu}/u.exec(after);
    if (described && m.type === 'Country' && !GOVERNMENT_WORD.test(described[1]!)) continue;
    if (partOfOtherName(t, m)) continue;
    // A possessive or demonym that modifies a following mention ("Japan's Overseas ... Fund") defers to it.
    return m;
  }
  return undefined;
}

const COORD_GAP = /^\s*(?:,\s*(?:and\s+|&\s+)?|and\s+|&\s+|['’]s?\s+and\s+|['’]s?,\s*)(?:the\s+)?$/i;
const AND_GAP = /\band\b|&/i;
const SAME_ENTITY_GAP = /^\s*[([]\s*$|^\s*[)\]]\s*$/;

/** "France, Germany and the U.K." read leftwards from "the U.K.": the gap next to the head must hold the "and". */
function coordinatedLeft(t: string, ms: LocalMention[], m: LocalMention): LocalMention[] {
  const out = [m];
  let cur = m;
  let sawAnd = false;
  let i = ms.indexOf(m) - 1;
  while (i >= 0) {
    const p = ms[i]!;
    const gap = t.slice(p.end, cur.start);
    if (p.entity === cur.entity && SAME_ENTITY_GAP.test(gap)) {
      cur = p;
      i--;
      continue;
    }
    if (!COORD_GAP.test(gap) || p.type === 'Place') break;
    if (AND_GAP.test(gap)) sawAnd = true;
    else if (!sawAnd) break;
    out.unshift(p);
    cur = p;
    i--;
  }
  return out;
}

/** "the World Bank and the Asian Development Bank", "Uganda's and Mozambique's": a comma list must end in "and". */
function coordinatedRight(t: string, ms: LocalMention[], m: LocalMention): LocalMention[] {
  const out = [m];
  let cur = m;
  let lastAnd = 1;
  for (let i = ms.indexOf(m) + 1; i < ms.length; i++) {
    const n = ms[i]!;
    const gap = t.slice(cur.end, n.start);
    if (n.entity === cur.entity && (SAME_ENTITY_GAP.test(gap) || gap === '')) {
      cur = n;
      continue;
    }
    if (!COORD_GAP.test(gap) || n.type === 'Place') break;
    out.push(n);
    cur = n;
    if (AND_GAP.test(gap)) {
      lastAnd = out.length;
      break;
    }
  }
  return out.slice(0, lastAnd);
}

/**
 * The mention right after "from" (or "by") that closes the object's noun phrase: "a loan from the
 * Japanese Export-Import Bank", "loans totalling 390 mln dlrs from Japan". A "from" after a comma
 * or a new clause ("..., including proceeds from U.S. arms sales") is not the giver.
 */
function fromMention(t: string, ms: LocalMention[], from: number, to: number): LocalMention | undefined {
  const m = /\b(?:from|by)\s+(?:the\s+)?/i.exec(t.slice(from, to));
  if (!m || m.index > 70) return undefined;
  if (/[,;:]|\b(?:until|including|which|that|who|after|before|because|when|while|if|unless|as)\b/i.test(t.slice(from, from + m.index))) return undefined;
  const at = from + m.index + m[0].length;
  const x = ms.find((y) => y.start >= at && y.start <= at + 1 && y.type !== 'Place');
  return x && !partOfOtherName(t, x) ? x : undefined;
}

/** A demonym, possessive or organization right before a noun: "French aid", "Japan's loan", "World Bank loan". */
function ownerBefore(t: string, ms: LocalMention[], at: number): LocalMention | undefined {
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.end > at) continue;
    const gap = t.slice(m.end, at);
    if (/^(?:['’]s?)?\s+(?:(?:military|humanitarian|economic|financial|emergency|food|development|bilateral|new|fresh|additional|extra|further|soft|concessional)\s+){0,2}$/i.test(gap) && m.type !== 'Place') return m;
    return undefined;
  }
  return undefined;
}

function quoteSpeaker(ctx: PledgeContext, at: number): string | undefined {
  // The first quote (in order) with a speaker and a segment around `at`; segments indexed once per context.
  let index = SEGMENT_INDEXES.get(ctx.quotes);
  if (!index) {
    const segments = ctx.quotes.flatMap((q, i) => (q.speaker ? q.segments.map((r) => ({ r, i })) : []));
    const around = containerIndex(segments, (s) => s.r);
    index = (offset) => around.containing(offset, offset + 1).reduce((best, k) => Math.min(best, segments[k]!.i), Infinity);
    SEGMENT_INDEXES.set(ctx.quotes, index);
  }
  const first = index(at);
  return first === Infinity ? undefined : ctx.quotes[first]!.speaker;
}

const SEGMENT_INDEXES = new WeakMap<PledgeContext['quotes'], (offset: number) => number>();

function resolveGiver(ctx: PledgeContext, t: string, ms: LocalMention[], m: LocalMention): Resolved | undefined {
  if (m.type === 'Place') return undefined;
  if (m.type !== 'Person') return { giver: m.entity };
  // The person's country or organization: from the office, or from the title around the name
  // ("Poland's President Andrzej Duda", "Dutch Prime Minister Mark Rutte").
  const title = ms.filter((x) => x.end <= m.start && x.type !== 'Person' && x.type !== 'Place' && /^(?:['’]s?)?\s+(?:[A-Z][\w.-]*\s+|(?:of|for|and)\s+){1,5}$/.test(t.slice(x.end, m.start))).pop();
  return resolvePerson(ctx, m.entity, title?.entity);
}

function resolvePerson(ctx: PledgeContext, person: string, titleOf: string | undefined): Resolved {
  const office = ctx.officeOf(person) ?? titleOf;
  return office ? { giver: office, announcedBy: person } : { giver: person };
}

function resolveRecipient(ctx: PledgeContext, m: LocalMention): string {
  if (m.type === 'Person') return ctx.officeOf(m.entity) ?? m.entity;
  return m.entity;
}

// ---------------------------------------------------------------- the object of a cue

interface ObjectReading {
  amount?: MonetaryAmount;
  quantity?: number;
  item?: string;
  purpose?: string;
  recipients: LocalMention[];
  ownerBefore?: LocalMention;
  status?: PledgeStatus;
  cue?: string;
}

function readObject(ctx: PledgeContext, v: SentenceView, cue: Cue, objectEnd: number): ObjectReading | undefined {
  const { t, ms } = v;
  const spec = cue.spec;
  const cls = spec?.cls;
  const result: ObjectReading = { recipients: [] };
  let pos = cue.end;
  // "decided to provide", "pledged to send": the second verb is its own cue.
  if (cls && cls !== 'give' && /^\s+to\s+(?:\w+\s+)?(?:provide|give|send|donate|contribute|lend|supply|deliver|grant|transfer|disburse|extend|pay|fund|finance|reschedule|write|forgive|cancel|put|pump|inject)\b/i.test(t.slice(pos))) return undefined;
  const adv = TIME_ADVERB.exec(t.slice(pos));
  if (adv) pos += adv[0].length;
  // "announced the delivery of": the delivery is the commitment.
  const del = DELIVERY_NOUN.exec(t.slice(pos));
  if (del) {
    if (cls === 'announce' || cls === 'approve' || cls === 'agree' || cls === 'sign' || cls === 'give') {
      if (/deliver|shipment|dispatch|handover|sending/i.test(del[0]) && cls === 'announce') result.status = 'delivered';
      result.cue = del[0].trim();
      pos += del[0].length;
    }
  } else if (cls === 'announce') {
    // "announced" without a delivery noun needs an amount right away: "announced a $1bn aid package".
    const m = firstMoney(v, pos, Math.min(objectEnd, pos + 25));
    if (!m && !/^\s*(?:an?\s+|the\s+)?(?:(?:new|fresh|additional|\w+-\w+)\s+)*(?:aid|loans?|grants?|donations?)\b/i.test(t.slice(pos))) return undefined;
  }
  // Indirect object: "give Indonesia $1bn", "provided Ukraine with tanks", "lend us".
  if (spec?.dative && cue.kind === 'active') {
    const io = ms.find((m) => m.start >= pos && /^\s*(?:the\s+)?$/i.test(t.slice(pos, m.start)));
    if (io && /^(?:['’]s)?\s*(?:with\b|[$€£¥]|\d|an?\b|the\b|some\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|fifty|hundred)\b|\w+\s+(?:aid|loans?|credits?|grants?|weapons|tanks|missiles)\b)/i.test(t.slice(io.end))) {
      result.recipients = coordinatedRight(t, ms, io);
      pos = result.recipients.at(-1)!.end;
    } else {
      const pr = /^\s*(?:us|them|him|her|it)\b/i.exec(t.slice(pos));
      if (pr) pos += pr[0].length;
    }
    const w = /^\s*with\s+/i.exec(t.slice(pos));
    if (w) pos += w[0].length;
  }
  if (cue.kind === 'passive') {
    // "a 300 mln dlr economic recovery loan approved by": the amount is before the cue.
    const m = [...v.money].reverse().find((x) => x.end <= cue.start && /^[\s\p{L}-]{0,60}$/u.test(t.slice(x.end, cue.start)) && t.slice(x.end, cue.start).trim().split(/\s+/).length <= 6);
    if (m) {
      result.amount = amountOf(m);
      const item = cleanItem(t.slice(m.end, cue.start));
      if (item) result.item = item;
    } else {
      const np = /(?:^|\s)((?:\d[\d,]*\s+)?(?:[\w-]+\s+){0,4}(?:missiles|tanks|weapons|jets|aid|loans?|credits?|grants?))\s*$/i.exec(t.slice(clauseStartBefore(t, cue.start), cue.start));
      if (np) readNounPhrase(np[1]!, result);
    }
  } else if (cue.kind === 'nominal') {
    // "a $300 million loan from X", "300 MLN DLR JAPANESE LOAN", "aid ... amounts to 1.67 billion francs", "a loan of 5 mln dlrs".
    const before = [...v.money].reverse().find((x) => x.end <= cue.start && /^(?:\s+(?:in\s+)?(?:[\p{L}-]+\s+){0,3})?\s*$/u.test(t.slice(x.end, cue.start)));
    const of = v.money.find((x) => x.start >= cue.end && /^\s+(?:of|worth)\s+$/i.test(t.slice(cue.end, x.start)));
    const link = v.money.find((x) => x.start >= cue.end && /\b(?:amount(?:s|ed|ing)?\s+to|total(?:s|led|ed|ling|ing)?|came\s+to|stands?\s+at|stood\s+at|worth|reached|valued\s+at)\s+$/i.test(t.slice(Math.max(cue.end, x.start - 30), x.start)));
    const m = before ?? of ?? link;
    if (!m) return undefined;
    result.amount = amountOf(m);
    result.item = cue.text.toLowerCase();
    if (before) {
      const words = cleanItem(t.slice(before.end, cue.end).replace(/^\s*in\s+/i, ''));
      if (words) result.item = words;
      const own = ms.find((x) => x.start >= before.end && x.end <= cue.start && x.type !== 'Place');
      if (own) result.ownerBefore = own;
    }
    findRecipientsAndPurpose(ctx, v, cue.end, objectLimit(t, cue.end), result);
    return result;
  } else if (!result.amount) {
    // Money in the object: "provide over 100 million euros", "pledged £50m in aid", "debt amounting to about 440 mln francs".
    let m = firstMoney(v, pos, objectEnd);
    // "approved a proposal to repay loans ... of a 13.2 billion dlr agreement": an amount beyond an
    // infinitive or a relative clause belongs to something else.
    const gap = t.slice(pos, m?.start ?? pos).replace(/\b(?:amounting|up|equivalent|equal|worth\s+up)\s+to\b/gi, '');
    if (m && (/\bto\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|some|all|each|every|both|such|other|another|about|around|over|borrow|receive|obtain|get|raise|reschedule|refinance)\b)[a-z]+\b/.test(gap) || /\b(?:that|which|who|whose|when|after|because)\b/i.test(gap))) m = undefined;
    if (m && !/^\s*(?:a|per)\s+share\b/i.test(t.slice(m.end))) {
      result.amount = amountOf(m);
      const afterMoney = t.slice(m.end, objectEnd);
      const inAid = /^\s+(?:in|of|for)\s+((?:[\w-]+\s+){0,3}?(?:aid|assistance|loans?|credits?|grants?|donations?|funding|relief|guarantees?|support|financing|investment))\b/i.exec(afterMoney);
      if (inAid) result.item = cleanItem(inAid[1]!) ?? inAid[1]!;
      else {
        const item = leadingWords(afterMoney);
        if (item && CONCRETE.has(singularWord(lastWord(item)))) result.item = item;
      }
      // Items before the money: "humanitarian aid worth $5m".
      if (!result.item && m.start > pos) {
        const head = cleanItem(t.slice(pos, m.start).replace(/\s+(?:worth|of|totall?ing|amounting\s+to|valued\s+at)\s*$/i, ''));
        if (head && CONCRETE.has(singularWord(lastWord(head)))) result.item = head;
      }
    }
  }
  if (!result.amount && cue.kind !== 'passive') {
    const np = t.slice(pos, objectEnd);
    readNounPhrase(np, result);
  }
  // Debt: "agreed to a major rescheduling of ... debts", "reschedule bilateral unpaid debt".
  const objText = t.slice(cue.start, objectEnd);
  if (cls === 'debt' || /reschedul|write\s+off|relief|forgiv|cancel/i.test(objText)) {
    if (/\bdebts?\b/i.test(objText) || /\bdebts?\b/i.test(t.slice(Math.max(0, cue.start - 60), cue.start))) {
      result.item = /reschedul/i.test(objText) ? 'debt rescheduling' : 'debt relief';
      if (!result.amount) result.quantity = undefined;
    } else if (cls === 'debt') return undefined;
  }
  findRecipientsAndPurpose(ctx, v, pos, objectEnd, result);

  // Is this concrete enough to be a pledge?
  if (!acceptable(cls, cue, result, t, objectEnd)) return undefined;
  return result;
}

function acceptable(cls: VerbClass | undefined, cue: Cue, r: ObjectReading, t: string, objectEnd: number): boolean {
  const head = r.item ? singularWord(lastWord(r.item.replace(/\s+of\s+.*$/i, ''))) : undefined;
  const ofHead = r.item && /\s+of\s+/i.test(r.item) ? singularWord(lastWord(r.item)) : undefined;
  const concrete = !!head && (CONCRETE.has(head) || (!!ofHead && CONCRETE.has(ofHead)) || r.item === 'debt rescheduling' || r.item === 'debt relief' || /\b(?:debt|disaster|humanitarian|famine|flood|earthquake|emergency|food|tsunami|drought|hurricane)\s+relief\b/i.test(r.item ?? ''));
  if (r.amount) {
    // "$1.29", "above 150 yen", "1,460 stg a tonne": prices and rates, not pledges.
    if (r.amount.value < 1000) return false;
    const printed = r.amount.text.replace(/\s/g, ' ');
    const at = t.indexOf(printed);
    if (at >= 0 && /^\s*(?:a|an|per|each)\s+(?:tonne|ton|barrel|share|ounce|kilo|kg|pound|lb|bushel|unit|head|litre|liter|gallon|metric|hour|day|week|month|year|person|capita|100)\b/i.test(t.slice(at + printed.length))) return false;
    // Money needs a reason to be a pledge: a recipient, a purpose, a concrete item, an aid word
    // in the sentence, or a verb that only commits ("pledged", "donated").
    const upto = t.slice(0, objectEnd);
    if (cls === 'pay' && !AID_STRONG.test(upto)) return false;
    if (cls === 'put') {
      const at = t.indexOf(r.amount.text, cue.end);
      if (at < 0 || !/^\s*(?:up\s+)?(?:an?\s+(?:extra|additional|further)\s+|another\s+)?$/i.test(t.slice(cue.end, at))) return false;
    }
    const strongVerb = /pledg|promis|donat|contribut|earmark|commit|grant/i.test(cue.text);
    // An announced or unveiled sum is a pledge to someone, or aid; a domestic "plan" is not.
    if (cls === 'announce') return r.recipients.length > 0 || AID_CONTEXT.test(upto.slice(cue.start));
    return r.recipients.length > 0 || !!r.purpose || concrete || strongVerb || AID_CONTEXT.test(upto);
  }
  if (!r.item) return false;
  if (ABSTRACT_ITEM.test(r.item.replace(/^(?:[\w-]+\s+)*/, '')) && !concrete) return false;
  if (r.quantity !== undefined) {
    // Goods are given, sent, delivered, pledged or approved; "pumping 260,000 barrels per day" is production.
    if (cls === 'put' || cls === 'fund' || cls === 'pay' || cls === 'debt' || cls === 'agree') return false;
    if (/^[^,;]{0,40}?\b(?:per|a|each|every)\s+(?:day|week|month|year)\b/i.test(t.slice(cue.end, objectEnd)) && !AID_STRONG.test(t)) return false;
    return concrete && !TIME_UNITS.test(head ?? '');
  }
  if (!concrete) return false;
  if (NEEDS_AMOUNT.has(head!)) return false;
  if (AGREEMENT_NOUNS.has(head!) && !['loan', 'credit', 'grant'].includes(head!)) return cls === 'sign' || cls === 'approve' || cls === 'agree';
  // (An agreement also needs a named partner or several signatories: checked in readCue.)
  if (cls === 'agree' || cls === 'announce' || cls === 'fund' || cls === 'put' || cls === 'pay') return r.item === 'debt rescheduling' || r.item === 'debt relief' || head === 'aid' || head === 'loan' || head === 'credit' || head === 'grant';
  if (cls === 'sign') return AGREEMENT_NOUNS.has(head!);
  return true;
}

function firstMoney(v: SentenceView, from: number, to: number): LocalMoney | undefined {
  return v.money.find((m) => m.start >= from && m.start < to);
}

function amountOf(m: LocalMoney): MonetaryAmount {
  const a: MonetaryAmount = { value: m.value, currency: m.currency, text: m.text };
  if (m.valueMax !== undefined) a.valueMax = m.valueMax;
  if (m.qualifier) a.qualifier = m.qualifier;
  return a;
}

/** Reads "40 additional long-range Scalp cruise missiles" or "10-year bilateral agreements" from the start of `np`. */
function readNounPhrase(np: string, r: ObjectReading): void {
  let s = np.replace(/^\s*(?:(?:a|an|the|its|their|his|her|our|some|another|further|additional|extra|more|new|fresh|a\s+further|an\s+additional|an\s+extra)\s+)*/i, '');
  const q = QUANTITY_RE.exec(s);
  if (q) {
    const raw = q.groups!.num!.toLowerCase();
    let n = /^\d/.test(raw) ? parseFloat(raw.replace(/,/g, '')) : NUMBER_WORD[raw] ?? NaN;
    const mult = q.groups!.mult?.toLowerCase();
    if (mult) n *= QTY_MULT[mult] ?? 1;
    if (Number.isFinite(n)) {
      r.quantity = n;
      s = s.slice(q[0].length);
    }
  }
  const item = cleanItem(s, true);
  if (item) r.item = item;
  else r.quantity = undefined;
}

/** The item words at the start of `s`: up to a stop word or punctuation, with one "of" continuation. */
function cleanItem(s: string, allowOf = false): string | undefined {
  const words: string[] = [];
  let usedOf = false;
  const re = /\s*([\p{L}\p{N}][\p{L}\p{N}'’.-]*)/uy;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    const w = m[1]!.replace(/[.]+$/, '');
    const lw = w.toLowerCase();
    if (lw === 'of' && allowOf && !usedOf && words.length) {
      usedOf = true;
      words.push(w);
      continue;
    }
    if (STOP_WORD.has(lw) || /['’]s$/i.test(w)) {
      if (/['’]s$/i.test(w) && usedOf) words.pop();
      break;
    }
    if (words.length === 0 && DROP_ADJ.test(lw)) {
      continue;
    }
    // A number opens a new quantity, except inside a name: "Leopard 2 tanks".
    if (/^\d/.test(w) && !/-/.test(w) && (words.length === 0 || w.length > 4 || /,/.test(w))) break;
    words.push(w);
    if (words.length >= 8) break;
    if (s[re.lastIndex] === ',' || s[re.lastIndex] === '(' || s[re.lastIndex] === ';') break;
  }
  while (words.length && (words.at(-1)!.toLowerCase() === 'of' || DROP_ADJ.test(words.at(-1)!))) words.pop();
  // Drop qualifying adjectives the spec asks to drop inside the phrase start: "additional long-range ..." handled above.
  while (words.length && DROP_ADJ.test(words[0]!)) words.shift();
  return words.length ? words.join(' ') : undefined;
}

function leadingWords(s: string): string | undefined {
  return cleanItem(s.replace(/^\s*-?\s*/, ''));
}

function lastWord(s: string): string {
  const w = s.trim().split(/\s+/);
  return (w.at(-1) ?? '').toLowerCase();
}

function singularWord(w: string): string {
  const x = w.toLowerCase().replace(/^.*-/, (p) => (/^(?:long|short|medium)-/.test(p) ? '' : p));
  if (/ies$/.test(x) && x.length > 4) return x.slice(0, -3) + 'y';
  if (/(?:ss|us)$/.test(x)) return x;
  if (/(?:ches|shes|xes)$/.test(x)) return x.slice(0, -2);
  if (/s$/.test(x) && !/(?:aid|arms|ammunition)$/.test(x)) return x.slice(0, -1);
  return x;
}

/** "10-year bilateral agreements" → "10-year bilateral agreement" (each giver signed one). */
function singular(item: string): string {
  return item.replace(/\b(agreements|accords|deals|treaties|pacts|memorandums|contracts|protocols)$/i, (w) => (w.toLowerCase() === 'treaties' ? 'treaty' : w.slice(0, -1)));
}

function findRecipientsAndPurpose(ctx: PledgeContext, v: SentenceView, from: number, to: number, r: ObjectReading): void {
  const { t, ms } = v;
  // "an agreement with British and German interests": the partners are companies, not the countries.
  const dropNonState = () => {
    const last = r.recipients.at(-1);
    if (last && NON_STATE_HEAD.test(t.slice(last.end, last.end + 60))) r.recipients = [];
  };
  if (!r.recipients.length) {
    for (const m of ms) {
      if (m.start < from || m.start >= to) continue;
      const before = t.slice(Math.max(0, m.start - 16), m.start);
      if (RECIPIENT_BEFORE.test(before) || (WITH_BEFORE.test(before) && /\b(?:agreements?|accords?|deals?|pacts?|treat(?:y|ies)|memorand\w+)\b/i.test(t.slice(from, m.start)))) {
        r.recipients = coordinatedRight(t, ms, m);
        dropNonState();
        break;
      }
      // "rescheduling of Uganda's and Mozambique's debts"
      if (/\bof\s+$/i.test(before) && (/['’]s?$/.test(t.slice(m.start, m.end)) || /^['’]/.test(t.slice(m.end, m.end + 2)))) {
        r.recipients = coordinatedRight(t, ms, m);
        break;
      }
    }
  }
  if (!r.purpose) {
    const seg = t.slice(from, to);
    const inMention = (i: number) => ms.some((m) => m.start < from + i && from + i < m.end);
    // "Global Alliance for Vaccines and Immunisation": a "for" between capitalised words is inside a name.
    const inName = (i: number) => /\p{Lu}[\p{L}-]*\s+$/u.test(t.slice(Math.max(0, from + i - 30), from + i)) && /^\s*\w+\s+\p{Lu}/u.test(seg.slice(i));
    const first = (re: RegExp) => [...seg.matchAll(re)].find((m) => !inMention(m.index!) && !inName(m.index!));
    const anaphor = first(/\bfor\s+(?:that|this|the\s+same|such\s+an?)\s+(?:purpose|initiative|effort|cause|scheme|programme|program|fund|project|plan|mechanism)\b/gi);
    const aimed = first(/\b(?:aimed\s+at|aiming\s+to|intended\s+to|designed\s+to|earmarked\s+for)\s+([^,;()"“”]+)/gi);
    const forPhrase = first(/\bfor\s+(?!(?:the\s+)?(?:next|first|last|past|coming|period|years?|months?|weeks?|days?|\d)\b)((?:the\s+)?[\p{L}][^,;()"“”]*)/giu);
    const toScheme = first(/\bto\s+((?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:scheme|fund|programme|program|initiative|effort|project|plan|campaign|facility|appeal|mechanism|alliance)\b[^,;()"“”]*)/gi);
    const verbPurpose = first(/\b(?:in\s+order\s+)?to\s+(?:help\s+)?((?:buy|purchase|finance|fund|pay\s+for|support|rebuild|reconstruct|build|boost|cover|combat|fight|tackle|reduce|improve|repair|restore|develop|strengthen|moderni[sz]e|protect|train|equip|feed|house|vaccinate|immuni[sz]e|clear|ease|offset|meet|help|shore\s+up|bolster)\b[^,;()"“”]*)/gi);
    // "for Kyiv", "for the IMF": a name alone after "for" is a recipient, not a purpose.
    const forIsName = (m: RegExpMatchArray) => {
      const at = from + m.index! + m[0].length - m[1]!.length;
      const lead = /^(?:the\s+)?/i.exec(m[1]!)![0].length;
      const x = ms.find((y) => y.start === at + lead);
      return !!x && /^(?:['’]s?)?(?:\s+(?:next|this|last|each|every)\s+(?:year|month|week)|\s+(?:in|by|until)\s+\d{4}|\s+(?:annually|alone))*[\s.]*$/i.test(t.slice(x.end, from + m.index! + m[0].length));
    };
    if (anaphor) r.purpose = resolvePurposeAnaphor(ctx, v) ?? anaphor[0].replace(/^for\s+/i, '');
    else if (aimed) r.purpose = trimPurpose(aimed[1]!);
    else if (forPhrase && !forIsName(forPhrase)) r.purpose = trimPurpose(forPhrase[1]!);
    else if (toScheme) r.purpose = trimPurpose(toScheme[1]!);
    else if (verbPurpose) r.purpose = trimPurpose(verbPurpose[1]!);
    // "aid for flood victims in Pakistan": a country inside the purpose is the recipient.
    if (r.purpose && !r.recipients.length && forPhrase && !anaphor) {
      const inP = ms.find((m) => m.start >= from + forPhrase.index! && m.end <= to && m.type === 'Country');
      if (inP) r.recipients = [inP];
    }
  }
}

function trimPurpose(s: string): string | undefined {
  const words = s.trim().replace(/\s+(?:in|on|at)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4}|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b.*$/i, '').split(/\s+/);
  const cut = words.findIndex((w, i) => i > 0 && (/^(?:said|says|which|while|whereas)$/i.test(w) || (i > 1 && /^(?:was|were|is|are|will|would|has|had)$/i.test(w)) || (/^and$/i.test(w) && /^(?:that|said|says|will|would|is|are|was|were|has|have|had|it|he|she|they|we|the|a|an)$/i.test(words[i + 1] ?? ''))));
  const kept = (cut > 0 ? words.slice(0, cut) : words).slice(0, 15).join(' ').replace(/[.,;:]+$/, '');
  return kept || undefined;
}

/** "for that purpose": the initiative or effort named in the sentence before (or the one before that). */
function resolvePurposeAnaphor(ctx: PledgeContext, v: SentenceView): string | undefined {
  for (let k = v.index - 1; k >= Math.max(0, v.index - 2); k--) {
    const s = ctx.doc.sentences[k]!;
    const prev = ctx.text.slice(s.start, s.end).replace(/\s+/g, ' ');
    const all = [...prev.matchAll(/\b(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:initiative|effort|scheme|plan|programme|program|fund|campaign|project|drive|mechanism|facility|coalition)\b[^,;.]*/gi)];
    const m = all.at(-1);
    if (m) return trimPurpose(m[0]);
  }
  return undefined;
}

// ---------------------------------------------------------------- duplicates

function dedupe(ps: (PledgeCandidate & { headline: boolean; cueAt: number })[]): PledgeCandidate[] {
  const body = ps.filter((p) => !p.headline);
  const kept: (PledgeCandidate & { headline: boolean; cueAt: number })[] = [];
  const rank = (s: PledgeStatus) => (isCommitted(s) ? 0 : 1);
  for (const p of ps) {
    if (p.headline) {
      const dup = body.some((b) => b.giver === p.giver || (p.amount && b.amount && near(b.amount.value, p.amount.value, 0.1)));
      if (dup) continue;
    }
    const same = kept.find(
      (k) =>
        k.giver === p.giver &&
        ((k.amount && p.amount && near(k.amount.value, p.amount.value, 0.01)) ||
          (!k.amount && !p.amount && k.quantity === p.quantity && (k.item ?? '') === (p.item ?? '') && (k.recipient ?? '') === (p.recipient ?? '')) ||
          (!k.amount && !p.amount && k.quantity === undefined && p.quantity === undefined && k.item === p.item && k.evidence.start === p.evidence.start && k.recipient === p.recipient)),
    );
    // Two cues of one sentence, one of them without an amount or quantity: "signed an agreement to lend Indonesia 150 billion yen".
    const bare = (x: PledgeCandidate) => !x.amount && x.quantity === undefined;
    const partner = same ?? kept.find((k) => k.giver === p.giver && k.evidence.start === p.evidence.start && k.cueAt !== p.cueAt && bare(k) !== bare(p));
    if (partner && !same) {
      if (bare(partner)) {
        partner.amount = p.amount;
        if (p.quantity !== undefined) partner.quantity = p.quantity;
        if (p.item) partner.item = p.item;
        if (!isCommitted(partner.status) && isCommitted(p.status)) partner.status = p.status;
      }
      if (partner.recipient === undefined && p.recipient !== undefined) partner.recipient = p.recipient;
      if (partner.purpose === undefined && p.purpose !== undefined) partner.purpose = p.purpose;
      continue;
    }
    if (same) {
      // Keep the first statement, filling what it lacks; a commitment beats a non-commitment.
      if (rank(p.status) < rank(same.status)) same.status = p.status;
      if (same.recipient === undefined && p.recipient !== undefined) same.recipient = p.recipient;
      if (same.purpose === undefined && p.purpose !== undefined) same.purpose = p.purpose;
      if (same.item === undefined && p.item !== undefined) same.item = p.item;
      if (same.announcedBy === undefined && p.announcedBy !== undefined) same.announcedBy = p.announcedBy;
      continue;
    }
    kept.push({ ...p });
  }
  return kept.map(({ headline: _h, cueAt: _c, ...p }) => p);
}

function near(a: number, b: number, tol: number): boolean {
  return Math.abs(a - b) <= tol * Math.max(Math.abs(a), Math.abs(b));
}

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
