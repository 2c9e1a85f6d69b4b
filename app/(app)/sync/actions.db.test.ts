import { beforeAll, beforeEach, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-store";
import { seedCallers, TEST_KEY_ARN } from "@/lib/auth/testing/seed-callers";
import { describeEachDatabase } from "@/lib/db/testing";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.7", "user-agent": "test-agent" }) }));

const { syncNow } = await import("./actions");
const { refreshKey } = await import("../keys/[arn]/actions");

const arn = TEST_KEY_ARN;

// "Sync now" and "Refresh this key" check the permission themselves: a viewer's direct POST is refused.
describeEachDatabase("sync actions", (db) => {
  let operator: SessionUser;
  let viewer: SessionUser;

  beforeAll(async () => {
    ({ operator, viewer } = await seedCallers(db.prisma, ["operator", "viewer"]));
  });

  beforeEach(async () => {
    await db.prisma.syncRun.deleteMany();
  });

  it("refuses a viewer and starts nothing", async () => {
    session.user = viewer;
    expect(await syncNow({ kind: "full" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await refreshKey({ keyArn: arn })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await db.prisma.syncRun.count()).toBe(0);
  });

  it("queues a manual sync for an operator, then follows it instead of queuing another", async () => {
    session.user = operator;
    const first = await syncNow({ kind: "incremental" });
    expect(first).toMatchObject({ ok: true, data: { alreadyRunning: false } });
    const run = await db.prisma.syncRun.findFirstOrThrow();
    expect(run).toMatchObject({ kind: "incremental", trigger: "manual", status: "queued", requestedById: operator.id });
    expect(await syncNow({ kind: "full" })).toEqual({ ok: true, data: { runId: run.id, alreadyRunning: true } });
    expect(await db.prisma.appAuditLog.findMany({ where: { action: "sync.requested" } })).toEqual([
      expect.objectContaining({ actorId: operator.id, targetType: "SyncRun", targetId: run.id, details: { kind: "incremental" }, ip: "203.0.113.7", userAgent: "test-agent" }),
    ]);
  });

  it("queues a key refresh for a key in the inventory only", async () => {
    session.user = operator;
    expect(await refreshKey({ keyArn: arn.replace("1234abcd", "00000000") })).toMatchObject({ ok: false, code: "not_found" });
    const result = await refreshKey({ keyArn: arn });
    expect(result.ok).toBe(true);
    expect(await db.prisma.syncRun.findFirstOrThrow()).toMatchObject({ kind: "key", scope: { keyArn: arn }, requestedById: operator.id });
  });
});
