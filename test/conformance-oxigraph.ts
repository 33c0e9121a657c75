// oxigraph's known rewriting of literals, as one named normalization for the tests that compare
// the triple index (or a remote store) with oxigraph. oxigraph 0.5 stores every valid number,
// boolean and date-time as a native value and prints it back canonical: the derived XSD integer
// types (nonNegativeInteger, int, ...) as xsd:integer, "007.10" decimal as "7.1", "1.0E3" double
// as "1000", "1" boolean as "true", "…T10:00:00.000+00:00" as "…T10:00:00Z". RDF 1.1 and SPARQL
// keep the terms as written, and so do the index and Virtuoso 7: compared with oxigraph, both
// sides go through `asOxigraphStores`, and only this rewriting is forgiven.
import type { JsonResults, JsonTerm } from '../src/store/results.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';

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

/** The literal oxigraph stores for a typed literal (unchanged when it is not a valid one). */
function oxigraphLiteral(value: string, datatype: string): { value: string; datatype: string } {
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

/** A results term as oxigraph would print it. */
export function asOxigraphStores(t: JsonTerm): JsonTerm {
  if (t.type !== 'literal' || !t.datatype || t['xml:lang']) return t;
  return { type: 'literal', ...oxigraphLiteral(t.value, t.datatype) };
}

/** Every term of a SELECT answer as oxigraph would print it (ASK answers unchanged). */
export function resultsAsOxigraphStores(res: JsonResults): JsonResults {
  if (!res.results) return res;
  const bindings = res.results.bindings.map((b) => Object.fromEntries(Object.entries(b).map(([k, t]) => [k, asOxigraphStores(t)])));
  return { ...res, results: { ...res.results, bindings } };
}
