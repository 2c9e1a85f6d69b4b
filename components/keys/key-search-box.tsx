"use client";

import { Search } from "lucide-react";
import { useEffect, useRef, useState } from "react";

const DEBOUNCE_MS = 350;

/** Search as you type (debounced), or at once on Enter; follows the URL when it changes elsewhere. */
export function KeySearchBox({
  value,
  onSearch,
  id = "key-search",
  placeholder = "Alias, key id, ARN, description or tag (Team=payments)",
}: {
  value: string;
  onSearch: (q: string) => void;
  id?: string;
  placeholder?: string;
}) {
  const [text, setText] = useState(value);
  const sent = useRef(value);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    if (value !== sent.current) {
      sent.current = value;
      setText(value);
    }
  }, [value]);
  useEffect(() => () => clearTimeout(timer.current), []);

  // compared in the URL's normal form, so that a space typed before the next word survives
  const send = (q: string) => {
    clearTimeout(timer.current);
    const normal = q.trim().replace(/\s+/g, " ");
    if (normal === sent.current) return;
    sent.current = normal;
    onSearch(normal);
  };

  return (
    <div className="flex min-w-0 flex-1 flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-muted">
        Search
      </label>
      <div className="relative">
        <Search className="pointer-events-none absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-muted" aria-hidden />
        <input
          id={id}
          type="search"
          value={text}
          maxLength={200}
          autoComplete="off"
          placeholder={placeholder}
          onChange={(e) => {
            setText(e.target.value);
            clearTimeout(timer.current);
            const q = e.target.value;
            timer.current = setTimeout(() => send(q), DEBOUNCE_MS);
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter") send(text);
          }}
          className="h-9 w-full rounded-md border border-border bg-surface pl-8 pr-3 text-sm text-fg placeholder:text-muted focus:border-accent focus:outline-none"
        />
      </div>
    </div>
  );
}
