"use server";

import { z } from "zod";
import { defineAction } from "@/lib/auth/define-action";
import { isKnownKey } from "@/lib/queries/keys/is-known-key";
import { err, ok } from "@/lib/result";
import { requestKeyRefresh, SyncRequestError } from "@/lib/sync";

/** "Refresh this key": queues a re-read of one key from AWS; the page follows the run. */
export const refreshKey = defineAction(
  {
    name: "keys.refresh",
    input: z.object({ keyArn: z.string().min(1).max(2048) }),
    output: z.object({ runId: z.string() }),
    permission: "sync:run",
    audit: ({ input, output }) => ({ action: "sync.key_refresh_requested", targetType: "KmsKey", targetId: input.keyArn, details: { runId: output.runId } }),
  },
  async ({ keyArn }, user) => {
    if (!(await isKnownKey(keyArn))) return err("not_found", "This key is not in the inventory.");
    try {
      const { runId } = await requestKeyRefresh({ keyArn, requestedById: user.id });
      return ok({ runId });
    } catch (e) {
      if (e instanceof SyncRequestError) return err("invalid_input", e.message);
      throw e;
    }
  },
);
