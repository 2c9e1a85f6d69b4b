import { prettyPolicy } from "./pretty-policy";

/** The policy CreateKey attaches when the caller gives none (KMS Developer Guide, "Default key policy"). */
export function defaultKeyPolicy(account: string): string {
  return prettyPolicy({
    Version: "2012-10-17",
    Id: "key-default-1",
    Statement: [
      {
        Sid: "Enable IAM User Permissions",
        Effect: "Allow",
        Principal: { AWS: `arn:aws:iam::${account}:root` },
        Action: "kms:*",
        Resource: "*",
      },
    ],
  });
}

/**
 * The shape of an AWS managed key's policy: use only through the service, metadata for the
 * account. This is why such keys refuse DisableKey, PutKeyPolicy and direct Encrypt calls.
 */
export function awsManagedKeyPolicy(account: string, region: string, service: string, viaService: string): string {
  return prettyPolicy({
    Version: "2012-10-17",
    Id: `auto-${service}-2`,
    Statement: [
      {
        Sid: `Allow access through ${service.toUpperCase()} for all principals in the account that are authorized to use ${service.toUpperCase()}`,
        Effect: "Allow",
        Principal: { AWS: "*" },
        Action: ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:CreateGrant", "kms:DescribeKey"],
        Resource: "*",
        Condition: { StringEquals: { "kms:ViaService": `${viaService}.${region}.amazonaws.com`, "kms:CallerAccount": account } },
      },
      {
        Sid: "Allow direct access to key metadata to the account",
        Effect: "Allow",
        Principal: { AWS: `arn:aws:iam::${account}:root` },
        Action: ["kms:Describe*", "kms:Get*", "kms:List*", "kms:RevokeGrant"],
        Resource: "*",
      },
    ],
  });
}
