import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { SessionUser } from "./session-store";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
const audit = vi.hoisted(() => ({ writeAudit: vi.fn(async (..._args: unknown[]) => undefined) }));
vi.mock("./current-user", () => ({ getCurrentUser: async () => session.user }));
vi.mock("./write-audit", () => audit);

const { defineRoute } = await import("./define-route");
const { rowsOf } = await import("@/lib/http/row-stream");

const as = (role: SessionUser["role"]): SessionUser => ({ id: "u1", email: "x@example.com", name: "X", role, isDemo: true, sessionId: "s1" });
const origin = { "x-forwarded-for": "198.51.100.20", "user-agent": "route-agent" };
const get = (path: string) => new NextRequest(`http://localhost${path}`, { headers: origin });
const noParams = { params: Promise.resolve({}) };

describe("defineRoute", () => {
  const handler = vi.fn(async ({ query }: { query: { n: number } }) => ({ n: query.n, secret: "s3cret" }));
  const json = defineRoute({ permission: "inventory:read", input: { query: z.object({ n: z.coerce.number().int().max(10) }) }, output: z.object({ n: z.number() }) }, handler);

  async function* rows() {
    yield { id: "a", secret: "x" };
    yield { id: "b,c", secret: "y" };
  }
  const exported = defineRoute(
    {
      permission: "inventory:export",
      input: { query: z.object({ format: z.enum(["csv"], { error: "use csv" }) }) },
      output: rowsOf(z.object({ id: z.string() })),
      audit: ({ input }) => ({ action: "test.exported", details: { format: input.query.format } }),
    },
    async () => ({
      rows: rows(),
      write: async function* (parsed) {
        for await (const row of parsed) yield `${JSON.stringify(row)}\n`;
      },
      headers: { "Content-Type": "text/plain" },
    }),
  );

  beforeEach(() => {
    handler.mockClear();
    audit.writeAudit.mockClear();
    session.user = null;
  });

  it("answers a signed-out caller 401 before reading its input", async () => {
    const res = await json(get("/api/t?n=junk"), noParams);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ ok: false, code: "unauthenticated", message: "Sign in to continue." });
    expect(audit.writeAudit).not.toHaveBeenCalled();
  });

  it("answers a role without the permission 403 and records the refusal", async () => {
    session.user = as("viewer");
    const res = await exported(get("/api/t?format=csv"), noParams);
    expect(res.status).toBe(403);
    expect(audit.writeAudit).toHaveBeenCalledWith(session.user, expect.objectContaining({ action: "access.denied", targetId: "/api/t" }), { ip: "198.51.100.20", userAgent: "route-agent" });
  });

  it("answers bad input 400 with the field at fault", async () => {
    session.user = as("viewer");
    const res = await json(get("/api/t?n=99"), noParams);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ok: false, code: "invalid_input", message: expect.stringMatching(/^n: /), fieldErrors: { n: expect.any(String) } });
    expect(handler).not.toHaveBeenCalled();
  });

  it("answers a NUL character or deeply nested JSON 400, before any schema or handler sees it", async () => {
    session.user = as("viewer");
    const nul = await json(get("/api/t?n=1%00"), noParams);
    expect(nul.status).toBe(400);
    expect(await nul.json()).toEqual({ ok: false, code: "invalid_input", message: "query: contains a NUL character" });
    const body = defineRoute({ permission: "inventory:read", input: { body: z.unknown() }, output: z.object({}) }, handler as never);
    const deep = `${'{"a":'.repeat(5_000)}1${"}".repeat(5_000)}`;
    const res = await body(new NextRequest("http://localhost/api/t", { method: "POST", body: deep, headers: origin }), noParams);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ ok: false, code: "invalid_input", message: "body: is nested more than 32 levels deep" });
    expect(handler).not.toHaveBeenCalled();
  });

  it("sends only the output schema's fields", async () => {
    session.user = as("viewer");
    const res = await json(get("/api/t?n=3"), noParams);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ n: 3 });
  });

  it("streams an export row by row through the row schema and records it with IP and user agent", async () => {
    session.user = as("operator");
    const res = await exported(get("/api/t?format=csv"), noParams);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('{"id":"a"}\n{"id":"b,c"}\n');
    expect(audit.writeAudit).toHaveBeenCalledWith(session.user, { action: "test.exported", details: { format: "csv" } }, { ip: "198.51.100.20", userAgent: "route-agent" });
  });

  it("parses path parameters and a JSON body", async () => {
    session.user = as("viewer");
    const route = defineRoute(
      { permission: "audit:read", input: { params: z.object({ id: z.uuid() }), body: z.object({ arns: z.array(z.string()).min(1) }) }, output: z.object({ id: z.string(), count: z.number() }) },
      async ({ params, body }) => ({ id: params.id, count: body.arns.length }),
    );
    const post = (body: string) => new NextRequest("http://localhost/api/t", { method: "POST", body, headers: { "content-type": "application/json" } });
    const id = "8b0d5f8e-3c1a-4f43-9a57-1f2a3b4c5d6e";
    expect(await (await route(post('{"arns":["a","b"]}'), { params: Promise.resolve({ id }) })).json()).toEqual({ id, count: 2 });
    expect((await route(post("not json"), { params: Promise.resolve({ id }) })).status).toBe(400);
    expect((await route(post('{"arns":["a"]}'), { params: Promise.resolve({ id: "1" }) })).status).toBe(400);
  });
});
