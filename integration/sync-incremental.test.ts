import {
  CreateAliasCommand,
  CreateGrantCommand,
  CreateKeyCommand,
  DisableKeyCommand,
  EnableKeyRotationCommand,
  KMSClient,
  PutKeyPolicyCommand,
  ReplicateKeyCommand,
  RevokeGrantCommand,
  ScheduleKeyDeletionCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateAliasCommand,
  UpdateKeyDescriptionCommand,
} from "@aws-sdk/client-kms";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/db/testing";
import { runSyncHere } from "@/lib/sync";
import { compareWithGroundTruth, fetchGroundTruth, type GroundTruth } from "@/lib/sync/testing/ground-truth";
import { HOME_ACCOUNT } from "@/sandbox/index";
import { demoSyncForSuite } from "./demo-sync";

type Ops = Record<string, { calls: number }>;

describeEachDatabase("incremental sync", (db) => {
  const demo = demoSyncForSuite(db);
  let kms: KMSClient;

  beforeAll(async () => {
    kms = new KMSClient({ region: "us-east-1", endpoint: demo.sandbox.url, credentials: demo.sandbox.credentials });
    expect((await runSyncHere(demo.runtime, { kind: "full", trigger: "cli" })).status).toBe("succeeded");
  });
  afterAll(() => kms?.destroy());

  const plainKeys = (truth: GroundTruth) =>
    truth.keys.filter((k) => {
      const d = k.describeKey;
      return k.account === HOME_ACCOUNT && k.region === "us-east-1" && d.KeyManager === "CUSTOMER" && d.KeyState === "Enabled" && d.KeySpec === "SYMMETRIC_DEFAULT" && d.Origin === "AWS_KMS" && !d.MultiRegion;
    });

  it("picks up changes made through the SDK, re-reading only the keys they touched", async () => {
    const truth = await fetchGroundTruth(demo.sandbox.url);
    const [tagged, disabled, doomed, granted, described, aliased, rotated] = plainKeys(truth);
    const withAlias = plainKeys(truth).find((k) => k.aliases.length > 0 && k !== aliased)!;
    const created = await kms.send(new CreateKeyCommand({ Description: "made by the incremental test", Tags: [{ TagKey: "Team", TagValue: "qa" }] }));
    const newKeyId = created.KeyMetadata!.KeyId!;
    await kms.send(new CreateAliasCommand({ AliasName: "alias/test/incremental", TargetKeyId: newKeyId }));
    await kms.send(new TagResourceCommand({ KeyId: tagged!.keyId, Tags: [{ TagKey: "Owner", TagValue: "incremental-test" }] }));
    await kms.send(new UntagResourceCommand({ KeyId: tagged!.keyId, TagKeys: [tagged!.tags[0]!.TagKey] }));
    await kms.send(new DisableKeyCommand({ KeyId: disabled!.arn }));
    await kms.send(new ScheduleKeyDeletionCommand({ KeyId: doomed!.keyId, PendingWindowInDays: 7 }));
    await kms.send(new CreateGrantCommand({ KeyId: granted!.arn, GranteePrincipal: `arn:aws:iam::${HOME_ACCOUNT}:role/ci-deploy`, Operations: ["Decrypt"] }));
    if (granted!.grants[0]) await kms.send(new RevokeGrantCommand({ KeyId: granted!.arn, GrantId: granted!.grants[0].GrantId }));
    await kms.send(new UpdateKeyDescriptionCommand({ KeyId: described!.keyId, Description: "renamed by the incremental test" }));
    await kms.send(new UpdateAliasCommand({ AliasName: withAlias.aliases[0]!.AliasName, TargetKeyId: aliased!.keyId }));
    await kms.send(new PutKeyPolicyCommand({ KeyId: rotated!.keyId, PolicyName: "default", Policy: JSON.stringify(JSON.parse(rotated!.policy)) }));
    await kms.send(new EnableKeyRotationCommand({ KeyId: rotated!.keyId, RotationPeriodInDays: 180 }));
    const primary = truth.keys.find((k) => k.account === HOME_ACCOUNT && k.describeKey.MultiRegionConfiguration?.MultiRegionKeyType === "PRIMARY")!;
    await kms.send(new ReplicateKeyCommand({ KeyId: primary.arn, ReplicaRegion: "ap-southeast-2" }));

    const { runId, status } = await runSyncHere(demo.runtime, { kind: "incremental", trigger: "cli" });
    const run = await db.prisma.syncRun.findUniqueOrThrow({ where: { id: runId } });
    expect({ status, errors: run.errors }).toEqual({ status: "succeeded", errors: [] });
    expect((await compareWithGroundTruth(db.prisma, await fetchGroundTruth(demo.sandbox.url), { lastUsage: false })).slice(0, 20)).toEqual([]);

    const ops = run.operations as Ops;
    expect(ops.LookupEvents!.calls).toBeGreaterThanOrEqual(12);
    expect(ops.ListKeys).toBeUndefined();
    // The touched keys, the alias's previous target, and every copy of the multi-Region key.
    const touched = new Set([newKeyId, ...[tagged, disabled, doomed, granted, described, aliased, rotated, withAlias].map((k) => k!.arn)]);
    const copies = truth.keys.filter((k) => k.keyId === primary.keyId).length + 1;
    expect(ops.DescribeKey!.calls).toBe(touched.size + copies);
    expect(run).toMatchObject({ keysCreated: 2, keysDeleted: 0 });
    expect(await db.prisma.kmsKey.findUnique({ where: { arn: created.KeyMetadata!.Arn! } })).toMatchObject({ searchText: expect.stringContaining("alias/test/incremental") });
  });

  it("re-reads keys in a transient state until it ends, and writes nothing else", async () => {
    await new Promise((r) => setTimeout(r, 6000));
    const { runId, status } = await runSyncHere(demo.runtime, { kind: "incremental", trigger: "cli" });
    expect(status).toBe("succeeded");
    expect((await compareWithGroundTruth(db.prisma, await fetchGroundTruth(demo.sandbox.url), { lastUsage: false })).slice(0, 20)).toEqual([]);
    const replica = await db.prisma.kmsKey.findFirstOrThrow({ where: { region: "ap-southeast-2", multiRegionKeyType: "REPLICA", accountId: HOME_ACCOUNT } });
    expect(replica.keyState).toBe("Enabled");
    // The window reaches back over the first incremental's changes: those keys are read again but,
    // unchanged, not written; only the replica (Creating → Enabled) is.
    const run = await db.prisma.syncRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run).toMatchObject({ keysCreated: 0, keysUpdated: 1, keysDeleted: 0 });
  });

  it("falls back to a full sync when the last one is older than the event history", async () => {
    await db.prisma.accountRegion.updateMany({
      where: { accountId: HOME_ACCOUNT, region: "eu-west-1" },
      data: { lastFullSyncAt: new Date(Date.now() - 95 * 86_400_000), lastIncrementalSyncAt: null },
    });
    const { runId, status } = await runSyncHere(demo.runtime, { kind: "incremental", trigger: "cli", accounts: [HOME_ACCOUNT], regions: ["eu-west-1", "us-west-2"] });
    expect(status).toBe("succeeded");
    const run = await db.prisma.syncRun.findUniqueOrThrow({ where: { id: runId }, include: { targets: true } });
    const full = run.targets.find((t) => t.region === "eu-west-1")!;
    expect(full).toMatchObject({ listingComplete: true, message: expect.stringContaining("90 days") });
    expect(run.targets.find((t) => t.region === "us-west-2")).toMatchObject({ listingComplete: false });
    expect((run.operations as Ops).ListKeys!.calls).toBe(1);
  });
});
