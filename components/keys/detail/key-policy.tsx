import type { KeyDetail } from "@/lib/queries/key-detail/key-detail";
import { Card, CardHeader } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { formatDateTime } from "@/components/ui/format";

export function KeyPolicy({ policies }: { policies: KeyDetail["policies"] }) {
  if (policies.length === 0) {
    return (
      <Card id="policy">
        <CardHeader title="Key policy" />
        <p className="px-5 py-4 text-sm text-muted">The sync has not read this key&apos;s policy (it may lack kms:GetKeyPolicy, or the read failed: see the Sync page).</p>
      </Card>
    );
  }
  return (
    <>
      {policies.map((p) => (
        <Card key={p.name} id={p.name === "default" ? "policy" : undefined}>
          <CardHeader
            title={p.name === "default" ? "Key policy" : `Key policy “${p.name}”`}
            description={`As read ${formatDateTime(p.syncedAt)}${p.parseError ? ` · could not be parsed: ${p.parseError}` : ""}`}
            action={<CopyButton text={p.formatted} label="Copy policy" />}
          />
          <pre className="max-h-[36rem] overflow-auto p-5 font-mono text-xs leading-relaxed" data-testid="key-policy" tabIndex={0} aria-label="Key policy document">
            <code>{p.formatted}</code>
          </pre>
        </Card>
      ))}
    </>
  );
}
