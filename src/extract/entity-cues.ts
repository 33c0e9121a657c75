// The evidence entity resolution weighs when it decides what a name is, as data: words that are
// never names (interjections, greetings), forms of address, the context words that say "a person"
// or "a place", and how much each kind of evidence counts in the per-name type vote
// (src/extract/entities.ts: voteTypes). Each kind of evidence has an id and a weight in TYPE_CUES,
// so a type can be explained, and changed, by naming the cues that voted for it.

import { readFileSync } from 'node:fs';
import { CITIES, FIRST_NAMES, KNOWN_ORGANIZATIONS, REGIONS } from './ner/lexicon.js';
import { SAYING_FORMS } from './lexicon/speech.js';
import { COURTESY_TITLES } from './lexicon/address.js';
import { wordTable } from './lexicon/word-table.js';

/**
 * Words a recognizer takes for a name when they open a sentence or a turn of speech: interjections,
 * greetings, answers and discourse markers ("Mhm.", "Well, …", "Hey Steve"). Never a name alone,
 * never the first word of one.
 */
export const DISCOURSE_WORDS = new Set(
  `well yeah yes yep yup no nope nah oh ah aha uh um uhm hmm mhm mm mmm huh hey hi hello bye goodbye okay ok alright gosh jeez
  wow whoa oops ooh yay please thanks sorry sure right correct cool nice fine great anyway somehow gonna wanna gotta sorta kinda
  dear congratulations welcome cheers amen hooray indeed absolutely exactly totally basically actually seriously`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Closed-class words that cannot open a name, wherever the sentence starts: prepositions, sentence
 * adverbs, possessive determiners and abbreviations of Latin phrases ("Despite Daniel …",
 * "Currently Shalev …", "Your Honor", "E.g. Enoch").
 */
export const NON_NAME_OPENERS = new Set(
  `despite during together currently throughout within without among amongst against unlike upon via per toward towards whether
  whilst thus hence therefore moreover furthermore nevertheless nonetheless otherwise perhaps maybe recently finally eventually
  initially originally previously subsequently additionally similarly likewise consequently accordingly apparently obviously
  former clearly sadly luckily unfortunately fortunately surely certainly probably possibly hopefully born my your his her our their its
  e.g. i.e. e.g i.e p.s. p.s etc. cf. viz. ps`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Capitalised words that are not names when they stand alone, by kind (each kind an id, so that a
 * dropped "name" says why). A name made only of such words is no entity of the text: the person or
 * body it may stand for is named elsewhere, or not at all.
 */
export const NOT_NAMES_ALONE = {
  /** Abbreviations of common nouns and phrases, written in capitals in any text ("a PDF", "DNA tests", "P.S."). */
  'notname.common-acronym': new Set(['PDF', 'DNA', 'RNA', 'HIV', 'AIDS', 'SARS', 'MERS', 'COVID', 'COVID-19', 'LLM', 'LLMs', 'AI', 'GPS', 'USB', 'URL', 'HTML', 'FAQ', 'GDP', 'CEO', 'CFO', 'CO', 'PhD', 'MBA', 'TV', 'DVD', 'CD', 'PC', 'SMS', 'ID', 'IQ', 'ATM', 'PIN', 'VAT', 'UFO', 'ASAP', 'FYI', 'OK', 'DJ', 'DJs', 'P.S.', 'PS', 'BY-SA', 'CC', 'BY', 'NC', 'SA', 'ND', 'MP3', 'CPU', 'GPU', 'RAM', 'ADHD', 'MRI', 'ICU', 'ER', 'IVF', 'LGBT', 'LGBTQ']),
  /**
   * Members' and counsel's ranks written in capitals after a party, a seat or a name ("Labour MP", "Edinburgh
   * MSP", "Jo Reid QC"): a description, never a name's word; cut off a name, and no entity alone.
   */
  'notname.member-title': new Set(['MP', 'MPs', 'MEP', 'MEPs', 'MSP', 'MSPs', 'AM', 'AMs', 'MLA', 'MLAs', 'MPP', 'MPPs', 'MHA', 'TD', 'TDs', 'QC', 'QCs', 'KC', 'KCs', 'SC']),
  /** Kin terms and forms of address written as names ("Mom said", "ask Grandpa"). */
  'notname.kin-term': new Set(['mom', 'mum', 'mommy', 'mummy', 'mama', 'mamma', 'dad', 'daddy', 'papa', 'pa', 'ma', 'grandma', 'grandpa', 'granny', 'grandmother', 'grandfather', 'nana', 'nanna', 'gran', 'auntie', 'aunty', 'sis', 'bro', 'baby', 'honey', 'darling', 'sweetie', 'sir', 'madam', 'ma\'am']),
  /** Parties of a case and people of a court, by their role ("the Petitioner argues", "Counsel"). */
  'notname.court-role': new Set(['petitioner', 'petitioners', 'respondent', 'respondents', 'appellant', 'appellants', 'appellee', 'appellees', 'plaintiff', 'plaintiffs', 'defendant', 'defendants', 'counsel', 'claimant', 'claimants', 'prosecution', 'defence', 'defense', 'juror', 'jurors']),
  /**
   * Prizes by their short name ("the Oscar ceremony", "Oscar host", "two Grammys", "an Emmy"): an award, not
   * the person a given name of the same spelling would be. Not "Tony", "Booker", "Olivier", which are as often
   * people, nor "Nobel", also a company ("Nobel Industries"), nor "Bafta", also the academy that gives it; a person the text names in full ("Oscar Ruiz … Oscar said") keeps the word (entities.ts).
   */
  'notname.award': new Set(['oscar', 'oscars', 'grammy', 'grammys', 'grammies', 'emmy', 'emmys', 'emmies', 'razzie', 'razzies', 'pulitzer', 'oscar-winner', 'oscar-winning', 'oscar-nominated']),
  /** Adherents of a faith, alone ("a Christian", "the Catholics"): a group, not a person's name. */
  'notname.adherent': new Set(['christian', 'christians', 'catholic', 'catholics', 'protestant', 'protestants', 'baptist', 'baptists', 'methodist', 'methodists', 'lutheran', 'lutherans', 'anglican', 'anglicans', 'muslim', 'muslims', 'jew', 'jews', 'hindu', 'hindus', 'buddhist', 'buddhists', 'sikh', 'sikhs', 'mormon', 'mormons', 'quaker', 'quakers', 'calvinist', 'calvinists', 'atheist', 'atheists', 'pagan', 'pagans']),
} as const;
export type NotNameId = keyof typeof NOT_NAMES_ALONE;

/**
 * Kinds of works, products and vessels: a name right after one in lowercase is
 * the title of that thing ("the film Minority Report", "her book Small Island", "the board game
 * Monopoly", "the ship Docemarte"), not a person, body or place, where the name ends there (before
 * punctuation or a word that cannot open a relative clause: "the book Blair wrote" is Blair's).
 * Newspapers and magazines are bodies and stay out.
 */
export const WORK_NOUNS: ReadonlySet<string> = new Set(['film', 'films', 'movie', 'movies', 'novel', 'novels', 'book', 'books', 'album', 'albums', 'single', 'song', 'songs', 'debut', 'track', 'tracks', 'LP', 'EP', 'musical', 'opera', 'sitcom', 'series', 'miniseries', 'serial', 'soap', 'comedy', 'drama', 'thriller', 'sequel', 'documentary', 'programme', 'show', 'ship', 'vessel', 'yacht', 'tanker', 'liner', 'ferry', 'brand', 'game', 'games', 'poem', 'painting', 'sculpture', 'anime', 'manga', 'podcast', 'franchise']);
/**
 * Verbs of acting right before "in" and a work's title ("starred in Vera Drake", "co-starring in Closer"): what one stars
 * in is a work, no place. Not "stars", also a noun ("the show's stars in Leeds").
 */
export const STARRING_BEFORE_IN: ReadonlySet<string> = new Set(['starred', 'starring', 'co-starred', 'co-starring']);
/** "board game Monopoly" but "the game Arsenal won": "game" is a kind of work only after one of these. */
export const GAME_KINDS: ReadonlySet<string> = new Set(['board', 'video', 'computer', 'card', 'role-playing', 'mobile']);
/** Before "show", "film", "book"… these make it a verb ("polls show Labour ahead", "they will film Pitt"). */
export const BEFORE_VERB: ReadonlySet<string> = new Set(['to', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'did', 'does', 'do', 'they', 'we', 'you', 'i', 'he', 'she', 'it', 'also', 'not', 'never', 'then', 'and', 'or', 'who', 'which', 'that', 'figures', 'polls', 'results', 'data']);
/**
 * Kinds of vessels and products: a name right after one ("the frigate Almirante Vidal", "the
 * handset Zentro") names the thing, whatever verb follows ("… left port"): unlike a book, a ship or
 * a handset is not "the ship Blair boarded" often enough to matter. Before a verb-like word
 * (BEFORE_VERB) the noun is no kind ("they ship Pitt's films").
 */
export const VESSEL_PRODUCT_NOUNS: ReadonlySet<string> = new Set(['ship', 'ships', 'vessel', 'yacht', 'tanker', 'liner', 'ferry', 'frigate', 'destroyer', 'cruiser', 'battleship', 'warship', 'submarine', 'trawler', 'freighter', 'steamer', 'schooner', 'tug', 'handset', 'smartphone', 'phone', 'tablet', 'console', 'laptop', 'drug', 'pill', 'vaccine', 'software', 'app', 'browser', 'chip', 'processor', 'car', 'sedan', 'truck', 'jet', 'airliner', 'aircraft', 'satellite', 'rocket', 'spacecraft', 'robot']);

/** Words that open the name of a storm ("Hurricane Katrina", "Typhoon Haiyan"): an event, not a person. */
export const STORM_PREFIXES: ReadonlySet<string> = new Set(['Hurricane', 'Typhoon', 'Cyclone', 'Storm', 'HURRICANE', 'TYPHOON', 'CYCLONE']);

/** The prefixes of ships' names ("HMS Dauntless", "USS Brandvold"): a vessel, never a body or a place. */
export const SHIP_PREFIXES: ReadonlySet<string> = new Set(['HMS', 'USS', 'RMS', 'HMAS', 'HMCS', 'HMNZS', 'USNS', 'USCGC', 'MV', 'RV']);

/**
 * Words after a sentence's first word that make it a verb in the imperative ("Read the label",
 * "Mark the spot", "Watch it"): a determiner or an object pronoun. A person's name is followed by
 * its verb, not by "the"; a name that the text also capitalises mid-sentence is spared.
 */
export const IMPERATIVE_OBJECTS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'your', 'my', 'our', 'their', 'this', 'these', 'those', 'some', 'any', 'each', 'every', 'it', 'them', 'yourself', 'yourselves']);

/** Words that may follow a title where the name ends ("the film Ray, which …", "the album X was …"). */
export const AFTER_TITLE: ReadonlySet<string> = new Set(['and', 'or', 'is', 'was', 'which', 'that', 'by', 'in', 'with', 'for', 'at', 'on', 'to', 'from', 'about', 'starring', 'as', 'won', 'took', 'went', 'became', 'will', 'would', 'were', 'are']);

/**
 * Other names of countries in the gazetteer (endonyms, old names) that are also English words or
 * people's names ("Island" for Iceland, "Mann" for the Isle of Man, "Dominique" for Dominica): like
 * the gazetteer's own ambiguous names, they name the country only where the recognizer reads a
 * name there too.
 */
export const COUNTRY_FORMS_NEEDING_AGREEMENT: ReadonlySet<string> = new Set(['Island', 'ISLAND', 'Mann', 'Mannin', 'Dominique', 'Guiana', 'Thai', 'Viti', 'Lao']);

/** Forms of address that only precede a person's name ("Ms Jordan said", "Dr. Paris"). */
export const PERSON_ADDRESS = new Set<string>([...COURTESY_TITLES, 'miss', 'mister', 'madam', 'mx', 'mx.', 'baroness', 'uncle', 'aunt', 'auntie', 'grandma', 'grandpa']);

/** Verbs right after a one-word name that make it an agent, so not a place ("Jordan said", "Paris claims"). */
export const AGENT_VERBS = new Set<string>([...SAYING_FORMS, 'tells', 'thinks', 'thought', 'believes', 'believed', 'wants', 'wanted', 'insists', 'warns', 'argues', 'claimed', 'claims', 'denied', 'denies', 'admitted', 'admits', 'hopes', 'hoped', 'wrote', 'writes', 'explains', 'recalled', 'recalls', 'replied', 'asked', 'asks', 'answered', 'suggested', 'suggests', 'notes', 'felt', 'feels', 'knew', 'knows', 'married', 'died', 'smiled', 'laughed', 'nodded', 'shrugged']);

/**
 * Verbs only people do, right after a name ("Carroll smiled", "Isabelle married"), and the kin or
 * body a possessive name has ("Spencer's wife", "Ahab's leg"): a person, whatever the recognizer
 * said. Bodies say and claim; they do not smile, marry or die.
 */
export const HUMAN_VERBS = new Set(['smiled', 'smiles', 'laughed', 'laughs', 'nodded', 'nods', 'shrugged', 'shrugs', 'sighed', 'sighs', 'grinned', 'grins', 'frowned', 'whispered', 'whispers', 'cried', 'wept', 'married', 'marries', 'died', 'dies', 'felt', 'feels', 'thought', 'wondered', 'wonders', 'remembered', 'remembers', 'loved', 'loves', 'hated', 'hates', 'walked', 'walks', 'sat', 'sits', 'stood', 'looked', 'looks', 'smelled', 'slept', 'woke', 'ate', 'drank', 'kissed', 'hugged', 'screamed', 'shouted', 'yelled', 'winked', 'blushed', 'giggled']);
export const KIN_NOUNS = new Set(['wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'mom', 'mum', 'dad', 'parents', 'children', 'family', 'uncle', 'aunt', 'grandmother', 'grandfather', 'widow', 'fiancé', 'fiancée', 'girlfriend', 'boyfriend', 'face', 'eyes', 'hand', 'hands', 'head', 'voice', 'birthday', 'funeral', 'death', 'childhood', 'biography', 'career']);

/**
 * Verbs after which a sentence's first word that nothing read is the doer, a name ("Hendricks donated", "Kowalczyk
 * told"): saying and thinking (AGENT_VERBS) and giving. LONE_SUBJECT_AUX may come between ("Hendricks has donated",
 * "Okafor will testify"), and then a base form (LONE_SUBJECT_BASE) too.
 */
/**
 * Lowercase heads after "the" and one capitalised word that make the word a leader's name: "the Bush administration",
 * "the Yeltsin presidency". Not "government", "campaign" or "era", which also follow parties, places and causes ("the
 * Labour government", "the Bonn government", "the Yes campaign"). BBC/Reuters: "the X administration" 127 times (Reagan
 * 113, Bush, Clinton, Carter, Ford, Nixon; Labour and American once each), "the X presidency" once (European Community).
 */
export const PRESIDENCY_HEADS: ReadonlySet<string> = new Set(['administration', 'presidency']);

export const LONE_SUBJECT_VERBS: ReadonlySet<string> = new Set([...AGENT_VERBS, 'donated', 'donates', 'gave', 'given', 'gives', 'pledged', 'pledges', 'lent', 'lends', 'testified', 'testifies', 'announced', 'announces', 'promised', 'promises', 'offered', 'offers', 'vowed', 'vows', 'urged', 'urges']);
export const LONE_SUBJECT_AUX: ReadonlySet<string> = new Set(['has', 'had', 'have', 'will', 'would', 'also', 'later', 'then', 'previously', 'recently', 'once']);
export const LONE_SUBJECT_BASE: ReadonlySet<string> = new Set(['say', 'tell', 'add', 'warn', 'argue', 'insist', 'donate', 'give', 'pledge', 'lend', 'testify', 'announce', 'promise', 'offer', 'vow', 'urge']);
/**
 * Verbs of deciding before "to" and a verb of giving (LONE_SUBJECT_TO_GIVE): "Citibank agreed to lend Acme $50m",
 * "Halvorsen plans to donate": the subject is a giver as much as after "pledged". (Those of LONE_SUBJECT_VERBS,
 * "offered", "promised", "vowed to give", already make the subject one.)
 */
export const LONE_SUBJECT_DECIDING: ReadonlySet<string> = new Set(['agreed', 'agrees', 'decided', 'decides', 'plans', 'planned', 'intends', 'intended']);
export const LONE_SUBJECT_TO_GIVE: ReadonlySet<string> = new Set(['give', 'lend', 'pay', 'provide', 'donate', 'grant', 'fund', 'finance', 'contribute', 'loan']);
/** Verbs that open a clause about the subject without an auxiliary ("Parker is injured and his …"). */
export const LONE_SUBJECT_COPULAS: ReadonlySet<string> = new Set(['is', 'was']);
/** The first pronoun after such a verb says who spoke or gave: "Shearson said it would sell" and "… claimed their title" are a body, "… said he" a person. */
export const LONE_SUBJECT_PRONOUNS: Readonly<Record<string, VoteType>> = wordTable({ it: 'Organization', its: 'Organization', their: 'Organization', he: 'Person', she: 'Person', his: 'Person', her: 'Person', him: 'Person' });
/**
 * A plural verb after a one-word name: a band, a team or a firm as a group ("Coldplay have announced", "Willowfield
 * were relegated"); one person "has", "is", "was".
 */
export const PLURAL_VERBS: ReadonlySet<string> = new Set(['have', 'are', 'were']);

let commonWords: Set<string> | undefined;
/**
 * A lowercase English word of three or more letters a-z (data/words/common-words.txt, from the lexicon of
 * wink-eng-lite-web-model; scripts/build-common-words.mjs): a capitalised word that opens a sentence and is one of
 * them may be that word ("Officials said"), one that is none of them is a name ("Hendricks said"). Read on first use.
 */
export function isCommonWord(lowercase: string): boolean {
  commonWords ??= new Set(readFileSync(new URL('../../data/words/common-words.txt', import.meta.url), 'utf8').split('\n').filter(Boolean));
  return commonWords.has(lowercase);
}

/**
 * Words of travel before "to" that make the name after it a destination ("the flight to Charlotte",
 * "fled to Tyler"). Not "went", "moved" or "returned", which also take clubs and winners ("the
 * title went to …", "moved to Arsenal").
 */
/** Prepositions that put someone at, in or out of a place of business named by a possessive ("at Marlowe's"); "to" only after a verb of motion. */
export const SHOP_BEFORE: ReadonlySet<string> = new Set(['at', 'in', 'into', 'from', 'outside', 'inside', 'near', 'past', 'behind', 'opposite']);
/** What may follow such a possessive when nothing is possessed: a clause's end or a linking word ("at Marlowe's and then", "in Hollis's for an hour"). */
export const SHOP_AFTER: ReadonlySet<string> = new Set(['.', ',', ';', ':', '!', '?', ')', 'and', 'or', 'but', 'in', 'on', 'at', 'for', 'to', 'with', 'after', 'before', 'where', 'when', 'while', 'which', 'that', 'again', 'today', 'yesterday', 'tonight']);
export const MOTION_BEFORE_TO: ReadonlySet<string> = new Set(['flight', 'flights', 'flew', 'fly', 'flying', 'travel', 'travelled', 'traveled', 'travelling', 'traveling', 'travels', 'drove', 'driving', 'trip', 'trips', 'journey', 'road', 'route', 'train', 'trains', 'bus', 'ferry', 'relocated', 'emigrated', 'fled', 'sailed', 'headed', 'heading', 'deported', 'evacuated', 'bound']);

/** Prepositions after which a one-word name is a location ("born in Aberdeen", "near Leeds"). */
export const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'throughout', 'across', 'around', 'inside']);

/**
 * What a capital city's context says about it. A capital that acts ("Moscow said", "Manila had"),
 * owns ("Beijing's stance") or is the other side of a relation ("aid for Kyiv", "talks with
 * Moscow") stands for its country's government; anywhere else it is the city.
 */
export const CAPITAL_AS_GOVERNMENT = {
  /** A verb or auxiliary after the capital: it is the subject. */
  verbsAfter: new Set([...AGENT_VERBS, 'has', 'had', 'have', 'is', 'was', 'will', 'would', 'could', 'should', 'must', 'may', 'might', 'can', 'cannot', 'did', 'does', 'do', 'accused', 'accuses', 'rejected', 'rejects', 'agreed', 'agrees', 'announced', 'announces', 'refused', 'refuses', 'responded', 'responds', 'condemned', 'condemns', 'demanded', 'demands', 'urged', 'urges', 'threatened', 'threatens', 'signed', 'signs', 'sent', 'sends', 'supplied', 'supplies', 'promised', 'promises', 'pledged', 'pledges', 'offered', 'offers', 'backed', 'backs', 'opposed', 'opposes', 'expelled', 'imposed', 'imposes', 'recognised', 'recognized', 'protested', 'hit', 'struck', 'launched', 'considers', 'considered', 'sees', 'saw', 'fears', 'feared', 'regards', 'regarded', 'blamed', 'blames']),
  /**
   * Words that open a clause: a capital right after one, followed by a lowercase verb form in -s or
   * -ed, is that clause's subject ("as Kyiv works to …"), not a modifier ("the Kyiv suburbs").
   */
  clauseOpeners: new Set(['as', 'while', 'because', 'when', 'after', 'before', 'since', 'and', 'but', 'that', 'if', 'although', 'though', 'so', 'until', 'unless', 'whereas', ',', ';', ':']),
  /** A preposition before the capital that makes it a party to a relation. */
  relationBefore: new Set(['for', 'with', 'against', 'toward', 'towards']),
  /**
   * Verbs of giving whose forms the -s/-ed test misses or that follow a capital mid-sentence ("Beijing gave $50m
   * to Kenya", "Riyadh lent"): the giver is the government, as with "has pledged".
   */
  givingAfter: new Set(['gave', 'gives', 'lent', 'lends', 'paid', 'pays', 'donated', 'donates', 'provided', 'provides', 'granted', 'grants', 'loaned', 'loans', 'funded', 'funds', 'contributed', 'contributes', 'allocated', 'allocates', 'delivered', 'delivers', 'transferred', 'transfers', 'committed', 'commits']),
  /** A verb of giving right before the capital, its first object: the recipient, a government ("gave Cairo $5bn", "has lent Caracas"). */
  givingBefore: new Set(['gave', 'give', 'gives', 'given', 'giving', 'lent', 'lend', 'lends', 'lending', 'granted', 'grant', 'grants', 'loaned', 'offered', 'offer', 'offers', 'promised', 'promise', 'promises', 'paid', 'pay', 'pays']),
  /**
   * What a capital's possessive owns as a city, not as a government: its parts and places ("London's financial
   * district", "Kyiv's main square", "Paris's streets"). A name after the possessive is such a place too ("London's
   * West End", "Moscow's Red Square"), unless it names a country or a body ("Washington's Iraq policy").
   */
  cityPartsAfter: new Set(['district', 'districts', 'suburb', 'suburbs', 'outskirts', 'centre', 'center', 'streets', 'street', 'square', 'squares',
    'airport', 'airports', 'station', 'stations', 'neighbourhood', 'neighborhood', 'neighbourhoods', 'neighborhoods', 'mayor', 'residents',
    'skyline', 'metro', 'subway', 'underground', 'parks', 'park', 'hospitals', 'hospital', 'museum', 'museums', 'zoo', 'theatres', 'theaters',
    'restaurants', 'hotels', 'hotel', 'port', 'harbour', 'harbor', 'river', 'old', 'east', 'west', 'north', 'south', 'city', 'inner']),
};

/**
 * When a demonym stands for its country's state ("Dutch Prime Minister", "Russian forces", "the
 * French said"), and so makes the country one of the text's entities even when the text never
 * names it. A demonym anywhere else describes a person, a language or a thing by its origin
 * ("a Canadian researcher", "written in Spanish", "Belgian chocolate", "American English"): a
 * country the text names only so is not one of its entities.
 */
export const STATE_DEMONYM = {
  /**
   * The demonym, perhaps over title words ("Foreign", "Prime"), is followed by an office or a body
   * of the state, or by what a state gives or does.
   */
  stateNouns: new Set([
    'president', 'vice-president', 'president-elect', 'premier', 'chancellor', 'minister', 'ministers', 'ministry', 'secretary',
    'commissioner', 'ambassador', 'ambassadors', 'envoy', 'envoys', 'diplomat', 'diplomats', 'diplomacy', 'governor', 'senator', 'senators',
    'lawmaker', 'lawmakers', 'legislators', 'mp', 'mps', 'king', 'queen', 'prince', 'princess', 'emperor', 'monarch', 'monarchy',
    'leader', 'leaders', 'leadership', 'spokesman', 'spokeswoman', 'spokesperson', 'general', 'generals', 'admiral', 'commander',
    'commanders', 'prosecutor', 'prosecutors', 'negotiator', 'negotiators', 'representative', 'representatives', 'delegation',
    'delegate', 'delegates', 'official', 'officials', 'authorities', 'government', 'governments', 'administration', 'regime',
    'cabinet', 'parliament', 'legislature', 'army', 'troops', 'soldiers', 'forces', 'military', 'navy', 'warships', 'police',
    'embassy', 'consulate', 'intelligence', 'counterpart', 'counterparts', 'side', 'aid', 'loan', 'loans', 'credit', 'credits',
    'grant', 'grants', 'funding', 'sanctions', 'budget', 'treasury', 'central', 'courts', 'judiciary', 'border', 'borders',
    'territory', 'airspace', 'waters', 'election', 'elections', 'opposition', 'junta', 'monarchy',
  ]),
  /**
   * "the Dutch" as a subject, before a verb or auxiliary, or standing alone before punctuation
   * ("The Dutch have sent tanks", "talks with the French.").
   */
  verbsAfter: new Set([...CAPITAL_AS_GOVERNMENT.verbsAfter, 'are', 'were', 'have']),
} as const;

/**
 * Nations that are countries by name but not sovereign states, so not in the gazetteer of states:
 * whatever the vote says (a place, or a team by metonymy), they are countries, as the constituent
 * countries of the United Kingdom are in news and in CoNLL ("born in Aberdeen, Scotland").
 */
export const NATIONS_WITHOUT_STATE: ReadonlyMap<string, { label: string; wikidata: string }> = new Map(
  [['England', 'Q21'], ['Scotland', 'Q22'], ['Wales', 'Q25'], ['Northern Ireland', 'Q26']].flatMap(([label, wikidata]) => [[label!, { label: label!, wikidata: wikidata! }], [label!.toUpperCase(), { label: label!, wikidata: wikidata! }]]),
);

/** Given names from the recognizer's own hand-checked list: a name that starts with one is likely a person's ("Zach said", "Robert Tennacott"). */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(FIRST_NAMES);
/** Cities and regions from the same lists: a name that is one of them is a place. */
export const PLACE_NAMES: ReadonlySet<string> = new Set([...CITIES, ...REGIONS]);
/** Well-known bodies, companies and news organizations from the same lists ("Google", "Kremlin", "Guardian"). */
export { KNOWN_ORGANIZATIONS };
/** The regions of the recognizer's lists (US states, provinces …), which follow a town's name after a comma. */
export const REGION_NAMES: ReadonlySet<string> = new Set(REGIONS);
/** The cities of 100,000 inhabitants or more of data/names (see its README). */
export const WORLD_CITIES: ReadonlySet<string> = new Set(readFileSync(new URL('../../data/names/cities.txt', import.meta.url), 'utf8').split('\n').filter(Boolean));

/**
 * Heads of place names besides the ones entities.ts started with: a name that ends in one is a
 * site, a building, a landform or an area ("York Minster", "Pittock Mansion", "Carbet Falls").
 */
export const MORE_FACILITY_HEADS = ['St', 'Ave', 'Rd', 'Blvd', 'Minster', 'Mansion', 'Museum', 'Gallery', 'Library', 'Theatre', 'Theater', 'Zoo', 'Garden', 'Gardens', 'Reserve', 'Falls', 'Springs', 'Bay', 'Beach', 'Coast', 'Hill', 'Hills', 'Peninsula', 'Province', 'County', 'District', 'Region', 'Mall', 'Chapel', 'Monastery', 'Fort', 'Lodge', 'Hotel', 'Rivers', 'Lakes', 'Canyon', 'Glacier', 'Volcano', 'Reef', 'Cape', 'Village', 'Heights', 'Alley', 'Lane', 'Way', 'Drive', 'Trail', 'Wilderness', 'Grounds', 'Cemetery', 'Memorial', 'Monument', 'Pier', 'Marina', 'Dam', 'Pass'];

/**
 * The last words of newspapers' names ("the Orlando Sentinel", "the Miami Herald", "the Sacramento Bee"). Many are
 * common words too ("a rising star", "the Sun"), so they count only after "the" and a known city or region
 * (entities.ts: cue.local-paper).
 */
export const NEWSPAPER_HEADS: ReadonlySet<string> = new Set(['Examiner', 'Sentinel', 'Register', 'Star', 'Chronicle', 'Sun', 'Mirror', 'Inquirer', 'Courier', 'Dispatch', 'Ledger', 'Enquirer', 'Globe', 'Bee', 'Advertiser', 'Argus', 'Courant', 'Statesman', 'Citizen', 'Bulletin', 'Standard', 'Express', 'Record', 'Tribune', 'Gazette', 'Herald', 'Post', 'Times', 'Journal', 'News', 'Telegraph', 'Observer', 'Guardian', 'Independent', 'Review', 'Daily', 'Press', 'Plain Dealer', 'Free Press', 'Sun-Times', 'Post-Gazette', 'Star-Telegram', 'Star Tribune', 'Union-Tribune', 'Journal-Constitution']);

/**
 * Heads of the names of bodies named for a person ("the Harold J. Bexley Foundation", "the Ada Lowe Institute"): the
 * recognizer reads the person and leaves the head out; a person's name right before one of these is the body's name.
 * Not heads that follow a person's name as often in other senses ("Trump Administration", "Smith Group" of a
 * chart, "Lowe Center" of a team's roster).
 */
export const NAMESAKE_BODY_HEADS: ReadonlySet<string> = new Set(['Foundation', 'Institute', 'Fund', 'Trust', 'Society', 'School', 'College', 'University', 'Library', 'Academy', 'Museum', 'Hospital', 'Endowment', 'Charitable']);

/** Heads of organization names besides the ones entities.ts started with ("Antioch College", "American String Quartet"). */
export const MORE_ORGANIZATION_HEADS = ['College', 'School', 'Academy', 'Society', 'Studios', 'Pictures', 'Records', 'Press', 'Magazine', 'Hospital', 'Laboratory', 'Laboratories', 'Trust', 'Network', 'Orchestra', 'Quartet', 'Ensemble', 'Choir', 'Chorus', 'League', 'Review', 'Gazette', 'Daily', 'Weekly', 'Broadcasting', 'Television', 'Radio', 'Media', 'Systems', 'Technologies', 'Industries', 'Partners', 'Brothers', 'Bros', 'Co', 'LLC', 'GmbH', 'Cosmetics', 'Airline', 'Railway', 'Railways', 'Lines', 'Council', 'Legion', 'Regiment', 'Brigade', 'Division', 'Corps', 'Force', 'Forces', 'Guard', 'Ministry', 'Secretariat', 'Tribunal', 'Commission', 'Conference', 'Convention', 'Movement', 'Front', 'Coalition', 'Caucus', 'Dynasty'];

/**
 * The second half of a hyphened modifier whose first half names a place or a state: "London-based", "Saudi-led",
 * "Russian-backed". The tokenizer keeps such a word whole, so the recognizer reads no name in it. With an agent's
 * participle (agent) the first half is the state that acts ("the Saudi-led coalition", "Kremlin-backed"); with a
 * participle of origin or seat (origin) it is where something is ("a London-based firm", "French-born").
 */
export const HYPHEN_PARTICIPLES = {
  agent: new Set(['led', 'backed', 'owned', 'controlled', 'funded', 'sponsored', 'run', 'brokered', 'financed', 'supported', 'installed', 'appointed', 'allied', 'aligned', 'armed', 'trained', 'imposed', 'organised', 'organized', 'hosted']),
  origin: new Set(['based', 'born', 'made', 'built', 'registered', 'listed', 'headquartered', 'educated']),
};

/**
 * Heads that name a body and nothing else: no landform, polity, building or place is called "… Foundation" or
 * "… Brotherhood". The recognizer reads a name after "to the" or "from the" as a place ("gave $5m to the Halvern
 * Foundation", "money to the Muslim Brotherhood") or as a miscellaneous name ("The Scottish Executive has given"); one
 * of these heads decides a body all the same. Not the heads a place name has too ("West Bank", "Soviet Union", "Earls
 * Court", "Western Front", "Rockefeller Center", "Times", a region of Peru called "… Department").
 */
export const BODY_ONLY_HEADS: ReadonlySet<string> = new Set(['Foundation', 'Brotherhood', 'Executive', 'Institute', 'Trust', 'Society', 'Association', 'Committee', 'Commission', 'Council', 'Agency', 'Ministry', 'Bureau', 'Federation', 'Alliance', 'Organisation', 'Organization', 'Coalition', 'Party', 'Corporation', 'Company', 'Inc', 'Corp', 'Ltd', 'Plc', 'LLC', 'GmbH', 'Holdings', 'Secretariat', 'Charity', 'Endowment']);

/**
 * Heads after which "on" or "for" opens what a body or a document is about, inside its name: "Senate
 * Committee on Foreign Relations", "Royal Society for the Protection of Birds", "General Agreement on
 * Tariffs and Trade". After a body's head the whole name is an organization; after a document's it
 * keeps the recognizer's type (a treaty is no entity of the graph).
 */
export const PURPOSE_HEADS: { body: ReadonlySet<string>; document: ReadonlySet<string> } = {
  body: new Set(['Committee', 'Subcommittee', 'Sub-Committee', 'Commission', 'Council', 'Panel', 'Conference', 'Institute', 'Centre', 'Center', 'Office', 'Agency', 'Department', 'Ministry', 'Fund', 'Foundation', 'Society', 'Association', 'Bureau', 'Board', 'Federation', 'League', 'Alliance', 'Organisation', 'Organization', 'Coalition', 'Campaign', 'Force', 'Group', 'Forum', 'Network', 'Trust', 'Union', 'Authority', 'Secretariat']),
  document: new Set(['Agreement', 'Convention', 'Treaty', 'Accord', 'Protocol', 'Charter', 'Declaration', 'Act']),
};

/**
 * Last words of a name of an event, a prize or a document: "the London Marathon", "the Academy Awards", "the Road Safety
 * Bill", "the Maastricht Treaty", "the Geneva Motor Show". Such a name is no person, body or place (the guide's kinds),
 * whatever the recognizer read. Not "Games" ("Rockstar Games" is a firm), "Convention" or "Charter" (bodies too:
 * "the National Convention", "Charter Communications"), "League" or "Conference" (bodies that hold them).
 */
export const EVENT_DOCUMENT_HEADS: ReadonlySet<string> = new Set(['Marathon', 'Award', 'Awards', 'Prize', 'Prizes', 'Trophy', 'Cup', 'Olympics', 'Paralympics', 'Championship', 'Championships', 'Prix', 'Festival', 'Show', 'Bill', 'Act', 'Treaty', 'Accord', 'Protocol', 'Agreement', 'Declaration']);

/** Facility and organization heads that are also common surnames: "Charlotte Church", "Keith Hill", "Mike Lake", "Emily Post". */
export const SURNAME_LIKE_HEADS = new Set(['Post', 'Court', 'Bank', 'Hill', 'Hills', 'Lane', 'Church', 'Street', 'Park', 'Lake', 'Lakes', 'Bay', 'Beach', 'Gate', 'Tower', 'Port', 'Castle', 'Bridge', 'Forest', 'Way', 'Drive', 'Field', 'Wood', 'Cape', 'Pass', 'Fort', 'Lodge', 'Chapel', 'Garden', 'Gardens', 'Hall', 'Temple', 'Marina', 'Village', 'Abbey', 'Mall', 'Dam', 'Springs', 'Falls', 'Valley', 'Heights', 'Coast', 'Trail', 'Canal', 'Avenue', 'Road', 'Square', 'Station', 'Pier', 'Mountain', 'River', 'Sea', 'Gulf', 'Desert', 'Plaza', 'Monument', 'Memorial', 'Reserve', 'Alley']);

/** Words that open the name of a landform or a settlement ("Mount Hood", "Lake Tarawera", "Port Talbot", "Fort Worth"); none is a given name. */
export const PLACE_PREFIXES: ReadonlySet<string> = new Set(['Mount', 'Mt', 'Mt.', 'Lake', 'Loch', 'Port', 'Fort', 'Cape', 'Isle']);

/** Of those, the ones most often surnames: after any first word the recognizer read as a person's ("Damon Hill", "Tomas Post"). */
export const COMMON_SURNAME_HEADS: ReadonlySet<string> = new Set(['Hill', 'Hills', 'Wood', 'Field', 'Hall', 'Post', 'Court', 'Bank']);

/**
 * Police and service ranks written short before a name ("Det Supt Mick Deats", "PC Ann Hale", "Sqn Ldr
 * Tom Bell"): not the person's name, or "Supt Deats" and "Mick Deats" become two people. Case as written.
 */
export const RANK_ABBREVIATIONS: ReadonlySet<string> = new Set(['Det', 'Det.', 'Supt', 'Supt.', 'Insp', 'Insp.', 'Ch', 'Con', 'PC', 'WPC', 'DC', 'DS', 'DI', 'DCI', 'DCS', 'Sgt', 'Sgt.', 'Cpl', 'Cpl.', 'L/Cpl', 'Pte', 'Pte.', 'Brig', 'Brig.', 'Cdr', 'Cmdr', 'Sqn', 'Ldr', 'Fl', 'Flt', 'Wg', 'Lt', 'Lt.', 'Lieut', 'Cpt', 'Capt', 'Capt.', 'Maj', 'Maj.', 'Col', 'Col.', 'Gen', 'Gen.', 'Adm', 'Adm.', 'Supt', 'Cllr', 'Coun', 'Cllr.']);

/** Generation marks after a surname ("Hank Willard Jr", "Hank Willard III"): the surname is the word before. */
export const GENERATION_SUFFIXES: ReadonlySet<string> = new Set(['Jr', 'Jr.', 'Sr', 'Sr.', 'Jnr', 'Snr', 'II', 'III', 'IV']);

/**
 * Legal forms that close a company's registered name ("Exxon Corp", "Fuji Bank Ltd", "Goldman Sachs and
 * Co"): the name without them, or its first words, is the same company later on ("Exxon", "Fuji").
 * Lowercase, without their dots.
 */
export const CORPORATE_DESIGNATORS: ReadonlySet<string> = new Set(['inc', 'corp', 'co', 'cos', 'ltd', 'plc', 'llc', 'lp', 'pty', 'pte', 'bhd', 'sa', 'ag', 'nv', 'bv', 'gmbh', 'kk', 'limited', 'incorporated', 'corporation', 'company']);

/**
 * Generic last words of a company's name ("Anchor Savings Bank", "Andover Group", "Reuters Holdings"): like a
 * legal form, the name without them is the same company later on ("Anchor said", "Andover"). Case as written.
 */
export const COMPANY_HEADS: ReadonlySet<string> = new Set(['Group', 'Holdings', 'Industries', 'Enterprises', 'Partners', 'Associates', 'Bank', 'Bancorp', 'Bankshares', 'Bancshares', 'Savings', 'Securities', 'Financial', 'Investments', 'Motors', 'Airlines', 'Airways', 'Petroleum', 'Mining', 'Resources', 'Communications', 'Systems', 'Technologies', 'Electronics', 'Pharmaceuticals', 'Laboratories', 'Foods', 'Stores', 'Chemicals', 'Insurance', 'Properties', 'Realty', 'International', 'Products', 'Manufacturing']);

/**
 * Last word of a school's, university's or hospital's name ("Harrow School", "Rice University"): the name
 * without it is the same body later in the article ("at Harrow", "Rice said"), as a company is without its
 * head (COMPANY_HEADS). Not a reason to read a person's name as a body ("George Washington University").
 */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set(['University', 'College', 'School', 'Academy', 'Institute', 'Institution', 'Hospital', 'Seminary', 'Polytechnic']);

/**
 * Last words of the name of a state's own institution ("Federal Reserve", "Supreme Court", "Food and Drug
 * Administration", "Department of Justice" by its first word): the country's name before it only says whose it
 * is, so "US Federal Reserve" and "the Federal Reserve" are one body, and "FBI" the initials of "US Federal Bureau
 * of Investigation". Not a party's or a firm's head: "Irish Labour Party" is not the Labour Party, "Japan Airlines"
 * no airline of any country.
 */
export const STATE_BODY_HEADS: ReadonlySet<string> = new Set(['Department', 'Ministry', 'Agency', 'Commission', 'Bureau', 'Administration', 'Service', 'Office', 'Court', 'Reserve', 'Navy', 'Army', 'Force', 'Forces', 'Marines', 'Guard', 'Congress', 'Senate', 'Treasury', 'Customs', 'Embassy', 'Government', 'Parliament', 'Police', 'Survey', 'Board', 'Authority', 'Departments']);

/**
 * Words before a body's name that make a part of it, not another name of it: "Scottish Labour
 * Party" and "Parliamentary Labour Party" are not "Labour Party" (a place, a country or its
 * demonym before the name does the same: entities.ts, isBranchOf).
 */
export const BRANCH_QUALIFIERS: ReadonlySet<string> = new Set(['Scottish', 'Welsh', 'English', 'Irish', 'Northern', 'Southern', 'Eastern', 'Western', 'Parliamentary', 'Youth', 'Young', 'Student', 'Students', "Women's", 'Regional', 'Provincial', 'Local', 'County', 'City', 'State', 'District', 'Metropolitan']);

/**
 * Lowercase nouns of a kind right before a name, in apposition ("tyre giant Pirelli", "the
 * newspaper Kveldsposten", "the town of Brennvik", "analyst Paul Moss"): the kind says the type.
 * A place kind also counts with "of" between ("the town of …"). Titles of office are left to the
 * roles (they precede people anyway, and "president of X" is an office of a country or a body).
 */
export const KIND_NOUNS: Record<'Organization' | 'Place' | 'Person', ReadonlySet<string>> = {
  Organization: new Set(['giant', 'group', 'company', 'firm', 'maker', 'makers', 'manufacturer', 'carmaker', 'automaker', 'chipmaker', 'airline', 'carrier', 'bank', 'lender', 'insurer', 'retailer', 'supermarket', 'broadcaster', 'newspaper', 'tabloid', 'daily', 'weekly', 'magazine', 'paper', 'network', 'agency', 'operator', 'conglomerate', 'brewer', 'chain', 'publisher', 'distributor', 'supplier', 'exporter', 'importer', 'club', 'side', 'party', 'union', 'charity', 'watchdog', 'regulator', 'website', 'studio', 'label', 'band', 'outfit', 'subsidiary', 'unit', 'startup', 'start-up', 'telecoms', 'utility', 'miner', 'refiner', 'brokerage', 'fund']),
  Place: new Set(['town', 'city', 'village', 'port', 'province', 'region', 'state', 'district', 'county', 'island', 'capital', 'suburb', 'suburbs', 'municipality', 'neighbourhood', 'neighborhood', 'resort', 'enclave', 'oblast', 'prefecture']),
  // Nouns of a trade that name people as often as firms ("broker", "producer", "developer", "builder")
  // are in neither list: "said broker Ali Khan", "oil producer Aramco".
  Person: new Set(['actor', 'actress', 'co-star', 'co-stars', 'star', 'singer', 'writer', 'author', 'poet', 'novelist', 'painter', 'artist', 'player', 'striker', 'midfielder', 'defender', 'goalkeeper', 'batsman', 'bowler', 'spokesman', 'spokeswoman', 'analyst', 'economist', 'lawyer', 'attorney', 'scientist', 'researcher', 'priest', 'pastor', 'rabbi', 'imam', 'journalist', 'reporter', 'correspondent', 'photographer', 'businessman', 'businesswoman', 'tycoon', 'billionaire', 'entrepreneur', 'comedian', 'presenter', 'colleague', 'teammate', 'opponent', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'cousin', 'widow', 'activist', 'campaigner', 'dissident', 'rapper', 'guitarist', 'drummer', 'director', 'designer', 'architect', 'composer', 'chef', 'jockey', 'trainer', 'cyclist', 'driver', 'swimmer', 'sprinter', 'golfer', 'boxer', 'skier']),
};

/**
 * Plural nouns of a kind before "such as", "including" or "like" and a list of names ("small firms such as
 * Blinkx, Copernic and X-Friend", "countries including Chad and Niger", "films such as Shrek and Cars"):
 * every name of the list is of that kind. The plurals of KIND_NOUNS, plus kinds of work and product,
 * whose names are no entities of the graph.
 */
export const LIST_KIND_PLURALS: Record<'Organization' | 'Place' | 'Person' | 'work', ReadonlySet<string>> = {
  Organization: new Set([...plurals(KIND_NOUNS.Organization), 'companies', 'firms', 'banks', 'retailers', 'broadcasters', 'carriers', 'airlines', 'insurers', 'lenders', 'clubs', 'teams', 'parties', 'unions', 'charities', 'organisations', 'organizations', 'agencies', 'newspapers', 'papers', 'magazines', 'websites', 'portals', 'studios', 'labels', 'bands', 'groups', 'makers', 'manufacturers', 'operators', 'chains', 'supermarkets', 'publishers', 'universities', 'institutions', 'bodies', 'networks', 'channels', 'providers'].filter((w) => !['makerses', 'sides', 'dailies', 'weeklies', 'units', 'funds', 'giants', 'outfits', 'utilities', 'exporters', 'importers', 'suppliers', 'miners'].includes(w))),
  Place: new Set([...plurals(KIND_NOUNS.Place), 'countries', 'nations', 'cities', 'towns', 'states', 'regions', 'provinces', 'islands', 'capitals', 'villages', 'ports']),
  Person: new Set([...plurals(KIND_NOUNS.Person), 'players', 'actors', 'stars', 'singers', 'artists', 'musicians', 'writers', 'authors', 'politicians', 'leaders', 'directors', 'comedians', 'presenters', 'playwrights', 'choreographers', 'athletes'].filter((w) => !['sons', 'daughters', 'brothers', 'sisters', 'cousins', 'wives', 'husbands', 'colleagues', 'opponents', 'teammates', 'drivers', 'trainers'].includes(w))),
  work: new Set(['films', 'movies', 'novels', 'books', 'albums', 'songs', 'singles', 'tracks', 'shows', 'series', 'programmes', 'programs', 'sitcoms', 'dramas', 'comedies', 'documentaries', 'musicals', 'operas', 'plays', 'hits', 'classics', 'blockbusters', 'titles', 'cartoons', 'games', 'products', 'brands', 'browsers', 'handsets', 'consoles', 'drugs']),
};

function plurals(words: ReadonlySet<string>): string[] {
  return [...words].filter((w) => /^\p{Ll}+$/u.test(w)).map((w) => (/[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : /(?:s|sh|ch|x)$/.test(w) ? `${w}es` : `${w}s`));
}

/**
 * Words of posting before "on" and a name ("posted on Bluesky", "wrote on Substack", "a video on Weibo", "his
 * account on Mastodon"): the name is the platform, a body, not a place the recognizer took "on" for.
 */
/**
 * What comes before "the" and a news outlet's name: a verb of telling ("told the Hill"), or a preposition after the
 * words it follows there ("speaking to", "according to", "an interview with", "reported by", "an editorial in"). Lowercase.
 */
export const ADDRESSEE_BEFORE_THE = {
  verbs: new Set(['told', 'tells', 'tell', 'telling']),
  to: new Set(['speaking', 'talking', 'spoke', 'talked', 'said', 'says', 'explained', 'confided', 'admitted', 'wrote', 'writing', 'statement', 'letter', 'comments', 'remarks', 'according']),
  with: new Set(['interview', 'interviews', 'interviewed', 'conversation', 'podcast', 'spoke', 'speaking', 'talking']),
  by: new Set(['reported', 'published', 'obtained', 'revealed', 'broke', 'interviewed', 'first', 'seen', 'quoted', 'cited']),
  /** Pieces a paper prints, and writing in one ("an editorial in the Clarion", "writing in the Spectator"); not "published" nor "interview", also said of a town. */
  in: new Set(['editorial', 'editorials', 'op-ed', 'op-eds', 'column', 'columns', 'article', 'articles', 'commentary', 'obituary', 'essay', 'writing', 'wrote', 'writes']),
} as const;

/** The same pieces before "in" and a paper's name without "the" ("an editorial in Dagbladet"): the nouns only, as "wrote in Paris" is a place. */
export const PRINTED_PIECES: ReadonlySet<string> = new Set(['editorial', 'editorials', 'op-ed', 'op-eds', 'column', 'columns', 'article', 'articles', 'commentary', 'obituary', 'essay']);

export const POSTING_BEFORE_ON: ReadonlySet<string> = new Set(['posted', 'posting', 'posts', 'post', 'wrote', 'writing', 'writes', 'tweeted', 'tweeting', 'tweet', 'tweets', 'shared', 'sharing', 'shares', 'uploaded', 'streamed', 'livestreamed', 'live-streamed', 'video', 'videos', 'account', 'accounts', 'channel', 'profile', 'thread', 'blog', 'livestream']);

/**
 * Kinds of news outlet right after a name ("the Kommersant newspaper", "Tanjug news agency", "the
 * Blick tabloid"): the name is the outlet's, unless it is a known place or a name follows the kind
 * ("the Moscow daily Kommersant", where the place only says where the daily is).
 */
export const MEDIA_KINDS_AFTER: ReadonlySet<string> = new Set(['newspaper', 'daily', 'weekly', 'tabloid', 'magazine', 'broadsheet', 'broadcaster', 'website']);
/**
 * Stations and channels named by a number ("BBC Radio 4", "Channel 4", "Radio Five Live", "BBC Radio 1Xtra"): the
 * head before the number, the number (a digit or its word), and the words a station's name may end in after it.
 */
export const BROADCAST_NUMBERED = {
  heads: new Set(['Radio', 'Channel', 'TV', 'Television']),
  numbers: new Set(['1', '2', '3', '4', '5', '6', '7', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven']),
  suffixes: new Set(['Live', 'Extra', 'Xtra']),
} as const;

/** Nouns of a part of a company or body, before the part's name ("its US arm - Diageo Chateau", "the unit, Fuji Leasing"). */
export const SUBSIDIARY_NOUNS: ReadonlySet<string> = new Set(['arm', 'unit', 'subsidiary', 'division', 'affiliate', 'offshoot', 'branch', 'spin-off', 'spinoff']);

/** "news" then one of these after a name: "Yonhap news agency", "the Ynet news website". */
export const NEWS_KINDS_AFTER: ReadonlySet<string> = new Set(['agency', 'agencies', 'website', 'service', 'channel']);

/**
 * What only a town or a district has, right after its name ("Tyler police", "Harlem residents") or
 * before "of" and its name ("the mayor of Eugene", "the outskirts of Kyoto"): the name is a place's.
 */
export const LOCAL_PLACE_CONTEXT: { after: ReadonlySet<string>; beforeOf: ReadonlySet<string> } = {
  after: new Set(['police', 'residents', 'firefighters', 'mayor']),
  beforeOf: new Set(['mayor', 'outskirts', 'suburbs', 'streets', 'residents', 'inhabitants']),
};

/**
 * Second parts of a hyphenated compound before a name that say what the name is: "London-based",
 * "Tokyo-listed", "state-owned" firms; "Dublin-born" people. The compound is not part of the name.
 */
export const COMPOUND_KINDS: Record<'Organization' | 'Person', ReadonlySet<string>> = {
  Organization: new Set(['based', 'listed', 'owned', 'headquartered', 'registered', 'quoted', 'controlled']),
  Person: new Set(['born']),
};

/**
 * Plural nouns of a trade right before a name: the name is the firm they work for ("analysts Gartner",
 * "accountants KPMG", "auditors Grant Thornton"), unless a list follows ("analysts Ann Lee and Tom Cole").
 */
export const FIRM_KIND_PLURALS: ReadonlySet<string> = new Set(['analysts', 'consultants', 'consultancies', 'brokers', 'accountants', 'auditors', 'pollsters', 'advisers', 'advisors', 'researchers', 'bankers', 'stockbrokers', 'forecasters']);

/**
 * What only a company or a body has, right after its name or its possessive ("Pirelli shares",
 * "Petofi's board", "Pirelli's cables division"), and what stands before "in"/"of" and a company
 * ("shares in Pirelli", "the chairman of Petofi"). A person's "spokesman" or "shares" is written
 * with a possessive, so the words after a possessive are only the ones a person cannot have. And a market's trade
 * before "at" ("an analyst at Petercam").
 */
export const COMPANY_CONTEXT = {
  after: new Set(['shares', 'stock', 'stocks', 'shareholders', 'stockholders', 'subsidiary', 'subsidiaries', 'executives', 'employees', 'workers', 'chairman', 'chairwoman', 'shareholder', 'headquarters', 'spokesman', 'spokeswoman', 'spokesperson', 'plc', 'bosses', 'management', 'customers', 'subscribers']),
  afterPossessive: new Set(['shares', 'shareholders', 'stockholders', 'subsidiary', 'subsidiaries', 'division', 'unit', 'board', 'profits', 'profit', 'revenue', 'revenues', 'earnings', 'headquarters', 'customers', 'subscribers', 'stake', 'executives', 'workforce', 'products', 'stores', 'factories', 'plants', 'console', 'consoles', 'handset', 'handsets', 'chips', 'software', 'shops', 'outlets', 'brands']),
  beforeIn: new Set(['shares', 'stake', 'stakes', 'holding', 'holdings', 'investment']),
  beforeOf: new Set(['shares', 'chairman', 'chairwoman', 'shareholders', 'subsidiary', 'unit', 'division', 'owner', 'owners', 'takeover', 'acquisition', 'ceo', 'executives', 'employees', 'staff', 'headquarters']),
  /** The trades of the market that are practised at a firm ("an analyst at Smith Barney", "economists at Nomura"): no place's nor a person's. */
  beforeAt: new Set(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'trader', 'traders', 'dealer', 'dealers', 'broker', 'brokers', 'banker', 'bankers']),
};

/**
 * Possessive pronouns a name's own clause goes on with ("Pirelli announced its move", "Okafor said
 * his"). Not "her", which is as often the object ("Pirelli hired her").
 */
export const POSSESSIVE_PRONOUNS: Record<'its' | 'his', VoteType> = { its: 'Organization', his: 'Person' };

/** First parts of surnames and given names written with a second capital inside ("MacLeod", "VanDyke", "FitzGerald", "DelBene"): no brand (cue.camel-brand). */
export const CAMEL_SURNAME_HEADS: ReadonlySet<string> = new Set(['Mac', 'Van', 'Von', 'Vander', 'Vanden', 'Fitz', 'Del', 'Della', 'Des', 'Dos', 'Das', 'Den', 'Der', 'Ten', 'Ter', 'Abu', 'Ibn', 'Bin', 'Ben', 'Saint', 'San', 'Santa', 'Sha', 'Shar', 'Tay', 'Kay']);

export type VoteType = 'Person' | 'Organization' | 'Place';

/** Every kind of evidence in the type vote, with the type it votes for and its weight. */
export const TYPE_CUES = {
  /** The recognizer's type for one mention (all of a name's mentions together weigh at most three: entities.ts voteTypes). */
  'cue.recognizer': { weight: 1 },
  /** "Mr", "Ms", "Dr" … right before the name, or opening it ("Lady Hale"). */
  'cue.address': { type: 'Person', weight: 4 },
  /** A capitalised office title right before a name of one or two words ("Vice President Ford", "Senator Lake"). */
  'cue.title': { type: 'Person', weight: 3 },
  /** An academic citation: "(Li, Polat, & Bavelier, 2010)", "Nutley (2009)", "Miller et al.". */
  'cue.citation': { type: 'Person', weight: 4 },
  /** A party of a court case: "Roe v. Wade". */
  'cue.case-party': { type: 'Person', weight: 2 },
  /** A one-word name as the subject of a verb of saying or thinking ("Jordan said"). */
  'cue.agent-verb': { type: 'Person', weight: 1 },
  /**
   * A sentence's first word that is no English word, named nowhere else in a longer name, before a verb of saying or
   * giving ("Kowalczyk has told reporters", "Brainard said the bank …"; entities.ts loneSubjectType): a person …
   */
  'cue.lone-subject-person': { type: 'Person', weight: 2 },
  /** … or a company, where the first pronoun after the verb is "it" or "its" ("Shearson said it would sell"). */
  'cue.lone-subject-organization': { type: 'Organization', weight: 2 },
  /**
   * "the Obama administration", "the Reagan presidency": a surname between "the" and a head only a leader's term has
   * (PRESIDENCY_HEADS) names that leader, whatever the recognizer made of it (entities.ts presidencyNames).
   */
  'cue.presidency': { type: 'Person', weight: 4 },
  /** A verb only people do, or a possessive before kin or a body ("Carroll smiled", "Spencer's wife"). */
  'cue.human': { type: 'Person', weight: 3 },
  /**
   * The first word is a known given name ("Elinor Ostrom", "Zach"); not for a one-word name that is
   * also a known city ("Charlotte", "Tyler"): there the context decides.
   */
  'cue.given-name': { type: 'Person', weight: 2 },
  /**
   * The name is a known city or region. Not for a mention the recognizer read as a body: a city
   * that plays, publishes or trades is a club or a firm by metonymy ("Chicago 4 Houston 3").
   */
  'cue.place-name': { type: 'Place', weight: 2 },
  /** The name is a well-known body, company or news organization: a search company is not a place. */
  'cue.known-organization': { type: 'Organization', weight: 3 },
  /** The name is one of the world's larger cities (not for a mention read as a body, as above). */
  'cue.world-city': { type: 'Place', weight: 1 },
  /** "Tempe, Arizona", "Oakland, California": a name followed by a comma and a region or country. */
  'cue.place-apposition': { type: 'Place', weight: 3 },
  /** "in X", "near X". */
  'cue.place-preposition': { type: 'Place', weight: 1 },
  /**
   * The last word is an organization head ("… University", "… Party"); not for a mention the
   * recognizer read as a place, whose head is a landform or a polity ("West Bank", "Soviet Union"), unless the head
   * names a body only (BODY_ONLY_HEADS: "gave $5m to the Gates Foundation"). Also the first word, before "of" or "for" ("University of Minnesota", "Ministry for Transport").
   */
  'cue.organization-head': { type: 'Organization', weight: 4 },
  /**
   * The last word is a facility or landform head ("… Palace", "… River"); one that is also a
   * common surname (SURNAME_LIKE_HEADS: "Harry Hill", "Nathan Lane") does not count when the
   * recognizer read a person's name that starts with a given name.
   */
  'cue.facility-head': { type: 'Place', weight: 4 },
  /** A ruler's name and number: "Shah Abbas II", "Louis XIV", "Elizabeth II". */
  'cue.regnal-number': { type: 'Person', weight: 3 },
  /** The first word opens a landform's or a settlement's name ("Mount Hood", "Port Hutt"); not for a mention read as a body ("Port Vale"). */
  'cue.place-prefix': { type: 'Place', weight: 4 },
  /**
   * A known city or region, then capitalised plural nouns: a club named after its home ("Boston Red
   * Sox", "Pittsburgh Pirates", "Leeds Rhinos"); not after a given name ("Sydney Roberts").
   */
  'cue.home-team': { type: 'Organization', weight: 4 },
  /**
   * A wire's angle brackets: a stock ticker right after the name ("Norsk Hydro A/S <NHY.O>") or the
   * name inside them, as wires mark companies ("<Merrill Lynch, Pierce, Fenner and Smith Ltd>").
   */
  'cue.wire-company': { type: 'Organization', weight: 4 },
  /**
   * "the Orlando Sentinel", "the Des Moines Register": "the", a known city or region, then a newspaper's last word
   * (NEWSPAPER_HEADS): the town's paper, not the town nor a person.
   */
  'cue.local-paper': { type: 'Organization', weight: 4 },
  /** A lowercase noun of a kind of body right before the name ("tyre giant Pirelli", "the newspaper Kveldsposten"). */
  'cue.kind-organization': { type: 'Organization', weight: 3 },
  /**
   * A plural noun of a trade right before one name, no list after it ("auditors Grant Thornton", "brokers
   * Kessler"; FIRM_KIND_PLURALS): a plural cannot stand for one person, so it outweighs a given name.
   */
  'cue.firm-kind-plural': { type: 'Organization', weight: 4 },
  /**
   * A plural noun of a kind of body, then "such as", "including" or "like", then a list the name is in ("firms
   * such as Blinkx, Copernic and X-Friend"; LIST_KIND_PLURALS): every item is a body.
   */
  'cue.kind-list-organization': { type: 'Organization', weight: 3 },
  /** The same with a kind of place ("towns such as Brennvik and Ostra"). */
  'cue.kind-list-place': { type: 'Place', weight: 3 },
  /** The same with a kind of person ("actors such as Ray Dunne and Kim Orr"). */
  'cue.kind-list-person': { type: 'Person', weight: 3 },
  /** A lowercase noun of a kind of place before the name, with or without "of" ("the town of Brennvik"). */
  'cue.kind-place': { type: 'Place', weight: 3 },
  /** What only a town has, around its name ("Tyler police", "the mayor of Eugene"; LOCAL_PLACE_CONTEXT). */
  'cue.local-place': { type: 'Place', weight: 2 },
  /** A kind of news outlet right after the name ("the Kommersant newspaper", "Tanjug news agency"; MEDIA_KINDS_AFTER). */
  'cue.media-kind-after': { type: 'Organization', weight: 3 },
  /** A compound before the name that says where a firm is based or listed ("Madrid-based Ferrovial", "Paris-listed Orvane"). */
  'cue.compound-organization': { type: 'Organization', weight: 3 },
  /** A compound before the name that says where someone was born ("Dublin-born Aoife Kerr"). */
  'cue.compound-person': { type: 'Person', weight: 3 },
  /** A lowercase noun of a kind of person before the name ("analyst Paul Moss", "the actor Ray Dunne"). */
  'cue.kind-person': { type: 'Person', weight: 3 },
  /** The name, then a comma and a person's kind or office in apposition ("Kent Paris, a spokesman for the union,", "Ann Lee, the chief executive,"). */
  'cue.apposed-person': { type: 'Person', weight: 3 },
  /** A word of posting, "on", then the name ("posted on Bluesky", "a video on Weibo"; POSTING_BEFORE_ON): a platform. */
  'cue.platform': { type: 'Organization', weight: 3 },
  /**
   * A one-word name whose possessive stands for the place of business, nothing possessed after it, where a preposition of
   * place or motion puts someone ("went in Spencer's", "lunch at Marlowe's, then", "back from Hollis's."; SHOP_BEFORE,
   * SHOP_AFTER): a shop's or a firm's name, not the person it is named for.
   */
  'cue.shop-possessive': { type: 'Organization', weight: 3 },
  /** What only a company has, around its name ("Pirelli shares", "Petofi's board", "shares in Pirelli"). */
  'cue.company-context': { type: 'Organization', weight: 3 },
  /** The first possessive pronoun of the name's clause is "its" ("Pirelli on Friday announced its move"). */
  'cue.pronoun-its': { type: 'Organization', weight: 2 },
  /** The first possessive pronoun of the name's clause is "his" ("Okafor said his side …"). */
  'cue.pronoun-his-her': { type: 'Person', weight: 2 },
  /** "the flight to X", "moved to X": a destination. */
  'cue.destination': { type: 'Place', weight: 2 },
  /**
   * "according to X": a source that speaks, so no place; for a mention the recognizer read as a
   * place it votes for a body ("according to Kommersant"); a person so read keeps its vote.
   */
  'cue.source': { type: 'Organization', weight: 2 },
  /**
   * "told the Hill", "speaking to the Independent", "an interview with the Tennessean", "reported by the Atlantic",
   * "according to the Sentinel", "an editorial in the Clarion": the one told, interviewed by, reporting or printing, named
   * with "the" (ADDRESSEE_BEFORE_THE), is a news outlet; a person is told without the article, and a place is not told.
   * Also a piece a paper prints, before "in" and a name without "the" that is no known place ("an editorial in Dagbladet"; PRINTED_PIECES).
   */
  'cue.addressee-outlet': { type: 'Organization', weight: 4 },
  /** A row of a results table: "Leeds 2 Chelsea 1", "Monaco 3 1 1 1 5 3 4" (not for a name read as a person's: golf scores). */
  'cue.score-line': { type: 'Organization', weight: 3 },
  /** A word with two capitals before its lowercase letters ("JPMorgan", "HSBCnet"): a brand, not a person's name. */
  'cue.initials-fused': { type: 'Organization', weight: 3 },
  /**
   * A one-word name of two capitalised parts run together, the first three letters or more and no surname's particle
   * ("OpenAI", "PayPal", "BitTorrent"; not "McCain", "DeSantis", "MacLeod", "LaMarcus"; CAMEL_SURNAME_HEADS): a brand, not a
   * person's name. Not a word of a longer name, which may be a person's ("MaliVai Washington").
   */
  'cue.camel-brand': { type: 'Organization', weight: 3 },
} as const satisfies Record<string, { type?: VoteType; weight: number }>;

export type TypeCueId = keyof typeof TYPE_CUES;
