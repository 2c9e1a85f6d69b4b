"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getConfig } from "@/lib/config";
import { appendAuditLog } from "@/lib/auth/audit-log";
import { findDemoUser } from "@/lib/auth/demo-users";
import { safeNextPath } from "@/lib/auth/safe-next";
import { createSession } from "@/lib/auth/session-store";
import { sessionCookieName, sessionCookieOptions } from "@/lib/auth/session-cookie";

const input = z.object({ email: z.string().email().max(320), next: z.string().max(2000).optional() });

// Pre-authentication action: it creates the session, so it cannot require one. It works only in
// demo mode and only for the seeded demo people.
export async function demoSignIn(formData: FormData): Promise<void> {
  const config = getConfig();
  if (!config.auth.demoMode) redirect("/sign-in?error=DemoDisabled");
  const parsed = input.safeParse({ email: formData.get("email"), next: formData.get("next") ?? undefined });
  if (!parsed.success) redirect("/sign-in?error=InvalidInput");
  const user = await findDemoUser(parsed.data.email);
  if (!user) redirect("/sign-in?error=AccessDenied");
  const { token, expires } = await createSession(user.id, config.auth.sessionHours, (await headers()).get("user-agent") ?? undefined);
  (await cookies()).set(sessionCookieName(), token, sessionCookieOptions(expires));
  await appendAuditLog({ actor: user, action: "auth.sign_in", details: { method: "demo" } });
  redirect(safeNextPath(parsed.data.next));
}
