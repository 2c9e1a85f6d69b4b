"use client";

import { Play } from "lucide-react";
import { useRouter } from "next/navigation";
import { useCallback, useState, useTransition } from "react";
import { syncNow } from "@/app/(app)/sync/actions";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { SelectField } from "@/components/ui/select-field";
import { SyncRunProgress } from "./sync-run-progress";
import { isActive, useSyncRun } from "./use-sync-run";

type Props = { canRun: boolean; activeRunId: string | null };

/** "Sync now" and the live progress of the run it started (or of the one already running). */
export function SyncNowPanel({ canRun, activeRunId }: Props) {
  const router = useRouter();
  const [runId, setRunId] = useState<string | null>(activeRunId);
  const [kind, setKind] = useState<"full" | "incremental">("full");
  const [message, setMessage] = useState<string | null>(null);
  const [requesting, startRequest] = useTransition();
  const onFinished = useCallback(() => router.refresh(), [router]);
  const query = useSyncRun(runId, onFinished);
  const run = query.data;
  const busy = requesting || (runId !== null && (!run || isActive(run.status)));

  const start = () =>
    startRequest(async () => {
      setMessage(null);
      const result = await syncNow({ kind });
      if (!result.ok) return setMessage(result.message);
      if (result.data.alreadyRunning) setMessage("A sync was already queued or running: following it.");
      setRunId(result.data.runId);
    });

  return (
    <Card>
      <CardHeader
        title="Inventory sync"
        description="A full sync reads every key in every configured account and region; an incremental one reads what CloudTrail says has changed."
        action={
          canRun ? (
            <div className="flex items-end gap-2">
              <SelectField id="sync-kind" label="Kind" value={kind} onChange={(v) => setKind(v as "full" | "incremental")} options={[{ value: "full", label: "Full" }, { value: "incremental", label: "Incremental" }]} />
              <Button onClick={start} disabled={busy} className="whitespace-nowrap">
                <Play className="size-4" aria-hidden />
                Sync now
              </Button>
            </div>
          ) : null
        }
      />
      <div className="space-y-3 p-5">
        {message ? <p className="text-sm text-warn" role="status">{message}</p> : null}
        {query.isError ? <p className="text-sm text-danger" role="alert">Could not read the run&apos;s progress: {query.error.message}</p> : null}
        {run ? (
          <SyncRunProgress run={run} />
        ) : (
          <p className="text-sm text-muted">
            {requesting ? "Requesting a sync…" : canRun ? "No sync is running." : "No sync is running. Your role can watch syncs but not start one: ask an operator."}
          </p>
        )}
      </div>
    </Card>
  );
}
