import type { AwsTarget } from "@/lib/aws";
import type { PrismaClient } from "@/lib/db/client";
import { aliasNamesByKeyId, aliasRow, listAliases, loadStoredAliases, writeAliases, type AliasRow } from "../read/aliases";
import { fullSync } from "../run/full-sync";
import { scanTarget, type TargetScan } from "./incremental-scan";
import { keyArnOf, type KeyRef } from "@/lib/aws/arn";
import { targetKey } from "@/lib/aws/targets";
import { loadKnownKeys, type KnownKey } from "../read/known-keys";
import { runTarget, type RunEnv } from "../run/run-target";
import type { TargetContext } from "../run/sync-context";
import { syncKeys } from "../run/sync-keys";

// States that end by themselves, without an event: a new replica, a primary Region change.
const TRANSIENT_STATES = new Set(["Creating", "Updating"]);

/** Keys to read again whatever the events say: in a transient state, or read incompletely last time (no hash). */
const needsAnotherLook = (k: KnownKey) => !k.deleted && (TRANSIENT_STATES.has(k.keyState) || k.contentHash === "");

/**
 * Incremental sync: first every account-Region's CloudTrail history (no lock needed to read it),
 * then each one re-reads only its changed keys under its lock. Changes seen in one Region may
 * concern another (a replica, a new primary): they are routed to that Region's target.
 */
export async function incrementalSync(env: RunEnv, targets: readonly AwsTarget[]): Promise<void> {
  const scans = await Promise.all(
    targets.map((t) => scanTarget(env, t).catch((error: unknown): TargetScan => {
      if (env.signal.aborted) throw error;
      return { target: t, plan: "full", reason: `events may be missing: ${error instanceof Error ? error.message : String(error)}` };
    })),
  );
  const routed = await routeChanges(env.runtime.db, targets, scans);
  await Promise.all(
    scans.map((scan) =>
      scan.plan === "full"
        ? runTarget(env, scan.target, (ctx) => {
            ctx.progress.update({ message: `full sync: ${scan.reason}` });
            return fullSync(ctx);
          }, true)
        : runTarget(env, scan.target, (ctx) => applyChanges(ctx, scan, routed.get(targetKey(scan.target)) ?? []), true),
    ),
  );
}

async function routeChanges(db: PrismaClient, targets: readonly AwsTarget[], scans: readonly TargetScan[]): Promise<Map<string, KeyRef[]>> {
  const inRun = new Set(targets.map(targetKey));
  const refs = new Map<string, KeyRef>();
  const add = (ref: KeyRef) => inRun.has(targetKey(ref)) && refs.set(`${targetKey(ref)}/${ref.keyId}`, ref);
  for (const scan of scans) if (scan.plan === "events") scan.keys.forEach(add);
  // Every copy of a multi-Region key lists the others: a change to one shows in all.
  const mrk = [...refs.values()].filter((r) => r.keyId.startsWith("mrk-"));
  if (mrk.length > 0) {
    const copies = await db.kmsKey.findMany({
      where: { keyId: { in: [...new Set(mrk.map((r) => r.keyId))] }, accountId: { in: [...new Set(mrk.map((r) => r.accountId))] } },
      select: { accountId: true, region: true, keyId: true },
    });
    copies.forEach(add);
  }
  const byTarget = new Map<string, KeyRef[]>();
  for (const ref of refs.values()) byTarget.set(targetKey(ref), [...(byTarget.get(targetKey(ref)) ?? []), ref]);
  return byTarget;
}

const sameNames = (a: string[] | undefined, b: string[] | undefined) => (a ?? []).join("\n") === (b ?? []).join("\n");

async function applyChanges(ctx: TargetContext, scan: Extract<TargetScan, { plan: "events" }>, refs: readonly KeyRef[]): Promise<void> {
  const { db, target } = ctx;
  const known = await loadKnownKeys(db, target);
  const stored = await loadStoredAliases(db, target);
  const keyIds = new Set(refs.map((r) => r.keyId));
  let listed: AliasRow[] | undefined;
  if (scan.aliases) {
    listed = (await listAliases(ctx.kms)).map(aliasRow);
    const before = aliasNamesByKeyId(stored);
    const after = aliasNamesByKeyId(listed);
    for (const keyId of new Set([...before.keys(), ...after.keys()])) if (!sameNames(before.get(keyId), after.get(keyId))) keyIds.add(keyId);
  }
  for (const [arn, k] of known) if (needsAnotherLook(k)) keyIds.add(arn.slice(arn.lastIndexOf("/") + 1));
  const arns = [...keyIds].map((keyId) => keyArnOf({ ...target, keyId }));
  ctx.run.listed(ctx.progress, arns.length);
  await syncKeys(ctx, arns, { known, aliases: aliasNamesByKeyId(listed ?? stored), lastUsageMinMs: 0 });
  if (listed) await writeAliases(db, target, listed, stored, ctx.now());
  // A key that could not be read may hide a change: the next incremental reads the same events again.
  if (ctx.progress.errors > 0) return;
  await db.$executeRaw`UPDATE "AccountRegion" SET "lastIncrementalSyncAt" = GREATEST("lastIncrementalSyncAt", ${scan.end}), "status" = 'active', "statusMessage" = NULL, "updatedAt" = now()
    WHERE "accountId" = ${target.accountId} AND "region" = ${target.region}`;
}
