// The word lists pledges are judged by: what makes an object concrete ("missiles", "a loan"),
// what makes a commitment not one (negation, conditions, requests, plans), and what makes a
// sentence business or statistics rather than aid. Data only; src/extract/pledges.ts reads them.

import { IRREGULAR_PAST_FORMS, IRREGULAR_PAST_PARTICIPLES, UNCHANGED_PAST_FORMS } from '../lexicon/function-words.js';
import { MONTHS, WEEKDAYS } from '../lexicon/time.js';
import { SAYING_FORMS } from '../lexicon/speech.js';
import { wordTable } from '../lexicon/word-table.js';

export const ADV = String.raw`(?:also|now|soon|jointly|immediately|further|then|still|already|recently|formally|officially|finally|each|together|quickly|just|previously|initially|swiftly|eventually|separately|additionally|collectively|each|probably|likely|not|never|later|earlier|subsequently|since|personally|privately|publicly|quietly|reportedly|again|secretly|anonymously|generously|voluntarily|unanimously)`;
export const TRAILING_ADV = new RegExp(String.raw`(?:\b${ADV}\s+)+$`, 'i');
/**
 * A cue verb in the past that the ending test (-ed) misses: an irregular past or participle of the lexicon ("gave",
 * "given", "lent", "froze", "put", "set aside", "wrote off": its first word), or a regular past with the particle
 * that ends it ("handed over", "chipped in").
 */
export function irregularPast(verb: string): boolean {
  const words = verb.toLowerCase().split(/\s+/);
  const head = words[0]!;
  if (IRREGULAR_PAST_FORMS.has(head) || IRREGULAR_PAST_PARTICIPLES.has(head) || UNCHANGED_PAST_FORMS.has(head)) return true;
  return words.length === 2 && /ed$/.test(head) && /^(?:in|out|over)$/.test(words[1]!);
}

// Objects that make a pledge concrete when it has no amount (singular, lower case).
export const CONCRETE = new Set(
  (
    'missile rocket tank jet aircraft plane airplane fighter helicopter drone ship vessel warship frigate submarine boat vehicle truck lorry ' +
    'ambulance howitzer gun rifle artillery ammunition munition shell round bomb launcher system weapon arm arms armament equipment radar ' +
    'vaccine dose medicine drug food wheat grain rice maize corn flour fuel generator tent blanket supply kit meal ration ' +
    'water tarpaulin shelter clothing clothes seed fertiliser fertilizer good item material pump purifier ' +
    'tonne ton barrel litre liter bed ventilator mask shipment consignment convoy ' +
    // goods of relief and development aid: "a field hospital", "water purification tablets", "body armour", "scholarships"
    'hospital tablet tractor armour armor helmet computer laptop textbook scholarship ' +
    'aid loan credit grant donation gift bequest contribution funding fund financing guarantee rescheduling package subsidy facility line ' +
    // a rescue lent or given to a state or a bank: "gave Greece a third bailout"
    'bailout bail-out ' +
    'sum amount money cash proceed receipt takings winnings ' +
    'agreement accord deal pact treaty memorandum protocol'
  ).split(' '),
);
export const AGREEMENT_NOUNS = new Set(['agreement', 'accord', 'deal', 'pact', 'treaty', 'memorandum', 'protocol', 'loan', 'credit', 'grant']);
// "package", "funding", "fund" need an amount; "agreement" and its kind need 'signed'.
export const NEEDS_AMOUNT = new Set(['package', 'fund', 'funding', 'financing', 'guarantee']);
export const ABSTRACT_ITEM = /^(?:support|help|assistance|backing|solidarity|cooperation|details?|information|signal|message|assurances?|guarantees? of|commitment|opportunity|time|years?|months?|weeks?|days?|access|priority|consideration|attention|advice|speech|statement|interview|view|reason|chance|way|life|lives|power|rights?|status|credit for|little|bit|lot|more|less|much|something|anything|everything|nothing|whatever)$/i;
export const TIME_UNITS = /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|pct|percent|per|times|points?|votes?|seats?|shares?|people|persons|members|countries|nations|states|cents?|pence)$/i;

export const NUMBER_WORD: Record<string, number> = wordTable({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12, 'a dozen': 12,
  'a hundred': 100, 'a thousand': 1000,
});
export const QTY_MULT: Record<string, number> = wordTable({ thousand: 1e3, million: 1e6, mln: 1e6, billion: 1e9, bln: 1e9, hundred: 100, dozen: 12 });
export const QUANTITY_RE = new RegExp(
  String.raw`^(?:(?:about|some|around|nearly|almost|over|more\s+than|up\s+to|at\s+least|roughly|approximately|an\s+estimated|(?:a\s+)?total(?:\s+of)?)\s+)?(?<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|${Object.keys(NUMBER_WORD).sort((a, b) => b.length - a.length).join('|')})(?:\s+(?<mult>thousand|million|mln|billion|bln|hundred))?\s+(?!(?:of\s+)?(?:${'pct|percent|per'})\b)`,
  'i',
);

export const DROP_ADJ = /^(?:additional|more|new|extra|further|fresh|another|other|some|several|many|much|the|a|an|its|their|his|her|our|up|to|total|first|second|initial|promised|pledged|total)$/i;
export const STOP_WORD = new Set(
  (
    'to for with from into by in on at over under worth that which who whom whose and or as since after before while until this next last per ' +
    'said says say will would is are was were has have had be been being it they he she we also but if than when where because so though although ' +
    'valued amounting totalling totaling bringing including such via through toward towards against within without during this these those ' +
    'immediately yesterday today tomorrow earlier later recently'
  ).split(' '),
);

export const NEGATION = /\b(?:not|never|neither|nor|no\s+(?:money|funds?|cash|aid|new|further|more)|no\s+longer|declined\s+to|refused\s+to|failed\s+to|ruled\s+out|rejected|denied|cannot|won['’]t|can['’]t|oppos(?:e|es|ed|ing)|block(?:s|ed|ing)|veto(?:es|ed|ing)?|withh[eo]ld(?:s|ing)?|suspend(?:s|ed|ing)|froze|freez(?:e|es|ing)|halt(?:s|ed|ing)|cut\s+off|stopp?(?:ed|ing)?|instead\s+of|rather\s+than|reluctan\w+|unwilling\w*|hesitan\w+|refus\w+|bann(?:ed|ing)|bans?|prohibit\w*|prevent(?:s|ed|ing)?|barred|barring|forbid\w*|unable|inability)\b|n['’]t\b/i;
export const UNDONE = /\b(?:was|were|has\s+been|had\s+been|have\s+been|is|are)\s+(?:\w+ly\s+|later\s+|since\s+|then\s+)?(?:rejected|blocked|cancell?ed|withdrawn|suspended|frozen|vetoed|turned\s+down|scrapped|shelved|put\s+off|postponed|delayed|revoked|denied)\b/i;
export const CONDITIONAL = /\b(?:if|unless|whether|contingent|depend(?:s|ed|ing)?\s+(?:up)?on|subject\s+to|provided\s+that|on\s+condition|conditional|in\s+exchange\s+for|in\s+return\s+for|as\s+long\s+as)\b/i;
export const CONDITIONAL_MODAL = /^(?:can|could|may|might)$/i;
export const REQUESTED = /\b(?:call(?:s|ed|ing)?\s+(?:on|for)|requir(?:e|es|ed|ing)|(?:have|has|had)\s+to|recommend\w*|ask(?:s|ed|ing)?|request(?:s|ed|ing)?|seek(?:s|ing)?|sought|urg(?:e|es|ed|ing)|appeal(?:s|ed|ing)?|hop(?:e|es|ed|ing)|want(?:s|ed)?|wish(?:es|ed)?|need(?:s|ed)?|demand(?:s|ed|ing)?|press(?:es|ed)?\s+for|lobb(?:y|ies|ied|ying)|should|must|invit(?:e|es|ed)|approach(?:es|ed|ing)?)\b/i;
// ("in May", "last May", "mid-May", "May 5": the month, not the modal.)
// (A noun of planning — talks, a proposal, speculation — plans the commitment only when the commitment is what it is
// about: "talks on a $200m loan", "a proposal to provide". A means adjunct after it, "fueled talk about her future
// by donating $2,700", "rumours of a merger, after giving", is an act done, the noun's topic something else.)
export const PLANNED = /\b(?:expect(?:s|ed|ing)?|likely|unlikely|plan(?:s|ned|ning)?|propos(?:e|es|ed|ing)|consider(?:s|ed|ing)?|discuss(?:es|ed|ing)?|negotiat(?!ions?\b)\w*|before|is\s+to\s+be|are\s+to\s+be|prepared\s+to|ready\s+to|intend(?:s|ed)?|aim(?:s|ed|ing)?\s+to|set\s+to|due\s+to|would\s+like|possible|possibly|in\s+principle|could|may(?!\s+\d)(?<!\b(?:in|last|this|next|since|until|till|by|early|late|mid|of|from|through|during|before|after)[\s-]+may)|might|thought\s+to|empower\w*|willing|speculat(?!ions?\b)\w*|rumou?r(?!s?\b)\w*|believed\s+to|(?:proposals?|negotiations?|talks?\s+(?:on|about)|speculations?|rumou?rs?)\b(?![^,;:]*\b(?:by|after|while|when|through|without)\b))\b/i;

// Business, not aid: a company paying for a takeover is not a commitment to another party.
// Transactions and markets: these block unless the sentence is about aid (AID_STRONG).
export const BUSINESS = /\b(?:acqui(?:re|res|red|ring|sition|sitions)|takeover|merger|merge[sd]?|shares|share\s+(?:price|capital|issue|offer)|stake|dividends?|profits?|revenues?|earnings|net\s+income|per\s+share|a\s+share|buyout|buy\s*back|tender|offer\s+for|sales?|sell(?:s|ing)?|sold|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|subsidiary|stock|debentures|underwrit\w*|bids?|bidding|customers?|shareholders?|investors?|invest(?:s|ed|ing|ment|ments)?|wages?|salary|salaries|treasury\s+bills|bills|bonds|auction|securities|money\s+supply|valu(?:e|ed|ing)\s+(?:the\s+|it\s+)?(?:company|firm|group|business|deal|bank)|contracts?|money\s+markets?|sponsor\w*|commercial|trade\s+deal|export\w*|import\w*|charges|tariffs?|fares?|arranger|arranged\s+by|lead[\s-]manag\w*|deposits|syndicat\w*|euro-?bonds?|euronotes?|bullet|floating[\s-]rate|libor|basis\s+points|barter\w*|countertrad\w*|joint\s+ventures?|commodity\s+exchange|cif|fob|c\s*&\s*f|hotels?|orders?|ordered|at\s+a\s+cost\s+of|debts\s+of|losses|a\s+loss\s+of|net|equity|capital|turnover|reimburs\w*|settle(?:s|d|ment|ments)?|fines?|fined|penalt(?:y|ies)|assets|provisions|risks|income|conversions?|swaps?|notes|certificates|collateral\w*|mortgage\s+obligations?|offerings|(?:share|stock|bond|public|rights|debt|equity|initial|secondary|note)\s+offering|shopping|chose|chosen|hired|(?:commercial|eurocommercial)\s+paper|paper\s+programm?e|certificates?\s+of\s+deposit|CP)\b/i;
// Public finance statistics ("credit rose to 77 billion crowns"): these block only when nothing in
// the sentence lends or gives (LENDING).
export const FISCAL_STATS = /\b(?:quarter(?:ly)?|dropped|declined|grew|decreased|climbed|slipped|jumped|rate\s+(?:increase|rise|hike|cut)s?|prices?|priced|borrowings|averaged|interest\s+rates?|issu(?:e|es|ed|ing|ance)|rates|vs|versus|compared\s+with|year-earlier|year-on-year|exchange\s+rates?|currenc(?:y|ies)|principal|interest\s+payments?|rose|fell|risen|fallen)\b/i;
// Budgets and totals ("a record deficit budget", "spending of 479 billion"): statistics unless the
// money goes to someone or to something named (a recipient or a purpose).
export const FISCAL_BUDGET = /\b(?:savings|cuts|costs|budgets?|spending|deficits?|tax(?:es)?)\b/i;
export const LENDING = /\b(?:loans?|credits?|grants?|aid|assistance|lend(?:s|ing)?|lent|loaned|donat\w*)\b/i;
/** Words that make a sentence about aid even when it has a business word ("to buy ammunition"). */
export const AID_STRONG = /\b(?:aid|humanitarian|relief|donat\w*|grants?|reconstruction|rebuild\w*|assistance|weapons?|military|missiles?|ammunition|shells|arms|fighter|howitzers?|artillery|air[\s-]defen[cs]e|anti-tank|anti-aircraft|vaccin\w*|immuni[sz]\w*|refugees?|victims?|poverty|famine|disaster|earthquake|flood\w*|tsunami|debt\s+relief|reschedul\w*|bail-?out|rescue\s+package|payments\s+(?:difficulties|problems|crisis|support)|balance[\s-]of[\s-]payments\s+(?:support|aid|assistance|loans?|help|financing))\b/i;
export const AID_CONTEXT = new RegExp(`${AID_STRONG.source}|\\b(?:loans?|credits?|debts?|development|financing|funds?|funding|package|programme|program|project|scheme|initiative|government)\\b`, 'i');
// (A development bank's group is a public lender, not a company: "the World Bank Group".)
export const COMPANY = /\b(?:Inc|Corp|Corporation|Co|Cos|Ltd|Limited|plc|PLC|(?<!\b(?:Bank|Fund)\s+)Group|Holdings?|AG|SA|NV|N\.V\.|GmbH|S\.p\.A|SpA|Bancorp|Bankshares|Securities|Partners|Industries|Motors|Airlines|Airways|Petroleum|Technologies|Communications|Pharmaceuticals|Brothers|Bros|LLC|LP)\.?\b/;
/**
 * A country or organization name used as a modifier of someone else: "Ukraine's allies pledged",
 * "German car maker BMW has announced", "A US bank will donate", "Mexican labourers sent". The
 * head is not the named entity, so it is not the giver.
 */
export const NON_STATE_HEAD = /^(?:['’]s?)?\s+(?:(?!(?:or|but|a|an|the|on|in|at|of|to|for|with|by|from|has|have|had|is|are|was|were|will|would|said|says|also|last|this|next)\s|and\s+(?:a|an|the|other|its|their|his|her|several|some|many)\s)(?:[a-z][a-z-]*|\d[\w-]*)\s+){0,5}?(?:allies|partners|neighbou?rs|creditors|donors|backers|supporters|friends|enemies|critics|rivals|opponents|lenders|banks?|companies|company|firms?|investors?|car\s*makers?|carmakers?|makers?|groups?|giants?|labou?rers|workers|businessm[ae]n|consortium|exporters?|importers?|producers?|manufacturers?|insurers?|retailers?|airlines?|operators?|conglomerates?|corporations?|subsidiar(?:y|ies)|units?|brokers?|brokerage|owners?|shareholders?|fans|clubs?|teams?|players?|people|citizens|residents|tourists|students|families|migrants|expatriates|emigrants|immigrants|charit(?:y|ies)|traders?|dealers?|executives?|chains?|stores?|media|broadcasters?|newspapers?|publishers?|studios?|bands?|singers?|actors?|stars?|markets?|exchanges?|industr(?:y|ies)|sector|economy|interests)\b(?![\s-]+(?:board|committee|council|arm|division|branch|body|office|panel)\b|\s+of\s)/;
export const GOVERNMENT_WORD = /\b(?:president|prime|premier|chancellor|minister|ministry|secretary|ambassador|envoy|king|queen|emir|sultan|leader|government|official|spokes\w+|treasury|state|foreign|defen[cs]e|finance|aid|development|cabinet|parliament|congress|senate|army|navy|military|forces|embassy|authorities|administration|agency|central|national|federal|export-import|overseas|economic|co-?operation|fund|development|reserve|exim|ex-im|credit\s+guarantee)\b/i;
export const PREPOSITION_BEFORE = /\b(?:to|for|with|in|at|on|into|from|of|against|about|by|over|toward|towards|under|than|between|among|across|via|like|including|help|helping|assist|assisting|support|supporting)\s+(?:the\s+)?$/i;
export const RECIPIENT_BEFORE = /\b(?<!according\s)(?<!due\s)(?<!thanks\s)(?:to|into|for|toward|towards|help|helping|assist|assisting|support|supporting|benefit|benefiting)\s+(?:the\s+)?$/i;
export const WITH_BEFORE = /\bwith\s+(?:the\s+)?$/i;

// The verbs of saying that end the clause a giver is looked for in: the lexicon's finite forms and the reporting forms
// pledges reads besides ("say", "saying", "stated"); "told" takes the name after it ("told Reuters").
const SAYING = [...SAYING_FORMS, 'say', 'saying', 'adding', 'stated', 'declared', 'reported']
  .map((w) => (w === 'told' ? String.raw`told(?:\s+[A-Z][\w.]*)?` : w)).join('|');
// Clause boundaries, searched leftwards from a cue: the giver of "X said Y would provide" is in "Y would provide".
export const CLAUSE_BOUNDARY = new RegExp(String.raw`[;:—–()"“”]|,\s*(?=(?:as|while|but|which|who|whose|whereas|although|though|after|before|when|since|because|where)\b)|\b(?:${SAYING}|hopes?|hoped|that|as|while|but|after|before|when|because|although|though|whereas|which|who|if|unless|where)\b`, 'g');
// ("Japan announced on Monday that it would": a time adverbial may come between the verb and its clause.)
export const SPEECH_VERB = new RegExp(String.raw`\b(?:${SAYING}|announced)\s*(?:(?:on|last|this|late|early)\s+\w+\s+|(?:yesterday|today|tonight)\s+)?(?:that\s*)?$`, 'i');
// ("The IMF said its executive board approved": a body's board or cabinet acts for it.)
export const PRONOUN_SUBJECT = /^\s*(?:(?:he|she|it|they|we|i)\b|(?:his|her|its|their|our|my)\s+(?:\w+\s+)?(?:country|countries|government|administration|nation|ministry|bank|organi[sz]ation|fund|group|union|alliance|board|directors|cabinet|trustees)\b)/i;

const WEEKDAY = WEEKDAYS.join('|');
const MONTH = MONTHS.join('|');
export const TIME_ADVERB = new RegExp(String.raw`^\s*(?:,\s*)?(?:(?:also|already|now|recently|formally|officially|jointly|immediately|quickly|further|additionally|previously|earlier|today|yesterday|tonight|in\s+total|so\s+far|${WEEKDAY}|(?:last|this|next|earlier\s+this|later\s+this)\s+(?:week|month|year|weekend|spring|summer|autumn|fall|winter|${WEEKDAY})|on\s+(?:${WEEKDAY})|in\s+(?:${MONTH}|\d{4}))\s*,?\s*)+`, 'i');
export const DELIVERY_NOUN = /^\s*(?:the\s+|a\s+|an\s+)?(?:(?:first|second|third|new|latest|next|further)\s+)?(?:deliver(?:y|ies)|shipments?|dispatch|donations?|transfers?|provision|supply|sending|handover|package|tranche)\s+of\s+/i;

// Lending and financing: a company or a bank that provides money is lending when these are around.
export const FINANCING = /\b(?:financ\w*|loans?|lend\w*|lent|credits?|credit\s+lines?|line\s+of\s+credit|facilit(?:y|ies)|bridge|underwrit\w*|borrow\w*|lenders?|grants?|donat\w*|bail-?out|rescue)\b/i;

// People deployed are not given: "sent 300 troops", "will provide military advisers".
export const PERSONNEL = /\b(?:troops|soldiers|forces|personnel|servicemen|marines|paratroopers|peacekeepers|policemen|police\s+officers|advisers|advisors|instructors|battalions?|brigades?|contingents?|observers|monitors|inspectors|delegations?|envoys?)\b/i;
// Platforms sent somewhere are deployed ("will send aircraft to the base") unless the sentence hands them over.
export const PLATFORMS = /\b(?:aircraft|jets?|planes?|warships?|ships?|vessels?|frigates?|destroyers?|submarines?|carriers?|bombers?|fighters?|helicopters?|drones?|squadrons?|fleet)\b/i;
// Bodies whose deliveries are relief, whatever they carry: "the World Food Programme delivered 5,000 tonnes of rice".
export const RELIEF_BODY = /\b(?:food\s+programme|food\s+program|unicef|unhcr|wfp|red\s+cross|red\s+crescent|charit(?:y|ies)|relief|humanitarian|refugees?|oxfam|caritas|save\s+the\s+children)\b/i;

// What a platform carries is what is given: "10 planes of relief supplies", "a shipload of grain".
export const CARRIER_OF = /^(?:[\w-]+\s+)*?(?:planes?|aircraft|flights?|ships?|vessels?|helicopters?|(?:plane|ship|truck|lorry|boat)-?loads?)\s+(?:of|with|carrying|loaded\s+with)\s+\S/i;
export const HANDOVER_WORDS = /\b(?:donat\w*|gift\w*|hand(?:ed|ing|s)?\s+over|transfer\w*|deliver\w*|military\s+aid|aid\s+package|to\s+help\s+\w+\s+defend)\b/i;

// Giving that gives nothing: "given the go-ahead", "give credit to the staff", "lend support", "pay tribute".
export const IDIOM_OBJECT = new RegExp(
  String.raw`^\s+(?:\w+\s+)?(?:(?:the|a|an|its|their|his|her|our|final|formal|full|due|much|some|more|little|no|any|great|serious|careful|special|particular|top|strong|fresh|new|further)\s+)*` +
    String.raw`(?:go[\s-]ahead|green\s+light|approval|permission|consent|nod|boost|priority|warning|assurances?|evidence|details|speech|interview|lecture|briefing|answers?|verdict|reasons?|thought|notice|way|birth|chase|rise|credence|weight|support|credibility|thanks|hope|voice|hand|ear|lift|ride|try|go|shot|chance|opportunity|attention|impetus|momentum|insights?|clues?|hints?|idea|impression|indications?|update|performance|testimony|condolences|sympathy|apolog(?:y|ies)|welcome|invitations?|tribute|respect|homage|advice|guidance|information|cover|legitimacy|colou?r|itself|themselves|himself|herself|visits?|credit\s+(?:to|for|where))\b`,
  'i',
);

// Verbs that hand their subject to the commitment after them: "the bank has agreed to provide".
export const CONTROL_VERB_TAIL = /(?:\s+(?:has|have|had|is|are|was|were|will|would|also|now|already|then|later|quickly|recently|previously|\w+ly))*\s+(?:agreed|agrees|agree|decided|decides|promised|promises|pledged|pledges|offered|offers|undertook|undertaken|committed|voted|moved|continued|chose|opted|vowed|vows|went\s+on|stepped\s+in|set\s+out|plans?|planned|intends?|intended|hopes?|hoped|wants?|wanted|is\s+set|was\s+set|is\s+due|is\s+ready|was\s+ready|is|are|was|were)\s*$/i;

// What someone is accused of or claimed to have done is not a commitment: "convicted of sending
// letter bombs", "the newspaper claimed he received money from".
export const ALLEGED = /\b(?:alleg\w+|accus\w+\s+(?:\w+\s+)?of|convicted\s+(?:\w+\s+){0,3}of|charged\s+with|suspected\s+of|guilty\s+of|claim(?:s|ed|ing)?\s+(?:that\s+)?(?:he|she|it|they)|den(?:y|ies|ied|ying))\b/i;

// Payment for work, wins or wrongs is not a gift unless it is donated: prize money offered,
// bonuses approved, fees and fines paid.
export const PAYMENT_WORDS = /\b(?:prize\s+money|wages?|salar(?:y|ies)|bonus(?:es)?|fees?|rewards?|compensation|pay-?outs?|pensions?|dividends?|royalt(?:y|ies)|bribes?|ransom|transfer\s+fees?)\b/i;

// Money named without a figure ("gave cash", "an undisclosed sum"): a pledge only when it is given to someone or for something.
// (The proceeds of a concert, a match's gate receipts, a player's winnings given away are money of no stated sum.)
export const MONEY_WORDS = new Set(['money', 'cash', 'sum', 'amount', 'fund', 'funding', 'proceed', 'receipt', 'takings', 'winnings']);

// Heads that measure something else ("an amount of", "a batch of"): the noun after "of" decides.
export const MEASURE_HEAD = new Set(['amount', 'sum', 'number', 'lot', 'range', 'total', 'portion', 'share', 'part', 'quantity', 'batch', 'set', 'pair', 'kind', 'type', 'variety', 'series', 'supply', 'supplies']);

// An organization whose name says it is public (a ministry, an agency, a union of states) gives goods
// as aid; a company's goods are trade unless the sentence is about aid.
export const PUBLIC_BODY = /\b(?:ministry|department|agency|government|union|nations|organi[sz]ation|alliance|council|commission|fund|foundation|trust|charity|bank|programme|program|office|authority|administration|army|navy|forces|red\s+cross|red\s+crescent|club|parliament|congress|senate|assembly|executive)\b|^(?:IMF|UN|EU|WHO|WFP|UNICEF|Unicef|UNHCR|USAID|DFID|DfID|ADB|AfDB|EBRD|EIB|IDB|NATO|Nato|OPEC|Opec|ASEAN|AU|ECOWAS|G7|G8|G20|OECD|IFAD|UNDP|UNESCO|Unesco|ICRC|IDA|IFC|OECF|JBIC|JICA|Exim|EXIM)$/i;

// A central bank's daily money-market operations ("provided the money market with 37 mln stg
// assistance", "offered borrowing facilities to the discount houses") are not commitments.
export const MARKET_OPERATION = /\b(?:money\s+markets?|draining|so\s+far\s+today|the\s+system\s+with|(?:assistance|help)\b[^.;]{0,40}\b(?:so\s+far\s+today|today)|the\s+market\s+(?:with\s+)?(?:\w+\s+){0,3}(?:assistance|help)|total\s+(?:assistance|help)|(?:assistance|help)\s+(?:worth\s+|of\s+)?[^.;]{0,40}?\b(?:during|in)\s+the\s+(?:morning|afternoon)|(?:assistance|help)\s+(?:to|of|worth)\s+[^.;]{0,30}?\b(?:the\s+)?(?:money\s+)?market|discount\s+(?:houses|market)|liquidity\s+shortage|bill\s+offers|bank\s+bills|discount\s+window|fed\s+funds|repurchase\s+agreements?)\b/i;

// An order, a contract or a sale in the object is trade whatever it is for: "its first order from China, for a flood management system".
export const TRADE_OBJECT = /\b(?:orders?|contracts?|sales?|purchases?|bids?|tenders?)\b/i;

// Goods delivered to people in need are aid, not trade: "delivered 200 tonnes of food to families in Yemen".
export const HUMANITARIAN_RECIPIENT = /\b(?:to|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:families|people|victims|refugees|survivors|displaced|needy|hungry|poor|homeless|orphans|children|villagers|residents|hospitals|schools)\b/i;

// Agreements about trade, resources or rules are contracts, not commitments of money or goods:
// "signed an oil deal", "a trade protocol", "a tax treaty", "a fishing accord".
export const TRADE_AGREEMENT = /\b(?:trade|trading|commercial|oil|gas|energy|tax|fishing|fisheries|aviation|air|shipping|visa|extradition|technology|technology-sharing|supply|sales?|marketing|sponsorship|broadcasting|licensing|distribution|merger|takeover)\s+(?:[\w-]+\s+)?(?:agreements?|accords?|deals?|pacts?|treat(?:y|ies)|protocols?|memorand\w+)\b/i;

// Loans as a bank's book, not as lending: losses, provisions, servicing, loans outstanding, securities backed by them.
export const LOAN_BOOK = /\b(?:non-?accrual|non-?performing|reclassif\w*|liabilit(?:y|ies)|loan\s+notes?|customers|consumers|dealers|retail\s+credit|joint\s+venture|loan\s+(?:loss\w*|servicing|portfolio|receivables|sales?)|loss\s+reserves?|provisions?|outstanding\s+loans|loans\s+outstanding|exposure|receivables|securities|certificates|notes|backed|offerings?)\b/i;

// A lender's name: "a World Bank loan", "an IDA credit" (but "an ESOP term loan" is the borrower's).
export const LENDER_NAME = /\b(?:bank|fund|monetary|finance|financial|lending|credit|development|exim|ex-im|reserve|treasury|IMF|IDA|IFC|EIB|ADB|AfDB|EBRD|IDB|OPEC|OECF|JBIC)\b/i;

// States that no longer exist, which the recognizer types as places (they are not in today's
// country list): in a pledge they act as the state they were ("West Germany will provide 300 mln
// marks", "the Soviet Union agreed to lend").
export const FORMER_STATE = /^(?:(?:the\s+)?Soviet\s+Union|USSR|U\.S\.S\.R\.|West\s+Germany|East\s+Germany|Yugoslavia|Czechoslovakia|Zaire|Burma)$/i;

// Who a person gives for, by the title the roles step read for them (or a nominal mention of them,
// "the chancellor"), when it named no country or body: a state's office-holder commits the state's
// money; a company's executive announces the company's; an owner, founder or chairman may give
// their own.
/** An office of a state's government: its holder's commitments are the state's ("President X pledged $100m"). */
export const STATE_OFFICE_TITLE = /^(?:(?:the|former|then|acting|interim|outgoing|deputy|vice|[\p{Lu}][\p{L}.-]*|[\p{Ll}-]+)\s+){0,4}(?:president|prime\s+minister|premier|chancellor(?:\s+of\s+the\s+exchequer)?|minister|minister\s+(?:of|for)\s+.+|(?:foreign|home|defen[cs]e|development|international\s+development|treasury|state|environment|health|culture|trade|education|transport|energy|interior|agriculture|business|employment|work\s+and\s+pensions|northern\s+ireland|scottish|welsh|chief)\s+secretary|secretary\s+of\s+state(?:\s+for\s+.+)?|king|queen|emir|sultan|crown\s+prince)$/iu;
/** Titles a state office never is, though they end like one ("party chairman", "shadow chancellor", "chief minister of a province"). */
export const NOT_STATE_OFFICE = /\b(?:shadow|opposition|party|club|company|bank|university|college|school|chief\s+minister|former|ex|prime\s+minister-designate)\b/i;
/** A company's executive acts for it: "Acme chief executive X announced a $2m grant" is Acme's. */
export const COMPANY_EXECUTIVE_TITLE = /\b(?:chief\s+executive(?:\s+officer)?|ceo|managing\s+director|president|chief\s+operating\s+officer|spokes(?:man|woman|person)|boss)$/i;

/** The title of the head of a place's government: a state's or province's governor, a city's mayor. */
export const PLACE_HEAD_TITLE = /^(?:(?:the|acting|interim|lieutenant|deputy|lord)\s+)?(?:governor|gov\.?|mayor)$/i;
/** The title of a head of state or of government, or of a state's, province's or city's government. */
export const HEAD_OF_GOVERNMENT_TITLE = /^(?:(?:the|acting|interim|outgoing|[\p{Lu}][\p{L}.-]*)\s+){0,3}(?:president|prime\s+minister|premier|chancellor|first\s+minister|taoiseach|king|queen|emir|sultan|governor|gov\.?|mayor)$/iu;
