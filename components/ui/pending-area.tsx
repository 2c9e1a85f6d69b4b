import { Construction } from "lucide-react";
import { Card } from "./card";

/** An area whose feature has not landed yet says so plainly, with no invented numbers. */
export function PendingArea({ feature, items }: { feature: string; items: string[] }) {
  return (
    <Card className="max-w-3xl p-6">
      <div className="flex items-start gap-4">
        <span className="grid size-10 shrink-0 place-items-center rounded-lg bg-surface-2 text-muted">
          <Construction className="size-5" aria-hidden />
        </span>
        <div className="space-y-3">
          <div>
            <h2 className="font-semibold">Not available yet</h2>
            <p className="mt-1 text-sm text-muted">
              This area arrives with <span className="font-medium text-fg">{feature}</span>. Until then it shows nothing rather than
              sample figures.
            </p>
          </div>
          <ul className="list-inside list-disc space-y-1 text-sm text-muted">
            {items.map((i) => (
              <li key={i}>{i}</li>
            ))}
          </ul>
        </div>
      </div>
    </Card>
  );
}
