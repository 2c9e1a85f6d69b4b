import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { KeyDetail, RelatedKey } from "./key-detail";

const replicaList = z.array(z.object({ arn: z.string(), region: z.string() }).loose()).catch([]);

const regionOf = (arn: string) => arn.split(":")[3] ?? "";

type KeyMultiRegion = { arn: string; multiRegion: boolean; multiRegionKeyType: string | null; primaryKeyArn: string | null; primaryRegion: string | null; replicaKeys: unknown };

/**
 * The primary and replicas of a multi-Region key, linked when they are in the inventory. A replica
 * learns its siblings from the primary's row when that is synced, else from the replicas we hold.
 */
export async function relatedKeys(db: PrismaClient, key: KeyMultiRegion): Promise<KeyDetail["multiRegion"]> {
  const type = key.multiRegionKeyType;
  if (!key.multiRegion || (type !== "PRIMARY" && type !== "REPLICA")) return null;
  const primaryArn = type === "PRIMARY" ? key.arn : key.primaryKeyArn;
  const primaryRow = primaryArn ? await db.kmsKey.findUnique({ where: { arn: primaryArn }, select: { replicaKeys: true, keyState: true, deletedAt: true } }) : null;
  const listed = replicaList.parse(type === "PRIMARY" ? key.replicaKeys : (primaryRow?.replicaKeys ?? []));
  const siblings = primaryArn
    ? await db.kmsKey.findMany({ where: { primaryKeyArn: primaryArn, multiRegionKeyType: "REPLICA", deletedAt: null }, select: { arn: true, region: true, keyState: true } })
    : [];
  const replicas = new Map<string, RelatedKey>();
  for (const r of listed) replicas.set(r.arn, { arn: r.arn, region: r.region, keyState: null, inInventory: false });
  for (const s of siblings) replicas.set(s.arn, { arn: s.arn, region: s.region, keyState: s.keyState, inInventory: true });
  const primary: RelatedKey | null = primaryArn
    ? { arn: primaryArn, region: key.primaryRegion ?? regionOf(primaryArn), keyState: primaryRow && !primaryRow.deletedAt ? primaryRow.keyState : null, inInventory: Boolean(primaryRow && !primaryRow.deletedAt) }
    : null;
  return { type, primary, replicas: [...replicas.values()].sort((a, b) => a.region.localeCompare(b.region)) };
}
