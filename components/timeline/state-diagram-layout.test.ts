import { describe, expect, it } from "vitest";
import { KEY_STATES, TRANSITIONS } from "@/lib/lifecycle/key-state-machine";
import { edgePath, NODE, POSITIONS, VIEW } from "./state-diagram-layout";

describe("state diagram layout", () => {
  it("places every state inside the drawing without overlapping another", () => {
    const boxes = KEY_STATES.map((s) => ({ s, ...POSITIONS[s] }));
    for (const b of boxes) {
      expect(b.x - NODE.width / 2).toBeGreaterThanOrEqual(0);
      expect(b.x + NODE.width / 2).toBeLessThanOrEqual(VIEW.width);
      expect(b.y + NODE.height / 2).toBeLessThanOrEqual(VIEW.height);
    }
    for (const a of boxes)
      for (const b of boxes)
        if (a.s < b.s) expect(Math.abs(a.x - b.x) >= NODE.width || Math.abs(a.y - b.y) >= NODE.height, `${a.s} overlaps ${b.s}`).toBe(true);
  });

  it("draws opposite transitions apart", () => {
    const there = edgePath("Enabled", "Disabled");
    const back = edgePath("Disabled", "Enabled");
    expect(there.d).not.toBe(back.d);
    expect(Math.abs(there.mid.y - back.mid.y)).toBeGreaterThan(5);
  });

  it("starts and ends arrows on the edges of the boxes", () => {
    for (const t of TRANSITIONS) {
      const [, x1, y1] = edgePath(t.from, t.to).d.split(" ").map(Number);
      const from = POSITIONS[t.from];
      if (t.from !== "new") expect(Math.abs(x1! - from.x) >= NODE.width / 2 - 0.2 || Math.abs(y1! - from.y) >= NODE.height / 2 - 0.2).toBe(true);
    }
  });
});
