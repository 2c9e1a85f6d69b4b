import { readFileSync } from "node:fs";
import path from "node:path";
import {
  CreateAliasCommand,
  CreateKeyCommand,
  DeleteAliasCommand,
  DescribeKeyCommand,
  EnableKeyRotationCommand,
  GenerateDataKeyCommand,
  ListAliasesCommand,
  ListGrantsCommand,
  ListKeyRotationsCommand,
  ListKeysCommand,
  ListResourceTagsCommand,
  PutKeyPolicyCommand,
  ScheduleKeyDeletionCommand,
  SignCommand,
  TagResourceCommand,
  UpdateAliasCommand,
} from "@aws-sdk/client-kms";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sandbox } from "../index";
import { clientsFor, errorOf, start, type Clients } from "./helpers";

let sandbox: Sandbox;
let c: Clients;
let keyId: string;

beforeAll(async () => {
  sandbox = await start();
  c = clientsFor(sandbox);
  keyId = (await c.kms.send(new CreateKeyCommand({}))).KeyMetadata!.KeyId!;
});
afterAll(() => sandbox.stop());

describe("validation ranges (KMS API reference)", () => {
  it.each([
    ["ListKeys", 0, 1001, (Limit: number) => new ListKeysCommand({ Limit })],
    ["ListAliases", 0, 101, (Limit: number) => new ListAliasesCommand({ Limit })],
    ["ListGrants", 0, 101, (Limit: number) => new ListGrantsCommand({ KeyId: keyId, Limit })],
    ["ListResourceTags", 0, 51, (Limit: number) => new ListResourceTagsCommand({ KeyId: keyId, Limit })],
    ["ListKeyRotations", 0, 1001, (Limit: number) => new ListKeyRotationsCommand({ KeyId: keyId, Limit })],
  ])("%s Limit outside its range is a ValidationException", async (_op, low, high, make) => {
    for (const limit of [low, high]) {
      const e = await errorOf(c.kms.send(make(limit) as never));
      expect(e.name).toBe("ValidationException");
      expect(e.message).toContain("'limit'");
    }
    await c.kms.send(make(high - 1) as never);
  });

  it("ScheduleKeyDeletion PendingWindowInDays is 7–30", async () => {
    for (const days of [6, 31]) expect((await errorOf(c.kms.send(new ScheduleKeyDeletionCommand({ KeyId: keyId, PendingWindowInDays: days })))).name).toBe("ValidationException");
  });

  it("EnableKeyRotation RotationPeriodInDays is 90–2560", async () => {
    for (const days of [89, 2561]) expect((await errorOf(c.kms.send(new EnableKeyRotationCommand({ KeyId: keyId, RotationPeriodInDays: days })))).name).toBe("ValidationException");
    await c.kms.send(new EnableKeyRotationCommand({ KeyId: keyId, RotationPeriodInDays: 2560 }));
  });

  it("missing required members and bad identifiers", async () => {
    expect((await errorOf(c.kms.send(new DescribeKeyCommand({} as never))))).toMatchObject({ name: "ValidationException" });
    expect((await errorOf(c.kms.send(new DescribeKeyCommand({ KeyId: "not-a-key" }))))).toMatchObject({ name: "NotFoundException" });
    expect((await errorOf(c.kms.send(new DescribeKeyCommand({ KeyId: "11111111-2222-4333-8444-555555555555" }))))).toMatchObject({ name: "NotFoundException" });
    expect((await errorOf(c.kms.send(new DescribeKeyCommand({ KeyId: "alias/none" }))))).toMatchObject({ name: "NotFoundException" });
    expect((await errorOf(c.kms.send(new DescribeKeyCommand({ KeyId: "arn:aws:kms:us-east-1:oops" }))))).toMatchObject({ name: "InvalidArnException" });
    expect((await errorOf(c.kms.send(new CreateKeyCommand({ Description: "x".repeat(8193) }))))).toMatchObject({ name: "ValidationException" });
    expect((await errorOf(c.kms.send(new GenerateDataKeyCommand({ KeyId: keyId }))))).toMatchObject({ name: "ValidationException" });
    expect((await errorOf(c.kms.send(new GenerateDataKeyCommand({ KeyId: keyId, NumberOfBytes: 1025 }))))).toMatchObject({ name: "ValidationException" });
  });

  it("key usage and algorithm must fit the key spec", async () => {
    expect((await errorOf(c.kms.send(new CreateKeyCommand({ KeySpec: "HMAC_256" }))))).toMatchObject({ name: "ValidationException" });
    expect((await errorOf(c.kms.send(new CreateKeyCommand({ KeySpec: "ECC_NIST_P256", KeyUsage: "ENCRYPT_DECRYPT" }))))).toMatchObject({ name: "ValidationException" });
    const e = await errorOf(c.kms.send(new SignCommand({ KeyId: keyId, Message: Buffer.from("m"), SigningAlgorithm: "ECDSA_SHA_256" })));
    expect(e.name).toBe("InvalidKeyUsageException");
  });
});

describe("aliases", () => {
  it("names must start with alias/, alias/aws/ is reserved, names are unique", async () => {
    expect((await errorOf(c.kms.send(new CreateAliasCommand({ AliasName: "plain", TargetKeyId: keyId }))))).toMatchObject({ name: "ValidationException" });
    expect((await errorOf(c.kms.send(new CreateAliasCommand({ AliasName: "alias/aws/mine", TargetKeyId: keyId }))))).toMatchObject({ name: "InvalidAliasNameException" });
    expect((await errorOf(c.kms.send(new CreateAliasCommand({ AliasName: "alias/bad name", TargetKeyId: keyId }))))).toMatchObject({ name: "ValidationException" });
    await c.kms.send(new CreateAliasCommand({ AliasName: "alias/app/one", TargetKeyId: keyId }));
    expect((await errorOf(c.kms.send(new CreateAliasCommand({ AliasName: "alias/app/one", TargetKeyId: keyId }))))).toMatchObject({ name: "AlreadyExistsException" });
    expect((await c.kms.send(new DescribeKeyCommand({ KeyId: "alias/app/one" }))).KeyMetadata!.KeyId).toBe(keyId);
  });

  it("UpdateAlias needs a target of the same type and usage; DeleteAlias needs an existing alias", async () => {
    const hmac = (await c.kms.send(new CreateKeyCommand({ KeySpec: "HMAC_256", KeyUsage: "GENERATE_VERIFY_MAC" }))).KeyMetadata!.KeyId!;
    const other = (await c.kms.send(new CreateKeyCommand({}))).KeyMetadata!.KeyId!;
    await c.kms.send(new CreateAliasCommand({ AliasName: "alias/app/two", TargetKeyId: keyId }));
    expect((await errorOf(c.kms.send(new UpdateAliasCommand({ AliasName: "alias/app/two", TargetKeyId: hmac }))))).toMatchObject({ name: "ValidationException" });
    await c.kms.send(new UpdateAliasCommand({ AliasName: "alias/app/two", TargetKeyId: other }));
    expect((await c.kms.send(new DescribeKeyCommand({ KeyId: "alias/app/two" }))).KeyMetadata!.KeyId).toBe(other);
    await c.kms.send(new DeleteAliasCommand({ AliasName: "alias/app/two" }));
    expect((await errorOf(c.kms.send(new DeleteAliasCommand({ AliasName: "alias/app/two" }))))).toMatchObject({ name: "NotFoundException" });
  });
});

describe("tags and policies", () => {
  it("tag keys beginning with aws: are reserved; 50 tags at most", async () => {
    expect((await errorOf(c.kms.send(new TagResourceCommand({ KeyId: keyId, Tags: [{ TagKey: "aws:owner", TagValue: "x" }] }))))).toMatchObject({ name: "TagException" });
    const many = Array.from({ length: 51 }, (_, i) => ({ TagKey: `k${i}`, TagValue: "v" }));
    expect((await errorOf(c.kms.send(new TagResourceCommand({ KeyId: keyId, Tags: many }))))).toMatchObject({ name: "LimitExceededException" });
  });

  it("PutKeyPolicy accepts the Developer Guide's key policies and refuses IAM policies and malformed ones", async () => {
    type Entry = { kind: string; raw: string; parsed: { Statement?: unknown } | null };
    const file = path.join(__dirname, "fixtures", "policies-awsdocs-kms-devguide-all-blocks.json");
    const entries = (JSON.parse(readFileSync(file, "utf8")) as { entries: Entry[] }).entries.filter((e) => e.kind === "policy");
    const statements = (e: Entry) => [e.parsed!.Statement].flat() as Record<string, unknown>[];
    const keyPolicies = entries.filter((e) => e.parsed && statements(e).every((s) => s && typeof s === "object" && ("Principal" in s || "NotPrincipal" in s)));
    const refused = entries.filter((e) => !keyPolicies.includes(e));
    expect(keyPolicies.length).toBeGreaterThan(10);
    expect(refused.filter((e) => e.parsed === null).length).toBeGreaterThan(5);
    // A fresh key each time: with the safety check bypassed, some of these lock the caller out.
    for (const e of keyPolicies) {
      const KeyId = (await c.kms.send(new CreateKeyCommand({}))).KeyMetadata!.KeyId!;
      await c.kms.send(new PutKeyPolicyCommand({ KeyId, PolicyName: "default", Policy: e.raw, BypassPolicyLockoutSafetyCheck: true }));
    }
    for (const e of refused) {
      expect((await errorOf(c.kms.send(new PutKeyPolicyCommand({ KeyId: keyId, Policy: e.raw, BypassPolicyLockoutSafetyCheck: true })))).name).toBe("MalformedPolicyDocumentException");
    }
  });

  it("the lockout safety check refuses a policy that would lock the caller out", async () => {
    const KeyId = (await c.kms.send(new CreateKeyCommand({}))).KeyMetadata!.KeyId!;
    const lockout = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::444455556666:root" }, Action: "kms:*", Resource: "*" }] });
    const e = await errorOf(c.kms.send(new PutKeyPolicyCommand({ KeyId, Policy: lockout })));
    expect(e.name).toBe("MalformedPolicyDocumentException");
    await c.kms.send(new PutKeyPolicyCommand({ KeyId, Policy: lockout, BypassPolicyLockoutSafetyCheck: true }));
    expect((await errorOf(c.kms.send(new DescribeKeyCommand({ KeyId }))))).toMatchObject({ name: "AccessDeniedException" });
  });
});
