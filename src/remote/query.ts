// `newskg query --endpoint URL`: the same query, run by a remote store over the SPARQL 1.1
// Protocol, printed exactly as the embedded store prints it (same table, json, csv, tsv; the
// same graph serializers for CONSTRUCT/DESCRIBE).
import { type ExportFormat, type Sink, serialize } from '../export/index.js';
import { PREFIXES } from '../graph/index.js';
import { type QueryForm, type ResultFormat, planQuery } from '../store/index.js';
import { formatTable, queryPrefixes } from '../store/results.js';
import { HttpClient, type HttpOptions } from './http.js';
import { resultsToCsv, resultsToJson, resultsToTsv } from './results.js';
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
    serialize(quads, format as ExportFormat, sink, { prefixes });
    return form;
  }
  const res = await client.select(sparql, form as 'SELECT' | 'ASK'); // not a graph query, so SELECT or ASK
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
