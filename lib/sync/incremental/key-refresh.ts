import { aliasNamesByKeyId, loadStoredAliases } from "../read/aliases";
import { parseKeyArn } from "@/lib/aws/arn";
import { prepareTargets } from "../run/prepare-targets";
import { loadKnownKeys } from "../read/known-keys";
import { resolveTargets, ScopeError } from "../run/resolve-targets";
import { runTarget, type RunEnv } from "../run/run-target";
import { syncKeys } from "../run/sync-keys";

/**
 * Re-reads one key (after a guarded change, or on request). It takes no account-Region lock: it
 * must not wait behind a long full sync, and a full sync never marks a key deleted that was
 * written after its listing began.
 */
export async function refreshKey(env: RunEnv, keyArn: string): Promise<void> {
  const ref = parseKeyArn(keyArn);
  if (!ref) throw new ScopeError(`not a KMS key ARN: ${keyArn}`);
  const [target] = await resolveTargets(env.runtime.aws, { accounts: [ref.accountId], regions: [ref.region] });
  if (!target) throw new ScopeError(`${ref.accountId}/${ref.region} is not configured`);
  await prepareTargets(env, [target]);
  await runTarget(
    env,
    target,
    async (ctx) => {
      const known = await loadKnownKeys(ctx.db, target, [keyArn]);
      const aliases = aliasNamesByKeyId(await loadStoredAliases(ctx.db, target));
      ctx.run.listed(ctx.progress, 1);
      await syncKeys(ctx, [keyArn], { known, aliases, lastUsageMinMs: 0 });
    },
    false,
  );
}
