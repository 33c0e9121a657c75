// The one reader of a SPARQL request's prologue (comments, BASE and PREFIX declarations) and of the
// keyword after it: what the request is (a query and its form, an update, or neither) and which
// prefixes it declares. A small lexer, not a substring search, so `SELECT ("INSERT" AS ?x) {}` is a
// query, `# SELECT\nDROP ALL` an update, and a "PREFIX" inside a string declares nothing. The full
// grammar is left to oxigraph's parser. Used by the store (query form, prefixes for output), the
// endpoint (queries only, never updates) and `query --endpoint`.

export type QueryForm = 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE';

export type Operation =
  | { kind: 'query'; form: QueryForm }
  | { kind: 'update'; keyword: string }
  /** Not recognizably either: hand it to the parser for its own message. */
  | { kind: 'unknown' };

export interface Prologue {
  operation: Operation;
  /** The declared prefixes, in order (a later declaration of a name wins). */
  prefixes: Record<string, string>;
  base?: string;
  /** Where the first token after the prologue starts (or where reading stopped). */
  end: number;
  /** A PREFIX or BASE whose IRI is not closed. */
  unterminated: boolean;
  /** The declaration that does not read as `PREFIX name: <iri>` or `BASE <iri>`. */
  malformed?: 'PREFIX' | 'BASE';
}

const QUERY_FORMS = new Set<string>(['SELECT', 'ASK', 'CONSTRUCT', 'DESCRIBE']);
/** The words an update operation (SPARQL 1.1 Update, §3) can start with. */
export const UPDATE_KEYWORDS = new Set<string>(['INSERT', 'DELETE', 'LOAD', 'CLEAR', 'CREATE', 'DROP', 'COPY', 'MOVE', 'ADD', 'WITH']);

class Lexer {
  i = 0;
  constructor(readonly s: string) {}

  /** Skips white space, a byte-order mark and `#` comments. */
  skip(): void {
    const s = this.s;
    for (;;) {
      const c = s.charCodeAt(this.i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xfeff) this.i++;
      else if (c === 0x23 /* # */) {
        while (this.i < s.length && s[this.i] !== '\n' && s[this.i] !== '\r') this.i++;
      } else return;
    }
  }

  /** A keyword (letters only), upper-cased, or '' when the next token is not one. */
  word(): string {
    this.skip();
    const m = /^[A-Za-z]+/.exec(this.s.slice(this.i, this.i + 32));
    if (!m) return '';
    // a prefixed name such as `select:x` is not a keyword
    const next = this.s[this.i + m[0].length];
    if (next === ':' || next === '_' || next === '-' || next === '.' || (next !== undefined && /[\p{L}\p{N}]/u.test(next))) return '';
    this.i += m[0].length;
    return m[0].toUpperCase();
  }

  /** An IRIREF `<...>` (no spaces or angle brackets inside), its text without the brackets; undefined when absent. */
  iri(): string | undefined {
    this.skip();
    const m = /^<([^<>"{}|^`\\\u0000-\u0020]*)>/.exec(this.s.slice(this.i, this.i + 4096));
    if (!m) return undefined;
    this.i += m[0].length;
    return m[1];
  }

  /** A prefix name with its colon (`ex:` or `:`), without the colon; undefined when absent. */
  pnameNs(): string | undefined {
    this.skip();
    const m = /^((?:[\p{L}](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_-])?)?):/u.exec(this.s.slice(this.i, this.i + 256));
    if (!m) return undefined;
    this.i += m[0].length;
    return m[1];
  }

  /** An IRI opened with `<` and never closed. */
  openIri(): boolean {
    this.skip();
    return this.s[this.i] === '<' && this.s.indexOf('>', this.i) < 0;
  }
}

/** Reads the prologue of a SPARQL request and the keyword after it. */
export function readPrologue(text: string): Prologue {
  const lx = new Lexer(text);
  const prefixes: Record<string, string> = {};
  let base: string | undefined;
  const done = (operation: Operation, malformed?: 'PREFIX' | 'BASE'): Prologue => {
    const unterminated = malformed !== undefined && lx.openIri();
    lx.skip();
    return { operation, prefixes, ...(base !== undefined ? { base } : {}), end: lx.i, unterminated, ...(malformed ? { malformed } : {}) };
  };
  for (;;) {
    const start = lx.i;
    const w = lx.word();
    if (w === 'BASE') {
      const iri = lx.iri();
      if (iri === undefined) return done({ kind: 'unknown' }, 'BASE');
      base = iri;
      continue;
    }
    if (w === 'PREFIX') {
      const name = lx.pnameNs();
      const iri = name === undefined ? undefined : lx.iri();
      if (name === undefined || iri === undefined) return done({ kind: 'unknown' }, 'PREFIX');
      prefixes[name] = iri;
      continue;
    }
    if (QUERY_FORMS.has(w)) {
      lx.i = start;
      return done({ kind: 'query', form: w as QueryForm });
    }
    if (UPDATE_KEYWORDS.has(w)) {
      lx.i = start;
      return done({ kind: 'update', keyword: w });
    }
    lx.i = start;
    return done({ kind: 'unknown' });
  }
}

/** Classifies a request's text as a query (with its form), an update, or neither. */
export function classifyOperation(text: string): Operation {
  return readPrologue(text).operation;
}

/** The prefixes a query's prologue declares. */
export function queryPrefixes(sparql: string): Record<string, string> {
  return readPrologue(sparql).prefixes;
}
