import { describe, expect, it } from "vitest";
import { COMMERCIAL_REGIONS, isOptInRegion, syncRegions } from "./regions";

describe("regions", () => {
  it("syncs every commercial Region when none are configured", () => {
    expect(syncRegions([])).toEqual([...COMMERCIAL_REGIONS].sort());
    expect(COMMERCIAL_REGIONS).toContain("us-east-1");
    expect(COMMERCIAL_REGIONS).not.toContain("aws-global");
    expect(COMMERCIAL_REGIONS.every((r) => /^[a-z]{2}-[a-z]+-\d$/.test(r))).toBe(true);
  });

  it("syncs only the configured Regions, once each", () => {
    expect(syncRegions(["us-west-2", "eu-west-1", "us-west-2"])).toEqual(["eu-west-1", "us-west-2"]);
  });

  it("knows which Regions an account must opt in to", () => {
    expect(isOptInRegion("us-east-1")).toBe(false);
    expect(isOptInRegion("eu-north-1")).toBe(false);
    expect(isOptInRegion("ap-east-1")).toBe(true);
    expect(isOptInRegion("me-south-1")).toBe(true);
    expect(COMMERCIAL_REGIONS.filter((r) => !isOptInRegion(r))).toHaveLength(17);
  });
});
