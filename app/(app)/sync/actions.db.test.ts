import { beforeAll, beforeEach, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-store";
import { describeEachDatabase } from "@/lib/db/testing";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user }));

const { syncNow } = await import("./actions");
const { refreshKey } = await import("../keys/[arn]/actions");

const arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

// "Sync now" and "Refresh this key" check the permission themselves: a viewer's direct POST is refused.
describeEachDatabase("sync actions", (db) => {
  let operator: SessionUser;
  let viewer: SessionUser;

  beforeAll(async () => {
    const user = (role: "operator" | "viewer") => db.prisma.user.create({ data: { email: `${role}@example.com`, name: role, role } });
    const [o, v] = await Promise.all([user("operator"), user("viewer")]);
    operator = { id: o.id, email: o.email, name: "o", role: "operator", isDemo: false, sessionId: "s1" };
    viewer = { id: v.id, email: v.email, name: "v", role: "viewer", isDemo: false, sessionId: "s2" };
    const at = new Date();
    await db.prisma.awsAccount.create({ data: { id: "111122223333" } });
    await db.prisma.kmsKey.create({
      data: { arn, accountId: "111122223333", region: "eu-west-1", keyId: arn.split("/")[1]!, keyState: "Enabled", enabled: true, keyManager: "CUSTOMER", keySpec: "SYMMETRIC_DEFAULT", keyUsage: "ENCRYPT_DECRYPT", origin: "AWS_KMS", creationDate: at, syncedAt: at },
    });
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
    expect(await db.prisma.appAuditLog.count({ where: { action: "sync.requested", actorId: operator.id } })).toBe(1);
  });

  it("queues a key refresh for a key in the inventory only", async () => {
    session.user = operator;
    expect(await refreshKey({ keyArn: arn.replace("1234abcd", "00000000") })).toMatchObject({ ok: false, code: "not_found" });
    const result = await refreshKey({ keyArn: arn });
    expect(result.ok).toBe(true);
    expect(await db.prisma.syncRun.findFirstOrThrow()).toMatchObject({ kind: "key", scope: { keyArn: arn }, requestedById: operator.id });
  });
});
