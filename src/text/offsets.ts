// Converts UTF-16 code-unit offsets (how JavaScript indexes strings) to Unicode code-point
// offsets (how NIF counts), at the one boundary where extraction results leave the extract stage.

import type { Range, Span } from '../types.js';

export class CodePointIndex {
  /** For each UTF-16 offset, the code-point offset; undefined when the text has no astral characters. */
  private readonly table: Uint32Array | undefined;

  constructor(readonly text: string) {
    if (!/[\uD800-\uDFFF]/.test(text)) return;
    const table = new Uint32Array(text.length + 1);
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
      table[i] = cp;
      const c = text.charCodeAt(i);
      // A high surrogate followed by a low one is one code point; a lone surrogate counts as one.
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) table[++i] = cp;
      }
      cp++;
    }
    table[text.length] = cp;
    this.table = table;
  }

  toCodePoint(offset: number): number {
    return this.table ? this.table[offset]! : offset;
  }

  span(range: Range): Span {
    return { begin: this.toCodePoint(range.start), end: this.toCodePoint(range.end) };
  }
}

/** The substring of `text` between code-point offsets, for checking that a span's anchor matches. */
export function codePointSlice(text: string, span: Span): string {
  return Array.from(text).slice(span.begin, span.end).join('');
}

/** A fast `codePointSlice` for many spans of one text: the text is split into code points once. */
export function codePointSlicer(text: string): (span: Span) => string {
  if (!/[\uD800-\uDFFF]/.test(text)) return (span) => text.slice(span.begin, span.end);
  const points = Array.from(text);
  return (span) => points.slice(span.begin, span.end).join('');
}
