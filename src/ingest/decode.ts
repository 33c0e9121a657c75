// Bytes → text, exactly: UTF-8 (or UTF-16 LE/BE when a byte-order mark says so), only a leading
// BOM removed, no other normalization. Rejects binary files and invalid encodings with typed errors.
import { InputError } from '../errors.js';

/** How to fix text that is not UTF-8 (a whole file, or one JSONL line). */
export const UTF8_HINT = 'save the file as UTF-8 (for example: iconv -f windows-1252 -t utf-8)';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** File signatures of common binary formats that are sometimes renamed to .txt by accident. */
const SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { name: 'ZIP archive (or .docx/.xlsx/.epub)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
  { name: 'OLE2 document (.doc/.xls)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
];

export function sniffBinary(bytes: Uint8Array): string | undefined {
  for (const sig of SIGNATURES) {
    if (bytes.length >= sig.bytes.length && sig.bytes.every((b, i) => bytes[i] === b)) return sig.name;
  }
  return undefined;
}

export function detectEncoding(bytes: Uint8Array): { encoding: TextEncoding; bomLength: number } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return { encoding: 'utf-8', bomLength: 0 };
}

/**
 * Byte offset of the first invalid UTF-8 sequence (WHATWG rules: no overlongs, no surrogates,
 * nothing above U+10FFFF), or -1 when the bytes are valid.
 */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  let i = from;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** 1-based line of a byte offset (counting LF bytes before it; valid for UTF-8 and ASCII-compatible data). */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

export interface DecodeOptions {
  /** File path for error messages. */
  file: string;
  /** Reject empty or whitespace-only text (default true). */
  rejectEmpty?: boolean;
}

/**
 * Decodes a text file. Throws InputError with code E_INPUT_BINARY, E_INPUT_ENCODING or
 * E_INPUT_EMPTY.
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions): { text: string; encoding: TextEncoding } {
  const { file } = options;
  if (bytes.length === 0) {
    throw new InputError('E_INPUT_EMPTY', 'empty file', { file, hint: 'remove it from the inputs or add the article text' });
  }
  const kind = sniffBinary(bytes);
  if (kind) {
    throw new InputError('E_INPUT_BINARY', `binary file (${kind}), not text`, {
      file,
      offset: 0,
      hint: 'only UTF-8 or UTF-16 text, HTML and JSONL files can be read',
    });
  }
  const { encoding, bomLength } = detectEncoding(bytes);
  if (encoding === 'utf-8') {
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
      throw new InputError('E_INPUT_BINARY', `binary file (NUL byte at byte ${nul})`, {
        file,
        offset: nul,
        line: lineOfByte(bytes, nul),
        hint: 'only UTF-8 or UTF-16 text, HTML and JSONL files can be read; UTF-16 files need a byte-order mark',
      });
    }
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(bomLength));
  } catch (e) {
    if (encoding === 'utf-8') {
      const at = firstInvalidUtf8(bytes, bomLength);
      throw new InputError('E_INPUT_ENCODING', `invalid UTF-8 at byte ${at}`, {
        file,
        offset: at,
        line: lineOfByte(bytes, at),
        hint: UTF8_HINT,
        cause: e,
      });
    }
    const at = firstBadUtf16(bytes, bomLength, encoding);
    throw new InputError('E_INPUT_ENCODING', `invalid ${encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'} at byte ${at}`, {
      file,
      offset: at,
      hint: 'the file has an unpaired surrogate or an odd number of bytes; save it as UTF-8',
      cause: e,
    });
  }
  if ((options.rejectEmpty ?? true) && text.trim() === '') {
    throw new InputError('E_INPUT_EMPTY', 'only whitespace, no text', { file, hint: 'remove it from the inputs or add the article text' });
  }
  return { text, encoding };
}

function firstBadUtf16(bytes: Uint8Array, from: number, encoding: 'utf-16le' | 'utf-16be'): number {
  const unit = (i: number) => (encoding === 'utf-16le' ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1]);
  let i = from;
  for (; i + 1 < bytes.length; i += 2) {
    const u = unit(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      if (i + 3 >= bytes.length) return i;
      const v = unit(i + 2);
      if (v < 0xdc00 || v > 0xdfff) return i;
      i += 2;
    } else if (u >= 0xdc00 && u <= 0xdfff) return i;
  }
  return i < bytes.length ? i : bytes.length;
}
