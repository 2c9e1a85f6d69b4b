import type { Event } from "@aws-sdk/client-cloudtrail";
import { describe, expect, it } from "vitest";
import { eventEffect } from "./kms-events";

// Records shaped like the AWS KMS Developer Guide's CloudTrail examples (sample code, MIT-0).
const home = { accountId: "111122223333", region: "us-west-2" };
const KEY = "1234abcd-12ab-34cd-56ef-1234567890ab";
const ARN = `arn:aws:kms:us-west-2:111122223333:key/${KEY}`;
const event = (record: Record<string, unknown>): Event => ({
  EventName: String(record.eventName),
  EventSource: "kms.amazonaws.com",
  CloudTrailEvent: JSON.stringify({ eventSource: "kms.amazonaws.com", ...record }),
});
const aliases = new Map([["alias/ExampleAlias", "0987dcba-09fe-87dc-65ba-ab0987654321"]]);
const effect = (record: Record<string, unknown>) => eventEffect(event(record), home, (name) => aliases.get(name));
const keyRef = (keyId: string, region = "us-west-2") => ({ accountId: "111122223333", region, keyId });

describe("eventEffect", () => {
  it("reads the new key of CreateKey from its response", () => {
    expect(effect({ eventName: "CreateKey", requestParameters: { keySpec: "SYMMETRIC_DEFAULT" }, responseElements: { keyMetadata: { keyId: KEY, arn: ARN } } })).toEqual({
      kind: "keys",
      keys: [keyRef(KEY)],
      aliases: false,
    });
  });

  it("takes the key from resources when the request names none (RetireGrant by token, service events)", () => {
    for (const eventName of ["RetireGrant", "DeleteKey", "RotateKey"]) {
      expect(effect({ eventName, requestParameters: null, resources: [{ type: "AWS::KMS::Key", ARN }] })).toEqual({ kind: "keys", keys: [keyRef(KEY)], aliases: false });
    }
  });

  it("resolves keys named by key id, alias name or alias ARN", () => {
    expect(effect({ eventName: "DisableKey", requestParameters: { keyId: KEY } })).toMatchObject({ keys: [keyRef(KEY)] });
    expect(effect({ eventName: "TagResource", requestParameters: { keyId: "alias/ExampleAlias" } })).toMatchObject({ keys: [keyRef("0987dcba-09fe-87dc-65ba-ab0987654321")] });
    expect(effect({ eventName: "PutKeyPolicy", requestParameters: { keyId: "arn:aws:kms:us-west-2:111122223333:alias/ExampleAlias" } })).toMatchObject({
      keys: [keyRef("0987dcba-09fe-87dc-65ba-ab0987654321")],
    });
  });

  it("marks alias changes, with the new target and the alias's previous target", () => {
    const out = effect({
      eventName: "UpdateAlias",
      requestParameters: { aliasName: "alias/ExampleAlias", targetKeyId: KEY },
      resources: [{ ARN }, { ARN: "arn:aws:kms:us-west-2:111122223333:alias/ExampleAlias" }],
    });
    expect(out).toEqual({ kind: "keys", keys: [keyRef(KEY), keyRef("0987dcba-09fe-87dc-65ba-ab0987654321")], aliases: true });
  });

  it("follows multi-Region changes into the other Region", () => {
    const mrk = "mrk-1234abcd12ab34cd56ef1234567890ab";
    expect(effect({ eventName: "UpdatePrimaryRegion", requestParameters: { keyId: mrk, primaryRegion: "ap-northeast-1" }, resources: [{ ARN: `arn:aws:kms:us-west-2:111122223333:key/${mrk}` }] })).toEqual({
      kind: "keys",
      keys: [keyRef(mrk), keyRef(mrk, "ap-northeast-1")],
      aliases: false,
    });
  });

  it("ignores reads, failed calls and other services", () => {
    expect(effect({ eventName: "Decrypt", resources: [{ ARN }] })).toEqual({ kind: "none" });
    expect(effect({ eventName: "DisableKey", errorCode: "AccessDenied", requestParameters: { keyId: KEY } })).toEqual({ kind: "none" });
    expect(eventEffect({ EventName: "TagResource", EventSource: "lambda.amazonaws.com", CloudTrailEvent: "{}" }, home, () => undefined)).toEqual({ kind: "none" });
  });

  it("asks for a full sync when it cannot tell which key changed", () => {
    expect(effect({ eventName: "EnableKey", requestParameters: { keyId: "alias/unknown" } })).toMatchObject({ kind: "full" });
    expect(effect({ eventName: "DisconnectCustomKeyStore", requestParameters: { customKeyStoreId: "cks-1" } })).toMatchObject({ kind: "full" });
  });

  it("survives a record that is not JSON, using what LookupEvents lists", () => {
    const e: Event = { EventName: "EnableKey", EventSource: "kms.amazonaws.com", CloudTrailEvent: "{not json", Resources: [{ ResourceType: "AWS::KMS::Key", ResourceName: ARN }] };
    expect(eventEffect(e, home, () => undefined)).toEqual({ kind: "keys", keys: [keyRef(KEY)], aliases: false });
  });
});
