"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useTransition } from "react";
import { auditFilterToSearchParams, type AuditFilter, type AuditFilterLike } from "@/lib/filters/audit-filter";

/**
 * The URL is the state: a filter change replaces it and the server page answers; the open event
 * (?event=<id>) changes through the History API only, so opening the drawer re-reads nothing.
 */
export function useAuditNavigation(filter: AuditFilter) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [pending, startTransition] = useTransition();
  const apply = useCallback(
    (patch: AuditFilterLike) => {
      const qs = auditFilterToSearchParams({ ...filter, ...patch }).toString();
      startTransition(() => router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false }));
    },
    [filter, pathname, router],
  );
  const openEvent = useCallback(
    (id: string | null) => {
      const next = new URLSearchParams(params.toString());
      if (id) next.set("event", id);
      else next.delete("event");
      const qs = next.toString();
      window.history[id && !params.get("event") ? "pushState" : "replaceState"](null, "", qs ? `${pathname}?${qs}` : pathname);
    },
    [params, pathname],
  );
  return { apply, pending, openEvent, eventId: params.get("event") };
}
