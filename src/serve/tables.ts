// SPARQL 1.1 Query Results CSV and TSV (https://www.w3.org/TR/sparql11-results-csv-tsv/), written
// from the JSON results oxigraph produces (which the endpoint has parsed anyway to count rows).
import type { JsonResults, JsonTerm } from '../store/index.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function termValue(t: JsonTerm): string {
  return typeof t.value === 'string' ? t.value : JSON.stringify(t.value);
}

/** CSV: plain values (IRIs, lexical forms, `_:` blank nodes), CRLF line ends. */
export function toCsv(res: JsonResults): string {
  if (typeof res.boolean === 'boolean') return `_askResult\r\n${res.boolean}\r\n`;
  const vars = res.head.vars ?? [];
  const lines = [vars.map(csvField).join(',')];
  for (const b of res.results?.bindings ?? []) {
    lines.push(
      vars
        .map((v) => {
          const t = b[v];
          if (!t) return '';
          return csvField(t.type === 'bnode' ? `_:${termValue(t)}` : termValue(t));
        })
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

function escapeTurtleString(s: string): string {
  return s.replace(/[\\"\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '"' ? '\\"' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

function tsvTerm(t: JsonTerm): string {
  const value = termValue(t);
  switch (t.type) {
    case 'uri':
      return `<${value}>`;
    case 'bnode':
      return `_:${value}`;
    case 'literal': {
      if (t['xml:lang']) return `"${escapeTurtleString(value)}"@${t['xml:lang']}`;
      const dt = t.datatype;
      if (!dt || dt === `${XSD}string`) return `"${escapeTurtleString(value)}"`;
      if (dt === `${XSD}integer` && /^[+-]?\d+$/.test(value)) return value;
      if (dt === `${XSD}decimal` && /^[+-]?\d*\.\d+$/.test(value)) return value;
      if (dt === `${XSD}double` && /^[+-]?(\d+\.\d*|\.?\d+)[eE][+-]?\d+$/.test(value)) return value;
      if (dt === `${XSD}boolean` && (value === 'true' || value === 'false')) return value;
      return `"${escapeTurtleString(value)}"^^<${dt}>`;
    }
    default: {
      // an RDF 1.2 triple term: {subject, predicate, object} of JSON terms
      const v = t.value as unknown as { subject?: JsonTerm; predicate?: JsonTerm; object?: JsonTerm };
      if (v && typeof v === 'object' && v.subject && v.predicate && v.object) return `<< ${tsvTerm(v.subject)} ${tsvTerm(v.predicate)} ${tsvTerm(v.object)} >>`;
      return `"${escapeTurtleString(value)}"`;
    }
  }
}

/** TSV: `?var` header, terms in Turtle syntax, LF line ends. */
export function toTsv(res: JsonResults): string {
  if (typeof res.boolean === 'boolean') return `?_askResult\n${res.boolean}\n`;
  const vars = res.head.vars ?? [];
  const lines = [vars.map((v) => `?${v}`).join('\t')];
  for (const b of res.results?.bindings ?? []) lines.push(vars.map((v) => (b[v] ? tsvTerm(b[v]) : '')).join('\t'));
  return `${lines.join('\n')}\n`;
}
