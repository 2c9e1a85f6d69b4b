export const OTHER_OPERATIONS = "Other";

export type OperationDay = { day: string; operation: string; calls: number };

/** One chart row per day: calls of the top `n` operations over the range, the rest summed as "Other". */
export type OperationSeries = { operations: string[]; rows: ({ day: string } & Record<string, number | string>)[] };

export function topOperations(dayKeys: readonly string[], cells: readonly OperationDay[], n: number): OperationSeries {
  const totals = new Map<string, number>();
  for (const c of cells) totals.set(c.operation, (totals.get(c.operation) ?? 0) + c.calls);
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([op]) => op);
  const top = ranked.length > n ? ranked.slice(0, n) : ranked;
  const shown = new Set(top);
  const operations = ranked.length > n ? [...top, OTHER_OPERATIONS] : top;
  const rows = dayKeys.map((day) => Object.fromEntries([["day", day], ...operations.map((op) => [op, 0])]) as { day: string } & Record<string, number>);
  const index = new Map(dayKeys.map((d, i) => [d, i]));
  for (const c of cells) {
    const row = rows[index.get(c.day) ?? -1];
    if (!row) continue;
    const op = shown.has(c.operation) ? c.operation : OTHER_OPERATIONS;
    row[op] = (row[op] as number) + c.calls;
  }
  return { operations, rows };
}
