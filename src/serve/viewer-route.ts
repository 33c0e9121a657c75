// GET /api/viewer-graph: the viewer's data (viewer-data.ts) as JSON, gzip-encoded for clients that
// accept it, with an ETag so that a page opened again revalidates in one round trip (304).
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EncodedPayload, ViewerData } from './viewer-data.js';

export type { ViewerData } from './viewer-data.js';

const etags = new WeakMap<EncodedPayload, string>();

function etagOf(answer: EncodedPayload): string {
  let tag = etags.get(answer);
  if (!tag) {
    tag = `"${createHash('sha256').update(answer.json).digest('base64url').slice(0, 22)}"`;
    etags.set(answer, tag);
  }
  return tag;
}

/** Whether the client accepts gzip (a q=0 refuses it). */
export function acceptsGzip(header: string | undefined): boolean {
  for (const part of (header ?? '').split(',')) {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding.trim() !== 'gzip' && coding.trim() !== '*') continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    return !q || Number(q[1]) > 0;
  }
  return false;
}

/**
 * The whole graph's data, or with `part` "core" the default view's alone (viewer-data.ts), which
 * a page draws first.
 */
export async function sendViewerData(req: IncomingMessage, res: ServerResponse, source: ViewerData | undefined, head: boolean, part?: string): Promise<void> {
  const fail = (status: number, message: string) => {
    res.statusCode = status;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    if (status === 503) res.setHeader('Retry-After', '5');
    res.end(head ? undefined : `${message}\n`);
  };
  if (!source) return fail(404, 'this server has no viewer data');
  if (part !== undefined && part !== 'core') return fail(400, `unknown part "${part}": ask for part=core (the default view) or leave part out (the whole graph)`);
  let answer: EncodedPayload;
  try {
    answer = part === 'core' ? await source.core() : await source.whole();
  } catch (e) {
    return fail(503, `the viewer's data could not be built: ${e instanceof Error ? e.message : String(e)}`);
  }
  const etag = etagOf(answer);
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('Vary', 'Accept-Encoding');
  if (req.headers['if-none-match'] === etag) {
    res.statusCode = 304;
    res.end();
    return;
  }
  const gzip = acceptsGzip(req.headers['accept-encoding']);
  const body = gzip ? answer.gzip : answer.json;
  res.statusCode = 200;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Length', String(body.length));
  res.end(head ? undefined : body);
}
