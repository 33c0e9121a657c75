// Generators of news-like text for the property tests (test/properties.test.ts) and the fuzzer
// (scripts/fuzz.ts): words, names, quotes, numbers and money, unicode that is hostile to
// serializers and offset arithmetic, and mutations of real-looking sentences.
import fc from 'fast-check';

const WORDS = ['the', 'a', 'of', 'and', 'to', 'in', 'on', 'said', 'says', 'told', 'will', 'would', 'not', 'troops', 'aid', 'talks', 'minister', 'president', 'government', 'war', 'peace', 'deal', 'billion', 'million', 'euros', 'dollars', 'pledged', 'announced', 'signed', 'agreement', 'conference', 'meeting', 'leaders', 'he', 'she', 'they', 'we', 'it', 'his', 'her', 'their', 'that', 'which', 'was', 'is', 'has', 'had', 'provide', 'send', 'weapons', 'tanks', 'missiles', 'to', 'for', 'with', 'by', 'from', 'after', 'before', 'Monday', 'Tuesday', 'today', 'yesterday', 'according', 'spokesman', 'officials', 'sources', 'foreign', 'prime', 'chancellor'];
const FIRST = ['Emmanuel', 'Olaf', 'Andrzej', 'Mark', 'David', 'James', 'Volodymyr', 'Ursula', 'Kaja', 'Rishi', 'Joe', 'Xi', 'Angela', 'Jean-Luc', 'Zoë', 'José', 'Łukasz', 'Đorđe', 'Søren'];
const LAST = ['Macron', 'Scholz', 'Duda', 'Rutte', 'Cameron', "O'Brien", 'O’Brien', 'Zelensky', 'von der Leyen', 'Kallas', 'Sunak', 'Biden', 'Jinping', 'Merkel', 'Müller', 'Nuñez', 'Kowalski'];
const PLACES = ['France', 'Germany', 'Poland', 'Ukraine', 'Russia', 'the United States', 'the U.K.', 'Paris', 'Kyiv', 'Moscow', 'Berlin', 'NATO', 'the European Union', 'the EU', 'the United Nations', 'Estonia', 'the Netherlands', 'Washington'];
const TITLES = ['President', 'Prime Minister', 'Chancellor', 'Foreign Secretary', 'foreign minister', 'former President', 'Defence Minister', 'Secretary-General'];
const CUES = ['said', 'says', 'told reporters', 'added', 'warned', 'insisted', 'according to', 'announced'];
const OPEN_CLOSE: [string, string][] = [['"', '"'], ['“', '”'], ['‘', '’'], ["'", "'"], ['«', '»'], ['„', '“'], ["''", "''"], ['``', "''"]];
/** Characters that break serializers or offset arithmetic when handled carelessly. */
export const HOSTILE = ['\\', '\\\\', '"""', "'''", '\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u2028', '\u2029', '\ud800', '\udfff', '\udc00x\ud83d', '\u200f', '\u200e', '\u202e', '\u2066', '\ufeff', '\ufffe', '\uffff', '😀', '👩‍👩‍👧', '🇺🇦', '𝔘𝔨𝔯𝔞𝔦𝔫𝔢', '\u{10ffff}', 'e\u0301', '\u{e0001}', '<script>', '&amp;', '%20', '>', '<', '{', '}', '^^', '@en', '_:b0', '#', '\r', '\r\n', '\n\n', '\t', '\u00a0', '…', '—', '–'];

export const word = fc.constantFrom(...WORDS);
export const person = fc.tuple(fc.option(fc.constantFrom(...TITLES), { nil: undefined }), fc.constantFrom(...FIRST), fc.constantFrom(...LAST)).map(([t, f, l]) => (t ? `${t} ${f} ${l}` : `${f} ${l}`));
export const place = fc.constantFrom(...PLACES);
export const number = fc.oneof(
  fc.integer({ min: 0, max: 1e6 }).map(String),
  fc.integer({ min: 1, max: 999 }).map((n) => `${n} million`),
  fc.tuple(fc.constantFrom('$', '€', '£', 'USD ', 'EUR '), fc.double({ min: 0, max: 1e4, noNaN: true }), fc.constantFrom('', ' million', ' billion', 'bn', 'm')).map(([c, v, u]) => `${c}${v.toFixed(1)}${u}`),
  fc.constantFrom('1e308', '-0', '3,000,000', '1.5bn', 'nine hundred', '½', '٣'),
);
export const hostile = fc.constantFrom(...HOSTILE);
/** Any UTF-16 string (lone surrogates included), kept short. */
export const anyString = fc.string({ unit: 'binary', maxLength: 20 });

const phrase = fc.array(fc.oneof({ weight: 8, arbitrary: word }, { weight: 2, arbitrary: person }, { weight: 2, arbitrary: place }, { weight: 1, arbitrary: number }, { weight: 1, arbitrary: hostile }), { minLength: 1, maxLength: 14 }).map((ws) => ws.join(' '));

const quoted = fc.tuple(fc.constantFrom(...OPEN_CLOSE), phrase, fc.boolean(), fc.boolean()).map(([[o, c], body, dropOpen, dropClose]) => `${dropOpen ? '' : o}${body}${dropClose ? '' : c}`);
const nestedQuote = fc.tuple(phrase, quoted, phrase).map(([a, q, b]) => `“${a} ‘${q}’ ${b}”`);

export const sentence = fc.oneof(
  { weight: 4, arbitrary: phrase.map((p) => `${p[0]?.toUpperCase() ?? ''}${p.slice(1)}.`) },
  { weight: 3, arbitrary: fc.tuple(quoted, person, fc.constantFrom(...CUES)).map(([q, p, c]) => `${q}, ${p} ${c}.`) },
  { weight: 2, arbitrary: fc.tuple(person, fc.constantFrom(...CUES), quoted).map(([p, c, q]) => `${p} ${c} ${q}`) },
  { weight: 2, arbitrary: fc.tuple(place, number, place).map(([a, n, b]) => `${a} pledged ${n} in military aid to ${b}.`) },
  { weight: 1, arbitrary: fc.tuple(person, place).map(([p, c]) => `${c}’s ${p} said he would send troops.`) },
  { weight: 1, arbitrary: nestedQuote },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('PARIS', 'KYIV, Ukraine (AP)', 'WASHINGTON (Reuters)', 'LONDON, March 3'), fc.constantFrom(' — ', ' - ', ' -- ')).map(([d, s]) => `${d}${s}`) },
  { weight: 1, arbitrary: fc.constantFrom('Advertisement', 'Gonzalo Fuentes/Pool via AP', 'REUTER', '(AP Photo/Michel Euler)', 'Comments are closed.') },
  { weight: 1, arbitrary: anyString },
);

const separator = fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\n   ', '\t');
const paragraphs = fc.array(fc.tuple(sentence, separator), { minLength: 1, maxLength: 12 }).map((parts) => parts.map(([s, sep]) => s + sep).join(''));

/** A real-looking article, mutated: characters inserted, deleted, replaced, or the text cut. */
const REAL = [
  'PARIS — French President Emmanuel Macron said Monday that sending Western troops on the ground in Ukraine is not “ruled out” in the future.',
  '“There’s no consensus today to send in an official, endorsed manner troops on the ground. But in terms of dynamics, nothing can be ruled out,” Macron said.',
  'Dutch Prime Minister Mark Rutte said his country decided to provide 100 million euros for the Czech initiative to buy ammunition for Ukraine.',
  'Poland’s president said he had a “heated debate” with the French leader, who said: “We will do everything needed so Russia cannot win the war.”',
  'The United States was represented by its top diplomat for Europe, James O’Brien, and the U.K. by Foreign Secretary David Cameron.',
];
const mutation = fc.oneof(
  fc.tuple(fc.nat(), hostile).map(([at, s]) => (t: string) => t.slice(0, at % (t.length + 1)) + s + t.slice(at % (t.length + 1))),
  fc.tuple(fc.nat(), fc.nat({ max: 10 })).map(([at, n]) => (t: string) => t.slice(0, at % (t.length + 1)) + t.slice((at % (t.length + 1)) + n)),
  fc.nat().map((at) => (t: string) => t.slice(0, at % (t.length + 1))),
  fc.tuple(fc.nat(), anyString).map(([at, s]) => (t: string) => t.slice(0, at % (t.length + 1)) + s + t.slice((at % (t.length + 1)) + s.length)),
  fc.constant((t: string) => t.toUpperCase()),
  fc.constant((t: string) => t.replace(/[“”]/g, '"')),
  fc.constant((t: string) => t.replace(/ /g, '\r\n')),
);
export const mutated = fc.tuple(fc.array(fc.constantFrom(...REAL), { minLength: 1, maxLength: 5 }), fc.array(mutation, { maxLength: 6 })).map(([parts, ms]) => ms.reduce((t, m) => m(t), parts.join('\n\n')));

/** A news document: generated paragraphs, a mutated real article, or arbitrary unicode. */
export const newsText = fc.oneof({ weight: 5, arbitrary: paragraphs }, { weight: 3, arbitrary: mutated }, { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 300 }) }, { weight: 1, arbitrary: fc.array(quoted, { minLength: 1, maxLength: 8 }).map((qs) => qs.join(' ')) });

/** Any text the extract stage may be handed, ill-formed UTF-16 included (for "never throws"). */
export const rawText = newsText.filter((t) => t.trim() !== '');
/**
 * What ingest passes on: text with something in it, and well-formed (decoding rejects unpaired
 * surrogates in files, and JSONL lines with them), so lone surrogates become U+FFFD here.
 */
export const articleText = rawText.map(wellFormed);

export function wellFormed(t: string): string {
  return t.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
