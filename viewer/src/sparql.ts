// A small client for the server's SPARQL 1.1 Protocol endpoint.

export interface Term {
  type: 'uri' | 'literal' | 'bnode' | 'triple';
  value: string;
  datatype?: string;
  'xml:lang'?: string;
}
export type Row = Record<string, Term | undefined>;
export interface Table {
  vars: string[];
  rows: Row[];
  boolean?: boolean;
}

export class SparqlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const ENDPOINT = '/sparql';

/** Runs a SELECT or ASK query (POST application/sparql-query) and returns its JSON results. */
export async function select(query: string, signal?: AbortSignal): Promise<Table> {
  const res = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'Content-Type': 'application/sparql-query', Accept: 'application/sparql-results+json' },
    body: query,
    signal,
  });
  if (!res.ok) throw new SparqlError(res.status, (await res.text()).trim() || `HTTP ${res.status}`);
  const json = (await res.json()) as { head: { vars?: string[] }; results?: { bindings: Row[] }; boolean?: boolean };
  return { vars: json.head.vars ?? [], rows: json.results?.bindings ?? [], boolean: json.boolean };
}

/** Runs a CONSTRUCT or DESCRIBE query; the graph as text of the type asked for. */
async function graphText(query: string, accept: string, signal?: AbortSignal): Promise<string> {
  const res = await fetch(ENDPOINT, { method: 'POST', headers: { 'Content-Type': 'application/sparql-query', Accept: accept }, body: query, signal });
  const text = await res.text();
  if (!res.ok) throw new SparqlError(res.status, text.trim() || `HTTP ${res.status}`);
  return text;
}

/** Runs a CONSTRUCT or DESCRIBE query; the result as Turtle text. */
export const construct = (query: string, signal?: AbortSignal): Promise<string> => graphText(query, 'text/turtle', signal);

/** Runs a CONSTRUCT query; the result as N-Triples (one triple a line: answers concatenate). */
export const constructNTriples = (query: string, signal?: AbortSignal): Promise<string> => graphText(query, 'application/n-triples', signal);

export function str(t: Term | undefined): string | undefined {
  return t?.value;
}

export function num(t: Term | undefined): number | undefined {
  if (!t) return undefined;
  const n = Number(t.value);
  return Number.isFinite(n) ? n : undefined;
}

/** What a query is (the first keyword after the prologue), for choosing SELECT vs CONSTRUCT. */
export function queryForm(query: string): string {
  const stripped = query.replace(/^\s*(?:#[^\n]*\n|\s+|(?:PREFIX\s+[^\s:]*:\s*<[^>]*>)|(?:BASE\s*<[^>]*>))*/i, '');
  return (/^[A-Za-z]+/.exec(stripped)?.[0] ?? '').toUpperCase();
}
