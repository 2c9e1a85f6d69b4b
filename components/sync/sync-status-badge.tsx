import { Badge } from "@/components/ui/badge";

const TONES: Record<string, "ok" | "warn" | "danger" | "accent" | "neutral"> = {
  succeeded: "ok",
  partial: "warn",
  failed: "danger",
  abandoned: "danger",
  running: "accent",
  queued: "neutral",
  skipped: "neutral",
  pending: "neutral",
};

export function SyncStatusBadge({ status }: { status: string }) {
  return (
    <Badge tone={TONES[status] ?? "neutral"} data-testid="sync-status">
      {status}
    </Badge>
  );
}
