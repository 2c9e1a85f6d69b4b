import type { KeyDetail } from "@/lib/queries/key-detail/key-detail";
import { Card, CardHeader } from "@/components/ui/card";
import { Facts } from "@/components/ui/facts";
import { KeyMaterialTable } from "./key-material-table";

/** DescribeKey's current key material and every material ListKeyRotations listed (ALL_KEY_MATERIAL). */
export function KeyMaterial({ k }: { k: KeyDetail }) {
  const imported = k.origin === "EXTERNAL";
  if (!k.currentKeyMaterialId && k.materials.length === 0) return null;
  return (
    <Card>
      <CardHeader title="Key material" />
      <div className="space-y-4 p-5" data-testid="key-material">
        <Facts items={[["Current key material", k.currentKeyMaterialId ? <code className="font-mono text-xs break-all">{k.currentKeyMaterialId}</code> : null]]} />
        {k.materials.length ? <KeyMaterialTable materials={k.materials} imported={imported} /> : null}
      </div>
    </Card>
  );
}
