// The name recognizer's data, for its training and evaluation scripts only: CoNLL-2003 eng.train,
// eng.testa in the halves of scripts/splits.mjs, and GUM's NER documents with their part (tune or
// check) and whether they may train shipped weights (`gumTrainable`). Also scores a model on every
// set the way the team's scorer does, so training can report what `npm run eval` will see.
//
// Inside the GUM documents we may train on, a fixed third is held out ("holdout") when training
// with --gum-holdout: the tune part is then partly unseen, so a change can be judged without
// looking at the check part.

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tokenizeDocument } from '../src/text/tokenize.js';
import { readConll, type ConllDoc } from '../src/extract/ner/conll.js';
import type { NerModel } from '../src/extract/ner/perceptron.js';
import { recognizeWith } from '../src/extract/ner/index.js';
import { scoreConll, type ConllScores } from '../src/extract/ner/score.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const EVAL_DIR = ROOT + '../shared/eval/';

interface Splits {
  gumPart(docs: { id: string; genre: string }[]): Map<string, string>;
  gumTrainable(doc: { id: string; genre: string }, parts: Map<string, string>): boolean;
  gumId(id: string): string;
  conllDevPart(n: number): string[];
  deal<T>(docs: T[], idOf: (d: T) => string, stratumOf: (d: T) => string, parts: string[], weights?: number[]): Map<string, string>;
}
const splitsUrl = new URL('./splits.mjs', import.meta.url).href;
const splits = (await import(splitsUrl)) as Splits;

export interface GumDoc {
  id: string;
  genre: string;
  part: 'tune' | 'check';
  /** A trainable genre in the tune part: may train shipped weights. */
  trainable: boolean;
  /** Trainable, but in the third held out when training with --gum-holdout. */
  holdout: boolean;
  doc: ConllDoc;
}

export function readGum(): GumDoc[] {
  const meta = readFileSync(EVAL_DIR + 'gum-dev/gold-articles.jsonl', 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l: string) => JSON.parse(l) as { id: string; genre: string });
  const docs = readConll(EVAL_DIR + 'gum-dev/ner.conll');
  if (docs.length !== meta.length) throw new Error(`GUM: ${docs.length} NER documents for ${meta.length} articles`);
  const parts = splits.gumPart(meta);
  const trainable = meta.filter((m) => splits.gumTrainable(m, parts));
  const inner = splits.deal(trainable, (m) => m.id, (m) => m.genre, ['fit', 'fit', 'holdout']);
  return meta.map((m, i) => ({
    id: m.id,
    genre: m.genre,
    part: parts.get(splits.gumId(m.id)) as 'tune' | 'check',
    trainable: splits.gumTrainable(m, parts),
    holdout: inner.get(m.id) === 'holdout',
    doc: docs[i]!,
  }));
}

/**
 * The third of eng.train a model trained with --conll-holdout leaves out (every third document):
 * news the recognizer never learned from, on which the entity layer can be judged at length.
 */
export function conllTrainHeldOut(index: number): boolean {
  return index % 3 === 2;
}

/** eng.train's held-out third (conllTrainHeldOut). */
export function readConllTrainHeldOut(): ConllDoc[] {
  return readConll(EVAL_DIR + 'conll2003/eng.train').filter((_, i) => conllTrainHeldOut(i));
}

export function readTesta(): { tune: ConllDoc[]; check: ConllDoc[] } {
  const docs = readConll(EVAL_DIR + 'conll2003/eng.testa');
  const parts = splits.conllDevPart(docs.length);
  return { tune: docs.filter((_, i) => parts[i] === 'tune'), check: docs.filter((_, i) => parts[i] === 'check') };
}

export function haveData(): boolean {
  return existsSync(EVAL_DIR + 'conll2003/eng.train') && existsSync(EVAL_DIR + 'gum-dev/ner.conll');
}

export interface SetScore {
  name: string;
  part: string;
  scores: ConllScores;
  /** Misses, only for parts we may look at. */
  misses?: string[];
}

/**
 * Scores a model on CoNLL testa halves and GUM NER tune/check, plus the GUM tune documents the
 * model did not learn from ("tune unseen": the genres we may not train on, and the held-out third
 * when `holdout` is set). Misses are collected for looked-at parts only.
 */
export function scoreAll(m: NerModel, opts: { holdout: boolean; misses: boolean; genre?: string }): SetScore[] {
  const testa = readTesta();
  const gum = readGum().filter((g) => !opts.genre || g.genre === opts.genre);
  const run = (name: string, part: string, docs: ConllDoc[], look: boolean): SetScore => {
    const misses: string[] | undefined = look && opts.misses ? [] : undefined;
    const scores = scoreConll(docs, (d) => recognizeWith(m, d.text, tokenizeDocument(d.text)), misses);
    return { name, part, scores, misses };
  };
  const trained = (g: GumDoc): boolean => g.trainable && !(opts.holdout && g.holdout);
  return [
    run('CoNLL testa', 'tune', testa.tune, true),
    run('CoNLL testa', 'check', testa.check, false),
    run('gum NER', 'tune', gum.filter((g) => g.part === 'tune').map((g) => g.doc), true),
    run('gum NER', 'tune unseen', gum.filter((g) => g.part === 'tune' && !trained(g)).map((g) => g.doc), true),
    run('gum NER', 'check', gum.filter((g) => g.part === 'check').map((g) => g.doc), false),
  ];
}

export function formatTable(rows: SetScore[]): string {
  const f = (x: number): string => x.toFixed(3);
  const lines = ['set          part         PER    LOC    ORG    micro  (P / R)'];
  for (const r of rows) {
    const s = r.scores;
    lines.push(`${r.name.padEnd(12)} ${r.part.padEnd(12)} ${f(s.PER.f1)}  ${f(s.LOC.f1)}  ${f(s.ORG.f1)}  ${f(s.micro.f1)}  (${f(s.micro.p)} / ${f(s.micro.r)})`);
  }
  return lines.join('\n');
}

/** Micro F1 by GUM genre, for one part ("tune unseen" uses the same rule as scoreAll). */
export function scoreByGenre(m: NerModel, part: 'tune' | 'tune unseen' | 'check', holdout: boolean): [string, ConllScores][] {
  const gum = readGum().filter((g) =>
    part === 'check' ? g.part === 'check' : g.part === 'tune' && (part === 'tune' || !(g.trainable && !(holdout && g.holdout))),
  );
  const genres = [...new Set(gum.map((g) => g.genre))].sort();
  return genres.map((genre) => [
    genre,
    scoreConll(
      gum.filter((g) => g.genre === genre).map((g) => g.doc),
      (d) => recognizeWith(m, d.text, tokenizeDocument(d.text)),
    ),
  ]);
}
