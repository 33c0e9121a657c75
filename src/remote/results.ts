// SPARQL 1.1 Query Results JSON from a remote store → the same in-memory shape the embedded store
// produces (src/store/results.ts's JsonResults), which the one results writer (writeJsonResults)
// prints, so a query prints the same remotely and locally. Normalized:
//   - "typed-literal" (Virtuoso, SPARQL XML-era JSON) → "literal"
//   - xsd:string datatypes dropped (RDF 1.1 simple literals; Virtuoso keeps them when given)
//   - rdf:langString datatypes dropped, language tags lower-cased (as oxigraph does)
//   - blank node labels without Virtuoso's "nodeID://" prefix
//   - ASK answered as a one-row table (Virtuoso's __ASK_RETVAL) → {"boolean": ...}
//   - numbers, booleans and date-times in the canonical form the embedded store (oxigraph) prints:
//     integer subtypes (nonNegativeInteger, int, ...) as xsd:integer, "007.10" decimal as "7.1",
//     "1.0E3" double as "1000", "1" boolean as "true", "…T10:00:00.000+00:00" as "…T10:00:00Z"
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

const INTEGER_TYPES = new Set(
  ['integer', 'nonNegativeInteger', 'positiveInteger', 'nonPositiveInteger', 'negativeInteger', 'long', 'int', 'short', 'byte', 'unsignedLong', 'unsignedInt', 'unsignedShort', 'unsignedByte'].map((t) => `${XSD}${t}`),
);

/** A plain (no exponent) decimal string for a finite number, from its shortest round-trip digits. */
function plainNumber(n: number, digits: string): string {
  if (Object.is(n, -0)) return '-0';
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(digits);
  if (!m) return digits;
  const [, sign, first, rest = '', expText] = m;
  const all = first + rest;
  const exp = Number(expText);
  if (exp >= 0) return sign + (all.length <= exp + 1 ? all + '0'.repeat(exp + 1 - all.length) : `${all.slice(0, exp + 1)}.${all.slice(exp + 1)}`);
  return `${sign}0.${'0'.repeat(-exp - 1)}${all}`;
}

/** The lexical form oxigraph prints for a typed literal (unchanged when it is not a valid one). */
export function canonicalLiteral(value: string, datatype: string): { value: string; datatype: string } {
  const v = value.trim();
  if (INTEGER_TYPES.has(datatype)) {
    return { value: /^[+-]?\d+$/.test(v) ? BigInt(v).toString() : value, datatype: `${XSD}integer` };
  }
  switch (datatype) {
    case `${XSD}decimal`: {
      const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(v);
      if (!m || (m[2] === '' && (m[3] ?? '') === '')) return { value, datatype };
      const int = m[2].replace(/^0+(?=\d)/, '') || '0';
      const frac = (m[3] ?? '').replace(/0+$/, '');
      const body = frac ? `${int}.${frac}` : int;
      return { value: m[1] === '-' && body !== '0' ? `-${body}` : body, datatype };
    }
    case `${XSD}double`:
    case `${XSD}float`: {
      if (v === 'INF' || v === '+INF' || v === '-INF' || v === 'NaN') return { value: v.replace(/^\+/, ''), datatype };
      if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(v)) return { value, datatype };
      let n = Number(v);
      let digits: string;
      if (datatype === `${XSD}float`) {
        n = Math.fround(n);
        digits = n.toExponential();
        for (let p = 1; p <= 9; p++) {
          const t = n.toExponential(p - 1);
          if (Math.fround(Number(t)) === n) {
            digits = t;
            break;
          }
        }
      } else digits = n.toExponential();
      if (!Number.isFinite(n)) return { value: n > 0 ? 'INF' : '-INF', datatype };
      digits = digits.replace(/\.?0+e/, 'e');
      return { value: plainNumber(n, digits), datatype };
    }
    case `${XSD}boolean`:
      return { value: v === '1' ? 'true' : v === '0' ? 'false' : value, datatype };
    case `${XSD}dateTimeStamp`:
    case `${XSD}dateTime`:
    case `${XSD}time`:
    case `${XSD}date`: {
      const m = /^(.*?)(\.\d+)?(Z|[+-]\d\d:\d\d)?$/.exec(v);
      if (!m) return { value, datatype };
      const frac = (m[2] ?? '').replace(/\.?0+$/, '');
      const tz = m[3] === '+00:00' || m[3] === '-00:00' ? 'Z' : (m[3] ?? '');
      return { value: `${m[1]}${frac}${tz}`, datatype: datatype === `${XSD}dateTimeStamp` ? `${XSD}dateTime` : datatype };
    }
    default:
      return { value, datatype };
  }
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
      return { type: 'literal', ...canonicalLiteral(value, dt) };
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
