import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/current-user", () => ({
  getCurrentUser: async () => ({ id: "u1", email: "v@example.com", name: "V", role: "viewer", isDemo: true, sessionId: "s1" }),
}));
vi.mock("@/lib/auth/write-audit", () => ({ writeAudit: async () => undefined }));
const list = vi.hoisted(() => vi.fn(async () => ({ items: [], nextCursor: null })));
vi.mock("@/lib/queries/audit-events/list-audit-events", () => ({ listAuditEvents: list }));

const { GET } = await import("./route");

const call = (query: string) => GET(new NextRequest(`http://localhost/api/audit/events?${query}`), { params: Promise.resolve({}) });

describe("GET /api/audit/events", () => {
  it("answers a time Postgres cannot hold 400, without querying", async () => {
    for (const now of ["-271821-04-20T00:00:00Z", "+275760-09-13T00:00:00Z", "1969-12-31T23:59:59Z"]) {
      const res = await call(`now=${encodeURIComponent(now)}`);
      expect(res.status, now).toBe(400);
      expect(await res.json()).toMatchObject({ ok: false, code: "invalid_input", message: expect.stringMatching(/^now: must be an ISO time/) });
    }
    expect(list).not.toHaveBeenCalled();
  });

  it("answers a NUL in the search 400, without querying", async () => {
    const res = await call("q=%00abc");
    expect(res.status).toBe(400);
    expect(list).not.toHaveBeenCalled();
  });
});
