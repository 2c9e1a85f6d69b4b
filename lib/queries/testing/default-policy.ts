/** The shape of the default key policy KMS writes, plus an optional key-user statement. */
export function defaultPolicy(account: string, user?: string): string {
  const statements: object[] = [
    { Sid: "Enable IAM User Permissions", Effect: "Allow", Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: "kms:*", Resource: "*" },
  ];
  if (user) {
    statements.push({
      Sid: "Allow use of the key",
      Effect: "Allow",
      Principal: { AWS: user },
      Action: ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"],
      Resource: "*",
    });
  }
  return JSON.stringify({ Version: "2012-10-17", Id: "key-default-1", Statement: statements });
}
