import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PERMISSIONS } from "@/lib/auth/permissions";

// Every server action is a public POST endpoint. This test finds them all and makes sure each
// one checks a permission on the server (defineAction), except the two that manage the caller's
// own session. A new action fails here until it is listed with the permission it must require.

const SESSION_ACTIONS: Record<string, string> = {
  "app/sign-in/actions.ts#demoSignIn": "creates the session; demo mode and seeded demo people only",
  "app/(app)/actions.ts#signOut": "ends the caller's own session",
};

const EXPECTED_PERMISSIONS: Record<string, string> = {
  "app/(app)/sync/actions.ts#syncNow": "sync:run",
  "app/(app)/keys/[arn]/actions.ts#refreshKey": "sync:run",
};

// Actions that change something must say what they write to the audit log.
const AUDITED = new Set(["app/(app)/sync/actions.ts#syncNow", "app/(app)/keys/[arn]/actions.ts#refreshKey"]);

function serverActionFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return serverActionFiles(full);
    if (!/\.tsx?$/.test(entry) || entry.endsWith(".test.ts")) return [];
    return /^\s*["']use server["']/.test(readFileSync(full, "utf8")) ? [full] : [];
  });
}

describe("server actions", async () => {
  const root = path.resolve(import.meta.dirname, "..");
  const files = serverActionFiles(path.join(root, "app"));
  const actions: { id: string; permission: string | undefined; audited: boolean }[] = [];
  for (const file of files) {
    const mod = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== "function") continue;
      const spec = (value as { spec?: { permission?: string; audit?: unknown } }).spec;
      actions.push({ id: `${path.relative(root, file)}#${name}`, permission: spec?.permission, audited: spec?.audit !== undefined });
    }
  }

  it("finds the server actions", () => {
    expect(actions.length).toBeGreaterThanOrEqual(Object.keys(SESSION_ACTIONS).length);
  });

  it.each(actions.map((a) => [a.id, a] as const))("%s checks the session and a permission", (id, action) => {
    if (id in SESSION_ACTIONS) {
      expect(action.permission).toBeUndefined();
      return;
    }
    expect(action.permission, `${id} must be built with defineAction`).toBeDefined();
    expect(PERMISSIONS).toHaveProperty(action.permission!);
    expect(EXPECTED_PERMISSIONS[id], `${id} is not listed in EXPECTED_PERMISSIONS`).toBe(action.permission);
    expect(action.audited, `${id}: audit`).toBe(AUDITED.has(id));
  });
});
