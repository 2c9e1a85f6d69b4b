import type { IngestSummary } from "../types";

/** An ingestion that stopped early; what it did before stopping is in `summary` (and its IngestRun). */
export class IngestError extends Error {
  constructor(
    message: string,
    readonly summary: IngestSummary,
    cause?: unknown,
  ) {
    super(message, { cause });
    this.name = "IngestError";
  }
}
