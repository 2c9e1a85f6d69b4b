"use client";

import type { KeyMaterialView } from "@/lib/queries/key-detail/key-detail";
import type { DataColumn } from "@/components/tables/data-column";
import { DataTable } from "@/components/tables/data-table";
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

const cell = { className: "px-0 py-1.5", headerClassName: "py-1" };

const COLUMNS: DataColumn<KeyMaterialView>[] = [
  { id: "id", header: "Id", ...cell, cell: (m) => <span className="font-mono text-xs" title={m.id}>{shortId(m.id)}</span> },
  { id: "state", header: "State", ...cell, cell: (m) => (m.state ? (STATE[m.state] ?? m.state) : "—") },
  { id: "from", header: "From", ...cell, cell: origin },
];

const IMPORTED_COLUMNS: DataColumn<KeyMaterialView>[] = [
  { id: "import", header: "Import", ...cell, cell: (m) => (m.importState === "PENDING_IMPORT" ? "Pending import" : m.importState === "IMPORTED" ? "Imported" : "—") },
  { id: "expiry", header: "Expiry", ...cell, cell: (m) => expiry(m) ?? "—" },
];

/** Every key material ListKeyRotations listed, oldest first; imported material adds its import and expiry. */
export function KeyMaterialTable({ materials, imported }: { materials: KeyMaterialView[]; imported: boolean }) {
  return <DataTable caption="Every key material (oldest first)" columns={imported ? [...COLUMNS, ...IMPORTED_COLUMNS] : COLUMNS} rows={materials} rowId={(m) => m.id} />;
}
