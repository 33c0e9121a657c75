// The triple index's sort of its rows (src/store/triple-index.ts), in a module of its own so that
// a build's worker threads can sort an order of the index without loading the store (oxigraph).

/**
 * Rows (a, b, c) sorted and deduplicated, with the first row of each `a`: three stable counting
 * sorts of the row numbers, by c, then b, then a (linear in rows and terms; sorting each group
 * of `a` on its own cost a call into the engine per group, hundreds of thousands of them).
 */
export function sortRows(a: Int32Array, b: Int32Array, c: Int32Array, N: number): [Int32Array, Uint32Array] {
  const n = a.length;
  const count = new Uint32Array(N + 1);
  let order = new Uint32Array(n);
  let next = new Uint32Array(n);
  const pass = (key: Int32Array, first: boolean) => {
    count.fill(0);
    for (let i = 0; i < n; i++) count[key[i] + 1]++;
    for (let x = 0; x < N; x++) count[x + 1] += count[x];
    if (first) for (let i = 0; i < n; i++) next[count[key[i]]++] = i;
    else
      for (let i = 0; i < n; i++) {
        const r = order[i];
        next[count[key[r]]++] = r;
      }
    [order, next] = [next, order];
  };
  pass(c, true);
  pass(b, false);
  pass(a, false);
  const rows = new Int32Array(3 * n);
  const firstRow = new Uint32Array(N + 1);
  let out = 0;
  let pa = -1;
  let pb = -1;
  let pc = -1;
  for (let i = 0; i < n; i++) {
    const r = order[i];
    const x = a[r];
    const y = b[r];
    const z = c[r];
    if (x === pa && y === pb && z === pc) continue;
    // the groups of `a` with no rows start where the next row is
    while (pa < x) firstRow[++pa] = out;
    pb = y;
    pc = z;
    rows[3 * out] = x;
    rows[3 * out + 1] = y;
    rows[3 * out + 2] = z;
    out++;
  }
  while (pa < N) firstRow[++pa] = out;
  return [out === n ? rows : rows.slice(0, 3 * out), firstRow];
}
