import { MinHeap } from "../core/min-heap";
import type { World } from "../world";
import { completeOnDemandRotation, deleteKey, expireKeyMaterial, rotateKey } from "./lifecycle-actions";
import type { KmsKey } from "./model";

type Kind = "rotate" | "delete" | "expire" | "settle" | "onDemand";
type Entry = { due: number; kind: Kind; account: string; region: string; keyId: string };

/**
 * Time-driven key changes: automatic rotation at NextRotationDate, deletion at DeletionDate,
 * imported material expiry at ValidTo, the end of transient states. Entries are re-validated
 * when they come due, so a key that changed since it was scheduled is simply skipped.
 */
export class Lifecycle {
  private readonly heap = new MinHeap<Entry>();

  constructor(private readonly world: () => World) {}

  schedule(key: KmsKey): void {
    for (const kind of ["rotate", "delete", "expire", "settle", "onDemand"] as const) {
      const due = dueTime(key, kind, this.world().settings.onDemandRotationMs);
      if (due !== undefined) this.heap.push({ due, kind, account: key.AWSAccountId, region: key.Region, keyId: key.KeyId });
    }
  }

  /** Applies everything due up to `now`, oldest first, each at its own due time. */
  runUntil(now: number): void {
    const w = this.world();
    for (let top = this.heap.peek(); top && top.due <= now; top = this.heap.peek()) {
      this.heap.pop();
      const key = w.kms.existingRegion(top.account, top.region)?.keys.get(top.keyId);
      if (!key || dueTime(key, top.kind, w.settings.onDemandRotationMs) !== top.due) continue;
      apply(w, key, top.kind, top.due);
      this.schedule(key);
    }
  }
}

function apply(w: World, key: KmsKey, kind: Kind, due: number): void {
  if (kind === "rotate") rotateKey(w, key, due, "AUTOMATIC");
  else if (kind === "delete") deleteKey(w, key, due);
  else if (kind === "expire") expireKeyMaterial(w, key, due);
  else if (kind === "onDemand") completeOnDemandRotation(w, key, due);
  else {
    key.KeyState = key.settledState ?? "Enabled";
    key.settledState = undefined;
    key.transientUntil = undefined;
  }
}

function dueTime(key: KmsKey, kind: Kind, onDemandMs: number): number | undefined {
  switch (kind) {
    case "rotate":
      return key.KeyState === "Enabled" && key.rotationEnabled && key.MultiRegionKeyType !== "REPLICA" ? key.nextRotationDate : undefined;
    case "delete":
      return key.KeyState === "PendingDeletion" ? key.DeletionDate : undefined;
    case "expire":
      return key.Origin === "EXTERNAL" && key.KeyState !== "PendingImport" && key.KeyState !== "PendingDeletion" ? key.ValidTo : undefined;
    case "settle":
      return key.transientUntil;
    case "onDemand":
      return key.onDemandRotationStartDate === undefined ? undefined : key.onDemandRotationStartDate + onDemandMs;
  }
}
