import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PERMISSIONS } from "@/lib/auth/permissions";

// Every route handler is a public endpoint. This test finds them all and makes sure each one is
// built with defineRoute (session and permission first, input and output parsed with zod), with
// the permission listed here. A new route fails here until it is listed.

const UNWRAPPED: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts#GET": "next-auth's OIDC flow: it creates the session, so it cannot require one",
  "app/api/auth/[...nextauth]/route.ts#POST": "next-auth's OIDC flow: it creates the session, so it cannot require one",
};

const EXPECTED_PERMISSIONS: Record<string, string> = {
  "app/api/keys/route.ts#GET": "inventory:read",
  "app/api/keys/export/route.ts#GET": "inventory:export",
  "app/api/audit/events/route.ts#GET": "audit:read",
  "app/api/audit/events/[id]/route.ts#GET": "audit:read",
  "app/api/audit/export/route.ts#GET": "audit:export",
  "app/api/sync/runs/[id]/route.ts#GET": "sync:read",
  "app/api/usage/sparklines/route.ts#POST": "audit:read",
};

// Routes that export data or change something must say what they write to the audit log.
const AUDITED = new Set(["app/api/keys/export/route.ts#GET", "app/api/audit/export/route.ts#GET"]);

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return /^route\.(ts|tsx|js)$/.test(entry) ? [full] : [];
  });
}

type Spec = { permission?: string; input?: Record<string, unknown>; output?: unknown; audit?: unknown };

describe("route handlers", async () => {
  const root = path.resolve(import.meta.dirname, "..");
  const routes: { id: string; spec: Spec | undefined }[] = [];
  for (const file of routeFiles(path.join(root, "app"))) {
    const mod = (await import(file)) as Record<string, unknown>;
    for (const method of METHODS) {
      if (typeof mod[method] !== "function") continue;
      routes.push({ id: `${path.relative(root, file)}#${method}`, spec: (mod[method] as { spec?: Spec }).spec });
    }
  }

  it("finds every listed route", () => {
    expect(routes.map((r) => r.id).sort()).toEqual([...Object.keys(UNWRAPPED), ...Object.keys(EXPECTED_PERMISSIONS)].sort());
  });

  it.each(routes.map((r) => [r.id, r] as const))("%s checks the session and a permission, and parses its input and output", (id, route) => {
    if (id in UNWRAPPED) {
      expect(route.spec).toBeUndefined();
      return;
    }
    expect(route.spec, `${id} must be built with defineRoute`).toBeDefined();
    expect(PERMISSIONS).toHaveProperty(route.spec!.permission!);
    expect(EXPECTED_PERMISSIONS[id], `${id} is not listed in EXPECTED_PERMISSIONS`).toBe(route.spec!.permission);
    expect(route.spec!.input).toBeTypeOf("object");
    expect(route.spec!.output).toBeDefined();
    expect(route.spec!.audit !== undefined, `${id}: audit`).toBe(AUDITED.has(id));
  });
});
