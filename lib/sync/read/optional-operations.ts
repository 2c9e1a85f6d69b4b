import { isAwsCallError } from "@/lib/aws";

/**
 * Reads a sync can do without. Newer operations are missing from some endpoints (GetKeyLastUsage in
 * older partitions, both in local emulators such as moto or LocalStack): there the answer is
 * "unavailable here", not an error, and the operation is not called again in the same run.
 */
export const OPTIONAL_OPERATIONS = ["GetKeyLastUsage", "ListKeyRotations"] as const;
export type OptionalOperation = (typeof OPTIONAL_OPERATIONS)[number];

export const isOptionalOperation = (operation: string): operation is OptionalOperation => (OPTIONAL_OPERATIONS as readonly string[]).includes(operation);

/** The endpoint said it does not know the operation (after no retries: see classifyAwsError). */
export const isUnknownOperation = (error: unknown): boolean => isAwsCallError(error, "not-implemented");

export const UNAVAILABLE: unique symbol = Symbol("unavailable");

/** What one account-Region's endpoint answered for the optional operations during one run. */
export class OptionalOperations {
  private readonly missing = new Set<OptionalOperation>();
  private readonly answered = new Set<OptionalOperation>();
  private readonly firstCalls = new Map<OptionalOperation, Promise<unknown>>();

  isUnavailable(operation: OptionalOperation): boolean {
    return this.missing.has(operation);
  }

  /**
   * Runs one call of an optional operation, or answers UNAVAILABLE. Until the endpoint has
   * answered the operation once, later calls wait for the first: an endpoint that does not know
   * it is asked once per account-Region, not once per key in flight.
   */
  async call<T>(operation: OptionalOperation, call: () => Promise<T>): Promise<T | typeof UNAVAILABLE> {
    const first = this.firstCalls.get(operation);
    if (first) await first;
    if (this.missing.has(operation)) return UNAVAILABLE;
    const attempt = call().then(
      (value): T | typeof UNAVAILABLE => {
        this.answered.add(operation);
        return value;
      },
      (error: unknown): typeof UNAVAILABLE => {
        if (!isUnknownOperation(error)) throw error;
        this.missing.add(operation);
        return UNAVAILABLE;
      },
    );
    if (!first) this.firstCalls.set(operation, attempt.catch(() => undefined));
    return attempt;
  }

  markUnavailable(operation: OptionalOperation): void {
    this.missing.add(operation);
  }

  /** The stored list of unavailable operations after this run: new ones added, ones that answered removed. */
  merge(stored: readonly string[]): string[] {
    const result = new Set(stored.filter((op) => !(isOptionalOperation(op) && this.answered.has(op) && !this.missing.has(op))));
    for (const op of this.missing) result.add(op);
    return [...result].sort();
  }

  get touched(): boolean {
    return this.missing.size > 0 || this.answered.size > 0;
  }
}
