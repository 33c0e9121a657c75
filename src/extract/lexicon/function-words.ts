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
