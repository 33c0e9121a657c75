// Text written out from tokens (CoNLL-, RAMS- or PTB-style datasets) is read as the prose it was
// cut from, with every span still pointing into the text as given. One line per case.
import { describe, expect, it } from 'vitest';
import { looksTokenized, originalRange, tokenizedView } from '../src/text/detokenize.js';
import { extractArticle } from '../src/extract/index.js';
import { codePointSlice } from '../src/text/offsets.js';
import type { Extraction } from '../src/types.js';

const VIEWS: [name: string, tokenized: string, view: string][] = [
  ['clitics and marks', "Japan 's $ 10 million grant to Nepal , he said .", "Japan's $10 million grant to Nepal, he said."],
  ['negations', "They did n't pay , and we ca n't wait .", "They didn't pay, and we can't wait."],
  ['straight quotes alternate', '" We are proud , " Aso said . " Very proud . "', '"We are proud," Aso said. "Very proud."'],
  ['PTB quotes become curly', "`` We are proud , '' Aso said .", '“We are proud,” Aso said.'],
  ['a quotation reopened without being closed', 'He said : " It is over . " We go on . "', 'He said: "It is over. "We go on."'],
  ['a plural possessive', "The ministers ' comments , he said , were weak .", "The ministers' comments, he said, were weak."],
  ['brackets and a currency', 'an extra £ 4bn ( $ 7.4bn ) over 10 years , he said .', 'an extra £4bn ($7.4bn) over 10 years, he said.'],
  ['lines and abbreviations kept', 'The U.S. Treasury , he said ,\nwill pay 5 % .', 'The U.S. Treasury, he said,\nwill pay 5%.'],
  ['a sentence end after an abbreviation-like word stays apart', 'He works for Norvik Corp .\nIt is in Tampa , Fla .', 'He works for Norvik Corp .\nIt is in Tampa, Fla .'],
  ['one sentence, one spaced mark', 'China donated 500 tonnes of rice to Kenya .', 'China donated 500 tonnes of rice to Kenya.'],
];

describe('the detokenized view', () => {
  it.each(VIEWS)('%s', (_name, tokenized, expected) => {
    const view = tokenizedView(tokenized);
    expect(view?.text).toBe(expected);
    // Every character of the view comes from the character of the text it maps to (quotes aside).
    for (let i = 0; i < view!.text.length; i++) {
      const from = tokenized[view!.toOriginal[i]!]!;
      if (!/[“”]/.test(view!.text[i]!)) expect(from).toBe(view!.text[i]);
    }
  });
});

const PROSE: [name: string, text: string][] = [
  ['ordinary sentence', 'Japan gave $10 million to Nepal, he said.'],
  ['a spaced dash is prose', 'WASHINGTON, March 20 - The bank said it would lend more.'],
  ['one stray spaced mark among attached ones', 'He came , she said. They left, and we stayed. It rained, then it stopped.'],
  ['no marks at all', 'Breaking news'],
];

describe('prose is read as it is', () => {
  it.each(PROSE)('%s', (_name, text) => {
    expect(looksTokenized(text)).toBe(false);
    expect(tokenizedView(text)).toBeUndefined();
  });
});

describe('view ranges map back to the text', () => {
  it('a word, a glued clitic and an empty range', () => {
    const text = "Japan 's grant , he said .";
    const view = tokenizedView(text)!;
    const at = (word: string) => view.text.indexOf(word);
    const range = (word: string) => originalRange(view, at(word), at(word) + word.length);
    expect(text.slice(range('grant').start, range('grant').end)).toBe('grant');
    expect(text.slice(range("Japan's").start, range("Japan's").end)).toBe("Japan 's");
    expect(originalRange(view, 3, 3)).toEqual({ start: 3, end: 3 });
  });
});

// The same facts from a sentence and from its tokenized copy; every span's anchor is the text's own.
const facts = (x: Extraction) => ({
  entities: x.entities.map((e) => `${e.key}=${e.label}`).sort(),
  quotes: x.quotes.map((q) => q.speaker ?? q.speakerLabel ?? ''),
  pledges: x.pledges.map((p) => `${p.giver}>${p.recipient ?? ''}:${p.amount?.value ?? p.quantity ?? p.item ?? ''}`),
  roles: x.roles.map((r) => `${r.person}:${r.title}:${r.of ?? ''}`),
});

const SAME_FACTS: [prose: string, tokenized: string][] = [
  ["Japan's government has pledged $10 million to Nepal, Foreign Minister Taro Aso said on Monday.", "Japan 's government has pledged $ 10 million to Nepal , Foreign Minister Taro Aso said on Monday ."],
  ['"We are proud to help," Aso told reporters. "It is our duty."', '" We are proud to help , " Aso told reporters . " It is our duty . "'],
  ["The World Bank didn't approve the loan, its president, Ann Weller, said.", "The World Bank did n't approve the loan , its president , Ann Weller , said ."],
  ['China donated 500 tonnes of rice to Kenya, the embassy said.', 'China donated 500 tonnes of rice to Kenya , the embassy said .'],
  // a possessive inside an office or a name, a comma inside a firm's name, scare quotes inside an item
  ["The European Union's monetary affairs commissioner, Ann Weller, said action was necessary.", "The European Union 's monetary affairs commissioner , Ann Weller , said action was necessary ."],
  ["Lina Berg, president of People's Mutual Bank of Norway, said profits rose.", "Lina Berg , president of People 's Mutual Bank of Norway , said profits rose ."],
  ['Max Ode, an analyst at Birr, Wilson and Co., said prices would fall.', 'Max Ode , an analyst at Birr , Wilson and Co. , said prices would fall .'],
  ['Actor Tom Lind pledged a "generous" aid contribution to Unicef.', 'Actor Tom Lind pledged a " generous " aid contribution to Unicef .'],
  ['Ann Weller gave a £2.5m gift to the Labour Party in 2003.', 'Ann Weller gave a £ 2.5m gift to the Labour Party in 2003 .'],
];

describe('a tokenized copy gives the facts of its sentence', () => {
  it.each(SAME_FACTS)('%s', (prose, tokenized) => {
    const read = (text: string) => extractArticle({ id: 't', text, format: 'txt', source: { path: 't.txt' } });
    const fromProse = read(prose);
    const fromTokens = read(tokenized);
    expect(facts(fromTokens)).toEqual(facts(fromProse));
    expect(facts(fromTokens).entities.length).toBeGreaterThan(0);
    for (const m of fromTokens.mentions) expect(codePointSlice(tokenized, m.span)).toBe(m.anchor);
    for (const q of fromTokens.quotes) expect(q.segments.map((s) => codePointSlice(tokenized, s)).join(' ')).toBe(q.text);
    for (const s of [...fromTokens.sentences, ...fromTokens.pledges.map((p) => p.evidence), ...fromTokens.roles.map((r) => r.evidence)])
      expect(codePointSlice(tokenized, s).trim().length).toBeGreaterThan(0);
  });
});
