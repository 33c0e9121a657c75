// "The first item, in the order items were added, that passes a test" — what Array.find over a
// growing list answers — looked up under keys, so that resolving the names of one very long text
// (a book, a 30 MB transcript) costs time in proportion to the items under a name's own keys, not
// to every item seen before it.

export class FirstMatchIndex<T> {
  private readonly order = new Map<T, number>();
  private readonly byKey = new Map<string, { items: T[]; members: Set<T>; ascending: boolean }>();

  /** Adds `item` under `keys`; an item keeps the place in the order it had when first added. */
  add(item: T, keys: Iterable<string>): void {
    let at = this.order.get(item);
    if (at === undefined) this.order.set(item, (at = this.order.size));
    for (const key of keys) {
      let list = this.byKey.get(key);
      if (!list) this.byKey.set(key, (list = { items: [], members: new Set(), ascending: true }));
      if (list.members.has(item)) continue;
      const last = list.items.at(-1);
      // an item added again under a new key (its name changed) may come after later items
      if (last !== undefined && this.order.get(last)! > at) list.ascending = false;
      list.items.push(item);
      list.members.add(item);
    }
  }

  has(item: T): boolean {
    return this.order.has(item);
  }

  /** The earliest-added item under any of `keys` that passes `test`. */
  find(keys: Iterable<string>, test: (item: T) => boolean): T | undefined {
    let best: T | undefined;
    let bestAt = Infinity;
    for (const key of keys) {
      const list = this.byKey.get(key);
      if (!list) continue;
      for (const item of list.items) {
        const at = this.order.get(item)!;
        if (at >= bestAt) {
          if (list.ascending) break;
          continue;
        }
        if (test(item)) {
          best = item;
          bestAt = at;
          if (list.ascending) break;
        }
      }
    }
    return best;
  }
}
