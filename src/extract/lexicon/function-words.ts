// Closed-class words shared by the extractors' phrase walks: the one place the common
// prepositions are written, so a speaker phrase and an office owner stop at the same words.

/** Prepositions that open a phrase of place, time or relation ("of", "as", "since" are left to each reader). */
export const COMMON_PREPOSITIONS = ['in', 'on', 'at', 'by', 'with', 'from', 'to', 'into', 'onto', 'about', 'after', 'before', 'during',
  'over', 'under', 'than', 'like', 'through', 'across', 'against', 'among', 'between', 'despite', 'without', 'within', 'near', 'via',
  'amid', 'toward', 'towards', 'behind', 'beyond', 'including', 'unlike', 'around', 'for'] as const;
