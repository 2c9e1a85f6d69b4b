import { z } from "zod";

// The only module that reads process.env. Everything else asks getConfig().

const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/;
const S3_BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const ACCOUNT_ID = /^\d{12}$/;
const ORG_ID = /^o-[a-z0-9]{10,32}$/;
const ROLE_ARN = /^arn:aws(-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@\/-]+$/;

const list = (item: z.ZodString, what: string) =>
  z
    .string()
    .optional()
    .transform((v) => (v ?? "").split(",").map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(item.describe(what)));

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() ? v.trim() : undefined));

const number = (min: number, max: number, fallback: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === "") return fallback;
      const n = Number(v);
      if (!Number.isFinite(n) || n < min || n > max) {
        ctx.addIssue({ code: "custom", message: `must be a number from ${min} to ${max}, got "${v}"` });
        return z.NEVER;
      }
      return n;
    });

const url = (protocols: string[]) =>
  optionalString.refine(
    (v) => {
      if (v === undefined) return true;
      try {
        return protocols.includes(new URL(v).protocol);
      } catch {
        return false;
      }
    },
    { message: `must be a URL (${protocols.join(" or ")})` },
  );

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: number(1, 65535, 3000),
  DATABASE_URL: url(["postgres:", "postgresql:"]),
  KEYWARDEN_DATA_DIR: optionalString,
  // Set by npm start for the app server it launches: DATABASE_URL then points at the embedded database.
  KEYWARDEN_EMBEDDED_DATABASE: z.enum(["0", "1"]).default("0"),
  KEYWARDEN_STATEMENT_TIMEOUT_SECONDS: number(1, 3600, 60),
  AWS_ENDPOINT_URL: url(["http:", "https:"]),
  AWS_REGION: optionalString.refine((v) => v === undefined || REGION.test(v), "must be an AWS region such as us-east-1"),
  KEYWARDEN_SANDBOX: z.enum(["auto", "on", "off"], { message: 'must be "auto", "on" or "off"' }).default("auto"),
  KEYWARDEN_REGIONS: list(z.string().regex(REGION, "each entry must be an AWS region such as eu-west-1"), "region"),
  KEYWARDEN_ACCOUNT_ROLES: list(
    z.string().regex(ROLE_ARN, "each entry must be an IAM role ARN such as arn:aws:iam::123456789012:role/KeywardenReader"),
    "role",
  ),
  KEYWARDEN_ROLE_EXTERNAL_ID: optionalString,
  KEYWARDEN_TRUSTED_ACCOUNTS: list(z.string().regex(ACCOUNT_ID, "each entry must be a 12-digit AWS account id"), "account"),
  KEYWARDEN_ORG_ID: optionalString.refine((v) => v === undefined || ORG_ID.test(v), "must be an AWS Organizations id such as o-a1b2c3d4e5"),
  KEYWARDEN_QUOTA_FRACTION: number(0.01, 1, 0.8),
  KEYWARDEN_ON_DEMAND_ROTATION_LIMIT: number(1, 1000, 25),
  KEYWARDEN_INCREMENTAL_SYNC_MINUTES: number(0, 1440, 15),
  KEYWARDEN_FULL_SYNC_HOURS: number(0, 720, 24),
  KEYWARDEN_SESSION_HOURS: number(1, 720, 12),
  KEYWARDEN_TRAIL_BUCKET: optionalString.refine((v) => v === undefined || S3_BUCKET.test(v), "must be an S3 bucket name"),
  KEYWARDEN_TRAIL_PREFIX: optionalString,
  KEYWARDEN_TRAIL_BUCKET_REGION: optionalString.refine((v) => v === undefined || REGION.test(v), "must be an AWS region such as us-east-1"),
  KEYWARDEN_TRAIL_DIR: optionalString,
  KEYWARDEN_AUDIT_INTERVAL_MINUTES: number(0, 1440, 5),
  KEYWARDEN_AUDIT_QUOTA_FRACTION: number(0.01, 1, 0.95),
  KEYWARDEN_CRYPTO_EVENT_RETENTION_DAYS: number(1, 3650, 90),
  NEXTAUTH_URL: url(["http:", "https:"]),
  NEXTAUTH_SECRET: optionalString.refine((v) => v === undefined || v.length >= 32, "must be at least 32 characters"),
  KEYWARDEN_OIDC_ISSUER: url(["https:", "http:"]),
  KEYWARDEN_OIDC_CLIENT_ID: optionalString,
  KEYWARDEN_OIDC_CLIENT_SECRET: optionalString,
  KEYWARDEN_OIDC_NAME: optionalString,
  KEYWARDEN_ADMIN_EMAILS: list(z.string().email("each entry must be an email address"), "email"),
  KEYWARDEN_CHROMIUM: optionalString,
  KEYWARDEN_E2E_PORT: number(1, 65535, 3107),
  // Signals that an AWS account is configured; used only to decide whether the sandbox starts.
  AWS_ACCESS_KEY_ID: optionalString,
  AWS_PROFILE: optionalString,
  AWS_WEB_IDENTITY_TOKEN_FILE: optionalString,
  AWS_CONTAINER_CREDENTIALS_FULL_URI: optionalString,
  AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: optionalString,
});

type Env = z.infer<typeof envSchema>;

export type OidcConfig = { issuer: string; clientId: string; clientSecret: string; name: string };

export type Config = {
  nodeEnv: Env["NODE_ENV"];
  port: number;
  databaseUrl: string | undefined;
  /** Longest a statement of the app, the sync or the ingestion may run on a Postgres server. */
  statementTimeoutMs: number;
  embeddedDatabase: boolean;
  dataDir: string;
  aws: {
    endpointUrl: string | undefined;
    homeRegion: string;
    regions: string[];
    accountRoles: string[];
    roleExternalId: string | undefined;
    quotaFraction: number;
    onDemandRotationLimit: number;
    credentialsConfigured: boolean;
  };
  sandbox: "on" | "off";
  schedule: { incrementalMinutes: number; fullHours: number };
  access: {
    /** Accounts outside the inventory whose access to a key is not flagged cross-account. */
    trustedAccounts: string[];
    /** The organization whose member accounts are trusted (aws:PrincipalOrgID conditions). */
    orgId: string | undefined;
  };
  audit: {
    /** Trail log files in S3 (`npm run ingest -- --s3`); undefined when not configured. */
    trailBucket: string | undefined;
    trailPrefix: string;
    trailBucketRegion: string;
    /** A local directory of trail log files (S3's layout or plain files) the schedule also ingests. */
    trailDir: string | undefined;
    intervalMinutes: number;
    /** Share of CloudTrail's quotas (LookupEvents: 2 per second) the audit ingestion may use. */
    quotaFraction: number;
    cryptoEventRetentionDays: number;
  };
  auth: {
    url: string;
    secret: string | undefined;
    sessionHours: number;
    oidc: OidcConfig | undefined;
    demoMode: boolean;
    adminEmails: string[];
  };
  chromiumPath: string;
  e2ePort: number;
};

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly problem: string,
  ) {
    super(`Configuration error: ${variable} ${problem}`);
    this.name = "ConfigError";
  }
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(String(issue.path[0] ?? "environment"), issue.message);
  }
  const e = parsed.data;
  const oidcParts = [e.KEYWARDEN_OIDC_ISSUER, e.KEYWARDEN_OIDC_CLIENT_ID, e.KEYWARDEN_OIDC_CLIENT_SECRET];
  const oidcSet = oidcParts.filter((p) => p !== undefined).length;
  if (oidcSet > 0 && oidcSet < 3) {
    const missing = ["KEYWARDEN_OIDC_ISSUER", "KEYWARDEN_OIDC_CLIENT_ID", "KEYWARDEN_OIDC_CLIENT_SECRET"].filter(
      (_, i) => oidcParts[i] === undefined,
    );
    throw new ConfigError(missing[0]!, "is required when any KEYWARDEN_OIDC_* setting is given");
  }
  const oidc =
    oidcSet === 3
      ? {
          issuer: e.KEYWARDEN_OIDC_ISSUER!,
          clientId: e.KEYWARDEN_OIDC_CLIENT_ID!,
          clientSecret: e.KEYWARDEN_OIDC_CLIENT_SECRET!,
          name: e.KEYWARDEN_OIDC_NAME ?? "Single sign-on",
        }
      : undefined;
  if (oidc && !e.NEXTAUTH_SECRET) {
    throw new ConfigError("NEXTAUTH_SECRET", "is required when OIDC sign-in is configured (32+ random characters)");
  }
  const credentialsConfigured = Boolean(
    e.AWS_ACCESS_KEY_ID ||
      e.AWS_PROFILE ||
      e.AWS_WEB_IDENTITY_TOKEN_FILE ||
      e.AWS_CONTAINER_CREDENTIALS_FULL_URI ||
      e.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI,
  );
  const sandbox = e.KEYWARDEN_SANDBOX === "auto" ? (credentialsConfigured || e.AWS_ENDPOINT_URL ? "off" : "on") : e.KEYWARDEN_SANDBOX;
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    statementTimeoutMs: e.KEYWARDEN_STATEMENT_TIMEOUT_SECONDS * 1000,
    embeddedDatabase: e.KEYWARDEN_EMBEDDED_DATABASE === "1",
    dataDir: e.KEYWARDEN_DATA_DIR ?? ".data",
    aws: {
      endpointUrl: e.AWS_ENDPOINT_URL,
      homeRegion: e.AWS_REGION ?? "us-east-1",
      regions: e.KEYWARDEN_REGIONS,
      accountRoles: e.KEYWARDEN_ACCOUNT_ROLES,
      roleExternalId: e.KEYWARDEN_ROLE_EXTERNAL_ID,
      quotaFraction: e.KEYWARDEN_QUOTA_FRACTION,
      onDemandRotationLimit: e.KEYWARDEN_ON_DEMAND_ROTATION_LIMIT,
      credentialsConfigured,
    },
    sandbox,
    schedule: { incrementalMinutes: e.KEYWARDEN_INCREMENTAL_SYNC_MINUTES, fullHours: e.KEYWARDEN_FULL_SYNC_HOURS },
    access: { trustedAccounts: e.KEYWARDEN_TRUSTED_ACCOUNTS, orgId: e.KEYWARDEN_ORG_ID },
    audit: {
      trailBucket: e.KEYWARDEN_TRAIL_BUCKET,
      trailPrefix: e.KEYWARDEN_TRAIL_PREFIX ?? "",
      trailBucketRegion: e.KEYWARDEN_TRAIL_BUCKET_REGION ?? e.AWS_REGION ?? "us-east-1",
      trailDir: e.KEYWARDEN_TRAIL_DIR,
      intervalMinutes: e.KEYWARDEN_AUDIT_INTERVAL_MINUTES,
      quotaFraction: e.KEYWARDEN_AUDIT_QUOTA_FRACTION,
      cryptoEventRetentionDays: e.KEYWARDEN_CRYPTO_EVENT_RETENTION_DAYS,
    },
    auth: {
      url: e.NEXTAUTH_URL ?? `http://localhost:${e.PORT}`,
      secret: e.NEXTAUTH_SECRET,
      sessionHours: e.KEYWARDEN_SESSION_HOURS,
      oidc,
      demoMode: !oidc,
      adminEmails: e.KEYWARDEN_ADMIN_EMAILS.map((m) => m.toLowerCase()),
    },
    chromiumPath: e.KEYWARDEN_CHROMIUM ?? "/usr/bin/chromium",
    e2ePort: e.KEYWARDEN_E2E_PORT,
  };
}

let cached: Config | undefined;

export function getConfig(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
