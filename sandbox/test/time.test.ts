import { LookupEventsCommand } from "@aws-sdk/client-cloudtrail";
import {
  CreateKeyCommand,
  DecryptCommand,
  DescribeKeyCommand,
  EnableKeyRotationCommand,
  EncryptCommand,
  GetKeyRotationStatusCommand,
  ListKeyRotationsCommand,
  RotateKeyOnDemandCommand,
  ScheduleKeyDeletionCommand,
} from "@aws-sdk/client-kms";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sandbox } from "../index";
import { advance, clientsFor, errorOf, start, type Clients } from "./helpers";

let sandbox: Sandbox;
let c: Clients;

beforeAll(async () => {
  sandbox = await start({ onDemandRotationLimit: 2 });
  c = clientsFor(sandbox);
});
afterAll(() => sandbox.stop());

const newKey = async () => (await c.kms.send(new CreateKeyCommand({}))).KeyMetadata!.KeyId!;

async function serviceEvents(name: string) {
  const r = await c.cloudtrail.send(new LookupEventsCommand({ LookupAttributes: [{ AttributeKey: "EventName", AttributeValue: name }] }));
  return r.Events!.map((e) => JSON.parse(e.CloudTrailEvent!) as Record<string, unknown>);
}

describe("the sandbox clock drives rotation, deletion and expiry", () => {
  it("automatic rotation happens at NextRotationDate, keeps old ciphertext readable, and logs RotateKey", async () => {
    const KeyId = await newKey();
    const old = (await c.kms.send(new EncryptCommand({ KeyId, Plaintext: Buffer.from("before") }))).CiphertextBlob!;
    await c.kms.send(new EnableKeyRotationCommand({ KeyId, RotationPeriodInDays: 90 }));
    const next = (await c.kms.send(new GetKeyRotationStatusCommand({ KeyId }))).NextRotationDate!;
    await advance(sandbox, "P91D");
    const rotations = (await c.kms.send(new ListKeyRotationsCommand({ KeyId }))).Rotations!;
    expect(rotations).toHaveLength(1);
    expect(rotations[0]!.RotationType).toBe("AUTOMATIC");
    expect(rotations[0]!.RotationDate).toEqual(next);
    const status = await c.kms.send(new GetKeyRotationStatusCommand({ KeyId }));
    expect(status.NextRotationDate!.getTime() - next.getTime()).toBe(90 * 86_400_000);
    expect(Buffer.from((await c.kms.send(new DecryptCommand({ CiphertextBlob: old }))).Plaintext!).toString()).toBe("before");
    const events = await serviceEvents("RotateKey");
    const mine = events.find((e) => (e.serviceEventDetails as { keyId: string }).keyId === KeyId)!;
    expect(mine).toMatchObject({ eventType: "AwsServiceEvent", userIdentity: { invokedBy: "AWS Internal" }, serviceEventDetails: { rotationType: "AUTOMATIC" } });
  });

  it("on-demand rotation: ConflictException while in progress, a per-key limit, ON_DEMAND in the history", async () => {
    const KeyId = await newKey();
    await c.kms.send(new RotateKeyOnDemandCommand({ KeyId }));
    expect((await c.kms.send(new GetKeyRotationStatusCommand({ KeyId }))).OnDemandRotationStartDate).toBeInstanceOf(Date);
    expect((await errorOf(c.kms.send(new RotateKeyOnDemandCommand({ KeyId }))))).toMatchObject({ name: "ConflictException" });
    await advance(sandbox, "PT2M");
    await c.kms.send(new RotateKeyOnDemandCommand({ KeyId }));
    await advance(sandbox, "PT2M");
    expect((await errorOf(c.kms.send(new RotateKeyOnDemandCommand({ KeyId }))))).toMatchObject({ name: "LimitExceededException" });
    const rotations = (await c.kms.send(new ListKeyRotationsCommand({ KeyId }))).Rotations!;
    expect(rotations.map((r) => r.RotationType)).toEqual(["ON_DEMAND", "ON_DEMAND"]);
    expect(rotations.map((r) => r.KeyMaterialState)).toEqual(["NON_CURRENT", "CURRENT"]);
  });

  it("ListKeyRotations with IncludeKeyMaterial ALL_KEY_MATERIAL lists the first material too, and DescribeKey names the current one", async () => {
    const KeyId = await newKey();
    const first = (await c.kms.send(new DescribeKeyCommand({ KeyId }))).KeyMetadata!.CurrentKeyMaterialId!;
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect((await c.kms.send(new ListKeyRotationsCommand({ KeyId, IncludeKeyMaterial: "ALL_KEY_MATERIAL" }))).Rotations).toEqual([
      { KeyId, KeyMaterialId: first, KeyMaterialState: "CURRENT" },
    ]);
    await c.kms.send(new RotateKeyOnDemandCommand({ KeyId }));
    await advance(sandbox, "PT2M");
    const all = (await c.kms.send(new ListKeyRotationsCommand({ KeyId, IncludeKeyMaterial: "ALL_KEY_MATERIAL" }))).Rotations!;
    expect(all.map((r) => [r.KeyMaterialId === first, r.KeyMaterialState, r.RotationType])).toEqual([[true, "NON_CURRENT", undefined], [false, "CURRENT", "ON_DEMAND"]]);
    expect(all[1]!.KeyMaterialId).toBe((await c.kms.send(new DescribeKeyCommand({ KeyId }))).KeyMetadata!.CurrentKeyMaterialId);
    expect((await c.kms.send(new ListKeyRotationsCommand({ KeyId }))).Rotations!.map((r) => r.KeyMaterialId)).toEqual([all[1]!.KeyMaterialId]);
    const paged = await c.kms.send(new ListKeyRotationsCommand({ KeyId, IncludeKeyMaterial: "ALL_KEY_MATERIAL", Limit: 1 }));
    expect(paged.Truncated).toBe(true);
    expect((await c.kms.send(new ListKeyRotationsCommand({ KeyId, IncludeKeyMaterial: "ALL_KEY_MATERIAL", Marker: paged.NextMarker }))).Rotations!.map((r) => r.KeyMaterialId)).toEqual([all[1]!.KeyMaterialId]);
  });

  it("ListKeyRotations answers for imported keys (they rotate on demand): no material before the first import", async () => {
    const KeyId = (await c.kms.send(new CreateKeyCommand({ Origin: "EXTERNAL" }))).KeyMetadata!.KeyId!;
    expect((await c.kms.send(new ListKeyRotationsCommand({ KeyId, IncludeKeyMaterial: "ALL_KEY_MATERIAL" }))).Rotations).toEqual([]);
    expect((await errorOf(c.kms.send(new GetKeyRotationStatusCommand({ KeyId }))))).toMatchObject({ name: "UnsupportedOperationException" });
  });

  it("rotation is unsupported for asymmetric, HMAC and imported keys", async () => {
    for (const input of [{ KeySpec: "RSA_2048", KeyUsage: "SIGN_VERIFY" }, { KeySpec: "HMAC_256", KeyUsage: "GENERATE_VERIFY_MAC" }, { Origin: "EXTERNAL" }] as const) {
      const KeyId = (await c.kms.send(new CreateKeyCommand(input))).KeyMetadata!.KeyId!;
      expect((await errorOf(c.kms.send(new EnableKeyRotationCommand({ KeyId }))))).toMatchObject({ name: "UnsupportedOperationException" });
      expect((await errorOf(c.kms.send(new RotateKeyOnDemandCommand({ KeyId }))))).toMatchObject({ name: "UnsupportedOperationException" });
    }
  });

  it("the key is deleted when its waiting period ends, with a DeleteKey service event", async () => {
    const KeyId = await newKey();
    await c.kms.send(new ScheduleKeyDeletionCommand({ KeyId, PendingWindowInDays: 7 }));
    await advance(sandbox, "P6D");
    expect((await c.kms.send(new DescribeKeyCommand({ KeyId }))).KeyMetadata!.KeyState).toBe("PendingDeletion");
    await advance(sandbox, "P1DT1H");
    expect((await errorOf(c.kms.send(new DescribeKeyCommand({ KeyId }))))).toMatchObject({ name: "NotFoundException" });
    const deleted = await serviceEvents("DeleteKey");
    expect(deleted.some((e) => (e.resources as { ARN: string }[])[0]!.ARN.endsWith(KeyId))).toBe(true);
  });

  it("the clock only moves forward", async () => {
    const res = await fetch(`${sandbox.url}/_sandbox/clock`, { method: "POST", body: JSON.stringify({ to: "2020-01-01T00:00:00Z" }) });
    expect(res.status).toBe(400);
  });
});
