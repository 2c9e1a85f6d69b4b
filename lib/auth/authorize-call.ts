import "server-only";
import type { RequestOrigin } from "@/lib/http/request-origin";
import { deniedRecord } from "./audit-spec";
import type { Permission } from "./permissions";
import { AuthError, requirePermission } from "./require-permission";
import type { SessionUser } from "./session-store";
import { writeAudit } from "./write-audit";

/**
 * The session and permission check of every action and route, before its input is even read.
 * A signed-in person refused by their role leaves an `access.denied` entry; a call without a
 * session leaves none (anyone can send those, and there is nobody to name).
 */
export async function authorizeCall(permission: Permission, endpoint: string, origin: () => Promise<RequestOrigin>): Promise<SessionUser> {
  try {
    return await requirePermission(permission);
  } catch (e) {
    if (e instanceof AuthError && e.code === "forbidden" && e.user) await writeAudit(e.user, deniedRecord(endpoint, permission), await origin());
    throw e;
  }
}
