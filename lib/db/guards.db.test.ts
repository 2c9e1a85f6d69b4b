import { describe, expect, it } from "vitest";
import { databaseTargets, withTestDatabase } from "./testing";

describe.each(databaseTargets())("database guards [%s]", (target) => {
  const db = withTestDatabase(target);

  describe("AppAuditLog is append-only", () => {
    it("accepts new entries", async () => {
      await db.prisma.appAuditLog.create({ data: { action: "auth.sign_in", actorEmail: "ana@example.com" } });
      await db.query(`INSERT INTO "AppAuditLog" ("action") VALUES ('sync.requested')`);
      expect(await db.prisma.appAuditLog.count()).toBe(2);
    });

    it.each([
      ["UPDATE", `UPDATE "AppAuditLog" SET "action" = 'forged'`],
      ["DELETE", `DELETE FROM "AppAuditLog"`],
      ["TRUNCATE", `TRUNCATE "AppAuditLog"`],
    ])("refuses %s", async (operation, sql) => {
      await expect(db.query(sql)).rejects.toThrow(`AppAuditLog is append-only: ${operation} is not allowed`);
      expect(await db.prisma.appAuditLog.count()).toBe(2);
    });

    it("refuses changes through Prisma too", async () => {
      await expect(db.prisma.appAuditLog.updateMany({ data: { action: "forged" } })).rejects.toThrow(/append-only/);
      await expect(db.prisma.appAuditLog.deleteMany()).rejects.toThrow(/append-only/);
    });
  });

  describe("two-person rule", () => {
    async function people() {
      const [requester, approver] = await Promise.all(
        ["req", "appr"].map((p) => db.prisma.user.create({ data: { email: `${p}-${Math.random()}@example.com`, role: "approver" } })),
      );
      const request = await db.prisma.changeRequest.create({
        data: {
          action: "schedule_deletion",
          keyArn: "arn:aws:kms:us-east-1:111122223333:key/k1",
          accountId: "111122223333",
          region: "us-east-1",
          reason: "retired",
          requestedById: requester!.id,
          expiresAt: new Date(Date.now() + 86_400_000),
        },
      });
      return { requester: requester!, approver: approver!, request };
    }

    it("lets another person decide", async () => {
      const { approver, request } = await people();
      await db.prisma.approval.create({ data: { changeRequestId: request.id, approverId: approver.id, decision: "approve" } });
      expect(await db.prisma.approval.count({ where: { changeRequestId: request.id } })).toBe(1);
    });

    it("refuses an approval by the requester", async () => {
      const { requester, request } = await people();
      const create = db.prisma.approval.create({ data: { changeRequestId: request.id, approverId: requester.id, decision: "approve" } });
      await expect(create).rejects.toThrow(/Two-person rule/);
      const insert = db.query(`INSERT INTO "Approval" ("id", "changeRequestId", "approverId", "decision") VALUES (gen_random_uuid(), $1, $2, 'reject')`, [
        request.id,
        requester.id,
      ]);
      await expect(insert).rejects.toMatchObject({ code: "23514", constraint: "Approval_two_person_rule" });
    });

    it("refuses turning an approval into the requester's", async () => {
      const { requester, approver, request } = await people();
      const approval = await db.prisma.approval.create({ data: { changeRequestId: request.id, approverId: approver.id, decision: "approve" } });
      await expect(db.prisma.approval.update({ where: { id: approval.id }, data: { approverId: requester.id } })).rejects.toThrow(/Two-person rule/);
    });

    it("refuses making an approver the request's requester", async () => {
      const { approver, request } = await people();
      await db.prisma.approval.create({ data: { changeRequestId: request.id, approverId: approver.id, decision: "approve" } });
      await expect(db.prisma.changeRequest.update({ where: { id: request.id }, data: { requestedById: approver.id } })).rejects.toThrow(/Two-person rule/);
    });
  });

  it("lets tests empty the tables (testing's truncate) and keeps the guards on afterwards", async () => {
    await db.truncate();
    expect(await db.prisma.appAuditLog.count()).toBe(0);
    expect(await db.prisma.user.count()).toBe(0);
    await db.prisma.appAuditLog.create({ data: { action: "auth.sign_in" } });
    await expect(db.query(`DELETE FROM "AppAuditLog"`)).rejects.toThrow(/append-only/);
  });
});
