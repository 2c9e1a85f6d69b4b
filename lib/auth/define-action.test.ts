import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { SessionUser } from "./session-store";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("./current-user", () => ({ getCurrentUser: async () => session.user }));

const { defineAction } = await import("./define-action");
const { AppError } = await import("@/lib/result");

const as = (role: SessionUser["role"]): SessionUser => ({ id: "u1", email: "x@example.com", name: "X", role, isDemo: true, sessionId: "s1" });

describe("defineAction", () => {
  const handler = vi.fn(async (input: { keyArn: string }, user: SessionUser) => ({ ok: true as const, data: `${user.role}:${input.keyArn}` }));
  const action = defineAction({ name: "test", input: z.object({ keyArn: z.string().startsWith("arn:") }), permission: "sync:run" }, handler);

  beforeEach(() => {
    handler.mockClear();
    session.user = null;
  });

  it("refuses without a session and never runs the handler", async () => {
    expect(await action({ keyArn: "arn:aws:kms:x" })).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(handler).not.toHaveBeenCalled();
  });

  it("refuses a role without the permission (a viewer's direct POST)", async () => {
    session.user = as("viewer");
    expect(await action({ keyArn: "arn:aws:kms:x" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(handler).not.toHaveBeenCalled();
  });

  it("rejects bad input with field errors before anything else", async () => {
    session.user = as("operator");
    const result = await action({ keyArn: "nope" });
    expect(result).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { keyArn: expect.any(String) } });
    expect(handler).not.toHaveBeenCalled();
  });

  it("runs the handler with the session's user, not one from the input", async () => {
    session.user = as("operator");
    expect(await action({ keyArn: "arn:aws:kms:x", userId: "someone-else" } as never)).toEqual({ ok: true, data: "operator:arn:aws:kms:x" });
  });

  it("shows AppError messages but hides unexpected errors", async () => {
    session.user = as("admin");
    const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const known = defineAction({ name: "t", input: z.object({}), permission: "sync:run" }, async () => {
      throw new AppError("conflict", "A sync is already running for eu-west-1.");
    });
    const unknown = defineAction({ name: "t", input: z.object({}), permission: "sync:run" }, async () => {
      throw new Error("password=hunter2");
    });
    expect(await known({})).toEqual({ ok: false, code: "conflict", message: "A sync is already running for eu-west-1." });
    const hidden = await unknown({});
    expect(hidden).toMatchObject({ ok: false, code: "internal" });
    expect(JSON.stringify(hidden)).not.toContain("hunter2");
    spy.mockRestore();
  });
});
