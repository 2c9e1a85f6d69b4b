import type { PrismaClient } from "@/lib/db/generated/client";

export const GRAPH_KEY_ARN = "arn:aws:kms:us-east-1:111122223333:key/0b0b0b0b-1111-2222-3333-444455556666";
const ACCOUNT = "111122223333";
const OTHERS = ["777788889999", "222233334444", "444455556666"];
const SERVICES = ["logs.amazonaws.com", "s3.amazonaws.com", "dynamodb.amazonaws.com", "rds.amazonaws.com", "lambda.amazonaws.com"];

/** 30 statements: the root, admins and users by role, other accounts, services, a public one, conditions and a Deny. */
function policy(): string {
  const statements: object[] = [{ Sid: "EnableRoot", Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: "kms:*", Resource: "*" }];
  for (let i = 0; statements.length < 28; i++) {
    const account = i % 4 === 0 ? OTHERS[i % OTHERS.length]! : ACCOUNT;
    const kind = i % 5;
    const principal = kind === 4 ? { Service: SERVICES[i % SERVICES.length] } : { AWS: `arn:aws:iam::${account}:role/team-${i}` };
    const action = kind === 0 ? ["kms:Create*", "kms:Describe*", "kms:Enable*", "kms:List*", "kms:Put*", "kms:Update*", "kms:Revoke*", "kms:Disable*", "kms:Get*", "kms:Delete*", "kms:ScheduleKeyDeletion", "kms:CancelKeyDeletion"] : ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"];
    const condition = i % 3 === 0 ? { Condition: { StringEquals: { "kms:ViaService": `s3.us-east-1.amazonaws.com`, "kms:CallerAccount": account } } } : {};
    statements.push({ Sid: `Statement${i}`, Effect: "Allow", Principal: principal, Action: action, Resource: "*", ...condition });
  }
  statements.push({ Sid: "DenyDeleteWithoutMfa", Effect: "Deny", Principal: { AWS: "*" }, Action: "kms:ScheduleKeyDeletion", Resource: "*", Condition: { Bool: { "aws:MultiFactorAuthPresent": "false" } } });
  statements.push({ Sid: "AllowDecryptForAnyone", Effect: "Allow", Principal: "*", Action: "kms:Decrypt", Resource: "*" });
  return JSON.stringify({ Version: "2012-10-17", Id: "bench", Statement: statements });
}

/** One key with the policy above and 500 grants to 60 principals in four accounts and five services. */
export async function seedAccessGraphKey(prisma: PrismaClient): Promise<void> {
  const now = new Date();
  for (const id of [ACCOUNT, OTHERS[0]!]) await prisma.awsAccount.upsert({ where: { id }, create: { id, name: id === ACCOUNT ? "security-tooling" : "payments-prod" }, update: {} });
  await prisma.kmsKey.create({
    data: {
      arn: GRAPH_KEY_ARN, accountId: ACCOUNT, region: "us-east-1", keyId: GRAPH_KEY_ARN.split("/")[1]!, keyState: "Enabled", enabled: true, keyManager: "CUSTOMER",
      keySpec: "SYMMETRIC_DEFAULT", keyUsage: "ENCRYPT_DECRYPT", origin: "AWS_KMS", creationDate: now, encryptionAlgorithms: ["SYMMETRIC_DEFAULT"],
      signingAlgorithms: [], macAlgorithms: [], keyAgreementAlgorithms: [], syncedAt: now,
    },
  });
  await prisma.keyPolicy.create({ data: { keyArn: GRAPH_KEY_ARN, policyName: "default", policyText: policy(), contentHash: "bench", syncedAt: now } });
  await prisma.kmsGrant.createMany({
    data: Array.from({ length: 500 }, (_, i) => {
      const account = [ACCOUNT, ...OTHERS][i % 4]!;
      const grantee = i % 10 === 9 ? SERVICES[i % SERVICES.length]! : `arn:aws:iam::${account}:role/app-${i % 60}`;
      const operations = i % 25 === 0 ? ["Decrypt", "CreateGrant"] : i % 7 === 0 ? ["Encrypt", "Decrypt", "RetireGrant"] : ["Decrypt", "GenerateDataKey"];
      return {
        keyArn: GRAPH_KEY_ARN,
        grantId: `${String(i).padStart(4, "0")}${"a".repeat(60)}`,
        name: `grant-${i}`,
        granteePrincipal: grantee,
        retiringPrincipal: i % 11 === 0 ? `arn:aws:iam::${ACCOUNT}:role/grant-janitor` : null,
        operations,
        constraints: i % 6 === 0 ? undefined : { EncryptionContextSubset: { tenant: `t-${i % 40}` } },
        creationDate: now,
        syncedAt: now,
      };
    }),
  });
}
