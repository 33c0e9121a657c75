// Named-entity recognition for English news: PER, LOC, ORG and MISC names, found by an averaged
// perceptron trained on CoNLL-2003 (see scripts/train-ner.ts and data/models/README.md).

import { readFileSync } from 'node:fs';
import type { Tokenized } from '../../text/tokenize.js';
import { abbreviationLike, tokenize } from '../../text/tokenize.js';
import { ENTITY_TYPES, prepareDoc, tagPrefix, tagType } from './features.js';
import { NerModel } from './perceptron.js';
import { compileModel, decodeModel, type CompiledModel, type ModelFile } from './model-file.js';
import { KNOWN_ORGANIZATIONS } from './lexicon.js';

export type NerType = 'PER' | 'LOC' | 'ORG' | 'MISC';
export interface NameMention {
  start: number;
  end: number;
  type: NerType;
  /** text.slice(start,end) */
  text: string;
}

const MODEL_URL = new URL('../../../data/models/ner-conll2003.bin', import.meta.url);

let model: NerModel | undefined;

/** Words of a gazetteer phrase, split the way the shared tokenizer splits text. */
function tokenizeWords(s: string): string[] {
  return tokenize(s).map((t) => t.text);
}

/** A tagger from a model file's content, or from a model just trained (its readable form). */
export function modelFromFile(file: CompiledModel | ModelFile): NerModel {
  return new NerModel('format' in file ? compileModel(file, tokenizeWords) : file);
}

/** Reads a model file (data/models/README.md: the binary format of model-file.ts). */
export function readModelFile(url: URL | string = MODEL_URL): CompiledModel {
  return decodeModel(readFileSync(url));
}

function getModel(): NerModel {
  model ??= modelFromFile(readModelFile());
  return model;
}

/**
 * Makes the pipeline use another model (evaluation scripts: a model trained without the documents
 * it is scored on); undefined goes back to the shipped one.
 */
export function useNameModel(m: NerModel | undefined): void {
  model = m;
}

/** A token that is only a punctuation mark or a split-off clitic: never the first or last word of a name. */
const EDGE_MARK = /^(?:["“”'‘’«»,.;:!?]|['’]s)$/;

/** The period of a short capitalised word it is written against ("Fla.", "Cal.", "S. F."): part of the name. */
function abbreviationPeriod(tokens: Tokenized['tokens'], k: number, first: number): boolean {
  const before = tokens[k - 1];
  return tokens[k]!.text === '.' && k > first && before !== undefined && before.end === tokens[k]!.start && abbreviationLike(before.text);
}

/** Recognizes names in a whole document (tokens/sentences from tokenizeDocument). Pure; loads the model once, lazily and synchronously. */
export function recognizeNames(text: string, doc: Tokenized): NameMention[] {
  return recognizeWith(getModel(), text, doc);
}

/** The same with a given model (training and evaluation scripts). */
export function recognizeWith(m: NerModel, text: string, doc: Tokenized): NameMention[] {
  if (doc.tokens.length === 0) return [];
  const info = prepareDoc(text, doc, m.gaz);
  const tags = m.tagDoc(info);
  const out: NameMention[] = [];
  let open = -1;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const p = tagPrefix(tag);
    if (p === 'B') open = i;
    else if (p === 'U' || (p === 'L' && open >= 0)) {
      const first = p === 'U' ? i : open;
      const type = ENTITY_TYPES[tagType(tag)]!;
      // A name never holds "or" ("the Hansard Society or Electoral Commission" is two bodies) nor half
      // of a bracket pair ("(Jon Dahl) Tomasson"); a whole pair may qualify it ("Mladost (L)").
      // (A loop over the tokens, not an array of their texts built per name.)
      let openAt = -1;
      let closeAt = -1;
      for (let k = first; k <= i; k++) {
        const w = doc.tokens[k]!.text;
        if (w === '(') {
          if (openAt < 0) openAt = k;
        } else if (w === ')' && closeAt < 0) closeAt = k;
      }
      const paired = openAt >= 0 && closeAt >= 0 && openAt < closeAt;
      let from = first;
      for (let k = first; k <= i + 1; k++) {
        if (k <= i && !(doc.tokens[k]!.text === 'or' || (!paired && (doc.tokens[k]!.text === '(' || doc.tokens[k]!.text === ')')))) continue;
        // Nor does it begin or end with a mark or a clitic standing alone ("Michelle ." "): the tagger's slip.
        let a = from;
        let b = k - 1;
        while (a <= b && EDGE_MARK.test(doc.tokens[a]!.text)) a++;
        while (b >= a && EDGE_MARK.test(doc.tokens[b]!.text) && !abbreviationPeriod(doc.tokens, b, a)) b--;
        if (b >= a) {
          const start = doc.tokens[a]!.start;
          const end = doc.tokens[b]!.end;
          out.push({ start, end, type, text: text.slice(start, end) });
        }
        from = k + 1;
      }
      open = -1;
    } else if (p === 'O') open = -1;
  }
  return oneTypePerName(out).map(knownOrganization);
}

/**
 * A name the hand-written list of well-known bodies holds is an organization even where the tagger
 * read it as MISC ("The Guardian reported ..." opens like a title of a work); the entity layer drops
 * MISC, so without this the body would be lost. Other types stay: "Washington" may be a place.
 */
function knownOrganization(m: NameMention): NameMention {
  return m.type === 'MISC' && KNOWN_ORGANIZATIONS.has(m.text.replace(/^The /, '')) ? { ...m, type: 'ORG' } : m;
}

/**
 * One sense per discourse: a name written the same way several times in a document names the
 * same thing, so when the tagger gave its mentions different types (PER, LOC or ORG), all take
 * the type most of them got; a tie changes nothing. MISC mentions neither vote nor change.
 */
export function oneTypePerName(mentions: NameMention[]): NameMention[] {
  const votes = new Map<string, Map<NerType, number>>();
  for (const m of mentions) {
    if (m.type === 'MISC') continue;
    let byType = votes.get(m.text);
    if (!byType) votes.set(m.text, (byType = new Map()));
    byType.set(m.type, (byType.get(m.type) ?? 0) + 1);
  }
  return mentions.map((m) => {
    const byType = m.type === 'MISC' ? undefined : votes.get(m.text);
    if (!byType || byType.size < 2) return m;
    const ranked = [...byType].sort((a, b) => b[1] - a[1]);
    return ranked[0]![1] > ranked[1]![1] && ranked[0]![0] !== m.type ? { ...m, type: ranked[0]![0] } : m;
  });
}
