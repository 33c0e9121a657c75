// What a SPARQL request asks for: a query (and its form) or an update, read with a small lexer
// over the prologue (comments, BASE and PREFIX declarations, IRIs) — not a substring search, so
// `SELECT ("INSERT" AS ?x) {}` is a query and `# SELECT\nDROP ALL` is an update. The full grammar
// is left to oxigraph's parser, which rejects anything after the first operation; the store is
// only ever asked to `query()`, never to `update()`.

export type QueryForm = 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE';

export type Operation =
  | { kind: 'query'; form: QueryForm }
  | { kind: 'update'; keyword: string }
  /** Not recognizably either: hand it to the parser for its own message. */
  | { kind: 'unknown' };

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

  /** An IRIREF `<...>` (no spaces or angle brackets inside); false when absent. */
  iri(): boolean {
    this.skip();
    const m = /^<[^<>"{}|^`\\\u0000-\u0020]*>/.exec(this.s.slice(this.i, this.i + 4096));
    if (!m) return false;
    this.i += m[0].length;
    return true;
  }

  /** A prefix name with its colon (`ex:` or `:`); false when absent. */
  pnameNs(): boolean {
    this.skip();
    const m = /^(?:[\p{L}](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_-])?)?:/u.exec(this.s.slice(this.i, this.i + 256));
    if (!m) return false;
    this.i += m[0].length;
    return true;
  }
}

/** Classifies a request's text as a query (with its form), an update, or neither. */
export function classifyOperation(text: string): Operation {
  const lx = new Lexer(text);
  for (;;) {
    const w = lx.word();
    if (w === 'BASE') {
      if (!lx.iri()) return { kind: 'unknown' };
      continue;
    }
    if (w === 'PREFIX') {
      if (!lx.pnameNs() || !lx.iri()) return { kind: 'unknown' };
      continue;
    }
    if (QUERY_FORMS.has(w)) return { kind: 'query', form: w as QueryForm };
    if (UPDATE_KEYWORDS.has(w)) return { kind: 'update', keyword: w };
    return { kind: 'unknown' };
  }
}
