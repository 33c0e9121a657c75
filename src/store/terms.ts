// RDF terms as canonical N-Triples strings, the keys of the triple index's dictionary. Two
// spellings of one term (escaped or not, "x" or "x"^^xsd:string, @EN or @en) get one key, so a
// term read from N-Quads, Turtle or a query is found under the same id. A literal keeps its
// lexical form and datatype as the graph writes them: "01"^^xsd:int and "1"^^xsd:int are two
// terms (RDF 1.1 term equality), and xsd:nonNegativeInteger stays xsd:nonNegativeInteger. Values
// are compared by value where SPARQL says so (FILTER, ORDER BY: evaluate.ts), never in the keys.
import type * as RDF from '@rdfjs/types';
import type { JsonTerm } from './results.js';

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const RDF_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

/** Escapes a literal's lexical form the way N-Triples must: only \ " LF CR. */
function escapeLexical(s: string): string {
  return /["\\\n\r]/.test(s) ? s.replace(/["\\\n\r]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\${c}`)) : s;
}

const ECHAR: Record<string, string> = { t: '\t', b: '\b', n: '\n', r: '\r', f: '\f', '"': '"', "'": "'", '\\': '\\' };

/** Decodes N-Triples/Turtle string escapes (ECHAR, \uXXXX, \UXXXXXXXX). */
export function unescapeNt(s: string): string {
  if (!s.includes('\\')) return s;
  return s.replace(/\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))/gs, (all, u4: string | undefined, u8: string | undefined, c: string | undefined) => {
    if (u4) return String.fromCharCode(parseInt(u4, 16));
    if (u8) return String.fromCodePoint(parseInt(u8, 16));
    return ECHAR[c!] ?? all;
  });
}

export function literalKey(value: string, language?: string, datatype?: string): string {
  if (language) return `"${escapeLexical(value)}"@${language.toLowerCase()}`;
  if (!datatype || datatype === XSD_STRING || datatype === RDF_LANG_STRING) return `"${escapeLexical(value)}"`;
  return `"${escapeLexical(value)}"^^<${datatype}>`;
}

/**
 * A term the index has no key for: an RDF 1.2 triple term (<<( s p o )>>). Queries over such a
 * graph go to oxigraph, which reads them.
 */
export class UnindexableTerm extends Error {
  constructor() {
    super('the graph has RDF 1.2 triple terms (<<( … )>>), which the index does not hold');
  }
}

/** The canonical key of an RDF/JS term. */
export function termKey(t: RDF.Term): string {
  switch (t.termType) {
    case 'NamedNode':
      return `<${t.value}>`;
    case 'BlankNode':
      return `_:${t.value}`;
    case 'Literal':
      return literalKey(t.value, t.language, t.datatype?.value);
    default:
      throw new UnindexableTerm();
  }
}

/** A key back to a SPARQL JSON results term. */
export function keyToJson(key: string): JsonTerm {
  const c = key.charCodeAt(0);
  if (c === 60 /* < */) return { type: 'uri', value: key.slice(1, -1) };
  if (c === 95 /* _ */) return { type: 'bnode', value: key.slice(2) };
  const close = key.lastIndexOf('"');
  const value = unescapeNt(key.slice(1, close));
  const rest = key.slice(close + 1);
  if (rest.startsWith('@')) return { type: 'literal', value, 'xml:lang': rest.slice(1) };
  if (rest.startsWith('^^<')) return { type: 'literal', value, datatype: rest.slice(3, -1) };
  return { type: 'literal', value };
}

/**
 * Splits one N-Triples / N-Quads line into canonical term keys: [s, p, o] or [s, p, o, g].
 * Returns null for blank and comment lines; throws on anything else it cannot read (a missing
 * final ".", an IRI with a space in it, a stray character), so a broken file is reported, not
 * half-read.
 */
export function splitStatement(line: string): string[] | null {
  const out: string[] = [];
  const n = line.length;
  let i = 0;
  const skipSpace = () => {
    while (i < n && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
  };
  for (;;) {
    skipSpace();
    if (i >= n || line[i] === '#') break;
    const ch = line[i];
    if (ch === '.') {
      if (out.length !== 3 && out.length !== 4) throw new Error(`expected 3 or 4 terms before ".", found ${out.length}`);
      i++;
      skipSpace();
      if (i < n && line[i] !== '#') throw new Error(`unexpected "${line[i]}" after the final "." at column ${i + 1}`);
      return out;
    }
    if (out.length === 4) throw new Error(`expected "." after 4 terms at column ${i + 1}`);
    if (ch === '<' && line[i + 1] === '<') throw new UnindexableTerm();
    if (ch === '<') {
      const close = line.indexOf('>', i);
      if (close < 0) throw new Error('unterminated IRI');
      const iri = line.slice(i + 1, close);
      if (/[\s<"]/.test(iri)) throw new Error(`invalid IRI at column ${i + 1}`);
      out.push(iri.includes('\\') ? `<${unescapeNt(iri)}>` : `<${iri}>`);
      i = close + 1;
    } else if (ch === '_' && line[i + 1] === ':') {
      let j = i + 2;
      while (j < n && line.charCodeAt(j) > 32 && !(line[j] === '.' && (j + 1 >= n || line.charCodeAt(j + 1) <= 32))) j++;
      if (j === i + 2) throw new Error(`empty blank node label at column ${i + 1}`);
      out.push(line.slice(i, j));
      i = j;
    } else if (ch === '"') {
      let j = i + 1;
      let escaped = false;
      while (j < n) {
        const cj = line.charCodeAt(j);
        if (cj === 92 /* \ */) {
          escaped = true;
          j += 2;
          continue;
        }
        if (cj === 34 /* " */) break;
        j++;
      }
      if (j >= n) throw new Error('unterminated literal');
      const raw = line.slice(i + 1, j);
      const value = escaped ? unescapeNt(raw) : raw;
      i = j + 1;
      if (line[i] === '@') {
        let k = i + 1;
        while (k < n && /[A-Za-z0-9-]/.test(line[k])) k++;
        out.push(literalKey(value, line.slice(i + 1, k)));
        i = k;
      } else if (line[i] === '^' && line[i + 1] === '^' && line[i + 2] === '<') {
        const close = line.indexOf('>', i + 3);
        if (close < 0) throw new Error('unterminated datatype IRI');
        out.push(literalKey(value, undefined, unescapeNt(line.slice(i + 3, close))));
        i = close + 1;
      } else out.push(literalKey(value));
    } else throw new Error(`unexpected "${ch}" at column ${i + 1}`);
  }
  if (out.length === 0) return null;
  throw new Error('missing the final "."');
}
