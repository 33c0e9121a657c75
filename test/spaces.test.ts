// collapseSpaces is `replace(/\s+/g, ' ')` with a fast path: table rows against the regular expression itself.
import { describe, expect, it } from 'vitest';
import { collapseSpaces } from '../src/text/spaces.js';

describe('collapseSpaces', () => {
  it.each([
    ['Emmanuel Macron', 'Emmanuel Macron'],
    ['Emmanuel  Macron', 'Emmanuel Macron'],
    ['Emmanuel\nMacron', 'Emmanuel Macron'],
    ['Emmanuel\u00a0Macron', 'Emmanuel Macron'],
    ['Emmanuel \u202f Macron', 'Emmanuel Macron'],
    ['Macron ', 'Macron '],
    ['\tMacron', ' Macron'],
    ['', ''],
  ])('%j → %j', (input, expected) => expect(collapseSpaces(input)).toBe(expected));

  it('agrees with the regular expression for every UTF-16 code unit, alone and after a space', () => {
    for (let c = 0; c < 0x10000; c++) {
      for (const s of [`a${String.fromCharCode(c)}b`, `a ${String.fromCharCode(c)}b`]) expect(collapseSpaces(s)).toBe(s.replace(/\s+/g, ' '));
    }
  });
});
