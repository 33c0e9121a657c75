// Name normalization shared by recognition and resolution: slugs for stable IRIs, and the
// comparison form of a surface string (curly apostrophes, possessives, case and "the" folded).

/** A readable, stable IRI path segment: "James O’Brien" → "james-obrien", "Zürich" → "zurich". */
export function slugify(name: string): string {
  let ascii = true;
  for (let i = 0; i < name.length && ascii; i++) ascii = name.charCodeAt(i) < 128;
  if (ascii) return asciiSlug(name);
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/['’‘`´.]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'unnamed';
}

/** slugify for an ASCII name, char by char (most names are ASCII, and the patterns cost more). */
function asciiSlug(name: string): string {
  let slug = '';
  let gap = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 39 || c === 96 || c === 46) continue; // ' ` . are dropped
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    if ((lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57)) {
      if (gap && slug) slug += '-';
      gap = false;
      slug += String.fromCharCode(lower);
    } else gap = true;
  }
  return slug || 'unnamed';
}

/** The form two surface strings are compared in: "the U.K.’s" and "U.K." both give "u.k.". */
export function nameKey(surface: string): string {
  return surface
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/'s$|'$/i, '')
    .replace(/^the /i, '')
    .toLowerCase();
}
