import Link from "next/link";
import { KeyRound } from "lucide-react";
import { Card } from "@/components/ui/card";

export default function KeyNotFound() {
  return (
    <Card className="mx-auto mt-10 max-w-xl p-8 text-center" data-testid="key-not-found">
      <KeyRound className="mx-auto size-7 text-muted" aria-hidden />
      <h1 className="mt-3 text-lg font-semibold">No such key in the inventory</h1>
      <p className="mt-2 text-sm text-muted">
        Keywarden has never synced a key with this ARN. Check that the link holds the whole key ARN
        (arn:aws:kms:&lt;region&gt;:&lt;account&gt;:key/&lt;key id&gt;), that its account and region are among those Keywarden syncs, and
        that a sync has run since the key was created.
      </p>
      <div className="mt-5 flex justify-center gap-4 text-sm font-medium">
        <Link href="/keys" className="text-accent hover:underline">
          Search the keys
        </Link>
        <Link href="/sync" className="text-accent hover:underline">
          See sync runs
        </Link>
      </div>
    </Card>
  );
}
