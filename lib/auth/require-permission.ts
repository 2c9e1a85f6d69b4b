import "server-only";
import { forbidden, redirect } from "next/navigation";
import { can, type Permission } from "./permissions";
import { getCurrentUser } from "./current-user";
import type { SessionUser } from "./session-store";

export class AuthError extends Error {
  constructor(
    readonly code: "unauthenticated" | "forbidden",
    /** Who was refused (forbidden only), for the audit log; never shown. */
    readonly user?: SessionUser,
  ) {
    super(code === "unauthenticated" ? "Sign in to continue." : "Your role does not allow this.");
    this.name = "AuthError";
  }
}

/**
 * The one permission check. Pages, server actions and route handlers all call it; identity
 * comes only from the session cookie, never from arguments. Throws AuthError.
 */
export async function requirePermission(permission: Permission): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AuthError("unauthenticated");
  if (!can(user.role, permission)) throw new AuthError("forbidden", user);
  return user;
}

/** For pages: a missing session goes to sign-in, a missing permission renders the 403 page. */
export async function guardPage(permission: Permission, from?: string): Promise<SessionUser> {
  try {
    return await requirePermission(permission);
  } catch (e) {
    if (!(e instanceof AuthError)) throw e;
    if (e.code === "forbidden") forbidden();
    redirect(from ? `/sign-in?next=${encodeURIComponent(from)}` : "/sign-in");
  }
}
