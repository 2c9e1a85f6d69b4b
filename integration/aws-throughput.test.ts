import { afterEach, describe, expect, it } from "vitest";
import { PER_KEY_CALLS, PER_KEY_OPERATIONS } from "./per-key-calls";
import { listKeyIds, sandboxAccess, type SandboxAccess } from "./aws-sandbox";

// How fast each operation goes is measured by `npm run bench -- throughput`; here, that the limiter
// keeps a sync-shaped load within AWS's quotas, which the sandbox enforces.

let s: SandboxAccess | undefined;
afterEach(() => s?.stop());

const perKey = PER_KEY_CALLS;
const OPERATIONS = PER_KEY_OPERATIONS;

describe("lib/aws against the sandbox's quotas", () => {
  it("runs every operation on every key at once within the sandbox's quotas, without a throttle", async () => {
    // Quotas scaled to a twentieth on both sides (ListGrants: 5 calls per second at the sandbox, 4 by
    // the limiter), so that an unpaced client exceeds them on any machine.
    const keys = 16;
    s = await sandboxAccess({ fleet: `bench:${keys}`, quotaScale: 0.05 }, { quotaScale: 0.05 });
    const kms = s.aws.kms(s.home);
    const ids = await listKeyIds(s.aws, s.home);
    expect(ids).toHaveLength(keys);
    await Promise.all(OPERATIONS.flatMap((operation) => ids.map((id) => perKey[operation](kms, id))));
    const stats = s.aws.stats.snapshot();
    for (const op of OPERATIONS) expect(stats[`kms:${op}`], op).toMatchObject({ calls: keys, errors: 0, throttles: 0 });
  });
});
