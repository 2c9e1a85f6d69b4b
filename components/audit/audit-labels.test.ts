import { describe, expect, it } from "vitest";
import { keyLabel, principalLabel } from "./audit-labels";

describe("audit labels", () => {
  it("shortens principals", () => {
    expect(principalLabel("arn:aws:sts::111122223333:assumed-role/payments-api/i-0abc", null)).toBe("payments-api/i-0abc");
    expect(principalLabel("arn:aws:iam::111122223333:user/ana", null)).toBe("user/ana");
    expect(principalLabel("arn:aws:iam::111122223333:root", null)).toBe("root (111122223333)");
    expect(principalLabel(null, "rds.amazonaws.com")).toBe("rds.amazonaws.com");
    expect(principalLabel(null, null)).toBe("—");
  });

  it("names keys by alias, else key id", () => {
    const arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    expect(keyLabel(arn, "alias/payments")).toBe("alias/payments");
    expect(keyLabel(arn, null)).toBe("1234abcd-12ab-34cd-56ef-1234567890ab");
    expect(keyLabel(null, null)).toBe("—");
  });
});
