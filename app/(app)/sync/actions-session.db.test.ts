import { beforeAll, beforeEach, expect, it, vi } from "vitest";
import { createSession, revokeSession } from "@/lib/auth/session-store";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { seedCallers } from "@/lib/auth/testing/seed-callers";
import { describeEachDatabase } from "@/lib/db/testing";

// Only the request is faked: next/headers has no request outside Next.js, so the test holds the
// cookie a browser would send. The session is a real row, read by the real getCurrentUser() →
// findSessionUser() → requirePermission() path (no mock of the current user, unlike actions.db.test.ts).
const request = vi.hoisted(() => ({ cookie: undefined as string | undefined }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9", "user-agent": "session-test" }),
  cookies: async () => ({ get: (name: string) => (request.cookie && name === sessionCookieName() ? { name, value: request.cookie } : undefined) }),
}));

const { syncNow } = await import("./actions");

describeEachDatabase("Sync now through a real session", (db) => {
  let viewerId: string;
  let operatorId: string;

  beforeAll(async () => {
    const { viewer, operator } = await seedCallers(db.prisma, ["viewer", "operator"]);
    viewerId = viewer.id;
    operatorId = operator.id;
  });

  beforeEach(async () => {
    await db.prisma.syncRun.deleteMany();
    request.cookie = undefined;
  });

  it("refuses a viewer's session cookie with forbidden, creates no sync run and records the refusal", async () => {
    request.cookie = (await createSession(viewerId, 1, "session-test", db.prisma)).token;
    expect(await syncNow({ kind: "full" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await db.prisma.syncRun.count()).toBe(0);
    expect(await db.prisma.appAuditLog.findMany({ where: { actorId: viewerId }, select: { action: true, targetId: true, ip: true } })).toEqual([
      { action: "access.denied", targetId: "sync.now", ip: "203.0.113.9" },
    ]);
  });

  it("refuses an expired session, a revoked one and a made-up cookie as signed out", async () => {
    request.cookie = (await createSession(operatorId, -1, "session-test", db.prisma)).token;
    expect(await syncNow({ kind: "full" })).toMatchObject({ ok: false, code: "unauthenticated" });
    const { token } = await createSession(operatorId, 1, "session-test", db.prisma);
    await revokeSession(token, db.prisma);
    request.cookie = token;
    expect(await syncNow({ kind: "full" })).toMatchObject({ ok: false, code: "unauthenticated" });
    request.cookie = "not-a-session";
    expect(await syncNow({ kind: "full" })).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await db.prisma.syncRun.count()).toBe(0);
  });

  it("queues the sync for an operator's session, as that operator", async () => {
    request.cookie = (await createSession(operatorId, 1, "session-test", db.prisma)).token;
    expect(await syncNow({ kind: "full" })).toMatchObject({ ok: true, data: { alreadyRunning: false } });
    expect(await db.prisma.syncRun.findFirstOrThrow()).toMatchObject({ kind: "full", trigger: "manual", requestedById: operatorId });
  });
});
