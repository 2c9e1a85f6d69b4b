import { describe, expect, it } from "vitest";
import { sourceDocuments } from "./source-documents";

describe("sourceDocuments", () => {
  it("names statements as the access model does and keeps grants by id", () => {
    const policy = JSON.stringify({ Statement: [{ Sid: "Root", Effect: "Allow" }, { Effect: "Deny" }] });
    const docs = sourceDocuments(policy, [{ GrantId: "g1", Operations: ["Decrypt"] }]);
    expect(Object.keys(docs)).toEqual(["policy:Root", "policy:#1", "grant:g1"]);
    expect(docs["policy:#1"]).toEqual({ Effect: "Deny" });
  });

  it("gives nothing for a policy that is not JSON", () => {
    expect(sourceDocuments("{nope", [])).toEqual({});
  });
});
