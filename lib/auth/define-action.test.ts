import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { SessionUser } from "./session-store";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
const audit = vi.hoisted(() => ({ writeAudit: vi.fn(async (..._args: unknown[]) => undefined) }));
vi.mock("./current-user", () => ({ getCurrentUser: async () => session.user }));
vi.mock("./write-audit", () => audit);
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.7", "user-agent": "test-agent" }) }));

const { defineAction } = await import("./define-action");
const { AppError } = await import("@/lib/result");

const as = (role: SessionUser["role"]): SessionUser => ({ id: "u1", email: "x@example.com", name: "X", role, isDemo: true, sessionId: "s1" });

describe("defineAction", () => {
  const handler = vi.fn(async (input: { keyArn: string }, user: SessionUser) => ({ ok: true as const, data: { text: `${user.role}:${input.keyArn}`, secret: "s3cret" } }));
  const action = defineAction(
    {
      name: "test",
      input: z.object({ keyArn: z.string().startsWith("arn:") }),
      output: z.object({ text: z.string() }),
      permission: "sync:run",
      audit: ({ input, output }) => ({ action: "test.done", targetType: "KmsKey", targetId: input.keyArn, details: { text: output.text } }),
    },
    handler,
  );

  beforeEach(() => {
    handler.mockClear();
    audit.writeAudit.mockClear();
    session.user = null;
  });

  it("refuses without a session and never runs the handler or writes the log", async () => {
    expect(await action({ keyArn: "arn:aws:kms:x" })).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(handler).not.toHaveBeenCalled();
    expect(audit.writeAudit).not.toHaveBeenCalled();
  });

  it("checks the session before the input: a signed-out caller learns nothing about valid values", async () => {
    const result = await action({ keyArn: "nope" });
    expect(result).toEqual({ ok: false, code: "unauthenticated", message: "Sign in to continue." });
  });

  it("refuses a role without the permission (a viewer's direct POST), and records the refusal", async () => {
    session.user = as("viewer");
    expect(await action({ keyArn: "arn:aws:kms:x" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(handler).not.toHaveBeenCalled();
    expect(audit.writeAudit).toHaveBeenCalledTimes(1);
    expect(audit.writeAudit).toHaveBeenCalledWith(
      session.user,
      { action: "access.denied", targetType: "endpoint", targetId: "test", details: { permission: "sync:run" } },
      { ip: "203.0.113.7", userAgent: "test-agent" },
    );
  });

  it("refuses a NUL character or deeply nested arguments as bad input, before parsing", async () => {
    session.user = as("operator");
    expect(await action({ keyArn: "arn:aws:kms:\u0000" })).toEqual({ ok: false, code: "invalid_input", message: "input: contains a NUL character" });
    let deep: unknown = "arn:x";
    for (let i = 0; i < 10_000; i++) deep = { keyArn: deep };
    expect(await action(deep as { keyArn: string })).toEqual({ ok: false, code: "invalid_input", message: "input: is nested more than 32 levels deep" });
    expect(handler).not.toHaveBeenCalled();
  });

  it("rejects bad input with field errors before running anything", async () => {
    session.user = as("operator");
    const result = await action({ keyArn: "nope" });
    expect(result).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { keyArn: expect.any(String) } });
    expect(handler).not.toHaveBeenCalled();
    expect(audit.writeAudit).not.toHaveBeenCalled();
  });

  it("runs the handler with the session's user, returns only the output's fields and records who did what from where", async () => {
    session.user = as("operator");
    const given = { keyArn: "arn:aws:kms:x", userId: "someone-else", user: { id: "someone-else", role: "admin" }, sessionId: "s2" };
    expect(await action(given as never)).toEqual({ ok: true, data: { text: "operator:arn:aws:kms:x" } });
    expect(handler).toHaveBeenCalledTimes(1);
    expect(handler.mock.calls[0]![0]).toEqual({ keyArn: "arn:aws:kms:x" });
    expect(handler.mock.calls[0]![1]).toEqual({ id: "u1", email: "x@example.com", name: "X", role: "operator", isDemo: true, sessionId: "s1" });
    expect(audit.writeAudit).toHaveBeenCalledWith(
      session.user,
      { action: "test.done", targetType: "KmsKey", targetId: "arn:aws:kms:x", details: { text: "operator:arn:aws:kms:x" } },
      { ip: "203.0.113.7", userAgent: "test-agent" },
    );
  });

  it("shows AppError messages but hides unexpected errors, and records neither", async () => {
    session.user = as("admin");
    const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const spec = { name: "t", input: z.object({}), output: z.object({}), permission: "sync:run", audit: "t.done" } as const;
    const known = defineAction(spec, async () => {
      throw new AppError("conflict", "A sync is already running for eu-west-1.");
    });
    const unknown = defineAction(spec, async () => {
      throw new Error("password=hunter2");
    });
    expect(await known({})).toEqual({ ok: false, code: "conflict", message: "A sync is already running for eu-west-1." });
    const hidden = await unknown({});
    expect(hidden).toMatchObject({ ok: false, code: "internal" });
    expect(JSON.stringify(hidden)).not.toContain("hunter2");
    expect(audit.writeAudit).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});
