// findRoles over a hand-made entity index (the recognizer left out): what roles.ts does with the mentions it is given
// and the ones it adds itself. One line per case: an invented text, its mentions as [surface, type, key] (every
// occurrence of the surface is a mention), and the nominal mentions (a title standing for a person the article named)
// that must be in the index afterwards, as [surface, person].
import { describe, expect, it } from 'vitest';
import { tokenizeDocument } from '../src/text/tokenize.js';
import { findRoles } from '../src/extract/roles.js';
import type { EntityIndex, ResolvedMention } from '../src/extract/entities.js';
import type { EntityType } from '../src/types.js';

type Given = [surface: string, type: EntityType, key: string];

function indexOf(text: string, given: Given[]): { doc: ReturnType<typeof tokenizeDocument>; index: EntityIndex } {
  const doc = tokenizeDocument(text);
  const index: EntityIndex = { entities: new Map(), mentions: [] };
  for (const [surface, type, key] of given) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      const firstToken = doc.tokens.findIndex((t) => t.start === at);
      const endToken = doc.tokens.findIndex((t) => t.end === at + surface.length) + 1;
      if (firstToken < 0 || endToken <= 0) continue;
      index.mentions.push({ start: at, end: at + surface.length, firstToken, endToken, entity: key, type, kind: 'name' } as ResolvedMention);
      if (!index.entities.has(key)) index.entities.set(key, { key, type, label: surface, aliases: new Set() });
    }
  }
  index.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { doc, index };
}

const NOMINALS: [construction: string, text: string, given: Given[], expected: [surface: string, person: string][]][] = [
  // The title words of a nominal are read after findRoles has added its own mentions (here the demonym "Dutch",
  // which owns the minister's office) and re-sorted the index: "Director General" read as a name is still a title.
  ['a title read as a name, after a mention roles.ts added', "Dutch Finance Minister Jan Smit spoke. Harold Finch is director general of Greystone Bank. The loan was approved by Greystone Bank's Director General on Monday.",
    [['Jan Smit', 'Person', 'person/jan-smit'], ['Harold Finch', 'Person', 'person/harold-finch'], ['Greystone Bank', 'Organization', 'organization/greystone-bank'], ['Director General', 'Person', 'person/director-general']],
    [["Greystone Bank's Director General", 'person/harold-finch']]],
  ['the same with no mention added', "Finance Minister Jan Smit spoke. Harold Finch is director general of Greystone Bank. The loan was approved by Greystone Bank's Director General on Monday.",
    [['Jan Smit', 'Person', 'person/jan-smit'], ['Harold Finch', 'Person', 'person/harold-finch'], ['Greystone Bank', 'Organization', 'organization/greystone-bank'], ['Director General', 'Person', 'person/director-general']],
    [["Greystone Bank's Director General", 'person/harold-finch']]],
];

describe('roles over a given index: nominal mentions', () => {
  it.each(NOMINALS)('%s', (_construction, text, given, expected) => {
    const { doc, index } = indexOf(text, given);
    findRoles(text, doc, index);
    const nominals = index.mentions.filter((m) => m.kind === 'nominal').map((m) => [text.slice(m.start, m.end), m.entity]);
    expect(nominals).toEqual(expected);
  });
});
