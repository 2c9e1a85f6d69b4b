// Words and weights for generated test inventories: shaped like a real multi-account estate.

export const REGIONS_BY_WEIGHT = [
  ["us-east-1", 30],
  ["eu-west-1", 20],
  ["us-west-2", 15],
  ["eu-central-1", 12],
  ["ap-southeast-2", 8],
  ["ap-northeast-1", 6],
  ["ca-central-1", 5],
  ["sa-east-1", 4],
] as const;

export const ACCOUNT_NAMES = ["prod-payments", "prod-data", "staging", "security-tooling", "shared-services", "dev-sandbox", "analytics", "identity"];

export const AWS_SERVICES = ["s3", "ebs", "rds", "secretsmanager", "lambda", "sns", "sqs", "dynamodb", "backup", "ssm", "redshift", "elasticfilesystem", "kinesis", "glue"];

export const APPS = ["payments", "ledger", "checkout", "orders", "billing", "identity", "search", "reports", "audit", "backup", "media", "messaging", "fraud", "crm", "warehouse"];
export const PURPOSES = ["data", "tokens", "secrets", "pii", "logs", "signing", "webhooks", "exports", "sessions", "cache"];
export const ENVIRONMENTS = ["prod", "staging", "dev", "test"];
export const TEAMS = ["platform", "payments", "data", "security", "identity", "growth", "sre"];
export const CLASSIFICATIONS = ["public", "internal", "confidential", "restricted"];

export const CUSTOMER_SPECS = [
  ["SYMMETRIC_DEFAULT", 80],
  ["RSA_2048", 4],
  ["RSA_3072", 1],
  ["RSA_4096", 3],
  ["ECC_NIST_P256", 4],
  ["ECC_NIST_P384", 2],
  ["ECC_SECG_P256K1", 1],
  ["HMAC_256", 3],
  ["HMAC_512", 1],
  ["ML_DSA_65", 1],
] as const;

export const GRANT_OPERATION_SETS = [
  ["Decrypt", "GenerateDataKey"],
  ["Encrypt", "Decrypt", "ReEncryptFrom", "ReEncryptTo", "GenerateDataKeyWithoutPlaintext", "DescribeKey", "CreateGrant"],
  ["Decrypt"],
  ["Sign", "Verify"],
  ["GenerateDataKeyWithoutPlaintext", "Decrypt", "RetireGrant"],
];
