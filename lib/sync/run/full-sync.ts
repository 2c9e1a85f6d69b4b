import { isAwsCallError, isRegionNotEnabled } from "@/lib/aws";
import { updateAccountRegion } from "../write/account-regions";
import { aliasNamesByKeyId, aliasRow, listAliases, loadStoredAliases, writeAliases, type AliasRow } from "../read/aliases";
import { AsyncQueue } from "./async-queue";
import { syncKeys } from "./sync-keys";
import { loadKnownKeys } from "../read/known-keys";
import type { TargetContext } from "./sync-context";
import { markKeysDeleted } from "../write/write-keys";

export class ListingIncompleteError extends Error {
  constructor(readonly listed: number, cause: unknown) {
    super(`ListKeys stopped after ${listed} keys, so no key was marked deleted: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = "ListingIncompleteError";
  }
}

/**
 * Full sync of one account-Region: ListAliases, then ListKeys streamed into per-key reads. Only a
 * complete listing may mark keys deleted: a failed or partial one marks nothing.
 */
export async function fullSync(ctx: TargetContext): Promise<void> {
  const { db, kms, target, run, progress } = ctx;
  const startedAt = ctx.now();
  let listedAliases: AliasRow[] | undefined;
  try {
    listedAliases = (await listAliases(kms)).map(aliasRow);
  } catch (error) {
    if (isRegionNotEnabled(error) || isAwsCallError(error, "aborted")) throw error;
    run.fail(target, error, { operation: "ListAliases" });
  }
  const storedAliases = await loadStoredAliases(db, target);
  const known = await loadKnownKeys(db, target);

  const arns = new AsyncQueue<string>();
  const seen = new Set<string>();
  const listing = (async () => {
    try {
      for await (const page of kms.paginate("ListKeys", { Limit: ctx.tuning.listKeysPageSize })) {
        for (const entry of page.Keys ?? []) {
          if (!entry.KeyArn || seen.has(entry.KeyArn)) continue;
          seen.add(entry.KeyArn);
          run.listed(progress);
          arns.push(entry.KeyArn);
        }
      }
    } finally {
      arns.close();
    }
  })();
  const listingResult = listing.then(
    () => undefined,
    (error: unknown) => ({ error }),
  );

  await syncKeys(ctx, arns, { known, aliases: aliasNamesByKeyId(listedAliases ?? storedAliases), lastUsageMinMs: ctx.tuning.lastUsageMinMs });
  const failure = await listingResult;
  if (failure) {
    if (isAwsCallError(failure.error, "aborted")) throw failure.error;
    run.fail(target, failure.error, { operation: "ListKeys" });
    throw new ListingIncompleteError(seen.size, failure.error);
  }

  const gone = [...known].filter(([arn, k]) => !k.deleted && !seen.has(arn)).map(([arn]) => arn);
  run.keysDeleted += await markKeysDeleted(db, gone, ctx.now(), startedAt);
  if (listedAliases) await writeAliases(db, target, listedAliases, storedAliases, ctx.now());
  progress.update({ listingComplete: true });
  await updateAccountRegion(db, target, { status: "active", statusMessage: null, lastFullSyncAt: startedAt, lastCompleteListingAt: startedAt });
}
