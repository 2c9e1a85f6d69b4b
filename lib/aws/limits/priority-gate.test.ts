import { describe, expect, it } from "vitest";
import { PriorityGate } from "./priority-gate";

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe("PriorityGate", () => {
  it("admits calls at once while below its limit, and holds the next until a slot is freed", async () => {
    const gate = new PriorityGate(2);
    const lane = gate.lane(80);
    await gate.acquire(lane);
    await gate.acquire(lane);
    expect(gate.inUse).toBe(2);
    let third = false;
    void gate.acquire(lane).then(() => (third = true));
    await flush();
    expect(third).toBe(false);
    gate.release();
    await flush();
    expect(third).toBe(true);
    expect(gate.inUse).toBe(2);
  });

  it("gives a freed slot to the lowest-quota lane first, however long the others' queues", async () => {
    const gate = new PriorityGate(1);
    const describe = gate.lane(1600);
    const grants = gate.lane(80);
    await gate.acquire(describe);
    const order: string[] = [];
    for (let i = 0; i < 5; i++) void gate.acquire(describe).then(() => order.push("DescribeKey"));
    for (let i = 0; i < 2; i++) void gate.acquire(grants).then(() => order.push("ListGrants"));
    for (let i = 0; i < 7; i++) {
      gate.release();
      await flush();
    }
    expect(order).toEqual(["ListGrants", "ListGrants", "DescribeKey", "DescribeKey", "DescribeKey", "DescribeKey", "DescribeKey"]);
  });

  it("lets lanes of equal priority take turns", async () => {
    const gate = new PriorityGate(1);
    const a = gate.lane(80);
    const b = gate.lane(80);
    await gate.acquire(a);
    const order: string[] = [];
    for (let i = 0; i < 3; i++) void gate.acquire(a).then(() => order.push("a"));
    for (let i = 0; i < 3; i++) void gate.acquire(b).then(() => order.push("b"));
    for (let i = 0; i < 6; i++) {
      gate.release();
      await flush();
    }
    expect(order).toEqual(["a", "b", "a", "b", "a", "b"]);
  });

  it("passes over a waiter that gave up", async () => {
    const gate = new PriorityGate(1);
    const lane = gate.lane(5);
    await gate.acquire(lane);
    const controller = new AbortController();
    const gaveUp = gate.acquire(lane, controller.signal);
    controller.abort(new Error("cancelled"));
    await expect(gaveUp).rejects.toThrow("cancelled");
    gate.release();
    expect(gate.inUse).toBe(0);
  });
});
