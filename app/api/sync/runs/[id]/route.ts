import { z } from "zod";
import { syncRunSchema } from "@/lib/api/sync-outputs";
import { defineRoute } from "@/lib/auth/define-route";
import { AppError } from "@/lib/result";
import { getSyncRun } from "@/lib/queries/sync/list-sync-runs";

const params = z.object({ id: z.uuid("not a sync run id") });

// GET /api/sync/runs/<id> — one run's progress; the Sync page and "Refresh this key" poll it.
export const GET = defineRoute({ permission: "sync:read", input: { params }, output: syncRunSchema }, async ({ params }) => {
  const run = await getSyncRun(params.id);
  if (!run) throw new AppError("not_found", "No sync run with this id.");
  return run;
});
