import { execFile } from "node:child_process";
import path from "node:path";
import { beforeAll, expect, it } from "vitest";
import { describeEachDatabase } from "@/lib/db/testing";

const ARN = "arn:aws:kms:eu-west-1:111122223333:key/k1";

// `npm run access -- --key <arn>` reads an inventoried key's policy and grants from DATABASE_URL.
describeEachDatabase("npm run access -- --key", (db) => {
  const run = (args: string[], env: Record<string, string> = {}) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      const options = { cwd: path.join(import.meta.dirname, ".."), env: { ...process.env, DATABASE_URL: db.url, KEYWARDEN_TRUSTED_ACCOUNTS: "", KEYWARDEN_ORG_ID: "", ...env } };
      execFile("npm", ["run", "-s", "access", "--", ...args], options, (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
    });

  beforeAll(async () => {
    const at = new Date("2026-05-06T07:08:09.123Z");
    await db.prisma.awsAccount.createMany({ data: [{ id: "111122223333" }, { id: "777788889999" }] });
    const key = { accountId: "111122223333", region: "eu-west-1", keyState: "Enabled", enabled: true, keyManager: "CUSTOMER", keySpec: "SYMMETRIC_DEFAULT", keyUsage: "ENCRYPT_DECRYPT", origin: "AWS_KMS", creationDate: at, syncedAt: at };
    await db.prisma.kmsKey.create({ data: { ...key, arn: ARN, keyId: "k1" } });
    const policy = {
      Version: "2012-10-17",
      Statement: [
        { Sid: "Root", Effect: "Allow", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "kms:*", Resource: "*" },
        { Sid: "Etl", Effect: "Allow", Principal: { AWS: "arn:aws:iam::777788889999:role/etl" }, Action: "kms:Decrypt", Resource: "*" },
      ],
    };
    await db.prisma.keyPolicy.create({ data: { keyArn: ARN, policyText: JSON.stringify(policy), contentHash: "h", syncedAt: at } });
    await db.prisma.kmsGrant.createMany({
      data: [
        { keyArn: ARN, grantId: "g-ctx", granteePrincipal: "arn:aws:iam::111122223333:role/app", operations: ["Decrypt"], constraints: { EncryptionContextSubset: { tenant: "t-1" } }, syncedAt: at },
        { keyArn: ARN, grantId: "g-out", granteePrincipal: "arn:aws:iam::444455556666:role/reader", operations: ["Decrypt", "DescribeKey"], syncedAt: at },
      ],
    });
  });

  it("analyses the stored policy and grants; inventoried accounts are not cross-account", async () => {
    const r = await run(["--key", ARN, "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { valid: boolean; flags: string[]; edges: { principal: string; source: string; flags: string[] }[] };
    expect(report.valid).toBe(true);
    expect(report.flags).toEqual(["cross-account", "unconstrained-grant"]);
    expect(report.edges.map((e) => [e.principal, e.source, e.flags])).toEqual([
      ["arn:aws:iam::111122223333:root", "policy:Root", []],
      ["arn:aws:iam::777788889999:role/etl", "policy:Etl", []],
      ["arn:aws:iam::111122223333:role/app", "grant:g-ctx", []],
      ["arn:aws:iam::444455556666:role/reader", "grant:g-out", ["cross-account", "unconstrained-grant"]],
    ]);
  }, 60_000);

  it("trusts the accounts of KEYWARDEN_TRUSTED_ACCOUNTS", async () => {
    const r = await run(["--key", ARN, "--json"], { KEYWARDEN_TRUSTED_ACCOUNTS: "444455556666" });
    expect(JSON.parse(r.stdout).flags).toEqual(["unconstrained-grant"]);
  }, 60_000);

  it("exits 2 for a key that is not in the inventory", async () => {
    const r = await run(["--key", "arn:aws:kms:eu-west-1:111122223333:key/none", "--json"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^access: arn:aws:kms:eu-west-1:111122223333:key\/none is not in the inventory\. usage: /)]);
  }, 60_000);
});
