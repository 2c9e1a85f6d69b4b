import type { Input } from "../../core/input";
import { epochSeconds } from "../../core/time-format";
import { arnOf } from "../key-arn";
import type { KmsContext } from "../kms-context";
import type { KmsKey } from "../model";
import { resolveKey } from "../resolve-key";

/** GetKeyLastUsage (2026): the last successful cryptographic use, tracked per Region. */
export function getKeyLastUsage(input: Input, ctx: KmsContext) {
  return lastUsageOf(resolveKey(ctx, input));
}

export function lastUsageOf(key: KmsKey) {
  const u = key.lastUsage;
  return {
    KeyId: arnOf(key),
    KeyLastUsage: u && { Operation: u.Operation, Timestamp: epochSeconds(u.Timestamp), CloudTrailEventId: u.CloudTrailEventId, KmsRequestId: u.KmsRequestId },
    TrackingStartDate: epochSeconds(key.trackingStartDate),
    KeyCreationDate: epochSeconds(key.CreationDate),
  };
}
