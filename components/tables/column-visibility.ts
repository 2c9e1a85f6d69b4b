export type ColumnVisibility = Record<string, boolean>;

/** Shows or hides one column; the last visible column stays, so the table never goes blank. */
export function toggleColumn(state: ColumnVisibility, id: string, ids: readonly string[]): ColumnVisibility {
  const visible = ids.filter((c) => state[c] !== false);
  const hiding = state[id] !== false;
  if (hiding && visible.length === 1 && visible[0] === id) return state;
  return { ...state, [id]: !hiding };
}

/** The visibility saved in the browser, keeping only known columns; anything unreadable counts as all shown. */
export function parseColumnVisibility(stored: string | null, ids: readonly string[]): ColumnVisibility {
  if (!stored) return {};
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return {};
  }
  if (!Array.isArray(value)) return {};
  const hidden = value.filter((id): id is string => typeof id === "string" && ids.includes(id));
  if (hidden.length >= ids.length) return {};
  return Object.fromEntries(hidden.map((id) => [id, false]));
}

/** What is saved: the hidden columns only, so columns added later show by default. */
export function serializeColumnVisibility(state: ColumnVisibility): string {
  return JSON.stringify(Object.keys(state).filter((id) => state[id] === false));
}
