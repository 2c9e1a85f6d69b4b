import { beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/db/testing";
import { generateFleet } from "../testing/generate-fleet";
import { seedInventory } from "../testing/seed-inventory";
import { countKeys } from "./count-keys";
import { decodeKeyCursor } from "./key-cursor";
import { parseKeyFilter, type KeyFilter } from "@/lib/filters/key-filter";
import type { KeyRow } from "./key-row";
import { listKeys } from "./list-keys";
import type { SearchTuning } from "./search-strategy";
import { KEY_SORT_NAMES } from "@/lib/filters/sort-options";

const now = new Date("2026-11-01T00:00:00Z");

const filterOf = (params: Record<string, string>): KeyFilter => {
  const parsed = parseKeyFilter(params);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.data;
};

// The seeded keys, read from the generator rather than the database, so the expected orders and
// matches below are computed without the SQL under test. Test databases use the C collation
// (checked below): text sorts by code point, as JavaScript's < does for these ASCII names.
const seeded = [...generateFleet({ keys: 600, seed: 7, now })].map(({ key, aliases, tags }) => {
  const names = aliases.map((a) => a.aliasName).sort(byCodePoint);
  return {
    arn: key.arn,
    region: key.region,
    keyState: key.keyState,
    values: {
      alias: names[0] ?? null,
      keyId: key.keyId,
      created: new Date(key.creationDate).toISOString(),
      lastUsed: key.lastUsedAt ? new Date(key.lastUsedAt).toISOString() : null,
      deletion: key.deletionDate ? new Date(key.deletionDate).toISOString() : null,
    } satisfies Record<KeyFilter["sort"], string | null>,
    text: [key.keyId, key.arn, ...names, key.description ?? "", ...tags.map((t) => `${t.tagKey}=${t.tagValue}`)].join(" ").toLowerCase(),
  };
});

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** ARNs in the table's order: by the sort value, ties by ARN, keys without a value last (by ARN). */
function expectedOrder(keys: typeof seeded, sort: KeyFilter["sort"], dir: "asc" | "desc"): string[] {
  const sign = dir === "asc" ? 1 : -1;
  return [...keys]
    .sort((x, y) => {
      const a = x.values[sort];
      const b = y.values[sort];
      if (a === null || b === null) return a === b ? sign * byCodePoint(x.arn, y.arn) : a === null ? 1 : -1;
      return sign * (byCodePoint(a, b) || byCodePoint(x.arn, y.arn));
    })
    .map((k) => k.arn);
}

describeEachDatabase("listKeys", (db) => {
  beforeAll(async () => {
    await seedInventory(db.prisma, { keys: 600, seed: 7, now });
    const [collation] = await db.prisma.$queryRaw<{ c: string }[]>`SELECT datcollate AS c FROM pg_database WHERE datname = current_database()`;
    expect(collation?.c, "the expected text orders assume the C collation").toMatch(/^(C|POSIX)(\.|$)/);
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
      expect(rows.map((r) => r.arn)).toEqual(expectedOrder(seeded, sort, dir));
    },
  );

  it("filters on the server by region and state, and counts the same keys", async () => {
    const filter = filterOf({ region: "eu-west-1", state: "Disabled" });
    const rows = await all(filter);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.arn)).toEqual(expectedOrder(seeded.filter((k) => k.region === "eu-west-1" && k.keyState === "Disabled"), "alias", "asc"));
    expect(await countKeys(filter)).toBe(rows.length);
  });

  it("filters rotation on, off and unsupported", async () => {
    const [on, off, unsupported] = await Promise.all(["on", "off", "unsupported"].map((rotation) => all(filterOf({ rotation }), 200)));
    expect(on!.every((r) => r.rotation.enabled === true)).toBe(true);
    expect(off!.every((r) => r.rotation.enabled === false)).toBe(true);
    expect(unsupported!.every((r) => r.rotation.enabled === null)).toBe(true);
    expect(on!.length + off!.length + unsupported!.length).toBe(600);
  });

  it("searches aliases, key ids, ARNs, descriptions and tags, case-insensitively: every match and nothing else", async () => {
    const sample = (await all(filterOf({ manager: "CUSTOMER" }), 200)).find((r) => r.aliases.length && r.tags.length && r.description)!;
    const tag = sample.tags[0]!;
    const searches = [sample.aliases[0]!.toUpperCase(), sample.keyId.slice(0, 8), sample.arn, sample.description.split(" ").slice(1).join(" "), `${tag.key}=${tag.value}`, "prod", "alias/ PROD", "team="];
    for (const q of searches) {
      const words = q.toLowerCase().split(" ").filter(Boolean);
      const expected = expectedOrder(seeded.filter((k) => words.every((w) => k.text.includes(w))), "alias", "asc");
      expect(expected.length, q).toBeGreaterThan(0);
      expect((await all(filterOf({ q }))).map((r) => r.arn), q).toEqual(expected);
    }
    expect(seeded.filter((k) => k.text.includes("prod")).length, "a search that matches many keys, over several pages").toBeGreaterThan(37);
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
