import Link from "next/link";
import { SearchX } from "lucide-react";
import { Card } from "@/components/ui/card";

export function NoMatchingKeys() {
  return (
    <Card className="px-6 py-10 text-center" data-testid="no-matching-keys">
      <SearchX className="mx-auto size-6 text-muted" aria-hidden />
      <p className="mt-2 font-medium">No keys match these filters</p>
      <p className="mx-auto mt-1 max-w-md text-sm text-muted">
        Search looks in aliases, key ids, ARNs, descriptions and tags (as Key=Value). Loosen a filter, or{" "}
        <Link href="/keys" className="font-medium text-accent hover:underline">
          clear them all
        </Link>
        .
      </p>
    </Card>
  );
}
