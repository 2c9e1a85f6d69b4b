import { describe, expect, it } from "vitest";
import { analyse, ROOT_STATEMENT } from "./testing";

const withStatement = (s: object) => ({ Version: "2012-10-17", Statement: [ROOT_STATEMENT, s] });
const base = { Effect: "Allow", Principal: "*", Action: "kms:Decrypt", Resource: "*" };

describe("invalid policies are reported with the reason, never thrown", () => {
  it.each([
    ["text that is not JSON", "{ \"Version\": ", /^not valid JSON: /],
    ["JSON that is not an object", "[1, 2]", /^a policy must be a JSON object$/],
    ["no Statement", { Version: "2012-10-17" }, /^a policy must have a Statement \(an object or a non-empty list\)$/],
    ["an empty Statement list", { Statement: [] }, /^a policy must have a Statement/],
    ["an unknown Version", { Version: "2024-01-01", Statement: [ROOT_STATEMENT] }, /^Version must be "2012-10-17" or "2008-10-17", got "2024-01-01"$/],
    ["a statement that is not an object", { Statement: [ROOT_STATEMENT, "Allow"] }, /^statement #1: must be an object$/],
    ["Effect in lower case", withStatement({ ...base, Effect: "allow" }), /^statement #1: Effect must be "Allow" or "Deny", got "allow"$/],
    ["no Principal (an IAM identity policy)", withStatement({ Effect: "Allow", Action: "kms:*", Resource: "*" }), /^statement #1: needs exactly one of Principal and NotPrincipal$/],
    ["both Action and NotAction", withStatement({ ...base, NotAction: "kms:Encrypt" }), /^statement #1: needs exactly one of Action and NotAction$/],
    ["an Action that is a number", withStatement({ ...base, Action: 42 }), /^statement #1: Action must be a string or a non-empty list of strings$/],
    ["no Resource", withStatement({ Effect: "Allow", Principal: "*", Action: "kms:Decrypt" }), /^statement #1: needs exactly one of Resource and NotResource$/],
    ["a condition value that is an object", withStatement({ ...base, Condition: { StringEquals: { "aws:PrincipalOrgID": { id: "o-1" } } } }), /^statement #1: Condition StringEquals aws:PrincipalOrgID must be a value or a list of values$/],
    ["a Condition that is a list", withStatement({ ...base, Condition: [] }), /^statement #1: Condition must be an object of operators$/],
    ["a Sid that is not a string", withStatement({ ...base, Sid: 7 }), /^statement #1: Sid must be a string$/],
    ["no policy at all", null, /^no key policy$/],
  ])("%s", (_, policy, error) => {
    const r = analyse(policy);
    expect(r.valid).toBe(false);
    expect(r.valid ? "" : r.error).toMatch(error);
    expect(r.edges).toEqual([]);
    expect(r.flags).toEqual([]);
  });

  it("accepts a single statement object and a document already parsed", () => {
    expect(analyse({ Statement: ROOT_STATEMENT })).toMatchObject({ valid: true, flags: [] });
    expect(analyse(JSON.stringify({ Statement: [ROOT_STATEMENT] }))).toMatchObject({ valid: true, flags: [] });
  });

  it("names statements by Sid, or by index when they have none", () => {
    const r = analyse({ Statement: [ROOT_STATEMENT, base] });
    expect(r.edges.map((e) => e.source)).toEqual(["policy:Enable IAM policies", "policy:#1"]);
  });
});
