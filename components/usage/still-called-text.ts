import type { StillCalledKey } from "@/lib/queries/usage/get-still-called-keys";
import { formatDateTime } from "@/components/ui/format";

const STATE = { PendingDeletion: "pending deletion", PendingReplicaDeletion: "pending replica deletion", Disabled: "disabled" } as Record<string, string>;

export const stateWords = (state: string) => STATE[state] ?? state;

/** Since when calls are counted, and how that time is known. */
export function sinceText(k: Pick<StillCalledKey, "since" | "sinceSource" | "keyState">): string {
  const at = formatDateTime(k.since);
  if (k.sinceSource === "event") return k.keyState === "Disabled" ? `since it was disabled on ${at}` : `since its deletion was scheduled on ${at}`;
  if (k.sinceSource === "deletion-schedule") return `since its deletion was scheduled on ${at} (from its DeletionDate)`;
  return `in the last 7 days (since ${at}): when it was ${stateWords(k.keyState)} is not on record`;
}
