import Link from "next/link";
import { KeyRound } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

/** No keys yet: say why, and what this person can do about it. */
export function EmptyInventory({ canSync, lastSync }: { canSync: boolean; lastSync: { status: string } | null }) {
  return (
    <Card className="px-6 py-12 text-center" data-testid="empty-inventory">
      <KeyRound className="mx-auto size-7 text-muted" aria-hidden />
      <h2 className="mt-3 font-semibold">No keys in the inventory yet</h2>
      <p className="mx-auto mt-1 max-w-lg text-sm text-muted">
        {lastSync
          ? `The last sync ended with status “${lastSync.status}” and found no keys. Check its errors on the Sync page.`
          : "Keys appear here after the first inventory sync reads them from KMS in every configured account and region."}
      </p>
      <div className="mt-5">
        {canSync ? (
          <Button asChild>
            <Link href="/sync">Run a sync</Link>
          </Button>
        ) : (
          <p className="text-sm">Your role can read the inventory but not start a sync: ask an operator to run one.</p>
        )}
      </div>
    </Card>
  );
}
