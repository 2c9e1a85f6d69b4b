import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyseKeyAccess } from "./analyse-key-access";
import { ROOT_STATEMENT } from "./testing";

// AWS's published examples (see fixtures/README.md): 111122223333 owns the key, 444455556666 is the other account.
type Entry = { path: string; raw: string; parsed: unknown };
const load = (file: string) => (JSON.parse(readFileSync(path.join(import.meta.dirname, "fixtures", file), "utf8")) as { entries: Entry[] }).entries;
const defaults = load("policies-default-key-policy.json");
const cross = load("policies-cross-account.json");
const all = load("policies-awsdocs-kms-devguide-all-blocks.json");

const KEY = "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const analyse = (policy: unknown, keyArn = KEY) => analyseKeyAccess({ policy }, { keyArn });
/** A statement fragment as AWS shows it, in a policy beside the default root statement. */
const beside = (fragment: unknown) => ({ Version: "2012-10-17", Statement: [ROOT_STATEMENT, fragment] });

describe("every published block", () => {
  it("is analysed as published without throwing; only whole key policies are valid", () => {
    const valid = all.flatMap((e, i) => (analyse(e.raw).valid ? [i] : []));
    expect(valid).toEqual([39, 40, 71, 84, 85, 87, 88, 89, 90, 91, 92, 98, 99, 111, 115]);
  });

  it("reports the blocks that are not JSON as such", () => {
    const notJson = all.flatMap((e, i) => {
      const r = analyse(e.raw);
      return !r.valid && r.error.startsWith("not valid JSON") ? [i] : [];
    });
    expect(notJson).toEqual([23, 45, 55, 74, 93, 95, 102, 103, 104, 105, 118]);
  });

  it("reports IAM identity policies (no Principal) as invalid key policies", () => {
    const r = analyse(all[11]!.raw);
    expect(r).toMatchObject({ valid: false, error: "statement #0: needs exactly one of Principal and NotPrincipal" });
  });

  it("analyses every statement fragment placed in a policy without throwing", () => {
    const fragments = [...defaults, ...cross, ...all].filter((e) => e.parsed && typeof e.parsed === "object" && !Array.isArray(e.parsed) && !("Statement" in e.parsed));
    expect(fragments.length).toBe(76);
    for (const f of fragments) expect(() => analyse(beside(f.parsed))).not.toThrow();
    // Blocks published as several statements in a row (not JSON as a whole) were parsed as a list.
    const lists = [...defaults, ...all].filter((e) => Array.isArray(e.parsed));
    expect(lists.length).toBe(3);
    for (const l of lists) expect(analyse({ Statement: [ROOT_STATEMENT, ...(l.parsed as unknown[])] }).valid).toBe(true);
  });
});

describe("odd values anywhere in a statement", () => {
  it("are reported, never thrown", () => {
    const odd = [null, 1, true, "", "x", [], {}, [null], { AWS: null }, { AWS: [1] }, { StringEquals: [] }, { StringEquals: { k: { v: 1 } } }];
    const docs = all.filter((e) => e.parsed && typeof e.parsed === "object" && "Statement" in e.parsed).map((e) => e.parsed as { Statement: Record<string, unknown>[] });
    let reports = 0;
    for (const doc of docs) {
      const statements = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
      for (const [i, statement] of statements.entries()) {
        for (const field of ["Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "Condition"]) {
          for (const value of odd) {
            const changed = statements.map((s, j) => (j === i ? { ...statement, [field]: value } : s));
            expect(typeof analyse({ ...doc, Statement: changed }).valid).toBe("boolean");
            reports++;
          }
        }
      }
    }
    expect(reports).toBeGreaterThan(2000);
  });
});

describe("flags of the well-known policies", () => {
  it("the default key policy has no flags", () => {
    expect(analyse(defaults[0]!.raw)).toMatchObject({ valid: true, flags: [] });
    expect(analyse(all[98]!.raw)).toMatchObject({ valid: true, flags: [] });
  });

  it("the console policy with key administrators and an external key user: cross-account and wide-admin", () => {
    const r = analyse(defaults[1]!.raw);
    expect(r.flags).toEqual(["cross-account", "wide-admin"]);
    expect(r.findings.map((f) => [f.flag, f.source])).toEqual([
      ["wide-admin", "policy:Allow access for Key Administrators"],
      ["cross-account", "policy:Allow use of the key"],
      ["cross-account", "policy:Allow attachment of persistent resources"],
    ]);
    expect(analyse(cross[0]!.raw).flags).toEqual(["cross-account", "wide-admin"]);
  });

  it("the external account becomes trusted when inventoried", () => {
    const r = analyseKeyAccess({ policy: defaults[1]!.raw }, { keyArn: KEY, inventoriedAccounts: ["444455556666"] });
    expect(r.flags).toEqual(["wide-admin"]);
  });

  it("the cross-account statements flag cross-account, and the persistent-resource one is not wide-admin", () => {
    expect([1, 2, 4, 5].map((i) => analyse(beside(cross[i]!.parsed)).flags)).toEqual([["cross-account"], ["cross-account"], ["cross-account"], ["cross-account"]]);
  });

  it("the key user and persistent-resource statements of the default policy have no flags", () => {
    expect([5, 6, 7, 8, 9].map((i) => analyse(beside(defaults[i]!.parsed)).flags)).toEqual([[], [], [], [], []]);
  });

  it("the key administrators statement is wide-admin", () => {
    expect(analyse(beside(defaults[3]!.parsed)).flags).toEqual(["wide-admin"]);
  });

  it("the account-2 policy of the evaluation example, seen from either account", () => {
    expect(analyse(all[99]!.raw).flags).toEqual(["cross-account", "wide-admin", "lockout-risk"]);
    expect(analyse(all[99]!.raw, "arn:aws:kms:us-west-2:444455556666:key/1234abcd-12ab-34cd-56ef-1234567890ab").flags).toEqual(["cross-account"]);
  });

  it("a VPC endpoint policy allowing everything to everyone is public", () => {
    expect(analyse(all[89]!.raw).flags).toEqual(["public", "wide-admin"]);
  });

  it("a key policy denying use outside a VPC endpoint has no flags", () => {
    expect(analyse(all[92]!.raw).flags).toEqual([]);
  });

  it("the EBS example restricted by kms:CallerAccount is not public, but its CreateGrant is wide-admin", () => {
    expect(analyse(beside(all[16]!.parsed)).flags).toEqual(["wide-admin"]);
  });
});
