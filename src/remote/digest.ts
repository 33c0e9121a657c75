// HTTP authentication: parsing WWW-Authenticate challenges, Basic (RFC 7617) and Digest
// (RFC 7616, and RFC 2617 / 2069 servers): MD5, MD5-sess, SHA-256, SHA-256-sess; qop=auth with
// a nonce count and a client nonce. Node's fetch does neither Digest nor challenge handling.
import { createHash, randomBytes } from 'node:crypto';

export interface Challenge {
  /** Lower-case scheme: 'basic', 'digest', ... */
  scheme: string;
  /** Parameters, names lower-cased, quoted values unescaped. */
  params: Record<string, string>;
}

/**
 * Parses one or more challenges from WWW-Authenticate header values (fetch joins several headers
 * with ", ", which this grammar also reads: a token not followed by "=" starts a new challenge).
 */
export function parseChallenges(header: string | null | undefined): Challenge[] {
  const out: Challenge[] = [];
  if (!header) return out;
  const s = header;
  let i = 0;
  const n = s.length;
  const skipWs = () => {
    while (i < n && (s[i] === ' ' || s[i] === '\t')) i++;
  };
  const token = (): string => {
    const m = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+/.exec(s.slice(i));
    if (!m) return '';
    i += m[0].length;
    return m[0];
  };
  const quoted = (): string => {
    // at the opening quote
    i++;
    let v = '';
    while (i < n && s[i] !== '"') {
      if (s[i] === '\\' && i + 1 < n) i++;
      v += s[i++];
    }
    i++; // closing quote
    return v;
  };
  let current: Challenge | undefined;
  while (i < n) {
    skipWs();
    if (s[i] === ',') {
      i++;
      continue;
    }
    const start = i;
    const name = token();
    if (!name) {
      i++; // skip garbage
      continue;
    }
    skipWs();
    if (s[i] === '=' && current) {
      // auth-param (token68 values end in '=' too, but are followed by ',' or the end)
      const eq = i;
      i++;
      skipWs();
      let value: string;
      if (s[i] === '"') value = quoted();
      else if (i >= n || s[i] === ',') {
        // token68 such as "abc==": keep it as the challenge's token
        i = eq;
        while (i < n && s[i] === '=') i++;
        current.params.token68 = s.slice(start, i);
        continue;
      } else value = token();
      current.params[name.toLowerCase()] = value;
      continue;
    }
    current = { scheme: name.toLowerCase(), params: {} };
    out.push(current);
  }
  return out;
}

export interface Credentials {
  user: string;
  password: string;
}

export function basicAuthorization(c: Credentials): string {
  return `Basic ${Buffer.from(`${c.user}:${c.password}`, 'utf8').toString('base64')}`;
}

const ALGORITHMS: Record<string, string> = {
  md5: 'md5',
  'md5-sess': 'md5',
  'sha-256': 'sha256',
  'sha-256-sess': 'sha256',
};

/** Whether we can answer this Digest challenge (known algorithm, and qop auth or none). */
export function digestSupported(ch: Challenge): boolean {
  if (ch.scheme !== 'digest' || !ch.params.nonce) return false;
  const alg = (ch.params.algorithm ?? 'MD5').toLowerCase();
  if (!ALGORITHMS[alg]) return false;
  const qop = ch.params.qop;
  return qop === undefined || qopList(qop).includes('auth');
}

function qopList(qop: string): string[] {
  return qop.split(',').map((q) => q.trim().toLowerCase());
}

function quote(v: string): string {
  return `"${v.replace(/(["\\])/g, '\\$1')}"`;
}

/**
 * Digest state for one protection space: the server's challenge and the nonce count, so that
 * later requests reuse the nonce (nc 00000002, 00000003, ...) without a new round trip.
 */
export class DigestSession {
  private nc = 0;
  constructor(
    readonly challenge: Challenge,
    private readonly creds: Credentials,
    private readonly cnonceFn: () => string = () => randomBytes(16).toString('hex'),
  ) {}

  /** The Authorization header value for `method` on `uri` (the request target: path and query). */
  authorization(method: string, uri: string): string {
    const p = this.challenge.params;
    const algorithm = p.algorithm ?? 'MD5';
    const alg = algorithm.toLowerCase();
    const hashName = ALGORITHMS[alg];
    if (!hashName) throw new Error(`unsupported Digest algorithm ${algorithm}`);
    const H = (s: string) => createHash(hashName).update(s, 'utf8').digest('hex');
    const realm = p.realm ?? '';
    const nonce = p.nonce ?? '';
    const qop = p.qop !== undefined && qopList(p.qop).includes('auth') ? 'auth' : undefined;
    const cnonce = this.cnonceFn();
    let ha1 = H(`${this.creds.user}:${realm}:${this.creds.password}`);
    if (alg.endsWith('-sess')) ha1 = H(`${ha1}:${nonce}:${cnonce}`);
    const ha2 = H(`${method.toUpperCase()}:${uri}`);
    this.nc++;
    const nc = this.nc.toString(16).padStart(8, '0');
    const response = qop ? H(`${ha1}:${nonce}:${nc}:${cnonce}:${qop}:${ha2}`) : H(`${ha1}:${nonce}:${ha2}`);
    const parts = [
      `username=${quote(this.creds.user)}`,
      `realm=${quote(realm)}`,
      `nonce=${quote(nonce)}`,
      `uri=${quote(uri)}`,
      `algorithm=${algorithm}`,
      `response=${quote(response)}`,
    ];
    if (p.opaque !== undefined) parts.push(`opaque=${quote(p.opaque)}`);
    if (qop) parts.push(`qop=${qop}`, `nc=${nc}`, `cnonce=${quote(cnonce)}`);
    return `Digest ${parts.join(', ')}`;
  }
}

/** The Digest challenge to answer: the strongest supported one (SHA-256 before MD5). */
export function pickDigest(challenges: Challenge[]): Challenge | undefined {
  const ok = challenges.filter(digestSupported);
  const rank = (c: Challenge) => ((c.params.algorithm ?? 'MD5').toLowerCase().startsWith('sha-256') ? 0 : 1);
  return ok.sort((a, b) => rank(a) - rank(b))[0];
}
