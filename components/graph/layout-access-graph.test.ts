import { describe, expect, it } from "vitest";
import { buildAccessGraph } from "@/lib/access/graph/build-access-graph";
import { analyse, KEY_ARN, withRoot } from "@/lib/access/testing";
import { layoutAccessGraph, routePath } from "./layout-access-graph";

describe("layoutAccessGraph", () => {
  const report = analyse(withRoot({ Sid: "Public", Effect: "Allow", Principal: "*", Action: "kms:Decrypt", Resource: "*" }), [
    { GrantId: "g1", GranteePrincipal: "arn:aws:iam::444455556666:role/reader", Operations: ["Decrypt"] },
  ]);
  const graph = buildAccessGraph(report.edges, { keyArn: KEY_ARN, keyLabel: "k", accountNames: {}, collapseAbove: 6, expanded: new Set() });
  const layout = layoutAccessGraph(graph.nodes, graph.edges);

  it("puts policy principals left of the key and grantees right of it", () => {
    const x = (id: string) => layout.nodes.get(id)!.x;
    expect(x("policy|p|*")).toBeLessThan(x("key"));
    expect(x("grant|p|arn:aws:iam::444455556666:role/reader")).toBeGreaterThan(x("key"));
  });

  it("routes every edge with a label point apart from the others", () => {
    expect(layout.edges.size).toBe(graph.edges.length);
    const labels = [...layout.edges.values()].map((r) => `${r.label.x},${r.label.y}`);
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe("routePath", () => {
  it("goes straight without bends and curves through them otherwise", () => {
    expect(routePath({ x: 0, y: 0 }, [], { x: 10, y: 0 })).toBe("M 0 0 L 10 0");
    expect(routePath({ x: 0, y: 0 }, [{ x: 5, y: 5 }], { x: 10, y: 0 })).toBe("M 0 0 Q 5 5 7.5 2.5 L 10 0");
  });
});
