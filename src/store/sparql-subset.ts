// Parses the part of SPARQL 1.1 that the triple index answers itself: SELECT and ASK over basic
// graph patterns, OPTIONAL and FILTER, with DISTINCT, ORDER BY, LIMIT and OFFSET — the shape of
// the contract queries and of most questions people ask of an article graph. Anything else
// (property paths, UNION, GRAPH, BIND, VALUES, MINUS, subqueries, aggregates, expressions in the
// projection, blank nodes in patterns, BASE) yields `undefined`, and the query goes to oxigraph,
// which implements all of SPARQL. The text has already passed oxigraph's parser, so this parser
// only has to be exact on what it accepts, never helpful about what it refuses.
import { literalKey, unescapeNt } from './terms.js';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

/** A pattern position: a variable (by name) or a constant term (canonical key). */
export type Slot = { v: string } | { k: string };
export interface TriplePattern {
  s: Slot;
  p: Slot;
  o: Slot;
}
export type Expr =
  | { op: 'var'; name: string }
  | { op: 'const'; key: string }
  | { op: 'or' | 'and' | '=' | '!=' | '<' | '>' | '<=' | '>='; args: [Expr, Expr] }
  | { op: 'not'; args: [Expr] }
  | { op: 'in' | 'notin'; args: Expr[] }
  | { op: 'call'; fn: string; args: Expr[] };

export interface Group {
  triples: TriplePattern[];
  /** BIND (expr AS ?name), with how many triples and OPTIONALs preceded each. */
  binds: { expr: Expr; name: string; afterTriples: number; afterOptionals: number }[];
  /** OPTIONAL groups, in the order written; `after` = how many triples preceded each. */
  optionals: { group: Group; after: number }[];
  filters: Expr[];
}
export interface OrderKey {
  name: string;
  desc: boolean;
}
export interface SubsetQuery {
  form: 'SELECT' | 'ASK';
  distinct: boolean;
  /** Projected variables (SELECT * lists the pattern's variables in order of appearance). */
  vars: string[];
  where: Group;
  order: OrderKey[];
  limit?: number;
  offset: number;
}

class Unsupported extends Error {}

type Tok =
  | { t: 'iri'; v: string }
  | { t: 'pname'; prefix: string; local: string }
  | { t: 'var'; v: string }
  | { t: 'str'; v: string }
  | { t: 'lang'; v: string }
  | { t: 'num'; v: string; dt: string }
  | { t: 'word'; v: string }
  | { t: 'punct'; v: string };

const PUNCT = ['^^', '&&', '||', '!=', '<=', '>=', '{', '}', '(', ')', '.', ';', ',', '*', '=', '<', '>', '!', '/', '|', '^', '+', '-', '?', '[', ']'];

function tokenize(q: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  const n = q.length;
  while (i < n) {
    const c = q[i];
    if (/\s/.test(c) || c === '\ufeff') {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < n && q[i] !== '\n') i++;
      continue;
    }
    let m: RegExpExecArray | null;
    const rest = q.slice(i, i + 4096);
    if (c === '<' && (m = /^<([^<>"{}|^`\\\u0000-\u0020]*)>/.exec(rest))) {
      out.push({ t: 'iri', v: m[1] });
      i += m[0].length;
      continue;
    }
    if ((c === '?' || c === '$') && (m = /^[?$]([\p{L}\p{N}_]+)/u.exec(rest))) {
      out.push({ t: 'var', v: m[1] });
      i += m[0].length;
      continue;
    }
    if (c === '"' || c === "'") {
      const long = q.startsWith(c.repeat(3), i);
      const delim = long ? c.repeat(3) : c;
      let j = i + delim.length;
      for (;;) {
        if (j >= n) throw new Unsupported('unterminated string');
        if (q[j] === '\\') {
          j += 2;
          continue;
        }
        if (q.startsWith(delim, j)) break;
        if (!long && (q[j] === '\n' || q[j] === '\r')) throw new Unsupported('newline in string');
        j++;
      }
      out.push({ t: 'str', v: unescapeNt(q.slice(i + delim.length, j)) });
      i = j + delim.length;
      continue;
    }
    if (c === '@' && (m = /^@([A-Za-z]+(?:-[A-Za-z0-9]+)*)/.exec(rest))) {
      out.push({ t: 'lang', v: m[1] });
      i += m[0].length;
      continue;
    }
    if ((m = /^(?:\d+\.\d*[eE][+-]?\d+|\.\d+[eE][+-]?\d+|\d+[eE][+-]?\d+)/.exec(rest))) {
      out.push({ t: 'num', v: m[0], dt: `${XSD}double` });
      i += m[0].length;
      continue;
    }
    if ((m = /^(?:\d*\.\d+)/.exec(rest))) {
      out.push({ t: 'num', v: m[0], dt: `${XSD}decimal` });
      i += m[0].length;
      continue;
    }
    if ((m = /^\d+/.exec(rest))) {
      out.push({ t: 'num', v: m[0], dt: `${XSD}integer` });
      i += m[0].length;
      continue;
    }
    // prefixed names (no escapes or %-encodings: those go to oxigraph)
    if ((m = /^([A-Za-z][\w-]*(?:\.[\w-]+)*)?:((?:[\p{L}\p{N}_:]|-)(?:[\p{L}\p{N}_:.-]*[\p{L}\p{N}_:-])?)?/u.exec(rest))) {
      if (/^[\\%]/.test(q.slice(i + m[0].length))) throw new Unsupported('escaped local name');
      out.push({ t: 'pname', prefix: m[1] ?? '', local: m[2] ?? '' });
      i += m[0].length;
      continue;
    }
    if ((m = /^[A-Za-z_][A-Za-z_0-9]*/.exec(rest))) {
      out.push({ t: 'word', v: m[0] });
      i += m[0].length;
      continue;
    }
    const p = PUNCT.find((x) => q.startsWith(x, i));
    if (!p) throw new Unsupported(`character ${c}`);
    out.push({ t: 'punct', v: p });
    i += p.length;
  }
  return out;
}

const FUNCTIONS: Record<string, [min: number, max: number]> = {
  BOUND: [1, 1],
  ISIRI: [1, 1],
  ISURI: [1, 1],
  ISLITERAL: [1, 1],
  ISBLANK: [1, 1],
  ISNUMERIC: [1, 1],
  STR: [1, 1],
  LANG: [1, 1],
  DATATYPE: [1, 1],
  LANGMATCHES: [2, 2],
  CONTAINS: [2, 2],
  STRSTARTS: [2, 2],
  STRENDS: [2, 2],
  LCASE: [1, 1],
  UCASE: [1, 1],
  STRLEN: [1, 1],
  REGEX: [2, 3],
  SAMETERM: [2, 2],
  STRAFTER: [2, 2],
  STRBEFORE: [2, 2],
  CONCAT: [0, 64],
};

class SubsetParser {
  private i = 0;
  private readonly prefixes: Record<string, string> = {};
  private readonly seenVars: string[] = [];
  private fresh = 0;

  constructor(private readonly toks: Tok[]) {}

  private peek(k = 0): Tok | undefined {
    return this.toks[this.i + k];
  }
  private isWord(w: string, k = 0): boolean {
    const t = this.peek(k);
    return t?.t === 'word' && t.v.toUpperCase() === w;
  }
  private isPunct(p: string, k = 0): boolean {
    const t = this.peek(k);
    return t?.t === 'punct' && t.v === p;
  }
  private expectPunct(p: string): void {
    if (!this.isPunct(p)) throw new Unsupported(`expected ${p}`);
    this.i++;
  }
  private expectWord(w: string): void {
    if (!this.isWord(w)) throw new Unsupported(`expected ${w}`);
    this.i++;
  }
  private noteVar(v: string): void {
    if (!this.seenVars.includes(v)) this.seenVars.push(v);
  }

  parse(): SubsetQuery {
    while (this.isWord('PREFIX')) {
      this.i++;
      const p = this.peek();
      const iri = this.peek(1);
      if (p?.t !== 'pname' || p.local !== '' || iri?.t !== 'iri') throw new Unsupported('PREFIX');
      if (!/^[a-z][a-z0-9+.-]*:/i.test(iri.v)) throw new Unsupported('relative namespace');
      this.prefixes[p.prefix] = iri.v;
      this.i += 2;
    }
    let form: SubsetQuery['form'];
    let distinct = false;
    let vars: string[] | undefined;
    if (this.isWord('SELECT')) {
      form = 'SELECT';
      this.i++;
      if (this.isWord('DISTINCT') || this.isWord('REDUCED')) {
        distinct = true;
        this.i++;
      }
      if (this.isPunct('*')) this.i++;
      else {
        vars = [];
        while (this.peek()?.t === 'var') vars.push((this.toks[this.i++] as { v: string }).v);
        if (vars.length === 0) throw new Unsupported('projection');
      }
    } else if (this.isWord('ASK')) {
      form = 'ASK';
      this.i++;
    } else throw new Unsupported('query form');
    if (this.isWord('WHERE')) this.i++;
    const where = this.group();
    const order: OrderKey[] = [];
    if (this.isWord('ORDER')) {
      this.i++;
      this.expectWord('BY');
      for (;;) {
        const t = this.peek();
        if (t?.t === 'var') {
          order.push({ name: t.v, desc: false });
          this.i++;
        } else if ((this.isWord('ASC') || this.isWord('DESC')) && this.isPunct('(', 1) && this.peek(2)?.t === 'var' && this.isPunct(')', 3)) {
          order.push({ name: (this.peek(2) as { v: string }).v, desc: this.isWord('DESC') });
          this.i += 4;
        } else break;
      }
      if (order.length === 0) throw new Unsupported('ORDER BY expression');
    }
    let limit: number | undefined;
    let offset = 0;
    for (let k = 0; k < 2; k++) {
      if (this.isWord('LIMIT') && this.peek(1)?.t === 'num') {
        limit = Number((this.peek(1) as { v: string }).v);
        this.i += 2;
      } else if (this.isWord('OFFSET') && this.peek(1)?.t === 'num') {
        offset = Number((this.peek(1) as { v: string }).v);
        this.i += 2;
      }
    }
    if (this.i !== this.toks.length) throw new Unsupported('trailing clause');
    if (form === 'ASK' && (order.length || limit !== undefined || offset)) throw new Unsupported('ASK modifiers');
    return { form, distinct, vars: vars ?? [...this.seenVars], where, order, limit, offset };
  }

  private group(): Group {
    this.expectPunct('{');
    const g: Group = { triples: [], binds: [], optionals: [], filters: [] };
    for (;;) {
      if (this.isPunct('}')) {
        this.i++;
        return g;
      }
      if (this.isPunct('.')) {
        this.i++;
        continue;
      }
      if (this.isWord('OPTIONAL')) {
        this.i++;
        g.optionals.push({ group: this.group(), after: g.triples.length });
        continue;
      }
      if (this.isWord('BIND')) {
        this.i++;
        this.expectPunct('(');
        const expr = this.orExpr();
        this.expectWord('AS');
        const v = this.peek();
        if (v?.t !== 'var') throw new Unsupported('BIND target');
        this.i++;
        this.expectPunct(')');
        this.noteVar(v.v);
        g.binds.push({ expr, name: v.v, afterTriples: g.triples.length, afterOptionals: g.optionals.length });
        continue;
      }
      if (this.isWord('FILTER')) {
        this.i++;
        g.filters.push(this.isPunct('(') ? this.bracketted() : this.call());
        continue;
      }
      this.triplesSameSubject(g);
    }
  }

  private triplesSameSubject(g: Group): void {
    const s = this.term(false);
    for (;;) {
      // a verb: a variable, or a sequence path of IRIs, each maybe inverted (^p); a path of one
      // plain IRI is an ordinary predicate
      const path: { iri: string; inverse: boolean }[] = [];
      let pv: Slot | undefined;
      if (this.peek()?.t === 'var') pv = this.term(false);
      else {
        for (;;) {
          const inverse = this.isPunct('^');
          if (inverse) this.i++;
          const verb = this.peek();
          if (verb?.t === 'word' && verb.v === 'a') {
            this.i++;
            path.push({ iri: RDF_TYPE, inverse });
          } else if (verb && (verb.t === 'iri' || verb.t === 'pname')) {
            this.i++;
            path.push({ iri: this.iri(verb), inverse });
          } else throw new Unsupported('predicate');
          if (!this.isPunct('/')) break;
          this.i++;
        }
      }
      const next = this.peek();
      if (next?.t === 'punct' && ['/', '|', '*', '+', '?', '^'].includes(next.v)) throw new Unsupported('property path');
      for (;;) {
        const o = this.term(true);
        if (pv) g.triples.push({ s, p: pv, o });
        else {
          // SPARQL's own translation of a sequence path: a chain through fresh variables
          // (named with a space, which no query variable can contain, so SELECT * skips them)
          let from: Slot = s;
          path.forEach((step, k) => {
            const to: Slot = k === path.length - 1 ? o : { v: ` path${this.fresh++}` };
            g.triples.push(step.inverse ? { s: to, p: { k: `<${step.iri}>` }, o: from } : { s: from, p: { k: `<${step.iri}>` }, o: to });
            from = to;
          });
        }
        if (this.isPunct(',')) {
          this.i++;
          continue;
        }
        break;
      }
      if (this.isPunct(';')) {
        while (this.isPunct(';')) this.i++;
        if (this.isPunct('.') || this.isPunct('}')) return;
        continue;
      }
      return;
    }
  }

  private iri(t: Tok): string {
    if (t.t === 'iri') {
      if (!/^[a-z][a-z0-9+.-]*:/i.test(t.v)) throw new Unsupported('relative IRI');
      return t.v;
    }
    if (t.t === 'pname') {
      const ns = this.prefixes[t.prefix];
      if (ns === undefined) throw new Unsupported('undeclared prefix');
      return ns + t.local;
    }
    throw new Unsupported('IRI expected');
  }

  /** A variable or constant in a triple pattern (or an expression's leaf). */
  private term(allowLiteral: boolean): Slot {
    const t = this.peek();
    if (!t) throw new Unsupported('end of query');
    if (t.t === 'var') {
      this.i++;
      this.noteVar(t.v);
      return { v: t.v };
    }
    if (t.t === 'iri' || t.t === 'pname') {
      this.i++;
      return { k: `<${this.iri(t)}>` };
    }
    if (!allowLiteral) throw new Unsupported('subject or predicate');
    const lit = this.literal();
    if (lit !== undefined) return { k: lit };
    throw new Unsupported(`term ${t.t}`);
  }

  private literal(): string | undefined {
    const t = this.peek();
    if (!t) return undefined;
    if (t.t === 'str') {
      this.i++;
      const next = this.peek();
      if (next?.t === 'lang') {
        this.i++;
        return literalKey(t.v, next.v);
      }
      if (this.isPunct('^^')) {
        this.i++;
        const dt = this.peek();
        if (!dt) throw new Unsupported('datatype');
        this.i++;
        return literalKey(t.v, undefined, this.iri(dt));
      }
      return literalKey(t.v);
    }
    if (t.t === 'num') {
      this.i++;
      return literalKey(t.v, undefined, t.dt);
    }
    if (this.isWord('TRUE') || this.isWord('FALSE')) {
      this.i++;
      return literalKey((t as { v: string }).v.toLowerCase(), undefined, `${XSD}boolean`);
    }
    if (this.isPunct('+') || this.isPunct('-')) {
      const num = this.peek(1);
      if (num?.t === 'num') {
        this.i += 2;
        return literalKey(`${(t as { v: string }).v}${num.v}`, undefined, num.dt);
      }
    }
    return undefined;
  }

  private bracketted(): Expr {
    this.expectPunct('(');
    const e = this.orExpr();
    this.expectPunct(')');
    return e;
  }

  private orExpr(): Expr {
    let e = this.andExpr();
    while (this.isPunct('||')) {
      this.i++;
      e = { op: 'or', args: [e, this.andExpr()] };
    }
    return e;
  }

  private andExpr(): Expr {
    let e = this.relExpr();
    while (this.isPunct('&&')) {
      this.i++;
      e = { op: 'and', args: [e, this.relExpr()] };
    }
    return e;
  }

  private relExpr(): Expr {
    const left = this.unary();
    for (const op of ['=', '!=', '<=', '>=', '<', '>'] as const) {
      if (this.isPunct(op)) {
        this.i++;
        return { op, args: [left, this.unary()] };
      }
    }
    const not = this.isWord('NOT') && this.isWord('IN', 1);
    if (this.isWord('IN') || not) {
      this.i += not ? 2 : 1;
      this.expectPunct('(');
      const list: Expr[] = [left];
      if (!this.isPunct(')')) {
        list.push(this.orExpr());
        while (this.isPunct(',')) {
          this.i++;
          list.push(this.orExpr());
        }
      }
      this.expectPunct(')');
      return { op: not ? 'notin' : 'in', args: list };
    }
    if (this.isPunct('+') || this.isPunct('-') || this.isPunct('*') || this.isPunct('/')) throw new Unsupported('arithmetic');
    return left;
  }

  private unary(): Expr {
    if (this.isPunct('!')) {
      this.i++;
      return { op: 'not', args: [this.unary()] };
    }
    if (this.isPunct('(')) return this.bracketted();
    const t = this.peek();
    if (t?.t === 'var') {
      this.i++; // a variable only in a FILTER is not in scope for SELECT *
      return { op: 'var', name: t.v };
    }
    if (t?.t === 'word' && this.isPunct('(', 1)) return this.call();
    if (t?.t === 'iri' || t?.t === 'pname') {
      if (this.isPunct('(', 1)) throw new Unsupported('function call');
      this.i++;
      return { op: 'const', key: `<${this.iri(t)}>` };
    }
    const lit = this.literal();
    if (lit !== undefined) return { op: 'const', key: lit };
    throw new Unsupported('expression');
  }

  private call(): Expr {
    const t = this.peek();
    if (t?.t !== 'word') throw new Unsupported('call');
    const fn = t.v.toUpperCase();
    const arity = FUNCTIONS[fn];
    if (!arity) throw new Unsupported(`function ${fn}`);
    this.i++;
    this.expectPunct('(');
    const args: Expr[] = [];
    if (!this.isPunct(')')) {
      args.push(this.orExpr());
      while (this.isPunct(',')) {
        this.i++;
        args.push(this.orExpr());
      }
    }
    this.expectPunct(')');
    if (args.length < arity[0] || args.length > arity[1]) throw new Unsupported('arity');
    if (fn === 'BOUND' && args[0].op !== 'var') throw new Unsupported('BOUND');
    return { op: 'call', fn, args };
  }
}

/** The query in the subset, or undefined (with the reason) when oxigraph must answer it. */
export function parseSubset(sparql: string): { query?: SubsetQuery; reason?: string } {
  try {
    return { query: new SubsetParser(tokenize(sparql)).parse() };
  } catch (e) {
    if (e instanceof Unsupported) return { reason: e.message };
    throw e;
  }
}
