"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { revokeSession } from "@/lib/auth/session-store";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { writeAudit } from "@/lib/auth/write-audit";
import { requestOrigin } from "@/lib/http/request-origin";

// Acts only on the caller's own session cookie, so it needs a session but no permission.
export async function signOut(): Promise<void> {
  const jar = await cookies();
  const user = await getCurrentUser();
  await revokeSession(jar.get(sessionCookieName())?.value);
  jar.delete(sessionCookieName());
  if (user) await writeAudit(user, { action: "auth.sign_out" }, requestOrigin(await headers()));
  redirect("/sign-in");
}
