/** The imaginary organisation's workloads, services and clients, used to shape the demo fleet. */

export type App = { role: string; purposes: string[]; client: keyof typeof USER_AGENTS; services: string[] };

export const APPS: Record<string, App[]> = {
  "111122223333": [
    { role: "log-archiver", purposes: ["cloudtrail-logs", "vpc-flow-logs", "config-snapshots"], client: "python", services: ["s3"] },
    { role: "security-scanner", purposes: ["findings-export", "evidence-vault"], client: "python", services: ["s3", "secretsmanager"] },
  ],
  "444455556666": [
    { role: "payments-api", purposes: ["card-vault", "tokenization", "api-secrets", "session-keys"], client: "java", services: ["secretsmanager", "dynamodb", "lambda"] },
    { role: "ledger-worker", purposes: ["ledger-db", "ledger-archive", "settlement-files"], client: "java", services: ["rds", "s3"] },
    { role: "fraud-detector", purposes: ["model-artifacts", "feature-store", "alerts-queue"], client: "python", services: ["s3", "sqs"] },
  ],
  "777788889999": [
    { role: "etl-runner", purposes: ["raw-zone", "curated-zone", "glue-jobs", "staging-db"], client: "python", services: ["s3", "rds"] },
    { role: "analytics-reader", purposes: ["warehouse", "dashboards"], client: "js", services: ["s3"] },
    { role: "ml-training", purposes: ["training-data", "model-registry", "notebook-volumes"], client: "python", services: ["s3", "ebs"] },
  ],
};

/** AWS managed keys that exist (used by a service) and predefined aliases that have no key yet. */
export const AWS_MANAGED_SERVICES = ["s3", "ebs", "rds", "lambda", "secretsmanager", "sns", "sqs", "dynamodb", "ssm", "backup"];
export const PREDEFINED_ALIASES = ["acm", "codecommit", "dms", "elasticfilesystem", "es", "glue", "kinesis", "redshift", "xray"];

/** kms:ViaService prefix for each service's AWS managed key. */
export const VIA_SERVICE: Record<string, string> = { ebs: "ec2", s3: "s3", rds: "rds", lambda: "lambda", secretsmanager: "secretsmanager", sns: "sns", sqs: "sqs", dynamodb: "dynamodb", ssm: "ssm", backup: "backup" };

export const SERVICE_NAMES: Record<string, string> = {
  s3: "S3",
  ebs: "EBS",
  rds: "RDS",
  lambda: "Lambda",
  secretsmanager: "SecretsManager",
  sns: "SNS",
  sqs: "SQS",
  dynamodb: "DynamoDB",
  ssm: "SSM",
  backup: "Backup",
};

export const USER_AGENTS = {
  java: "aws-sdk-java/2.25.16 Linux/5.10.219-208.866.amzn2.x86_64 OpenJDK_64-Bit_Server_VM/17.0.11+9-LTS Java/17.0.11 vendor/Amazon.com_Inc. io/sync http/Apache cfg/retry-mode/standard",
  python: "Boto3/1.34.84 md/Botocore#1.34.84 ua/2.0 os/linux#5.10.219-208.866.amzn2.x86_64 md/arch#x86_64 lang/python#3.11.9 md/pyimpl#CPython cfg/retry-mode#legacy Botocore/1.34.84",
  js: "aws-sdk-js/3.592.0 ua/2.0 os/linux#5.10.219-208.866.amzn2.x86_64 lang/js md/nodejs#20.14.0 api/kms#3.592.0",
  terraform:
    "APN/1.0 HashiCorp/1.0 Terraform/1.8.5 (+https://www.terraform.io) terraform-provider-aws/5.54.1 (+https://registry.terraform.io/providers/hashicorp/aws) aws-sdk-go-v2/1.27.2 os/linux lang/go#1.22.3 md/GOOS#linux md/GOARCH#amd64 api/kms#1.33.0",
  console: "AWS Internal",
  scanner: "prowler/4.2.4 Boto3/1.34.84 md/Botocore#1.34.84 ua/2.0 os/linux lang/python#3.11.9 Botocore/1.34.84",
};

export const TEAMS: Record<string, string> = { "111122223333": "security", "444455556666": "payments", "777788889999": "data" };
export const ENVIRONMENTS = ["prod", "prod", "prod", "staging", "dev"];
export const CLASSIFICATIONS = ["confidential", "restricted", "internal", "pci"];

/** UTC offset of each Region's office hours, for the daily rhythm of traffic. */
export const REGION_UTC_OFFSET: Record<string, number> = { "us-east-1": -5, "us-west-2": -8, "eu-west-1": 0, "ap-southeast-2": 10 };
export const ACCOUNT_WEIGHT: Record<string, number> = { "111122223333": 0.6, "444455556666": 1.4, "777788889999": 1.0 };
export const REGION_WEIGHT: Record<string, number> = { "us-east-1": 1.5, "us-west-2": 0.8, "eu-west-1": 1.2, "ap-southeast-2": 0.5 };
