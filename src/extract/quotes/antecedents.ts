// Speakers the text describes without naming, as antecedents of "he" and "she": "A reporter from
// the local paper phoned on Monday. He said that ...". The subject of a recent sentence that is a
// described person (an article, a few modifiers, a person noun, an optional "from/of/for/at ..."
// complement) is whom the pronoun means, unless a named person was mentioned after it.

import type { Range } from '../../types.js';
import type { Tokenized } from '../../text/tokenize.js';

const NEUTRAL_HEADS = ['reporter', 'journalist', 'photographer', 'correspondent', 'editor', 'official', 'spokesperson', 'officer',
  'detective', 'doctor', 'nurse', 'surgeon', 'lawyer', 'attorney', 'judge', 'witness', 'resident', 'neighbour', 'neighbor',
  'teacher', 'student', 'professor', 'researcher', 'scientist', 'historian', 'expert', 'analyst', 'economist', 'engineer',
  'employee', 'worker', 'manager', 'executive', 'director', 'driver', 'pilot', 'soldier', 'survivor', 'victim', 'visitor',
  'passenger', 'farmer', 'owner', 'shopkeeper', 'clerk', 'guard', 'diplomat', 'source', 'aide', 'adviser', 'advisor',
  'representative', 'stranger', 'caller', 'customer', 'patient', 'activist', 'protester', 'organizer', 'organiser',
  'volunteer', 'fan', 'player', 'coach', 'candidate'];

/** Person nouns that head a described speaker, with the gender the noun itself carries (if any). */
export const DESCRIBED_PERSON_HEADS: ReadonlyMap<string, 'm' | 'f' | undefined> = new Map<string, 'm' | 'f' | undefined>([
  ...NEUTRAL_HEADS.map((w) => [w, undefined] as [string, undefined]),
  ...['man', 'boy', 'spokesman', 'policeman', 'priest'].map((w) => [w, 'm'] as [string, 'm']),
  ...['woman', 'girl', 'spokeswoman', 'policewoman'].map((w) => [w, 'f'] as [string, 'f']),
]);

// "A reporter from the Cleveland Press", "The magazine's photographer", "An elderly man":
// an article, up to four modifiers, the head, and an optional complement of capitalised words.
const DESCRIBED_SUBJECT = /^(?:The|A|An)\s+((?:[\p{L}\p{N}'’.-]+\s+){0,4}?)([a-z]+)((?:\s+(?:from|of|for|at|with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s*)+)?)/u;
const FOLLOWED_BY_VERB = /^\s*(?:,|has|had|have|was|is|were|are|who|\p{Ll}+(?:ed|s)\b)/u;

const MAX_SENTENCES_BACK = 3;

/**
 * The described person a subject pronoun at `at` refers to: the phrase as printed, or undefined.
 * `namedPersonBetween(a, b)` says whether a named person is mentioned in [a, b); `notBefore` is
 * where the search stops (the end of the previous quote, whose speaker the pronoun may continue).
 */
export function describedAntecedent(text: string, doc: Tokenized, at: number, gender: 'm' | 'f' | undefined,
  namedPersonBetween: (a: number, b: number) => boolean, notBefore: number): Range | undefined {
  const sentences = doc.sentences;
  let s = sentenceAt(doc, at);
  if (s < 0) return undefined;
  const paragraph = sentences[s]!.paragraph;
  for (let back = 0; back <= MAX_SENTENCES_BACK && s >= 0; back++, s--) {
    const sent = sentences[s]!;
    if (sent.paragraph !== paragraph || sent.start < notBefore) return undefined;
    const m = DESCRIBED_SUBJECT.exec(text.slice(sent.start, Math.min(sent.end, at)));
    if (m && DESCRIBED_PERSON_HEADS.has(m[2]!)) {
      const end = sent.start + m[0].trimEnd().length;
      const nounGender = DESCRIBED_PERSON_HEADS.get(m[2]!);
      // the phrase is the subject: a verb follows it ("A reporter phoned", "The photographer has been")
      if (end < at && FOLLOWED_BY_VERB.test(text.slice(end, end + 20)) && (!gender || !nounGender || nounGender === gender)
        && !namedPersonBetween(sent.start, end) && !namedPersonBetween(end, at)) {
        return { start: sent.start, end };
      }
    }
    if (namedPersonBetween(sent.start, Math.min(sent.end, at))) return undefined;
  }
  return undefined;
}

function sentenceAt(doc: Tokenized, offset: number): number {
  const sentences = doc.sentences;
  let lo = 0, hi = sentences.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}
