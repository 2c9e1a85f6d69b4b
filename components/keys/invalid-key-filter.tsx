import Link from "next/link";
import { TriangleAlert } from "lucide-react";
import { Card } from "@/components/ui/card";

type Props = { message: string; href?: string; linkText?: string; testId?: string };

/** A deep link with a filter value Keywarden does not understand: say which, and offer a way out. */
export function InvalidKeyFilter({ message, href = "/keys", linkText = "Show all keys", testId = "invalid-key-filter" }: Props) {
  return (
    <Card className="max-w-2xl p-6" role="alert" data-testid={testId}>
      <div className="flex items-start gap-3">
        <TriangleAlert className="mt-0.5 size-5 shrink-0 text-warn" aria-hidden />
        <div>
          <h2 className="font-semibold">This link&apos;s filter is not valid</h2>
          <p className="mt-1 break-words font-mono text-sm">{message}</p>
          <Link href={href} className="mt-3 inline-block text-sm font-medium text-accent hover:underline">
            {linkText}
          </Link>
        </div>
      </div>
    </Card>
  );
}
