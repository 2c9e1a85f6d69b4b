import type { StaticCredential } from "../auth/credentials";
import type { FleetAccount, TrailConfig } from "./fleet-info";

/** Account ids are the documentation examples AWS uses, so nothing here looks like a real account. */
export const HOME_ACCOUNT = "111122223333";
export const ORG_ID = "o-a1b2c3d4e5";
export const ORG_REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "ap-southeast-2"];
export const READER_ROLE = "KeywardenReader";

/** The static demo credentials: AWS's documented example key pair, an IAM user in the home account. */
export const DEMO_CREDENTIALS: StaticCredential = {
  accessKeyId: "AKIAIOSFODNN7EXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  accountId: HOME_ACCOUNT,
  userName: "keywarden-demo",
};

export const APP_ROLES: Record<string, string[]> = {
  "111122223333": ["security-scanner", "log-archiver", "ci-deploy"],
  "444455556666": ["payments-api", "ledger-worker", "fraud-detector", "ci-deploy"],
  "777788889999": ["etl-runner", "analytics-reader", "ml-training", "reporting-job", "ci-deploy"],
};

const account = (accountId: string, name: string): FleetAccount => ({
  accountId,
  name,
  readerRoleArn: accountId === HOME_ACCOUNT ? null : `arn:aws:iam::${accountId}:role/${READER_ROLE}`,
  roles: [READER_ROLE, "KeywardenOperator", ...(APP_ROLES[accountId] ?? [])],
});

export const ORG_ACCOUNTS: FleetAccount[] = [
  account(HOME_ACCOUNT, "security-tooling"),
  account("444455556666", "payments-prod"),
  account("777788889999", "data-platform"),
];

/** One long-term key per member account too, for tests that act inside an account directly. */
export const MEMBER_CREDENTIALS: StaticCredential[] = ORG_ACCOUNTS.filter((a) => a.accountId !== HOME_ACCOUNT).map((a) => ({
  accessKeyId: `AKIA${a.accountId}DEMO`,
  secretAccessKey: `sandbox/${a.accountId}/EXAMPLEKEY`,
  accountId: a.accountId,
  userName: "ops-admin",
}));

const trail = (acct: string, name: string, homeRegion: string, exclude: string[] = []): TrailConfig => ({
  account: acct,
  name,
  homeRegion,
  isMultiRegionTrail: true,
  s3BucketName: `aws-cloudtrail-logs-${acct}-${name}`,
  excludeManagementEventSources: exclude,
});

/** data-platform saves cost by leaving KMS out of its trail: its KMS usage is unknown, not zero. */
export const ORG_TRAILS: TrailConfig[] = [
  trail(HOME_ACCOUNT, "org-audit", "us-east-1"),
  trail("444455556666", "payments-audit", "us-east-1"),
  trail("777788889999", "data-platform-mgmt", "eu-west-1", ["kms.amazonaws.com"]),
];
