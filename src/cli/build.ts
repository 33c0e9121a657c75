// newskg build: ingest → extract → graph → export. Messages go to stderr; stdout carries only
// the graph when --out is '-'.
import { availableParallelism } from 'node:os';
import { type BatchSummary, Progress, buildBatch } from '../batch/index.js';
import { NewskgError, UsageError } from '../errors.js';
import { type ExportFormat, formatFromPath, keepsGraphs, parseExportFormat } from '../export/index.js';
import { DEFAULT_BASE } from '../graph/index.js';
import { type TripleIndex, buildIndex, indexPathFor, writeIndex } from '../store/index.js';
import { EXIT, type Io, lastValue, parseCommandLine, processIo } from './args.js';

const processIoRef = () => processIo;

export const BUILD_HELP = `Usage: newskg build <file|folder|glob>... --out FILE [options]
       newskg build <file|folder|glob>... --into ARCHIVE.nq|.trig [--out FILE] [options]

Reads news articles and writes their knowledge graph.

Inputs: files, folders (searched recursively) and quoted globs ("data/**/*.txt") of
  .txt .md    plain text, UTF-8 (or UTF-16 with a byte-order mark), used exactly as written
  .html .htm  a web page; the article text is extracted (Readability)
  .jsonl      one article a line: {"text": "...", "id"?, "title"?, "date"?, "url"?}
The article id is the file name without extension (JSONL: "id", else <file>-<line>).
An article (a file, or a JSONL line's text) may hold up to 4 MB of text (a news article
holds under 0.1 MB); a larger one is refused with its own error (E_INPUT_TOO_LARGE), as other
bad inputs are: split it into several articles.
Duplicate ids get -2, -3, ... in (path, line) order, with a warning.

Options:
  -o, --out FILE       where to write the graph ('-' for stdout)            (required)
  -f, --format FORMAT  turtle | ntriples | nquads | trig | jsonld
                       (default: from the --out extension .ttl .nt .nq .trig .jsonld .json;
                       turtle for stdout). turtle and ntriples merge the per-article
                       named graphs; nquads, trig and jsonld keep them.
  -b, --base IRI       base IRI for minted resources, ending in / or #
                       (default: ${DEFAULT_BASE})
  -j, --jobs N         worker threads (default: the number of cores, ${availableParallelism()} here);
                       the output does not depend on it
  -i, --into FILE      add the articles to an existing graph (N-Quads or TriG, one named
                       graph per article; a missing file starts an empty one): an article
                       already there is replaced (its named graph only), the others are kept.
                       The result goes to --out, by default back into FILE.
  --no-index           do not write the triple index FILE.nkgi beside the output (it lets
                       newskg query answer SELECT/ASK queries without loading the graph;
                       the first query writes it when missing)
  -q, --quiet          print only errors, no summary (and no progress)
  -h, --help           show this help

The output is deterministic: the same inputs in any order, and any --jobs, give the same bytes.
Adding articles already in an --into graph again gives the same bytes. The output is written
to a temporary file and renamed, so a failed run leaves the previous output intact.
Inputs are streamed (JSONL line by line), so memory follows the work in flight, not the corpus.
A person named only by surname ("Macron") is linked to the one person of that surname named in
full in another article of the build (or of the --into graph).
Progress (a bar on a terminal, a line per 1000 articles otherwise) and the summary go to stderr.

Exit codes: 0 built; 3 built, but some inputs were skipped (listed at the end);
            1 nothing built (all inputs bad, or the output could not be written); 2 usage error.
`;

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  format: { type: 'string', short: 'f' },
  base: { type: 'string', short: 'b' },
  jobs: { type: 'string', short: 'j' },
  into: { type: 'string', short: 'i' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  'no-index': { type: 'boolean' },
} as const;

export type BuildSummary = BatchSummary;

function checkBase(base: string): void {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]*[/#]$/.test(base)) {
    throw new UsageError(`build: --base "${base}" is not an absolute IRI ending in / or #`, { hint: `e.g. --base ${DEFAULT_BASE}` });
  }
}

export function formatSummary(s: BuildSummary): string {
  const e = s.stats.entities;
  const total = e.Person + e.Country + e.Organization + e.Place;
  const where = s.out === '-' ? 'stdout' : s.out;
  const graphs = keepsGraphs(s.format) ? 'quads' : 'triples';
  return [
    `newskg: wrote ${where} (${s.format})`,
    s.kept || s.replaced ? `  articles  ${s.stats.articles} (${s.articles} built, ${s.replaced} of them replacing their graph; ${s.kept} kept)` : `  articles  ${s.articles}`,
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

/** The triple index beside a built graph; failing to write it never fails the build. */
async function writeSidecarIndex(out: string, io: Io, report: boolean, built?: TripleIndex): Promise<void> {
  const path = indexPathFor(out);
  try {
    const index = built ?? (await buildIndex(out));
    if (!writeIndex(index, path)) throw new Error(`could not write ${path}`);
    if (report) io.stderr(`  index     ${path} (${index.triples} distinct triples, ${index.terms} terms)\n`);
  } catch (e) {
    io.stderr(`newskg: warning: no index written beside ${out} (${(e as Error).message}); queries will build it when needed\n`);
  }
}

export async function runBuild(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandLine(args, OPTIONS, 'build');
  if (values.help) {
    io.stdout(BUILD_HELP);
    return EXIT.OK;
  }
  const into = lastValue(values.into);
  const out = lastValue(values.out) ?? into;
  if (positionals.length === 0) throw new UsageError('build: no inputs', { hint: 'usage: newskg build <file|folder|glob>... --out FILE' });
  if (!out) throw new UsageError('build: missing --out FILE', { hint: 'e.g. --out out/graph.ttl (or --out - for stdout)' });
  const jobsText = lastValue(values.jobs);
  let jobs = availableParallelism();
  if (jobsText !== undefined) {
    if (!/^\d+$/.test(jobsText) || Number(jobsText) < 1 || Number(jobsText) > 256) throw new UsageError(`build: --jobs "${jobsText}" is not a number from 1 to 256`, { hint: 'e.g. --jobs 2' });
    jobs = Number(jobsText);
  }
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
  if (into && !keepsGraphs(format)) throw new UsageError(`build: --into keeps one named graph per article; ${format} has none`, { hint: 'write .nq, .trig or .jsonld' });

  let summary: BuildSummary;
  try {
    const progress = values.quiet ? undefined : new Progress(io.stderr, io === processIoRef() && !!process.stderr.isTTY);
    summary = await buildBatch({
      inputs: positionals, out, format, base, jobs, into, progress, index: !values['no-index'],
      onLockWait: (path, pid) => io.stderr(`newskg: ${path} is being written by another build (process ${pid}); waiting for it\n`),
    });
  } catch (e) {
    const extra = e as { inputErrors?: NewskgError[]; warnings?: NewskgError[] };
    printWarnings(extra.warnings ?? [], io);
    for (const err of extra.inputErrors ?? []) io.stderr(`${err.format()}\n`);
    throw e;
  }
  printWarnings(summary.warnings, io);
  if (!values.quiet) io.stderr(formatSummary(summary));
  if (out !== '-' && !values['no-index']) await writeSidecarIndex(out, io, !values.quiet, summary.index);
  if (summary.errors.length) {
    io.stderr(`newskg: skipped ${summary.errors.length} bad input${summary.errors.length === 1 ? '' : 's'}:\n`);
    for (const err of summary.errors) io.stderr(`${err.format()}\n`);
    return EXIT.PARTIAL;
  }
  return EXIT.OK;
}
