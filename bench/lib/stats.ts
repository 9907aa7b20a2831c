/** The middle value (the mean of the two middle ones for an even count); NaN for no values. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle];
  if (upper === undefined) {
    return Number.NaN;
  }
  const lower = sorted[middle - 1];
  if (sorted.length % 2 === 0 && lower !== undefined) {
    return (lower + upper) / 2;
  }
  return upper;
}
