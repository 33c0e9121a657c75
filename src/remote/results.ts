// SPARQL 1.1 Query Results JSON from a remote store → the same in-memory shape the embedded store
// produces (src/store/results.ts's JsonResults), which the one results writer (writeJsonResults)
// prints, so a query prints the same remotely and locally. Normalized:
//   - "typed-literal" (Virtuoso, SPARQL XML-era JSON) → "literal"
//   - xsd:string datatypes dropped (RDF 1.1 simple literals; Virtuoso keeps them when given)
//   - rdf:langString datatypes dropped, language tags lower-cased (as oxigraph does)
//   - blank node labels without Virtuoso's "nodeID://" prefix
//   - ASK answered as a one-row table (Virtuoso's __ASK_RETVAL) → {"boolean": ...}
// Those are quirks of the format. The terms themselves pass through as the endpoint gives them:
// a literal keeps its lexical form and datatype ("01"^^xsd:nonNegativeInteger stays that, as
// Virtuoso 7 keeps it and as the triple index keeps it; only oxigraph rewrites it at load).
import type { JsonResults, JsonTerm } from '../store/results.js';
import { RemoteError } from './errors.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const XSD_STRING = `${XSD}string`;
const RDF_LANGSTRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

function bad(what: string): RemoteError {
  return new RemoteError('E_REMOTE_RESPONSE', `the endpoint's answer is not SPARQL JSON results: ${what}`, {
    hint: 'check that --endpoint is a SPARQL query endpoint',
  });
}

export function normalizeTerm(raw: unknown): JsonTerm | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const t = raw as Record<string, unknown>;
  const type = t.type;
  const value = typeof t.value === 'string' ? t.value : t.value === undefined ? '' : JSON.stringify(t.value);
  switch (type) {
    case 'uri':
      return { type: 'uri', value };
    case 'bnode':
      return { type: 'bnode', value: value.replace(/^nodeID:\/\//, '').replace(/^_:/, '') };
    case 'literal':
    case 'typed-literal': {
      const lang = typeof t['xml:lang'] === 'string' && t['xml:lang'] !== '' ? t['xml:lang'].toLowerCase() : undefined;
      if (lang) return { type: 'literal', value, 'xml:lang': lang };
      const dt = typeof t.datatype === 'string' ? t.datatype : undefined;
      if (!dt || dt === XSD_STRING || dt === RDF_LANGSTRING) return { type: 'literal', value };
      return { type: 'literal', value, datatype: dt };
    }
    case 'triple':
      return { type: 'triple', value: t.value as string };
    default:
      return undefined;
  }
}

/** Parses and normalizes a remote SELECT or ASK answer. */
export function normalizeResults(text: string, form: 'SELECT' | 'ASK'): JsonResults {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw bad(`invalid JSON (${(e as Error).message})`);
  }
  if (!raw || typeof raw !== 'object') throw bad('not an object');
  const r = raw as { head?: { vars?: unknown }; results?: { bindings?: unknown }; boolean?: unknown };
  if (form === 'ASK') {
    if (typeof r.boolean === 'boolean') return { head: {}, boolean: r.boolean };
    // Virtuoso: {"head":{"vars":["__ASK_RETVAL"]},"results":{"bindings":[{"__ASK_RETVAL":{..."value":"1"}}]}}
    const rows = Array.isArray(r.results?.bindings) ? (r.results.bindings as Record<string, { value?: unknown }>[]) : undefined;
    if (!rows) throw bad('no "boolean" in an ASK answer');
    const first = rows[0] ? Object.values(rows[0])[0] : undefined;
    const v = String(first?.value ?? '0').toLowerCase();
    return { head: {}, boolean: v === '1' || v === 'true' };
  }
  const vars = Array.isArray(r.head?.vars) ? (r.head.vars as unknown[]).filter((v): v is string => typeof v === 'string') : undefined;
  if (!vars) throw bad('no "head.vars"');
  const rows = r.results?.bindings;
  if (!Array.isArray(rows)) throw bad('no "results.bindings"');
  const bindings = rows.map((row) => {
    const out: Record<string, JsonTerm> = {};
    if (!row || typeof row !== 'object') return out;
    for (const v of vars) {
      const term = normalizeTerm((row as Record<string, unknown>)[v]);
      if (term) out[v] = term;
    }
    return out;
  });
  return { head: { vars }, results: { bindings } };
}
