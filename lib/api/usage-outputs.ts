import { z } from "zod";
import type { KeySparklines } from "@/lib/queries/usage/get-key-sparklines";

// What the sparklines route may send: these fields and no others.

export const keySparklinesSchema = z.object({
  days: z.array(z.string()),
  keys: z.record(z.string(), z.object({ calls: z.array(z.number()).nullable(), total: z.number() })),
}) satisfies z.ZodType<KeySparklines>;
