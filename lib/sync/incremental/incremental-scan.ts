import { isAwsCallError, type AwsTarget } from "@/lib/aws";
import { loadStoredAliases } from "../read/aliases";
import { planIncremental } from "./incremental-plan";
import type { KeyRef } from "@/lib/aws/arn";
import { eventEffect } from "./kms-events";
import { lookupKmsChanges } from "./lookup-changes";
import type { RunEnv } from "../run/run-target";

export type TargetScan =
  | { target: AwsTarget; plan: "full"; reason: string }
  | { target: AwsTarget; plan: "events"; end: Date; keys: KeyRef[]; aliases: boolean };

/**
 * What changed in an account-Region since its last sync, from CloudTrail's event history; or why
 * it needs a full sync instead (no full sync yet, events beyond the 90-day history, LookupEvents
 * failed, or an event that does not say which key it changed).
 */
export async function scanTarget(env: RunEnv, target: AwsTarget): Promise<TargetScan> {
  const { db, aws, now } = env.runtime;
  const state = await db.accountRegion.findUnique({ where: { accountId_region: { accountId: target.accountId, region: target.region } } });
  const plan = planIncremental(state, now());
  if (plan.mode === "full") return { target, plan: "full", reason: plan.reason };
  env.progress.target(target).update({ message: "reading CloudTrail event history" });
  let events;
  try {
    events = await lookupKmsChanges(aws.cloudTrail(target, { stats: env.progress.stats, signal: env.signal }), plan.start, plan.end);
  } catch (error) {
    if (isAwsCallError(error, "aborted")) throw error;
    return { target, plan: "full", reason: `events may be missing: ${error instanceof Error ? error.message : String(error)}` };
  }
  const aliases = new Map((await loadStoredAliases(db, target)).map((a) => [a.aliasName, a.targetKeyId ?? undefined]));
  const keys: KeyRef[] = [];
  let aliasesChanged = false;
  for (const event of events) {
    const effect = eventEffect(event, target, (name) => aliases.get(name));
    if (effect.kind === "full") return { target, plan: "full", reason: effect.reason };
    if (effect.kind === "keys") {
      keys.push(...effect.keys);
      aliasesChanged ||= effect.aliases;
    }
  }
  return { target, plan: "events", end: plan.end, keys, aliases: aliasesChanged };
}
