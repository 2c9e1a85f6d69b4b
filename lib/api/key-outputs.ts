import { z } from "zod";
import type { InventoryRecord } from "@/lib/export/inventory/inventory-record";
import type { KeyPage, KeyRow } from "@/lib/queries/keys/key-row";

// What the key routes may send: these fields and no others (zod drops unknown keys).

const text = z.string();
const maybeText = z.string().nullable();

const coverageSchema = z.enum(["covered", "excluded", "unknown"]);
const lastUsedSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("used"), at: text, operation: maybeText, source: z.enum(["GetKeyLastUsage", "CloudTrail"]) }),
  z.object({ kind: z.literal("never"), trackingStartAt: text }),
  z.object({ kind: z.literal("unknown"), reasons: z.array(z.enum(["not-checked", "unavailable", "before-tracking", "trail-excludes-kms"])) }),
]);

const keyRowSchema = z.object({
  arn: text,
  keyId: text,
  accountId: text,
  accountName: maybeText,
  region: text,
  aliases: z.array(text),
  description: text,
  keyState: text,
  keyManager: text,
  keySpec: text,
  keyUsage: text,
  origin: text,
  multiRegionKeyType: z.enum(["PRIMARY", "REPLICA"]).nullable(),
  rotation: z.object({ enabled: z.boolean().nullable(), periodDays: z.number().nullable() }),
  creationDate: text,
  deletionDate: maybeText,
  lastUsedAt: maybeText,
  lastUsed: lastUsedSchema,
  usageCoverage: coverageSchema,
  tags: z.array(z.object({ key: text, value: text })),
}) satisfies z.ZodType<KeyRow>;

export const keyPageSchema = z.object({ rows: z.array(keyRowSchema), nextCursor: maybeText }) satisfies z.ZodType<KeyPage>;

export const inventoryRecordSchema = z.object({
  arn: text,
  accountId: text,
  region: text,
  keyId: text,
  aliases: z.array(text),
  keyState: text,
  keyManager: text,
  keySpec: text,
  keyUsage: text,
  origin: text,
  multiRegion: z.boolean(),
  description: text,
  creationDate: text,
  deletionDate: maybeText,
  validTo: maybeText,
  rotation: z.object({ enabled: z.boolean().nullable(), periodDays: z.number().nullable(), nextRotationDate: maybeText, onDemandCount: z.number() }),
  grantCount: z.number(),
  tags: z.record(text, text),
  lastUsedAt: maybeText,
  syncedAt: text,
}) satisfies z.ZodType<InventoryRecord>;
