"use client";

import { RefreshCw } from "lucide-react";
import { useRouter } from "next/navigation";
import { useCallback, useState, useTransition } from "react";
import { refreshKey } from "@/app/(app)/keys/[arn]/actions";
import { isActive, useSyncRun } from "@/components/sync/use-sync-run";
import { Button } from "@/components/ui/button";
import { formatDateTime } from "@/components/ui/format";

/** "Refresh this key": queues a re-read from AWS, follows the run, then shows the fresh data. */
export function RefreshKeyButton({ keyArn }: { keyArn: string }) {
  const router = useRouter();
  const [runId, setRunId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [requesting, startRequest] = useTransition();
  const onFinished = useCallback(() => router.refresh(), [router]);
  const run = useSyncRun(runId, onFinished).data;
  const busy = requesting || (runId !== null && (!run || isActive(run.status)));

  const request = () =>
    startRequest(async () => {
      setError(null);
      const result = await refreshKey({ keyArn });
      if (result.ok) setRunId(result.data.runId);
      else setError(result.message);
    });

  let status: string | null = null;
  if (error) status = `Refresh not started: ${error}`;
  else if (requesting) status = "Requesting…";
  else if (run?.status === "queued") status = "Queued: waiting for the sync worker…";
  else if (run?.status === "running") status = "Reading this key from AWS…";
  else if (run?.status === "succeeded") status = `Refreshed ${formatDateTime(run.finishedAt)}`;
  else if (run) status = `Refresh ${run.status}${run.errors[0] ? `: ${run.errors[0].code} ${run.errors[0].message}` : run.message ? `: ${run.message}` : ""}`;

  return (
    <div className="flex flex-col items-end gap-1">
      <Button variant="secondary" size="sm" onClick={request} disabled={busy}>
        <RefreshCw className={busy ? "size-4 animate-spin" : "size-4"} aria-hidden />
        Refresh this key
      </Button>
      <p className={error || (run && !isActive(run.status) && run.status !== "succeeded") ? "text-xs text-danger" : "text-xs text-muted"} role="status" aria-live="polite" data-testid="refresh-status">
        {status}
      </p>
    </div>
  );
}
