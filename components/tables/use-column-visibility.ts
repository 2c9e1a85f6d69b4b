"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";
import { parseColumnVisibility, serializeColumnVisibility, toggleColumn, type ColumnVisibility } from "./column-visibility";

const CHANGE = "keywarden:columns";

function subscribe(notify: () => void) {
  window.addEventListener("storage", notify);
  window.addEventListener(CHANGE, notify);
  return () => {
    window.removeEventListener("storage", notify);
    window.removeEventListener(CHANGE, notify);
  };
}

/**
 * The columns a reader hid in one table, kept in this browser. The server renders every column;
 * the saved choice applies once the page is hydrated.
 */
export function useColumnVisibility(table: string, ids: readonly string[]) {
  const key = `keywarden.columns.${table}`;
  const stored = useSyncExternalStore(
    subscribe,
    () => window.localStorage.getItem(key),
    () => null,
  );
  const visibility = useMemo(() => parseColumnVisibility(stored, ids), [stored, ids]);
  const toggle = useCallback(
    (id: string) => {
      const next: ColumnVisibility = toggleColumn(visibility, id, ids);
      window.localStorage.setItem(key, serializeColumnVisibility(next));
      window.dispatchEvent(new Event(CHANGE));
    },
    [visibility, ids, key],
  );
  const reset = useCallback(() => {
    window.localStorage.removeItem(key);
    window.dispatchEvent(new Event(CHANGE));
  }, [key]);
  return { visibility, toggle, reset };
}
