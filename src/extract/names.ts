// Name normalization shared by recognition and resolution: slugs for stable IRIs, and the
// comparison form of a surface string (curly apostrophes, possessives, case and "the" folded).

/** A readable, stable IRI path segment: "James O’Brien" → "james-obrien", "Zürich" → "zurich". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/['’‘`´.]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
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
