// Reads CoNLL-2003 files (IOB1, "token POS chunk tag") into documents the way the project's
// scorer does: tokens joined by single spaces, sentences by "\n", documents split at -DOCSTART-.
// Used only by the training and evaluation scripts, never at run time.

import { readFileSync } from 'node:fs';
import type { NerType } from './index.js';

export interface GoldSpan {
  start: number;
  end: number;
  type: NerType;
}

export interface ConllDoc {
  text: string;
  spans: GoldSpan[];
}

export function readConll(path: string): ConllDoc[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const docs: ConllDoc[] = [];
  let doc: ConllDoc | null = null;
  let sentence: [string, string][] = [];
  const flush = (): void => {
    if (!doc || sentence.length === 0) {
      sentence = [];
      return;
    }
    if (doc.text.length) doc.text += '\n';
    let prev = 'O';
    for (const [tok, tag] of sentence) {
      if (doc.text.length && !doc.text.endsWith('\n')) doc.text += ' ';
      const start = doc.text.length;
      doc.text += tok;
      const [bio, type] = tag === 'O' ? ['O', null] : (tag.split('-') as [string, string]);
      const cont = type !== null && bio === 'I' && prev !== 'O' && prev.split('-')[1] === type;
      if (type !== null && cont) doc.spans[doc.spans.length - 1]!.end = doc.text.length;
      else if (type !== null) doc.spans.push({ type: type as NerType, start, end: doc.text.length });
      prev = tag;
    }
    sentence = [];
  };
  for (const line of lines) {
    if (line.startsWith('-DOCSTART-')) {
      flush();
      doc = { text: '', spans: [] };
      docs.push(doc);
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    if (!doc) {
      doc = { text: '', spans: [] };
      docs.push(doc);
    }
    const cols = line.split(' ');
    sentence.push([cols[0]!, cols[cols.length - 1]!]);
  }
  flush();
  return docs.filter((d) => d.text.length > 0);
}
