"use client";

import { useEffect, useRef, useState } from "react";
import { nextRowIndex } from "./row-keys";

/**
 * Keyboard focus for table rows (one tab stop, roving tabindex): arrows, Page Up/Down, Home and
 * End move it. Moves count from the row we are moving to, not the row that has focus, because a
 * fast key repeat outruns rendering: in a virtualized table the target row may not exist in the
 * DOM yet, so `scrollToIndex` brings it in first.
 */
export function useRowFocus(count: number, container: React.RefObject<HTMLElement | null>, scrollToIndex?: (index: number) => void) {
  const [active, setActive] = useState(0);
  const target = useRef(0);
  const pendingFocus = useRef(false);

  useEffect(() => {
    if (!pendingFocus.current) return;
    pendingFocus.current = false;
    scrollToIndex?.(active);
    const id = requestAnimationFrame(() => container.current?.querySelector<HTMLElement>(`[data-row-index="${active}"]`)?.focus({ preventScroll: scrollToIndex !== undefined }));
    return () => cancelAnimationFrame(id);
  }, [active, scrollToIndex, container]);

  const onFocusRow = (index: number) => {
    target.current = index;
    setActive(index);
  };

  const onKeyDown = (event: React.KeyboardEvent): boolean => {
    const to = nextRowIndex(event.key, target.current, count);
    if (to === undefined) return false;
    event.preventDefault();
    target.current = to;
    pendingFocus.current = true;
    setActive(target.current);
    return true;
  };

  return { active: Math.min(active, Math.max(0, count - 1)), onFocusRow, onKeyDown };
}

export type RowFocus = ReturnType<typeof useRowFocus>;
