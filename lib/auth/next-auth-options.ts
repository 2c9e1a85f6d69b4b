import "server-only";
import type { NextAuthOptions } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { getPrisma } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Config, OidcConfig } from "@/lib/config";
import type { RequestOrigin } from "@/lib/http/request-origin";
import { appendAuditLog } from "./audit-log";
import { keywardenAdapter } from "./next-auth-adapter";

type OidcProfile = { sub: string; email?: string; name?: string; preferred_username?: string; picture?: string };

function oidcProvider(oidc: OidcConfig): OAuthConfig<OidcProfile> {
  return {
    id: "oidc",
    name: oidc.name,
    type: "oauth",
    wellKnown: `${oidc.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    clientId: oidc.clientId,
    clientSecret: oidc.clientSecret,
    profile: (p) => ({ id: p.sub, email: p.email ?? null, name: p.name ?? p.preferred_username ?? p.email ?? null, image: p.picture ?? null }),
  };
}

/** The options for the process's database. */
export function getAuthOptions(config: Config, origin: RequestOrigin): NextAuthOptions {
  return buildAuthOptions(config, getPrisma(), origin);
}

/** next-auth handles only the OIDC flow; it is not mounted at all in demo mode. */
export function buildAuthOptions(config: Config, db: PrismaClient, origin: RequestOrigin): NextAuthOptions {
  const { oidc, secret, sessionHours, adminEmails } = config.auth;
  if (!oidc) throw new Error("next-auth is used only when OIDC is configured");
  return {
    providers: [oidcProvider(oidc)],
    adapter: keywardenAdapter(db, (email) => (adminEmails.includes(email) ? "admin" : "viewer")),
    secret,
    session: { strategy: "database", maxAge: sessionHours * 3600, updateAge: 3600 },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    callbacks: {
      async signIn({ user }) {
        if (!user.email) return "/sign-in?error=NoEmail";
        const existing = await db.user.findUnique({ where: { email: user.email.toLowerCase() } });
        if (existing?.isDemo || existing?.disabledAt) return "/sign-in?error=AccessDenied";
        return true;
      },
    },
    events: {
      async signIn({ user }) {
        await appendAuditLog({ actor: { id: user.id, email: user.email ?? "" }, action: "auth.sign_in", details: { method: "oidc" }, ...origin }, db);
      },
    },
  };
}
