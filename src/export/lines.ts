// One N-Triples or N-Quads line per statement, as text every parser reads: the canonical line
// n3's Writer makes (its escapes and term forms) passed through portableRdfText, written
// directly. A build writes a line for every statement of every article (about a million on the
// BBC corpus, 250 MB); n3's writer and the portability pass after it (a scan of the whole text
// for controls and escaped noncharacters) were a tenth of the build's time.
//
// Terms this file does not write itself go through n3 and portableRdfText as before, so the
// bytes are the same for every statement: blank nodes (n3 writes their labels as they are, and
// portableRdfText escapes controls in them), RDF 1.2 triple terms and literals with a direction.
import type * as RDF from '@rdfjs/types';
import { Writer } from 'n3';
import { portableRdfText, uEscape } from './portable.js';

// What n3's canonical mode escapes (controls, '"', '\', DEL, U+FFFE, U+FFFF), but for U+FFFE
// and U+FFFF, which portableRdfText turns back into the characters (Raptor refuses their escapes).
const ESCAPED = /[^ !#-[\]-~\u0080-\uFFFF]/;
const ESCAPED_ALL = /[^ !#-[\]-~\u0080-\uFFFF]/g;
const SHORT: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\b': '\\b', '\f': '\\f' };
const escapeOne = (c: string) => SHORT[c] ?? uEscape(c);
const escaped = (s: string) => (ESCAPED.test(s) ? s.replace(ESCAPED_ALL, escapeOne) : s);

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

/** The term as a line writes it, or undefined for one left to n3 (see the header). */
function termText(t: RDF.Term): string | undefined {
  switch (t.termType) {
    case 'NamedNode':
      return `<${escaped(t.value)}>`;
    case 'Literal': {
      if ((t as { direction?: string }).direction) return undefined;
      const value = escaped(t.value);
      if (t.language) return `"${value}"@${t.language}`;
      const dt = t.datatype?.value ?? XSD_STRING;
      return dt === XSD_STRING ? `"${value}"` : `"${value}"^^<${escaped(dt)}>`;
    }
    default:
      return undefined;
  }
}

/** IRIs whose text a LineWriter keeps at most (then it starts over). */
const KNOWN_IRIS = 4096;

/**
 * Writes statements as lines, with their graph names (N-Quads) or without (N-Triples). IRIs
 * repeat from line to line (the article, its graph, the predicates, the classes): their text is
 * kept by IRI, so each is checked for escapes once.
 */
export class LineWriter {
  private n3?: Writer;
  private known = new Map<string, string>();

  constructor(private readonly withGraphs: boolean) {}

  private text(t: RDF.Term): string | undefined {
    if (t.termType !== 'NamedNode') return termText(t);
    let s = this.known.get(t.value);
    if (s === undefined) {
      if (this.known.size >= KNOWN_IRIS) this.known.clear();
      s = `<${escaped(t.value)}>`;
      this.known.set(t.value, s);
    }
    return s;
  }

  /** One statement's line, with its final newline. */
  line(q: RDF.Quad): string {
    const s = this.text(q.subject);
    const p = this.text(q.predicate);
    const o = this.text(q.object);
    const g = !this.withGraphs || q.graph.termType === 'DefaultGraph' ? '' : this.text(q.graph);
    if (s === undefined || p === undefined || o === undefined || g === undefined) {
      this.n3 ??= new Writer({ format: this.withGraphs ? 'N-Quads' : 'N-Triples' });
      return portableRdfText(this.n3.quadToString(q.subject, q.predicate, q.object, this.withGraphs ? q.graph : undefined));
    }
    return g ? `${s} ${p} ${o} ${g} .\n` : `${s} ${p} ${o} .\n`;
  }

  /** The lines of many statements, in their order. */
  lines(quads: Iterable<RDF.Quad>): string {
    let out = '';
    for (const q of quads) out += this.line(q);
    return out;
  }
}
