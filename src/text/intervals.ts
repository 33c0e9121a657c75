// "Which of these ranges contain [start, end)?" in logarithmic rather than linear time, for the
// lookups the extract stage makes once per name or match (linear scans made long articles
// quadratic: a 1 MB article took minutes).

import type { Range } from '../types.js';

/**
 * The first index in [0, length) for which `before(i)` is false, given that `before` is true up to
 * some index and false from there on (a sorted array): a binary search, the one every sorted
 * lookup of the extract stage goes through.
 */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first item starting at or after `offset` (items sorted by start), or `items.length`. */
export function firstStartingAtOrAfter(items: readonly Range[], offset: number): number {
  return partitionPoint(items.length, (i) => items[i]!.start < offset);
}

/** Index of the first item ending after `offset` (items sorted, not overlapping: the token containing or following it), or `items.length`. */
export function firstEndingAfter(items: readonly Range[], offset: number): number {
  return partitionPoint(items.length, (i) => items[i]!.end <= offset);
}

export interface ContainerIndex {
  /** Indices (into the original array, ascending) of the items whose range contains [start, end). */
  containing(start: number, end: number): number[];
  /** Whether some item contains [start, end) and passes `test`. */
  some(start: number, end: number, test?: (i: number) => boolean): boolean;
}

/**
 * Indexes `items` by start. An item can only contain [start, end) when it starts at or before
 * `start` and no more than the longest item's length before it, so a lookup is a binary search
 * and a short backward scan (exact for any input, overlapping ranges included).
 */
export function containerIndex<T>(items: readonly T[], rangeOf: (item: T) => Range): ContainerIndex {
  const n = items.length;
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  let longest = 0;
  for (let i = 0; i < n; i++) {
    const r = rangeOf(items[i]!);
    starts[i] = r.start;
    ends[i] = r.end;
    if (r.end - r.start > longest) longest = r.end - r.start;
  }
  order.sort((a, b) => starts[a]! - starts[b]! || a - b);
  const sortedStarts = new Float64Array(n);
  for (let k = 0; k < n; k++) sortedStarts[k] = starts[order[k]!]!;
  // Last position in `order` whose start is <= s, or -1.
  const lastAtOrBefore = (s: number) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sortedStarts[mid]! <= s) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };
  const scan = (start: number, end: number, visit: (i: number) => boolean) => {
    for (let k = lastAtOrBefore(start); k >= 0 && sortedStarts[k]! >= start - longest; k--) {
      const i = order[k]!;
      if (ends[i]! >= end && visit(i)) return true;
    }
    return false;
  };
  return {
    containing(start, end) {
      const found: number[] = [];
      scan(start, end, (i) => {
        found.push(i);
        return false;
      });
      return found.sort((a, b) => a - b);
    },
    some(start, end, test) {
      return scan(start, end, (i) => !test || test(i));
    },
  };
}
