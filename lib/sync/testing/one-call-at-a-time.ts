import { collect, type KmsClient } from "@/lib/aws";
import { planKeyCalls } from "../read/key-calls";

/**
 * The baseline collector: the same reads as the sync, but one call at a time, the way Prowler's
 * KMS collector walks an account-Region (list, then each key in turn, each call awaited).
 */
export async function collectOneAtATime(kms: KmsClient, keyLimit: number): Promise<{ keys: number; calls: number; ms: number }> {
  const started = performance.now();
  let calls = 0;
  const arns: string[] = [];
  for await (const page of kms.paginate("ListKeys", {})) {
    calls++;
    arns.push(...(page.Keys ?? []).map((k) => k.KeyArn!));
  }
  calls += (await collect(kms.paginate("ListAliases", {}))).length;
  const sample = arns.slice(0, keyLimit);
  for (const arn of sample) {
    const { KeyMetadata } = await kms.send("DescribeKey", { KeyId: arn });
    calls++;
    for (const op of planKeyCalls(KeyMetadata!)) {
      if (op === "GetKeyPolicy" || op === "GetKeyRotationStatus") {
        await kms.send(op, { KeyId: arn });
        calls++;
      } else {
        calls += (await collect(kms.paginate(op, { KeyId: arn }))).length;
      }
    }
  }
  return { keys: sample.length, calls, ms: performance.now() - started };
}
