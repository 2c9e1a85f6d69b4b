"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getConfig } from "@/lib/config";
import { safeNextPath } from "@/lib/auth/safe-next";
import { findDemoUser } from "@/lib/auth/demo-users";
import { createSession } from "@/lib/auth/session-store";
import { writeAudit } from "@/lib/auth/write-audit";
import { requestOrigin } from "@/lib/http/request-origin";
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
  const origin = requestOrigin(await headers());
  const { token, expires } = await createSession(user.id, config.auth.sessionHours, origin.userAgent ?? undefined);
  (await cookies()).set(sessionCookieName(), token, sessionCookieOptions(expires));
  // The session's own lifecycle is outside defineAction (there is no session yet), so it records itself.
  await writeAudit(user, { action: "auth.sign_in", details: { method: "demo" } }, origin);
  redirect(safeNextPath(parsed.data.next));
}
