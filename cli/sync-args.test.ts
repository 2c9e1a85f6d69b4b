import { describe, expect, it } from "vitest";
import { CliArgsError, parseSyncArgs } from "./sync-args";

describe("parseSyncArgs", () => {
  it("reads the flags in both forms", () => {
    expect(parseSyncArgs([])).toEqual({ full: false, help: false });
    expect(parseSyncArgs(["--full", "--accounts", "111122223333,444455556666", "--regions=eu-west-1"])).toEqual({
      full: true,
      help: false,
      accounts: ["111122223333", "444455556666"],
      regions: ["eu-west-1"],
    });
  });

  it.each([
    [["--fast"], /unknown option "--fast"/],
    [["--accounts"], /--accounts needs a comma-separated list/],
    [["--accounts", "--full"], /needs a comma-separated list/],
    [["--accounts", "12345"], /"12345" is not a 12-digit AWS account id/],
    [["--regions", "mars-1"], /"mars-1" is not an AWS Region/],
    [["--full=yes"], /unknown option/],
  ])("refuses %j in one line", (argv, message) => {
    expect(() => parseSyncArgs(argv)).toThrow(CliArgsError);
    expect(() => parseSyncArgs(argv)).toThrow(message);
  });
});
