// Money amounts in news text: "over 100 million euros", "£1bn", "5 mln dlrs", "US$3m",
// "between 5 and 10 million dollars", "Rs 500 crore". Rule-based, one left-to-right scan with
// sticky regexes; every match is a UTF-16 range into the original text and `text` is exactly
// `text.slice(range.start, range.end)` (the qualifier, when there is one, is part of it).
//
// A number only counts as money when a currency is printed with it (a symbol or ISO code before
// it, or a currency word or code after it): "40 missiles" and "100m" (metres?) are not money.
// An amount in brackets right after another amount ("100 million euros ($108 million)") is the
// same sum converted, and is dropped: the first one printed is kept.

import type { Range, MonetaryAmount } from '../types.js';
import { wordTable } from './lexicon/word-table.js';

export interface MoneyMatch extends MonetaryAmount {
  range: Range;
}

// ---------------------------------------------------------------- lexicon

const ISO_CODES = [
  'USD', 'EUR', 'GBP', 'JPY', 'CAD', 'AUD', 'CHF', 'CNY', 'RMB', 'INR', 'RUB', 'UAH', 'HKD', 'NZD', 'SGD',
  'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'RON', 'TRY', 'ZAR', 'BRL', 'MXN', 'ARS', 'KRW', 'TWD', 'THB',
  'MYR', 'IDR', 'PHP', 'PKR', 'BDT', 'LKR', 'SAR', 'AED', 'QAR', 'KWD', 'ILS', 'EGP', 'NGN', 'KES', 'GHS',
  'XDR', 'SDR', 'ECU', 'XEU', 'DEM', 'FRF', 'ITL', 'ESP', 'NLG', 'BEF',
  // Currencies of aid and loan news from Africa and Asia: "UGX 2 billion", "ETB 500 million".
  'UGX', 'TZS', 'ETB', 'XOF', 'XAF', 'ZMW', 'MWK', 'NPR', 'MMK', 'VND', 'KZT', 'MAD', 'TND', 'DZD', 'JOD', 'IQD', 'OMR', 'BHD', 'AFN', 'RWF',
];
const CODE_ALIASES: Record<string, string> = wordTable({ RMB: 'CNY', SDR: 'XDR', ECU: 'XEU' });
const CODE_ALT = ISO_CODES.join('|');

// Symbols, with the country prefixes that qualify a dollar sign.
const DOLLAR_PREFIX: Record<string, string> = wordTable({
  'US': 'USD', 'U.S.': 'USD', 'C': 'CAD', 'CA': 'CAD', 'CAN': 'CAD', 'A': 'AUD', 'AU': 'AUD', 'NZ': 'NZD',
  'HK': 'HKD', 'S': 'SGD', 'NT': 'TWD', 'R': 'BRL', 'Z': 'ZWD', 'J': 'JMD', 'MEX': 'MXN',
});
const SYMBOLS: Record<string, string> = wordTable({
  '$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₴': 'UAH', '₩': 'KRW', '₪': 'ILS',
  '₺': 'TRY', '₦': 'NGN', '₱': 'PHP', '฿': 'THB', '₫': 'VND', 'Rs': 'INR', 'Rs.': 'INR', 'R$': 'BRL',
});

// East African shillings and the taka are printed as letters before the digits: "Sh5 billion", "KSh 2bn", "Tk 500 crore".
// (Likewise the Philippine peso "Php1.5 billion", the ringgit "RM10 million", the CFA franc "FCFA 10 billion", the Gulf riyals "SR 100 million", "QR 5 million", the cedi "GH¢10 million".)
const LETTER_PREFIX: Record<string, string> = wordTable({ rs: 'INR', rp: 'IDR', sfr: 'CHF', dh: 'AED', dhs: 'AED', sh: 'KES', shs: 'KES', ksh: 'KES', kshs: 'KES', ush: 'UGX', ushs: 'UGX', tsh: 'TZS', tshs: 'TZS', tk: 'BDT', php: 'PHP', rm: 'MYR', cfa: 'XOF', fcfa: 'XOF', sr: 'SAR', qr: 'QAR', 'gh¢': 'GHS' });

// isCurrencyLetterPrefix rules out a longer word before building its lowercase copy (entities.ts asks of every name's
// last token), which holds only while no key is longer than this: a longer key fails here, at load, not silently there.
const LETTER_PREFIX_MAX = 4;
for (const key of Object.keys(LETTER_PREFIX)) {
  if (key.length > LETTER_PREFIX_MAX) throw new Error(`money.ts: currency letter prefix "${key}" is longer than ${LETTER_PREFIX_MAX} letters; raise LETTER_PREFIX_MAX`);
}

/** A currency's letters printed before the digits ("Rs", "Sh", "RM"; a period after them or not). */
export function isCurrencyLetterPrefix(word: string): boolean {
  // (A period may follow the letters, and lowercasing never shortens a string.)
  if (word.length > LETTER_PREFIX_MAX + 1) return false;
  return Object.hasOwn(LETTER_PREFIX, word.toLowerCase().replace(/\.$/, ''));
}

// Currency words after the number, with the adjectives that choose among same-named currencies.
// `default` is used when no adjective is printed, unless the word is `byCountry` and the country the
// text is about has one of its currencies (CurrencyContext).
interface CurrencyWord {
  re: string;
  default: string;
  adjectives?: Record<string, string>;
  /**
   * Many countries' currencies have this name and news prints it bare where the country is clear
   * ("5 billion pesos" in a story on Colombia). Not dollars or pounds: news means the US dollar and
   * sterling by them, whatever country the story is about.
   */
  byCountry?: true;
}

/**
 * The currencies (ISO 4217) of the countries around an amount: those the sentence names, then
 * those the whole article names. A bare currency word of several countries ("pesos", "francs")
 * takes the one currency of its name among the sentence's, else among the article's; none, or
 * several, leave it at its default.
 */
export interface CurrencyContext {
  sentence: ReadonlySet<string>;
  article: ReadonlySet<string>;
}
const DOLLAR_ADJ: Record<string, string> = wordTable({
  'u.s.': 'USD', 'us': 'USD', 'american': 'USD', 'united states': 'USD', 'canadian': 'CAD', 'canada': 'CAD',
  'australian': 'AUD', 'australia': 'AUD', 'hong kong': 'HKD', 'new zealand': 'NZD', 'n.z.': 'NZD',
  'singapore': 'SGD', 'singaporean': 'SGD', 'taiwan': 'TWD', 'taiwanese': 'TWD', 'new taiwan': 'TWD',
  'zimbabwe': 'ZWD', 'zimbabwean': 'ZWD', 'jamaican': 'JMD', 'namibian': 'NAD', 'brunei': 'BND',
  'fiji': 'FJD', 'fijian': 'FJD', 'liberian': 'LRD', 'bahamian': 'BSD', 'barbados': 'BBD',
  'trinidad and tobago': 'TTD', 'east caribbean': 'XCD', 'malaysian': 'MYR',
});
const CURRENCY_WORDS: CurrencyWord[] = [
  { re: 'dollars?|dlrs?', default: 'USD', adjectives: DOLLAR_ADJ },
  { re: 'euros?', default: 'EUR' },
  {
    re: 'pounds?(?:\\s+sterling)?|sterling|stg',
    default: 'GBP',
    adjectives: { 'egyptian': 'EGP', 'irish': 'IEP', 'lebanese': 'LBP', 'syrian': 'SYP', 'cyprus': 'CYP', 'cypriot': 'CYP', 'sudanese': 'SDG', 'british': 'GBP' },
  },
  { re: 'yen', default: 'JPY' },
  { re: 'yuan|renminbi', default: 'CNY' },
  {
    re: 'francs?',
    byCountry: true,
    default: 'FRF',
    adjectives: { 'swiss': 'CHF', 'french': 'FRF', 'belgian': 'BEF', 'luxembourg': 'LUF', 'cfa': 'XOF', 'congolese': 'CDF', 'rwandan': 'RWF' },
  },
  { re: 'deutsche\\s*marks?|deutschemarks?|deutschmarks?|d-marks?|marks', default: 'DEM', adjectives: { 'finnish': 'FIM', 'german': 'DEM', 'west german': 'DEM' } },
  { re: 'guilders?', default: 'NLG' },
  { re: 'lire', default: 'ITL', adjectives: { 'italian': 'ITL', 'turkish': 'TRY' } },
  { re: 'liras?', default: 'TRY', adjectives: { 'italian': 'ITL', 'turkish': 'TRY', 'maltese': 'MTL' } },
  { re: 'pesetas?', default: 'ESP' },
  { re: 'escudos?', default: 'PTE' },
  { re: 'drachmas?|drachmae', default: 'GRD' },
  { re: 'schillings?', default: 'ATS' },
  { re: 'punts?', default: 'IEP' },
  { re: 'ecus?|european\\s+currency\\s+units?', default: 'XEU' },
  { re: 'sdrs?|special\\s+drawing\\s+rights', default: 'XDR' },
  {
    re: 'rupees?',
    byCountry: true,
    default: 'INR',
    adjectives: { 'indian': 'INR', 'pakistani': 'PKR', 'pakistan': 'PKR', 'sri lankan': 'LKR', 'sri lanka': 'LKR', 'nepalese': 'NPR', 'nepali': 'NPR', 'mauritian': 'MUR' },
  },
  { re: 'roubles?|rubles?', default: 'RUB', adjectives: { 'belarusian': 'BYN', 'russian': 'RUB' } },
  { re: 'hryvnias?|hryvnya|hryvnia', default: 'UAH' },
  { re: 'rand', default: 'ZAR' },
  {
    re: 'crowns?|kronor|kroner|kronur|krona|krone|korun[ay]?',
    byCountry: true,
    default: 'SEK',
    adjectives: { 'swedish': 'SEK', 'danish': 'DKK', 'norwegian': 'NOK', 'czech': 'CZK', 'icelandic': 'ISK', 'slovak': 'SKK', 'estonian': 'EEK' },
  },
  { re: 'won', default: 'KRW', adjectives: { 'south korean': 'KRW', 'north korean': 'KPW' }, byCountry: true },
  { re: 'baht', default: 'THB' },
  { re: 'ringgit', default: 'MYR' },
  { re: 'rupiah', default: 'IDR' },
  {
    re: 'pesos?',
    byCountry: true,
    default: 'MXN',
    adjectives: { 'mexican': 'MXN', 'philippine': 'PHP', 'argentine': 'ARS', 'argentinian': 'ARS', 'chilean': 'CLP', 'colombian': 'COP', 'uruguayan': 'UYU', 'cuban': 'CUP', 'dominican': 'DOP' },
  },
  {
    re: 'riyals?|rials?',
    byCountry: true,
    default: 'SAR',
    adjectives: { 'saudi': 'SAR', 'qatari': 'QAR', 'omani': 'OMR', 'iranian': 'IRR', 'yemeni': 'YER' },
  },
  {
    re: 'dinars?',
    byCountry: true,
    default: 'KWD',
    adjectives: { 'kuwaiti': 'KWD', 'iraqi': 'IQD', 'jordanian': 'JOD', 'bahraini': 'BHD', 'algerian': 'DZD', 'tunisian': 'TND', 'libyan': 'LYD', 'serbian': 'RSD', 'yugoslav': 'YUD' },
  },
  { re: 'dirhams?', default: 'AED', adjectives: { 'moroccan': 'MAD', 'uae': 'AED', 'emirati': 'AED' }, byCountry: true },
  { re: 'shekels?|sheqels?', default: 'ILS' },
  { re: 'zlotys?|zloty|zlotych', default: 'PLN' },
  { re: 'forints?', default: 'HUF' },
  { re: 'lei|leu', default: 'RON' },
  { re: 'naira', default: 'NGN' },
  { re: 'cedis?', default: 'GHS' },
  {
    re: 'shillings?',
    byCountry: true,
    default: 'KES',
    adjectives: { 'kenyan': 'KES', 'ugandan': 'UGX', 'tanzanian': 'TZS', 'austrian': 'ATS', 'somali': 'SOS' },
  },
  { re: 'reais|reals?', default: 'BRL' },
  { re: 'cruzados?', default: 'BRC' },
  { re: 'cruzeiros?', default: 'BRB' },
  { re: 'australs?|australes', default: 'ARA' },
  { re: 'bolivars?|bolivares', default: 'VEB' },
  { re: 'soles|sols?|intis?', default: 'PEN' },
  { re: 'kwacha', default: 'ZMW' },
];

const MULTIPLIERS: Record<string, number> = wordTable({
  thousand: 1e3, k: 1e3,
  million: 1e6, millions: 1e6, mln: 1e6, mn: 1e6, m: 1e6, mio: 1e6,
  billion: 1e9, billions: 1e9, bln: 1e9, bn: 1e9, b: 1e9,
  trillion: 1e12, trillions: 1e12, tln: 1e12, trn: 1e12, trln: 1e12, tn: 1e12,
  crore: 1e7, crores: 1e7, cr: 1e7, lakh: 1e5, lakhs: 1e5,
});
const NUMBER_WORDS: Record<string, number> = wordTable({
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, hundred: 100, 'half a': 0.5, 'a half': 0.5, half: 0.5,
  'a quarter of a': 0.25, 'quarter of a': 0.25, 'several': NaN, 'a few': NaN,
});

const QUALIFIERS = [
  'more than', 'less than', 'fewer than', 'up to', 'at least', 'at most', 'as much as', 'as little as', 'close to',
  'just over', 'just under', 'just above', 'just below', 'well over', 'well above', 'well below', 'slightly over', 'slightly above', 'slightly below', 'slightly more than', 'slightly less than', 'in excess of', 'upwards of', 'an estimated', 'approximately',
  'approx.', 'roughly', 'around', 'about', 'nearly', 'almost', 'over', 'under', 'below', 'above', 'some',
  'between', 'estimated',
];

// ---------------------------------------------------------------- regexes

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+`;
const WORD_NUM = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');
const LONG_MULT = 'thousand|millions?|billions?|trillions?|mln|bln|mn|mio|trln|tln|trn|crores?|lakhs?';
const SHORT_MULT = 'bn|mn|mln|bln|tn|trn|m|b|k|cr';

// Where an amount can begin: a currency symbol, a prefixed dollar sign, an ISO code before a
// number, a digit, or a number word followed by a multiplier ("two billion dlrs").
const ANCHOR = new RegExp(
  [
    String.raw`(?:US|U\.S\.|CAN|CA|NZ|HK|NT|MEX|[CASRZJ])\$`,
    String.raw`[$€£¥₹₽₴₩₪₺₦₱฿₫]`,
    String.raw`\b(?:Rs|Rp|S[Ff]r|Dhs?|[KUT]?Shs?|Tk|Php|RM|F?CFA|SR|QR|GH¢)\.?(?=\s?\d)`,
    String.raw`\b(?:${CODE_ALT})(?=\s?\d)`,
    String.raw`\d|\.\d`,
    String.raw`\b(?:${WORD_NUM})\s+(?:${LONG_MULT})\b`,
  ].join('|'),
  'gi',
);

const PREFIX_RE = new RegExp(
  String.raw`(?:(US|U\.S\.|CAN|CA|NZ|HK|NT|MEX|[CASRZJ])\$|([$€£¥₹₽₴₩₪₺₦₱฿₫])|(Rs\.?|Rp\.?|S[Ff]r\.?|Dhs?\.?|[KUT]?[Ss]hs?\.?|Tk\.?|Php|RM|F?CFA|SR|QR|GH¢)|\b(${CODE_ALT}))\s?`,
  'y',
);
const NUM_RE = new RegExp(String.raw`(${NUM})(?![\d])|(${WORD_NUM})(?=\s+(?:${LONG_MULT})\b)`, 'iy');
const MULT_RE = new RegExp(String.raw`(?:\s*|-)(${LONG_MULT})\b|(${SHORT_MULT})\b`, 'iy');
// Short multipliers with a space are only allowed after a currency symbol: "£1 bn".
const SPACED_SHORT_MULT_RE = new RegExp(String.raw`\s(bn|mn|m)\b(?![\s-]*(?:metres|meters|miles|tonnes))`, 'iy');
const RANGE_SEP_RE = /\s*(?:-|–|—|to|and)\s*/iy;

const ADJ_ALT = Array.from(new Set(CURRENCY_WORDS.flatMap((c) => Object.keys(c.adjectives ?? {}))))
  .sort((a, b) => b.length - a.length)
  .map((a) => esc(a).replace(/ /g, '\\s+'))
  .join('|');
const CURRENCY_WORD_RES = CURRENCY_WORDS.map((c, i) => `(?<c${i}>${c.re})`).join('|');
const SUFFIX_RE = new RegExp(
  String.raw`(?:\s*|-)(?:(?<adj>${ADJ_ALT})\s+)?(?:${CURRENCY_WORD_RES})(?![\p{L}\p{N}])|\s*\b(?<code>${CODE_ALT})\b`,
  'iuy',
);
const QUALIFIER_RE = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])(${QUALIFIERS.map((q) => esc(q).replace(/ /g, '\\s+')).join('|')})\s+$`, 'iu');

// ---------------------------------------------------------------- scanning

interface Parsed {
  value: number;
  hasMult: boolean;
  end: number;
  currency?: string;
}

function parseNumberAt(text: string, pos: number, allowSpacedShort: boolean): Parsed | undefined {
  NUM_RE.lastIndex = pos;
  const n = NUM_RE.exec(text);
  if (!n) return undefined;
  let value: number;
  if (n[1] !== undefined) value = parseFloat(n[1].replace(/,/g, ''));
  else value = NUMBER_WORDS[n[2]!.toLowerCase().replace(/\s+/g, ' ')] ?? NaN;
  if (!Number.isFinite(value)) return undefined;
  let end = NUM_RE.lastIndex;
  let hasMult = false;
  MULT_RE.lastIndex = end;
  let m = MULT_RE.exec(text);
  if (!m && allowSpacedShort) {
    SPACED_SHORT_MULT_RE.lastIndex = end;
    m = SPACED_SHORT_MULT_RE.exec(text);
  }
  if (m) {
    const word = (m[1] ?? m[2])!.toLowerCase();
    const mult = MULTIPLIERS[word];
    // "5 m" alone (without a currency) is handled by the caller requiring a currency.
    if (mult) {
      value *= mult;
      hasMult = true;
      end = m.index + m[0].length;
    }
  }
  return { value: clean(value), hasMult, end };
}

function clean(v: number): number {
  return Number(v.toPrecision(12));
}

/** "Rs" is the rupee of the country the text is about, as the word "rupees" is ("Pakistan Rs 50 billion"). */
const RUPEE_WORD = CURRENCY_WORDS.find((w) => w.re === 'rupees?')!;

function parsePrefix(text: string, pos: number, context?: CurrencyContext): { currency: string; end: number } | undefined {
  PREFIX_RE.lastIndex = pos;
  const m = PREFIX_RE.exec(text);
  if (!m) return undefined;
  let currency: string | undefined;
  if (m[1] !== undefined) currency = DOLLAR_PREFIX[m[1].toUpperCase()];
  else if (m[2] !== undefined) currency = SYMBOLS[m[2]];
  // Letter prefixes: "Rs 500 crore", "Rp 1 trillion", "SFr 10m", "Dh50m".
  else if (m[3] !== undefined) {
    const letters = m[3].replace(/\.$/, '').toLowerCase();
    currency = letters === 'rs' ? bareCurrency(RUPEE_WORD, context) : LETTER_PREFIX[letters] ?? 'INR';
  }
  else if (m[4] !== undefined) currency = CODE_ALIASES[m[4]] ?? m[4];
  if (!currency) return undefined;
  return { currency, end: PREFIX_RE.lastIndex };
}

/** The currency a bare `byCountry` word stands for in `context` (see CurrencyContext), else its default. */
function bareCurrency(cw: CurrencyWord, context: CurrencyContext | undefined): string {
  if (!cw.byCountry || !context) return cw.default;
  const choices = new Set([cw.default, ...Object.values(cw.adjectives ?? {})]);
  for (const around of [context.sentence, context.article]) {
    const found = [...around].filter((c) => choices.has(c));
    if (found.length === 1) return found[0]!;
    if (found.length > 1) return cw.default;
  }
  return cw.default;
}

function parseSuffix(text: string, pos: number, context?: CurrencyContext): { currency: string; end: number } | undefined {
  SUFFIX_RE.lastIndex = pos;
  const m = SUFFIX_RE.exec(text);
  if (!m || !m.groups) return undefined;
  if (m.groups.code !== undefined) {
    const code = m.groups.code;
    if (code !== code.toUpperCase()) return undefined; // "try", "php" are words, not codes
    return { currency: CODE_ALIASES[code] ?? code, end: SUFFIX_RE.lastIndex };
  }
  for (let i = 0; i < CURRENCY_WORDS.length; i++) {
    if (m.groups[`c${i}`] === undefined) continue;
    const cw = CURRENCY_WORDS[i]!;
    const adj = m.groups.adj?.toLowerCase().replace(/\s+/g, ' ');
    if (adj === undefined) return { currency: bareCurrency(cw, context), end: SUFFIX_RE.lastIndex };
    const code = cw.adjectives?.[adj];
    if (code) return { currency: code, end: SUFFIX_RE.lastIndex };
    return undefined; // "5 mln Swiss dollars": an adjective that does not fit; not read as money
  }
  return undefined;
}

/** Currency words that are also common English words: money only after a multiplier ("2 billion won"). */
const WEAK_CURRENCY = /^(?:\s*|-)(?:won|marks|rand|lei|leu|sols?|soles|intis?|reals?|crowns?|punts?|ecus?)$/i;

/**
 * Every money amount in `text` (or inside `within`), in text order. Values are in full units
 * ("1.5 billion" → 1500000000); `valueMax` is set for ranges; `qualifier` is the lower-cased
 * hedge printed before the amount ("over", "about", "up to", "between", ...).
 */
export function findMoney(fullText: string, within?: Range, context?: CurrencyContext): MoneyMatch[] {
  const from = within?.start ?? 0;
  const to = within?.end ?? fullText.length;
  // Searched text ends a little past `within`: the anchor regex would otherwise scan on to the
  // next match anywhere in the article for every sentence without one (quadratic on long texts).
  // The margin covers an amount's tail ("... 5 billion euros") read past the range's end.
  const text = to + 256 < fullText.length ? fullText.slice(0, to + 256) : fullText;
  const out: MoneyMatch[] = [];
  ANCHOR.lastIndex = from;
  for (let a = ANCHOR.exec(text); a !== null && a.index < to; a = ANCHOR.exec(text)) {
    const start = a.index;
    const c = text[start]!;
    const prev = start > 0 ? text[start - 1]! : ' ';
    const isDigit = c >= '0' && c <= '9';
    // Inside a word or another number: "A320", "F-16", "3/4", "1.5" continued.
    if (isDigit || c === '.') {
      const prev2 = start > 1 ? text[start - 2]! : ' ';
      if (/[\p{L}\p{N}_]/u.test(prev) || (/[.,/:]/.test(prev) && /\d/.test(prev2)) || (prev === '-' && /[\p{L}\p{N}]/u.test(prev2))) {
        skipNumber(text, start);
        continue;
      }
    } else if (/[\p{L}\p{N}_]/u.test(prev) && /[A-Za-z]/.test(c)) {
      continue;
    }
    const m = parseAt(text, start, to, context);
    if (!m) {
      if (isDigit) skipNumber(text, start);
      continue;
    }
    out.push(m);
    ANCHOR.lastIndex = m.range.end;
  }
  // Drop converted amounts in brackets right after another one: "€100m ($108m)", and every
  // conversion listed in the same brackets: "154m naira ($1.1m; £591,000)".
  const kept: MoneyMatch[] = [];
  let inConversion = false;
  out.forEach((m, i) => {
    const p = i > 0 ? out[i - 1] : undefined;
    const gap = p ? text.slice(p.range.end, m.range.start) : '';
    if (p && /^\s*[([]\s*(?:or\s+|c\.\s*)?$/i.test(gap)) inConversion = true;
    else if (!(inConversion && /^\s*[;,/]\s*(?:or\s+)?$/.test(gap))) inConversion = false;
    if (!inConversion) kept.push(m);
  });
  return kept;
}

function skipNumber(text: string, start: number): void {
  let i = start;
  while (i < text.length && /[\d.,]/.test(text[i]!)) i++;
  ANCHOR.lastIndex = Math.max(i, start + 1);
}

function parseAt(text: string, start: number, limit: number, context?: CurrencyContext): MoneyMatch | undefined {
  let pos = start;
  const prefix = parsePrefix(text, pos, context);
  if (prefix) pos = prefix.end;
  const first = parseNumberAt(text, pos, !!prefix);
  if (!first) return undefined;
  pos = first.end;
  let currency = prefix?.currency;

  // A hedge printed before the amount: "over", "up to", "between".
  const before = text.slice(Math.max(0, start - 40), start);
  const q = QUALIFIER_RE.exec(before);
  let qualifier = q ? q[1]!.toLowerCase().replace(/\s+/g, ' ') : undefined;
  let rangeStart = q ? start - before.length + before.lastIndexOf(q[1]!) : start;

  // Range: "5-10 mln", "between 5 and 10 million", "$5 million to $10 million", "5 to 10 million".
  let second: Parsed | undefined;
  RANGE_SEP_RE.lastIndex = pos;
  const sep = RANGE_SEP_RE.exec(text);
  if (sep) {
    const word = sep[0].trim().toLowerCase();
    let p2 = RANGE_SEP_RE.lastIndex;
    const prefix2 = parsePrefix(text, p2, context);
    if (prefix2 && (!currency || prefix2.currency === currency)) p2 = prefix2.end;
    const cand = /[\d.]/.test(text[p2] ?? '') ? parseNumberAt(text, p2, !!prefix2 || !!prefix) : undefined;
    if (cand && (word !== 'and' || qualifier === 'between')) {
      const dash = word === '-' || word === '–' || word === '—';
      // "to" joins a range only when the second number is clearly an amount too: "$5 million to
      // $10 million", "5 to 10 million dollars"; not "$5 million to 10 charities".
      const plausible = dash || word === 'and' || cand.hasMult || !!prefix2 || (!first.hasMult && !!parseSuffix(text, cand.end));
      if (plausible && !(first.hasMult && !cand.hasMult)) second = cand;
    }
  }

  let value = first.value;
  let valueMax: number | undefined;
  if (second) {
    let low = value;
    // "5-10 mln": the multiplier printed once applies to both.
    if (!first.hasMult && second.hasMult) {
      const mult = multiplierOf(text, second);
      if (mult > 1 && low * mult <= second.value) low = clean(low * mult);
    }
    if (low < second.value) {
      value = low;
      valueMax = second.value;
      pos = second.end;
      qualifier = 'between';
    } else second = undefined;
  }

  const suffix = parseSuffix(text, pos, context);
  if (suffix) {
    const word = text.slice(pos, suffix.end);
    const weak = WEAK_CURRENCY.test(word) && !(second ?? first).hasMult;
    if (!currency && !weak) {
      currency = suffix.currency;
      pos = suffix.end;
    } else if (currency && (suffix.currency === currency || (text[prefix!.end - 1] === '$' && /dollar|dlr/i.test(word)))) {
      pos = suffix.end; // "$5 million dollars": the word repeats the symbol
    }
  }
  if (!currency || pos > limit) return undefined;
  if (qualifier === 'between' && !second) {
    qualifier = undefined; // "between" that does not open a range here
    rangeStart = start;
  }
  const result: MoneyMatch = { value, currency, text: text.slice(rangeStart, pos), range: { start: rangeStart, end: pos } };
  if (valueMax !== undefined) result.valueMax = valueMax;
  if (qualifier) result.qualifier = qualifier === 'an estimated' || qualifier === 'estimated' ? 'about' : qualifier;
  return result;
}

function multiplierOf(text: string, p: Parsed): number {
  const tail = text.slice(Math.max(0, p.end - 12), p.end);
  const m = /(thousand|millions?|billions?|trillions?|mln|bln|mn|mio|trln|tln|trn|crores?|lakhs?|bn|tn|m|b|k|cr)$/i.exec(tail);
  return m ? MULTIPLIERS[m[1]!.toLowerCase()] ?? 1 : 1;
}
