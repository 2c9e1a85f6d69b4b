import { NextRequest } from "next/server";
import { beforeAll, beforeEach, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-store";
import { seedCallers, TEST_KEY_ARN } from "@/lib/auth/testing/seed-callers";
import { describeEachDatabase } from "@/lib/db/testing";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "10.0.0.1, 203.0.113.7", "user-agent": "action-agent" }) }));

const { refreshKey } = await import("./(app)/keys/[arn]/actions");
const { GET: exportKeys } = await import("./api/keys/export/route");

const arn = TEST_KEY_ARN;
const exportRequest = () =>
  new NextRequest("http://localhost/api/keys/export?format=csv&region=eu-west-1", { headers: { "x-forwarded-for": "198.51.100.20", "user-agent": "route-agent" } });
const noParams = { params: Promise.resolve({}) };

// The wrappers write the app's audit log: who did what to what, from which address and browser.
describeEachDatabase("app audit log written by defineAction and defineRoute", (db) => {
  let operator: SessionUser;
  let viewer: SessionUser;

  beforeAll(async () => {
    ({ operator, viewer } = await seedCallers(db.prisma, ["operator", "viewer"]));
  });

  beforeEach(() => {
    session.user = null;
  });

  const entries = () => db.prisma.appAuditLog.findMany({ orderBy: { id: "asc" } });

  it("an action records its actor, action, target, IP and user agent", async () => {
    session.user = operator;
    const before = (await entries()).length;
    const result = await refreshKey({ keyArn: arn });
    expect(result.ok).toBe(true);
    const written = (await entries()).slice(before);
    expect(written).toEqual([
      expect.objectContaining({
        actorId: operator.id,
        actorEmail: operator.email,
        action: "sync.key_refresh_requested",
        targetType: "KmsKey",
        targetId: arn,
        details: { runId: result.ok ? result.data.runId : null },
        ip: "203.0.113.7",
        userAgent: "action-agent",
      }),
    ]);
  });

  it("an export route records its actor, action, filter, IP and user agent before it streams", async () => {
    session.user = operator;
    const before = (await entries()).length;
    const res = await exportKeys(exportRequest(), noParams);
    expect(res.status).toBe(200);
    expect((await res.text()).split("\n")[1]).toContain(arn);
    expect((await entries()).slice(before)).toEqual([
      expect.objectContaining({
        actorId: operator.id,
        action: "inventory.exported",
        details: { format: "csv", filter: "region=eu-west-1" },
        ip: "198.51.100.20",
        userAgent: "route-agent",
      }),
    ]);
  });

  it("a refused call by a signed-in person writes one access.denied entry; a signed-out one writes nothing", async () => {
    const before = (await entries()).length;
    expect((await exportKeys(exportRequest(), noParams)).status).toBe(401);
    expect(await refreshKey({ keyArn: arn })).toMatchObject({ ok: false, code: "unauthenticated" });
    expect((await entries()).length).toBe(before);

    session.user = viewer;
    expect((await exportKeys(exportRequest(), noParams)).status).toBe(403);
    expect(await refreshKey({ keyArn: arn })).toMatchObject({ ok: false, code: "forbidden" });
    expect((await entries()).slice(before)).toEqual([
      expect.objectContaining({ actorId: viewer.id, action: "access.denied", targetType: "endpoint", targetId: "/api/keys/export", details: { permission: "inventory:export" }, ip: "198.51.100.20" }),
      expect.objectContaining({ actorId: viewer.id, action: "access.denied", targetType: "endpoint", targetId: "keys.refresh", details: { permission: "sync:run" }, ip: "203.0.113.7", userAgent: "action-agent" }),
    ]);
  });
});
