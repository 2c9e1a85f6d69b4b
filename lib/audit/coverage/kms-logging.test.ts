import { describe, expect, it } from "vitest";
import { kmsLogging } from "./kms-logging";
import { coverageOf } from "./trail-coverage";

const management = { Field: "eventCategory", Equals: ["Management"] };

describe("kmsLogging", () => {
  it("logs every management event when the trail has no selectors", () => {
    expect(kmsLogging({})).toEqual({ reads: "yes", writes: "yes" });
  });

  it("reads basic selectors: management events, read/write type and excluded sources", () => {
    expect(kmsLogging({ EventSelectors: [{ ReadWriteType: "All", IncludeManagementEvents: true }] })).toEqual({ reads: "yes", writes: "yes" });
    expect(kmsLogging({ EventSelectors: [{ ReadWriteType: "All", IncludeManagementEvents: true, ExcludeManagementEventSources: ["kms.amazonaws.com"] }] })).toEqual({ reads: "no", writes: "no" });
    expect(kmsLogging({ EventSelectors: [{ ReadWriteType: "WriteOnly", IncludeManagementEvents: true }] })).toEqual({ reads: "no", writes: "yes" });
    expect(kmsLogging({ EventSelectors: [{ IncludeManagementEvents: false, DataResources: [{ Type: "AWS::S3::Object", Values: ["arn:aws:s3"] }] }] })).toEqual({ reads: "no", writes: "no" });
  });

  it("reads advanced selectors (eventCategory required; eventSource and readOnly filter)", () => {
    expect(kmsLogging({ AdvancedEventSelectors: [{ FieldSelectors: [management] }] })).toEqual({ reads: "yes", writes: "yes" });
    expect(kmsLogging({ AdvancedEventSelectors: [{ FieldSelectors: [management, { Field: "eventSource", NotEquals: ["kms.amazonaws.com"] }] }] })).toEqual({ reads: "no", writes: "no" });
    expect(kmsLogging({ AdvancedEventSelectors: [{ FieldSelectors: [management, { Field: "readOnly", Equals: ["false"] }] }] })).toEqual({ reads: "no", writes: "yes" });
    expect(kmsLogging({ AdvancedEventSelectors: [{ FieldSelectors: [{ Field: "eventCategory", Equals: ["Data"] }, { Field: "resources.type", Equals: ["AWS::S3::Object"] }] }] })).toEqual({ reads: "no", writes: "no" });
    expect(kmsLogging({ AdvancedEventSelectors: [{ FieldSelectors: [management, { Field: "userIdentity.arn", StartsWith: ["arn:aws:iam::1"] }] }] })).toEqual({ reads: "some", writes: "some" });
  });

  it("logs an event when any selector logs it", () => {
    const selectors = [{ FieldSelectors: [management, { Field: "readOnly", Equals: ["false"] }] }, { FieldSelectors: [management, { Field: "readOnly", Equals: ["true"] }] }];
    expect(kmsLogging({ AdvancedEventSelectors: selectors })).toEqual({ reads: "yes", writes: "yes" });
  });
});

describe("coverageOf", () => {
  const all = { reads: "yes", writes: "yes" } as const;
  const none = { reads: "no", writes: "no" } as const;

  it("is covered when one applying trail logs every KMS event", () => {
    expect(coverageOf([{ trailArn: "a", logging: none }, { trailArn: "b", logging: all }]).coverage).toBe("covered");
  });

  it("is excluded when every trail leaves KMS reads out", () => {
    expect(coverageOf([{ trailArn: "a", logging: none }, { trailArn: "b", logging: { reads: "no", writes: "yes" } }]).coverage).toBe("excluded");
  });

  it("is unknown without trails, with an unreadable trail, or with selectors it cannot decide", () => {
    expect(coverageOf([]).coverage).toBe("unknown");
    expect(coverageOf([{ trailArn: "a", error: "AccessDenied" }]).coverage).toBe("unknown");
    expect(coverageOf([{ trailArn: "a", logging: { reads: "some", writes: "some" } }]).coverage).toBe("unknown");
  });
});
