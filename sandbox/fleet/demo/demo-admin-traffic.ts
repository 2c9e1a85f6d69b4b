import { DAY } from "../../core/clock";
import { arnOf } from "../../kms/key-arn";
import type { DemoContext, DemoKey } from "./demo-context";

const READS = ["DescribeKey", "GetKeyRotationStatus", "GetKeyPolicy", "ListResourceTags", "ListGrants"];

/** A nightly security scan and weekday Terraform plans: the management reads every account has. */
export function buildAdminTraffic(ctx: DemoContext, keys: DemoKey[], account: string, region: string): void {
  const { rng } = ctx;
  if (keys.length === 0) return;
  for (let day = Math.ceil(ctx.start / DAY) * DAY; day < ctx.now; day += DAY) {
    const scan = day + 2 * 3_600_000 + rng.int(0, 600_000);
    const scanner = ctx.roleCaller(account, "security-scanner", scan, "prowler");
    const base = { account, region, caller: scanner, client: "scanner" as const, readOnly: true };
    ctx.api({ ...base, time: scan, eventName: "ListKeys", request: null });
    ctx.api({ ...base, time: scan + 800, eventName: "ListAliases", request: null });
    for (let i = rng.int(2, 6); i > 0; i--) {
      const dk = rng.pick(keys);
      if (dk.key.CreationDate < scan) ctx.api({ ...base, time: scan + rng.int(1000, 60_000), key: dk.key, eventName: rng.pick(READS), request: { keyId: arnOf(dk.key) } });
    }
    const weekday = new Date(day).getUTCDay() % 6 !== 0;
    if (weekday && rng.chance(0.7)) {
      const plan = day + rng.int(8, 17) * 3_600_000;
      const tf = ctx.roleCaller(account, "ci-deploy", plan, "terraform");
      for (let i = rng.int(1, 3); i > 0; i--) {
        const dk = rng.pick(keys);
        if (dk.key.CreationDate > plan || dk.key.KeyManager === "AWS") continue;
        for (const op of ["DescribeKey", "GetKeyPolicy", "GetKeyRotationStatus", "ListResourceTags"]) {
          ctx.api({ account, region, caller: tf, client: "terraform", readOnly: true, time: plan + rng.int(0, 30_000), key: dk.key, eventName: op, request: { keyId: dk.key.KeyId } });
        }
      }
    }
  }
}

/** A misconfigured job hammering a key it may not use: a burst of AccessDenied in an hour. */
export function buildAccessDeniedBurst(ctx: DemoContext, dk: DemoKey): void {
  const { rng } = ctx;
  const { key } = dk;
  const role = key.AWSAccountId === "777788889999" ? "reporting-job" : "batch-exporter";
  const start = Math.floor(ctx.start + rng.next() * 88 * DAY);
  const caller = ctx.roleCaller(key.AWSAccountId, role, start, `${role}-${rng.int(100, 999)}`);
  for (let i = rng.int(30, 150); i > 0; i--) {
    ctx.api({
      time: start + rng.int(0, 3_600_000),
      key,
      account: key.AWSAccountId,
      region: key.Region,
      caller,
      client: "python",
      eventName: "Decrypt",
      readOnly: true,
      request: { encryptionAlgorithm: "SYMMETRIC_DEFAULT" },
      error: { code: "AccessDenied", message: `User: ${caller.arn} is not authorized to perform: kms:Decrypt on resource: ${arnOf(key)} because no identity-based policy allows the kms:Decrypt action` },
    });
  }
}
