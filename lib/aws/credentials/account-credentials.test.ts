import type { AssumeRoleCommandInput } from "@aws-sdk/client-sts";
import { describe, expect, it, vi } from "vitest";
import { accountCredentials } from "./account-credentials";

const OWN = "111111111111";

describe("accountCredentials", () => {
  const make = (roleArns: string[]) => {
    const assumeRole = vi.fn(async (input: AssumeRoleCommandInput) => ({
      $metadata: {},
      Credentials: { AccessKeyId: `ASIA:${input.RoleArn}`, SecretAccessKey: "s", SessionToken: "t", Expiration: new Date(Date.now() + 3600_000) },
    }));
    const forAccount = accountCredentials({
      roleArns,
      externalId: "ext",
      base: async () => ({ accessKeyId: "AKIAOWN", secretAccessKey: "s" }),
      identity: async () => ({ accountId: OWN }),
      assumeRole,
    });
    return { forAccount, assumeRole };
  };

  it("uses the default chain for the caller's own account", async () => {
    const { forAccount, assumeRole } = make([]);
    expect((await forAccount(OWN)()).accessKeyId).toBe("AKIAOWN");
    expect(assumeRole).not.toHaveBeenCalled();
  });

  it("assumes the first role configured for an account, once for all its clients", async () => {
    const { forAccount, assumeRole } = make(["arn:aws:iam::222222222222:role/A", "arn:aws:iam::222222222222:role/B"]);
    expect(forAccount("222222222222")).toBe(forAccount("222222222222"));
    await Promise.all([forAccount("222222222222")(), forAccount("222222222222")()]);
    expect(assumeRole).toHaveBeenCalledTimes(1);
    expect(assumeRole.mock.calls[0]![0]).toMatchObject({ RoleArn: "arn:aws:iam::222222222222:role/A", ExternalId: "ext" });
  });

  it("prefers a role configured in the caller's own account", async () => {
    const { forAccount } = make([`arn:aws:iam::${OWN}:role/ReadOnly`]);
    expect((await forAccount(OWN)()).accessKeyId).toBe(`ASIA:arn:aws:iam::${OWN}:role/ReadOnly`);
  });

  it("refuses an account it has no way into", async () => {
    const { forAccount } = make([]);
    await expect(forAccount("999999999999")()).rejects.toThrow(/no credentials for account 999999999999/);
  });
});
