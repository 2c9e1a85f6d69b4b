import { describe, expect, it } from "vitest";
import { isAllowedTransition, KEY_STATES, lifecycleStateOf, TRANSITIONS } from "./key-state-machine";

describe("key-state machine", () => {
  it("reaches every state from a new key", () => {
    const reached = new Set<string>(["new"]);
    for (let grew = true; grew; ) {
      const before = reached.size;
      for (const t of TRANSITIONS) if (reached.has(t.from)) reached.add(t.to);
      grew = reached.size > before;
    }
    expect([...KEY_STATES].filter((s) => !reached.has(s))).toEqual([]);
  });

  it("lists each change once (the diagram draws one arrow per transition)", () => {
    const pairs = TRANSITIONS.map((t) => `${t.from}>${t.to}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it("follows AWS's rules on deletion", () => {
    expect(isAllowedTransition("PendingDeletion", "Disabled")).toBe(true);
    expect(isAllowedTransition("PendingDeletion", "Enabled")).toBe(false);
    expect(isAllowedTransition("Enabled", "deleted")).toBe(false);
    expect(TRANSITIONS.filter((t) => t.from === "deleted")).toEqual([]);
  });

  it("shows a key gone from AWS as deleted", () => {
    expect(lifecycleStateOf("PendingDeletion", "2026-01-01T00:00:00Z")).toBe("deleted");
    expect(lifecycleStateOf("Enabled", null)).toBe("Enabled");
    expect(lifecycleStateOf("SomethingNew", null)).toBeNull();
  });
});
