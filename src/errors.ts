// Typed errors for every stage. Each carries a stable `code`, where it happened (file, line,
// column, byte offset) and a `hint` telling the user how to fix it; `format()` renders the whole
// thing as ONE line, e.g.
//   newskg: data/x.jsonl:12: missing "text" field — each line needs {"text": "..."}

export type ErrorCode =
  | 'E_INPUT_EMPTY'
  | 'E_INPUT_BINARY'
  | 'E_INPUT_ENCODING'
  | 'E_INPUT_TYPE'
  | 'E_INPUT_READ'
  | 'E_INPUT_TOO_LARGE'
  | 'E_JSONL_SYNTAX'
  | 'E_JSONL_FIELD'
  | 'E_NOT_FOUND'
  | 'E_USAGE'
  | 'E_QUERY_SYNTAX'
  | 'E_QUERY_FORMAT'
  | 'E_QUERY_ENGINE'
  | 'E_QUERY_TOO_LARGE'
  | 'E_RDF_SYNTAX'
  | 'E_INDEX_DAMAGED'
  | 'E_OUTPUT'
  | 'E_EXTRACT'
  | 'E_SHAPES'
  | 'E_INTERNAL'
  | 'E_REMOTE_CONNECT'
  | 'E_REMOTE_TIMEOUT'
  | 'E_REMOTE_AUTH'
  | 'E_REMOTE_HTTP'
  | 'E_REMOTE_RESPONSE'
  | 'E_REMOTE_VERIFY'
  | 'W_DUPLICATE_ID'
  | 'W_BAD_DATE';

export interface ErrorDetails {
  file?: string;
  line?: number;
  column?: number;
  /** Byte offset into the file (encoding errors). */
  offset?: number;
  hint?: string;
  cause?: unknown;
}

export class NewskgError extends Error {
  readonly code: ErrorCode;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly offset?: number;
  readonly hint?: string;

  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = new.target.name;
    this.code = code;
    this.file = details.file;
    this.line = details.line;
    this.column = details.column;
    this.offset = details.offset;
    this.hint = details.hint;
  }

  /** `file:line:column` (only the parts that are known), or '' when there is no file. */
  location(): string {
    if (this.file === undefined) return '';
    let loc = this.file;
    if (this.line !== undefined) {
      loc += `:${this.line}`;
      if (this.column !== undefined) loc += `:${this.column}`;
    }
    return loc;
  }

  /** One line: `newskg: <where>: <message> — <hint>`. Newlines in the message are folded. */
  format(): string {
    const loc = printable(this.location());
    const msg = printable(oneLine(this.message));
    const hint = this.hint ? ` — ${printable(oneLine(this.hint))}` : '';
    return `newskg: ${loc ? `${loc}: ` : ''}${msg}${hint}`;
  }
}

/** A bad input document: empty, binary, badly encoded, unsupported, unreadable, or a bad JSONL line. */
export class InputError extends NewskgError {}
/** Bad command line: unknown option, missing argument, wrong value. Exit code 2. */
export class UsageError extends NewskgError {
  constructor(message: string, details: ErrorDetails = {}) {
    super('E_USAGE', message, details);
  }
}
/** A SPARQL query that does not parse, or a result format that does not fit the query form. */
export class QueryError extends NewskgError {}
/** An RDF file that does not parse. */
export class RdfSyntaxError extends NewskgError {
  constructor(message: string, details: ErrorDetails = {}) {
    super('E_RDF_SYNTAX', message, details);
  }
}
/** The output could not be written. */
export class OutputError extends NewskgError {
  constructor(message: string, details: ErrorDetails = {}) {
    super('E_OUTPUT', message, details);
  }
}
/** The extract or graph stage threw on one article. */
export class ExtractError extends NewskgError {
  constructor(message: string, details: ErrorDetails = {}) {
    super('E_EXTRACT', message, details);
  }
}

/** Folds whitespace runs that contain a line break into a single space. */
export function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/**
 * Text for a terminal: control characters (C0, DEL, C1: the escape sequences that move the cursor,
 * retitle the window or hide text) and bidirectional overrides, which file names and input text can
 * carry into a message, are shown as \xNN or \u{NNNN} instead of acted on.
 */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const n = c.charCodeAt(0);
    return n < 0x100 ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u{${n.toString(16)}}`;
  });
}

/** Wraps anything thrown into a NewskgError (unknown errors become E_INTERNAL). */
export function asNewskgError(e: unknown, details: ErrorDetails = {}): NewskgError {
  if (e instanceof NewskgError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new NewskgError('E_INTERNAL', message, { ...details, cause: e });
}

/** Describes a Node.js file-system error in words, with the path. */
export function fsError(e: unknown, file: string): NewskgError {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return new InputError('E_NOT_FOUND', 'no such file or folder', { file, hint: 'check the path', cause: e });
    case 'EACCES':
    case 'EPERM':
      return new InputError('E_INPUT_READ', 'permission denied', { file, hint: 'check the file permissions', cause: e });
    case 'EISDIR':
      return new InputError('E_INPUT_READ', 'is a folder, expected a file', { file, cause: e });
    default:
      return new InputError('E_INPUT_READ', `cannot read: ${e instanceof Error ? e.message : String(e)}`, { file, cause: e });
  }
}

/** A NewskgError as plain data, which crosses threads (structured clone drops its class). */
export interface ErrorInfo {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  offset?: number;
  hint?: string;
}

export function errorInfo(e: unknown, where: { file?: string; line?: number } = {}): ErrorInfo {
  const err = asNewskgError(e, where);
  return { code: err.code, message: err.message, file: err.file ?? where.file, line: err.line ?? where.line, column: err.column, offset: err.offset, hint: err.hint };
}

export function toNewskgError(i: ErrorInfo): NewskgError {
  return new NewskgError(i.code as ErrorCode, i.message, { file: i.file, line: i.line, column: i.column, offset: i.offset, hint: i.hint });
}
