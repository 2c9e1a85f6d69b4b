export type OperationStats = {
  /** Logical calls made by callers. */
  calls: number;
  /** HTTP attempts sent (calls + retries). */
  requests: number;
  throttles: number;
  retries: number;
  /** Calls that failed after their last attempt. */
  errors: number;
  /** Sum of every attempt's latency, waiting in the limiter excluded. */
  latencyMsSum: number;
};

const empty = (): OperationStats => ({ calls: 0, requests: 0, throttles: 0, retries: 0, errors: 0, latencyMsSum: 0 });

/** Cheap per-operation counters, keyed "service:Operation". */
export class CallStats {
  private readonly byOperation = new Map<string, OperationStats>();

  /** The live counters of one operation; the call wrapper increments them in place. */
  counters(service: string, operation: string): OperationStats {
    const key = `${service}:${operation}`;
    let entry = this.byOperation.get(key);
    if (!entry) {
      entry = empty();
      this.byOperation.set(key, entry);
    }
    return entry;
  }

  snapshot(): Record<string, OperationStats> {
    return Object.fromEntries([...this.byOperation].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, { ...v }]));
  }

  totals(): OperationStats {
    const total = empty();
    for (const s of this.byOperation.values()) {
      for (const field of Object.keys(total) as (keyof OperationStats)[]) total[field] += s[field];
    }
    return total;
  }
}
