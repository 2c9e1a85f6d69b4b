import type { KmsKey } from "@/lib/db/generated/client";
import type { LastUsed, TrailCoverage } from "@/lib/lifecycle/last-used";

// What the keys table shows of a key: whitelisted fields only, dates as ISO-8601 strings.

export type KeyRow = {
  arn: string;
  keyId: string;
  accountId: string;
  accountName: string | null;
  region: string;
  aliases: string[];
  description: string;
  keyState: string;
  keyManager: string;
  keySpec: string;
  keyUsage: string;
  origin: string;
  multiRegionKeyType: "PRIMARY" | "REPLICA" | null;
  rotation: { enabled: boolean | null; periodDays: number | null };
  creationDate: string;
  deletionDate: string | null;
  /** GetKeyLastUsage's answer as stored (the sort column). */
  lastUsedAt: string | null;
  /** The last use shown: the later of GetKeyLastUsage and CloudTrail, or why it is unknown. */
  lastUsed: LastUsed;
  /** Whether the key's account-Region's trails record KMS usage. */
  usageCoverage: TrailCoverage;
  tags: { key: string; value: string }[];
};

export type KeyPage = { rows: KeyRow[]; nextCursor: string | null };

/** The columns listKeys reads from KmsKey (k) and AwsAccount (a). */
export type KeyRowRecord = Pick<
  KmsKey,
  | "arn" | "keyId" | "accountId" | "region" | "description" | "keyState" | "keyManager" | "keySpec" | "keyUsage" | "origin"
  | "multiRegionKeyType" | "rotationEnabled" | "rotationPeriodInDays" | "creationDate" | "deletionDate" | "lastUsedAt" | "primaryAlias"
> & { accountName: string | null };

const iso = (d: Date | null) => (d ? d.toISOString() : null);

const NOT_CHECKED: { lastUsed: LastUsed; coverage: TrailCoverage } = { lastUsed: { kind: "unknown", reasons: ["not-checked"] }, coverage: "unknown" };

export function toKeyRow(r: KeyRowRecord, aliases: string[], tags: { key: string; value: string }[], use: { lastUsed: LastUsed; coverage: TrailCoverage } = NOT_CHECKED): KeyRow {
  return {
    arn: r.arn,
    keyId: r.keyId,
    accountId: r.accountId,
    accountName: r.accountName,
    region: r.region,
    aliases,
    description: r.description,
    keyState: r.keyState,
    keyManager: r.keyManager,
    keySpec: r.keySpec,
    keyUsage: r.keyUsage,
    origin: r.origin,
    multiRegionKeyType: r.multiRegionKeyType === "PRIMARY" || r.multiRegionKeyType === "REPLICA" ? r.multiRegionKeyType : null,
    rotation: { enabled: r.rotationEnabled, periodDays: r.rotationPeriodInDays },
    creationDate: r.creationDate.toISOString(),
    deletionDate: iso(r.deletionDate),
    lastUsedAt: iso(r.lastUsedAt),
    lastUsed: use.lastUsed,
    usageCoverage: use.coverage,
    tags,
  };
}
