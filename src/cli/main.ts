#!/usr/bin/env node
// The newskg command line: `newskg <command> ...`. Commands are loaded on demand so that
// `--help` and `--version` stay fast. Exit codes: 0 ok, 1 failure, 2 usage error,
// 3 `build` wrote the graph but skipped some inputs.
import { readFileSync, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { UsageError, asNewskgError } from '../errors.js';
import { EXIT, type Io, processIo } from './args.js';

export const MAIN_HELP = `Usage: newskg <command> [options]

Offline knowledge-graph builder for news: articles in, auditable RDF out.

Commands:
  build <inputs>... --out FILE     read articles, write their graph (turtle, trig, nquads, ...)
  query <query.rq> --data FILE...  run a SPARQL query (table, json, csv, tsv, turtle, ...)
  validate FILE                    check an RDF file's syntax and its SHACL shapes
  serve [inputs]...                the graph viewer and a read-only SPARQL endpoint on localhost
  publish FILE --endpoint URL      upload a graph to a triple store (Graph Store Protocol), verified

Options:
  -h, --help       show help (also: newskg <command> --help)
  -v, --version    show the version

Exit codes: 0 ok; 1 failure; 2 usage error; 3 built, with skipped inputs (build only).
`;

export function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

const COMMANDS: Record<string, () => Promise<(args: string[], io: Io) => Promise<number>>> = {
  build: async () => (await import('./build.js')).runBuild,
  query: async () => (await import('./query.js')).runQuery,
  validate: async () => (await import('./validate.js')).runValidate,
  serve: async () => (await import('./serve.js')).runServe,
  publish: async () => (await import('./publish.js')).runPublish,
};

/** Runs the CLI; returns the exit code. Never throws. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
      if (first === 'help' && rest[0] && COMMANDS[rest[0]]) return await (await COMMANDS[rest[0]]())(['--help'], io);
      io[first === undefined ? 'stderr' : 'stdout'](MAIN_HELP);
      return first === undefined ? EXIT.USAGE : EXIT.OK;
    }
    if (first === '-v' || first === '--version') {
      io.stdout(`newskg ${version()}\n`);
      return EXIT.OK;
    }
    const command = COMMANDS[first];
    if (!command) {
      const what = first.startsWith('-') ? `unknown option ${first}` : `unknown command "${first}"`;
      throw new UsageError(what, { hint: 'commands: build, query, validate, serve, publish; see "newskg --help"' });
    }
    return await (await command())(rest, io);
  } catch (e) {
    const err = asNewskgError(e);
    io.stderr(`${err.format()}\n`);
    if (err.code === 'E_INTERNAL' && process.env.NEWSKG_DEBUG && e instanceof Error) io.stderr(`${e.stack}\n`);
    return err instanceof UsageError ? EXIT.USAGE : EXIT.FAILURE;
  }
}

// Run when executed directly (not when imported by tests).
function isEntryPoint(): boolean {
  const invoked = process.argv[1];
  if (!invoked) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(invoked)).href;
  } catch {
    return false;
  }
}
if (isEntryPoint()) {
  const code = await main(process.argv.slice(2));
  process.exitCode = code;
}

