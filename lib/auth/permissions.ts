// Roles and what they may do, as data. Every check in the app goes through can().

export const ROLES = ["viewer", "operator", "approver", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  "inventory:read": "See keys, aliases, grants, policies and the overview",
  "inventory:export": "Export the inventory as JSON or CSV",
  "audit:read": "Read CloudTrail events and usage charts",
  "audit:export": "Export CloudTrail events",
  "findings:read": "See findings about key policies and usage",
  "sync:read": "See sync runs and ingestion status",
  "sync:run": "Start a sync or refresh a key",
  "changes:read": "See change requests and approvals",
  "changes:request": "Request rotate, disable or deletion of a key",
  "changes:approve": "Approve or reject another person's change request",
  "users:manage": "Change people's roles and end their sessions",
} as const;
export type Permission = keyof typeof PERMISSIONS;

const READ: Permission[] = ["inventory:read", "audit:read", "findings:read", "sync:read", "changes:read"];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  viewer: READ,
  operator: [...READ, "inventory:export", "audit:export", "sync:run", "changes:request"],
  approver: [...READ, "inventory:export", "audit:export", "changes:approve"],
  admin: Object.keys(PERMISSIONS) as Permission[],
};

export const ROLE_LABELS: Record<Role, string> = {
  viewer: "Viewer",
  operator: "Operator",
  approver: "Approver",
  admin: "Admin",
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
