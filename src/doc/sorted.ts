/**
 * Lookups in lists of spans sorted by start (layer indexes built once per document).
 */

/** The index of the first item whose start is at or after `at` (the list's length when there is none). */
export function firstStartingFrom(list: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
