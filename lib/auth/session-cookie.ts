import { getConfig } from "@/lib/config";

// The same cookie names next-auth uses, so sessions made by its OIDC flow and by the demo
// sign-in are read the same way.
export function sessionCookieName(): string {
  return getConfig().auth.url.startsWith("https:") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

export function sessionCookieOptions(expires: Date) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: getConfig().auth.url.startsWith("https:"),
    path: "/",
    expires,
  };
}
