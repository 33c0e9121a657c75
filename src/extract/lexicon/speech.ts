// Verbs of saying shared by the extractors that only need to recognize one (a name's agent verb,
// the end of a title); the quote extractor's cue table (quotes/lexicon.ts SAY_VERBS) owns frames.

/** Finite forms of the commonest verbs of saying: "Jordan said", "the minister warned". */
export const SAYING_FORMS = ['said', 'says', 'told', 'added', 'adds', 'argued', 'warned', 'noted', 'explained', 'insisted'] as const;
