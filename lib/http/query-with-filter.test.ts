import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseKeyFilter } from "@/lib/filters/key-filter";
import { queryWithFilter } from "./query-with-filter";

const query = queryWithFilter(parseKeyFilter, { format: z.enum(["json", "csv"], { error: "use json or csv" }) });

describe("queryWithFilter", () => {
  it("parses the route's own fields and the page's filter side by side", () => {
    const parsed = query.parse({ format: "csv", region: "eu-west-1" });
    expect(parsed).toMatchObject({ format: "csv", filter: { region: "eu-west-1", sort: expect.any(String) } });
  });

  it("names every field at fault, the filter's included", () => {
    const result = query.safeParse({ format: "xml", state: "Melting" });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["format", "use json or csv"],
      ["state", expect.stringContaining('"Melting" is not a KeyState')],
    ]);
  });
});
