import { describe, expect, it } from 'vitest';
import { findMoney, isCurrencyLetterPrefix } from '../src/extract/money.js';

type Case = [input: string, value: number, currency: string, qualifier?: string, valueMax?: number];

// One line per case: the first amount found in `input`.
const CASES: Case[] = [
  ['his country decided to provide over 100 million euros for that purpose', 100e6, 'EUR', 'over'],
  ['UK pledges £1bn to vaccine effort', 1e9, 'GBP'],
  ['a $2.5 billion deal', 2.5e9, 'USD'],
  ['The company said it would pay 5 mln dlrs', 5e6, 'USD'],
  ['a loan of 1.5 billion Canadian dlrs', 1.5e9, 'CAD'],
  ['raised 300 mln Australian dlrs', 300e6, 'AUD'],
  ['a 50 mln Hong Kong dlr loan', 50e6, 'HKD'],
  ['the US$3m contract', 3e6, 'USD'],
  ['a €40m grant', 40e6, 'EUR'],
  ['¥3 trillion in stimulus', 3e12, 'JPY'],
  ['3 billion yen in aid', 3e9, 'JPY'],
  ['Rs 500 crore for the project', 5e9, 'INR'],
  ['Rp 1 trillion for reconstruction', 1e12, 'IDR'],
  ['a SFr 10m donation', 10e6, 'CHF'],
  ['gave Dh50m to the appeal', 50e6, 'AED'],
  ['a Php1.5 billion grant for typhoon victims', 1.5e9, 'PHP'],
  ['pledged RM10 million to the relief fund', 10e6, 'MYR'],
  ['a loan of FCFA 10 billion', 10e9, 'XOF'],
  ['donated GH¢2 million to the hospital', 2e6, 'GHS'],
  ['UGX 2 billion in grants', 2e9, 'UGX'],
  ['between 5 and 10 million dollars', 5e6, 'USD', 'between', 10e6],
  ['5-10 mln dlrs', 5e6, 'USD', 'between', 10e6],
  ['to between 75 and\n80 billion yen', 75e9, 'JPY', 'between', 80e9],
  ['$5 million to $10 million', 5e6, 'USD', 'between', 10e6],
  ['about $5m', 5e6, 'USD', 'about'],
  ['nearly £3bn', 3e9, 'GBP', 'nearly'],
  ['almost 4 mln stg', 4e6, 'GBP', 'almost'],
  ['more than 5 billion euros', 5e9, 'EUR', 'more than'],
  ['up to 240 mln dlrs in loans', 240e6, 'USD', 'up to'],
  ['at least $1m', 1e6, 'USD', 'at least'],
  ['some 1.5 billion dlrs', 1.5e9, 'USD', 'some'],
  ['roughly €2m', 2e6, 'EUR', 'roughly'],
  ['around $3bn', 3e9, 'USD', 'around'],
  ['1,234,567 dollars', 1234567, 'USD'],
  ['the dollar was up slightly at just above $1.29 to the euro', 1.29, 'USD', 'just above'],
  ['100 million euros ($108 million)', 100e6, 'EUR'],
  ['£960m ($1.8bn) over 15 years', 960e6, 'GBP'],
  ['an extra £0.53bn ($1bn ) into Gavi', 0.53e9, 'GBP'],
  ['they can lend us two billion dlrs if we want', 2e9, 'USD'],
  ['a 300\nmln dlr loan', 300e6, 'USD'],
  ['about\n440 mln francs', 440e6, 'FRF', 'about'],
  ['50 mln Swiss francs', 50e6, 'CHF'],
  ['a 2 billion euro package', 2e9, 'EUR'],
  ['USD 5 million', 5e6, 'USD'],
  ['EUR 40m', 40e6, 'EUR'],
  ['5 million USD', 5e6, 'USD'],
  ['a million dollars', 1e6, 'USD'],
  ['$50k', 50e3, 'USD'],
  ['2 billion won', 2e9, 'KRW'],
  ['5 mln U.S. dlrs', 5e6, 'USD'],
  ['a 300-mln-dlr loan', 300e6, 'USD'],
  ['1.2 trln yen', 1.2e12, 'JPY'],
  ['500 mln roubles', 500e6, 'RUB'],
  ['2 billion hryvnias', 2e9, 'UAH'],
  ['10 billion yuan', 10e9, 'CNY'],
  ['A$10m for reconstruction', 10e6, 'AUD'],
  ['C$2 billion', 2e9, 'CAD'],
  ['1.67 billion francs', 1.67e9, 'FRF'],
  ['an estimated $4bn', 4e9, 'USD', 'about'],
  ['more than 1.6 billion European Currency Units (Ecu)', 1.6e9, 'XEU', 'more than'],
];

// Text with no money: numbers without a currency, models, units, percentages.
const NONE: string[] = [
  '40 additional long-range Scalp cruise missiles',
  'F-16 jets and A320 planes',
  'the 100m sprint',
  'rose 10 pct',
  'the 1986-87 budget',
  'he won 3 games',
  'between 5 and 10 people',
  'in 2024',
];

// A bare currency word of many countries takes the currency of the country around it: one row per
// case, the input, the currencies of the countries the sentence and the article name, the currency.
const AROUND: [input: string, sentence: string[], article: string[], currency: string][] = [
  ['earmarked 5 billion pesos for schools', ['COP'], [], 'COP'],
  ['earmarked 5 billion pesos for schools', [], ['ARS'], 'ARS'],
  ['earmarked 5 billion pesos for schools', ['COP'], ['ARS'], 'COP'],
  ['earmarked 5 billion pesos for schools', [], ['COP', 'ARS'], 'MXN'],
  ['earmarked 5 billion pesos for schools', ['COP', 'CLP'], [], 'MXN'],
  ['earmarked 5 billion pesos for schools', ['EUR'], ['USD'], 'MXN'],
  ['a grant of 20 mln francs', ['CHF'], [], 'CHF'],
  ['a grant of 20 mln francs', ['EUR'], [], 'FRF'],
  ['lent 3 billion rupees', [], ['PKR'], 'PKR'],
  ['lent Rs 3 billion', ['NPR'], [], 'NPR'],
  ['lent Rs. 3 billion', [], ['PKR'], 'PKR'],
  ['gave 100 mln crowns', ['NOK'], [], 'NOK'],
  ['5 billion won in aid', [], ['KPW'], 'KPW'],
  ['gave 10 million Chilean pesos', ['COP'], [], 'CLP'],
  ['pledged 5 mln dlrs', ['AUD'], ['AUD'], 'USD'],
  ['pledged 5 million pounds', ['EGP'], [], 'GBP'],
];

describe('findMoney', () => {
  it.each(AROUND)('%j with the currencies %j around (article %j) is in %s', (input, sentence, article, currency) => {
    expect(findMoney(input, undefined, { sentence: new Set(sentence), article: new Set(article) })[0]?.currency).toBe(currency);
  });

  it.each(CASES)('%j', (input, value, currency, qualifier, valueMax) => {
    const [m] = findMoney(input);
    expect(m).toBeDefined();
    expect(m!.value).toBeCloseTo(value, 6);
    expect(m!.currency).toBe(currency);
    expect(m!.qualifier).toBe(qualifier);
    expect(m!.valueMax).toBe(valueMax);
    expect(input.slice(m!.range.start, m!.range.end)).toBe(m!.text);
  });

  it.each(NONE)('no money in %j', (input) => {
    expect(findMoney(input)).toEqual([]);
  });

  it('keeps the first of an amount and its conversion in brackets', () => {
    const ms = findMoney('Britain gave £960m ($1.8bn) and Norway $1bn.');
    expect(ms.map((m) => m.text)).toEqual(['£960m', '$1bn']);
  });

  it('drops every conversion listed in the same brackets', () => {
    const ms = findMoney('The state will pump 154m naira ($1.1m; £591,000) into farms, and 2m naira ($14,000, £7,500) into seeds.');
    expect(ms.map((m) => m.text)).toEqual(['154m naira', '2m naira']);
  });

  it('finds every amount in order, with ranges into the original text', () => {
    const text = 'It paid 5 mln dlrs, then 3 billion yen, then €2m.';
    const ms = findMoney(text);
    expect(ms.map((m) => [m.value, m.currency])).toEqual([[5e6, 'USD'], [3e9, 'JPY'], [2e6, 'EUR']]);
    for (const m of ms) expect(text.slice(m.range.start, m.range.end)).toBe(m.text);
  });

  it('searches only inside `within`', () => {
    const text = '$1m here. £2m there.';
    const ms = findMoney(text, { start: 10, end: text.length });
    expect(ms.map((m) => m.currency)).toEqual(['GBP']);
  });
});

// One line per word: whether it is a currency's letters printed before the digits (the last token of a name is
// asked: "Sh" in "Kenya Sh5 billion" is no part of the name).
const LETTER_PREFIXES: [word: string, prefix: boolean][] = [
  ['Sh', true],
  ['KShs', true],
  ['KShs.', true],
  ['Rs.', true],
  ['GH¢', true],
  ['RM', true],
  ['Shares', false],
  ['Rome', false],
  ['KShss', false],
];

describe('isCurrencyLetterPrefix', () => {
  it.each(LETTER_PREFIXES)('%s → %s', (word, prefix) => {
    expect(isCurrencyLetterPrefix(word)).toBe(prefix);
  });
});
