import Link from "next/link";
import { TriangleAlert } from "lucide-react";
import { Card } from "@/components/ui/card";

/** A deep link with a filter value Keywarden does not understand: say which, and offer a way out. */
export function InvalidKeyFilter({ message }: { message: string }) {
  return (
    <Card className="max-w-2xl p-6" role="alert" data-testid="invalid-key-filter">
      <div className="flex items-start gap-3">
        <TriangleAlert className="mt-0.5 size-5 shrink-0 text-warn" aria-hidden />
        <div>
          <h2 className="font-semibold">This link&apos;s filter is not valid</h2>
          <p className="mt-1 break-words font-mono text-sm">{message}</p>
          <Link href="/keys" className="mt-3 inline-block text-sm font-medium text-accent hover:underline">
            Show all keys
          </Link>
        </div>
      </div>
    </Card>
  );
}
