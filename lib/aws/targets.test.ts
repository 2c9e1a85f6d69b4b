import { describe, expect, it } from "vitest";
import { listAccounts, listTargets } from "./targets";

describe("listAccounts", () => {
  it("puts the caller's account first in discovery and one entry per role account", () => {
    const accounts = listAccounts("111111111111", [
      { accountId: "333333333333", roleArn: "arn:aws:iam::333333333333:role/R" },
      { accountId: "222222222222", roleArn: "arn:aws:iam::222222222222:role/R" },
      { accountId: "222222222222", roleArn: "arn:aws:iam::222222222222:role/Other" },
    ]);
    expect(accounts).toEqual([
      { accountId: "111111111111", via: "default-chain" },
      { accountId: "333333333333", via: "assume-role", roleArn: "arn:aws:iam::333333333333:role/R" },
      { accountId: "222222222222", via: "assume-role", roleArn: "arn:aws:iam::222222222222:role/R" },
    ]);
  });

  it("uses a role configured in the caller's own account instead of the default chain", () => {
    const accounts = listAccounts("111111111111", [{ accountId: "111111111111", roleArn: "arn:aws:iam::111111111111:role/ReadOnly" }]);
    expect(accounts).toEqual([{ accountId: "111111111111", via: "assume-role", roleArn: "arn:aws:iam::111111111111:role/ReadOnly" }]);
  });
});

describe("listTargets", () => {
  it("lists account × Region in a stable order", () => {
    const targets = listTargets(
      [
        { accountId: "222222222222", via: "assume-role", roleArn: "arn:aws:iam::222222222222:role/R" },
        { accountId: "111111111111", via: "default-chain" },
      ],
      ["us-east-1", "eu-west-1", "us-east-1"],
    );
    expect(targets.map((t) => `${t.accountId}/${t.region}/${t.via}`)).toEqual([
      "111111111111/eu-west-1/default-chain",
      "111111111111/us-east-1/default-chain",
      "222222222222/eu-west-1/assume-role",
      "222222222222/us-east-1/assume-role",
    ]);
  });
});
