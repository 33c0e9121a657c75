// newskg query: SPARQL over RDF files. Results go to stdout and nothing else does (errors go to
// stderr), so `--format json` output can be piped straight into a JSON parser.
import { readFileSync } from 'node:fs';
import { UsageError, fsError } from '../errors.js';
import { ChunkedSink } from '../export/index.js';
import { ENGINES, type Engine, RESULT_FORMATS, type ResultFormat, queryFiles } from '../store/index.js';
import { refusePasswordArgs } from './remote.js';
import { EXIT, type Io, lastValue, parseCommandLine } from './args.js';

export const QUERY_HELP = `Usage: newskg query <query.rq> --data FILE... [options]
       newskg query -e 'SPARQL' --data FILE... [options]
       newskg query <query.rq> --endpoint URL [--user NAME] [options]

Runs a SPARQL 1.1 query over RDF files (.ttl .trig .nt .nq .jsonld). The query's default
graph is the union of all graphs, so the same query works on Turtle, TriG and N-Quads.

Options:
  -e, --query SPARQL   the query text (instead of a query file; '-' as the file reads stdin)
  -d, --data FILE      an RDF file to load; repeat it, or list more files after the query
  -f, --format FORMAT  SELECT/ASK:          table (default) | json | xml | csv | tsv
                       CONSTRUCT/DESCRIBE:  turtle (default) | ntriples | nquads | trig | jsonld | rdfxml
                       json, xml, csv and tsv are the SPARQL Query Results formats (ASK as
                       csv or tsv: the bare word true or false).
  --engine ENGINE      auto (default) | index | oxigraph. SELECT and ASK queries made of triple
                       patterns, OPTIONAL and FILTER (like the contract queries) are answered
                       from a triple index of the file, saved beside it as FILE.nkgi on first
                       use (newskg build writes it too) and opened in a fraction of a second;
                       other queries load the graph into oxigraph, which knows all of SPARQL 1.1
                       but rewrites literals as it loads them (xsd:nonNegativeInteger "01" comes
                       back as xsd:integer "1"); the index keeps them as the graph writes them
  --max-quads N        the most quads oxigraph is given (default 1,500,000: about 2 GB);
                       a larger graph is refused before loading, with what to do instead
                       (the index has no such limit)
  --endpoint URL       run the query at a remote SPARQL 1.1 endpoint instead (no --data); the
                       output is the same as from the embedded store
  --default-graph IRI  with --endpoint: query this graph (repeatable; merged) as the default graph
                       instead of the store's own (Virtuoso's is every graph, as a bag)
  --user NAME          authenticate at the endpoint (password from NEWSKG_PASSWORD only)
  --method METHOD      how the query is sent: auto (default: form POST for Virtuoso, which never
                       answers direct POSTs; direct POST otherwise) | direct | form | get
  --timeout SECONDS    wait at most this long for the endpoint (default 120)
  -h, --help           show this help

Exit codes: 0 answered; 1 syntax error in the query or the data, or a file missing, or the
            endpoint failed; 2 usage error.
`;

const OPTIONS = {
  query: { type: 'string', short: 'e' },
  data: { type: 'string', short: 'd', multiple: true },
  format: { type: 'string', short: 'f' },
  help: { type: 'boolean', short: 'h' },
  endpoint: { type: 'string' },
  'default-graph': { type: 'string', multiple: true },
  user: { type: 'string' },
  method: { type: 'string' },
  timeout: { type: 'string' },
  engine: { type: 'string' },
  'max-quads': { type: 'string' },
} as const;

function readQuery(path: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (e) {
    throw fsError(e, path);
  }
}

export async function runQuery(args: string[], io: Io): Promise<number> {
  refusePasswordArgs(args, 'query');
  const { values, positionals } = parseCommandLine(args, OPTIONS, 'query');
  if (values.help) {
    io.stdout(QUERY_HELP);
    return EXIT.OK;
  }
  const inline = lastValue(values.query);
  const rest = [...positionals];
  let sparql: string;
  let queryFile: string | undefined;
  if (inline !== undefined) sparql = inline;
  else {
    queryFile = rest.shift();
    if (!queryFile) throw new UsageError('query: no query', { hint: "give a query file or -e 'SELECT ...'" });
    sparql = readQuery(queryFile);
  }
  const data = [...(values.data ?? []), ...rest];
  const endpoint = lastValue(values.endpoint);
  if (endpoint === undefined && (values.user || values.method || values.timeout || values['default-graph'])) {
    throw new UsageError('query: --user, --method, --timeout and --default-graph need --endpoint');
  }
  const engineName = lastValue(values.engine) ?? 'auto';
  if (!(ENGINES as readonly string[]).includes(engineName)) {
    throw new UsageError(`query: unknown engine "${engineName}"`, { hint: `use one of ${ENGINES.join(', ')}` });
  }
  if (endpoint !== undefined && values.engine) throw new UsageError('query: --engine is for local files, not --endpoint');
  if (endpoint !== undefined && data.length > 0) throw new UsageError('query: give --endpoint or --data, not both');
  if (data.length === 0 && endpoint === undefined) throw new UsageError('query: no data', { hint: 'give the graph with --data FILE' });
  const formatName = lastValue(values.format);
  let format: ResultFormat | undefined;
  if (formatName !== undefined) {
    const f = formatName.toLowerCase() === 'ttl' ? 'turtle' : formatName.toLowerCase() === 'nt' ? 'ntriples' : formatName.toLowerCase();
    if (!(RESULT_FORMATS as readonly string[]).includes(f)) {
      throw new UsageError(`query: unknown format "${formatName}"`, { hint: `use one of ${RESULT_FORMATS.join(', ')}` });
    }
    format = f as ResultFormat;
  }

  if (endpoint !== undefined) {
    const { runRemoteQuery } = await import('./remote.js');
    return runRemoteQuery(sparql, io, { endpoint, format, file: queryFile ?? '<query>', user: lastValue(values.user), method: lastValue(values.method), timeout: lastValue(values.timeout), defaultGraphs: values['default-graph'] });
  }
  const maxQuadsText = lastValue(values['max-quads']);
  const maxQuads = maxQuadsText === undefined ? undefined : Number(maxQuadsText);
  if (maxQuads !== undefined && !(Number.isSafeInteger(maxQuads) && maxQuads > 0)) {
    throw new UsageError(`query: --max-quads must be a positive whole number, not "${maxQuadsText}"`);
  }
  const sink = new ChunkedSink(io.stdout);
  await queryFiles(data, sparql, sink, { format, file: queryFile ?? '<query>', engine: engineName as Engine, maxQuads, onNote: (t) => io.stderr(`newskg: ${t}\n`) });
  sink.flush();
  return EXIT.OK;
}
