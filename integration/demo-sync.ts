import { afterAll, beforeAll } from "vitest";
import type { TestDatabase } from "@/lib/db/testing";
import { createSyncRuntime, type SyncRuntime } from "@/lib/sync";
import { sandboxAws } from "@/lib/sync/testing/sandbox-aws";
import { startSandbox, type Sandbox, type SandboxOptions } from "@/sandbox/index";

// Quotas scaled ×4 on both sides, so GetKeyLastUsage (5/s) covers the largest demo account-Region in one sync.
export const QUOTA_SCALE = 4;

export type DemoSync = { sandbox: Sandbox; runtime: SyncRuntime & { close(): Promise<void> } };

/**
 * A sandbox with the demo fleet and a sync runtime reading it, started before the suite's tests (its
 * own beforeAll hooks run after this one) and stopped after them.
 */
export function demoSyncForSuite(db: TestDatabase, sandboxOptions: Partial<SandboxOptions> = {}): DemoSync {
  const demo = {} as DemoSync;
  beforeAll(async () => {
    demo.sandbox = await startSandbox({ fleet: "demo", quotaScale: QUOTA_SCALE, ...sandboxOptions });
    const { aws, config } = await sandboxAws(demo.sandbox.url, { credentials: demo.sandbox.credentials, quotaScale: QUOTA_SCALE });
    demo.runtime = await createSyncRuntime(db.prisma, config, { aws, databaseUrl: db.url });
  });
  afterAll(async () => {
    await demo.runtime?.close();
    demo.runtime?.aws.close();
    await demo.sandbox?.stop();
  });
  return demo;
}
