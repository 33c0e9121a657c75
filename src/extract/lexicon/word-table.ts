// Tables looked up by words of the article, without Object.prototype behind them.

/**
 * A word-keyed table with no prototype: a plain object literal answers `table["constructor"]` or `table["toString"]`
 * with Object's built-in function, so a text using such a word found a "gender", a "type" or a closing bracket that
 * no table holds. Keys, entries and `Object.hasOwn` work as on any object.
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
