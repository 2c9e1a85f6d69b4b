import { cn } from "@/components/ui/cn";
import { formatDate } from "@/components/ui/format";
import { keyStateStyle } from "./key-state-style";

/** KeyState as its AWS name, coloured by risk; PendingDeletion also says when KMS deletes the key. */
export function KeyStateBadge({ state, deletionDate }: { state: string; deletionDate?: string | null }) {
  const deleting = state === "PendingDeletion" && deletionDate;
  return (
    <span
      className={cn("inline-flex items-center whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium", keyStateStyle(state).badge)}
      data-testid="key-state"
      title={deleting ? `KMS deletes this key on ${formatDate(deletionDate)}` : undefined}
    >
      {state}
      {deleting ? <span className="ml-1 font-normal">· deletes {formatDate(deletionDate)}</span> : null}
    </span>
  );
}
