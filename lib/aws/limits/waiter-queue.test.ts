import { describe, expect, it } from "vitest";
import { WaiterQueue } from "./waiter-queue";

describe("WaiterQueue", () => {
  it("wakes waiters in order and says when none is left", async () => {
    const q = new WaiterQueue();
    const woken: number[] = [];
    const all = [1, 2].map((i) => q.wait().then(() => woken.push(i)));
    expect(q.size).toBe(2);
    expect(q.wakeOne()).toBe(true);
    expect(q.wakeOne()).toBe(true);
    expect(q.wakeOne()).toBe(false);
    await Promise.all(all);
    expect(woken).toEqual([1, 2]);
    expect(q.isEmpty).toBe(true);
  });

  it("forgets waiters whose signal aborted", async () => {
    const q = new WaiterQueue();
    const controller = new AbortController();
    const gone = q.wait(controller.signal);
    controller.abort(new Error("gone"));
    await expect(gone).rejects.toThrow("gone");
    expect(q.isEmpty).toBe(true);
    expect(q.wakeOne()).toBe(false);
    await expect(q.wait(AbortSignal.abort(new Error("already")))).rejects.toThrow("already");
  });
});
