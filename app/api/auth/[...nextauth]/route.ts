import NextAuth from "next-auth";
import { getConfig } from "@/lib/config";
import { getAuthOptions } from "@/lib/auth/next-auth-options";
import { requestOrigin } from "@/lib/http/request-origin";

type Ctx = { params: Promise<{ nextauth: string[] }> };

// Mounted only when OIDC is configured; in demo mode there is nothing here.
async function handle(req: Request, ctx: Ctx) {
  const config = getConfig();
  if (!config.auth.oidc) return new Response("Not found", { status: 404 });
  const handler = NextAuth(getAuthOptions(config, requestOrigin(req.headers)));
  return handler(req, { params: await ctx.params });
}

export { handle as GET, handle as POST };
