// newskg publish: upload a graph file to a triple store (SPARQL 1.1 Graph Store HTTP Protocol),
// then check the store's triple counts. The password comes only from NEWSKG_PASSWORD.
import { UsageError, asNewskgError } from '../errors.js';
import { DEFAULT_CHUNK, publish } from '../publish/index.js';
import { redactError, secretForms } from '../remote/errors.js';
import { AUTH_MODES, type AuthMode } from '../remote/http.js';
import { QUERY_METHODS, type QueryMethod } from '../remote/sparql.js';
import { checkUrl, credentials, oneOf, positiveNumber, refusePasswordArgs } from './remote.js';
import { EXIT, type Io, lastValue, parseCommandLine } from './args.js';

export const PUBLISH_HELP = `Usage: newskg publish FILE --endpoint URL [--graph IRI] [--replace] [--user NAME] [options]

Uploads an RDF file to a triple store with the SPARQL 1.1 Graph Store HTTP Protocol, then asks
the store's SPARQL endpoint for each graph's triple count and compares it with the file's.
TriG, N-Quads and JSON-LD: each named graph (one per article, and the entities graph) goes to
its own graph IRI.
Turtle and N-Triples: everything goes to the --graph IRI. The whole file is parsed and checked
before anything is sent.

Options:
  --endpoint URL       the Graph Store endpoint, e.g. http://127.0.0.1:8890/sparql-graph-crud-auth
  --graph IRI          the target graph (required for Turtle / N-Triples; for TriG / N-Quads the
                       graph of the default-graph triples)
  --replace            replace each graph (HTTP PUT); without it the triples are added (POST)
  --user NAME          authenticate as NAME (HTTP Digest or Basic, as the server asks); the
                       password is read from the environment variable NEWSKG_PASSWORD only
  --auth MODE          auto (default: answer the server's challenge, Digest first) | digest |
                       basic (send Basic credentials with every request)
  --sparql URL         the SPARQL endpoint for the check (default: the endpoint's origin + /sparql)
  --chunk-size N       triples per request (default ${DEFAULT_CHUNK}); larger graphs are sent in parts,
                       the first PUT (with --replace), the rest POST
  --method METHOD      how the check's queries are sent: auto (default) | direct | form | get
  --timeout SECONDS    per request (default 120)
  -q, --quiet          print nothing when all went well
  -h, --help           show this help

Exit codes: 0 published and verified; 1 failure (invalid RDF, connection, authentication, the
            store's error, counts differ); 2 usage error.
`;

const OPTIONS = {
  endpoint: { type: 'string' },
  graph: { type: 'string' },
  replace: { type: 'boolean' },
  user: { type: 'string', short: 'u' },
  auth: { type: 'string' },
  sparql: { type: 'string' },
  'chunk-size': { type: 'string' },
  method: { type: 'string' },
  timeout: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runPublish(args: string[], io: Io): Promise<number> {
  refusePasswordArgs(args, 'publish');
  const { values, positionals } = parseCommandLine(args, OPTIONS, 'publish');
  if (values.help) {
    io.stdout(PUBLISH_HELP);
    return EXIT.OK;
  }
  if (positionals.length === 0) throw new UsageError('publish: no file', { hint: 'newskg publish FILE --endpoint URL' });
  if (positionals.length > 1) throw new UsageError('publish: one file at a time', { hint: 'merge them first, or publish each' });
  const endpointArg = lastValue(values.endpoint);
  if (endpointArg === undefined) throw new UsageError('publish: no --endpoint', { hint: 'e.g. --endpoint http://127.0.0.1:8890/sparql-graph-crud-auth' });
  const endpoint = checkUrl(endpointArg, '--endpoint', 'publish');
  const sparqlArg = lastValue(values.sparql);
  const sparql = sparqlArg === undefined ? undefined : checkUrl(sparqlArg, '--sparql', 'publish');
  const chunk = positiveNumber(lastValue(values['chunk-size']), '--chunk-size', 'publish');
  const timeout = positiveNumber(lastValue(values.timeout), '--timeout', 'publish');
  const auth = oneOf<AuthMode>(lastValue(values.auth), AUTH_MODES, '--auth', 'publish');
  const method = oneOf<QueryMethod>(lastValue(values.method), QUERY_METHODS, '--method', 'publish');
  const creds = credentials(lastValue(values.user), 'publish');
  const secrets = secretForms(creds.user, creds.password);
  try {
    await publish(positionals[0], {
      endpoint,
      sparql,
      graph: lastValue(values.graph),
      replace: values.replace === true,
      chunkSize: chunk === undefined ? undefined : Math.floor(chunk),
      timeoutMs: timeout === undefined ? undefined : timeout * 1000,
      auth,
      method,
      ...creds,
      log: values.quiet ? undefined : (line) => io.stderr(`${line}\n`),
    });
  } catch (e) {
    // no error leaves this command with the password in it
    const err = asNewskgError(e);
    throw secrets.length > 0 ? redactError(err, secrets) : err;
  }
  return EXIT.OK;
}
