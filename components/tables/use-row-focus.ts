"use client";

import { useEffect, useRef, useState } from "react";
import type { Virtualizer } from "@tanstack/react-virtual";

const PAGE = 10;

/**
 * Keyboard focus for virtualized rows (one tab stop, roving tabindex): arrows, Page Up/Down,
 * Home and End move it. Moves count from the row we are moving to, not the row that has focus,
 * because a fast key repeat outruns rendering: the target row may not exist in the DOM yet.
 */
export function useRowFocus(count: number, virtualizer: Virtualizer<HTMLDivElement, Element>, container: React.RefObject<HTMLDivElement | null>) {
  const [active, setActive] = useState(0);
  const target = useRef(0);
  const pendingFocus = useRef(false);

  useEffect(() => {
    if (!pendingFocus.current) return;
    pendingFocus.current = false;
    virtualizer.scrollToIndex(active, { align: "auto" });
    const id = requestAnimationFrame(() => container.current?.querySelector<HTMLElement>(`[data-row-index="${active}"]`)?.focus({ preventScroll: true }));
    return () => cancelAnimationFrame(id);
  }, [active, virtualizer, container]);

  const onFocusRow = (index: number) => {
    target.current = index;
    setActive(index);
  };

  const onKeyDown = (event: React.KeyboardEvent): boolean => {
    const from = target.current;
    const to = { ArrowDown: from + 1, ArrowUp: from - 1, PageDown: from + PAGE, PageUp: from - PAGE, Home: 0, End: count - 1 }[event.key];
    if (to === undefined) return false;
    event.preventDefault();
    target.current = Math.max(0, Math.min(count - 1, to));
    pendingFocus.current = true;
    setActive(target.current);
    return true;
  };

  return { active: Math.min(active, Math.max(0, count - 1)), onFocusRow, onKeyDown };
}
