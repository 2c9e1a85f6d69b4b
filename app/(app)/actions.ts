"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { appendAuditLog } from "@/lib/auth/audit-log";
import { getCurrentUser } from "@/lib/auth/current-user";
import { revokeSession } from "@/lib/auth/session-store";
import { sessionCookieName } from "@/lib/auth/session-cookie";

// Acts only on the caller's own session cookie, so it needs a session but no permission.
export async function signOut(): Promise<void> {
  const jar = await cookies();
  const user = await getCurrentUser();
  await revokeSession(jar.get(sessionCookieName())?.value);
  jar.delete(sessionCookieName());
  if (user) await appendAuditLog({ actor: user, action: "auth.sign_out" });
  redirect("/sign-in");
}
