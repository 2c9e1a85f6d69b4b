import Link from "next/link";
import { SearchX } from "lucide-react";
import { auditHref, isAuditFiltered, type AuditFilter } from "@/lib/filters/audit-filter";
import { Card } from "@/components/ui/card";

/** Events exist, but none in this window or for these filters: offer the two ways out. */
export function NoMatchingEvents({ filter }: { filter: AuditFilter }) {
  const filtered = isAuditFiltered(filter);
  return (
    <Card className="px-6 py-10 text-center" data-testid="no-matching-events">
      <SearchX className="mx-auto size-6 text-muted" aria-hidden />
      <p className="mt-2 font-medium">No events {filtered ? "match these filters" : "in this time range"}</p>
      <p className="mx-auto mt-1 max-w-md text-sm text-muted">
        Search looks for principals and keys by ARN, role or user name, alias or key id.{" "}
        {filtered ? (
          <Link href={auditHref({ range: filter.range, from: filter.from, until: filter.until })} className="font-medium text-accent hover:underline">
            Clear the filters
          </Link>
        ) : null}
        {filtered && filter.range !== "90d" ? " or " : null}
        {filter.range !== "90d" ? (
          <Link href={auditHref({ ...filter, range: "90d", from: undefined, until: undefined })} className="font-medium text-accent hover:underline">
            look back 90 days
          </Link>
        ) : null}
        .
      </p>
    </Card>
  );
}
