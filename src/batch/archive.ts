// Reading an existing graph for `build --into`: N-Quads or TriG, one named graph per article.
// Yields each graph's statements as N-Quads text, one graph at a time (memory: one graph).
// N-Quads is split by scanning each line for its graph term; TriG goes through n3's streaming
// parser. A graph must be contiguous (as newskg writes them); statements outside named graphs
// are refused, since they would belong to no article.
import { StreamParser, Writer } from 'n3';
import { createReadStream } from 'node:fs';
import { RdfSyntaxError } from '../errors.js';
import { byteLines } from './inputs.js';

export interface ArchiveGraph {
  iri: string;
  nquads: string;
}

/** The graph IRI of an N-Quads line; '' for the default graph; undefined for blank/comment. */
export function graphOfLine(line: string): string | undefined {
  const n = line.length;
  let i = 0;
  const ws = () => {
    while (i < n && (line[i] === ' ' || line[i] === '\t')) i++;
  };
  ws();
  if (i >= n || line[i] === '#') return undefined;
  for (let t = 0; t < 3; t++) {
    ws();
    const c = line[i];
    if (c === '<') i = line.indexOf('>', i) + 1;
    else if (c === '"') {
      i++;
      while (i < n && line[i] !== '"') i += line[i] === '\\' ? 2 : 1;
      i++;
      if (line[i] === '@') while (i < n && line[i] !== ' ' && line[i] !== '\t') i++;
      else if (line.startsWith('^^<', i)) i = line.indexOf('>', i) + 1;
    } else while (i < n && line[i] !== ' ' && line[i] !== '\t') i++;
    if (i <= 0) throw new Error('unterminated term');
  }
  ws();
  if (line[i] === '<') return line.slice(i + 1, line.indexOf('>', i));
  if (line[i] === '_') return line.slice(i, line.indexOf(' ', i));
  return '';
}

function outsideGraphs(file: string, line?: number): RdfSyntaxError {
  return new RdfSyntaxError('statement outside a named graph', { file, line, hint: '--into takes a graph newskg wrote (N-Quads or TriG, one named graph per article)' });
}

function splitGraph(file: string, iri: string): RdfSyntaxError {
  return new RdfSyntaxError(`graph <${iri}> is split in two places`, { file, hint: 'write the archive with newskg (each graph in one block), or sort it' });
}

export async function* readArchive(file: string, format: 'nquads' | 'trig'): AsyncGenerator<ArchiveGraph> {
  const seen = new Set<string>();
  let current: string | undefined;
  let lines: string[] = [];
  const take = (iri: string) => {
    if (seen.has(iri)) throw splitGraph(file, iri);
    seen.add(iri);
  };
  if (format === 'nquads') {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for await (const { bytes, lineNo } of byteLines(file)) {
      const line = decoder.decode(bytes);
      let g: string | undefined;
      try {
        g = graphOfLine(line);
      } catch {
        throw new RdfSyntaxError('cannot read this N-Quads line', { file, line: lineNo });
      }
      if (g === undefined) continue;
      if (g === '') throw outsideGraphs(file, lineNo);
      if (g !== current) {
        if (current !== undefined) yield { iri: current, nquads: lines.join('\n') };
        take(g);
        current = g;
        lines = [];
      }
      lines.push(line);
    }
    if (current !== undefined) yield { iri: current, nquads: lines.join('\n') };
    return;
  }
  // TriG: n3's streaming parser, quads regrouped by graph
  const writer = new Writer({ format: 'N-Quads' });
  const parser = new StreamParser({ format: 'TriG' });
  const stream = createReadStream(file).pipe(parser);
  let failed: Error | undefined;
  stream.on('error', (e: Error) => (failed = e));
  for await (const q of stream as AsyncIterable<import('@rdfjs/types').Quad>) {
    if (q.graph.termType === 'DefaultGraph') throw outsideGraphs(file);
    const g = q.graph.value;
    if (g !== current) {
      if (current !== undefined) yield { iri: current, nquads: lines.join('') };
      take(g);
      current = g;
      lines = [];
    }
    lines.push(writer.quadToString(q.subject, q.predicate, q.object, q.graph));
  }
  if (failed) throw new RdfSyntaxError(failed.message, { file });
  if (current !== undefined) yield { iri: current, nquads: lines.join('') };
}
