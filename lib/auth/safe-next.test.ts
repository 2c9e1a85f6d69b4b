import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next";

describe("safeNextPath", () => {
  it("keeps same-site paths with their query", () => {
    expect(safeNextPath("/keys?region=eu-west-1")).toBe("/keys?region=eu-west-1");
  });
  it("refuses other sites and loops back to sign-in", () => {
    for (const bad of ["https://evil.example", "//evil.example", "/\\evil.example", "/sign-in", "javascript:alert(1)", undefined, 42]) {
      expect(safeNextPath(bad)).toBe("/");
    }
  });
});
