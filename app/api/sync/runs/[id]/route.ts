import { NextResponse } from "next/server";
import { z } from "zod";
import { defineRoute } from "@/lib/auth/define-route";
import { AppError } from "@/lib/result";
import { getSyncRun } from "@/lib/queries/sync/list-sync-runs";

type Context = { params: Promise<{ id: string }> };

// GET /api/sync/runs/<id> — one run's progress; the Sync page and "Refresh this key" poll it.
export const GET = defineRoute<Context>("sync:read", async (_req, _user, ctx) => {
  const id = z.uuid().safeParse((await ctx.params).id);
  if (!id.success) throw new AppError("invalid_input", "not a sync run id");
  const run = await getSyncRun(id.data);
  if (!run) throw new AppError("not_found", "No sync run with this id.");
  return NextResponse.json(run, { headers: { "Cache-Control": "no-store" } });
});
