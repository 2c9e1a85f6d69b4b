import { describe, expect, it } from "vitest";
import { moduleScore } from "./mutation-score";

describe("moduleScore", () => {
  it("counts timeouts as killed and uncovered mutants as survived, as Stryker does", () => {
    expect(moduleScore(["Killed", "Killed", "Timeout", "Survived", "NoCoverage", "CompileError", "Ignored"])).toEqual({
      score: 60,
      killed: 2,
      survived: 1,
      timeout: 1,
      noCoverage: 1,
    });
  });

  it("rounds to two decimals and scores an empty run 0", () => {
    expect(moduleScore(["Killed", "Killed", "Survived"]).score).toBe(66.67);
    expect(moduleScore(["CompileError"]).score).toBe(0);
  });
});
