import { createHash } from "node:crypto";
import { LookupEventsCommand } from "@aws-sdk/client-cloudtrail";
import {
  DescribeKeyCommand,
  DisableKeyCommand,
  EnableKeyRotationCommand,
  EncryptCommand,
  GetKeyLastUsageCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  ListAliasesCommand,
  ListGrantsCommand,
  ListKeyRotationsCommand,
  ListResourceTagsCommand,
  PutKeyPolicyCommand,
  ScheduleKeyDeletionCommand,
} from "@aws-sdk/client-kms";
import { AssumeRoleCommand } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sandbox } from "../index";
import { admin, advance, clientsFor, errorOf, start } from "./helpers";

type Truth = {
  accounts: { accountId: string; name: string; roleArn: string | null }[];
  regions: string[];
  unattachedAliases: { aliasName: string }[];
  keys: {
    account: string;
    region: string;
    keyId: string;
    arn: string;
    describeKey: Record<string, unknown> & { KeyManager: string; KeyState: string; KeySpec: string; ValidTo?: number; MultiRegionConfiguration?: { MultiRegionKeyType: string; ReplicaKeys: unknown[] } };
    rotationStatus: { KeyRotationEnabled: boolean; RotationPeriodInDays?: number } | null;
    rotations: { RotationType: string; RotationDate: number }[] | null;
    keyMaterials: Record<string, unknown>[] | null;
    aliases: { AliasName: string }[];
    grants: { GranteePrincipal: string; Constraints?: object }[];
    policy: string;
    lastUsage: { KeyLastUsage?: object };
    expectedAccessFlags: string[] | null;
  }[];
  trails: { excludeManagementEventSources: string[] }[];
};

let sandbox: Sandbox;
let truth: Truth;

beforeAll(async () => {
  sandbox = await start({ fleet: "demo", seed: "demo-test" });
  truth = await admin<Truth>(sandbox, "state");
}, 30_000);
afterAll(() => sandbox.stop());

const count = <T>(items: T[], test: (t: T) => boolean) => items.filter(test).length;

describe("the demo fleet looks like a real organisation", () => {
  it("3 accounts × 4 Regions, about 600 keys, readable through /_sandbox/accounts", async () => {
    const accounts = await admin<{ accounts: Truth["accounts"]; regions: string[] }>(sandbox, "accounts");
    expect(accounts.accounts).toHaveLength(3);
    expect(accounts.accounts[0]).toEqual({ accountId: "111122223333", name: "security-tooling", roleArn: null });
    expect(accounts.accounts[1]!.roleArn).toBe("arn:aws:iam::444455556666:role/KeywardenReader");
    expect(accounts.regions).toHaveLength(4);
    expect(truth.keys.length).toBeGreaterThan(500);
    expect(truth.keys.length).toBeLessThan(700);
    expect(new Set(truth.keys.map((k) => `${k.account}|${k.region}`)).size).toBe(12);
  });

  it("states the access flags of every key, with each access case a review must catch", () => {
    const keys = truth.keys;
    expect(keys.filter((k) => k.expectedAccessFlags === null)).toEqual([]);
    const home = keys.filter((k) => k.account === "111122223333" && k.region === "us-east-1");
    const sidOf = (k: Truth["keys"][number]) => (JSON.parse(k.policy) as { Statement: { Sid?: string }[] }).Statement.map((s) => s.Sid);
    const cases = (sid: string) => home.filter((k) => sidOf(k).includes(sid) && k.grants.length === 0).map((k) => k.expectedAccessFlags);
    expect(cases("AllowDecryptForAnyone")).toContainEqual(["public"]);
    expect(cases("AllowUseWithinOrganization")).toContainEqual([]);
    expect(cases("AllowUseThroughS3")).toEqual([["public"]]);
    expect(cases("DenyOutsideOrganization")).toEqual([[]]);
    expect(cases("EverythingButThePolicy")).toEqual([["lockout-risk"]]);
    const partner = home.find((k) => k.grants.some((g) => g.GranteePrincipal === "arn:aws:iam::222233334444:role/analytics-reader"));
    expect(partner?.expectedAccessFlags).toEqual(["cross-account"]);
    for (const flag of ["public", "cross-account", "wide-admin", "unconstrained-grant", "grant-onward", "lockout-risk"]) {
      expect(keys.some((k) => k.expectedAccessFlags!.includes(flag)), flag).toBe(true);
    }
  });

  it("has every kind of key the issue lists", () => {
    const keys = truth.keys;
    const aliasNames = keys.flatMap((k) => k.aliases.map((a) => a.AliasName));
    expect(count(keys, (k) => k.describeKey.KeyManager === "CUSTOMER" && k.describeKey.KeySpec === "SYMMETRIC_DEFAULT") / keys.length).toBeGreaterThan(0.6);
    for (const svc of ["s3", "ebs"]) expect(aliasNames).toContain(`alias/aws/${svc}`);
    expect(count(keys, (k) => k.describeKey.KeyManager === "AWS")).toBeGreaterThan(40);
    expect(truth.unattachedAliases.some((a) => a.aliasName.startsWith("alias/aws/"))).toBe(true);
    for (const spec of ["RSA_3072", "RSA_4096", "ECC_NIST_P256", "HMAC_256"]) expect(count(keys, (k) => k.describeKey.KeySpec === spec), spec).toBeGreaterThan(0);
    expect(count(keys, (k) => k.describeKey.MultiRegionConfiguration?.MultiRegionKeyType === "PRIMARY" && k.describeKey.MultiRegionConfiguration.ReplicaKeys.length > 0)).toBeGreaterThan(5);
    const soon = Date.parse("2026-07-01") / 1000;
    expect(count(keys, (k) => k.describeKey.Origin === "EXTERNAL" && (k.describeKey.ValidTo ?? Infinity) < soon)).toBeGreaterThan(0);
    for (const state of ["Disabled", "PendingDeletion", "PendingReplicaDeletion", "PendingImport"]) expect(count(keys, (k) => k.describeKey.KeyState === state), state).toBeGreaterThan(0);
    const periods = new Set(keys.map((k) => k.rotationStatus?.RotationPeriodInDays).filter(Boolean));
    expect(periods.size).toBeGreaterThanOrEqual(3);
    expect(count(keys, (k) => k.rotationStatus?.KeyRotationEnabled === false)).toBeGreaterThan(20);
    expect(count(keys, (k) => (k.rotations ?? []).some((r) => r.RotationType === "ON_DEMAND"))).toBeGreaterThan(0);
    expect(count(keys, (k) => k.grants.some((g) => g.Constraints))).toBeGreaterThan(0);
    expect(count(keys, (k) => k.grants.some((g) => !g.Constraints))).toBeGreaterThan(0);
    expect(count(keys, (k) => k.grants.some((g) => g.GranteePrincipal.startsWith("arn:aws:iam::") && !g.GranteePrincipal.includes(`::${k.account}:`)))).toBeGreaterThan(0);
    expect(count(keys, (k) => k.policy.includes('"Principal" : "*"'))).toBeGreaterThan(0);
    expect(count(keys, (k) => k.policy.includes("aws:PrincipalOrgID"))).toBeGreaterThan(0);
    expect(count(keys, (k) => k.policy.includes("Allow use of the key") && k.policy.includes("root"))).toBeGreaterThan(0);
    expect(count(keys, (k) => k.lastUsage.KeyLastUsage === undefined)).toBeGreaterThan(20);
    expect(truth.trails.some((t) => t.excludeManagementEventSources.includes("kms.amazonaws.com"))).toBe(true);
  });

  it("has 90 days of history with a daily and weekly rhythm, service callers and AccessDenied bursts", async () => {
    const events = [...sandbox.world.events.stream("444455556666", "us-east-1").newestFirst(Number.MAX_SAFE_INTEGER, 0)];
    const oldest = Math.min(...events.map((e) => e.time));
    expect(Date.parse("2026-06-01") - oldest).toBeGreaterThan(85 * 86_400_000);
    expect(Date.parse("2026-06-01") - oldest).toBeLessThanOrEqual(90 * 86_400_000);
    const hourOf = (t: number) => new Date(t - 5 * 3_600_000).getUTCHours();
    const crypto = events.filter((e) => e.record.readOnly && e.record.eventName !== "ListKeys");
    expect(count(crypto, (e) => hourOf(e.time) === 14)).toBeGreaterThan(2 * count(crypto, (e) => hourOf(e.time) === 4));
    const weekend = (e: { time: number }) => [0, 6].includes(new Date(e.time - 5 * 3_600_000).getUTCDay());
    expect(count(crypto, (e) => !weekend(e)) / 5).toBeGreaterThan(1.5 * (count(crypto, weekend) / 2));
    const all = sandbox.world.kms.all().flatMap((r) => [...sandbox.world.events.stream(r.account, r.region).newestFirst(Number.MAX_SAFE_INTEGER, 0)]);
    expect(count(all, (e) => typeof e.record.userIdentity.invokedBy === "string" && e.record.userIdentity.invokedBy !== "AWS Internal")).toBeGreaterThan(1000);
    expect(count(all, (e) => e.record.errorCode === "AccessDenied")).toBeGreaterThan(100);
    expect(count(all, (e) => e.record.eventName === "RotateKey" && e.record.eventType === "AwsServiceEvent")).toBeGreaterThan(0);
    expect(new Set(all.map((e) => e.record.eventVersion)).size).toBeGreaterThan(2);
  });

  it("never disables or deletes an AWS managed key (AWS does not allow it)", () => {
    const managed = truth.keys.filter((k) => k.describeKey.KeyManager === "AWS");
    expect(managed.length).toBeGreaterThan(40);
    expect(managed.filter((k) => k.describeKey.KeyState !== "Enabled").map((k) => `${k.arn} ${k.describeKey.KeyState}`)).toEqual([]);
  });

  it("rotates a key only while it is Enabled: no RotateKey after its DisableKey or ScheduleKeyDeletion", () => {
    const all = sandbox.world.kms.all().flatMap((r) => [...sandbox.world.events.stream(r.account, r.region).newestFirst(Number.MAX_SAFE_INTEGER, 0)]);
    const keyOf = (e: (typeof all)[number]) => {
      const r = e.record as { requestParameters?: { keyId?: string } | null; resources?: { ARN: string }[] };
      return r.resources?.[0]?.ARN.split("/").pop() ?? r.requestParameters?.keyId;
    };
    const stopped = new Map<string, number>();
    for (const e of all) {
      if (!["DisableKey", "ScheduleKeyDeletion"].includes(e.record.eventName) || e.record.errorCode) continue;
      const id = keyOf(e)!;
      stopped.set(id, Math.min(stopped.get(id) ?? Infinity, e.time));
    }
    const late = all.filter((e) => e.record.eventName === "RotateKey" && e.time > (stopped.get(keyOf(e)!) ?? Infinity));
    expect(stopped.size).toBeGreaterThan(20);
    expect(late.map((e) => `${keyOf(e)} ${new Date(e.time).toISOString()}`)).toEqual([]);
    for (const k of truth.keys.filter((k) => stopped.has(k.keyId))) {
      const last = Math.max(0, ...(k.rotations ?? []).map((r) => r.RotationDate));
      expect(last * 1000, k.keyId).toBeLessThanOrEqual(stopped.get(k.keyId)!);
    }
  });

  it("one key pending deletion is still being called, and its callers fail", async () => {
    const stillCalled = truth.keys.find((k) => k.describeKey.Description === "ledger-worker: ledger archive (retiring)")!;
    expect(stillCalled.describeKey.KeyState).toBe("PendingDeletion");
    const member = clientsFor(sandbox, "us-east-1", { accessKeyId: "AKIA444455556666DEMO", secretAccessKey: "sandbox/444455556666/EXAMPLEKEY" });
    const events = await member.cloudtrail.send(new LookupEventsCommand({ LookupAttributes: [{ AttributeKey: "ResourceName", AttributeValue: stillCalled.arn }], MaxResults: 50 }));
    const failures = events.Events!.map((e) => JSON.parse(e.CloudTrailEvent!) as { errorCode?: string }).filter((r) => r.errorCode === "KMSInvalidStateException");
    expect(failures.length).toBeGreaterThan(0);
  });

  it("AWS managed keys refuse what their key policy does not allow, and always rotate yearly", async () => {
    const c = clientsFor(sandbox);
    const managed = truth.keys.find((k) => k.account === "111122223333" && k.region === "us-east-1" && k.aliases.some((a) => a.AliasName === "alias/aws/s3"))!;
    const KeyId = managed.keyId;
    for (const call of [
      c.kms.send(new DisableKeyCommand({ KeyId })),
      c.kms.send(new ScheduleKeyDeletionCommand({ KeyId })),
      c.kms.send(new EnableKeyRotationCommand({ KeyId })),
      c.kms.send(new PutKeyPolicyCommand({ KeyId, Policy: managed.policy })),
      c.kms.send(new EncryptCommand({ KeyId: "alias/aws/s3", Plaintext: Buffer.from("x") })),
    ]) {
      expect((await errorOf(call)).name).toBe("AccessDeniedException");
    }
    expect(await c.kms.send(new GetKeyRotationStatusCommand({ KeyId }))).toMatchObject({ KeyRotationEnabled: true, RotationPeriodInDays: 365 });
  });

  it("GET /_sandbox/state matches what the read operations return, field by field", async () => {
    const role = await clientsFor(sandbox).sts.send(new AssumeRoleCommand({ RoleArn: "arn:aws:iam::444455556666:role/KeywardenReader", RoleSessionName: "compare" }));
    const c = clientsFor(sandbox, "eu-west-1", { accessKeyId: role.Credentials!.AccessKeyId!, secretAccessKey: role.Credentials!.SecretAccessKey!, sessionToken: role.Credentials!.SessionToken! });
    const plain = (v: unknown) => JSON.parse(JSON.stringify(v, (_k, x: unknown) => (typeof x === "string" && /^\d{4}-\d{2}-\d{2}T.*Z$/.test(x) ? Date.parse(x) / 1000 : x))) as Record<string, unknown>;
    const strip = ({ $metadata: _m, ...rest }: { $metadata?: unknown }) => plain(rest);
    const sample = truth.keys.filter((k) => k.account === "444455556666" && k.region === "eu-west-1").slice(0, 25);
    expect(sample.length).toBe(25);
    for (const k of sample) {
      const KeyId = k.keyId;
      expect(strip(await c.kms.send(new DescribeKeyCommand({ KeyId }))).KeyMetadata).toEqual(k.describeKey);
      expect(strip(await c.kms.send(new ListAliasesCommand({ KeyId }))).Aliases).toEqual(k.aliases);
      expect(strip(await c.kms.send(new ListGrantsCommand({ KeyId }))).Grants).toEqual(k.grants);
      expect(strip(await c.kms.send(new ListResourceTagsCommand({ KeyId }))).Tags).toEqual((k as unknown as { tags: unknown }).tags);
      expect((await c.kms.send(new GetKeyPolicyCommand({ KeyId, PolicyName: "default" }))).Policy).toBe(k.policy);
      expect(strip(await c.kms.send(new GetKeyLastUsageCommand({ KeyId })))).toEqual(k.lastUsage);
      const materials = k.keyMaterials;
      if (k.rotations) {
        expect(strip(await c.kms.send(new ListKeyRotationsCommand({ KeyId }))).Rotations).toEqual(k.rotations);
        expect(strip(await c.kms.send(new ListKeyRotationsCommand({ KeyId, IncludeKeyMaterial: "ALL_KEY_MATERIAL" }))).Rotations).toEqual(materials);
      } else {
        expect(materials).toBeNull();
        expect((await errorOf(c.kms.send(new ListKeyRotationsCommand({ KeyId })))).name).toBe("UnsupportedOperationException");
      }
      if (k.rotationStatus) {
        expect(strip(await c.kms.send(new GetKeyRotationStatusCommand({ KeyId })))).toEqual(k.rotationStatus);
      } else {
        expect((await errorOf(c.kms.send(new GetKeyRotationStatusCommand({ KeyId })))).name).toBe("UnsupportedOperationException");
      }
    }
  }, 30_000);

  it("is deterministic from the seed and the clock", async () => {
    const again = await start({ fleet: "demo", seed: "demo-test" });
    try {
      const digest = (t: Truth) => createHash("sha256").update(JSON.stringify(t.keys)).digest("hex");
      expect(digest(await admin<Truth>(again, "state"))).toBe(digest(truth));
    } finally {
      await again.stop();
    }
  }, 30_000);

  it("lists imported key material with its import state, expiration model and ValidTo", async () => {
    const imported = truth.keys.filter((k) => k.describeKey.Origin === "EXTERNAL" && k.describeKey.KeyState !== "PendingImport");
    expect(imported.length).toBeGreaterThan(0);
    for (const k of imported) {
      const current = k.keyMaterials!.find((m) => m.KeyMaterialState === "CURRENT")!;
      expect(current).toMatchObject({ KeyMaterialId: k.describeKey.CurrentKeyMaterialId, ImportState: "IMPORTED", ExpirationModel: k.describeKey.ExpirationModel });
      expect(current.ValidTo).toBe(k.describeKey.ValidTo);
    }
  });

  it("imported key material expires at ValidTo and KMS logs DeleteExpiredKeyMaterial", async () => {
    const expiring = truth.keys.filter((k) => k.describeKey.Origin === "EXTERNAL" && k.describeKey.ValidTo !== undefined && k.describeKey.ValidTo < Date.parse("2026-07-01") / 1000);
    await advance(sandbox, "P31D");
    const after = await admin<Truth>(sandbox, `state?account=${expiring[0]!.account}&region=${expiring[0]!.region}`);
    const key = after.keys.find((k) => k.keyId === expiring[0]!.keyId)!;
    expect(key.describeKey.KeyState).toBe("PendingImport");
    const stream = sandbox.world.events.stream(expiring[0]!.account, expiring[0]!.region);
    expect([...stream.newestFirst(Number.MAX_SAFE_INTEGER, 0)].some((e) => e.record.eventName === "DeleteExpiredKeyMaterial" && e.record.resources![0]!.ARN === expiring[0]!.arn)).toBe(true);
  });
});
