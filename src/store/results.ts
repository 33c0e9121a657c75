// Query results for people and programs: an aligned text table (IRIs compacted), and the SPARQL
// Query Results JSON, XML, CSV and TSV formats, written row by row. The one writer of results:
// the triple index, oxigraph (through its JSON), the endpoint (serve) and remote stores
// (query --endpoint) all print through writeResults, so a query prints the same bytes wherever it runs.
export interface JsonTerm {
  type: 'uri' | 'literal' | 'bnode' | 'triple';
  /** A string for IRIs, literals and blank nodes (an object for RDF 1.2 triple terms). */
  value: string;
  datatype?: string;
  'xml:lang'?: string;
}
export interface JsonResults {
  head: { vars?: string[] };
  results?: { bindings: Record<string, JsonTerm>[] };
  boolean?: boolean;
}

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const BARE_TYPES = new Set([`${XSD}string`, `${XSD}integer`, `${XSD}decimal`, `${XSD}double`, `${XSD}boolean`, `${XSD}nonNegativeInteger`, `${XSD}positiveInteger`, `${XSD}int`, `${XSD}long`]);
const MAX_CELL = 100;

export function compactIri(iri: string, prefixes: Record<string, string>): string {
  let best: [string, string] | undefined;
  for (const [p, ns] of Object.entries(prefixes)) {
    if (ns && iri.startsWith(ns) && (!best || ns.length > best[1].length)) {
      const local = iri.slice(ns.length);
      if (/^[\p{L}\p{N}_](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_-])?$/u.test(local) || local === '') best = [p, ns];
    }
  }
  return best ? `${best[0]}:${iri.slice(best[1].length)}` : `<${iri}>`;
}

function escapeControls(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

export function cellText(t: JsonTerm | undefined, prefixes: Record<string, string>, compact = (iri: string) => compactIri(iri, prefixes)): string {
  if (!t) return '';
  const value: string = typeof t.value === 'string' ? t.value : JSON.stringify(t.value);
  switch (t.type) {
    case 'uri':
      return compact(value);
    case 'bnode':
      return `_:${value}`;
    case 'literal': {
      const v = escapeControls(value);
      if (t['xml:lang']) return `"${v}"@${t['xml:lang']}`;
      if (!t.datatype || BARE_TYPES.has(t.datatype)) return v;
      return `"${v}"^^${compact(t.datatype)}`;
    }
    default:
      return escapeControls(value);
  }
}

/** Number of code points (a fair width for most text; wide CJK glyphs are not measured). */
const width = (s: string) => {
  if (!/[\ud800-\udfff]/.test(s)) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
};

function clip(s: string): string {
  if (s.length <= MAX_CELL || width(s) <= MAX_CELL) return s;
  return `${Array.from(s).slice(0, MAX_CELL - 1).join('')}…`;
}

/**
 * Query solutions as a grid of term ids, whatever produced them: `term(id)` gives the term.
 * With `sharedIds`, one id always means one term (the triple index's dictionary), so each
 * term is rendered once however many rows hold it.
 */
export interface Solutions {
  vars: string[];
  size: number;
  /** The id at row r, column c, or -1 when unbound. */
  at(r: number, c: number): number;
  term(id: number): JsonTerm;
  sharedIds: boolean;
}

/** SPARQL JSON results as Solutions (each cell its own id). */
export function solutionsOf(res: JsonResults): Solutions {
  const vars = res.head.vars ?? [];
  const rows = res.results?.bindings ?? [];
  const n = vars.length;
  return {
    vars,
    size: rows.length,
    at: (r, c) => (rows[r][vars[c]] ? r * n + c : -1),
    term: (id) => rows[Math.floor(id / n)][vars[id % n]],
    sharedIds: false,
  };
}

/** Renders each term once when ids are shared. */
function renderer(sol: Solutions, render: (t: JsonTerm) => string): (id: number) => string {
  if (!sol.sharedIds) return (id) => render(sol.term(id));
  const cache = new Map<number, string>();
  return (id) => {
    let s = cache.get(id);
    if (s === undefined) cache.set(id, (s = render(sol.term(id))));
    return s;
  };
}

interface Out {
  write(text: string): void;
}

/** Writes solutions as an aligned table ending with a row count (or true/false for ASK). */
export function writeTable(sol: Solutions, prefixes: Record<string, string>, out: Out): void {
  const iris = new Map<string, string>();
  const compact = (iri: string) => {
    let c = iris.get(iri);
    if (c === undefined) iris.set(iri, (c = compactIri(iri, prefixes)));
    return c;
  };
  const text = renderer(sol, (t) => clip(cellText(t, prefixes, compact)));
  const { vars, size } = sol;
  const header = vars.map((v) => `?${v}`);
  const widths = header.map(width);
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < vars.length; c++) {
      const id = sol.at(r, c);
      if (id >= 0) widths[c] = Math.max(widths[c], width(text(id)));
    }
  }
  const line = (cells: string[]) => cells.map((cell, i) => (i === cells.length - 1 ? cell : cell + ' '.repeat(widths[i] - width(cell)))).join(' | ').trimEnd();
  out.write(`${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('-+-')}\n`);
  for (let r = 0; r < size; r++) {
    const cells = vars.map((_, c) => {
      const id = sol.at(r, c);
      return id < 0 ? '' : text(id);
    });
    out.write(`${line(cells)}\n`);
  }
  out.write(`(${size} ${size === 1 ? 'row' : 'rows'})\n`);
}

class StringOut implements Out {
  parts: string[] = [];
  write(text: string): void {
    this.parts.push(text);
  }
}

/** Renders results as an aligned table (or `true`/`false` for ASK), ending with a newline. */
export function formatTable(res: JsonResults, prefixes: Record<string, string>): string {
  if (typeof res.boolean === 'boolean') return `${res.boolean}\n`;
  const out = new StringOut();
  writeTable(solutionsOf(res), prefixes, out);
  return out.parts.join('');
}

/** Writes solutions as SPARQL 1.1 Query Results JSON (one line). */
export function writeJson(sol: Solutions, out: Out): void {
  const json = renderer(sol, (t) => JSON.stringify(t));
  const keys = sol.vars.map((v) => `${JSON.stringify(v)}:`);
  out.write(`{"head":{"vars":${JSON.stringify(sol.vars)}},"results":{"bindings":[`);
  for (let r = 0; r < sol.size; r++) {
    let row = r === 0 ? '{' : ',{';
    let first = true;
    for (let c = 0; c < keys.length; c++) {
      const id = sol.at(r, c);
      if (id < 0) continue;
      row += (first ? '' : ',') + keys[c] + json(id);
      first = false;
    }
    out.write(`${row}}`);
  }
  out.write(']}}\n');
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Writes solutions as SPARQL 1.1 Query Results CSV: plain values, CRLF line ends. */
export function writeCsv(sol: Solutions, out: Out): void {
  const cell = renderer(sol, (t) => csvField(t.type === 'bnode' ? `_:${t.value}` : String(t.value)));
  out.write(`${sol.vars.map(csvField).join(',')}\r\n`);
  for (let r = 0; r < sol.size; r++) out.write(`${sol.vars.map((_, c) => (sol.at(r, c) < 0 ? '' : cell(sol.at(r, c)))).join(',')}\r\n`);
}

const TSV_BARE: Record<string, RegExp> = {
  [`${XSD}integer`]: /^[+-]?\d+$/,
  [`${XSD}decimal`]: /^[+-]?\d*\.\d+$/,
  [`${XSD}boolean`]: /^(?:true|false)$/,
};

function tsvTerm(t: JsonTerm): string {
  const value = String(t.value);
  if (t.type === 'uri') return `<${value}>`;
  if (t.type === 'bnode') return `_:${value}`;
  if (t.datatype && TSV_BARE[t.datatype]?.test(value)) return value;
  const body = `"${value.replace(/[\\"\n\r\t]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\${c}`))}"`;
  if (t['xml:lang']) return `${body}@${t['xml:lang']}`;
  if (t.datatype && t.datatype !== `${XSD}string`) return `${body}^^<${t.datatype}>`;
  return body;
}

/** Writes solutions as SPARQL 1.1 Query Results TSV: terms in Turtle syntax, ?-prefixed header. */
export function writeTsv(sol: Solutions, out: Out): void {
  const cell = renderer(sol, tsvTerm);
  out.write(`${sol.vars.map((v) => `?${v}`).join('\t')}\n`);
  for (let r = 0; r < sol.size; r++) out.write(`${sol.vars.map((_, c) => (sol.at(r, c) < 0 ? '' : cell(sol.at(r, c)))).join('\t')}\n`);
}

// XML 1.0 cannot carry C0 controls other than tab, LF and CR, U+FFFE/U+FFFF or lone surrogates: they
// are written as U+FFFD (JSON and TSV keep them). CR is a character reference, or parsers turn it into LF.
const XML_UNREPRESENTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;' };

function xmlText(s: string): string {
  return s.replace(XML_UNREPRESENTABLE, '\uFFFD').replace(/[&<>"\r]/g, (c) => XML_ESCAPES[c]!);
}

function xmlTerm(t: JsonTerm): string {
  switch (t.type) {
    case 'uri':
      return `<uri>${xmlText(t.value)}</uri>`;
    case 'bnode':
      return `<bnode>${xmlText(t.value)}</bnode>`;
    case 'literal': {
      const attr = t['xml:lang'] ? ` xml:lang="${xmlText(t['xml:lang'])}"` : t.datatype ? ` datatype="${xmlText(t.datatype)}"` : '';
      return `<literal${attr}>${xmlText(t.value)}</literal>`;
    }
    default: {
      // an RDF 1.2 triple term (SPARQL 1.2 Query Results XML)
      const v = t.value as unknown as { subject: JsonTerm; predicate: JsonTerm; object: JsonTerm };
      return `<triple><subject>${xmlTerm(v.subject)}</subject><predicate>${xmlTerm(v.predicate)}</predicate><object>${xmlTerm(v.object)}</object></triple>`;
    }
  }
}

const XML_HEAD = '<?xml version="1.0" encoding="utf-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n';

/** Writes solutions as SPARQL Query Results XML (https://www.w3.org/TR/rdf-sparql-XMLres/). */
export function writeXml(sol: Solutions, out: Out): void {
  const term = renderer(sol, xmlTerm);
  const bindings = sol.vars.map((v) => `<binding name="${xmlText(v)}">`);
  out.write(`${XML_HEAD}<head>${sol.vars.map((v) => `<variable name="${xmlText(v)}"/>`).join('')}</head>\n<results>\n`);
  for (let r = 0; r < sol.size; r++) {
    let row = '<result>';
    for (let c = 0; c < bindings.length; c++) {
      const id = sol.at(r, c);
      if (id >= 0) row += `${bindings[c]}${term(id)}</binding>`;
    }
    out.write(`${row}</result>\n`);
  }
  out.write('</results>\n</sparql>\n');
}

/** The formats a SELECT or ASK answer can be written in. */
export const TABLE_FORMATS = ['table', 'json', 'xml', 'csv', 'tsv'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

/**
 * Writes an ASK answer or SELECT solutions. ASK in CSV, TSV or a table is the bare word, `true` or
 * `false` (the CSV/TSV results formats define SELECT only).
 */
export function writeResults(res: { boolean: boolean } | Solutions, format: TableFormat, out: Out, prefixes: Record<string, string>): void {
  if ('boolean' in res) {
    if (format === 'json') out.write(`${JSON.stringify({ head: {}, boolean: res.boolean })}\n`);
    else if (format === 'xml') out.write(`${XML_HEAD}<head/>\n<boolean>${res.boolean}</boolean>\n</sparql>\n`);
    else out.write(`${res.boolean}\n`);
    return;
  }
  if (format === 'table') writeTable(res, prefixes, out);
  else if (format === 'json') writeJson(res, out);
  else if (format === 'xml') writeXml(res, out);
  else if (format === 'csv') writeCsv(res, out);
  else writeTsv(res, out);
}

/** writeResults for results already in SPARQL JSON form (oxigraph's answer, a remote store's). */
export function writeJsonResults(res: JsonResults, format: TableFormat, out: Out, prefixes: Record<string, string>): void {
  writeResults(typeof res.boolean === 'boolean' ? { boolean: res.boolean } : solutionsOf(res), format, out, prefixes);
}
