// newskg build: ingest → extract → graph → export. Messages go to stderr; stdout carries only
// the graph when --out is '-'.
import type * as RDF from '@rdfjs/types';
import { ExtractError, NewskgError, UsageError } from '../errors.js';
import { type ExportFormat, canonicalQuads, formatFromPath, graphStats, keepsGraphs, parseExportFormat, writeCanonicalGraph } from '../export/index.js';
import { extractArticle } from '../extract/index.js';
import { DEFAULT_BASE, extractionQuads } from '../graph/index.js';
import { readInputs } from '../ingest/index.js';
import { EXIT, type Io, lastValue, parseCommandLine } from './args.js';

export const BUILD_HELP = `Usage: newskg build <file|folder|glob>... --out FILE [options]

Reads news articles and writes their knowledge graph.

Inputs: files, folders (searched recursively) and quoted globs ("data/**/*.txt") of
  .txt .md    plain text, UTF-8 (or UTF-16 with a byte-order mark), used exactly as written
  .html .htm  a web page; the article text is extracted (Readability)
  .jsonl      one article a line: {"text": "...", "id"?, "title"?, "date"?, "url"?}
The article id is the file name without extension (JSONL: "id", else <file>-<line>).
Duplicate ids get -2, -3, ... in (path, line) order, with a warning.

Options:
  -o, --out FILE       where to write the graph ('-' for stdout)            (required)
  -f, --format FORMAT  turtle | ntriples | nquads | trig | jsonld
                       (default: from the --out extension .ttl .nt .nq .trig .jsonld .json;
                       turtle for stdout). turtle and ntriples merge the per-article
                       named graphs; nquads, trig and jsonld keep them.
  -b, --base IRI       base IRI for minted resources, ending in / or #
                       (default: ${DEFAULT_BASE})
  -q, --quiet          print only errors, no summary
  -h, --help           show this help

The output is deterministic: the same inputs in any order give the same bytes. It is written
to a temporary file and renamed, so a failed run leaves the previous output intact.
The summary goes to stderr.

Exit codes: 0 built; 3 built, but some inputs were skipped (listed at the end);
            1 nothing built (all inputs bad, or the output could not be written); 2 usage error.
`;

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  format: { type: 'string', short: 'f' },
  base: { type: 'string', short: 'b' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface BuildSummary {
  out: string;
  format: ExportFormat;
  articles: number;
  statements: number;
  stats: ReturnType<typeof graphStats>;
  errors: NewskgError[];
  warnings: NewskgError[];
}

function checkBase(base: string): void {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]*[/#]$/.test(base)) {
    throw new UsageError(`build: --base "${base}" is not an absolute IRI ending in / or #`, { hint: `e.g. --base ${DEFAULT_BASE}` });
  }
}

/** The build itself, without argument parsing or printing. Throws only when nothing can be built. */
export function build(inputs: string[], out: string, format: ExportFormat, base: string, progress?: (msg: string) => void): BuildSummary {
  const ingest = readInputs(inputs);
  const errors = [...ingest.errors];
  const quads: RDF.Quad[] = [];
  let built = 0;
  for (const article of ingest.articles) {
    try {
      const extraction = extractArticle(article);
      const q = extractionQuads(extraction, { base });
      for (const x of q) quads.push(x);
      built++;
      if (progress && built % 500 === 0) progress(`${built}/${ingest.articles.length} articles`);
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      errors.push(new ExtractError(`could not process article "${article.id}": ${msg}`, { file: article.source.path, line: article.source.line, hint: 'please report this with the input', cause: e }));
    }
  }
  errors.sort((a, b) => cmp(a.file ?? '', b.file ?? '') || (a.line ?? 0) - (b.line ?? 0));
  if (built === 0) {
    const why = ingest.articles.length === 0 ? 'no readable articles in the inputs' : 'no article could be processed';
    const err = new NewskgError('E_INPUT_EMPTY', `nothing built: ${why}`, { hint: errors.length ? 'see the errors above' : 'check the input paths' });
    throw Object.assign(err, { inputErrors: errors, warnings: ingest.warnings });
  }
  const canon = canonicalQuads(quads, { dropGraphs: !keepsGraphs(format) });
  quads.length = 0;
  writeCanonicalGraph(out, canon, format);
  return { out, format, articles: built, statements: canon.length, stats: graphStats(canon, { canonical: true }), errors, warnings: ingest.warnings };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function formatSummary(s: BuildSummary): string {
  const e = s.stats.entities;
  const total = e.Person + e.Country + e.Organization + e.Place;
  const where = s.out === '-' ? 'stdout' : s.out;
  const graphs = keepsGraphs(s.format) ? 'quads' : 'triples';
  return [
    `newskg: wrote ${where} (${s.format})`,
    `  articles  ${s.articles}`,
    `  entities  ${total} (Person ${e.Person}, Country ${e.Country}, Organization ${e.Organization}, Place ${e.Place})`,
    `  quotes    ${s.stats.quotes}`,
    `  pledges   ${s.stats.pledges}`,
    `  triples   ${s.stats.triples}${graphs === 'quads' ? ` (${s.statements} quads written)` : ''}`,
    '',
  ].join('\n');
}

function warningLine(w: NewskgError): string {
  return w.format().replace(/^newskg: /, 'newskg: warning: ');
}

const WARNINGS_PER_KIND = 10;

/** Warnings, at most WARNINGS_PER_KIND of each code, then a count of the rest. */
function printWarnings(warnings: NewskgError[], io: Io): void {
  const shown = new Map<string, number>();
  for (const w of warnings) {
    const n = (shown.get(w.code) ?? 0) + 1;
    shown.set(w.code, n);
    if (n <= WARNINGS_PER_KIND) io.stderr(`${warningLine(w)}\n`);
  }
  for (const [code, n] of shown) {
    if (n > WARNINGS_PER_KIND) io.stderr(`newskg: warning: ${n - WARNINGS_PER_KIND} more ${code} warnings not shown\n`);
  }
}

export async function runBuild(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandLine(args, OPTIONS, 'build');
  if (values.help) {
    io.stdout(BUILD_HELP);
    return EXIT.OK;
  }
  const out = lastValue(values.out);
  if (positionals.length === 0) throw new UsageError('build: no inputs', { hint: 'usage: newskg build <file|folder|glob>... --out FILE' });
  if (!out) throw new UsageError('build: missing --out FILE', { hint: 'e.g. --out out/graph.ttl (or --out - for stdout)' });
  const formatName = lastValue(values.format);
  let format: ExportFormat;
  if (formatName) format = parseExportFormat(formatName);
  else if (out === '-') format = 'turtle';
  else {
    const f = formatFromPath(out);
    if (!f) throw new UsageError(`build: cannot tell the output format from "${out}"`, { hint: 'use a .ttl .nt .nq .trig .jsonld file name, or --format' });
    format = f;
  }
  const base = lastValue(values.base) ?? DEFAULT_BASE;
  checkBase(base);

  let summary: BuildSummary;
  try {
    summary = build(positionals, out, format, base, values.quiet ? undefined : (m) => io.stderr(`newskg: ${m}\n`));
  } catch (e) {
    const extra = e as { inputErrors?: NewskgError[]; warnings?: NewskgError[] };
    printWarnings(extra.warnings ?? [], io);
    for (const err of extra.inputErrors ?? []) io.stderr(`${err.format()}\n`);
    throw e;
  }
  printWarnings(summary.warnings, io);
  if (!values.quiet) io.stderr(formatSummary(summary));
  if (summary.errors.length) {
    io.stderr(`newskg: skipped ${summary.errors.length} bad input${summary.errors.length === 1 ? '' : 's'}:\n`);
    for (const err of summary.errors) io.stderr(`${err.format()}\n`);
    return EXIT.PARTIAL;
  }
  return EXIT.OK;
}
