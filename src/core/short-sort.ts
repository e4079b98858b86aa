/**
 * Sorts a short list in place, stably, as `Array.prototype.sort(compare)` would, and returns it. The
 * engine sorts a handful of items per assessment (findings, techniques, movements, plan parts), and on
 * lists this short V8's sort costs about 100 ns an item (it copies into a work array and calls the
 * comparator through a generic path); an insertion sort does the same job in a fraction of that.
 * For long lists use `Array.prototype.sort`: this is quadratic.
 */
export function sortShort<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < items.length; i += 1) {
    const item = items[i] as T;
    let j = i;
    // Moves past strictly greater items only, so equal items keep their order (a stable sort).
    for (; j > 0 && compare(items[j - 1] as T, item) > 0; j -= 1) items[j] = items[j - 1] as T;
    items[j] = item;
  }
  return items;
}
