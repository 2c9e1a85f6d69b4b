import { beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/db/testing";
import { parseKeyFilter, type KeyFilter } from "@/lib/filters/key-filter";
import { seedInventory } from "@/lib/queries/testing/seed-inventory";
import { INVENTORY_CSV_COLUMNS } from "./inventory-csv";
import { readInventory } from "./read-inventory";
import { writeInventory, type InventoryFormat } from "./write-inventory";

const FIELDS = [
  "arn", "accountId", "region", "keyId", "aliases", "keyState", "keyManager", "keySpec", "keyUsage", "origin", "multiRegion", "description",
  "creationDate", "deletionDate", "validTo", "rotation", "grantCount", "tags", "lastUsedAt", "syncedAt",
];
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

const filter = (params: Record<string, string> = {}): KeyFilter => {
  const parsed = parseKeyFilter(params);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.data;
};

describeEachDatabase("inventory export", (db) => {
  beforeAll(async () => {
    await seedInventory(db.prisma, { keys: 250, seed: 3, now: new Date("2026-11-01T00:00:00Z") });
  });

  const text = async (format: InventoryFormat, f = filter()) => {
    let out = "";
    for await (const chunk of writeInventory(readInventory(f, 40), format)) out += chunk;
    return out;
  };

  it("writes a JSON array with exactly the documented fields, ISO times and nulls", async () => {
    const keys = JSON.parse(await text("json")) as Record<string, unknown>[];
    expect(keys).toHaveLength(250);
    for (const k of keys) {
      expect(Object.keys(k)).toEqual(FIELDS);
      expect(Object.keys(k.rotation as object)).toEqual(["enabled", "periodDays", "nextRotationDate", "onDemandCount"]);
      for (const f of ["creationDate", "syncedAt"]) expect(k[f]).toMatch(ISO);
      for (const f of ["deletionDate", "validTo", "lastUsedAt"]) expect(k[f] === null || ISO.test(String(k[f]))).toBe(true);
    }
    const withGrants = keys.find((k) => (k.grantCount as number) > 0)!;
    expect(await db.prisma.kmsGrant.count({ where: { keyArn: withGrants.arn as string } })).toBe(withGrants.grantCount);
    const tagged = keys.find((k) => Object.keys(k.tags as object).length > 0)!;
    const tags = await db.prisma.keyTag.findMany({ where: { keyArn: tagged.arn as string } });
    expect(tagged.tags).toEqual(Object.fromEntries(tags.map((t) => [t.tagKey, t.tagValue])));
  });

  it("writes the same keys as CSV under the same filter, and [] when nothing matches", async () => {
    const f = filter({ state: "Enabled", manager: "CUSTOMER" });
    const json = JSON.parse(await text("json", f)) as { arn: string; keyState: string }[];
    expect(json.every((k) => k.keyState === "Enabled")).toBe(true);
    const lines = (await text("csv", f)).split("\r\n");
    expect(lines[0]).toBe(INVENTORY_CSV_COLUMNS.join(","));
    expect(lines.at(-1)).toBe("");
    expect(lines.slice(1, -1).map((l) => l.split(",")[0])).toEqual(json.map((k) => k.arn));
    expect(await text("json", filter({ q: "no-such-key-anywhere" }))).toBe("[]\n");
  });
});
