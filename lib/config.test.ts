import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "./config";

const parse = (env: Record<string, string>) => parseConfig(env);
const error = (env: Record<string, string>) => {
  try {
    parse(env);
  } catch (e) {
    return (e as ConfigError).message;
  }
  throw new Error("expected a configuration error");
};

describe("parseConfig", () => {
  it("has sensible defaults: demo mode, embedded database, sandbox on, 0.8 of the quotas", () => {
    const c = parse({});
    expect(c.auth.demoMode).toBe(true);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.sandbox).toBe("on");
    expect(c.aws.quotaFraction).toBe(0.8);
    expect(c.port).toBe(3000);
    expect(c.auth.url).toBe("http://localhost:3000");
  });

  it("turns the sandbox off when AWS credentials or an endpoint are configured", () => {
    expect(parse({ AWS_PROFILE: "prod" }).sandbox).toBe("off");
    expect(parse({ AWS_ENDPOINT_URL: "http://127.0.0.1:4566" }).sandbox).toBe("off");
    expect(parse({ AWS_PROFILE: "prod", KEYWARDEN_SANDBOX: "on" }).sandbox).toBe("on");
  });

  it("parses lists of regions and role ARNs", () => {
    const c = parse({
      KEYWARDEN_REGIONS: "eu-west-1, us-east-1",
      KEYWARDEN_ACCOUNT_ROLES: "arn:aws:iam::111122223333:role/KeywardenReader",
    });
    expect(c.aws.regions).toEqual(["eu-west-1", "us-east-1"]);
    expect(c.aws.accountRoles).toEqual(["arn:aws:iam::111122223333:role/KeywardenReader"]);
  });

  it("parses the access model's trusted accounts and organization", () => {
    expect(parse({}).access).toEqual({ trustedAccounts: [], orgId: undefined });
    const c = parse({ KEYWARDEN_TRUSTED_ACCOUNTS: "123456789012, 210987654321", KEYWARDEN_ORG_ID: "o-a1b2c3d4e5" });
    expect(c.access).toEqual({ trustedAccounts: ["123456789012", "210987654321"], orgId: "o-a1b2c3d4e5" });
  });

  it("names the variable and the problem in one line", () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ KEYWARDEN_QUOTA_FRACTION: "abc" }, /^Configuration error: KEYWARDEN_QUOTA_FRACTION must be a number from 0.01 to 1, got "abc"$/],
      [{ KEYWARDEN_QUOTA_FRACTION: "1.5" }, /KEYWARDEN_QUOTA_FRACTION/],
      [{ DATABASE_URL: "mysql://x" }, /^Configuration error: DATABASE_URL must be a URL/],
      [{ KEYWARDEN_REGIONS: "eu-west-1,Mars" }, /^Configuration error: KEYWARDEN_REGIONS each entry must be an AWS region/],
      [{ KEYWARDEN_ACCOUNT_ROLES: "arn:aws:iam::12:role/x" }, /^Configuration error: KEYWARDEN_ACCOUNT_ROLES each entry must be an IAM role ARN/],
      [{ KEYWARDEN_OIDC_ISSUER: "https://id.example.com" }, /^Configuration error: KEYWARDEN_OIDC_CLIENT_ID is required/],
      [{ PORT: "0" }, /^Configuration error: PORT/],
      [{ KEYWARDEN_TRUSTED_ACCOUNTS: "1234" }, /^Configuration error: KEYWARDEN_TRUSTED_ACCOUNTS each entry must be a 12-digit AWS account id$/],
      [{ KEYWARDEN_ORG_ID: "org-1" }, /^Configuration error: KEYWARDEN_ORG_ID must be an AWS Organizations id/],
      [{ KEYWARDEN_SANDBOX: "maybe" }, /^Configuration error: KEYWARDEN_SANDBOX must be "auto", "on" or "off"$/],
    ];
    for (const [env, expected] of cases) {
      const message = error(env);
      expect(message).toMatch(expected);
      expect(message).not.toContain("\n");
    }
  });

  it("leaves demo mode only when OIDC is fully configured, and then needs a secret", () => {
    const oidc = { KEYWARDEN_OIDC_ISSUER: "https://id.example.com", KEYWARDEN_OIDC_CLIENT_ID: "kw", KEYWARDEN_OIDC_CLIENT_SECRET: "s" };
    expect(error(oidc)).toMatch(/NEXTAUTH_SECRET is required/);
    const c = parse({ ...oidc, NEXTAUTH_SECRET: "x".repeat(32) });
    expect(c.auth.demoMode).toBe(false);
    expect(c.auth.oidc?.issuer).toBe("https://id.example.com");
  });
});
