// Messages between the server and its query worker.
import type { GraphFormat, TableFormat } from './negotiate.js';
import type { QueryForm } from '../store/prologue.js';

export interface WorkerData {
  /** RDF files to load, in order. */
  files: string[];
  /** Where to write the loaded dataset as N-Quads (for GET /graph), once. */
  dumpTo?: string;
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
  | {
      type: 'result';
      id: number;
      status: number;
      contentType?: string;
      body?: string;
      message?: string;
      rows?: number;
      rowCap?: boolean;
      /** The engine is in an unknown state: replace the worker. */
      fatal?: boolean;
    };
