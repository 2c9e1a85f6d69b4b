import { expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/db/testing";
import { refreshInventoryStatistics } from "./inventory-statistics";
import { seedInventory } from "@/lib/queries/testing/seed-inventory";

describeEachDatabase("refreshInventoryStatistics", (db) => {
  it("analyzes when there are no statistics or the inventory grew, and not otherwise", async () => {
    await seedInventory(db.prisma, { keys: 300, seed: 9 });
    await db.query(`DELETE FROM pg_statistic WHERE starelid = '"KmsKey"'::regclass`);
    expect(await refreshInventoryStatistics(300, db.prisma)).toBe(true);
    expect((await db.query(`SELECT 1 FROM pg_statistic WHERE starelid = '"KmsKey"'::regclass`)).length).toBeGreaterThan(0);
    expect(await refreshInventoryStatistics(300, db.prisma)).toBe(false);
    expect(await refreshInventoryStatistics(5000, db.prisma)).toBe(true);
  });
});
