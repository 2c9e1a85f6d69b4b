import { LookupEventsCommand } from "@aws-sdk/client-cloudtrail";
import {
  CreateKeyCommand,
  DecryptCommand,
  DescribeKeyCommand,
  EnableKeyRotationCommand,
  EncryptCommand,
  GetKeyRotationStatusCommand,
  ReplicateKeyCommand,
  ScheduleKeyDeletionCommand,
  UpdatePrimaryRegionCommand,
} from "@aws-sdk/client-kms";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sandbox } from "../index";
import { advance, clientsFor, errorOf, start, type Clients } from "./helpers";

let sandbox: Sandbox;
let east: Clients;
let west: Clients;

beforeAll(async () => {
  sandbox = await start();
  east = clientsFor(sandbox, "us-east-1");
  west = clientsFor(sandbox, "eu-west-1");
});
afterAll(() => sandbox.stop());

const describeIn = async (c: Clients, KeyId: string) => (await c.kms.send(new DescribeKeyCommand({ KeyId }))).KeyMetadata!;

describe("multi-Region keys (ReplicateKey, UpdatePrimaryRegion, ScheduleKeyDeletion API references)", () => {
  it("replicas share id, material and rotation; start in Creating; ReplicateKey logs CreateKey in the replica Region", async () => {
    const primary = (await east.kms.send(new CreateKeyCommand({ MultiRegion: true }))).KeyMetadata!;
    expect(primary.KeyId).toMatch(/^mrk-[0-9a-f]{32}$/);
    expect(primary.MultiRegionConfiguration?.MultiRegionKeyType).toBe("PRIMARY");
    await east.kms.send(new EnableKeyRotationCommand({ KeyId: primary.KeyId, RotationPeriodInDays: 180 }));
    const r = await east.kms.send(new ReplicateKeyCommand({ KeyId: primary.KeyId, ReplicaRegion: "eu-west-1" }));
    expect(r.ReplicaKeyMetadata!.KeyState).toBe("Creating");
    expect((await errorOf(west.kms.send(new EncryptCommand({ KeyId: primary.KeyId, Plaintext: Buffer.from("x") }))))).toMatchObject({ name: "KMSInvalidStateException" });
    expect((await errorOf(east.kms.send(new ReplicateKeyCommand({ KeyId: primary.KeyId!, ReplicaRegion: "eu-west-1" }))))).toMatchObject({ name: "AlreadyExistsException" });
    await advance(sandbox, "PT10S");
    const replica = await describeIn(west, primary.KeyId!);
    expect(replica.KeyState).toBe("Enabled");
    expect(replica.MultiRegionConfiguration).toMatchObject({ MultiRegionKeyType: "REPLICA", PrimaryKey: { Region: "us-east-1" } });
    expect((await describeIn(east, primary.KeyId!)).MultiRegionConfiguration!.ReplicaKeys).toEqual([{ Arn: replica.Arn, Region: "eu-west-1" }]);
    expect((await west.kms.send(new GetKeyRotationStatusCommand({ KeyId: primary.KeyId }))).RotationPeriodInDays).toBe(180);
    expect((await errorOf(west.kms.send(new EnableKeyRotationCommand({ KeyId: primary.KeyId }))))).toMatchObject({ name: "UnsupportedOperationException" });
    const ciphertext = (await east.kms.send(new EncryptCommand({ KeyId: primary.KeyId, Plaintext: Buffer.from("across") }))).CiphertextBlob!;
    expect(Buffer.from((await west.kms.send(new DecryptCommand({ CiphertextBlob: ciphertext }))).Plaintext!).toString()).toBe("across");
    const created = await west.cloudtrail.send(new LookupEventsCommand({ LookupAttributes: [{ AttributeKey: "EventName", AttributeValue: "CreateKey" }] }));
    expect(created.Events!.some((e) => e.Resources!.some((res) => res.ResourceName === replica.Arn))).toBe(true);
  });

  it("single-Region keys cannot be replicated", async () => {
    const KeyId = (await east.kms.send(new CreateKeyCommand({}))).KeyMetadata!.KeyId!;
    expect((await errorOf(east.kms.send(new ReplicateKeyCommand({ KeyId, ReplicaRegion: "eu-west-1" }))))).toMatchObject({ name: "UnsupportedOperationException" });
  });

  it("UpdatePrimaryRegion swaps the roles, with a transient Updating state", async () => {
    const KeyId = (await east.kms.send(new CreateKeyCommand({ MultiRegion: true }))).KeyMetadata!.KeyId!;
    await east.kms.send(new ReplicateKeyCommand({ KeyId, ReplicaRegion: "eu-west-1" }));
    await advance(sandbox, "PT10S");
    expect((await errorOf(east.kms.send(new UpdatePrimaryRegionCommand({ KeyId, PrimaryRegion: "ap-southeast-2" }))))).toMatchObject({ name: "NotFoundException" });
    await east.kms.send(new UpdatePrimaryRegionCommand({ KeyId, PrimaryRegion: "eu-west-1" }));
    expect((await describeIn(east, KeyId)).KeyState).toBe("Updating");
    await advance(sandbox, "PT10S");
    const now = await describeIn(west, KeyId);
    expect(now.KeyState).toBe("Enabled");
    expect(now.MultiRegionConfiguration!.MultiRegionKeyType).toBe("PRIMARY");
    expect((await describeIn(east, KeyId)).MultiRegionConfiguration!.MultiRegionKeyType).toBe("REPLICA");
  });

  it("a primary with replicas waits in PendingReplicaDeletion until its last replica is deleted", async () => {
    const KeyId = (await east.kms.send(new CreateKeyCommand({ MultiRegion: true }))).KeyMetadata!.KeyId!;
    await east.kms.send(new ReplicateKeyCommand({ KeyId, ReplicaRegion: "eu-west-1" }));
    await advance(sandbox, "PT10S");
    const scheduled = await east.kms.send(new ScheduleKeyDeletionCommand({ KeyId, PendingWindowInDays: 10 }));
    expect(scheduled.KeyState).toBe("PendingReplicaDeletion");
    expect(scheduled.DeletionDate).toBeUndefined();
    expect((await describeIn(east, KeyId)).PendingDeletionWindowInDays).toBe(10);
    await west.kms.send(new ScheduleKeyDeletionCommand({ KeyId, PendingWindowInDays: 7 }));
    await advance(sandbox, "P7DT1H");
    expect((await errorOf(west.kms.send(new DescribeKeyCommand({ KeyId }))))).toMatchObject({ name: "NotFoundException" });
    const primary = await describeIn(east, KeyId);
    expect(primary.KeyState).toBe("PendingDeletion");
    expect(primary.DeletionDate).toBeInstanceOf(Date);
  });
});
