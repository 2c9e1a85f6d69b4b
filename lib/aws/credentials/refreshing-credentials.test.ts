import { describe, expect, it, vi } from "vitest";
import { refreshingCredentials } from "./refreshing-credentials";

const MINUTE = 60_000;

describe("refreshingCredentials", () => {
  const make = (start = 0) => {
    let clock = start;
    let n = 0;
    const fetch = vi.fn(async () => {
      n++;
      return { accessKeyId: `AKIA${n}`, secretAccessKey: "s", sessionToken: "t", expiration: new Date(clock + 60 * MINUTE) };
    });
    const provider = refreshingCredentials(fetch, { now: () => clock });
    return { fetch, provider, advance: (ms: number) => (clock += ms) };
  };

  it("fetches once and shares the result among concurrent callers", async () => {
    const { fetch, provider } = make();
    const all = await Promise.all([provider(), provider(), provider()]);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(new Set(all.map((c) => c.accessKeyId))).toEqual(new Set(["AKIA1"]));
  });

  it("keeps the credentials until ten minutes before they expire, then refreshes", async () => {
    const { fetch, provider, advance } = make();
    await provider();
    advance(49 * MINUTE);
    expect((await provider()).accessKeyId).toBe("AKIA1");
    advance(2 * MINUTE);
    expect((await provider()).accessKeyId).toBe("AKIA2");
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("keeps valid credentials when a refresh fails, and fails once they expired", async () => {
    const { fetch, provider, advance } = make();
    await provider();
    fetch.mockRejectedValue(new Error("sts down"));
    advance(55 * MINUTE);
    expect((await provider()).accessKeyId).toBe("AKIA1");
    advance(6 * MINUTE);
    await expect(provider()).rejects.toThrow("sts down");
  });

  it("never refreshes credentials without an expiration", async () => {
    const fetch = vi.fn(async () => ({ accessKeyId: "AKIA", secretAccessKey: "s" }));
    const provider = refreshingCredentials(fetch);
    await provider();
    await provider();
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
