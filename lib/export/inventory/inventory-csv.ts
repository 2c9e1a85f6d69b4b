import type { Cell } from "../csv";
import type { InventoryRecord } from "./inventory-record";

// RFC 4180 CSV with the JSON export's fields: the rotation object as rotation.* columns, aliases
// joined with ";" (alias names cannot contain it), tags as a JSON object (values may hold any text).

export const INVENTORY_CSV_COLUMNS = [
  "arn", "accountId", "region", "keyId", "aliases", "keyState", "keyManager", "keySpec", "keyUsage", "origin", "multiRegion",
  "description", "creationDate", "deletionDate", "validTo", "rotation.enabled", "rotation.periodDays", "rotation.nextRotationDate",
  "rotation.onDemandCount", "grantCount", "tags", "lastUsedAt", "syncedAt",
] as const;

export function inventoryCsvCells(r: InventoryRecord): Cell[] {
  return [
    r.arn, r.accountId, r.region, r.keyId, r.aliases.join(";"), r.keyState, r.keyManager, r.keySpec, r.keyUsage, r.origin, r.multiRegion,
    r.description, r.creationDate, r.deletionDate, r.validTo, r.rotation.enabled, r.rotation.periodDays, r.rotation.nextRotationDate,
    r.rotation.onDemandCount, r.grantCount, Object.keys(r.tags).length ? JSON.stringify(r.tags) : "", r.lastUsedAt, r.syncedAt,
  ];
}
