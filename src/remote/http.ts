// A small HTTP client over Node's fetch for SPARQL endpoints and Graph Store endpoints: Basic and
// Digest authentication (answering the server's challenge, then reusing the Digest nonce with a
// growing nonce count), a timeout per request, and every failure as a one-line RemoteError
// (connection refused, timeout, 401/403, other 4xx/5xx with the server's own message).
// The password never appears in an error: messages are redacted before they are thrown.
import { oneLine } from '../errors.js';
import { type Credentials, DigestSession, basicAuthorization, parseChallenges, pickDigest } from './digest.js';
import { RemoteError, displayUrl, redact, secretForms } from './errors.js';

export type AuthMode = 'auto' | 'basic' | 'digest';
export const AUTH_MODES: readonly AuthMode[] = ['auto', 'basic', 'digest'];

export interface HttpOptions {
  user?: string;
  /** Only ever from the environment (NEWSKG_PASSWORD), never from the command line. */
  password?: string;
  /** auto: answer the server's challenge (Digest preferred); basic: send Basic credentials up front. */
  auth?: AuthMode;
  /** Per request, including reading the answer. Default 120 s. */
  timeoutMs?: number;
  /** For tests: a fixed client nonce. */
  cnonce?: () => string;
}

export interface HttpRequest {
  method: string;
  headers?: Record<string, string>;
  body?: string;
  /** What we were doing, for messages: "upload of graph <g>", "query". */
  what?: string;
}

export interface HttpResponse {
  status: number;
  statusText: string;
  headers: Headers;
  body: string;
  url: string;
}

/** Above this size, a body is not sent before we know the server's Digest challenge. */
const PROBE_ABOVE = 8 * 1024;

export class HttpClient {
  private readonly creds?: Credentials;
  private readonly mode: AuthMode;
  private readonly timeoutMs: number;
  private readonly sessions = new Map<string, DigestSession>();
  readonly secrets: string[];

  constructor(private readonly options: HttpOptions = {}) {
    if (options.user !== undefined) this.creds = { user: options.user, password: options.password ?? '' };
    this.mode = options.auth ?? 'auto';
    this.timeoutMs = options.timeoutMs ?? 120_000;
    this.secrets = secretForms(options.user, options.password);
  }

  get user(): string | undefined {
    return this.creds?.user;
  }

  /** Removes the password (in all its forms) from a text. */
  redact(text: string): string {
    return redact(text, this.secrets);
  }

  /** Sends a request, answering an authentication challenge once. Throws RemoteError on any failure. */
  async request(url: string, req: HttpRequest): Promise<HttpResponse> {
    const u = new URL(url);
    const target = `${u.pathname}${u.search}`;
    const space = u.origin;
    const method = req.method.toUpperCase();
    let authorization: string | undefined;
    let fresh = false; // the credentials were made for a challenge received during this call
    if (this.creds) {
      if (this.mode === 'basic') {
        authorization = basicAuthorization(this.creds);
        fresh = true;
      } else {
        let session = this.sessions.get(space);
        if (!session && req.body !== undefined && byteLength(req.body) > PROBE_ABOVE) {
          // learn the challenge with a HEAD first, so a large body is sent once, not twice
          const probe = await this.send(u, { method: 'HEAD', what: req.what }, undefined);
          if (probe.status === 401) {
            const d = pickDigest(parseChallenges(probe.headers.get('www-authenticate')));
            if (d) {
              session = new DigestSession(d, this.creds, this.options.cnonce);
              this.sessions.set(space, session);
              fresh = true;
            }
          }
        }
        if (session) authorization = session.authorization(method, target);
      }
    }
    let res = await this.send(u, req, authorization);
    if (res.status === 401) {
      if (!this.creds) {
        throw new RemoteError('E_REMOTE_AUTH', `${u.origin}${u.pathname} needs authentication (HTTP 401)`, {
          status: 401,
          hint: 'give --user NAME and set the password in the environment variable NEWSKG_PASSWORD',
        });
      }
      if (fresh) throw this.authFailed(u, res);
      const challenges = parseChallenges(res.headers.get('www-authenticate'));
      const d = this.mode === 'basic' ? undefined : pickDigest(challenges);
      if (d) {
        const session = new DigestSession(d, this.creds, this.options.cnonce);
        this.sessions.set(space, session);
        authorization = session.authorization(method, target);
      } else if (this.mode !== 'digest' && challenges.some((c) => c.scheme === 'basic')) {
        authorization = basicAuthorization(this.creds);
      } else {
        const offered = challenges.map((c) => c.scheme).join(', ') || 'no scheme';
        throw new RemoteError('E_REMOTE_AUTH', `${displayUrl(u)} asks for authentication newskg cannot answer (${offered}${this.mode === 'digest' ? ', and --auth digest was given' : ''})`, {
          status: 401,
          hint: 'newskg speaks HTTP Basic and Digest (MD5, SHA-256, qop=auth)',
        });
      }
      res = await this.send(u, req, authorization);
      if (res.status === 401) throw this.authFailed(u, res);
    }
    if (res.status === 403) {
      const msg = serverMessage(res.body, res.headers.get('content-type'));
      throw new RemoteError('E_REMOTE_AUTH', this.redact(`${this.creds ? `user ${this.creds.user}` : 'anonymous access'} is not allowed to ${req.what ?? method} at ${displayUrl(u)} (HTTP 403)${msg ? `: ${msg}` : ''}`), {
        status: 403,
        hint: this.creds ? 'grant the user write access on the store (for Virtuoso: the SPARQL_UPDATE role)' : 'give --user NAME and set NEWSKG_PASSWORD',
      });
    }
    return res;
  }

  /** Like request(), and throws on any status but 2xx, with the server's message. */
  async requestOk(url: string, req: HttpRequest): Promise<HttpResponse> {
    const res = await this.request(url, req);
    if (res.status < 200 || res.status >= 300) throw this.httpError(res, req.what ?? req.method);
    return res;
  }

  httpError(res: HttpResponse, what: string): RemoteError {
    const msg = serverMessage(res.body, res.headers.get('content-type'));
    const text = `${what} failed: HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''} from ${displayUrl(res.url)}${msg ? `: ${msg}` : ''}`;
    return new RemoteError('E_REMOTE_HTTP', this.redact(text), { status: res.status });
  }

  private authFailed(u: URL, res: HttpResponse): RemoteError {
    const msg = serverMessage(res.body, res.headers.get('content-type'));
    return new RemoteError('E_REMOTE_AUTH', this.redact(`authentication failed for user ${this.creds?.user} at ${u.origin}${u.pathname}${msg ? `: ${msg}` : ''}`), {
      status: 401,
      hint: 'check the user name and the password in NEWSKG_PASSWORD',
    });
  }

  private async send(u: URL, req: HttpRequest, authorization: string | undefined): Promise<HttpResponse> {
    const headers: Record<string, string> = { ...(req.headers ?? {}) };
    if (authorization) headers.authorization = authorization;
    const signal = AbortSignal.timeout(this.timeoutMs);
    try {
      const res = await fetch(u, { method: req.method, headers, body: req.body, signal, redirect: 'follow' });
      const body = req.method.toUpperCase() === 'HEAD' ? '' : await res.text();
      return { status: res.status, statusText: res.statusText, headers: res.headers, body, url: res.url || u.href };
    } catch (e) {
      throw this.networkError(e, u, req);
    }
  }

  private networkError(e: unknown, u: URL, req: HttpRequest): RemoteError {
    const name = (e as { name?: string })?.name;
    const where = displayUrl(u);
    if (name === 'TimeoutError' || name === 'AbortError') {
      return new RemoteError('E_REMOTE_TIMEOUT', `no answer from ${where} within ${Math.round(this.timeoutMs / 1000)} s${req.what ? ` (${req.what})` : ''}`, {
        hint: 'is the store busy or the address right? raise --timeout SECONDS',
      });
    }
    const code = errorCode(e);
    const host = u.host;
    let message: string;
    let hint: string | undefined;
    switch (code) {
      case 'ECONNREFUSED':
        message = `connection refused by ${host} (${where})`;
        hint = 'is the store running, and on this port?';
        break;
      case 'ENOTFOUND':
      case 'EAI_AGAIN':
        message = `unknown host ${u.hostname} (${where})`;
        hint = 'check the address';
        break;
      case 'ECONNRESET':
      case 'EPIPE':
      case 'UND_ERR_SOCKET':
        message = `the connection to ${host} was closed before the answer (${where})`;
        hint = 'the store may have crashed or refused a large request';
        break;
      default:
        message = `cannot reach ${where}: ${code ?? oneLine(causeMessage(e))}`;
    }
    return new RemoteError('E_REMOTE_CONNECT', this.redact(message), { hint });
  }
}

function byteLength(b: string): number {
  return Buffer.byteLength(b, 'utf8');
}

/** The system error code behind a fetch failure (undici wraps it in `cause`, sometimes in an AggregateError). */
function errorCode(e: unknown): string | undefined {
  const seen = new Set<unknown>();
  const stack: unknown[] = [e];
  while (stack.length > 0) {
    const x = stack.pop();
    if (!x || typeof x !== 'object' || seen.has(x)) continue;
    seen.add(x);
    const code = (x as { code?: unknown }).code;
    if (typeof code === 'string' && code !== 'ABORT_ERR') return code;
    stack.push((x as { cause?: unknown }).cause);
    const errors = (x as { errors?: unknown }).errors;
    if (Array.isArray(errors)) stack.push(...errors);
  }
  return undefined;
}

function causeMessage(e: unknown): string {
  const c = (e as { cause?: unknown })?.cause;
  if (c instanceof Error) return c.message;
  return e instanceof Error ? e.message : String(e);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The server's error message, one line, at most 300 characters: from HTML, JSON or plain text. */
export function serverMessage(body: string, contentType: string | null): string {
  let text = body.trim();
  if (!text) return '';
  const ct = (contentType ?? '').toLowerCase();
  if (ct.includes('html') || /^<!doctype html|^<html/i.test(text)) {
    const inner = /<xmp>([\s\S]*?)<\/xmp>/i.exec(text)?.[1] ?? /<pre>([\s\S]*?)<\/pre>/i.exec(text)?.[1];
    const title = /<title>([\s\S]*?)<\/title>/i.exec(text)?.[1];
    text = inner ?? text.replace(/<(script|style|title|head)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ');
    if (!text.trim() && title) text = title;
    text = text.replace(/&(#x?[0-9a-f]+|\w+);/gi, (m, ent: string) => {
      if (ent[0] === '#') {
        // a numeric reference past Unicode or to a surrogate is the replacement character, as HTML parsers read it
        const n = ent[1] === 'x' || ent[1] === 'X' ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
        return Number.isInteger(n) && n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : '\ufffd';
      }
      return ENTITIES[ent.toLowerCase()] ?? m;
    });
  } else if (ct.includes('json')) {
    try {
      const j = JSON.parse(text) as Record<string, unknown>;
      const m = j.message ?? j.error ?? j.detail;
      if (typeof m === 'string') text = m;
    } catch {
      /* keep the text */
    }
  }
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}
