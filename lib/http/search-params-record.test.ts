import { describe, expect, it } from "vitest";
import { searchParamsRecord } from "./search-params-record";

describe("searchParamsRecord", () => {
  it("keeps single values as strings, repeated ones as arrays, and drops blanks", () => {
    expect(searchParamsRecord(new URLSearchParams("format=csv&region=&key=a&key=b"))).toEqual({ format: "csv", key: ["a", "b"] });
  });
});
