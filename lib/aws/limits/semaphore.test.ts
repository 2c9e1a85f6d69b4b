import { describe, expect, it } from "vitest";
import { Semaphore } from "./semaphore";

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe("Semaphore", () => {
  it("admits up to its limit, then hands slots over first-in, first-out", async () => {
    const s = new Semaphore(2);
    await s.acquire();
    await s.acquire();
    const order: number[] = [];
    const waiting = [1, 2, 3].map((i) => s.acquire().then(() => order.push(i)));
    expect(s.waiting).toBe(3);
    s.release();
    await flush();
    expect(order).toEqual([1]);
    s.release();
    s.release();
    await Promise.all(waiting);
    expect(order).toEqual([1, 2, 3]);
    expect(s.inUse).toBe(2);
    s.release();
    s.release();
    expect(s.inUse).toBe(0);
  });

  it("skips a waiter that gave up", async () => {
    const s = new Semaphore(1);
    await s.acquire();
    const controller = new AbortController();
    const gaveUp = s.acquire(controller.signal);
    const next = s.acquire();
    controller.abort(new Error("cancelled"));
    await expect(gaveUp).rejects.toThrow("cancelled");
    s.release();
    await next;
    expect(s.inUse).toBe(1);
  });
});
