import type { KeyDetail, KeyMaterialView } from "@/lib/queries/key-detail/key-detail";
import { Card, CardHeader } from "@/components/ui/card";
import { Facts } from "@/components/ui/facts";
import { formatDateTime } from "@/components/ui/format";

const STATE: Record<string, string> = {
  CURRENT: "Current",
  NON_CURRENT: "Decrypts only",
  PENDING_ROTATION: "Imported, waiting for rotation",
  PENDING_MULTI_REGION_IMPORT_AND_ROTATION: "Waiting for import in every Region",
};

const shortId = (id: string) => (id.length > 16 ? `${id.slice(0, 12)}…` : id);

function origin(m: KeyMaterialView): string {
  if (!m.rotationDate) return m.state === "PENDING_ROTATION" || m.state === "PENDING_MULTI_REGION_IMPORT_AND_ROTATION" ? "Imported for rotation" : "First material";
  return `${m.rotationType === "ON_DEMAND" ? "On-demand" : m.rotationType === "AUTOMATIC" ? "Automatic" : "Rotation"} ${formatDateTime(m.rotationDate)}`;
}

function expiry(m: KeyMaterialView): string | null {
  if (m.expirationModel === "KEY_MATERIAL_EXPIRES") return m.validTo ? `Expires ${formatDateTime(m.validTo)}` : "Expires";
  if (m.expirationModel === "KEY_MATERIAL_DOES_NOT_EXPIRE") return "Does not expire";
  return null;
}

/** DescribeKey's current key material and every material ListKeyRotations listed (ALL_KEY_MATERIAL). */
export function KeyMaterial({ k }: { k: KeyDetail }) {
  const imported = k.origin === "EXTERNAL";
  if (!k.currentKeyMaterialId && k.materials.length === 0) return null;
  return (
    <Card>
      <CardHeader title="Key material" />
      <div className="space-y-4 p-5" data-testid="key-material">
        <Facts items={[["Current key material", k.currentKeyMaterialId ? <code className="font-mono text-xs break-all">{k.currentKeyMaterialId}</code> : null]]} />
        {k.materials.length ? (
          <table className="w-full text-sm">
            <caption className="mb-1 text-left text-xs font-semibold uppercase tracking-wide text-muted">Every key material (oldest first)</caption>
            <thead className="text-left text-xs text-muted">
              <tr>
                <th className="py-1 font-medium">Id</th>
                <th className="py-1 font-medium">State</th>
                <th className="py-1 font-medium">From</th>
                {imported ? <th className="py-1 font-medium">Import</th> : null}
                {imported ? <th className="py-1 font-medium">Expiry</th> : null}
              </tr>
            </thead>
            <tbody>
              {k.materials.map((m) => (
                <tr key={m.id} className="border-t border-border">
                  <td className="py-1.5 font-mono text-xs" title={m.id}>
                    {shortId(m.id)}
                  </td>
                  <td className="py-1.5">{m.state ? (STATE[m.state] ?? m.state) : "—"}</td>
                  <td className="py-1.5">{origin(m)}</td>
                  {imported ? <td className="py-1.5">{m.importState === "PENDING_IMPORT" ? "Pending import" : m.importState === "IMPORTED" ? "Imported" : "—"}</td> : null}
                  {imported ? <td className="py-1.5">{expiry(m) ?? "—"}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
    </Card>
  );
}
