// Word-keyed tables answer only for their own words: "constructor" or "toString" in a text is no table entry.
import { describe, expect, it } from 'vitest';
import { addressGender } from '../src/extract/lexicon/address.js';
import { wordTable } from '../src/extract/lexicon/word-table.js';

describe('word tables have no prototype behind them', () => {
  it.each([
    ['Mrs', 'f'],
    ['MR.', 'm'],
    ['constructor', undefined],
    ['toString', undefined],
    ['__proto__', undefined],
  ])('addressGender(%j) is %j', (word, gender) => expect(addressGender(word)).toBe(gender));

  it('a table keeps its entries and lists them', () => {
    const t = wordTable({ he: 'm', she: 'f' });
    expect(Object.keys(t)).toEqual(['he', 'she']);
    expect(Object.hasOwn(t, 'he')).toBe(true);
    expect(t['hasOwnProperty' as 'he']).toBeUndefined();
  });
});
