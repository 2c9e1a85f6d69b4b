import { describe, expect, it } from "vitest";
import { PERMISSIONS, ROLES, ROLE_PERMISSIONS, can, type Permission } from "./permissions";

describe("role permissions", () => {
  it("gives every role read access and nothing that changes AWS to viewers", () => {
    for (const role of ROLES) expect(can(role, "inventory:read")).toBe(true);
    expect(ROLE_PERMISSIONS.viewer.filter((p) => !p.endsWith(":read"))).toEqual([]);
  });

  it("keeps requesting and approving changes with different roles", () => {
    expect(can("operator", "changes:request")).toBe(true);
    expect(can("operator", "changes:approve")).toBe(false);
    expect(can("approver", "changes:approve")).toBe(true);
    expect(can("approver", "changes:request")).toBe(false);
  });

  it("gives admins every permission and only admins user management", () => {
    expect([...ROLE_PERMISSIONS.admin].sort()).toEqual((Object.keys(PERMISSIONS) as Permission[]).sort());
    expect(ROLES.filter((r) => can(r, "users:manage"))).toEqual(["admin"]);
  });

  it("lists only known permissions", () => {
    for (const role of ROLES) for (const p of ROLE_PERMISSIONS[role]) expect(PERMISSIONS).toHaveProperty(p);
  });
});
