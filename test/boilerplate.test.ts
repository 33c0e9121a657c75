// What findBoilerplate sets apart from content, and that nothing set apart becomes a fact.
import { describe, expect, it } from 'vitest';
import { findBoilerplate } from '../src/extract/boilerplate.js';
import { extractArticle } from '../src/extract/index.js';
import { tokenizeDocument } from '../src/text/tokenize.js';

const BODY = 'Council leader Ada Brennock said on Monday that the Harwell Trust would give £2m to the school.';

// One line per case: text → the text of its 'references' range (undefined: none).
const REFERENCES: [name: string, text: string, references: string | undefined][] = [
  ['a Wikinews source list', `Title line\n\n${BODY}\n\nSources\n\n  "Trust gives school £2m" — Colby Herald, May 2`, 'Sources\n\n  "Trust gives school £2m" — Colby Herald, May 2'],
  ['a heading with a colon, the list under it', `Title line\n\n${BODY}\nReferences:\n1. Jon Tarrow. "The trust" — Daily Clarion`, 'References:\n1. Jon Tarrow. "The trust" — Daily Clarion'],
  ['a news site\'s related stories', `${BODY}\n\nRelated stories\n\nSchool gets £2m`, 'Related stories\n\nSchool gets £2m'],
  ['the word inside a sentence', `Title line\n\n${BODY} Sources said the deal was close.`, undefined],
  ['a heading that opens the text', `Sources\n\n${BODY}`, undefined],
  ['a longer line that starts with the word', `Title line\n\n${BODY}\n\nSources close to the trust confirmed it.`, undefined],
];

describe('the list of sources a web article ends with', () => {
  it.each(REFERENCES)('%s', (_name, text, references) => {
    const found = findBoilerplate(text, tokenizeDocument(text)).ranges.filter((r) => r.kind === 'references');
    expect(found.map((r) => text.slice(r.range.start, r.range.end))).toEqual(references === undefined ? [] : [references]);
  });

  it('gives no entity, quote or pledge from the list', () => {
    const text = `Trust gives school £2m\n\n${BODY}\n\nSources\n\n  Jon Tarrow. "Ada Brennock says the Orvell Fund will give £5m" — Daily Clarion, May 2`;
    const x = extractArticle({ id: 'w', text, format: 'txt', source: { path: 'w.txt' } });
    expect(x.entities.map((e) => e.label)).toContain('Ada Brennock');
    expect(x.entities.map((e) => e.label)).not.toContain('Jon Tarrow');
    expect(x.entities.map((e) => e.label)).not.toContain('Daily Clarion');
    expect(x.quotes.map((q) => q.text)).not.toContainEqual(expect.stringContaining('Orvell'));
    expect(x.pledges.map((p) => p.amount?.value)).not.toContain(5e6);
    expect(x.boilerplate.map((b) => b.kind)).toContain('references');
  });
});
