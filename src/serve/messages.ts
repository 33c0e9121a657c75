// Messages between the server and its query worker.
import type { GraphFormat, TableFormat } from './negotiate.js';
import type { QueryForm } from '../store/prologue.js';
import type { QueryAnswer } from './engine.js';

export interface WorkerData {
  /** RDF files to load, in order. */
  files: string[];
  /** Where to write the loaded dataset as N-Quads (for GET /graph), once. */
  dumpTo?: string;
  /**
   * The one graph file whose saved triple index (FILE.nkgi) answers SELECT and ASK queries in the
   * index's subset, as `newskg query` does: oxigraph answers the rest. Unset: oxigraph answers all.
   */
  indexOf?: string;
  /**
   * Why oxigraph is not loaded (the graph is larger than it holds): the worker answers from the index
   * only and refuses other queries with this reason. Needs `indexOf`.
   */
  indexOnly?: string;
}

export interface QueryJob {
  id: number;
  sparql: string;
  form: QueryForm;
  format: TableFormat | GraphFormat;
  maxRows: number;
  defaultGraphs?: string[];
  namedGraphs?: string[];
}

export type WorkerReply =
  | { type: 'ready'; quads: number; dumped: boolean; dumpError?: string }
  | { type: 'loadError'; message: string }
  | (Omit<QueryAnswer, 'retryAfter'> & {
      type: 'result';
      id: number;
      rowCap?: boolean;
      /** The engine is in an unknown state: replace the worker. */
      fatal?: boolean;
    });
