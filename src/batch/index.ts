// Batch builds: articles in, one graph file out, across worker threads, with memory bounded by
// the work in flight rather than by the corpus.
//
//  1. extract   Inputs are streamed to the workers (JSONL in runs of whole lines of about
//               64 KiB, which the worker decodes and parses; other files one at a time), at most
//               16 jobs per worker in flight. A worker extracts the articles and appends each
//               extraction (JSON) to its own spill file; the main thread keeps an index entry
//               (id, source, spill offset) and the persons' keys and labels. Few, larger messages:
//               each one costs both threads tens of microseconds.
//  2. plan      Duplicate ids are renamed as before ((path, line) order); articles are ordered
//               by their IRI, which is the order of their named graphs in every format.
//     archive   With --into, the existing graph is streamed graph by graph; the graphs of
//               articles not being rebuilt are rendered by the workers (and spilled), their
//               persons collected. A rebuilt article's old graph is dropped whole.
//     link      Surname linking (src/batch/linking.ts) over every person of the build and of
//               the kept archive graphs: "Macron" joins the "… Macron" named in full in articles
//               that share context; offices of a country other than a person's settled one are
//               dropped (OfficeLedger; archive graphs add persons and context, not offices).
//  3. render    In IRI order, workers turn extractions (relinked) into output chunks, 16
//               consecutive articles a job; the main thread writes them in order (a window of 8
//               jobs per worker keeps them flowing).
//  4. assemble  header (the prefixes used, known only now) + chunks + entity block + footer,
//               into a temporary file renamed over the output.
//
// Turtle and N-Triples drop graph names, so a triple about an entity (its label, aliases,
// sameAs, holdsRole, said …) may come from many articles. Each chunk holds only the triples
// whose subject is the article's own (nobody else states them); triples about shared nodes come
// back as sort keys, deduplicated in one in-memory set (its size grows with the number of
// distinct entity facts, not with the text), sorted and written once after the articles — which
// is also where canonical order puts them (…/article/… sorts before …/country/, …/person/ …).
// The same set gives the distinct-triple count of the summary for every format. In N-Quads,
// TriG and JSON-LD the shared keys are the entity descriptions only, written once as the
// entities graph after the article graphs (src/batch/render.ts), so no triple is in two graphs.
// Articles are written in IRI order, each block sorted: for Turtle and N-Triples this equals a
// full sort unless one article's IRI extends another's by '-', '.' or '%' (ids "x" and "x-2"),
// where the blocks stay whole rather than interleave; the output is still deterministic.
import { lockFile } from './lock.js';
import { performance as perf } from 'node:perf_hooks';
const elu = () => perf.eventLoopUtilization();
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError, NewskgError, OutputError, RdfSyntaxError, toNewskgError } from '../errors.js';
import { type ExportFormat, type GraphStats, keepsGraphs } from '../export/index.js';
import { sweepStale } from '../export/sink.js';
import { LabelLedger, OfficeLedger, SurnameLinker } from './linking.js';
import { PREFIXES, articleIri, entitiesGraphIri, entityIri } from '../graph/index.js';
import { disambiguateIds } from '../ingest/index.js';
import type { Article, Extraction } from '../types.js';
import { readArchive } from './archive.js';
import type { Extracted, IndexRows, Job, Loc, Person, Result } from './core.js';
import { readUnits, listInputs } from './inputs.js';
import { Output, copyInto } from './output.js';
import { Pool } from './pool.js';
import { Progress } from './progress.js';
import { ContentDigest, StatementFeed, TripleIndex, TripleIndexBuilder } from '../store/triple-index.js';
import { addCounts, frame, fromSharedKey, noCounts, oneLabelEach, renderEntityGraph, renderTriples } from './render.js';

export { Progress } from './progress.js';

export interface BatchOptions {
  inputs: string[];
  /** Output path, or '-' for stdout. */
  out: string;
  format: ExportFormat;
  base: string;
  /** Worker threads; 1 runs in the main thread. */
  jobs: number;
  /** An existing graph (N-Quads or TriG) to add the articles to. */
  into?: string;
  progress?: Progress;
  prefixes?: Record<string, string>;
  /**
   * Also make the output's triple index (src/store/triple-index.ts), from the lines as they are
   * written: N-Triples and N-Quads only (other formats, and stdout, get none here).
   */
  index?: boolean;
  /** Told when another build is writing the output or archive: this one waits for it (lock.ts). */
  onLockWait?: (path: string, pid: number) => void;
}

export interface BatchSummary {
  out: string;
  format: ExportFormat;
  /** Articles built from the inputs. */
  articles: number;
  statements: number;
  stats: GraphStats;
  errors: NewskgError[];
  warnings: NewskgError[];
  /** With --into: graphs kept from the archive, and archive graphs replaced by rebuilt articles. */
  kept: number;
  replaced: number;
  /** The output's triple index, when asked for and the format allows (BatchOptions.index). */
  index?: TripleIndex;
}

interface Item {
  iri: string;
  /** New article: its extraction; archive graph: its rendered chunk. */
  loc: Loc;
  id?: string;
}

/** Articles rendered per message, and their extractions' bytes at most (about ten times that in output). */
const RENDER_BATCH = 16;
const RENDER_BATCH_BYTES = 256 << 10;

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const SCHEMA = 'http://schema.org/';
const ENTITY_TYPES = ['Person', 'Country', 'Organization', 'Place'] as const;

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Reads spilled records from the main thread. */
class SpillReader {
  private fds = new Map<number, number>();
  constructor(private readonly spills: string[]) {}
  read(loc: Loc): Buffer {
    let fd = this.fds.get(loc.w);
    if (fd === undefined) this.fds.set(loc.w, (fd = openSync(this.spills[loc.w]!, 'r')));
    const buf = Buffer.allocUnsafe(loc.len);
    let done = 0;
    while (done < loc.len) done += readSync(fd, buf, done, loc.len - done, loc.off + done);
    return buf;
  }
  close(): void {
    for (const fd of this.fds.values()) closeSync(fd);
  }
}

/** A build's work folder next to its output: `.newskg-build-<pid>-XXXXXX` (mkdtemp's six characters). */
const STALE_WORK_DIR = /^\.newskg-build-(\d+)-[A-Za-z0-9]{6}$/;
/** The fallback work folder in the system's temp folder. */
const STALE_TMP_WORK_DIR = /^newskg-build-(\d+)-[A-Za-z0-9]{6}$/;

function archiveFormat(path: string): 'nquads' | 'trig' {
  if (/\.nq$/i.test(path)) return 'nquads';
  if (/\.trig$/i.test(path)) return 'trig';
  throw new InputError('E_INPUT_TYPE', '--into takes an N-Quads (.nq) or TriG (.trig) graph', { file: path, hint: 'the archive keeps one named graph per article' });
}

/** Builds with the output (and the archive) locked against other builds of the same files. */
export async function buildBatch(o: BatchOptions): Promise<BatchSummary> {
  const paths = [...new Set([o.out, ...(o.into ? [o.into] : [])].filter((p) => p !== '-').map((p) => resolve(p)))].sort();
  const releases: (() => void)[] = [];
  try {
    for (const p of paths) releases.push(await lockFile(p, { onWait: o.onLockWait }));
    return await buildUnlocked(o);
  } finally {
    for (const release of releases) release();
  }
}

async function buildUnlocked(o: BatchOptions): Promise<BatchSummary> {
  const prefixes = o.prefixes ?? PREFIXES;
  const listed = await listInputs(o.inputs);
  // One article file (not JSONL) and no archive is one job: the main thread runs it as fast as a
  // worker would, without starting workers or the worker's copy of the article's output passed
  // back to the main thread (for a 50 MB article: 2.8 GB peak with a worker, 2.3 GB without).
  const oneJob = !o.into && listed.files.length === 1 && listed.files[0]!.format !== 'jsonl';
  const jobs = oneJob ? 1 : Math.max(1, Math.floor(o.jobs));
  const intoFormat = o.into ? archiveFormat(o.into) : undefined;
  const workParent = o.out === '-' ? tmpdir() : dirname(resolve(o.out));
  try {
    mkdirSync(workParent, { recursive: true });
  } catch (e) {
    throw new OutputError(`cannot create folder ${workParent}: ${(e as Error).message}`, { file: o.out, cause: e });
  }
  // The work folder's name carries our pid, so that the next build can tell a killed build's
  // folder (its pid gone) from a live one's and remove only the former (see sweepStale).
  sweepStale(workParent, STALE_WORK_DIR, 'dir');
  let workDir: string;
  try {
    workDir = mkdtempSync(join(workParent, `.newskg-build-${process.pid}-`));
  } catch {
    sweepStale(tmpdir(), STALE_TMP_WORK_DIR, 'dir');
    workDir = mkdtempSync(join(tmpdir(), `newskg-build-${process.pid}-`));
  }
  const spills = Array.from({ length: jobs }, (_, i) => join(workDir, `spill-${i}`));
  // the index of a line format is made as the lines are written: with workers, while they render
  const indexer = o.index && (o.format === 'nquads' || o.format === 'ntriples') && o.out !== '-' ? new TripleIndexBuilder() : undefined;
  const pool = await Pool.create(jobs, { format: o.format, base: o.base, prefixes, spills, entityGraph: true, index: !!indexer });
  const progress = o.progress;
  const window = jobs * 16;
  // batches save messages between threads; in the main thread alone they would only keep more
  // rendered text alive at once (about 1.6x the peak memory, and slower for the extra GC)
  const renderBatch = jobs > 1 ? RENDER_BATCH : 1;
  const renderWindow = jobs > 1 ? jobs * 8 : 16;
  const errors: NewskgError[] = [];
  const warnings: NewskgError[] = [];
  let output: Output | undefined;
  let ok = false;
  // NEWSKG_TIMING=1: phase durations on stderr (for bench/build.ts and tuning)
  const t0 = performance.now();
  let tPhase = t0;
  const phaseDone = (name: string) => {
    if (!process.env.NEWSKG_TIMING) return;
    const now = performance.now();
    process.stderr.write(`newskg: timing: ${name} ${((now - tPhase) / 1000).toFixed(2)} s (main thread busy so far ${(elu().active / 1000).toFixed(2)} s)\n`);
    tPhase = now;
  };
  try {
    // 1. extract
    // one push per item here and below: a spread of 200,000 items overflows the call stack
    for (const e of listed.errors) errors.push(e);
    progress?.start('extracting', listed.files.reduce((n, f) => n + f.size, 0));
    const extracted: Extracted[] = [];
    // the people of every article and the entities around them, for surname linking
    const linker = new SurnameLinker();
    const ledger = new OfficeLedger();
    // the labels every entity is written with, for one label per node
    const labelLedger = new LabelLedger();
    const addPersons = (ps: Person[], context: string[]) => linker.add(ps, context);
    const inFlight = new Set<Promise<void>>();
    const track = (p: Promise<void>) => {
      inFlight.add(p);
      void p.finally(() => inFlight.delete(p));
    };
    let fatal: unknown;
    for await (const unit of readUnits(listed.files)) {
      if (unit.kind === 'problem') {
        if (unit.error) errors.push(unit.error);
        if (unit.warning) warnings.push(unit.warning);
        continue;
      }
      await pool.idle(window);
      const bytes = unit.kind === 'lines' ? unit.bytes.length : unit.bytes;
      const job: Job = unit.kind === 'lines' ? { ...unit } : { kind: 'file', path: unit.path, format: unit.format };
      const transfer = unit.kind === 'lines' ? [unit.bytes.buffer as ArrayBuffer] : [];
      track(
        pool.run(job, transfer).then(
          (r: Result) => {
            if (r.kind !== 'extracted') return;
            for (const a of r.articles) {
              extracted.push(a);
              addPersons(a.persons, a.context);
              labelLedger.add(a.named);
              ledger.add(a.offices);
              a.persons = [];
              a.named = [];
              a.context = [];
              a.offices = [];
            }
            for (const e of r.errors) errors.push(toNewskgError(e));
            for (const w of r.warnings) warnings.push(toNewskgError(w));
            progress?.tick(r.articles.length, bytes);
          },
          (e: unknown) => {
            fatal ??= e;
          },
        ),
      );
      if (fatal) throw fatal;
    }
    await Promise.all(inFlight);
    if (fatal) throw fatal;
    phaseDone('extract');

    // 2. plan: unique ids, IRI order
    const asArticles = extracted.map((x) => ({ id: x.id, text: '', format: 'txt', source: { path: x.path, line: x.line }, x }) as Article & { x: Extracted });
    const d = disambiguateIds(asArticles);
    for (const w of d.warnings) warnings.push(w);
    const items: Item[] = (d.articles as (Article & { x: Extracted })[]).map((a) => ({ iri: articleIri(o.base, a.id), loc: a.x.loc, id: a.id }));
    extracted.length = 0;
    const byPlace = (a: NewskgError, b: NewskgError) => cmp(a.file ?? '', b.file ?? '') || (a.line ?? 0) - (b.line ?? 0);
    errors.sort(byPlace);
    warnings.sort(byPlace);
    if (items.length === 0) {
      const why = errors.some((e) => e.code === 'E_EXTRACT') ? 'no article could be processed' : 'no readable articles in the inputs';
      const err = new NewskgError('E_INPUT_EMPTY', `nothing built: ${why}`, { hint: errors.length ? 'see the errors above' : 'check the input paths' });
      throw Object.assign(err, { inputErrors: errors, warnings });
    }
    const built = items.length;

    // totals over everything written
    const shared = new Set<string>();
    const used = new Set<string>();
    const total = noCounts();
    const addShared = (keys: string[], ps: string[]) => {
      for (const k of keys) shared.add(k);
      for (const p of ps) used.add(p);
    };

    // archive: graphs of articles not rebuilt
    let kept = 0;
    let replaced = 0;
    if (o.into && intoFormat && existsSync(o.into)) {
      const rebuilt = new Set(items.map((i) => i.iri));
      progress?.start('reading archive');
      const archived: Item[] = [];
      try {
        for await (const g of readArchive(o.into, intoFormat)) {
          if (rebuilt.has(g.iri)) {
            replaced++;
            continue;
          }
          await pool.idle(window);
          const iri = g.iri;
          track(
            pool.run({ kind: 'graph', iri, nquads: g.nquads }).then(
              (r: Result) => {
                if (r.kind !== 'graph') return;
                // the archive's entities graph renders to nothing: its keys join the new union
                if (r.loc.len > 0) archived.push({ iri, loc: r.loc });
                addShared(r.shared, r.prefixes);
                addCounts(total, r.counts);
                addPersons(r.persons, r.context);
                labelLedger.add(r.named);
                progress?.tick(1);
              },
              (e: unknown) => {
                fatal ??= e instanceof NewskgError ? new RdfSyntaxError(`graph <${iri}>: ${e.message}`, { file: o.into }) : e;
              },
            ),
          );
          if (fatal) throw fatal;
        }
      } catch (e) {
        if (e instanceof NewskgError) throw e;
        throw new RdfSyntaxError((e as Error).message, { file: o.into, hint: '--into takes a graph newskg wrote (N-Quads or TriG)' });
      }
      await Promise.all(inFlight);
      if (fatal) throw fatal;
      kept = archived.length;
      for (const a of archived) items.push(a);
    }
    items.sort((a, b) => cmp(a.iri, b.iri));

    // link surnames across the whole graph
    const links = linker.links();
    const labels: [string, string][] = [...new Set(links.values())].map((k) => [k, linker.label(k) ?? k]);
    const settled = [...ledger.settled(links)];
    await pool.broadcast({ kind: 'links', links: [...links], labels, settled });
    phaseDone('plan, archive, links');

    // 3. render, in IRI order, into the body
    const hasFrame = o.format === 'turtle' || o.format === 'trig' || o.format === 'jsonld';
    const bodyPath = join(workDir, 'body');
    // the body of a framed format is a work file, copied into the output: never flushed to disk
    const body = hasFrame ? new Output(bodyPath, false) : (output = new Output(o.out, true, undefined, indexer && new ContentDigest()));
    // rendered articles come with their statements as index rows (IndexRows); the rest of the
    // output (archive graphs, the entity block) is read as it is written, whole lines each time
    const feed = indexer && new StatementFeed(indexer, o.out);
    const indexText = (data: string | Uint8Array) => feed?.lines(typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8'));
    // per thread: its dictionary ids (IndexRows) as the index's
    const globalIds: number[][] = Array.from({ length: jobs }, () => []);
    // a worker's strings arrive as strings of their own (cloned from its message); the main
    // thread's own may be slices of an article's text, which the dictionary must not keep whole
    const fresh = jobs > 1;
    const indexRows = (w: number, x: IndexRows) => {
      const ids = globalIds[w]!;
      for (let i = 0; i < x.terms.length; i++) ids[x.base + i] = indexer!.id(x.terms[i]!, fresh);
      const local = x.strings.map((t) => indexer!.id(t, fresh));
      const rows = x.rows;
      const g = (t: number) => (t >= 0 ? ids[t]! : local[-1 - t]!);
      for (let i = 0; i < rows.length; i += 3) indexer!.addIds(g(rows[i]!), g(rows[i + 1]!), g(rows[i + 2]!));
    };
    const fr0 = frame(o.format, prefixes);
    const spillReader = new SpillReader(spills);
    progress?.start('writing');
    // consecutive new articles go to a worker together (fewer messages); an archive graph, already
    // rendered, is copied from its spill file by this thread
    const queue: { items: Item[]; p?: Promise<{ result: Result; worker: number }> }[] = [];
    let first = true;
    const writeChunk = (text: string | Uint8Array) => {
      if (fr0.sep || fr0.first) body.write(first ? fr0.first : fr0.sep);
      first = false;
      body.write(text);
    };
    const drainOne = async () => {
      const { items, p } = queue.shift()!;
      if (!p) {
        const chunk = spillReader.read(items[0]!.loc);
        writeChunk(chunk);
        indexText(chunk);
        return;
      }
      const { result: r, worker } = await p;
      if (r.kind !== 'rendered') return;
      if (r.index) indexRows(worker, r.index);
      addShared(r.shared, r.prefixes);
      addCounts(total, r.counts);
      for (const c of r.chunks) writeChunk(c);
      progress?.tick(items.length);
    };
    let batch: Item[] = [];
    let batchBytes = 0;
    const flush = async () => {
      if (!batch.length) return;
      if (queue.length >= renderWindow) await drainOne();
      queue.push({ items: batch, p: pool.runOn({ kind: 'render', items: batch.map((i) => ({ loc: i.loc, id: i.id! })) }) });
      batch = [];
      batchBytes = 0;
    };
    let sinceTurn = 0;
    for (const item of items) {
      // one job renders in this thread and only ever awaits settled promises: the event loop must
      // be let to turn now and then, or the output's background flushes never complete
      if (++sinceTurn === 256) {
        sinceTurn = 0;
        await new Promise((turned) => setImmediate(turned));
      }
      if (item.id === undefined) {
        await flush();
        if (queue.length >= renderWindow) await drainOne();
        queue.push({ items: [item] });
        continue;
      }
      batch.push(item);
      batchBytes += item.loc.len;
      if (batch.length >= renderBatch || batchBytes >= RENDER_BATCH_BYTES) await flush();
    }
    await flush();
    while (queue.length) await drainOne();
    spillReader.close();
    const chosenLabels = new Map([...labelLedger.choices()].map(([key, label]) => [entityIri(o.base, key), label]));
    const keys = oneLabelEach(shared, chosenLabels).sort();
    shared.clear();
    // graph formats: the entities graph, the union of every graph's entity descriptions, once
    if (keepsGraphs(o.format) && keys.length) {
      const entityGraph = renderEntityGraph(keys, entitiesGraphIri(o.base), o.format, prefixes);
      writeChunk(entityGraph);
      indexText(entityGraph);
    }
    progress?.finish();
    phaseDone('render');

    // 4. assemble
    const usedPrefixes = Object.fromEntries(Object.entries(prefixes).filter(([p]) => used.has(p)));
    const fr = frame(o.format, usedPrefixes);
    const finalOut = hasFrame ? (output = new Output(o.out)) : body;
    if (hasFrame) {
      await body.commit(); // (a plain file in the work folder)
      finalOut.write(fr.header);
      copyInto(finalOut, bodyPath);
    }
    if (!keepsGraphs(o.format)) {
      // the entity block, in batches that end at a subject boundary
      const triples = o.format as 'turtle' | 'ntriples';
      let batch: ReturnType<typeof fromSharedKey>[] = [];
      let lastSubject = '';
      for (const k of keys) {
        const subject = k.slice(0, k.indexOf('\u0000'));
        if (batch.length >= 20000 && subject !== lastSubject) {
          const text = renderTriples(batch, triples, prefixes);
          finalOut.write(text);
          indexText(text);
          batch = [];
        }
        batch.push(fromSharedKey(k));
        lastSubject = subject;
      }
      if (batch.length) {
        const text = renderTriples(batch, triples, prefixes);
        finalOut.write(text);
        indexText(text);
      }
    }
    finalOut.write(first ? fr.empty : fr.footer);
    // the index is built while the output's last background flush runs (commit waits for it),
    // with the content hash of every byte written (renaming does not change them)
    let index: TripleIndex | undefined;
    try {
      const source = indexer && finalOut.digest?.source();
      if (indexer && source) {
        // with workers (idle by now), two of the index's three sorts run there
        const sorted = async (a: Int32Array, b: Int32Array, c: Int32Array, terms: number): Promise<[Int32Array, Uint32Array]> => {
          const r = await pool.run({ kind: 'sortRows', a, b, c, terms });
          if (r.kind !== 'sorted') throw new Error('index sort: unexpected answer');
          return [r.rows, r.firstRow];
        };
        index = jobs > 1 ? await indexer.buildInParallel(source, sorted) : indexer.build(source);
      }
    } catch {
      index = undefined; // the CLI reads the output for it instead
    }
    if (indexer) phaseDone('index');
    await finalOut.commit();
    ok = true;
    phaseDone('assemble');

    // the summary's counts
    const entities = { Person: 0, Country: 0, Organization: 0, Place: 0 };
    for (const k of keys) {
      const a = k.indexOf('\u0000');
      if (k.startsWith(`0${RDF_TYPE}\u0000`, a + 1)) {
        const type = k.slice(a + RDF_TYPE.length + 4 + SCHEMA.length);
        if (k.startsWith(`1${SCHEMA}`, a + RDF_TYPE.length + 3) && (ENTITY_TYPES as readonly string[]).includes(type)) entities[type as keyof typeof entities]++;
      }
    }
    const triplesCount = total.localTriples + keys.length;
    const stats: GraphStats = { articles: total.articles, entities, quotes: total.quotes, pledges: total.pledges, triples: triplesCount };
    return { out: o.out, format: o.format, articles: built, statements: keepsGraphs(o.format) ? total.statements + keys.length : triplesCount, stats, errors, warnings, kept, replaced, index };
  } finally {
    if (!ok) output?.abort();
    progress?.finish();
    if (ok) await pool.close();
    else await pool.terminate();
    rmSync(workDir, { recursive: true, force: true });
  }
}
