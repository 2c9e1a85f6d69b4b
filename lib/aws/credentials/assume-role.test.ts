import type { AssumeRoleCommandInput } from "@aws-sdk/client-sts";
import { describe, expect, it, vi } from "vitest";
import { assumeRoleCredentials, roleAccountId } from "./assume-role";

const ROLE = "arn:aws:iam::444455556666:role/KeywardenReader";

describe("assumeRoleCredentials", () => {
  const sts = (expiresInMs: number) =>
    vi.fn(async (input: AssumeRoleCommandInput) => ({
      $metadata: {},
      Credentials: {
        AccessKeyId: `ASIA-${input.RoleSessionName}`,
        SecretAccessKey: "secret",
        SessionToken: "token",
        Expiration: new Date(Date.now() + expiresInMs),
      },
    }));

  it("assumes the role with the external id and returns its credentials", async () => {
    const assumeRole = sts(3_600_000);
    const provider = assumeRoleCredentials({ roleArn: ROLE, externalId: "ext-123", assumeRole });
    const creds = await provider();
    expect(assumeRole).toHaveBeenCalledWith({ RoleArn: ROLE, RoleSessionName: "keywarden", DurationSeconds: 3600, ExternalId: "ext-123" });
    expect(creds).toMatchObject({ accessKeyId: "ASIA-keywarden", sessionToken: "token", accountId: "444455556666" });
  });

  it("leaves ExternalId out when none is configured", async () => {
    const assumeRole = sts(3_600_000);
    await assumeRoleCredentials({ roleArn: ROLE, assumeRole })();
    expect(assumeRole.mock.calls[0]![0]).not.toHaveProperty("ExternalId");
  });

  it("assumes again when the session is about to expire", async () => {
    const assumeRole = sts(5 * 60_000);
    const provider = assumeRoleCredentials({ roleArn: ROLE, assumeRole });
    await provider();
    await provider();
    expect(assumeRole).toHaveBeenCalledTimes(2);
  });

  it("fails clearly when STS returns no credentials", async () => {
    const provider = assumeRoleCredentials({ roleArn: ROLE, assumeRole: async () => ({ $metadata: {} }) });
    await expect(provider()).rejects.toThrow(/returned no credentials/);
  });
});

describe("roleAccountId", () => {
  it("reads the account from any partition's role ARN", () => {
    expect(roleAccountId(ROLE)).toBe("444455556666");
    expect(roleAccountId("arn:aws-us-gov:iam::123456789012:role/path/R")).toBe("123456789012");
    expect(() => roleAccountId("arn:aws:iam::123:user/x")).toThrow();
  });
});
