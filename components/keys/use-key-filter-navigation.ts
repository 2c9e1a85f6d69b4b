"use client";

import { usePathname, useRouter } from "next/navigation";
import { useCallback, useTransition } from "react";
import { keyFilterToSearchParams, type KeyFilter } from "@/lib/filters/key-filter";
import { KEY_SORTS, type KeySort } from "@/lib/filters/sort-options";

/** The filter lives in the URL: every change replaces it, and the server page answers. */
export function useKeyFilterNavigation(filter: KeyFilter) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const apply = useCallback(
    (patch: Partial<KeyFilter>) => {
      const qs = keyFilterToSearchParams({ ...filter, ...patch }).toString();
      startTransition(() => router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false }));
    },
    [filter, pathname, router],
  );
  const sortBy = useCallback(
    (sort: KeySort) => apply({ sort, dir: sort === filter.sort ? (filter.dir === "asc" ? "desc" : "asc") : KEY_SORTS[sort].defaultDir }),
    [apply, filter.sort, filter.dir],
  );
  return { apply, sortBy, pending };
}
