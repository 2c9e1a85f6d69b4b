import { describe, expect, it, vi } from "vitest";
import { collect, kmsNextMarker, nextToken, paginate, s3NextContinuationToken } from "./paginate";

describe("paginate", () => {
  it("follows KMS markers until a page is not truncated", async () => {
    const pages = [
      { Keys: [1, 2], Truncated: true, NextMarker: "m1" },
      { Keys: [3], Truncated: true, NextMarker: "m2" },
      { Keys: [4], Truncated: false },
    ];
    const fetchPage = vi.fn(async (marker: string | undefined) => pages[marker === undefined ? 0 : Number(marker.slice(1))]!);
    const all = await collect(paginate(fetchPage, kmsNextMarker));
    expect(all.flatMap((p) => p.Keys)).toEqual([1, 2, 3, 4]);
    expect(fetchPage.mock.calls.map((c) => c[0])).toEqual([undefined, "m1", "m2"]);
  });

  it("refuses a truncated KMS page without a marker rather than end early", async () => {
    const pages = paginate(async () => ({ Truncated: true }), kmsNextMarker);
    await expect(collect(pages)).rejects.toThrow(/Truncated without NextMarker/);
  });

  it("stops when a service repeats a token", async () => {
    const pages = paginate(async () => ({ NextToken: "same" }), nextToken);
    await expect(collect(pages)).rejects.toThrow(/repeated/);
  });

  it("reads CloudTrail and S3 tokens", () => {
    expect(nextToken({ NextToken: "t" })).toBe("t");
    expect(nextToken({ NextToken: "" })).toBeUndefined();
    expect(s3NextContinuationToken({ IsTruncated: true, NextContinuationToken: "c" })).toBe("c");
    expect(s3NextContinuationToken({ IsTruncated: false, NextContinuationToken: "c" })).toBeUndefined();
    expect(() => s3NextContinuationToken({ IsTruncated: true })).toThrow();
  });

  it("fetches lazily, one page per iteration", async () => {
    const fetchPage = vi.fn(async (t: string | undefined) => ({ NextToken: t === undefined ? "a" : undefined }));
    const iterator = paginate(fetchPage, nextToken);
    await iterator.next();
    expect(fetchPage).toHaveBeenCalledTimes(1);
  });
});
