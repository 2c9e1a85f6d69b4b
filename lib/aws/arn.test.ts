import { describe, expect, it } from "vitest";
import { isAccountId, isKeyArn, isKeyId, keyArnOf, parseAliasArn, parseKeyArn, partitionOf } from "./arn";

const KEY_ID = "1234abcd-12ab-34cd-56ef-1234567890ab";

describe("partitionOf", () => {
  it.each([
    ["us-east-1", "aws"],
    ["eu-west-1", "aws"],
    ["cn-north-1", "aws-cn"],
    ["us-gov-west-1", "aws-us-gov"],
    ["us-iso-east-1", "aws-iso"],
    ["us-isob-east-1", "aws-iso-b"],
    ["us-isof-south-1", "aws-iso-f"],
    ["eu-isoe-west-1", "aws-iso-e"],
  ])("%s is in %s", (region, partition) => {
    expect(partitionOf(region)).toBe(partition);
  });
});

describe("key ARNs", () => {
  it("builds the ARN in the Region's partition and parses it back", () => {
    const ref = { accountId: "111122223333", region: "us-isob-east-1", keyId: KEY_ID };
    const arn = keyArnOf(ref);
    expect(arn).toBe(`arn:aws-iso-b:kms:us-isob-east-1:111122223333:key/${KEY_ID}`);
    expect(parseKeyArn(arn)).toEqual({ ...ref, partition: "aws-iso-b" });
    expect(isKeyArn(arn)).toBe(true);
  });

  it("refuses what is not a key ARN", () => {
    expect(parseKeyArn("arn:aws:kms:us-east-1:111122223333:alias/app")).toBeUndefined();
    expect(parseKeyArn(`arn:aws:kms:us-east-1:1111:key/${KEY_ID}`)).toBeUndefined();
    expect(isKeyArn(`arn:aws:s3:us-east-1:111122223333:key/${KEY_ID}`)).toBe(false);
  });
});

describe("parseAliasArn", () => {
  it("reads the account, Region and alias name", () => {
    expect(parseAliasArn("arn:aws-cn:kms:cn-north-1:111122223333:alias/team/app_key-1")).toEqual({
      accountId: "111122223333",
      region: "cn-north-1",
      aliasName: "alias/team/app_key-1",
    });
  });

  it("refuses names KMS would not accept", () => {
    expect(parseAliasArn("arn:aws:kms:us-east-1:111122223333:alias/has space")).toBeUndefined();
    expect(parseAliasArn(`arn:aws:kms:us-east-1:111122223333:key/${KEY_ID}`)).toBeUndefined();
  });
});

describe("ids", () => {
  it("knows key ids and account ids", () => {
    expect(isKeyId(KEY_ID)).toBe(true);
    expect(isKeyId(`mrk-${"a".repeat(32)}`)).toBe(true);
    expect(isKeyId("alias/app")).toBe(false);
    expect(isAccountId("111122223333")).toBe(true);
    expect(isAccountId(111122223333)).toBe(false);
  });
});
