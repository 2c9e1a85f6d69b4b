import { describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config";
import { createPrisma, getPrisma } from "./client";
import { resolveDatabase } from "./resolve-database";
import { databaseTargets, withTestDatabase } from "./testing";

describe.each(databaseTargets())("Prisma over @prisma/adapter-pg [%s]", (target) => {
  const db = withTestDatabase(target);

  // PGlite takes no statement_timeout: it cannot interrupt a statement once WASM runs it.
  it.runIf(target === "postgres")("gives every statement a time limit on a server, 60 s unless configured", async () => {
    expect(await db.prisma.$queryRawUnsafe(`SHOW statement_timeout`)).toEqual([{ statement_timeout: "1min" }]);
  });

  it.runIf(target === "postgres")("ends a statement that runs past the limit, and the client goes on", async () => {
    const prisma = createPrisma(db.url, { max: 1, statementTimeoutMs: 200 });
    try {
      await expect(prisma.$queryRawUnsafe(`SELECT pg_sleep(5)`)).rejects.toThrow(/statement timeout/);
      expect(await prisma.$queryRawUnsafe(`SELECT 1 AS ok`)).toEqual([{ ok: 1 }]);
    } finally {
      await prisma.$disconnect();
    }
  });

  it("round-trips the schema's column types", async () => {
    const at = new Date("2026-05-06T07:08:09.123Z");
    const account = await db.prisma.awsAccount.create({ data: { id: "111122223333", name: "prod" } });
    const key = await db.prisma.kmsKey.create({
      data: {
        arn: "arn:aws:kms:eu-west-1:111122223333:key/k1",
        accountId: account.id,
        region: "eu-west-1",
        keyId: "k1",
        keyState: "Enabled",
        enabled: true,
        keyManager: "CUSTOMER",
        keySpec: "SYMMETRIC_DEFAULT",
        keyUsage: "ENCRYPT_DECRYPT",
        origin: "AWS_KMS",
        creationDate: at,
        syncedAt: at,
        encryptionAlgorithms: ["SYMMETRIC_DEFAULT"],
        replicaKeys: [{ arn: "arn:aws:kms:us-east-1:111122223333:key/k1", region: "us-east-1" }],
      },
    });
    expect(key).toMatchObject({ creationDate: at, encryptionAlgorithms: ["SYMMETRIC_DEFAULT"], signingAlgorithms: [], multiRegion: false });
    const user = await db.prisma.user.create({ data: { email: "ana@example.com", role: "admin" } });
    expect(user.id).toMatch(/^[0-9a-f-]{36}$/);
    const entry = await db.prisma.appAuditLog.create({ data: { action: "auth.sign_in", actorId: user.id, details: { ok: true } } });
    expect(typeof entry.id).toBe("bigint");
    expect(await db.prisma.user.findUniqueOrThrow({ where: { email: "ana@example.com" }, select: { role: true } })).toEqual({ role: "admin" });
    expect(await db.prisma.kmsKey.findMany({ where: { account: { name: "prod" } }, select: { replicaKeys: true } })).toEqual([
      { replicaKeys: [{ arn: "arn:aws:kms:us-east-1:111122223333:key/k1", region: "us-east-1" }] },
    ]);
  });

  it("runs interactive transactions and rolls them back on error", async () => {
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.awsAccount.create({ data: { id: "444455556666" } });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await db.prisma.awsAccount.count({ where: { id: "444455556666" } })).toBe(0);
  });

  it("getPrisma() points at the test database while the block runs", async () => {
    expect(await getPrisma().awsAccount.count()).toBe(1);
  });
});

describe("resolveDatabase", () => {
  it("uses DATABASE_URL as is when it is set", async () => {
    const url = "postgresql://app@db.internal:5432/keywarden";
    const db = await resolveDatabase({ config: parseConfig({ DATABASE_URL: url }) });
    expect(db.url).toBe(url);
    expect(db.embedded).toBe(false);
    await db.release();
  });
});
