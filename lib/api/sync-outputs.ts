import { z } from "zod";
import type { SyncRunView } from "@/lib/queries/sync/sync-run-view";

// What the sync progress route may send: these fields and no others (zod drops unknown keys).

const count = z.number();
const maybeText = z.string().nullable();

export const syncRunSchema = z.object({
  id: z.string(),
  kind: z.string(),
  trigger: z.string(),
  status: z.string(),
  requestedBy: maybeText,
  scope: z.object({ accounts: z.array(z.string()), regions: z.array(z.string()), keyArn: maybeText }),
  startedAt: z.string(),
  finishedAt: maybeText,
  progress: z.object({ total: count, done: count }),
  keys: z.object({ seen: count, created: count, updated: count, deleted: count }),
  calls: count,
  throttles: count,
  operations: z.array(z.object({ name: z.string(), calls: count, throttles: count, errors: count })),
  errors: z.array(z.object({ accountId: maybeText, region: maybeText, operation: maybeText, code: z.string(), message: z.string() })),
  errorCount: count,
  message: maybeText,
  targets: z.array(
    z.object({ accountId: z.string(), region: z.string(), status: z.string(), keysListed: count, keysDone: count, listingComplete: z.boolean(), message: maybeText }),
  ),
}) satisfies z.ZodType<SyncRunView>;
