import {
  CancelKeyDeletionCommand,
  CreateAliasCommand,
  CreateGrantCommand,
  CreateKeyCommand,
  DecryptCommand,
  DescribeKeyCommand,
  DisableKeyCommand,
  DisableKeyRotationCommand,
  EnableKeyCommand,
  EnableKeyRotationCommand,
  EncryptCommand,
  GenerateDataKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  ListResourceTagsCommand,
  ScheduleKeyDeletionCommand,
  TagResourceCommand,
} from "@aws-sdk/client-kms";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sandbox } from "../index";
import { clientsFor, errorOf, start, type Clients } from "./helpers";

let sandbox: Sandbox;
let c: Clients;

beforeAll(async () => {
  sandbox = await start();
  c = clientsFor(sandbox);
});
afterAll(() => sandbox.stop());

async function newKey(origin?: "EXTERNAL"): Promise<string> {
  const r = await c.kms.send(new CreateKeyCommand({ Origin: origin }));
  return r.KeyMetadata!.KeyId!;
}

const state = async (KeyId: string) => (await c.kms.send(new DescribeKeyCommand({ KeyId }))).KeyMetadata!;

// The key state table of the KMS Developer Guide, footnotes [1] [3] [4] [5] [6].
describe("key state table", () => {
  it("Disabled: cryptographic operations and grants fail with DisabledException, management works", async () => {
    const KeyId = await newKey();
    const ciphertext = (await c.kms.send(new EncryptCommand({ KeyId, Plaintext: Buffer.from("x") }))).CiphertextBlob!;
    await c.kms.send(new DisableKeyCommand({ KeyId }));
    expect((await state(KeyId)).Enabled).toBe(false);
    for (const call of [
      c.kms.send(new EncryptCommand({ KeyId, Plaintext: Buffer.from("x") })),
      c.kms.send(new DecryptCommand({ CiphertextBlob: ciphertext })),
      c.kms.send(new GenerateDataKeyCommand({ KeyId, KeySpec: "AES_256" })),
      c.kms.send(new CreateGrantCommand({ KeyId, GranteePrincipal: "arn:aws:iam::111122223333:role/app", Operations: ["Decrypt"] })),
      c.kms.send(new EnableKeyRotationCommand({ KeyId })),
    ]) {
      const e = await errorOf(call);
      expect(e.name).toBe("DisabledException");
      expect(e.message).toMatch(/is disabled\.$/);
    }
    await c.kms.send(new TagResourceCommand({ KeyId, Tags: [{ TagKey: "a", TagValue: "b" }] }));
    await c.kms.send(new GetKeyPolicyCommand({ KeyId, PolicyName: "default" }));
    await c.kms.send(new EnableKeyCommand({ KeyId }));
    expect((await state(KeyId)).KeyState).toBe("Enabled");
  });

  it("PendingDeletion: most operations fail with KMSInvalidStateException; cancel returns the key to Disabled", async () => {
    const KeyId = await newKey();
    const scheduled = await c.kms.send(new ScheduleKeyDeletionCommand({ KeyId, PendingWindowInDays: 7 }));
    expect(scheduled.KeyState).toBe("PendingDeletion");
    expect(scheduled.DeletionDate!.getTime() - Date.parse("2026-06-01T00:00:00Z")).toBeGreaterThanOrEqual(7 * 86_400_000);
    const meta = await state(KeyId);
    expect(meta.DeletionDate).toEqual(scheduled.DeletionDate);
    for (const call of [
      c.kms.send(new EncryptCommand({ KeyId, Plaintext: Buffer.from("x") })),
      c.kms.send(new EnableKeyCommand({ KeyId })),
      c.kms.send(new DisableKeyCommand({ KeyId })),
      c.kms.send(new TagResourceCommand({ KeyId, Tags: [{ TagKey: "a", TagValue: "b" }] })),
      c.kms.send(new CreateAliasCommand({ AliasName: "alias/pending", TargetKeyId: KeyId })),
      c.kms.send(new ScheduleKeyDeletionCommand({ KeyId })),
    ]) {
      const e = await errorOf(call);
      expect(e.name).toBe("KMSInvalidStateException");
      expect(e.message).toMatch(/is pending deletion\.$/);
    }
    expect((await c.kms.send(new GetKeyRotationStatusCommand({ KeyId }))).KeyRotationEnabled).toBe(false);
    await c.kms.send(new ListResourceTagsCommand({ KeyId }));
    await c.kms.send(new CancelKeyDeletionCommand({ KeyId }));
    const after = await state(KeyId);
    expect(after.KeyState).toBe("Disabled");
    expect(after.DeletionDate).toBeUndefined();
  });

  it("CancelKeyDeletion on a key that is not pending deletion fails", async () => {
    const KeyId = await newKey();
    const e = await errorOf(c.kms.send(new CancelKeyDeletionCommand({ KeyId })));
    expect(e.name).toBe("KMSInvalidStateException");
    expect(e.message).toMatch(/is not pending deletion\.$/);
  });

  it("rotation keeps its status through a cancelled deletion", async () => {
    const KeyId = await newKey();
    await c.kms.send(new EnableKeyRotationCommand({ KeyId, RotationPeriodInDays: 180 }));
    await c.kms.send(new ScheduleKeyDeletionCommand({ KeyId }));
    expect((await c.kms.send(new GetKeyRotationStatusCommand({ KeyId }))).KeyRotationEnabled).toBe(false);
    await c.kms.send(new CancelKeyDeletionCommand({ KeyId }));
    await c.kms.send(new EnableKeyCommand({ KeyId }));
    const status = await c.kms.send(new GetKeyRotationStatusCommand({ KeyId }));
    expect(status.KeyRotationEnabled).toBe(true);
    expect(status.RotationPeriodInDays).toBe(180);
  });

  it("PendingImport: imported keys start without material and refuse use and rotation", async () => {
    const KeyId = await newKey("EXTERNAL");
    const meta = await state(KeyId);
    expect(meta.KeyState).toBe("PendingImport");
    expect(meta.Origin).toBe("EXTERNAL");
    expect((await errorOf(c.kms.send(new EncryptCommand({ KeyId, Plaintext: Buffer.from("x") })))).name).toBe("KMSInvalidStateException");
    expect((await errorOf(c.kms.send(new EnableKeyCommand({ KeyId })))).message).toMatch(/is pending import\.$/);
    const rotation = await errorOf(c.kms.send(new EnableKeyRotationCommand({ KeyId })));
    expect(rotation.name).toBe("UnsupportedOperationException");
    expect((await errorOf(c.kms.send(new DisableKeyRotationCommand({ KeyId })))).name).toBe("UnsupportedOperationException");
    await c.kms.send(new ScheduleKeyDeletionCommand({ KeyId }));
  });
});
