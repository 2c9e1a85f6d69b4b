import type { OperationSeries } from "./top-operations";
import type { UsageDays } from "./usage-range";

/** `usageUnknown`: the key's account-Region's trails exclude KMS events, so its calls are not its whole usage. */
export type RankedKey = { keyArn: string; alias: string | null; description: string | null; keyState: string | null; calls: number; errors: number; usageUnknown: boolean };
export type RankedPrincipal = { principalArn: string; calls: number; errors: number };

/** An account-Region whose trails do not record KMS usage (excluded) or were not or could not be checked (unknown). */
export type UnknownCoverage = { accountId: string; region: string; coverage: "excluded" | "unknown"; checkedAt: string | null };

export type DayErrors = { day: string; calls: number; errors: number; accessDenied: number };

export type UsageOverview = {
  days: UsageDays;
  since: string;
  /** Whether any usage was ever ingested (rollups exist at all). */
  ingested: boolean;
  totalCalls: number;
  totalErrors: number;
  byOperation: OperationSeries;
  errorsByDay: DayErrors[];
  topKeys: RankedKey[];
  topPrincipals: RankedPrincipal[];
  unknownCoverage: UnknownCoverage[];
};
