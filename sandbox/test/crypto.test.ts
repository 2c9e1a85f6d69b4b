import {
  CreateGrantCommand,
  CreateKeyCommand,
  type CreateKeyCommandInput,
  DecryptCommand,
  DescribeKeyCommand,
  EncryptCommand,
  GenerateDataKeyCommand,
  GenerateMacCommand,
  GetKeyLastUsageCommand,
  PutKeyPolicyCommand,
  SignCommand,
  VerifyCommand,
  VerifyMacCommand,
} from "@aws-sdk/client-kms";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sandbox } from "../index";
import { clientsFor, errorOf, start, type Clients } from "./helpers";

let sandbox: Sandbox;
let c: Clients;
let member: Clients;

beforeAll(async () => {
  sandbox = await start();
  c = clientsFor(sandbox);
  member = clientsFor(sandbox, "us-east-1", { accessKeyId: "AKIA444455556666DEMO", secretAccessKey: "sandbox/444455556666/EXAMPLEKEY" });
});
afterAll(() => sandbox.stop());

const create = async (input: CreateKeyCommandInput, client = c) => (await client.kms.send(new CreateKeyCommand(input))).KeyMetadata!;

describe("cryptographic operations", () => {
  it("data keys decrypt only with the same encryption context; tampering is InvalidCiphertextException", async () => {
    const KeyId = (await create({})).KeyId!;
    const context = { tenant: "t-1" };
    const dk = await c.kms.send(new GenerateDataKeyCommand({ KeyId, KeySpec: "AES_256", EncryptionContext: context }));
    expect(dk.Plaintext).toHaveLength(32);
    const back = await c.kms.send(new DecryptCommand({ CiphertextBlob: dk.CiphertextBlob, EncryptionContext: context }));
    expect(Buffer.from(back.Plaintext!).equals(Buffer.from(dk.Plaintext!))).toBe(true);
    expect(await errorOf(c.kms.send(new DecryptCommand({ CiphertextBlob: dk.CiphertextBlob })))).toMatchObject({ name: "InvalidCiphertextException" });
    const tampered = Buffer.from(dk.CiphertextBlob!);
    tampered[tampered.length - 1] ^= 1;
    expect(await errorOf(c.kms.send(new DecryptCommand({ CiphertextBlob: tampered, EncryptionContext: context })))).toMatchObject({ name: "InvalidCiphertextException" });
    const other = (await create({})).KeyId!;
    expect(await errorOf(c.kms.send(new DecryptCommand({ KeyId: other, CiphertextBlob: dk.CiphertextBlob, EncryptionContext: context })))).toMatchObject({ name: "IncorrectKeyException" });
    const usage = await c.kms.send(new GetKeyLastUsageCommand({ KeyId }));
    expect(usage.KeyLastUsage).toMatchObject({ Operation: "Decrypt" });
    expect(usage.KeyLastUsage!.CloudTrailEventId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("RSA encryption and signing, ECC and Ed25519 signing, HMAC", async () => {
    const rsa = (await create({ KeySpec: "RSA_2048", KeyUsage: "ENCRYPT_DECRYPT" })).KeyId!;
    const sealed = await c.kms.send(new EncryptCommand({ KeyId: rsa, Plaintext: Buffer.from("secret"), EncryptionAlgorithm: "RSAES_OAEP_SHA_256" }));
    const opened = await c.kms.send(new DecryptCommand({ KeyId: rsa, CiphertextBlob: sealed.CiphertextBlob, EncryptionAlgorithm: "RSAES_OAEP_SHA_256" }));
    expect(Buffer.from(opened.Plaintext!).toString()).toBe("secret");
    expect(await errorOf(c.kms.send(new EncryptCommand({ KeyId: rsa, Plaintext: Buffer.from("x") })))).toMatchObject({ name: "InvalidKeyUsageException" });
    for (const [KeySpec, SigningAlgorithm] of [
      ["RSA_2048", "RSASSA_PSS_SHA_256"],
      ["RSA_2048", "RSASSA_PKCS1_V1_5_SHA_384"],
      ["ECC_NIST_P384", "ECDSA_SHA_384"],
      ["ECC_SECG_P256K1", "ECDSA_SHA_256"],
      ["ECC_NIST_EDWARDS25519", "ED25519_SHA_512"],
    ] as const) {
      const KeyId = (await create({ KeySpec, KeyUsage: "SIGN_VERIFY" })).KeyId!;
      const Message = Buffer.from(`message for ${KeySpec}`);
      const { Signature } = await c.kms.send(new SignCommand({ KeyId, Message, SigningAlgorithm }));
      expect((await c.kms.send(new VerifyCommand({ KeyId, Message, Signature, SigningAlgorithm }))).SignatureValid).toBe(true);
      const e = await errorOf(c.kms.send(new VerifyCommand({ KeyId, Message: Buffer.from("other"), Signature, SigningAlgorithm })));
      expect(e.name, KeySpec).toBe("KMSInvalidSignatureException");
    }
    const hmac = (await create({ KeySpec: "HMAC_512", KeyUsage: "GENERATE_VERIFY_MAC" })).KeyId!;
    const { Mac } = await c.kms.send(new GenerateMacCommand({ KeyId: hmac, Message: Buffer.from("m"), MacAlgorithm: "HMAC_SHA_512" }));
    expect((await c.kms.send(new VerifyMacCommand({ KeyId: hmac, Message: Buffer.from("m"), Mac, MacAlgorithm: "HMAC_SHA_512" }))).MacValid).toBe(true);
    expect(await errorOf(c.kms.send(new VerifyMacCommand({ KeyId: hmac, Message: Buffer.from("n"), Mac, MacAlgorithm: "HMAC_SHA_512" })))).toMatchObject({ name: "KMSInvalidMacException" });
    expect(await errorOf(c.kms.send(new GenerateMacCommand({ KeyId: hmac, Message: Buffer.from("m"), MacAlgorithm: "HMAC_SHA_256" })))).toMatchObject({ name: "InvalidKeyUsageException" });
  });
});

describe("cross-account use is decided by the key policy and grants", () => {
  it("another account uses a key only when the policy or a grant allows it, and both accounts log the call", async () => {
    const key = await create({}, member);
    const arn = key.Arn!;
    expect(await errorOf(c.kms.send(new DescribeKeyCommand({ KeyId: arn })))).toMatchObject({ name: "AccessDeniedException" });
    expect(await errorOf(c.kms.send(new DescribeKeyCommand({ KeyId: key.KeyId })))).toMatchObject({ name: "NotFoundException" });
    const policy = {
      Version: "2012-10-17",
      Statement: [
        { Sid: "Enable IAM User Permissions", Effect: "Allow", Principal: { AWS: "arn:aws:iam::444455556666:root" }, Action: "kms:*", Resource: "*" },
        { Sid: "Allow an external account to use this KMS key", Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: ["kms:Encrypt", "kms:DescribeKey"], Resource: "*" },
      ],
    };
    await member.kms.send(new PutKeyPolicyCommand({ KeyId: key.KeyId, Policy: JSON.stringify(policy) }));
    expect((await c.kms.send(new DescribeKeyCommand({ KeyId: arn }))).KeyMetadata!.AWSAccountId).toBe("444455556666");
    const blob = (await c.kms.send(new EncryptCommand({ KeyId: arn, Plaintext: Buffer.from("x") }))).CiphertextBlob!;
    expect(await errorOf(c.kms.send(new DecryptCommand({ CiphertextBlob: blob })))).toMatchObject({ name: "AccessDeniedException" });
    await member.kms.send(new CreateGrantCommand({ KeyId: key.KeyId, GranteePrincipal: "arn:aws:iam::111122223333:user/keywarden-demo", Operations: ["Decrypt"] }));
    expect(Buffer.from((await c.kms.send(new DecryptCommand({ CiphertextBlob: blob }))).Plaintext!).toString()).toBe("x");
    const owner = [...sandbox.world.events.stream("444455556666", "us-east-1").newestFirst(Number.MAX_SAFE_INTEGER, 0)];
    expect(owner.some((e) => e.record.eventName === "Decrypt" && (e.record.userIdentity as { accountId: string }).accountId === "111122223333")).toBe(true);
  });
});
