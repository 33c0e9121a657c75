// Command-line parsing shared by the commands: node:util parseArgs, with its errors turned into
// one-line UsageErrors (exit code 2).
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from '../errors.js';

export const EXIT = {
  OK: 0,
  /** The command failed (bad data, query error, violations, nothing built). */
  FAILURE: 1,
  /** Bad command line. */
  USAGE: 2,
  /** `build` wrote the graph but skipped some inputs. */
  PARTIAL: 3,
} as const;

/** What a command needs from the outside world (injectable for tests). */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const processIo: Io = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
};

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs with strict checking; unknown options and missing values become UsageErrors. */
export function parseCommandLine<O extends Options>(args: string[], options: O, command: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const raw = e instanceof Error ? e.message : String(e);
    const help = `see "newskg ${command} --help"`;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const opt = /option '([^']+)'/i.exec(raw)?.[1] ?? raw;
      throw new UsageError(`${command}: unknown option ${opt}`, { hint: help });
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const opt = /(--[\w-]+)/.exec(raw)?.[1] ?? /'(-\w)/.exec(raw)?.[1];
      throw new UsageError(`${command}: ${opt ? `option ${opt} needs a value` : raw.split('\n')[0]}`, { hint: help });
    }
    throw new UsageError(`${command}: ${raw.split('\n')[0]}`, { hint: help });
  }
}

/** The value of a string option that may be given more than once: the last one wins. */
export function lastValue(v: string | boolean | (string | boolean)[] | undefined): string | undefined {
  if (Array.isArray(v)) return lastValue(v[v.length - 1]);
  return typeof v === 'string' ? v : undefined;
}
