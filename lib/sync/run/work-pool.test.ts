import { describe, expect, it } from "vitest";
import { WorkPool } from "./work-pool";

const tick = (ms = 1) => new Promise((r) => setTimeout(r, ms));

describe("WorkPool", () => {
  it("never runs more than its size at once, and drains", async () => {
    const pool = new WorkPool(3);
    let running = 0;
    let peak = 0;
    let done = 0;
    for (let i = 0; i < 20; i++) {
      await pool.run(async () => {
        running++;
        peak = Math.max(peak, running);
        await tick(2);
        running--;
        done++;
      });
    }
    await pool.drain();
    expect(peak).toBe(3);
    expect(done).toBe(20);
  });

  it("refuses new work after a failure and rethrows it on drain", async () => {
    const pool = new WorkPool(2);
    await pool.run(async () => {
      throw new Error("boom");
    });
    await tick();
    await expect(pool.run(async () => {})).rejects.toThrow("boom");
    await expect(pool.drain()).rejects.toThrow("boom");
  });
});
