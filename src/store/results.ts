// SPARQL 1.1 Query Results JSON → an aligned text table for people, with IRIs compacted.
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
const BARE_TYPES = new Set([`${XSD}string`, `${XSD}integer`, `${XSD}decimal`, `${XSD}double`, `${XSD}boolean`]);
const MAX_CELL = 100;

/** PREFIX declarations of a SPARQL query. */
export function queryPrefixes(sparql: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^>\s]*)>/gi;
  for (let m = re.exec(sparql); m; m = re.exec(sparql)) out[m[1] ?? ''] = m[2];
  return out;
}

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

export function cellText(t: JsonTerm | undefined, prefixes: Record<string, string>): string {
  if (!t) return '';
  const value: string = typeof t.value === 'string' ? t.value : JSON.stringify(t.value);
  switch (t.type) {
    case 'uri':
      return compactIri(value, prefixes);
    case 'bnode':
      return `_:${value}`;
    case 'literal': {
      const v = escapeControls(value);
      if (t['xml:lang']) return `"${v}"@${t['xml:lang']}`;
      if (!t.datatype || BARE_TYPES.has(t.datatype)) return v;
      return `"${v}"^^${compactIri(t.datatype, prefixes)}`;
    }
    default:
      return escapeControls(value);
  }
}

/** Number of code points (a fair width for most text; wide CJK glyphs are not measured). */
const width = (s: string) => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

function clip(s: string): string {
  if (width(s) <= MAX_CELL) return s;
  return `${Array.from(s).slice(0, MAX_CELL - 1).join('')}…`;
}

/** Renders results as an aligned table (or `true`/`false` for ASK), ending with a newline. */
export function formatTable(res: JsonResults, prefixes: Record<string, string>): string {
  if (typeof res.boolean === 'boolean') return `${res.boolean}\n`;
  const vars = res.head.vars ?? [];
  const rows = (res.results?.bindings ?? []).map((b) => vars.map((v) => clip(cellText(b[v], prefixes))));
  const header = vars.map((v) => `?${v}`);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const pad = (s: string, w: number) => s + ' '.repeat(w - width(s));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i]))).join(' | ').trimEnd();
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('-+-'), ...rows.map(line)];
  out.push(`(${rows.length} ${rows.length === 1 ? 'row' : 'rows'})`);
  return `${out.join('\n')}\n`;
}
