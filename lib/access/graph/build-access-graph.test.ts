import { describe, expect, it } from "vitest";
import { analyse, KEY_ARN, withRoot } from "../testing";
import type { GrantInput } from "../types";
import { buildAccessGraph, type BuildOptions } from "./build-access-graph";
import { describeAccessEdge } from "./describe-access-edge";
import { filterAccessEdges, NO_FILTER } from "./filter-access-edges";

const OPTIONS: BuildOptions = { keyArn: KEY_ARN, keyLabel: "alias/app", accountNames: { "111122223333": "security-tooling" }, collapseAbove: 5, expanded: new Set() };
const PARTNER = "444455556666";

const grant = (i: number, principal: string, Operations = ["Decrypt"], Constraints: GrantInput["Constraints"] = null): GrantInput => ({
  GrantId: `g${String(i).padStart(3, "0")}`,
  GranteePrincipal: principal,
  Operations,
  Constraints,
});

const publicPolicy = withRoot({ Sid: "Public", Effect: "Allow", Principal: "*", Action: "kms:Decrypt", Resource: "*" });

describe("buildAccessGraph", () => {
  it("puts the key in the middle, policy principals before it and grantees after it", () => {
    const r = analyse(withRoot(), [grant(1, `arn:aws:iam::${PARTNER}:role/reader`)]);
    const g = buildAccessGraph(r.edges, OPTIONS);
    expect(g.nodes.map((n) => n.id)).toEqual(["key", "policy|p|arn:aws:iam::111122223333:root", `grant|p|arn:aws:iam::${PARTNER}:role/reader`]);
    expect(g.edges.map((e) => [e.source, e.target])).toEqual([
      ["policy|p|arn:aws:iam::111122223333:root", "key"],
      ["key", `grant|p|arn:aws:iam::${PARTNER}:role/reader`],
    ]);
  });

  it("groups principals by account, naming the accounts it knows, and draws an Everyone node when public", () => {
    const r = analyse(publicPolicy, [grant(1, "arn:aws:iam::111122223333:role/app"), grant(2, "dynamodb.amazonaws.com")]);
    const g = buildAccessGraph(r.edges, OPTIONS);
    const byId = Object.fromEntries(g.nodes.map((n) => [n.id, n]));
    expect(byId["policy|p|*"]).toMatchObject({ kind: "principal", label: "Everyone (*)", risk: "high" });
    expect(byId["grant|p|arn:aws:iam::111122223333:role/app"]).toMatchObject({ label: "role/app", sublabel: "security-tooling · 111122223333 (this key's account)" });
    expect(byId["grant|p|dynamodb.amazonaws.com"]).toMatchObject({ sublabel: "AWS service" });
  });

  it("labels edges with operation groups and colours them by risk", () => {
    const r = analyse(withRoot(), [grant(1, `arn:aws:iam::${PARTNER}:role/reader`, ["Decrypt", "CreateGrant"], { EncryptionContextSubset: { t: "1" } })]);
    const g = buildAccessGraph(r.edges, OPTIONS);
    const root = g.edges.find((e) => e.sourceKind === "policy")!;
    expect(root).toMatchObject({ label: "use · manage · grant", risk: "low", count: 1 });
    const partner = g.edges.find((e) => e.sourceKind === "grant")!;
    expect(partner).toMatchObject({ label: "use · grant", risk: "high", flags: ["cross-account", "grant-onward"], conditions: ["encryption context includes t=1"] });
  });

  it("collapses a large account group into one node with counts and aggregates its edges", () => {
    const grants = Array.from({ length: 500 }, (_, i) => grant(i, `arn:aws:iam::111122223333:role/app-${i % 50}`, ["Encrypt", "Decrypt"], { EncryptionContextEquals: { i: String(i) } }));
    const r = analyse(withRoot(), grants);
    const g = buildAccessGraph(r.edges, OPTIONS);
    expect(g.nodes).toHaveLength(3);
    const group = g.nodes.find((n) => n.kind === "group")!;
    expect(group).toMatchObject({ id: "grant|g|account:111122223333", principals: 50, sublabel: "50 principals" });
    const edge = g.edges.find((e) => e.nodeId === group.id)!;
    expect(edge).toMatchObject({ count: 500, label: "use (500 grants)", risk: "low" });
    expect(edge.members).toHaveLength(500);
  });

  it("draws the principals of an expanded group one by one", () => {
    const grants = Array.from({ length: 12 }, (_, i) => grant(i, `arn:aws:iam::${PARTNER}:role/r${i}`));
    const r = analyse(withRoot(), grants);
    const expanded = buildAccessGraph(r.edges, { ...OPTIONS, expanded: new Set([`grant|account:${PARTNER}`]) });
    expect(expanded.nodes.filter((n) => n.kind === "principal" && n.side === "grant")).toHaveLength(12);
    expect(buildAccessGraph(r.edges, OPTIONS).nodes).toHaveLength(3);
  });

  it("keeps an Allow and a Deny to the same principal apart", () => {
    const deny = { Sid: "NoDelete", Effect: "Deny", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Action: "kms:ScheduleKeyDeletion", Resource: "*", Condition: { Bool: { "aws:MultiFactorAuthPresent": "false" } } };
    const g = buildAccessGraph(analyse(withRoot(deny)).edges, OPTIONS);
    expect(g.edges.map((e) => [e.effect, e.risk])).toEqual([
      ["Allow", "low"],
      ["Deny", "deny"],
    ]);
  });
});

describe("filterAccessEdges", () => {
  const r = analyse(publicPolicy, [grant(1, `arn:aws:iam::${PARTNER}:role/reader`, ["Decrypt"]), grant(2, "arn:aws:iam::111122223333:role/ops", ["RetireGrant"], null)]);

  it("keeps everything without a filter", () => {
    expect(filterAccessEdges(r.edges, NO_FILTER)).toHaveLength(r.edges.length);
  });

  it("narrows edges to the operations of a group", () => {
    const use = filterAccessEdges(r.edges, { ...NO_FILTER, groups: ["use"] });
    expect(use.every((e) => e.operations.every((op) => !op.includes("PutKeyPolicy") && !op.includes("RetireGrant")))).toBe(true);
    expect(use.map((e) => e.source)).toEqual(["policy:Enable IAM policies", "policy:Public", "grant:g001"]);
  });

  it("filters by source, by flag and by principal", () => {
    expect(filterAccessEdges(r.edges, { ...NO_FILTER, sources: ["grant"] }).map((e) => e.source)).toEqual(["grant:g001", "grant:g002"]);
    expect(filterAccessEdges(r.edges, { ...NO_FILTER, flags: ["public"] }).map((e) => e.principal)).toEqual(["*"]);
    expect(filterAccessEdges(r.edges, { ...NO_FILTER, search: "READER" }).map((e) => e.source)).toEqual(["grant:g001"]);
    expect(filterAccessEdges(r.edges, { ...NO_FILTER, search: PARTNER })).toHaveLength(1);
  });
});

describe("describeAccessEdge", () => {
  it("says what a grant allows, in words", () => {
    const r = analyse(withRoot(), [grant(7, `arn:aws:iam::${PARTNER}:role/reader`, ["Decrypt", "DescribeKey"], { EncryptionContextSubset: { tenant: "t-1" } })]);
    const edge = r.edges.find((e) => e.source === "grant:g007")!;
    expect(describeAccessEdge(edge)).toBe(`Grant g007… lets role/reader in account ${PARTNER} use the key (Decrypt, DescribeKey) when encryption context includes tenant=t-1.`);
  });

  it("says a public statement lets anyone in", () => {
    const edge = analyse(publicPolicy).edges.find((e) => e.source === "policy:Public")!;
    expect(describeAccessEdge(edge)).toBe("Statement “Public” lets anyone, in any AWS account, use the key (Decrypt).");
  });
});
