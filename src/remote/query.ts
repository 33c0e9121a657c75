// `newskg query --endpoint URL`: the same query, run by a remote store over the SPARQL 1.1
// Protocol, printed exactly as the embedded store prints it (the same results writer for table,
// json, xml, csv and tsv; the same graph serializers for CONSTRUCT/DESCRIBE).
import { type GraphAnswerFormat, type Sink, serializeGraph } from '../export/index.js';
import { PREFIXES } from '../graph/index.js';
import { type QueryForm, type ResultFormat, planQuery } from '../store/index.js';
import { queryPrefixes } from '../store/prologue.js';
import { type TableFormat, writeJsonResults } from '../store/results.js';
import { HttpClient, type HttpOptions } from './http.js';
import { type QueryMethod, SparqlClient } from './sparql.js';


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
  const { form, graphQuery, format } = planQuery(sparql, options.format, options.file);
  const prefixes = { ...(options.prefixes ?? PREFIXES), ...queryPrefixes(sparql) };
  const client = new SparqlClient(options.endpoint, new HttpClient(options), options.method, options.defaultGraphs);
  if (graphQuery) {
    const quads = await client.construct(sparql);
    serializeGraph(quads, format as GraphAnswerFormat, sink, { prefixes });
    return form;
  }
  const res = await client.select(sparql, form as 'SELECT' | 'ASK'); // not a graph query, so SELECT or ASK
  writeJsonResults(res, format as TableFormat, sink, prefixes);
  return form;
}
