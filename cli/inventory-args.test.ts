import { describe, expect, it } from "vitest";
import { parseInventoryArgs } from "./inventory-args";

describe("parseInventoryArgs", () => {
  it("takes one format and the Keys page's filters", () => {
    const parsed = parseInventoryArgs(["--csv", "--region", "eu-west-1", "--state=PendingDeletion", "--search", "payments"]);
    expect(parsed).toMatchObject({ ok: true, data: { format: "csv", filter: { region: "eu-west-1", state: "PendingDeletion", q: "payments", sort: "alias", dir: "asc" } } });
  });

  it("refuses unknown flags, missing values, bad values and zero or two formats with one line", () => {
    const message = (argv: string[]) => {
      const r = parseInventoryArgs(argv);
      return r.ok ? "ok" : r.message;
    };
    expect(message(["--json", "--colour", "red"])).toBe('unknown option "--colour"');
    expect(message(["--json", "--region"])).toBe("--region needs a value");
    expect(message(["--json", "--region", "--csv"])).toBe("--region needs a value");
    expect(message(["--json", "--region", "mars-1"])).toBe("--region: must be an AWS region such as eu-west-1");
    expect(message(["--json", "--state", "On"])).toMatch(/^--state: "On" is not a KeyState; use one of Enabled, Disabled/);
    expect(message([])).toBe("give exactly one of --json or --csv");
    expect(message(["--json", "--csv"])).toBe("give exactly one of --json or --csv");
    expect(message(["--json", "--region", "eu-west-1", "--region", "us-east-1"])).toBe("--region: give one value, not 2");
  });
});
