// Invariants every extraction and every written graph must keep, shared by the robustness and
// property tests and the fuzzer: spans are exact code-point substrings, every export format parses
// back (n3 and oxigraph), and every nif:anchorOf equals its substring of nif:isString.
import type * as RDF from '@rdfjs/types';
import { Parser, Store } from 'n3';
import oxigraph from 'oxigraph';
import SHACLValidator from 'rdf-validate-shacl';
import { readFileSync } from 'node:fs';
import { EXPORT_FORMATS, type ExportFormat, serializeToString } from '../../src/export/index.js';
import { codePointSlicer } from '../../src/text/offsets.js';
import type { Extraction, Span } from '../../src/types.js';
import { defaultShapesPath } from '../../src/validate/index.js';

const NIF = 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#';

/** Problems with the extraction's spans (empty when all is well). */
export function spanProblems(x: Extraction): string[] {
  const text = x.article.text;
  const points = Array.from(text);
  const out: string[] = [];
  const slice = (s: Span) => points.slice(s.begin, s.end).join('');
  const check = (what: string, s: Span | undefined, anchor?: string) => {
    if (!s) return;
    if (!(Number.isInteger(s.begin) && Number.isInteger(s.end) && 0 <= s.begin && s.begin <= s.end && s.end <= points.length)) out.push(`${what}: bad span ${JSON.stringify(s)} (text has ${points.length} code points)`);
    else if (anchor !== undefined && slice(s) !== anchor) out.push(`${what}: anchor ${JSON.stringify(anchor)} ≠ substring ${JSON.stringify(slice(s))} at ${s.begin},${s.end}`);
  };
  x.sentences.forEach((s, i) => check(`sentence ${i}`, s));
  x.mentions.forEach((m, i) => check(`mention ${i}`, m.span, m.anchor));
  x.boilerplate.forEach((b, i) => check(`boilerplate ${i}`, b.span, b.text));
  x.roles.forEach((r, i) => check(`role ${i} evidence`, r.evidence));
  x.pledges.forEach((p, i) => check(`pledge ${i} evidence`, p.evidence));
  x.quotes.forEach((q, i) => {
    q.segments.forEach((s, k) => check(`quote ${i} segment ${k}`, s));
    check(`quote ${i} evidence`, q.evidence);
    check(`quote ${i} speaker`, q.speakerMention, q.speakerText);
    check(`quote ${i} cue`, q.cueSpan);
    // the quote's text is its segments joined by a space
    if (q.segments.length && q.text !== q.segments.map(slice).join(' ')) out.push(`quote ${i}: text ${JSON.stringify(q.text)} is not its segments`);
  });
  return out;
}

const N3_FORMAT: Record<ExportFormat, string | undefined> = { turtle: 'text/turtle', ntriples: 'application/n-triples', nquads: 'application/n-quads', trig: 'application/trig', jsonld: undefined };
const OX_FORMAT: Record<ExportFormat, string> = { turtle: 'text/turtle', ntriples: 'application/n-triples', nquads: 'application/n-quads', trig: 'application/trig', jsonld: 'application/ld+json' };

export function formatOfFile(file: string): ExportFormat {
  const ext = file.slice(file.lastIndexOf('.') + 1);
  return ({ ttl: 'turtle', nt: 'ntriples', nq: 'nquads', trig: 'trig', jsonld: 'jsonld' } as Record<string, ExportFormat>)[ext]!;
}

export function parseN3(text: string, format: ExportFormat): RDF.Quad[] {
  const f = N3_FORMAT[format];
  if (!f) return parseOxigraph(text, format); // n3 has no JSON-LD parser
  return new Parser({ format: f }).parse(text) as RDF.Quad[];
}

export function parseOxigraph(text: string, format: ExportFormat): RDF.Quad[] {
  return oxigraph.parse(text, { format: OX_FORMAT[format] }) as unknown as RDF.Quad[];
}

/** Problems with the anchors of a parsed graph: each nif:anchorOf must equal its substring of nif:isString. */
export function anchorProblems(quads: RDF.Quad[]): string[] {
  const bySubject = new Map<string, Map<string, RDF.Term>>();
  for (const q of quads) {
    const p = q.predicate.value;
    if (!p.startsWith(NIF)) continue;
    let m = bySubject.get(q.subject.value);
    if (!m) bySubject.set(q.subject.value, (m = new Map()));
    m.set(p.slice(NIF.length), q.object);
  }
  const out: string[] = [];
  const slicers = new Map<string, (span: Span) => string>();
  for (const [s, m] of bySubject) {
    const anchor = m.get('anchorOf');
    if (!anchor) continue;
    const ctx = m.get('referenceContext');
    const text = ctx && bySubject.get(ctx.value)?.get('isString');
    if (!text) {
      out.push(`${s}: no referenceContext with nif:isString`);
      continue;
    }
    const span = { begin: Number(m.get('beginIndex')?.value), end: Number(m.get('endIndex')?.value) };
    let slice = slicers.get(ctx!.value);
    if (!slice) slicers.set(ctx!.value, (slice = codePointSlicer(text.value)));
    const sub = slice(span);
    if (sub !== anchor.value) out.push(`${s}: anchorOf ${JSON.stringify(anchor.value)} ≠ ${JSON.stringify(sub)}`);
  }
  return out;
}

/** Serializes quads in every format; parses each back with n3 and (when `oxigraphToo`) oxigraph; returns problems. */
export function roundTripProblems(quads: RDF.Quad[], { oxigraphToo = true } = {}): string[] {
  const out: string[] = [];
  for (const format of EXPORT_FORMATS) {
    const text = serializeToString(quads, format);
    const parsers: [string, (t: string, f: ExportFormat) => RDF.Quad[]][] = [['n3', parseN3]];
    if (oxigraphToo && format !== 'jsonld') parsers.push(['oxigraph', parseOxigraph]);
    if (!oxigraphToo && format === 'jsonld') continue; // n3 cannot read JSON-LD; oxigraph is the sampled parser
    for (const [name, parse] of parsers) {
      let back: RDF.Quad[];
      try {
        back = parse(text, format);
      } catch (e) {
        out.push(`${format}: ${name} cannot parse: ${(e as Error).message.slice(0, 300)}`);
        continue;
      }
      out.push(...anchorProblems(back).map((p) => `${format}/${name}: ${p}`));
      if (format === 'nquads' || format === 'ntriples') {
        // line formats: the same number of statements as written
        const lines = text.split('\n').filter((l) => l.trim() !== '').length;
        if (back.length !== lines) out.push(`${format}/${name}: ${back.length} statements parsed back, ${lines} written`);
      }
    }
  }
  return out;
}

let shapes: Store | undefined;
/** SHACL report for quads (graph names dropped), with the project's shapes. */
export async function shaclProblems(quads: RDF.Quad[]): Promise<string[]> {
  shapes ??= new Store(new Parser({ format: 'text/turtle' }).parse(readFileSync(defaultShapesPath(), 'utf8')));
  const { DataFactory } = await import('n3');
  const data = new Store(quads.map((q) => DataFactory.quad(q.subject as RDF.Quad_Subject, q.predicate as RDF.Quad_Predicate, q.object as RDF.Quad_Object)));
  const report = await new SHACLValidator(shapes).validate(data);
  return report.results.filter((r) => !r.severity || r.severity.value.endsWith('Violation')).map((r) => `SHACL: ${r.focusNode?.value} ${r.path?.value ?? ''} ${(r.message ?? []).map((m) => m.value).join('; ')}`);
}
