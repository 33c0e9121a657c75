import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, NewskgError } from '../src/errors.js';
import {
  articlesFromBytes,
  decodeText,
  disambiguateIds,
  expandInputs,
  extractHtml,
  firstInvalidUtf8,
  globToRegExp,
  normalizeDate,
  parseJsonl,
  MAX_ARTICLE_CHARS,
  readInputs,
} from '../src/ingest/index.js';
import type { Article } from '../src/types.js';

const here = dirname(fileURLToPath(import.meta.url));
const b = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
};

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (e) {
    return (e as NewskgError).code;
  }
}

describe('decodeText', () => {
  const good: [string, Buffer, string][] = [
    ['plain UTF-8', b('Hello, world.'), 'Hello, world.'],
    ['CRLF kept', b('Line one\r\nLine two\r\n'), 'Line one\r\nLine two\r\n'],
    ['lone CR kept', b('a\rb'), 'a\rb'],
    ['UTF-8 BOM removed, nothing else', b([0xef, 0xbb, 0xbf], ' lead space\n'), ' lead space\n'],
    ['a second BOM is content', b([0xef, 0xbb, 0xbf], '\ufeffx'), '\ufeffx'],
    ['no Unicode normalization (NFD stays NFD)', b('Cafe\u0301 \u212b'), 'Cafe\u0301 \u212b'],
    ['emoji and RTL mark', b('😀 \u200f שלום'), '😀 \u200f שלום'],
    ['UTF-16LE with BOM', utf16le('Kyiv — “quote” 😀\r\n'), 'Kyiv — “quote” 😀\r\n'],
    ['UTF-16BE with BOM', utf16be('Paris, 26 Feb 😀'), 'Paris, 26 Feb 😀'],
    ['tabs and form feeds are text', b('a\tb\fc'), 'a\tb\fc'],
  ];
  it.each(good)('%s', (_name, bytes, text) => {
    expect(decodeText(bytes, { file: 'f.txt' }).text).toBe(text);
  });

  const bad: [string, Buffer, string, number?][] = [
    ['empty file', b(''), 'E_INPUT_EMPTY'],
    ['whitespace only', b('  \n\t \r\n\u00a0\u2003'), 'E_INPUT_EMPTY'],
    ['BOM only', b([0xef, 0xbb, 0xbf]), 'E_INPUT_EMPTY'],
    ['UTF-16 whitespace only', utf16le(' \n '), 'E_INPUT_EMPTY'],
    ['PNG renamed .txt', b([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR'), 'E_INPUT_BINARY', 0],
    ['PDF renamed .txt', b('%PDF-1.7\n%âãÏÓ\n'), 'E_INPUT_BINARY', 0],
    ['ZIP renamed .txt', b([0x50, 0x4b, 0x03, 0x04, 20, 0]), 'E_INPUT_BINARY', 0],
    ['NUL byte', b('abc', [0], 'def'), 'E_INPUT_BINARY', 3],
    ['UTF-16 without BOM looks binary', Buffer.from('hello', 'utf16le'), 'E_INPUT_BINARY', 1],
    ['Latin-1 é', b('caf', [0xe9], ' au lait'), 'E_INPUT_ENCODING', 3],
    ['overlong /', b('a', [0xc0, 0xaf], 'b'), 'E_INPUT_ENCODING', 1],
    ['UTF-8 encoded surrogate', b('ok ', [0xed, 0xa0, 0x80]), 'E_INPUT_ENCODING', 3],
    ['truncated sequence at end', b('ab', [0xe2, 0x82]), 'E_INPUT_ENCODING', 2],
    ['above U+10FFFF', b('x', [0xf4, 0x90, 0x80, 0x80]), 'E_INPUT_ENCODING', 1],
    ['stray continuation byte after valid text', b('Привет', [0x80]), 'E_INPUT_ENCODING', 12],
    ['UTF-16LE unpaired surrogate', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from([0x41, 0, 0x00, 0xd8, 0x42, 0])]), 'E_INPUT_ENCODING', 4],
  ];
  it.each(bad)('rejects: %s', (_name, bytes, code, offset) => {
    let err: NewskgError | undefined;
    try {
      decodeText(bytes, { file: 'x.txt' });
    } catch (e) {
      err = e as NewskgError;
    }
    expect(err).toBeInstanceOf(InputError);
    expect(err!.code).toBe(code);
    if (offset !== undefined) expect(err!.offset).toBe(offset);
    expect(err!.file).toBe('x.txt');
    expect(err!.format()).toMatch(/^newskg: x\.txt(:\d+)?: .+ — .+$/);
    expect(err!.format()).not.toContain('\n');
  });

  it('reports the line of an encoding error', () => {
    try {
      decodeText(b('line 1\nline 2\nbad ', [0xff], '\n'), { file: 'x.txt' });
      expect.unreachable();
    } catch (e) {
      expect((e as NewskgError).line).toBe(3);
      expect((e as NewskgError).offset).toBe(18);
      expect((e as NewskgError).format()).toBe('newskg: x.txt:3: invalid UTF-8 at byte 18 — save the file as UTF-8 (for example: iconv -f windows-1252 -t utf-8)');
    }
  });

  it('firstInvalidUtf8 agrees with the fatal TextDecoder on any bytes', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 10 }), (junk, text) => {
        const bytes = Buffer.concat([Buffer.from(text, 'utf8'), Buffer.from(junk)]);
        const at = firstInvalidUtf8(bytes);
        let valid = true;
        try {
          decoder.decode(bytes);
        } catch {
          valid = false;
        }
        expect(at === -1).toBe(valid);
        if (at >= 0) {
          // everything before the offset is valid
          expect(() => decoder.decode(bytes.subarray(0, at))).not.toThrow();
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('HTML', () => {
  const page = `<!doctype html>
<html lang="en"><head>
<title>Leaders meet in Paris | World News</title>
<meta property="article:published_time" content="2024-02-26T18:30:00Z">
<meta name="author" content="Jane Doe">
<link rel="canonical" href="https://news.example/paris-summit">
<script>var secret = "SCRIPT-IN-HEAD";</script>
<style>body { color: red } /* STYLE-TEXT */</style>
</head>
<body onload="alert('ONLOAD-HANDLER')">
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article>
  <h1>Leaders meet in Paris</h1>
  <p onclick="alert('CLICK-HANDLER')">PARIS &mdash; French President Emmanuel Macron said on Monday that
     "nothing should be excluded".<script>document.write("SCRIPT-IN-BODY")</script></p>
  <p>The meeting gathered   <b>more than 20</b> heads of state
  and government.<br>A second line.</p>
  <img src="x.png" alt="ALT-TEXT" onerror="alert('ERROR-HANDLER')">
  <p>He added: &ldquo;We will do whatever it takes.&rdquo;</p>
  <noscript>NOSCRIPT-TEXT</noscript>
</article>
<footer>&copy; 2024 Example News</footer>
</body></html>`;

  it('extracts the article text with paragraph breaks and no script, style or handler text', () => {
    const h = extractHtml(page);
    for (const leak of ['SCRIPT-IN-HEAD', 'SCRIPT-IN-BODY', 'STYLE-TEXT', 'CLICK-HANDLER', 'ONLOAD-HANDLER', 'ERROR-HANDLER', 'alert(', 'NOSCRIPT-TEXT', 'document.write']) {
      expect(h.text).not.toContain(leak);
    }
    const paragraphs = h.text.split('\n\n');
    expect(paragraphs).toContain('PARIS — French President Emmanuel Macron said on Monday that "nothing should be excluded".');
    expect(paragraphs).toContain('The meeting gathered more than 20 heads of state and government.\nA second line.');
    expect(paragraphs).toContain('He added: “We will do whatever it takes.”');
    expect(h.text).not.toMatch(/\n{3,}/);
    expect(h.text).toBe(h.text.trim());
  });

  it('reads title, byline, date and url from the page', () => {
    const h = extractHtml(page);
    expect(h.title).toMatch(/Leaders meet in Paris/);
    expect(h.byline).toBe('Jane Doe');
    expect(h.date).toBe('2024-02-26T18:30:00Z');
    expect(h.url).toBe('https://news.example/paris-summit');
  });

  it('falls back to the body for a tiny page, and keeps <pre> verbatim', () => {
    const h = extractHtml('<html><body><p>One.</p><pre>  a\n    b</pre><script>x()</script></body></html>');
    expect(h.text).toBe('One.\n\n  a\n    b');
  });

  it('becomes an article whose id is the file name', () => {
    const r = articlesFromBytes(Buffer.from(page), 'in/paris-summit.html', 'html');
    expect(r.articles).toHaveLength(1);
    const a = r.articles[0];
    expect(a).toMatchObject({ id: 'paris-summit', format: 'html', date: '2024-02-26T18:30:00Z', url: 'https://news.example/paris-summit', source: { path: 'in/paris-summit.html' } });
  });

  it.each([
    ['2024-02-26', '2024-02-26'],
    ['2024-02-26 18:30', '2024-02-26T18:30'],
    ['2024-02-26T18:30:00+01:00', '2024-02-26T18:30:00+01:00'],
    ['Feb 26, 2024', '2024-02-26'],
    ['Mon, 26 Feb 2024 18:30:00 GMT', '2024-02-26T18:30:00.000Z'],
    ['26 February 2024 10:00 +0100', '2024-02-26T09:00:00.000Z'],
    ['27-MAR-1987 00:02:59.13&#5;&#5;RM', '1987-03-27T00:02:59'],
    ['3-Apr-1987', '1987-04-03'],
    ['sometime', undefined],
  ])('normalizes the date %s', (raw, iso) => {
    expect(normalizeDate(raw)).toBe(iso);
  });

  it('rejects a page without text', () => {
    expect(codeOf(() => articlesFromBytes(Buffer.from('<html><head><script>x()</script></head><body>  </body></html>'), 'e.html', 'html'))).toBe('E_INPUT_EMPTY');
  });
});

describe('HTML libraries', () => {
  it('load on the first HTML page: text and JSONL never load them', () => {
    // a fresh process: this one may have loaded them for other tests
    const src = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'ingest', 'index.ts');
    const script = `
      import { createRequire } from 'node:module';
      const ingest = await import(${JSON.stringify(src)});
      const loaded = () => Object.keys(createRequire(import.meta.url).cache).filter((k) => /node_modules[\\/](linkedom|@mozilla[\\/]readability)[\\/]/.test(k)).length > 0;
      const before = loaded();
      ingest.parseJsonl('{"text": "Paris is a city."}', 'a.jsonl', 'a');
      const afterJsonl = loaded();
      ingest.extractHtml('<html><body><p>Paris is a city.</p></body></html>');
      console.log(JSON.stringify([before, afterJsonl, loaded()]));`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([false, false, true]);
  });
});

describe('JSONL', () => {
  const text = [
    '{"id": "a1", "text": "First article.", "title": "One", "date": "2024-02-26", "url": "https://x/1"}',
    '{"text": "broken", ',
    '{"title": "no text here"}',
    '',
    '{"text": "   "}',
    '["not", "an", "object"]',
    '{"text": 42}',
    '{"text": "Second article.\\r\\nWith CRLF inside."}\r',
    '{"id": 7, "text": "Numeric id.", "date": "Feb 26, 2024"}',
    '{"id": "bad-date", "text": "x", "date": "sometime"}',
    '{"text": "t", "title": 5}',
  ].join('\n');
  const r = parseJsonl(text, 'data/batch.jsonl', 'batch');

  it('reads the good lines', () => {
    expect(r.articles.map((a) => [a.id, a.text, a.source.line])).toEqual([
      ['a1', 'First article.', 1],
      ['batch-8', 'Second article.\r\nWith CRLF inside.', 8],
      ['7', 'Numeric id.', 9],
      ['bad-date', 'x', 10],
    ]);
    expect(r.articles[0]).toMatchObject({ title: 'One', date: '2024-02-26', url: 'https://x/1', format: 'jsonl' });
    expect(r.articles[2].date).toBe('2024-02-26');
  });

  it('reports each bad line with file and line number, and goes on', () => {
    expect(r.errors.map((e) => [e.code, e.line])).toEqual([
      ['E_JSONL_SYNTAX', 2],
      ['E_JSONL_FIELD', 3],
      ['E_JSONL_FIELD', 5],
      ['E_JSONL_FIELD', 6],
      ['E_JSONL_FIELD', 7],
      ['E_JSONL_FIELD', 11],
    ]);
    expect(r.errors[1].format()).toBe('newskg: data/batch.jsonl:3: missing "text" field — each line needs {"text": "..."} and optionally "id", "title", "date", "url"');
    for (const e of r.errors) expect(e.format()).not.toContain('\n');
  });

  it.each([
    ['.', '"id" "." cannot name an article'],
    ['..', '"id" ".." cannot name an article'],
  ])('refuses the id %j in one line, and goes on', (id, message) => {
    const r = parseJsonl(`{"id": ${JSON.stringify(id)}, "text": "x"}\n{"id": "...", "text": "y"}\n`, 'd.jsonl', 'd');
    expect(r.articles.map((a) => a.id)).toEqual(['...']);
    expect(r.errors.map((e) => [e.code, e.line])).toEqual([['E_JSONL_FIELD', 1]]);
    expect(r.errors[0].format()).toMatch(new RegExp(`^newskg: d\\.jsonl:1: ${message.replace(/\./g, '\\.')}: .+ — give the line another id`));
    expect(r.errors[0].format()).not.toContain('\n');
  });

  it('warns about a date it cannot read, and drops it', () => {
    expect(r.warnings.map((w) => [w.code, w.line])).toEqual([['W_BAD_DATE', 10]]);
    expect(r.articles[3].date).toBeUndefined();
  });
});

describe('duplicate ids', () => {
  const art = (id: string, path: string, line?: number): Article => ({ id, text: 'x', format: 'txt', source: { path, line } });
  it('renames later duplicates deterministically, whatever the input order', () => {
    const input = [art('x', 'b/x.txt'), art('x', 'a/x.md'), art('x-2', 'c/x-2.txt'), art('y', 'y.jsonl', 2), art('y', 'y.jsonl', 1)];
    const one = disambiguateIds(input);
    const two = disambiguateIds([...input].reverse());
    expect(one.articles).toEqual(two.articles);
    expect(one.articles.map((a) => [a.id, a.source.path, a.source.line])).toEqual([
      ['x', 'a/x.md', undefined],
      ['x-2', 'c/x-2.txt', undefined],
      ['x-3', 'b/x.txt', undefined],
      ['y', 'y.jsonl', 1],
      ['y-2', 'y.jsonl', 2],
    ]);
    expect(one.warnings.map((w) => w.code)).toEqual(['W_DUPLICATE_ID', 'W_DUPLICATE_ID']);
  });
});

describe('globToRegExp', () => {
  const cases: [string, string, boolean][] = [
    ['*.txt', 'a.txt', true],
    ['*.txt', 'dir/a.txt', false],
    ['**/*.txt', 'a.txt', true],
    ['**/*.txt', 'x/y/a.txt', true],
    ['data/**', 'data/x/y.md', true],
    ['a?c.md', 'abc.md', true],
    ['a?c.md', 'a/c.md', false],
    ['[ab]*.txt', 'b1.txt', true],
    ['[!ab]*.txt', 'b1.txt', false],
    ['*.{txt,md}', 'n.md', true],
    ['*.{txt,md}', 'n.html', false],
    ['x+y(1).txt', 'x+y(1).txt', true],
    ['file.txt', 'fileatxt', false],
  ];
  it.each(cases)('%s ~ %s → %s', (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected);
  });
});

describe('readInputs (files, folders, globs)', () => {
  let dir: string;
  const p = (...parts: string[]) => join(dir, ...parts);
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'newskg-ingest-'));
    mkdirSync(p('corpus', 'sub', 'deeper'), { recursive: true });
    mkdirSync(p('corpus', '.hidden'));
    writeFileSync(p('corpus', 'b.txt'), 'Article B.\r\n');
    writeFileSync(p('corpus', 'a.md'), '# Article A\n\nText.');
    writeFileSync(p('corpus', 'sub', 'c.jsonl'), '{"text": "C1"}\n{"id": "c2", "text": "C2"}\n{"oops": 1}\n');
    writeFileSync(p('corpus', 'sub', 'deeper', 'd.htm'), '<html><body><p>Article D.</p></body></html>');
    writeFileSync(p('corpus', 'sub', 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    writeFileSync(p('corpus', 'notes.csv'), 'a,b');
    writeFileSync(p('corpus', '.hidden', 'h.txt'), 'hidden');
    writeFileSync(p('corpus', 'empty.txt'), '');
    writeFileSync(p('corpus', 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    writeFileSync(p('corpus', 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    writeFileSync(p('corpus', 'utf16.txt'), utf16le('UTF-16 article.'));
    mkdirSync(p('emptydir'));
    writeFileSync(p('report.pdf'), '%PDF-1.4');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('walks a folder recursively, sorted, skipping hidden and unsupported files', () => {
    const { files, errors } = expandInputs([p('corpus')]);
    expect(errors).toEqual([]);
    expect(files.map((f) => f.path.slice(dir.length + 1))).toEqual([
      'corpus/a.md',
      'corpus/b.txt',
      'corpus/empty.txt',
      'corpus/latin1.txt',
      'corpus/photo.txt',
      'corpus/sub/c.jsonl',
      'corpus/sub/deeper/d.htm',
      'corpus/utf16.txt',
    ]);
  });

  const globs: [string, string[]][] = [
    ['corpus/*.txt', ['corpus/b.txt', 'corpus/empty.txt', 'corpus/latin1.txt', 'corpus/photo.txt', 'corpus/utf16.txt']],
    ['corpus/**/*.{jsonl,htm}', ['corpus/sub/c.jsonl', 'corpus/sub/deeper/d.htm']],
    ['corpus/sub/*', ['corpus/sub/c.jsonl']],
    ['corpus/[ab].*', ['corpus/a.md', 'corpus/b.txt']],
  ];
  it.each(globs)('expands the glob %s', (glob, expected) => {
    const { files, errors } = expandInputs([p(glob)]);
    expect(errors).toEqual([]);
    expect(files.map((f) => f.path.slice(dir.length + 1))).toEqual(expected);
  });

  it('reports inputs that name nothing usable', () => {
    const { files, errors } = expandInputs([p('missing.txt'), p('corpus', '*.xml'), p('emptydir'), p('report.pdf'), p('corpus', 'notes.csv')]);
    expect(files).toEqual([]);
    expect(errors.map((e) => e.code)).toEqual(['E_NOT_FOUND', 'E_NOT_FOUND', 'E_NOT_FOUND', 'E_INPUT_TYPE', 'E_INPUT_TYPE']);
  });

  it('refuses a named pipe named as an input in one line, instead of waiting on it forever', () => {
    const fifo = p('pipe.jsonl');
    const made = spawnSync('mkfifo', [fifo]);
    if (made.status !== 0) return console.log(`skipped: mkfifo is not available (${made.error?.message ?? made.stderr})`);
    const { files, errors } = expandInputs([fifo, p('corpus', 'b.txt')]);
    expect(files.map((f) => f.path)).toEqual([p('corpus', 'b.txt')]);
    expect(errors.map((e) => e.format())).toEqual([`newskg: ${fifo}: is not a regular file (a named pipe) — save the articles to a file first and name that file`]);
    rmSync(fifo);
  });

  // Root reads every folder whatever its mode: the folder is read as the unprivileged user "nobody".
  it('says which folder it cannot read, whether named or met on the walk, and reads the rest', () => {
    const isRoot = process.getuid?.() === 0;
    const runuser = spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, '-e', '1']);
    if (!isRoot || runuser.status !== 0) return console.log('skipped: needs root and runuser to read as another user');
    const top = mkdtempSync(join(tmpdir(), 'newskg-locked-'));
    mkdirSync(join(top, 'locked'));
    writeFileSync(join(top, 'locked', 'a.txt'), 'Article A.');
    writeFileSync(join(top, 'b.txt'), 'Article B.');
    spawnSync('chmod', ['755', top]);
    spawnSync('chmod', ['000', join(top, 'locked')]);
    const paths = new URL('../src/ingest/paths.ts', import.meta.url).pathname;
    const script = `import('${paths}').then(({ expandInputs }) => { const r = expandInputs(process.argv.slice(1)); console.log(JSON.stringify({ files: r.files.map((f) => f.path), errors: r.errors.map((e) => e.format()) })); })`;
    try {
      for (const [inputs, files] of [[[top], [join(top, 'b.txt')]], [[join(top, 'locked')], []]] as [string[], string[]][]) {
        const r = spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, '--import', 'tsx', '-e', script, ...inputs], { encoding: 'utf8', cwd: join(here, '..') });
        expect(r.status, r.stderr).toBe(0);
        expect(JSON.parse(r.stdout)).toEqual({ files, errors: [`newskg: ${join(top, 'locked')}: permission denied — check the file permissions`] });
      }
    } finally {
      spawnSync('chmod', ['755', join(top, 'locked')]);
      rmSync(top, { recursive: true, force: true });
    }
  });

  it('refuses an article over MAX_ARTICLE_CHARS in one line: a file, a JSONL line (the other lines read); one at the limit is read', () => {
    const over = 'a'.repeat(MAX_ARTICLE_CHARS + 1);
    const at = 'b'.repeat(MAX_ARTICLE_CHARS);
    for (const format of ['txt', 'md', 'html'] as const) {
      let err: unknown;
      try {
        articlesFromBytes(Buffer.from(over), `big.${format}`, format);
      } catch (e) {
        err = e;
      }
      expect(err, format).toBeInstanceOf(InputError);
      expect((err as InputError).code).toBe('E_INPUT_TOO_LARGE');
      expect((err as InputError).format()).toBe(`newskg: big.${format}: article too large: 4,194,305 characters of text, over the limit of 4 MB (4,194,304) — split it into smaller articles (files, or JSONL lines)`);
    }
    expect(articlesFromBytes(Buffer.from(at), 'edge.txt', 'txt').articles[0]!.text.length).toBe(MAX_ARTICLE_CHARS);
    const r = parseJsonl(`${JSON.stringify({ id: 'huge', text: over })}\n{"id": "small", "text": "Paris is a city."}\n`, 'big.jsonl', 'big');
    expect(r.articles.map((a) => a.id)).toEqual(['small']);
    expect(r.errors.map((e) => e.format())).toEqual(['newskg: big.jsonl:1: article too large: 4,194,305 characters of text, over the limit of 4 MB (4,194,304) — split it into smaller articles (files, or JSONL lines)']);
  });

  it('reads a JSONL file of 200,000 lines, and reports its 200,000 bad lines, without running out of stack', () => {
    const lines: string[] = [];
    for (let i = 0; i < 200_000; i++) lines.push(`{"id": "n${i}", "text": "Article ${i}."}`, '{"oops": 1}');
    writeFileSync(p('big.jsonl'), `${lines.join('\n')}\n`);
    try {
      const r = readInputs([p('big.jsonl')]);
      expect(r.articles).toHaveLength(200_000);
      expect(new Set(r.articles.map((a) => a.id)).size).toBe(200_000);
      expect(r.errors).toHaveLength(200_000);
    } finally {
      rmSync(p('big.jsonl'));
    }
  });

  it('reads everything, reports bad documents and goes on', () => {
    const r = readInputs([p('corpus')]);
    expect(r.articles.map((a) => a.id)).toEqual(['a', 'b', 'c-1', 'c2', 'd', 'utf16']);
    expect(r.articles.find((a) => a.id === 'b')!.text).toBe('Article B.\r\n');
    expect(r.articles.find((a) => a.id === 'a')!.text).toBe('# Article A\n\nText.');
    expect(r.articles.find((a) => a.id === 'd')!.text).toBe('Article D.');
    expect(r.articles.find((a) => a.id === 'utf16')!.text).toBe('UTF-16 article.');
    const errs = r.errors.map((e) => [e.code, e.file!.slice(dir.length + 1), e.line]);
    expect(errs).toEqual([
      ['E_INPUT_EMPTY', 'corpus/empty.txt', undefined],
      ['E_INPUT_ENCODING', 'corpus/latin1.txt', 1],
      ['E_INPUT_BINARY', 'corpus/photo.txt', undefined],
      ['E_JSONL_FIELD', 'corpus/sub/c.jsonl', 3],
    ]);
  });

  it('gives the same articles for the same inputs in any order, and reads a file once', () => {
    const one = readInputs([p('corpus', 'b.txt'), p('corpus', 'sub'), p('corpus', 'a.md')]);
    const two = readInputs([p('corpus', 'a.md'), p('corpus', 'sub'), p('corpus', 'b.txt'), p('corpus', 'sub', 'c.jsonl')]);
    expect(two.articles).toEqual(one.articles);
    expect(one.articles.map((a) => a.id)).toEqual(['a', 'b', 'c-1', 'c2', 'd']);
  });
});
