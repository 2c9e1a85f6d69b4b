const PAGE = 10;

/**
 * The row a key moves keyboard focus to, or undefined when the key does not move it: arrows by
 * one, Page Up/Down by ten, Home and End to the ends, never past either end.
 */
export function nextRowIndex(key: string, from: number, count: number): number | undefined {
  if (count <= 0) return undefined;
  const to = { ArrowDown: from + 1, ArrowUp: from - 1, PageDown: from + PAGE, PageUp: from - PAGE, Home: 0, End: count - 1 }[key];
  if (to === undefined) return undefined;
  return Math.max(0, Math.min(count - 1, to));
}
