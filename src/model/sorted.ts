/**
 * Binary search over ascending numbers: the index of the last one not
 * above `value` (0 when the first is already above it). Places an offset in
 * its line (line starts) or a token position in its clause (clause starts).
 *
 *   lastAtMost([0, 4, 9], 5) → 1
 */
export function lastAtMost(sorted: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (sorted[mid] <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}
