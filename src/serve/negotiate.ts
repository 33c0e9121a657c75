// HTTP content negotiation (RFC 9110 §12.5.1) for SPARQL results: the Accept header's media
// ranges with their q-values, matched against what each query form can be written as.

export type TableFormat = 'json' | 'xml' | 'csv' | 'tsv';
export type GraphFormat = 'turtle' | 'ntriples' | 'rdfxml';

interface Offer<F> {
  type: string;
  format: F;
}

/** SELECT and ASK results; the first is the default. */
export const TABLE_OFFERS: Offer<TableFormat>[] = [
  { type: 'application/sparql-results+json', format: 'json' },
  { type: 'application/json', format: 'json' },
  { type: 'text/csv', format: 'csv' },
  { type: 'text/tab-separated-values', format: 'tsv' },
  { type: 'application/sparql-results+xml', format: 'xml' },
  { type: 'application/xml', format: 'xml' },
];

/** CONSTRUCT and DESCRIBE results; the first is the default. */
export const GRAPH_OFFERS: Offer<GraphFormat>[] = [
  { type: 'text/turtle', format: 'turtle' },
  { type: 'application/x-turtle', format: 'turtle' },
  { type: 'application/n-triples', format: 'ntriples' },
  { type: 'text/plain', format: 'ntriples' },
  { type: 'application/rdf+xml', format: 'rdfxml' },
];

export const CONTENT_TYPES: Record<TableFormat | GraphFormat, string> = {
  json: 'application/sparql-results+json; charset=utf-8',
  xml: 'application/sparql-results+xml; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  tsv: 'text/tab-separated-values; charset=utf-8',
  turtle: 'text/turtle; charset=utf-8',
  ntriples: 'application/n-triples; charset=utf-8',
  rdfxml: 'application/rdf+xml; charset=utf-8',
};

interface Range {
  type: string;
  subtype: string;
  q: number;
  /** More specific ranges win over less specific ones for the same type. */
  specificity: number;
  order: number;
}

export function parseAccept(header: string | undefined): Range[] {
  if (!header || !header.trim()) return [{ type: '*', subtype: '*', q: 1, specificity: 0, order: 0 }];
  const out: Range[] = [];
  header.split(',').forEach((part, order) => {
    const [range, ...params] = part.split(';').map((s) => s.trim());
    const m = /^([\w!#$%&'*+.^`|~-]+)\/([\w!#$%&'*+.^`|~-]+)$/.exec(range ?? '');
    if (!m) return;
    let q = 1;
    for (const p of params) {
      const qm = /^q\s*=\s*([0-9.]+)$/i.exec(p);
      if (qm) q = Math.max(0, Math.min(1, Number(qm[1]) || 0));
    }
    const type = m[1].toLowerCase();
    const subtype = m[2].toLowerCase();
    const specificity = type === '*' ? 0 : subtype === '*' ? 1 : 2;
    out.push({ type, subtype, q, specificity, order });
  });
  return out;
}

/** The q-value the Accept ranges give a media type (the most specific matching range decides). */
function qualityOf(mediaType: string, ranges: Range[]): number {
  const [type, subtype] = mediaType.split('/');
  let best: Range | undefined;
  for (const r of ranges) {
    const matches = (r.type === '*' || r.type === type) && (r.subtype === '*' || r.subtype === subtype);
    if (matches && (!best || r.specificity > best.specificity)) best = r;
  }
  return best ? best.q : 0;
}

/**
 * The offer the client prefers (highest q; ties go to the earlier Accept entry, then to the
 * server's order), or undefined when none is acceptable (→ 406).
 */
export function negotiate<F>(accept: string | undefined, offers: Offer<F>[]): Offer<F> | undefined {
  const ranges = parseAccept(accept);
  let best: { offer: Offer<F>; q: number; spec: number; order: number; idx: number } | undefined;
  offers.forEach((offer, idx) => {
    const q = qualityOf(offer.type, ranges);
    if (q <= 0) return;
    const [type, subtype] = offer.type.split('/');
    // the Accept entry that named this type explicitly (exact matches beat wildcards on ties)
    const exact = ranges.find((r) => r.type === type && r.subtype === subtype);
    const spec = exact ? 2 : 0;
    const order = exact ? exact.order : Number.MAX_SAFE_INTEGER;
    if (!best || q > best.q || (q === best.q && (spec > best.spec || (spec === best.spec && order < best.order)))) {
      best = { offer, q, spec, order, idx };
    }
  });
  return best?.offer;
}
