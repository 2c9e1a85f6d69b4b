import { NextResponse } from "next/server";
import { z } from "zod";
import { defineRoute } from "@/lib/auth/define-route";
import { AppError } from "@/lib/result";
import { getKeySparklines, SPARKLINE_MAX_KEYS } from "@/lib/queries/usage/get-key-sparklines";

const Body = z.object({ arns: z.array(z.string().min(1).max(2048)).min(1).max(SPARKLINE_MAX_KEYS) });

// POST /api/usage/sparklines { arns } — daily calls of the keys on one page of the keys table (a
// POST because a page of ARNs does not fit a URL comfortably; it reads only).
export const POST = defineRoute("audit:read", async (req) => {
  const body = Body.safeParse(await req.json().catch(() => null));
  if (!body.success) throw new AppError("invalid_input", `arns: 1 to ${SPARKLINE_MAX_KEYS} key ARNs expected`);
  const sparklines = await getKeySparklines(body.data.arns);
  return NextResponse.json(sparklines, { headers: { "Cache-Control": "no-store" } });
});
