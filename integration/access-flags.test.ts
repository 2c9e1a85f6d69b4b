import { expect, it } from "vitest";
import { analyseKeyAccess } from "@/lib/access";
import { describeEachDatabase } from "@/lib/db/testing";
import { readKeyAccess } from "@/lib/queries/key-access/read-key-access";
import { runSyncHere } from "@/lib/sync";
import { demoSyncForSuite } from "./demo-sync";

type TruthKey = { arn: string; expectedAccessFlags: string[] | null; policy: string; grants: unknown[] };

const sids = (policy: string) => (JSON.parse(policy) as { Statement: { Sid?: string }[] }).Statement.map((s) => s.Sid);

// The sandbox's organisation (sandbox/fleet/org.ts): Keywarden is configured with it.
const ORG_ID = "o-a1b2c3d4e5";

describeEachDatabase("access flags of the synced demo fleet", (db) => {
  const demo = demoSyncForSuite(db);

  it("equal the sandbox's ground truth, key by key", async () => {
    const { status } = await runSyncHere(demo.runtime, { kind: "full", trigger: "cli" });
    expect(status).toBe("succeeded");
    const truth = (await (await fetch(`${demo.sandbox.url}/_sandbox/state`)).json()) as { keys: TruthKey[] };
    expect(truth.keys.filter((k) => k.expectedAccessFlags === null)).toEqual([]);

    const mismatches: { arn: string; expected: string[]; got: string[] }[] = [];
    const seen = new Map<string, number>();
    for (const key of truth.keys) {
      const input = await readKeyAccess(db.prisma, key.arn, { trustedAccounts: [], orgId: ORG_ID });
      expect(input, key.arn).not.toBeNull();
      const got = [...analyseKeyAccess(input!, input!.context).flags].sort();
      const expected = [...key.expectedAccessFlags!].sort();
      if (got.join() !== expected.join()) mismatches.push({ arn: key.arn, expected, got });
      for (const flag of expected) seen.set(flag, (seen.get(flag) ?? 0) + 1);
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
    // Every flag is exercised: the cases the demo fleet holds on purpose, and its usual mix.
    expect([...seen.keys()].sort()).toEqual(["cross-account", "grant-onward", "lockout-risk", "public", "unconstrained-grant", "wide-admin"]);
  });

  it("finds the access cases the demo fleet holds on purpose", async () => {
    const truth = (await (await fetch(`${demo.sandbox.url}/_sandbox/state`)).json()) as { keys: TruthKey[] };
    const flagsOf = async (sid: string) => {
      const key = truth.keys.find((k) => sids(k.policy).includes(sid) && k.grants.length === 0 && k.arn.includes(":us-east-1:111122223333:"))!;
      const input = (await readKeyAccess(db.prisma, key.arn, { trustedAccounts: [], orgId: ORG_ID }))!;
      return analyseKeyAccess(input, input.context).flags;
    };
    expect(await flagsOf("AllowDecryptForAnyone")).toEqual(["public"]);
    expect(await flagsOf("AllowUseWithinOrganization")).toEqual([]);
    expect(await flagsOf("AllowUseThroughS3")).toEqual(["public"]);
    expect(await flagsOf("DenyOutsideOrganization")).toEqual([]);
    expect(await flagsOf("EverythingButThePolicy")).toEqual(["lockout-risk"]);
    const grants = await db.prisma.kmsGrant.findMany({ where: { name: { in: ["partner-analytics-read", "deploy-delegation"] } }, orderBy: { name: "asc" } });
    expect(grants.map((g) => g.name)).toEqual(["deploy-delegation", "partner-analytics-read"]);
    const flags = [];
    for (const g of grants) {
      const input = (await readKeyAccess(db.prisma, g.keyArn, { trustedAccounts: [], orgId: ORG_ID }))!;
      flags.push(analyseKeyAccess(input, input.context).flags);
    }
    expect(flags).toEqual([["grant-onward"], ["cross-account"]]);
  });
});
