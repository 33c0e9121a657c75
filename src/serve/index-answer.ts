// Answers from the graph's triple index, for the two places serve uses it: the query workers (no
// budget: the index instead of oxigraph) and the server's own thread (a budget of time and rows, so
// it stays responsive). One function, so both give the same bodies, headers and row cap.
import { StringSink } from '../export/index.js';
import { queryIndex, writeResults } from '../store/index.js';
import type { EvaluationBudget } from '../store/evaluate.js';
import type { TripleIndex } from '../store/triple-index.js';
import type { QueryJob } from './messages.js';
import { CONTENT_TYPES, type TableFormat } from './negotiate.js';

export interface IndexAnswer {
  status: number;
  contentType?: string;
  body?: string;
  message?: string;
  rows?: number;
  rowCap?: boolean;
  engine: 'index';
}

/** The message of a result over the server's --max-rows. */
export function rowCapMessage(n: number, max: number, what: string): string {
  return `the result has ${n} ${what}, more than the server's limit of ${max} (--max-rows); narrow the query or page through it with LIMIT and OFFSET`;
}

/**
 * A SELECT or ASK over the whole dataset from the triple index; undefined when the query is outside
 * the index's subset, names a dataset (default-graph-uri, named-graph-uri), or runs past `budget`.
 */
export function answerFromIndex(index: TripleIndex, job: Omit<QueryJob, 'id'>, budget?: EvaluationBudget): IndexAnswer | undefined {
  if ((job.form !== 'SELECT' && job.form !== 'ASK') || job.defaultGraphs?.length || job.namedGraphs?.length) return undefined;
  const res = queryIndex(index, job.sparql, budget);
  if (!res) return undefined;
  const rows = 'boolean' in res ? 0 : res.size;
  if (rows > job.maxRows) return { status: 422, message: rowCapMessage(rows, job.maxRows, 'rows'), rowCap: true, engine: 'index' };
  const out = new StringSink();
  writeResults(res, job.format as TableFormat, out, {});
  return { status: 200, contentType: CONTENT_TYPES[job.format as TableFormat], body: out.toString(), rows, engine: 'index' };
}
