import { beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/db/testing";
import { seedInventory } from "../testing/seed-inventory";
import { countKeys } from "./count-keys";
import { decodeKeyCursor } from "./key-cursor";
import { parseKeyFilter, type KeyFilter } from "@/lib/filters/key-filter";
import type { KeyRow } from "./key-row";
import { listKeys } from "./list-keys";
import type { SearchTuning } from "./search-strategy";
import { KEY_SORT_NAMES, KEY_SORTS } from "@/lib/filters/sort-options";

const now = new Date("2026-11-01T00:00:00Z");

const filterOf = (params: Record<string, string>): KeyFilter => {
  const parsed = parseKeyFilter(params);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.data;
};

const sortValue = (row: KeyRow, sort: KeyFilter["sort"]): string | null =>
  ({ alias: row.aliases[0] ?? null, keyId: row.keyId, created: row.creationDate, lastUsed: row.lastUsedAt, deletion: row.deletionDate })[sort];

describeEachDatabase("listKeys", (db) => {
  beforeAll(async () => {
    await seedInventory(db.prisma, { keys: 600, seed: 7, now });
  });

  async function all(filter: KeyFilter, limit = 37, tuning?: SearchTuning): Promise<KeyRow[]> {
    const rows: KeyRow[] = [];
    let cursor: string | null = null;
    do {
      const page = await listKeys(filter, { limit, tuning, cursor: cursor ? decodeKeyCursor(cursor, filter.sort) : undefined });
      rows.push(...page.rows);
      cursor = page.nextCursor;
    } while (cursor);
    return rows;
  }

  it.each(KEY_SORT_NAMES.flatMap((sort) => (["asc", "desc"] as const).map((dir) => [sort, dir] as const)))(
    "pages through every key exactly once, sorted by %s %s with empty values last",
    async (sort, dir) => {
      const rows = await all(filterOf({ sort, dir }));
      expect(rows.length).toBe(600);
      expect(new Set(rows.map((r) => r.arn)).size).toBe(600);
      const values = rows.map((r) => sortValue(r, sort));
      const firstNull = values.indexOf(null);
      if (firstNull >= 0) expect(values.slice(firstNull).every((v) => v === null)).toBe(true);
      const present = values.filter((v): v is string => v !== null);
      if (KEY_SORTS[sort].type === "time") {
        const times = present.map((v) => Date.parse(v));
        expect(times).toEqual([...times].sort((a, b) => (dir === "asc" ? a - b : b - a)));
      }
    },
  );

  it("filters on the server by region and state, and counts the same keys", async () => {
    const filter = filterOf({ region: "eu-west-1", state: "Disabled" });
    const rows = await all(filter);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.region === "eu-west-1" && r.keyState === "Disabled")).toBe(true);
    expect(await countKeys(filter)).toBe(rows.length);
  });

  it("filters rotation on, off and unsupported", async () => {
    const [on, off, unsupported] = await Promise.all(["on", "off", "unsupported"].map((rotation) => all(filterOf({ rotation }), 200)));
    expect(on!.every((r) => r.rotation.enabled === true)).toBe(true);
    expect(off!.every((r) => r.rotation.enabled === false)).toBe(true);
    expect(unsupported!.every((r) => r.rotation.enabled === null)).toBe(true);
    expect(on!.length + off!.length + unsupported!.length).toBe(600);
  });

  it("searches aliases, key ids, ARNs, descriptions and tags, case-insensitively", async () => {
    const sample = (await all(filterOf({ manager: "CUSTOMER" }), 200)).find((r) => r.aliases.length && r.tags.length && r.description)!;
    const alias = sample.aliases[0]!;
    for (const q of [alias.toUpperCase(), sample.keyId.slice(0, 8), sample.arn, sample.description.split(" ").slice(1).join(" ")]) {
      const rows = await all(filterOf({ q }), 200);
      expect(rows.map((r) => r.arn), q).toContain(sample.arn);
      const words = q.toLowerCase().split(" ");
      for (const r of rows) {
        const text = [r.keyId, r.arn, ...r.aliases, r.description, ...r.tags.map((t) => `${t.key}=${t.value}`)].join(" ").toLowerCase();
        expect(words.every((w) => text.includes(w)), `${q} in ${text}`).toBe(true);
      }
    }
    const tag = sample.tags[0]!;
    expect((await all(filterOf({ q: `${tag.key}=${tag.value}` }), 200)).map((r) => r.arn)).toContain(sample.arn);
  });

  // A small window and candidate cap make each of the three ways to read a searched page run here.
  it.each([
    ["a window of the sort order", { window: 100_000, candidates: 1 }],
    ["the trigram index", { window: 5, candidates: 100_000 }],
    ["a walk of the sort order", { window: 5, candidates: 1 }],
  ] as const)("finds the same keys, in the same order, through %s", async (_way, tuning) => {
    const searches: Record<string, string>[] = [{ q: "prod" }, { q: "alias/ prod" }, { q: "team=", sort: "lastUsed" }, { q: "alias/a", sort: "created", dir: "asc" }, { q: "zzqqxx" }];
    for (const params of searches) {
      const filter = filterOf(params);
      expect((await all(filter, 23, tuning)).map((r) => r.arn), JSON.stringify(params)).toEqual((await all(filter, 23)).map((r) => r.arn));
    }
  });

  it("treats % and _ in a search as plain characters, and finds nothing for unknown text", async () => {
    expect(await all(filterOf({ q: "%" }))).toEqual([]);
    expect(await all(filterOf({ q: "a_i" }))).toEqual([]);
    expect(await all(filterOf({ q: "zzqqxx" }))).toEqual([]);
  });

  it("never lists keys marked deleted", async () => {
    const [victim] = (await listKeys(filterOf({}), { limit: 1 })).rows;
    await db.prisma.kmsKey.update({ where: { arn: victim!.arn }, data: { deletedAt: now } });
    expect((await all(filterOf({}), 300)).map((r) => r.arn)).not.toContain(victim!.arn);
    expect(await countKeys(filterOf({}))).toBe(599);
  });
});
