export type PipelineLimits = { maxEvents: number; maxBytes: number; inFlight: number };

// Batches big enough that per-statement costs vanish, and that a rollup row sums many events (a
// batch of 3,000 writes 1.2 rollup rows per event, one of 1,000 wrote 1.9: a fifth more records per
// second); three in flight so that a Postgres server works on two while it commits another and Node
// reads the next.
export const DEFAULT_LIMITS: PipelineLimits = { maxEvents: 3000, maxBytes: 6 * 1024 * 1024, inFlight: 3 };

/** The embedded database runs one statement at a time: smaller batches keep the pages' queries waiting less. */
export const EMBEDDED_LIMITS: PipelineLimits = { ...DEFAULT_LIMITS, maxEvents: 1000, maxBytes: 2 * 1024 * 1024 };
