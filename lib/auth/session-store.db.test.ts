import { describe, expect, it } from "vitest";
import { databaseTargets, withTestDatabase } from "@/lib/db/testing";
import { DEMO_USERS, seedDemoUsers } from "./demo-users";
import { createSession, findSessionUser, hashToken, revokeSession } from "./session-store";

describe.each(databaseTargets())("database sessions [%s]", (target) => {
  const db = withTestDatabase(target);

  async function ana() {
    await seedDemoUsers(db.prisma);
    return db.prisma.user.findUniqueOrThrow({ where: { email: DEMO_USERS[0]!.email } });
  }

  it("seeds one demo person per role, idempotently", async () => {
    await seedDemoUsers(db.prisma);
    await seedDemoUsers(db.prisma);
    const users = await db.prisma.user.findMany({ where: { isDemo: true }, orderBy: { email: "asc" } });
    expect(users.map((u) => u.role).sort()).toEqual(["admin", "approver", "operator", "viewer"]);
  });

  it("stores only the token's hash and finds the user by the token", async () => {
    const user = await ana();
    const { token } = await createSession(user.id, 12, "test-agent", db.prisma);
    const row = await db.prisma.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.sessionToken).toBe(hashToken(token));
    expect(row.sessionToken).not.toContain(token);
    expect(await findSessionUser(db.prisma, token)).toMatchObject({ id: user.id, role: "operator", name: "Ana Ortiz" });
    expect(await findSessionUser(db.prisma, row.sessionToken)).toBeNull();
  });

  it("ends a revoked session on the server", async () => {
    const user = await ana();
    const { token } = await createSession(user.id, 12, undefined, db.prisma);
    expect(await revokeSession(token, db.prisma)).toBe(true);
    expect(await findSessionUser(db.prisma, token)).toBeNull();
    expect(await revokeSession(token, db.prisma)).toBe(false);
  });

  it("refuses expired sessions and disabled people", async () => {
    const user = await ana();
    const { token } = await createSession(user.id, 12, undefined, db.prisma);
    await db.prisma.session.updateMany({ where: { userId: user.id }, data: { expires: new Date(Date.now() - 1000) } });
    expect(await findSessionUser(db.prisma, token)).toBeNull();
    const fresh = await createSession(user.id, 12, undefined, db.prisma);
    await db.prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await findSessionUser(db.prisma, fresh.token)).toBeNull();
  });

  it("ignores missing and absurd tokens", async () => {
    expect(await findSessionUser(db.prisma, undefined)).toBeNull();
    expect(await findSessionUser(db.prisma, "x".repeat(5000))).toBeNull();
  });
});
