"use server";

import { z } from "zod";
import { defineAction } from "@/lib/auth/define-action";
import { err, ok } from "@/lib/result";
import { getActiveSyncRunId } from "@/lib/queries/sync/list-sync-runs";
import { requestSync, SyncRequestError } from "@/lib/sync";

/** "Sync now": queues a sync, or follows the one already queued or running (a double click starts one). */
export const syncNow = defineAction(
  {
    name: "sync.now",
    input: z.object({ kind: z.enum(["full", "incremental"]) }),
    output: z.object({ runId: z.string(), alreadyRunning: z.boolean() }),
    permission: "sync:run",
    audit: ({ input, output }) =>
      output.alreadyRunning ? null : { action: "sync.requested", targetType: "SyncRun", targetId: output.runId, details: { kind: input.kind } },
  },
  async ({ kind }, user) => {
    const active = await getActiveSyncRunId();
    if (active) return ok({ runId: active, alreadyRunning: true });
    try {
      const { runId } = await requestSync({ kind, trigger: "manual", requestedById: user.id });
      return ok({ runId, alreadyRunning: false });
    } catch (e) {
      if (e instanceof SyncRequestError) return err("invalid_input", e.message);
      throw e;
    }
  },
);
