import { z } from "zod";
import { keySparklinesSchema } from "@/lib/api/usage-outputs";
import { defineRoute } from "@/lib/auth/define-route";
import { getKeySparklines, SPARKLINE_MAX_KEYS } from "@/lib/queries/usage/get-key-sparklines";

const expected = `1 to ${SPARKLINE_MAX_KEYS} key ARNs expected`;
const body = z.object({ arns: z.array(z.string().min(1).max(2048), { error: expected }).min(1, expected).max(SPARKLINE_MAX_KEYS, expected) }, { error: expected });

// POST /api/usage/sparklines { arns } — daily calls of the keys on one page of the keys table (a
// POST because a page of ARNs does not fit a URL comfortably; it reads only).
export const POST = defineRoute({ permission: "audit:read", input: { body }, output: keySparklinesSchema }, async ({ body }) =>
  getKeySparklines(body.arns),
);
