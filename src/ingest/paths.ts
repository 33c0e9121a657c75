// Inputs as the user names them (files, folders, globs) → the sorted list of files to read.
// Folders are walked recursively; globs are matched with a small matcher (Node 20 has no fs.glob,
// and path.matchesGlob prints an experimental warning): `*`, `?`, `[abc]`, `[!abc]`, `{a,b}`, `**`.
// Hidden files and folders (names starting with '.') are skipped when walking.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { InputError, NewskgError, fsError } from '../errors.js';
import type { InputFormat } from '../types.js';

export const SUPPORTED_EXTENSIONS: Record<string, InputFormat> = {
  '.txt': 'txt',
  '.md': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.jsonl': 'jsonl',
};
const SUPPORTED_LIST = '.txt, .md, .html, .htm or .jsonl';

export function formatOf(path: string): InputFormat | undefined {
  return SUPPORTED_EXTENSIONS[extname(path).toLowerCase()];
}

const GLOB_CHARS = /[*?[{]/;

export function isGlob(pattern: string): boolean {
  return GLOB_CHARS.test(pattern);
}

/** Compiles a glob (with '/' separators) to an anchored RegExp over '/'-separated paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let i = 0;
  let braceDepth = 0;
  while (i < glob.length) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        const atEnd = i + 2 === glob.length || glob[i + 2] === '/';
        if (atStart && atEnd) {
          // '**/' matches zero or more whole segments; a trailing '**' matches everything below
          if (i + 2 === glob.length) re += '.*';
          else re += '(?:[^/]*/)*';
          i += 3;
          continue;
        }
        re += '[^/]*';
        i += 2;
        continue;
      }
      re += '[^/]*';
      i++;
    } else if (c === '?') {
      re += '[^/]';
      i++;
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) {
        re += '\\[';
        i++;
        continue;
      }
      let body = glob.slice(i + 1, close);
      let neg = false;
      if (body[0] === '!' || body[0] === '^') {
        neg = true;
        body = body.slice(1);
      }
      body = body.replace(/[\\\]^]/g, (m) => `\\${m}`);
      re += `[${neg ? '^' : ''}${body}]`;
      i = close + 1;
    } else if (c === '{') {
      braceDepth++;
      re += '(?:';
      i++;
    } else if (c === '}' && braceDepth > 0) {
      braceDepth--;
      re += ')';
      i++;
    } else if (c === ',' && braceDepth > 0) {
      re += '|';
      i++;
    } else {
      re += c.replace(/[.+^$()|\\\]{}]/g, (m) => `\\${m}`);
      i++;
    }
  }
  while (braceDepth-- > 0) re += ')';
  return new RegExp(`^${re}$`);
}

export interface InputFile {
  /** Path to show the user (as given, or joined from the folder they gave). */
  path: string;
  format: InputFormat;
}

export interface Expanded {
  files: InputFile[];
  errors: NewskgError[];
}

/** Recursively lists supported files under a folder, sorted by relative path. */
function walk(dir: string, display: string, out: string[], seen: Set<string>, errors: NewskgError[], maxDepth = Infinity, depth = 0): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    return;
  }
  if (seen.has(real)) return; // symlink loop
  seen.add(real);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    // an unreadable folder is said, not skipped in silence: the articles in it are missing from the graph
    errors.push(fsError(e, dir));
    return;
  }
  names.sort();
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const full = join(dir, name);
    const shown = display === '' ? name : `${display}/${name}`;
    let st;
    try {
      st = statSync(full);
    } catch {
      continue; // dangling symlink
    }
    if (st.isDirectory()) {
      if (depth + 1 < maxDepth) walk(full, shown, out, seen, errors, maxDepth, depth + 1);
    } else if (st.isFile()) out.push(shown);
  }
  seen.delete(real);
}

function expandGlob(pattern: string, errors: NewskgError[]): string[] {
  const norm = pattern.replace(/\\/g, '/');
  const segs = norm.split('/');
  let k = 0;
  while (k < segs.length - 1 && !isGlob(segs[k])) k++;
  const baseSegs = segs.slice(0, k);
  const base = baseSegs.join('/') || (norm.startsWith('/') ? '/' : '');
  const rest = segs.slice(k);
  const maxDepth = rest.includes('**') || rest.some((s) => s.includes('**')) ? Infinity : rest.length;
  const rel: string[] = [];
  walk(base === '' ? '.' : base, '', rel, new Set(), errors, maxDepth);
  const re = globToRegExp(rest.join('/'));
  return rel.filter((r) => re.test(r)).map((r) => (base === '' ? r : base === '/' ? `/${r}` : `${base}/${r}`));
}

/**
 * Expands files, folders and globs into files to read. Explicit files of an unsupported type are
 * errors; folders and globs silently keep only supported types. Each file appears once (by real
 * path), in the order: inputs in order, each input's files sorted.
 */
export function expandInputs(inputs: string[]): Expanded {
  const files: InputFile[] = [];
  const errors: NewskgError[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    let real = path;
    try {
      real = realpathSync(path);
    } catch {
      /* keep as is */
    }
    if (seen.has(real)) return;
    seen.add(real);
    const format = formatOf(path);
    if (format) files.push({ path, format });
  };
  for (const input of inputs) {
    let st;
    try {
      st = statSync(input);
    } catch (e) {
      if (isGlob(input)) {
        const before = errors.length;
        const matched = expandGlob(input, errors).filter((p) => formatOf(p));
        if (matched.length === 0 && errors.length === before) {
          errors.push(new InputError('E_NOT_FOUND', `no ${SUPPORTED_LIST} files match this pattern`, { file: input, hint: 'check the pattern; quote it so the shell does not expand it' }));
        }
        matched.forEach(add);
        continue;
      }
      errors.push(fsError(e, input));
      continue;
    }
    if (st.isDirectory()) {
      const rel: string[] = [];
      const before = errors.length;
      walk(input, '', rel, new Set(), errors);
      const matched = rel.filter((r) => formatOf(r)).map((r) => join(input, r));
      if (matched.length === 0 && errors.length === before) {
        errors.push(new InputError('E_NOT_FOUND', `folder has no ${SUPPORTED_LIST} files`, { file: input, hint: 'put the articles in it, or name the files directly' }));
      }
      matched.forEach(add);
    } else if (!formatOf(input)) {
      errors.push(
        new InputError('E_INPUT_TYPE', `unsupported file type "${extname(input) || '(none)'}"`, {
          file: input,
          hint: `use ${SUPPORTED_LIST} files`,
        }),
      );
    } else if (!st.isFile()) {
      // a FIFO, socket or device would block the build or never end: only regular files are articles
      errors.push(new InputError('E_INPUT_TYPE', `is not a regular file (${st.isFIFO() ? 'a named pipe' : st.isSocket() ? 'a socket' : 'a device'})`, { file: input, hint: 'save the articles to a file first and name that file' }));
    } else add(input);
  }
  return { files, errors };
}
