import type { LifecycleState } from "@/lib/lifecycle/key-state-machine";

// Where each state sits in the drawing: creation on the left, deletion on the right, the states a
// key moves between in normal life in the middle row.
export const NODE = { width: 172, height: 36 } as const;
export const VIEW = { width: 960, height: 300 } as const;

export const POSITIONS: Record<LifecycleState | "new", { x: number; y: number }> = {
  new: { x: 30, y: 150 },
  Creating: { x: 160, y: 45 },
  Enabled: { x: 200, y: 150 },
  PendingImport: { x: 200, y: 255 },
  Updating: { x: 420, y: 45 },
  Disabled: { x: 440, y: 150 },
  Unavailable: { x: 440, y: 255 },
  PendingReplicaDeletion: { x: 680, y: 45 },
  PendingDeletion: { x: 680, y: 150 },
  deleted: { x: 872, y: 150 },
};

type Point = { x: number; y: number };

/** Where the ray from a box's centre towards `to` leaves the box (a point for the start node). */
function exitPoint(from: Point, to: Point, isStart: boolean): Point {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  if (isStart) {
    const len = Math.hypot(dx, dy) || 1;
    return { x: from.x + (dx / len) * 8, y: from.y + (dy / len) * 8 };
  }
  const t = Math.min(dx === 0 ? Infinity : NODE.width / 2 / Math.abs(dx), dy === 0 ? Infinity : NODE.height / 2 / Math.abs(dy));
  return { x: from.x + dx * t, y: from.y + dy * t };
}

/**
 * An SVG path for an arrow between two states, bowed to its left so that A→B and B→A stay apart,
 * and the point on the curve where its label goes.
 */
export function edgePath(from: LifecycleState | "new", to: LifecycleState): { d: string; mid: Point } {
  const a = POSITIONS[from];
  const b = POSITIONS[to];
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const bow = 14;
  const control = { x: (a.x + b.x) / 2 + ((b.y - a.y) / len) * bow, y: (a.y + b.y) / 2 - ((b.x - a.x) / len) * bow };
  const start = exitPoint(a, control, from === "new");
  const end = exitPoint(b, control, false);
  const mid = { x: 0.25 * start.x + 0.5 * control.x + 0.25 * end.x, y: 0.25 * start.y + 0.5 * control.y + 0.25 * end.y };
  const r = (n: number) => Math.round(n * 10) / 10;
  return { d: `M ${r(start.x)} ${r(start.y)} Q ${r(control.x)} ${r(control.y)} ${r(end.x)} ${r(end.y)}`, mid };
}
