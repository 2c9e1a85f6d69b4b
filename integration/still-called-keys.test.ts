import { beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/db/testing";
import { getStillCalledKeys } from "@/lib/queries/usage/get-still-called-keys";
import { ingestCalls, type Call } from "@/lib/audit/testing/ingest-calls";
import { ACCOUNT, REGION, keyArn, seedUsageInventory } from "@/lib/queries/usage/testing/usage-inventory";

const NOW = new Date();
const ago = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000);
const call = (key: number, hoursAgo: number, role: string, eventName = "Decrypt", errorCode?: string): Call => ({
  at: ago(hoursAgo), accountId: ACCOUNT, region: REGION, keyArn: keyArn(key), role, eventName, errorCode,
});

describeEachDatabase("keys pending deletion or disabled that are still being called", (db) => {
  beforeAll(async () => {
    await seedUsageInventory(db.prisma, { [REGION]: "covered" }, {
      // disabled 48 hours ago by a DisableKey call
      1: { keyState: "Disabled", alias: "alias/legacy-payments" },
      // deletion scheduled 72 hours ago (no event ingested): DeletionDate − waiting period
      2: { keyState: "PendingDeletion", deletionDate: new Date(ago(72).getTime() + 7 * 86_400_000), pendingDeletionWindowInDays: 7 },
      // disabled at an unknown time: the last 7 days are watched
      3: { keyState: "Disabled" },
      // disabled, and nobody called it since
      4: { keyState: "Disabled" },
      // enabled: calls are normal
      5: {},
      // deletion scheduled 60 hours ago, then cancelled: AWS leaves the key Disabled
      6: { keyState: "Disabled" },
      // disabled 40 days ago; its callers stopped 35 days ago
      7: { keyState: "Disabled" },
    });
    await ingestCalls(db, [
      call(1, 200, "payments-api"),
      call(1, 48, "security-admin", "DisableKey"),
      call(1, 30, "payments-api", "Decrypt", "DisabledException"),
      call(1, 5, "payments-api", "Decrypt", "DisabledException"),
      call(1, 3, "batch-reports", "GenerateDataKey", "DisabledException"),
      call(1, 2, "keywarden-reader", "DescribeKey"),
      call(2, 100, "ledger-worker"),
      call(2, 10, "ledger-worker", "Decrypt", "KMSInvalidStateException"),
      call(3, 24 * 10, "etl"),
      call(3, 24 * 2, "etl"),
      call(4, 24 * 30, "old-app"),
      call(4, 24 * 20, "security-admin", "DisableKey"),
      call(5, 1, "payments-api"),
      call(6, 80, "search-indexer"),
      call(6, 60, "security-admin", "ScheduleKeyDeletion"),
      call(6, 59, "security-admin", "CancelKeyDeletion"),
      call(6, 12, "search-indexer", "Decrypt", "DisabledException"),
      call(7, 24 * 40, "security-admin", "DisableKey"),
      call(7, 24 * 35, "old-batch", "Decrypt", "DisabledException"),
    ]);
  });

  it("lists each such key with its callers since the state change, newest call first", async () => {
    const keys = await getStillCalledKeys({ now: NOW });
    expect(keys.map((k) => k.keyArn)).toEqual([keyArn(1), keyArn(2), keyArn(6), keyArn(3)]);
    const [k1, k2, k6, k3] = keys;
    expect(k1).toMatchObject({ alias: "alias/legacy-payments", keyState: "Disabled", sinceSource: "event", calls: 3 });
    expect(Math.abs(new Date(k1!.since).getTime() - ago(48).getTime())).toBeLessThan(1000);
    expect(k1!.callers.map((c) => [c.principalArn, c.calls, c.operations])).toEqual([
      [`arn:aws:iam::${ACCOUNT}:role/batch-reports`, 1, ["GenerateDataKey"]],
      [`arn:aws:iam::${ACCOUNT}:role/payments-api`, 2, ["Decrypt"]],
    ]);
    expect(Math.abs(new Date(k1!.lastCallAt).getTime() - ago(3).getTime())).toBeLessThan(1000);
    expect(k2).toMatchObject({ keyState: "PendingDeletion", sinceSource: "deletion-schedule", calls: 1 });
    expect(k3).toMatchObject({ keyState: "Disabled", sinceSource: "fallback", calls: 1 });
    expect(k6).toMatchObject({ keyState: "Disabled", sinceSource: "event", calls: 1 });
    expect(Math.abs(new Date(k6!.since).getTime() - ago(60).getTime())).toBeLessThan(1000);
  });

  it("answers for one key (the key page's banner)", async () => {
    expect(await getStillCalledKeys({ keyArn: keyArn(4), now: NOW })).toEqual([]);
    expect((await getStillCalledKeys({ keyArn: keyArn(2), now: NOW })).map((k) => k.keyArn)).toEqual([keyArn(2)]);
  });
});
