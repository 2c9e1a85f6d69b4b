import { throttled } from "../core/errors";
import { TokenBucket } from "./token-bucket";

/** Token buckets per account, Region and quota name, scaled by --quota-scale (0 = off). */
export class QuotaLimiter {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(private readonly scale: number) {}

  get enabled(): boolean {
    return this.scale > 0;
  }

  /** Throws ThrottlingException when the bucket is empty. */
  charge(account: string, region: string, quota: string, rate: number, message: string): void {
    if (this.scale <= 0) return;
    const id = `${account}|${region}|${quota}`;
    let bucket = this.buckets.get(id);
    if (!bucket) {
      bucket = new TokenBucket(rate * this.scale);
      this.buckets.set(id, bucket);
    }
    if (!bucket.take()) throw throttled(message);
  }
}
