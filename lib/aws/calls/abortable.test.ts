import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AttemptTimeoutError, sleep, withTimeout } from "./abortable";

describe("withTimeout", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("returns the result when work finishes in time", async () => {
    await expect(withTimeout(async () => 42, 100)).resolves.toBe(42);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("aborts the work's signal and rejects with AttemptTimeoutError", async () => {
    let seen: AbortSignal | undefined;
    const pending = withTimeout((signal) => {
      seen = signal;
      return new Promise<never>(() => {});
    }, 100);
    const check = expect(pending).rejects.toBeInstanceOf(AttemptTimeoutError);
    await vi.advanceTimersByTimeAsync(100);
    await check;
    expect(seen!.aborted).toBe(true);
  });

  it("rejects with the outer reason when the caller aborts", async () => {
    const outer = new AbortController();
    const pending = withTimeout(() => new Promise<never>(() => {}), 10_000, outer.signal);
    outer.abort(new Error("cancelled"));
    await expect(pending).rejects.toThrow("cancelled");
  });
});

describe("sleep", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("waits, and stops early when aborted", async () => {
    const done = vi.fn();
    void sleep(500).then(done);
    await vi.advanceTimersByTimeAsync(499);
    expect(done).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toHaveBeenCalled();
    const controller = new AbortController();
    const pending = sleep(10_000, controller.signal);
    controller.abort(new Error("stop"));
    await expect(pending).rejects.toThrow("stop");
    expect(vi.getTimerCount()).toBe(0);
  });
});
