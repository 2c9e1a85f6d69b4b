"use client";

import { useEffect, useState } from "react";

/** The current time, ticking while `live`; null on the first render so that hydration matches. */
export function useNow(live: boolean, everyMs = 1000): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const id = live ? setInterval(tick, everyMs) : undefined;
    return () => {
      clearTimeout(first);
      clearInterval(id);
    };
  }, [live, everyMs]);
  return now;
}
