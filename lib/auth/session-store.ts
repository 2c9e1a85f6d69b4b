import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { getPrisma } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { isRole, type Role } from "./permissions";

// Sessions live in the database so that the server can end them. The cookie holds a random
// token; the table holds only its SHA-256, so a copy of the database cannot be replayed.

export type SessionUser = { id: string; email: string; name: string; role: Role; isDemo: boolean; sessionId: string };

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export const newSessionToken = () => randomBytes(32).toString("base64url");

export async function createSession(userId: string, hours: number, userAgent: string | undefined, db: PrismaClient = getPrisma()) {
  const token = newSessionToken();
  const expires = new Date(Date.now() + hours * 3_600_000);
  await db.session.create({ data: { sessionToken: hashToken(token), userId, expires, userAgent: userAgent?.slice(0, 300) } });
  return { token, expires };
}

const TOUCH_EVERY_MS = 60_000;

export async function findSessionUser(db: PrismaClient, token: string | undefined): Promise<SessionUser | null> {
  if (!token || token.length > 200) return null;
  const session = await db.session.findUnique({ where: { sessionToken: hashToken(token) }, include: { user: true } });
  if (!session || session.expires <= new Date() || session.user.disabledAt || !isRole(session.user.role)) return null;
  if (Date.now() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.session.update({ where: { id: session.id }, data: { lastSeenAt: new Date() } });
  }
  const { user } = session;
  return { id: user.id, email: user.email, name: user.name ?? user.email, role: user.role, isDemo: user.isDemo, sessionId: session.id };
}

export async function revokeSession(token: string | undefined, db: PrismaClient = getPrisma()): Promise<boolean> {
  if (!token) return false;
  const { count } = await db.session.deleteMany({ where: { sessionToken: hashToken(token) } });
  return count > 0;
}
