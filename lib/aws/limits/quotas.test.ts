import { describe, expect, it } from "vitest";
import { CLOUDTRAIL_COMMANDS } from "../clients/cloudtrail-client";
import { KMS_COMMANDS } from "../clients/kms-client";
import { PAGE_SIZE_LIMITS, quotaFor } from "./quotas";
import { S3_COMMANDS } from "../clients/s3-client";
import { STS_COMMANDS } from "../clients/sts-client";

describe("quotaFor", () => {
  it("has AWS's default quota for every operation Keywarden calls", () => {
    const services = { kms: KMS_COMMANDS, cloudtrail: CLOUDTRAIL_COMMANDS, s3: S3_COMMANDS, sts: STS_COMMANDS } as const;
    for (const [service, commands] of Object.entries(services)) {
      for (const operation of Object.keys(commands)) {
        expect(quotaFor(service as keyof typeof services, operation, "us-east-1").rps).toBeGreaterThan(0);
      }
    }
  });

  it("gives each KMS operation its own pool, and the symmetric crypto operations one shared pool", () => {
    expect(quotaFor("kms", "ListGrants", "eu-west-1")).toEqual({ pool: "ListGrants", rps: 100 });
    expect(quotaFor("kms", "DescribeKey", "eu-west-1")).toEqual({ pool: "DescribeKey", rps: 2000 });
    expect(quotaFor("kms", "Decrypt", "us-east-1")).toEqual({ pool: "SymmetricCryptographicOperations", rps: 100_000 });
    expect(quotaFor("kms", "Encrypt", "ap-northeast-1").rps).toBe(20_000);
    expect(quotaFor("kms", "GenerateDataKey", "af-south-1").rps).toBe(10_000);
  });

  it("holds CloudTrail LookupEvents to 2 rps apart from its other reads", () => {
    expect(quotaFor("cloudtrail", "LookupEvents", "eu-west-1")).toEqual({ pool: "LookupEvents", rps: 2 });
    expect(quotaFor("cloudtrail", "DescribeTrails", "eu-west-1")).toEqual(quotaFor("cloudtrail", "GetTrailStatus", "eu-west-1"));
  });

  it("has the page-size ranges of the paginated operations", () => {
    expect(PAGE_SIZE_LIMITS.kms.ListGrants).toEqual({ min: 1, max: 100, default: 50 });
    expect(PAGE_SIZE_LIMITS.kms.ListKeys.max).toBe(1000);
    expect(PAGE_SIZE_LIMITS.cloudtrail.LookupEvents.max).toBe(50);
  });
});
