// Typed errors for talking to a remote store (SPARQL 1.1 Protocol, Graph Store HTTP Protocol),
// and redaction of secrets from any text that could reach the user or a log.
import { type ErrorCode, type ErrorDetails, NewskgError } from '../errors.js';

/**
 * Codes of the remote errors: connection refused or unknown host (CONNECT), no answer in time
 * (TIMEOUT), 401/403 (AUTH), any other 4xx/5xx with the server's message (HTTP), an answer we cannot
 * read (RESPONSE), store counts that differ from ours after an upload (VERIFY).
 */
export type RemoteErrorCode = Extract<ErrorCode, `E_REMOTE_${string}`>;

export class RemoteError extends NewskgError {
  readonly remoteCode: RemoteErrorCode;
  /** HTTP status, when the server answered. */
  readonly status?: number;
  constructor(code: RemoteErrorCode, message: string, details: ErrorDetails & { status?: number } = {}) {
    super(code, message, details);
    this.remoteCode = code;
    this.status = details.status;
  }
}

/** Every form in which a secret could show up in text: as is, URL-encoded, and in Basic credentials. */
export function secretForms(user: string | undefined, password: string | undefined): string[] {
  if (!password) return [];
  const forms = new Set<string>([password, encodeURIComponent(password)]);
  try {
    forms.add(decodeURIComponent(password));
  } catch {
    /* not URL-encoded */
  }
  forms.add(JSON.stringify(password).slice(1, -1));
  if (user !== undefined) {
    forms.add(Buffer.from(`${user}:${password}`, 'utf8').toString('base64'));
    forms.add(`${user}:${password}`);
  }
  return [...forms].filter((f) => f.length > 0).sort((a, b) => b.length - a.length);
}

/** Replaces every occurrence of the secrets in `text` with `***`. */
export function redact(text: string, secrets: string[]): string {
  let out = text;
  for (const s of secrets) if (s) out = out.split(s).join('***');
  // an Authorization header echoed back by a server, whatever it holds
  return out.replace(/(Authorization:\s*(?:Basic|Digest|Bearer)\s+)[^\r\n]*/gi, '$1***');
}

/** The same error with the secrets removed from its message and hint (and no cause kept). */
export function redactError(e: NewskgError, secrets: string[]): NewskgError {
  const message = redact(e.message, secrets);
  const hint = e.hint === undefined ? undefined : redact(e.hint, secrets);
  if (message === e.message && hint === e.hint && e.cause === undefined) return e;
  const copy = Object.create(Object.getPrototypeOf(e) as object) as NewskgError;
  Object.assign(copy, e);
  Object.defineProperty(copy, 'message', { value: message, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(copy, 'hint', { value: hint, writable: false, configurable: true, enumerable: true });
  Object.defineProperty(copy, 'cause', { value: undefined, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(copy, 'stack', { value: redact(e.stack ?? '', secrets), writable: true, configurable: true, enumerable: false });
  return copy;
}

/** A URL for messages: without user info, query string kept (it names the graph). */
export function displayUrl(url: string | URL): string {
  try {
    const u = new URL(String(url));
    u.username = '';
    u.password = '';
    return u.href;
  } catch {
    return String(url);
  }
}
