// Speaker noun phrases, read backwards from a cue ("Dutch Prime Minister Mark Rutte said") or
// forwards after it ("said Joaquin Almunia"), with closed word lists instead of a tagger.

import type { Token } from '../../text/tokenize.js';
import { BODY_CLASS_NOUNS, DETERMINERS, FINITE_AUXILIARIES, NAME_PARTICLES, NP_STOP, PERSON_HEADS, PRONOUNS } from './lexicon.js';
import { MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS } from '../lexicon/time.js';
import { IRREGULAR_PAST_FORMS } from '../lexicon/function-words.js';
import { isPossessiveAt } from '../../text/possessive.js';

export interface Ctx {
  text: string;
  tokens: Token[];
  lower: string[];
  /** Token i starts with an uppercase letter. */
  cap: Uint8Array;
  /** Token i is a word (starts with a letter or digit). */
  word: Uint8Array;
  /** Token i is the first token of a tokenizer sentence. */
  sentStart: Uint8Array;
  /** Token i begins a cue (filled by the caller). */
  isCue: Uint8Array;
}

const PREP_EXT = new Set(['of', 'for', 'to', 'at', 'from', 'with', 'on', 'in', 'within', 'inside']);
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'half', 'third', 'quarter', 'majority', 'minority', 'plurality']);
const QUANTIFIER_SUBJECTS = new Set(['some', 'many', 'most', 'others', 'several', 'few', 'both', 'all', 'none', 'everyone', 'everybody', 'someone', 'somebody', 'nobody', 'one', 'another']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us']);
const MAX_NP = 14;
/** Lowercase words that can stand before a name in a title: "presidential nominee Donald Trump". */
const TITLE_SUFFIX = /(?:al|ic|ian|ary|ist|er|or|ant|ent|ee|ive|ine|ish|ese|ern)$/;
const TITLE_WORDS = new Set(['former', 'deputy', 'senior', 'top', 'chief', 'acting', 'interim', 'prime', 'foreign', 'defense',
  'defence', 'finance', 'state', 'then', 'junior', 'longtime', 'veteran', 'fellow', 'new', 'incoming', 'outgoing', 'vice',
  'lead', 'general', 'trade', 'health', 'energy', 'economy', 'labour', 'labor', 'justice', 'interior', 'home', 'party',
  'campaign', 'press', 'house', 'billionaire', 'businessman', 'businesswoman', 'mogul', 'star', 'host', 'rep', 'sen',
  // sport and the arts: "Wallabies coach Eddie Jones", "Lions captain Brian Hall", "Oscar-winning actress Ann Lee"
  'coach', 'captain', 'champion', 'actress', 'frontman', 'frontwoman', 'chef', 'poet', 'legend']);

export function isTitleWord(w: string): boolean {
  return PERSON_HEADS.has(w) || TITLE_WORDS.has(w) || TITLE_SUFFIX.test(w);
}

/**
 * The noun phrase that ends at token `last` (inclusive) and starts no earlier than `min`;
 * returns its first token, or -1 when there is none.
 */
export function npBackward(ctx: Ctx, last: number, min: number): number {
  const { tokens, lower, cap, word } = ctx;
  if (last < min) return -1;
  const lw = lower[last]!;
  if (PRONOUNS.has(lw) && word[last]) return last;
  // "Radio 1 said", "Channel 4 said": a name that ends in a number (not "in 10", not a date)
  const numberedName = /^\d{1,2}$/.test(tokens[last]!.text) && last - 1 >= min && cap[last - 1] === 1 && word[last - 1] === 1
    && !SENTENCE_WORDS.has(lower[last - 1]!) && !MONTH_WORDS.has(lower[last - 1]!) && tokens[last - 1]!.end < tokens[last]!.start;
  // "six in 10 said", "one in four said", "Some said", "all but two said"
  if (!numberedName && word[last] && (/^\p{N}/u.test(tokens[last]!.text) || NUMBER_WORDS.has(lw))) {
    let k = last;
    // "The 14-year-old said": an age used as a noun keeps its determiner
    if (/^\d+-year-old$/.test(lw) && k - 1 >= min && DETERMINERS.has(lower[k - 1]!)) return k - 1;
    if (k - 2 >= min && lower[k - 1] === 'in' && (NUMBER_WORDS.has(lower[k - 2]!) || /^\p{N}/u.test(tokens[k - 2]!.text))) k -= 2;
    else if (k - 2 >= min && lower[k - 1] === 'but' && lower[k - 2] === 'all') k -= 2;
    while (k - 1 >= min && /^(?:nearly|about|almost|roughly|some|only|just|over|more|than|fewer|less)$/.test(lower[k - 1]!)) k--;
    return k;
  }
  if (QUANTIFIER_SUBJECTS.has(lw)) return last;
  if (OBJECT_PRONOUNS.has(lw) && !(last - 1 >= min && PREP_EXT.has(lower[last - 1]!))) return -1;
  let first = -1;
  let sawCapChunk = false; // the phrase so far ends in (is) a capitalised chunk
  let allCap = true;
  let k = last;
  for (; k >= min && last - k < MAX_NP; k--) {
    const t = tokens[k]!;
    const w = lower[k]!;
    if (isPossessiveAt(tokens, k)) {
      if (k === last) break;
      first = k;
      continue;
    }
    // "James B. Cunningham": an initial's period
    if (t.text === '.' && first >= 0 && k > min && /^\p{Lu}$/u.test(tokens[k - 1]!.text) && tokens[k - 1]!.end === t.start) {
      first = k;
      continue;
    }
    if (t.text === '&' || ((t.text === '-' || t.text === '.') && k > min && tokens[k - 1]!.end === t.start && k < last && tokens[k + 1]!.start === t.end)) {
      if (first < 0) break;
      first = k;
      continue;
    }
    if (!word[k]) break;
    if (DETERMINERS.has(w)) {
      // "Two officials said" / "the minister said": a determiner opens the phrase...
      if (first < 0) break;
      first = k;
      // ...unless it follows a head noun and a preposition: "participants to the meeting", "a spokesman for the ministry".
      const p = k - 1;
      if (p - 1 >= min && PREP_EXT.has(lower[p]!) && word[p - 1] && (PERSON_HEADS.has(lower[p - 1]!) || (cap[p - 1] && !ctx.sentStart[p - 1] && !SENTENCE_WORDS.has(lower[p - 1]!)))) {
        first = p;
        k = p;
        sawCapChunk = false;
        continue;
      }
      break;
    }
    if (PRONOUNS.has(w)) break;
    if (ctx.isCue[k] && !cap[k]) break;
    if (cap[k]) {
      if (SENTENCE_WORDS.has(w)) break;
      first = k;
      sawCapChunk = true;
      continue;
    }
    // a lowercase word
    if (NP_STOP.has(w)) {
      // "participants to the meeting", "a spokesman for the ministry", "the president of France"
      const prev = k - 1;
      if (first >= 0 && prev >= min && word[prev] && PREP_EXT.has(w)
        && (PERSON_HEADS.has(lower[prev]!) || (w === 'to' && lower[prev] === 'close') || (cap[prev] && cap[first] && !SENTENCE_WORDS.has(lower[prev]!)))) {
        first = k;
        sawCapChunk = false;
        continue;
      }
      if (w === 'and' && first >= 0 && allCap && cap[first] && k - 1 >= min && cap[k - 1]) {
        first = k;
        continue;
      }
      break;
    }
    if (/^\p{N}/u.test(t.text) && first < 0) {
      if (!numberedName) break;
      first = k;
      sawCapChunk = true;
      continue;
    }
    // "Pieter de Vries", "Sandra den Hamer": a particle between the capitalised parts of one name
    if (sawCapChunk && NAME_PARTICLES.has(w) && k - 1 >= min && cap[k - 1] && !SENTENCE_WORDS.has(lower[k - 1]!)) {
      first = k;
      continue;
    }
    if (sawCapChunk && !isTitleWord(w)) break;
    allCap = false;
    sawCapChunk = false;
    first = k;
  }
  if (first < 0) return -1;
  // never start on a preposition or a possessive
  while (first <= last && (NP_STOP.has(lower[first]!) && !cap[first] || isPossessiveAt(tokens, first) || !word[first])) first++;
  return first <= last ? first : -1;
}

const MONTH_WORDS = new Set([...MONTHS, ...MONTH_ABBREVIATIONS.map((m) => m.toLowerCase())]);
/** Capitalised words that are sentence adverbs or conjunctions rather than names. */
const SENTENCE_WORDS = new Set(['but', 'and', 'or', 'so', 'yet', 'however', 'meanwhile', 'still', 'also', 'then', 'now',
  'in', 'on', 'at', 'after', 'before', 'when', 'while', 'as', 'if', 'although', 'though', 'because', 'since', 'during',
  'yesterday', 'today', 'earlier', 'later', 'last', 'this', 'that', 'there', 'here', 'instead', 'indeed', 'thus', 'for',
  'with', 'without', 'from', 'by', 'to', 'of', 'until', 'unless', 'despite', 'nevertheless', 'moreover', 'furthermore',
  'separately', 'elsewhere', 'again', 'speaking', 'asked', 'overall', 'finally', 'next', 'only',
  'even', 'perhaps', 'maybe', 'previously', 'recently', 'currently', 'meantime', 'otherwise', 'hence', 'what', 'where',
  'why', 'how', 'who', 'which', 'whose', 'not', 'no', 'yes', 'well', 'please', 'like', 'unlike', 'among', 'amid', 'about',
  'according', 'under', 'over', 'through', ...WEEKDAYS]);

/** Token after the noun phrase starting at `first` (exclusive end), reading forwards up to `max`. */
export function npForward(ctx: Ctx, first: number, max: number, subject = false): number {
  const { tokens, lower, cap, word } = ctx;
  let k = first;
  if (k >= max || !word[k]) return first;
  const w0 = lower[k]!;
  if (PRONOUNS.has(w0)) return k + 1;
  if (DETERMINERS.has(w0)) k++;
  let end = first;
  let sawCap = false;
  for (; k < max && k - first < MAX_NP; k++) {
    const t = tokens[k]!;
    const w = lower[k]!;
    if (isPossessiveAt(tokens, k)) { if (end === first) break; continue; }
    if ((t.text === '-' || t.text === '.' || t.text === '&') && k > 0 && k + 1 < max && tokens[k + 1]!.start === t.end && tokens[k - 1]!.end === t.start) continue;
    if (t.text === '.' && k > 0 && k + 1 < max && cap[k + 1] && /^\p{Lu}$/u.test(tokens[k - 1]!.text) && tokens[k - 1]!.end === t.start) continue;
    if (!word[k]) break;
    if (ctx.isCue[k] && !cap[k]) break;
    // "the recently released report", "the recent 50-state poll"
    if (!cap[k] && k > first && k + 1 < max && word[k + 1] && !NP_STOP.has(lower[k + 1]!) && (/^[a-z]{3,}ly$/.test(w) || /^\p{N}/u.test(t.text)) && w !== 'only') continue;
    if (cap[k]) {
      if (SENTENCE_WORDS.has(w) && (ctx.sentStart[k] || NP_STOP.has(w))) break;
      sawCap = true;
      end = k + 1;
      continue;
    }
    if (NP_STOP.has(w)) {
      if ((w === 'of' || w === 'for') && end > first && k + 1 < max && (cap[k + 1] || DETERMINERS.has(lower[k + 1]!)) && (sawCap || PERSON_HEADS.has(lower[k - 1]!))) continue;
      break;
    }
    if (DETERMINERS.has(w) || PRONOUNS.has(w)) break;
    // "Ludolf Georg von Wartenberg", "Juan de la Cruz": a particle between the capitalised parts of one name
    // (as npBackward reads it), so that the subject is not cut before its surname
    if (sawCap && NAME_PARTICLES.has(w) && nameGoesOn(ctx, k + 1, max)) continue;
    if (/^\p{N}/u.test(t.text)) break;
    if (subject && /(?:ed|ing)$/.test(w) && !PERSON_HEADS.has(w)) break;
    // "The old man stood up and said", "a cardinal lit on the porch and complained": an irregular past after the head is the verb
    if (subject && end > first && IRREGULAR_PAST_FORMS.has(w)) break;
    // "The doctor swabs her arm and says": a word in -s before a determiner or an object is the verb
    if (subject && end > first && /^[a-z]+[^su]s$/.test(w) && k + 1 < max && (DETERMINERS.has(lower[k + 1]!) || OBJECT_PRONOUNS.has(lower[k + 1]!))) break;
    // after a name, a lowercase word is a new phrase ("said Macron in...", "Trump slams") unless it follows a
    // possessive ("the Union's monetary affairs commissioner") or is a head noun ("JPMorgan Chase bank")
    const afterPossessive = k > 0 && isPossessiveAt(tokens, k - 1); // k is 0 for a phrase opening the text
    const titleBeforeName = (isTitleWord(w) && k + 1 < max && (cap[k + 1] || PERSON_HEADS.has(lower[k + 1]!)))
      || (k + 1 < max && isPossessiveAt(tokens, k + 1)) // "the England team’s coach"
      // "Spurs sporting director Frank Arnesen", "Leeds managing director Ann Lee": a modifier, then the title before the name
      || (k + 2 < max && /^[a-z]{3,}$/.test(w) && word[k + 1] === 1 && PERSON_HEADS.has(lower[k + 1]!) && cap[k + 2] === 1 && !SENTENCE_WORDS.has(lower[k + 2]!))
      // "Dutch firm Heineken saw ... and warned", "Dutch merchant bank Pierson said": a body's class noun before its name
      || (k + 1 < max && BODY_CLASS_NOUNS.has(w) && cap[k + 1] === 1 && !SENTENCE_WORDS.has(lower[k + 1]!))
      || (k + 2 < max && /^[a-z]{3,}$/.test(w) && word[k + 1] === 1 && BODY_CLASS_NOUNS.has(lower[k + 1]!) && cap[k + 2] === 1 && !SENTENCE_WORDS.has(lower[k + 2]!));
    // "say the Tirana side.", "said the London club,", "said the Gloucester fly-half.": after a determiner and a name, a plain
    // noun (a hyphenated one too) that ends the phrase is its head
    const lastHead = !subject && sawCap && DETERMINERS.has(lower[first]!) && (k + 1 >= max || /^[.,;:!?]$/.test(tokens[k + 1]!.text)) && /^[a-z]{3,}(?:-[a-z]+)*$/.test(w) && !/(?:ed|ing|ly)$/.test(w);
    // "The New York businessman has praised ...", "the Ohio firm will": after a determiner and a name, a plain noun
    // right before the clause's verb is the subject's head (the name only modifies it)
    const headBeforeVerb = subject && sawCap && DETERMINERS.has(lower[first]!) && /^[a-z]{3,}$/.test(w) && !/(?:ed|ing|ly)$/.test(w)
      && k + 1 < max && (FINITE_AUXILIARIES.has(lower[k + 1]!) || (ctx.isCue[k + 1] === 1 && !cap[k + 1]));
    if (sawCap && !afterPossessive && !PERSON_HEADS.has(w) && !titleBeforeName && !lastHead && !headBeforeVerb && (subject || (!isTitleWord(w) && !(k + 1 < max && /^(?:of|for)$/.test(lower[k + 1]!))))) break;
    sawCap = false;
    end = k + 1;
  }
  return end;
}

/** After a name particle at k - 1: the name goes on (another particle, then) a capitalised word at k. */
function nameGoesOn(ctx: Ctx, k: number, max: number): boolean {
  if (k < max && ctx.word[k] && !ctx.cap[k] && NAME_PARTICLES.has(ctx.lower[k]!)) k++;
  return k < max && ctx.cap[k] === 1 && !SENTENCE_WORDS.has(ctx.lower[k]!);
}
