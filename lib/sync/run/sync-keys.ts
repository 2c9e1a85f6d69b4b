import type { KnownKey } from "../read/known-keys";
import { KeyWriter } from "../write/key-writer";
import { LastUsageLane } from "../last-usage/last-usage-lane";
import { readKey } from "../read/read-key";
import type { TargetContext } from "./sync-context";
import { WorkPool } from "./work-pool";

export type SyncKeysOptions = {
  /** The whole target's stored keys: for content-hash comparison and GetKeyLastUsage priorities. */
  known: Map<string, KnownKey>;
  /** Alias names per key id. */
  aliases: Map<string, string[]>;
  /** How long GetKeyLastUsage may keep going after the keys are done (see LastUsageLane). */
  lastUsageMinMs: number;
};

const keyIdOf = (arn: string) => arn.slice(arn.lastIndexOf("/") + 1);

/** Reads the given keys, many at once, and writes what changed; GetKeyLastUsage runs beside. */
export async function syncKeys(ctx: TargetContext, arns: AsyncIterable<string> | Iterable<string>, options: SyncKeysOptions): Promise<void> {
  const { known, aliases } = options;
  const { run, progress, target } = ctx;
  const writer = new KeyWriter(ctx, known);
  const lane = new LastUsageLane({ ...ctx, tuning: { ...ctx.tuning, lastUsageMinMs: options.lastUsageMinMs } });
  for (const [arn, k] of known) if (!k.deleted) lane.offer({ arn, lastCheckedAt: k.lastUsageCheckedAt, keyState: k.keyState });
  lane.start();

  const syncKey = async (arn: string) => {
    const read = await readKey(ctx.kms, arn, ctx.optional);
    if (read.kind === "gone") await writer.keyGone(arn);
    if (read.kind === "failed") run.fail(target, read.error, { operation: read.operation, keyId: keyIdOf(arn) });
    if (read.kind === "read") {
      for (const f of read.failures) run.fail(target, f.error, { operation: f.operation, keyId: keyIdOf(arn) });
      await writer.accept(read, aliases.get(read.metadata.KeyId ?? "") ?? []);
      const before = known.get(arn);
      const state = read.metadata.KeyState ?? "";
      if (before && before.keyState !== state) lane.stateChanged({ arn, lastCheckedAt: before.lastUsageCheckedAt, keyState: state });
    }
    run.done(progress, read.kind !== "gone");
  };

  const pool = new WorkPool(ctx.tuning.keyConcurrency);
  try {
    for await (const arn of arns) {
      if (!known.has(arn)) lane.offer({ arn, lastCheckedAt: null, keyState: "" });
      await pool.run(() => syncKey(arn));
    }
    await pool.drain();
    await writer.flush();
  } finally {
    await lane.finish();
  }
}
