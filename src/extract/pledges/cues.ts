// The words that commit, as data: every verb and noun a pledge can be read through, with the
// frame it takes and the rule id a pledge read through it carries (src/extract/rules.ts). A wrong
// pledge says which entry made it; a new way of committing is a new row, not a new code path.
//
// Verbs: the giver is the subject ("Japan lent Kenya $1bn"), the agent after "by" when passive
// ("a loan approved by the World Bank"), or the source after "from" when the subject receives
// ("Kenya received a loan from Japan", the receipt row). Nouns: the giver is a possessive or a
// modifier before the noun ("Japan's loan", "French aid", "a World Bank loan"), or the name
// after "from"/"by" ("a $2m gift from X", "donations by X"); the subject of a light verb gives
// ("X made a £2m donation"). Each cue's object is read by src/extract/pledges.ts.

import type { PledgeStatus } from '../../types.js';
import type { RuleId } from '../rules.js';

/** What a verb does to what it governs; the readers treat each class's objects differently. */
export type CueClass = 'give' | 'donate' | 'lend' | 'pledge' | 'approve' | 'announce' | 'sign' | 'agree' | 'put' | 'fund' | 'debt' | 'pay' | 'make' | 'raise';

export interface VerbCue {
  rule: RuleId;
  /** Regex source of the verb's forms, matched as a whole word, case-insensitive. */
  forms: string;
  cls: CueClass;
  /** Status of the past tense ("gave" → delivered); other forms are 'pledged' (or as the class says). */
  past: PledgeStatus;
  /** Takes an indirect object: "give Indonesia $1bn", "provided Ukraine with tanks". */
  dative?: boolean;
  /** A person who does this gives in their own name ("the actor donated $1m"), not for their office. */
  personal?: boolean;
  /** Commits only money ("released $10m in aid"), not things ("released a new phone"). */
  moneyOnly?: boolean;
  /** Its object must be a loan, a credit, aid or financing. */
  lendsOnly?: boolean;
  /** ... and say so in words: an amount lent to someone is not enough ("advanced 2 dlrs to 30 dlrs" is a price). */
  loanWord?: boolean;
  /** Said of the future it is a step not yet taken ("will approve", "is to authorise"), not a promise ("will grant"). */
  futureIsPlan?: boolean;
  /**
   * A common word that commits only in one context ("match" a sport's game, "fly" to a meeting): the
   * sentence must match this to be read at all, so the cheap word prefilter leaves the row out.
   */
  onlyWith?: RegExp;
}

const verb = (rule: RuleId, forms: string, cls: CueClass, past: PledgeStatus, extra: Partial<VerbCue> = {}): VerbCue => ({ rule, forms, cls, past, ...extra });

export const VERB_CUES: readonly VerbCue[] = [
  // "The IMF board signed off on a $500m loan", "gave the green light to a $300m loan": approval idioms (before "sign" and "give", whose rows would read them first).
  verb('pledge.approve', 'sign(?:s|ed|ing)?\\s+off\\s+on|g(?:ive|ives|ave|iven|iving)\\s+(?:the\\s+)?(?:final\\s+)?green\\s+light\\s+(?:to|for)', 'approve', 'approved', { futureIsPlan: true }),
  verb('pledge.give', 'provid(?:e|es|ed|ing)', 'give', 'delivered', { dative: true }),
  verb('pledge.give', 'giv(?:e|es|en|ing)|gave', 'give', 'delivered', { dative: true }),
  verb('pledge.give', 'send(?:s|ing)?|sent', 'give', 'delivered', { dative: true }),
  verb('pledge.give', 'suppl(?:y|ies|ied|ying)', 'give', 'delivered', { dative: true }),
  verb('pledge.give', 'deliver(?:s|ed|ing)?', 'give', 'delivered'),
  verb('pledge.give', 'shipped|shipping', 'give', 'delivered'),
  verb('pledge.give', 'transferr?(?:s|ed|ing)?', 'give', 'delivered'),
  verb('pledge.give', 'disburs(?:e|es|ed|ing)', 'give', 'delivered'),
  // "has dispatched relief supplies to Nepal", "airlifted tents", "will fly tents to Indonesia": goods sent (troops and platforms are filtered as deployments).
  verb('pledge.give', 'dispatch(?:es|ed|ing)?|airlift(?:s|ed|ing)?', 'give', 'delivered'),
  verb('pledge.give', 'fly|flies|flew|flown|flying', 'give', 'delivered', { onlyWith: /\b(?:fly|flies|flew|flown|flying)\s+(?:in\s+)?(?:[\w,-]+\s+){0,4}?(?:aid|supplies|tents?|blankets?|food|medicines?|relief|water|equipment|tonnes|tons|goods|shelters?|kits?)\b/i }),
  // "Saudi Arabia deposited $2bn in Egypt's central bank": a deposit is support only into a central bank (checked by the reader).
  verb('pledge.deposit', 'deposit(?:s|ed|ing)?', 'give', 'delivered', { moneyOnly: true }),
  verb('pledge.give', 'releas(?:e|es|ed|ing)', 'give', 'delivered', { moneyOnly: true }),
  verb('pledge.give', 'hand(?:s|ed|ing)?(?:\\s+(?:over|out))?', 'give', 'delivered', { dative: true }),
  verb('pledge.give', 'dol(?:e|es|ed|ing)\\s+out', 'give', 'delivered', { moneyOnly: true }),
  // "Germany added another 20 million euros", "Japan will add a further $5m": more money put in; only with the word that says it is more ("added 2 dlrs" is a price).
  verb('pledge.add', 'add(?:s|ed|ing)?', 'give', 'delivered', { moneyOnly: true, onlyWith: /\badd(?:s|ed|ing)?\s+(?:another|a\s+further|an?\s+(?:additional|extra|further)|a\s+fresh)\s+(?:[A-Z]{0,3}[$€£¥]|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\b)/i }),
  verb('pledge.donate', 'donat(?:e|es|ed|ing)|bequeath(?:s|ed|ing)?|gifted', 'donate', 'delivered', { personal: true }),
  verb('pledge.donate', 'contribut(?:e|es|ed|ing)|chip(?:s|ped|ping)?\\s+in', 'donate', 'delivered'),
  verb('pledge.lend', 'lend(?:s|ing)?|lent|loaned', 'lend', 'delivered', { dative: true }),
  // "Venezuela would loan five mln barrels of crude to Ecuador": "loan" is a verb only after a modal or "to" (elsewhere the noun row reads it).
  verb('pledge.lend', 'loan', 'lend', 'delivered', { dative: true, onlyWith: /\bloan(?<=\b(?:will|would|shall|could|may|might|can|must|should|to|['’]ll)\s+(?:also\s+|now\s+)?loan)\s+(?!(?:agreements?|programmes?|programs?|facilit(?:y|ies)|guarantees?|portfolios?|terms|rates?|losses|loss)\b)/i }),
  // "extended a loan": extending lends only a loan, a credit or aid ("extended its bid", "the maturity" are not).
  verb('pledge.lend', 'extend(?:s|ed|ing)?', 'lend', 'approved', { dative: true, lendsOnly: true }),
  // "advancing loans to Italy worth 318.5 billion lire": advancing lends only what is a loan.
  verb('pledge.lend', 'advanc(?:e|es|ed|ing)', 'lend', 'delivered', { lendsOnly: true, loanWord: true }),
  // "opened a $300m line of credit for Kenya": a credit line opened is one extended.
  verb('pledge.lend.open', 'open(?:s|ed|ing)?', 'lend', 'approved', { dative: true, lendsOnly: true, loanWord: true, onlyWith: /\bopen(?:s|ed|ing)?\s+(?:[\w$€£¥.,-]+\s+){0,6}?(?:credit\s+lines?|lines?\s+of\s+credit|credit\s+facilit(?:y|ies))\b/i }),
  // "Paribas arranged a 220 mln dlr loan for Ecuador": who arranges a loan for a named borrower lends it (a borrower
  // "arranged the financing it needs" or "a facility with X", a bank "mandated to arrange a loan" name no borrower after "for").
  verb('pledge.lend.arrange', 'arrang(?:e|es|ed|ing)', 'lend', 'delivered', { lendsOnly: true, loanWord: true, onlyWith: /\barrang(?:e|es|ed|ing)\s+(?:an?|the)\s+(?:[\w$€£¥.,-]+\s+){0,6}?(?:loans?|credits?|credit\s+lines?|lines?\s+of\s+credit|(?:credit\s+|loan\s+)?facilit(?:y|ies)|financing)\s+for\s+(?:the\s+)?\p{Lu}/u }),
  verb('pledge.approve', 'grant(?:s|ed|ing)?|award(?:s|ed|ing)?', 'approve', 'approved', { dative: true }),
  verb('pledge.approve', 'approv(?:e|es|ed|ing)|authori[sz](?:e|es|ed|ing)', 'approve', 'approved', { futureIsPlan: true }),
  // "Congress voted 40 mln dlrs in military aid": a legislature's vote approves the money.
  verb('pledge.approve', 'vot(?:e|es|ed|ing)', 'approve', 'approved', { futureIsPlan: true, moneyOnly: true }),
  // ("reallocated $81m to fight the virus": money allocated again is allocated.)
  verb('pledge.approve', 'allocat(?:e|es|ed|ing)|reallocat(?:e|es|ed|ing)|allot(?:s|ted|ting)?|earmark(?:s|ed|ing)?|set(?:s|ting)?\\s+aside', 'approve', 'approved'),
  // "King Salman ordered $274 million in aid for Yemen", "directed the release of $50m for relief": a ruler's order gives; only aid is ordered this way ("ordered 10 jets" is a purchase).
  verb('pledge.order', 'order(?:s|ed)?|direct(?:s|ed)?', 'approve', 'approved', { moneyOnly: true, onlyWith: /\b(?:order(?:s|ed)?|direct(?:s|ed)?)\s+(?:the\s+(?:release|allocation|disbursement|provision|transfer)\s+of\s+)?(?:an?\s+|another\s+|a\s+further\s+)?(?:[A-Z]{0,3}[$€£¥]|\d)[^.;]{0,40}?\b(?:aid|assistance|relief|humanitarian|donations?|grants?)\b/ }),
  // "sanctioned Rs 1,000 crore for the flood-hit state" (Indian and Pakistani English): approving money; a state sanctioned is penalised, so only money.
  // "27 mln dlrs in humanitarian aid appropriated by Congress": a legislature's appropriation (not the adjective "appropriate").
  verb('pledge.approve', 'appropriat(?:es|ed|ing)', 'approve', 'approved', { moneyOnly: true, futureIsPlan: true }),
  verb('pledge.approve', 'sanction(?:ed|ing)?', 'approve', 'approved', { moneyOnly: true, futureIsPlan: true }),
  verb('pledge.promise', 'pledg(?:e|es|ed|ing)|commit(?:s|ted|ting)?', 'pledge', 'pledged'),
  verb('pledge.promise', 'promis(?:e|es|ed|ing)|offer(?:s|ed|ing)?', 'pledge', 'pledged', { dative: true }),
  // "The government will match public donations up to £5m": a match of others' gifts (only of gifts: checked by the reader).
  verb('pledge.match', 'match(?:es|ed|ing)?', 'pledge', 'pledged', { onlyWith: /\bmatch(?:es|ed|ing)?\s+(?:(?:all|any|every|the|public|private|individual|its|their|eligible)\s+){0,3}(?:donations?|contributions?|gifts?|funds?|money|amounts?|sums?|(?:pound|dollar|euro)s?)\b/i }),
  // "will mobilize $2bn for Ebola-hit countries": money a body raises and commits (only money).
  verb('pledge.mobilize', 'mobili[sz](?:e|es|ed|ing)', 'pledge', 'pledged', { moneyOnly: true }),
  verb('pledge.announce', 'announc(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|confirm(?:s|ed|ing)?|launch(?:es|ed|ing)?', 'announce', 'pledged'),
  // "set up a £10m fund for flood victims": a fund with an amount, read like an announcement (an amount right after it).
  verb('pledge.fund.create', 'set(?:s|ting)?\\s+up|creat(?:e|es|ed|ing)|establish(?:es|ed|ing)?', 'announce', 'pledged'),
  // "£5m came from the Wellcome Trust": the giver follows "from", the amount is before the verb (read like a passive).
  verb('pledge.source', 'c(?:ome|omes|ame|oming)\\s+from', 'give', 'delivered'),
  verb('pledge.sign', 'sign(?:s|ed|ing)?|ink(?:s|ed)|seal(?:s|ed)|conclud(?:e|es|ed)', 'sign', 'signed'),
  verb('pledge.agree', 'agree(?:s|d)?', 'agree', 'approved'),
  verb('pledge.fund', 'put(?:s|ting)?|pump(?:s|ed|ing)?|inject(?:s|ed|ing)?|plough(?:s|ed)?|channel(?:s|led|ed)?|funnel(?:s|led|ed|ling|ing)?', 'put', 'delivered'),
  verb('pledge.fund', 'fund(?:s|ed|ing)?|financ(?:e|es|ed|ing)|bankroll(?:s|ed|ing)?', 'fund', 'delivered'),
  verb('pledge.debt', 'reschedul(?:e|es|ed)|(?:write|writes|wrote|written|writing)\\s+off|forgiv(?:e|es|en|ing)|forgave|cancel(?:s|led|ed|ling|ing)?', 'debt', 'approved'),
  // "Russia agreed to restructure Ukraine's $3bn debt": restructuring relieves only when a debt is what is restructured (a company restructures itself).
  verb('pledge.debt', 'restructur(?:e|es|ed|ing)', 'debt', 'approved', { onlyWith: /\brestructur(?:e|es|ed|ing)\s+(?:(?:the\s+)?[\p{Lu}][\w.-]*(?:\s+[\p{Lu}][\w.-]*)*['’]s?\s+|(?:the\s+)?(?:[\w$€£¥.,'’-]+\s+){0,6}?)debts?\b/iu }),
  // Freezing or deferring a debt is relief only when a debt is what is frozen (checked by the reader).
  verb('pledge.debt', 'freez(?:e|es|ing)|froze|defer(?:s|red|ring)?', 'debt', 'approved'),
  // "Washington is increasing its funding to the IDA": more of an existing commitment to someone.
  verb('pledge.raise', 'rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|trebl(?:e|es|ed|ing)|boost(?:s|ed|ing)?|step(?:s|ped|ping)?\\s+up', 'raise', 'pledged'),
  verb('pledge.spend', 'pay(?:s|ing)?|paid|spend(?:s|ing)?|spent', 'pay', 'delivered'),
  // "has made available $5m for refugees", "£15m will be made available": money set aside for others.
  verb('pledge.available', 'ma(?:ke|kes|de|king)\\s+available', 'approve', 'approved'),
  // "made a £2m donation": the light verb lends its subject to the commitment noun after it.
  verb('pledge.donate', 'mak(?:e|es|ing)|made', 'make', 'delivered'),
];

/** "X has received a loan from Y", "X secured $1bn from Y": the giver comes after "from". */
export const RECEIPT_RULE: RuleId = 'pledge.receipt';
export const RECEIPT_FORMS = 'receiv(?:e|es|ed|ing)|get|gets|got|obtain(?:s|ed)?|secur(?:e|es|ed)|borrow(?:s|ed)?|accept(?:s|ed|ing)?';
/** "Greece borrowed 10 billion euros from the ECB": what the subject borrows, the one after "from" lends (an amount is required). */
export const BORROW_RULE: RuleId = 'pledge.borrow';

export interface NounCue {
  rule: RuleId;
  /** Regex source of the noun's forms. */
  forms: string;
  /** Only a possessive or an organization before the noun names the giver: "Brazilian loans" are loans to Brazil. */
  lender?: boolean;
  /** A person named with it gives in their own name. */
  personal?: boolean;
}

export const NOUN_CUES: readonly NounCue[] = [
  { rule: 'pledge.noun.loan', forms: 'loans?|credits?|credit\\s+lines?|lines?\\s+of\\s+credit|credit\\s+facilit(?:y|ies)|financing', lender: true },
  { rule: 'pledge.noun.aid', forms: 'aid|assistance|grants?|package|funding|bail-?outs?' },
  { rule: 'pledge.noun.donation', forms: 'donations?|gifts?|bequests?', personal: true },
  { rule: 'pledge.noun.donation', forms: 'contributions?' },
  { rule: 'pledge.noun.pledge', forms: 'pledges?|commitments?' },
];

/** The commitment nouns a light verb can carry: "made a donation", "made a $5m loan". */
export const LIGHT_VERB_OBJECT = /^\s+(?:(?:an?|the|its|his|her|their|another|further|new|fresh|first|second|latest|additional|one-off|personal|private|generous|large|substantial|record|single|total|\S*\d\S*|[$€£¥]\S*|\w+(?:\s+|-)(?:pounds?|dollars?|euros?|dlrs?|stg|yen))\s+){0,5}(?:donations?|gifts?|bequests?|contributions?|grants?|loans?|pledges?|commitments?|payments?\s+to)\b/i;

// One regex for all verbs and one for all nouns; the row is found again from the matched word.
export const VERB_ALT = VERB_CUES.map((v) => v.forms).join('|');
/** The verbs the word prefilter looks for (rows read only in their context are tested by CONTEXT_CUES). */
export const PREFILTER_VERB_ALT = VERB_CUES.filter((v) => !v.onlyWith).map((v) => v.forms).join('|');
/** A sentence in which a contextual row commits: "will match public donations", "flew tents to". */
export const CONTEXT_CUES = new RegExp(VERB_CUES.flatMap((v) => (v.onlyWith ? [v.onlyWith.source] : [])).join('|'), 'i');
export const NOUN_ALT = NOUN_CUES.map((n) => n.forms).join('|');
const VERB_ROWS = VERB_CUES.map((v) => ({ v, re: new RegExp(`^(?:${v.forms})$`, 'i') }));
const NOUN_ROWS = NOUN_CUES.map((n) => ({ n, re: new RegExp(`^(?:${n.forms})$`, 'i') }));

/** verbCue's answers by the matched word: the cue words of the corpus are few, each tried against every row once. */
const VERB_CUE_OF = new Map<string, VerbCue | undefined>();

export function verbCue(word: string): VerbCue | undefined {
  if (VERB_CUE_OF.has(word)) return VERB_CUE_OF.get(word);
  const v = VERB_ROWS.find((r) => r.re.test(word))?.v;
  // (The words are verb forms VERB_CUE matched, spaces included: a bounded set; an odd spacing beyond a few thousand is not kept.)
  if (VERB_CUE_OF.size < 4096) VERB_CUE_OF.set(word, v);
  return v;
}

export function nounCue(word: string): NounCue | undefined {
  const w = word.replace(/\s+/g, ' ');
  return NOUN_ROWS.find((r) => r.re.test(w))?.n;
}
