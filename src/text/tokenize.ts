// Tokens, sentences and paragraphs of English news text, as UTF-16 ranges into the original
// string. No normalization: every token's text is exactly `text.slice(start, end)`, so all
// later stages can cite spans without any offset bookkeeping.

import type { Range } from '../types.js';

export interface Token extends Range {
  text: string;
}

export interface Sentence extends Range {
  /** Index of the first token of the sentence in the token array. */
  firstToken: number;
  /** One past the last token. */
  endToken: number;
  /** Index of the paragraph this sentence belongs to. */
  paragraph: number;
}

export interface Tokenized {
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Range[];
}

/**
 * The one list of abbreviations that stand before a name ("Mr.", "Gen.", "Pres. Obama", "Lt. Gov. X", "Atty. Gen. X",
 * "Sec. X"): each keeps its period as one token, and its period never ends a sentence when a capital follows (roles read
 * the office ones, `OFFICE_ABBREVIATIONS` and `LEGISLATOR_ABBREVIATIONS`, from these tokens).
 */
export const TITLE_ABBREVIATION_WORDS: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'Gen', 'Sens', 'Sen', 'Reps', 'Rep', 'Gov', 'Lt', 'Col', 'Sgt', 'Capt', 'Prof', 'Mt', 'Ft',
  'Adm', 'Cmdr', 'Maj', 'Rev', 'Hon', 'Pres', 'Supt', 'Det', 'Insp', 'Atty', 'Sec', 'No', 'vs',
  'MR', 'MRS', 'DR', 'ST', 'GEN', 'SEN', 'REP', 'GOV', 'LT', 'COL', 'MT', 'FT',
];
/** Abbreviations that keep their period but end a sentence like any word: "Jr.", "Inc.", months. */
const OTHER_ABBREVIATION_WORDS: readonly string[] = [
  'Jr', 'Sr', 'Inc', 'Corp', 'Co', 'Ltd', 'Bros', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct',
  'Nov', 'Dec', 'JR', 'SR', 'INC', 'CORP', 'CO', 'LTD',
];

/** Every word that keeps its period as an abbreviation ("Mr.", "Corp."), without the period. */
export const ABBREVIATION_WORDS: ReadonlySet<string> = new Set([...TITLE_ABBREVIATION_WORDS, ...OTHER_ABBREVIATION_WORDS]);

/**
 * A short capitalised word a period written against it may abbreviate ("Fla.", "Cal.", "Corp"): the list's words, which
 * the tokenizer keeps whole with their period, and any other of up to four letters, which it splits from theirs.
 */
export function abbreviationLike(word: string): boolean {
  return ABBREVIATION_WORDS.has(word) || /^\p{Lu}\p{L}{0,3}$/u.test(word);
}

// Order matters: the first alternative that matches at a position wins.
const TOKEN_PATTERN = new RegExp(
  [
    // URLs and e-mail addresses stay whole.
    String.raw`https?://[^\s"“”<>]+[^\s"“”<>.,;:!?)]`,
    String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}`,
    // Dotted initialisms and abbreviations: U.S., U.K., e.g., a.m.
    String.raw`(?:\p{L}\.){2,}`,
    // Numbers: 1,000.50  2.5  10-year (number then hyphenated word stays one token)  1990s
    String.raw`\p{N}+(?:[.,:/]\p{N}+)*(?:-\p{L}+)*(?:\p{L}{1,2}\b)?`,
    // Abbreviations keep their period: Mr. Dr. Gen. Jan. Inc.
    String.raw`\b(?:${[...ABBREVIATION_WORDS].join('|')})\.`,
    // Possessive and contraction suffixes split from their word: Poland 's, they 're
    String.raw`['’](?:s|S|re|RE|ve|VE|ll|LL|d|D|m|M|t|T)\b`,
    // Words, with inner apostrophes (O'Brien) and hyphens (long-range), but not a trailing 's.
    String.raw`\p{L}[\p{L}\p{M}\p{N}]*(?:(?:['’](?!(?:s|S|re|ve|ll|d|m|t)\b)|[-‐])[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*`,
    // Multi-character punctuation.
    String.raw`\.{2,}|…|--+|[—–]`,
    // Anything else that is not space is one token per character (surrogate pairs stay together).
    String.raw`[^\s]`,
  ].join('|'),
  'gu',
);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_PATTERN.lastIndex = 0;
  for (let m = TOKEN_PATTERN.exec(text); m !== null; m = TOKEN_PATTERN.exec(text)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return tokens;
}

/**
 * Paragraphs are separated by a blank line, or by a newline followed by an indent (Reuters
 * newswire); a single newline (hard-wrapped text) is not a break.
 */
export function paragraphs(text: string): Range[] {
  const out: Range[] = [];
  const breaks = /\r?\n[ \t\f\v]*\r?\n\s*|\r[ \t\f\v]*\r\s*|\r?\n(?:[ \t]{2,}|\t)(?=\S)/g;
  let start = 0;
  for (let m = breaks.exec(text); m !== null; m = breaks.exec(text)) {
    pushTrimmed(text, start, m.index, out);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, start, text.length, out);
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: Range[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const TERMINATORS = new Set(['.', '!', '?', '…']);
/** Capitalised pronouns that open a sentence after an abbreviation's period ("Acme Corp. He said"). */
const PRONOUN_OPENERS = /^(?:He|She|It|They|We|I|His|Her|Its|Their)$/;
const TITLE_ABBREVIATIONS = new RegExp(`^(?:${TITLE_ABBREVIATION_WORDS.join('|')})\\.$`);

/**
 * Splits text into paragraphs, sentences and tokens. A sentence ends at a terminator (with any
 * closing quotes or brackets after it) followed by whitespace and an uppercase letter, digit or
 * opening quote; at a line that is a heading (a line without final punctuation followed by a
 * newline); and always at a paragraph break.
 */
export function tokenizeDocument(text: string): Tokenized {
  const tokens = tokenize(text);
  const paras = paragraphs(text);
  const sentences: Sentence[] = [];
  let t = 0;
  paras.forEach((para, pIndex) => {
    while (t < tokens.length && tokens[t]!.end <= para.start) t++;
    let first = t;
    while (t < tokens.length && tokens[t]!.start < para.end) {
      const tok = tokens[t]!;
      let last = t;
      let boundary = false;
      // "P. Simmons", "George W. Bush": an initial's period does not end the sentence.
      const initial = tok.text === '.' && t > 0 && /^[A-HJ-Z]$/.test(tokens[t - 1]!.text) && tokens[t - 1]!.end === tok.start && /^\p{Lu}[\p{Ll}\p{Lu}]/u.test(tokens[t + 1]?.text ?? '');
      if (initial) {
        // not a boundary
      } else if (endsLikeTerminator(tok.text) && (TERMINATORS.has(tok.text) || tok.text.endsWith('...'))) {
        while (last + 1 < tokens.length && tokens[last + 1]!.start < para.end && CLOSERS.has(tokens[last + 1]!.text) && tokens[last + 1]!.start === tokens[last]!.end) last++;
        boundary = isBoundaryAfter(text, tokens, last, para.end);
      } else if (tok.text.endsWith('.') && (/^(?:\p{L}\.){2,}$/u.test(tok.text) || (tok.text.length > 1 && !TITLE_ABBREVIATIONS.test(tok.text)))) {
        // "... in the U.S. The next day" ends a sentence only when a newline or an unambiguous opener follows
        // (a subject pronoun, which no name goes on with: "said Ann Lee of Acme Corp. He added ...").
        // Hard-wrapped wire copy indents a paragraph's first line and none it wraps onto: after a dotted abbreviation,
        // a newline with no indentation is a wrap ("bank Governor R.N.\nMalhotra told", "the U.S.\nAgriculture
        // Department") unless an article opens the next line ("the U.K.\nThe third").
        const next = tokens[last + 1];
        const gap = text.slice(tok.end, next?.start ?? tok.end);
        const wrapped = /^(?:\p{Lu}\.){2,3}$/u.test(tok.text) && /^[ \t]*\n$/.test(gap) && !/^(?:The|A|An)$/.test(next?.text ?? '');
        boundary = isBoundaryAfter(text, tokens, last, para.end) && ((/\n/.test(gap) && !wrapped) || PRONOUN_OPENERS.test(next?.text ?? ''));
      } else if (t + 1 < tokens.length && tokens[t + 1]!.start < para.end && isHeadingBreak(text, tok, tokens[t + 1]!)) {
        boundary = true;
      }
      t = last + 1;
      if (boundary) {
        sentences.push(makeSentence(tokens, first, t, pIndex));
        first = t;
      }
    }
    if (t > first) sentences.push(makeSentence(tokens, first, t, pIndex));
  });
  return { tokens, sentences, paragraphs: paras };
}

/** Whether a token ends in a character that can end a sentence (most tokens do not: a cheap test first). */
function endsLikeTerminator(s: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  return c === 46 || c === 33 || c === 63 || c === 0x2026; // . ! ? …
}

function makeSentence(tokens: Token[], first: number, end: number, paragraph: number): Sentence {
  return { start: tokens[first]!.start, end: tokens[end - 1]!.end, firstToken: first, endToken: end, paragraph };
}

function isBoundaryAfter(text: string, tokens: Token[], last: number, paraEnd: number): boolean {
  const next = tokens[last + 1];
  if (!next || next.start >= paraEnd) return false; // the paragraph ends anyway
  if (next.start === tokens[last]!.end) return false; // no space: "3.5", "U.S.-led"
  const c = next.text[0]!;
  return /[\p{Lu}\p{N}"“‘'(\[«]/u.test(c) || /\n/.test(text.slice(tokens[last]!.end, next.start));
}

/** A line with no final punctuation, followed by a newline and a capital, is a heading or caption line. */
function isHeadingBreak(text: string, tok: Token, next: Token): boolean {
  let newline = false;
  for (let i = tok.end; i < next.start && !newline; i++) newline = text.charCodeAt(i) === 10;
  if (!newline) return false;
  // Hard-wrapped newswire continues mid-sentence across newlines; only treat as a break when the
  // next line starts with a capital and this line looks complete (ends with a word and the next
  // line starts a new clause). Lines ending in a comma, a preposition or an article continue.
  if (/^[,;:(\-–—]$/.test(tok.text)) return false;
  if (!/^[\p{Lu}"“]/u.test(next.text)) return false;
  const lineStart = text.lastIndexOf('\n', tok.start) + 1;
  const line = text.slice(lineStart, tok.end);
  // Wire copy indents a paragraph's first line and none of the lines it wraps onto: an indented line
  // followed by an unindented one is running text ("    Trade Board Chairman Ann\nLee told reporters").
  if (/^[ \t]/.test(line) && !/\n[ \t]/.test(text.slice(tok.end, next.start))) return false;
  // A short line of capitalised words standing alone (a headline or a caption title) breaks; a
  // wrapped line of running text does not, even a capitalised one ("COLOMBO, April 17 - Sri Lanka
  // and the International\nMonetary Fund"): clause punctuation or lowercase function words give it away.
  if (/[,;]|\s[-–—]\s/.test(line)) return false;
  const words = line.split(/\s+/).filter(Boolean);
  if (words.length > 10) return false;
  const capitalised = words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return capitalised / Math.max(1, words.length) >= 0.8;
}
