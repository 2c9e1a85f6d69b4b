import "server-only";
import type { Adapter, AdapterAccount, AdapterUser } from "next-auth/adapters";
import type { PrismaClient, User } from "@/lib/db/generated/client";
import { hashToken } from "./session-store";

// next-auth's database adapter for OIDC sign-in. Session tokens are stored hashed, exactly as
// the demo sign-in stores them (session-store.ts), so one reader serves both.

const toAdapterUser = (u: User): AdapterUser => ({ id: u.id, email: u.email, name: u.name, image: u.image, emailVerified: u.emailVerified });

export function keywardenAdapter(db: PrismaClient, roleFor: (email: string) => "admin" | "viewer"): Adapter {
  return {
    async createUser(user: Omit<AdapterUser, "id">) {
      const email = user.email.toLowerCase();
      const created = await db.user.create({
        data: { email, name: user.name ?? null, image: user.image ?? null, emailVerified: user.emailVerified, role: roleFor(email) },
      });
      return toAdapterUser(created);
    },
    async getUser(id) {
      const u = await db.user.findUnique({ where: { id } });
      return u ? toAdapterUser(u) : null;
    },
    async getUserByEmail(email) {
      const u = await db.user.findUnique({ where: { email: email.toLowerCase() } });
      return u ? toAdapterUser(u) : null;
    },
    async getUserByAccount({ provider, providerAccountId }) {
      const a = await db.authAccount.findUnique({ where: { provider_providerAccountId: { provider, providerAccountId } }, include: { user: true } });
      return a ? toAdapterUser(a.user) : null;
    },
    async updateUser({ id, name, image, emailVerified }) {
      const u = await db.user.update({ where: { id }, data: { name, image, emailVerified } });
      return toAdapterUser(u);
    },
    async linkAccount(account: AdapterAccount) {
      await db.authAccount.create({
        data: {
          userId: account.userId,
          type: account.type,
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          refresh_token: account.refresh_token ?? null,
          access_token: account.access_token ?? null,
          expires_at: account.expires_at ?? null,
          token_type: account.token_type ?? null,
          scope: account.scope ?? null,
          id_token: account.id_token ?? null,
          session_state: typeof account.session_state === "string" ? account.session_state : null,
        },
      });
    },
    async createSession({ sessionToken, userId, expires }) {
      await db.session.create({ data: { sessionToken: hashToken(sessionToken), userId, expires } });
      return { sessionToken, userId, expires };
    },
    async getSessionAndUser(sessionToken) {
      const s = await db.session.findUnique({ where: { sessionToken: hashToken(sessionToken) }, include: { user: true } });
      if (!s) return null;
      return { session: { sessionToken, userId: s.userId, expires: s.expires }, user: toAdapterUser(s.user) };
    },
    async updateSession({ sessionToken, expires }) {
      const s = await db.session.update({ where: { sessionToken: hashToken(sessionToken) }, data: expires ? { expires } : {} });
      return { sessionToken, userId: s.userId, expires: s.expires };
    },
    async deleteSession(sessionToken) {
      await db.session.deleteMany({ where: { sessionToken: hashToken(sessionToken) } });
    },
  };
}
