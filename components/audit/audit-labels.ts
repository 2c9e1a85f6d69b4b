// Short labels for long ARNs, for table cells; the full ARN stays in the title and the drawer.

/** "role/session" for an assumed role, "user/name" for a user, the service for a service call. */
export function principalLabel(principalArn: string | null, invokedBy: string | null): string {
  if (!principalArn) return invokedBy ?? "—";
  const resource = principalArn.split(":").slice(5).join(":");
  const account = principalArn.split(":")[4];
  if (resource.startsWith("assumed-role/")) return resource.slice("assumed-role/".length);
  if (resource === "root") return `root (${account})`;
  return resource || principalArn;
}

/** The key's alias when the inventory knows it, else its key id. */
export function keyLabel(keyArn: string | null, keyAlias: string | null): string {
  if (!keyArn) return "—";
  return keyAlias ?? keyArn.slice(keyArn.indexOf(":key/") + 5);
}
