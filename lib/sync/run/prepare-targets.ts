import type { AwsTarget } from "@/lib/aws";
import { ensureAccountRegions } from "../write/account-regions";
import type { RunEnv } from "./run-target";

/** AccountRegion rows and one SyncRunTarget per target, before any of them starts. */
export async function prepareTargets(env: RunEnv, targets: readonly AwsTarget[]): Promise<void> {
  const { db } = env.runtime;
  await ensureAccountRegions(db, targets);
  await db.syncRunTarget.createMany({ data: targets.map((t) => ({ runId: env.runId, accountId: t.accountId, region: t.region })), skipDuplicates: true });
  for (const t of targets) env.progress.target(t);
}
