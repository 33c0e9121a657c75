// Resolution across articles: one row per case, articles → where a surname-only mention points.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/index.js';
import { linkAcrossArticles } from '../src/extract/corpus.js';

const extract = (texts: string[]) => texts.map((text, i) => extractArticle({ id: `a${i}`, text, format: 'txt', source: { path: `a${i}.txt` } }));

const CASES: [string, string[], string, string][] = [
  ['a surname joins the full name another article gives', ['Macron said the war must end.', 'French President Emmanuel Macron spoke in Paris.'], 'Macron', 'person/emmanuel-macron'],
  ['an ambiguous surname stays apart', ['Later, Mr Brown said the plan would work.', 'Gordon Brown spoke.', 'James Brown sang.'], 'Brown', 'person/brown'],
  ['no full name anywhere: the surname is its own node', ['Putin said nothing.', 'Scholz spoke.'], 'Putin', 'person/putin'],
];

describe('linkAcrossArticles', () => {
  it.each(CASES)('%s', (_name, texts, anchor, entity) => {
    const linked = linkAcrossArticles(extract(texts));
    const m = linked[0]!.mentions.find((x) => x.anchor === anchor);
    expect(m?.entity).toBe(entity);
    expect(linked[0]!.entities.map((e) => e.key)).toContain(entity);
  });

  it('the linked entity carries the full label and keeps the surname as an alias', () => {
    const [first] = linkAcrossArticles(extract(['Macron said the war must end.', 'Emmanuel Macron spoke.']));
    const e = first!.entities.find((x) => x.key === 'person/emmanuel-macron')!;
    expect(e.label).toBe('Emmanuel Macron');
    expect(e.aliases).toContain('Macron');
  });
});
