import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collect, isAwsCallError } from "@/lib/aws";
import { HOME_ACCOUNT, ORG_ACCOUNTS, ORG_REGIONS } from "@/sandbox";
import { groundTruth, listKeyIds, sandboxAccess, sorted, type SandboxAccess } from "./aws-sandbox";

const MEMBERS = ORG_ACCOUNTS.filter((a) => a.readerRoleArn !== null);

let s: SandboxAccess;

beforeAll(async () => {
  s = await sandboxAccess(
    { fleet: "demo" },
    { config: { regions: ORG_REGIONS, accountRoles: MEMBERS.map((a) => a.readerRoleArn!), roleExternalId: "keywarden-demo" } },
  );
});
afterAll(() => s?.stop());

describe("lib/aws against the sandbox: accounts, roles and pagination", () => {
  it("finds the caller's account and lists every account × Region", async () => {
    expect((await s.aws.identity()).accountId).toBe(HOME_ACCOUNT);
    const targets = await s.aws.targets();
    expect(targets).toHaveLength(ORG_ACCOUNTS.length * ORG_REGIONS.length);
    expect(targets.filter((t) => t.via === "default-chain").every((t) => t.accountId === HOME_ACCOUNT)).toBe(true);
    expect(new Set(targets.filter((t) => t.via === "assume-role").map((t) => t.accountId))).toEqual(new Set(MEMBERS.map((a) => a.accountId)));
  });

  it("assumes each member account's reader role once and lists exactly its keys in every Region", async () => {
    for (const member of MEMBERS) {
      for (const region of ORG_REGIONS) {
        const target = { accountId: member.accountId, region };
        const truth = await groundTruth(s.sandbox, member.accountId, region);
        expect(sorted(await listKeyIds(s.aws, target, 3))).toEqual(sorted(truth.map((k) => k.keyId)));
        if (truth.length === 0) continue;
        const described = await s.aws.kms(target).send("DescribeKey", { KeyId: truth[0]!.keyId });
        expect(described.KeyMetadata?.AWSAccountId).toBe(member.accountId);
      }
    }
    expect(s.aws.stats.snapshot()["sts:AssumeRole"]).toMatchObject({ calls: MEMBERS.length, errors: 0 });
  });

  it("pages aliases and grants through Marker/NextMarker with small pages", async () => {
    const target = { accountId: HOME_ACCOUNT, region: "us-east-1" };
    const truth = await groundTruth(s.sandbox, HOME_ACCOUNT, "us-east-1");
    const aliases = (await collect(s.aws.kms(target).paginate("ListAliases", { Limit: 2 }))).flatMap((p) => p.Aliases!);
    const truthAliases = truth.flatMap((k) => k.aliases.map((a) => a.AliasName));
    expect(aliases.length).toBeGreaterThan(2);
    for (const name of truthAliases) expect(aliases.map((a) => a.AliasName)).toContain(name);
    const withGrants = truth.find((k) => k.grants.length > 1);
    if (withGrants) {
      const pages = await collect(s.aws.kms(target).paginate("ListGrants", { KeyId: withGrants.keyId, Limit: 1 }));
      expect(pages.length).toBe(withGrants.grants.length);
      expect(sorted(pages.flatMap((p) => p.Grants!.map((g) => g.GrantId!)))).toEqual(sorted(withGrants.grants.map((g) => g.GrantId)));
    }
  });

  it("follows CloudTrail's NextToken through LookupEvents at its 2 rps quota", async () => {
    const trail = s.aws.cloudTrail({ accountId: HOME_ACCOUNT, region: "us-east-1" });
    const pages: { ids: string[] }[] = [];
    for await (const page of trail.paginate("LookupEvents", {
      LookupAttributes: [{ AttributeKey: "EventSource", AttributeValue: "kms.amazonaws.com" }],
      MaxResults: 5,
    })) {
      pages.push({ ids: page.Events!.map((e) => e.EventId!) });
      if (pages.length === 4) break;
    }
    const ids = pages.flatMap((p) => p.ids);
    expect(ids).toHaveLength(20);
    expect(new Set(ids).size).toBe(20);
    // The sandbox enforces AWS's 2 calls per second: four calls in a row pass only when paced (the
    // limiter's pacing itself is timed on a fake clock in lib/aws/limits/rate-limiter.test.ts).
    expect(s.aws.stats.snapshot()["cloudtrail:LookupEvents"]).toMatchObject({ calls: 4, errors: 0, throttles: 0 });
  });

  it("reports a role the account does not define as access denied by STS", async () => {
    const { aws, stop } = await sandboxAccess({ fleet: "empty" }, { config: { accountRoles: ["arn:aws:iam::444455556666:role/NoSuchRole"] } });
    try {
      const error = await aws
        .kms({ accountId: "444455556666", region: "us-east-1" })
        .send("ListKeys", {})
        .catch((e: unknown) => e);
      expect(isAwsCallError(error, "access-denied")).toBe(true);
      expect(error).toMatchObject({ service: "sts", operation: "AssumeRole", code: "AccessDenied" });
    } finally {
      await stop();
    }
  });
});
