// Closed-class words shared by the extractors' phrase walks: the one place the common
// prepositions and sentence adverbs are written, so every reader stops and skips at the same words.

/** Prepositions that open a phrase of place, time or relation ("of", "as", "since" are left to each reader). */
export const COMMON_PREPOSITIONS = ['in', 'on', 'at', 'by', 'with', 'from', 'to', 'into', 'onto', 'about', 'after', 'before', 'during',
  'over', 'under', 'than', 'like', 'through', 'across', 'against', 'among', 'between', 'despite', 'without', 'within', 'near', 'via',
  'amid', 'toward', 'towards', 'behind', 'beyond', 'including', 'unlike', 'around', 'for'] as const;

/** Adverbs that may open a sentence with no content of their own: "However, ...", "Meanwhile ...", "Earlier, ...". */
export const SENTENCE_ADVERBS = ['however', 'meanwhile', 'still', 'instead', 'indeed', 'yesterday', 'today', 'earlier', 'later',
  'separately', 'elsewhere', 'overall', 'moreover', 'furthermore', 'nevertheless', 'now', 'then'] as const;

/**
 * Lowercase particles inside personal and place names ("van der Walt", "Baie de la Somme"): a
 * lowercase word that may still belong to a name.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'della', 'delle', 'dei', 'di', 'da', 'do', 'dos', 'das', 'du', 'des',
  'la', 'le', 'van', 'von', 'der', 'den', 'al', 'el', 'y', 'und', 'et']);

/**
 * Simple past forms of the common irregular English verbs that are not also their base form and are seldom nouns
 * ("stood", "lit", "took"; not "put", "cut", "beat", "shot"): a lowercase word here after a noun is the clause's verb,
 * as a word in -ed is for the regular verbs.
 */
export const IRREGULAR_PAST_FORMS: ReadonlySet<string> = new Set(['arose', 'ate', 'awoke', 'became', 'began', 'bent', 'bit', 'bled',
  'blew', 'broke', 'brought', 'built', 'bought', 'caught', 'chose', 'clung', 'came', 'crept', 'dealt', 'dug', 'drew', 'drank',
  'drove', 'fell', 'fed', 'felt', 'fought', 'found', 'fled', 'flung', 'flew', 'forbade', 'forgot', 'forgave', 'froze', 'got',
  'gave', 'went', 'grew', 'hung', 'heard', 'hid', 'held', 'kept', 'knelt', 'knew', 'laid', 'led', 'lent', 'lit', 'lost', 'made',
  'meant', 'met', 'paid', 'ran', 'rang', 'rode', 'rose', 'sang', 'sank', 'sat', 'saw', 'sought', 'sold', 'sent', 'shook',
  'shone', 'shrank', 'slept', 'slid', 'spoke', 'sped', 'spent', 'spun', 'spat', 'sprang', 'stood', 'stole', 'stuck', 'stung',
  'strode', 'struck', 'swore', 'swept', 'swam', 'swung', 'took', 'taught', 'tore', 'told', 'thought', 'threw', 'understood',
  'woke', 'wore', 'wept', 'wrote', 'withdrew', 'overtook', 'undertook', 'oversaw']);

/**
 * Past participles of the irregular verbs where they differ from the simple past ("given", "written", "flown"): with
 * IRREGULAR_PAST_FORMS, the forms a reader of tense takes for a past ("was given", "has lent", "debts written off").
 */
export const IRREGULAR_PAST_PARTICIPLES: ReadonlySet<string> = new Set(['arisen', 'awoken', 'begun', 'bitten', 'blown', 'broken',
  'chosen', 'done', 'drawn', 'driven', 'drunk', 'eaten', 'fallen', 'flown', 'forbidden', 'forgiven', 'forgotten', 'frozen', 'given',
  'gone', 'gotten', 'grown', 'hidden', 'known', 'ridden', 'risen', 'rung', 'seen', 'shaken', 'shown', 'shrunk', 'spoken', 'sprung',
  'stolen', 'sung', 'sunk', 'sworn', 'swum', 'taken', 'thrown', 'torn', 'withdrawn', 'woken', 'worn', 'written', 'overseen',
  'overtaken', 'undertaken']);

/**
 * Irregular verbs whose past is their base form ("put", "set", "cut"): past or present only by their context, so
 * IRREGULAR_PAST_FORMS leaves them out; a reader that already knows the word is a finite verb may take them as a past.
 */
export const UNCHANGED_PAST_FORMS: ReadonlySet<string> = new Set(['bet', 'broadcast', 'burst', 'cast', 'cost', 'cut', 'forecast', 'hit',
  'hurt', 'let', 'put', 'quit', 'set', 'shut', 'split', 'spread', 'upset']);
