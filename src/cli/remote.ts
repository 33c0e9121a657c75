// Command-line helpers for the commands that talk to a remote store (publish, query --endpoint):
// URL and number options, and the password, which comes ONLY from the environment.
import { UsageError } from '../errors.js';
import type { Io } from './args.js';
import type { ResultFormat } from '../store/index.js';
import { AUTH_MODES, type AuthMode } from '../remote/http.js';

export const PASSWORD_ENV = 'NEWSKG_PASSWORD';

/** Rejects a password on the command line without repeating it. */
export function refusePasswordArgs(args: string[], command: string): void {
  for (const a of args) {
    if (/^--?(?:p|pw|pass|passwd|password)(?:=|$)/i.test(a)) {
      throw new UsageError(`${command}: a password is never given on the command line`, { hint: `set the environment variable ${PASSWORD_ENV} instead` });
    }
  }
}

/** A URL option: http(s) only, and no user:password@ in it (the message does not repeat it). */
export function checkUrl(value: string, option: string, command: string): string {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    throw new UsageError(`${command}: ${option} is not a URL`, { hint: 'e.g. http://127.0.0.1:8890/sparql' });
  }
  if (u.username || u.password) {
    throw new UsageError(`${command}: ${option} holds credentials`, { hint: `give --user NAME and set ${PASSWORD_ENV}; never put a password in a URL` });
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new UsageError(`${command}: ${option} must be an http or https URL`);
  return u.href;
}

export function positiveNumber(value: string | undefined, option: string, command: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${command}: ${option} must be a positive number, not "${value}"`);
  return n;
}

export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string, command: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${command}: ${option} must be one of ${allowed.join(', ')}, not "${value}"`);
  return value as T;
}

/** The user and password for a command: the password only from the environment. */
export function credentials(user: string | undefined, command: string): { user?: string; password?: string } {
  if (user === undefined) return {};
  const password = process.env[PASSWORD_ENV];
  if (password === undefined || password === '') {
    throw new UsageError(`${command}: --user ${user} needs a password`, { hint: `set the environment variable ${PASSWORD_ENV}` });
  }
  return { user, password };
}


const QUERY_METHODS = ['auto', 'direct', 'form', 'get'] as const;

/** `newskg query --endpoint URL`: runs the query remotely and prints it like the embedded store. */
export async function runRemoteQuery(
  sparql: string,
  io: Io,
  o: { endpoint: string; format?: ResultFormat; file: string; user?: string; method?: string; timeout?: string; auth?: string; defaultGraphs?: string[] },
): Promise<number> {
  const endpoint = checkUrl(o.endpoint, '--endpoint', 'query');
  const method = oneOf(o.method, QUERY_METHODS, '--method', 'query');
  const timeout = positiveNumber(o.timeout, '--timeout', 'query');
  const auth = oneOf<AuthMode>(o.auth, AUTH_MODES, '--auth', 'query');
  const creds = credentials(o.user, 'query');
  const { remoteQuery } = await import('../remote/query.js');
  const { ChunkedSink } = await import('../export/index.js');
  const { asNewskgError } = await import('../errors.js');
  const { redactError, secretForms } = await import('../remote/errors.js');
  const sink = new ChunkedSink(io.stdout);
  try {
    await remoteQuery(sparql, sink, { endpoint, format: o.format, file: o.file, method, auth, defaultGraphs: o.defaultGraphs, timeoutMs: timeout === undefined ? undefined : timeout * 1000, ...creds });
  } catch (e) {
    const secrets = secretForms(creds.user, creds.password);
    const err = asNewskgError(e);
    throw secrets.length > 0 ? redactError(err, secrets) : err;
  }
  sink.flush();
  return 0;
}
