// `newskg query --endpoint URL`: the same query, run by a remote store over the SPARQL 1.1
// Protocol, printed exactly as the embedded store prints it (same table, json, csv, tsv; the
// same graph serializers for CONSTRUCT/DESCRIBE).
import { QueryError } from '../errors.js';
import { type ExportFormat, type Sink, serialize } from '../export/index.js';
import { PREFIXES } from '../graph/index.js';
import { type QueryForm, type ResultFormat, queryForm } from '../store/index.js';
import { formatTable, queryPrefixes } from '../store/results.js';
import { HttpClient, type HttpOptions } from './http.js';
import { resultsToCsv, resultsToJson, resultsToTsv } from './results.js';
import { type QueryMethod, SparqlClient } from './sparql.js';

const TABULAR: ResultFormat[] = ['table', 'json', 'csv', 'tsv'];

export interface RemoteQueryOptions extends HttpOptions {
  endpoint: string;
  format?: ResultFormat;
  file?: string;
  method?: QueryMethod;
  prefixes?: Record<string, string>;
  /** default-graph-uri: query these graphs (merged) instead of the store's default graph. */
  defaultGraphs?: string[];
}

/** Runs `sparql` at the endpoint and writes the formatted answer into `sink`. */
export async function remoteQuery(sparql: string, sink: Sink, options: RemoteQueryOptions): Promise<QueryForm> {
  const form = queryForm(sparql, options.file);
  const graphQuery = form === 'CONSTRUCT' || form === 'DESCRIBE';
  const format = options.format ?? (graphQuery ? 'turtle' : 'table');
  if (graphQuery && TABULAR.includes(format)) {
    throw new QueryError('E_QUERY_FORMAT', `${form} results are a graph and cannot be written as ${format}`, {
      file: options.file,
      hint: 'use --format turtle, ntriples, nquads, trig or jsonld',
    });
  }
  if (!graphQuery && !TABULAR.includes(format)) {
    throw new QueryError('E_QUERY_FORMAT', `${form} results are a table and cannot be written as ${format}`, {
      file: options.file,
      hint: 'use --format table, json, csv or tsv',
    });
  }
  const prefixes = { ...(options.prefixes ?? PREFIXES), ...queryPrefixes(sparql) };
  const client = new SparqlClient(options.endpoint, new HttpClient(options), options.method, options.defaultGraphs);
  if (graphQuery) {
    const quads = await client.construct(sparql);
    serialize(quads, format as ExportFormat, sink, { prefixes });
    return form;
  }
  const res = await client.select(sparql, form);
  let text: string;
  switch (format) {
    case 'table':
      sink.write(formatTable(res, prefixes));
      return form;
    case 'json':
      text = resultsToJson(res);
      break;
    case 'csv':
      text = resultsToCsv(res);
      break;
    default:
      text = resultsToTsv(res);
  }
  sink.write(text.endsWith('\n') ? text : `${text}\n`);
  return form;
}
