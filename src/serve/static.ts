// Static files from one folder (the built viewer), and nothing outside it: the raw request path is
// checked segment by segment before and after percent-decoding (`..`, `.`, dot-files, encoded
// slashes and backslashes, NUL are refused), and the file's real path (symlinks resolved) must
// still lie inside the folder's real path.
import { realpathSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export type StaticResult =
  | { status: 200; body: Buffer; contentType: string; immutable: boolean }
  | { status: 400 | 403 | 404; message: string };

export class StaticFiles {
  private readonly root: string | undefined;

  constructor(folder: string) {
    try {
      this.root = realpathSync(folder);
    } catch {
      this.root = undefined;
    }
  }

  get available(): boolean {
    return this.root !== undefined;
  }

  /**
   * The file for a raw request path (as sent, still percent-encoded, without the query string).
   * '/' is index.html.
   */
  async resolve(rawPath: string): Promise<StaticResult> {
    if (!this.root) return { status: 404, message: 'the viewer is not built (run "npm run build:viewer")' };
    if (!rawPath.startsWith('/')) return { status: 400, message: 'bad request path' };
    const rawSegments = rawPath.slice(1).split('/');
    const segments: string[] = [];
    for (let i = 0; i < rawSegments.length; i++) {
      const raw = rawSegments[i];
      if (raw === '' && i === rawSegments.length - 1) break; // trailing slash
      let seg: string;
      try {
        seg = decodeURIComponent(raw);
      } catch {
        return { status: 400, message: 'bad percent-encoding in the path' };
      }
      if (raw === '' || seg === '' || seg === '.' || seg === '..' || seg.startsWith('.')) return { status: 403, message: 'forbidden path' };
      if (/[/\\\u0000]/.test(seg) || raw.includes('\\')) return { status: 403, message: 'forbidden path' };
      segments.push(seg);
    }
    if (segments.length === 0) segments.push('index.html');
    const candidate = join(this.root, ...segments);
    if (!candidate.startsWith(this.root + sep)) return { status: 403, message: 'forbidden path' };
    let real: string;
    try {
      real = realpathSync(candidate);
    } catch {
      return { status: 404, message: 'not found' };
    }
    // a symlink that leads out of the folder
    if (!real.startsWith(this.root + sep)) return { status: 403, message: 'forbidden path' };
    try {
      if (!statSync(real).isFile()) return { status: 404, message: 'not found' };
      const body = await readFile(real);
      const contentType = TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream';
      return { status: 200, body, contentType, immutable: segments[0] === 'assets' };
    } catch {
      return { status: 404, message: 'not found' };
    }
  }
}
