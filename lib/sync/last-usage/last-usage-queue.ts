// GetKeyLastUsage is limited to 5 calls per second per account-Region: a 10,000-key Region needs
// over half an hour of the whole quota, so each sync spends what it can on the keys where the
// answer is missing or matters most, and a key checked recently is not asked again.

export const LAST_USAGE_RECHECK_MS = 24 * 3600_000;

export type LastUsageCandidate = {
  arn: string;
  /** Never asked: nothing is known about its use. */
  lastCheckedAt: Date | null;
  keyState: string;
};

// Lower classes go first.
const NEVER_CHECKED = 0;
export const STATE_CHANGED = 1;
const PENDING_DELETION = 2;
const DISABLED = 3;
const OTHER = 4;

export function priorityClass(c: LastUsageCandidate): number {
  if (c.lastCheckedAt === null) return NEVER_CHECKED;
  if (c.keyState === "PendingDeletion" || c.keyState === "PendingReplicaDeletion") return PENDING_DELETION;
  if (c.keyState === "Disabled") return DISABLED;
  return OTHER;
}

/**
 * Keys due for GetKeyLastUsage, best first: never checked; state changed in this sync (use before a
 * key was disabled or scheduled for deletion is the evidence people look for); pending deletion;
 * disabled; then every other key, stalest check first. Keys checked within the recheck period wait.
 */
export class LastUsageQueue {
  private readonly classes: LastUsageCandidate[][] = [[], [], [], [], []];
  private readonly sorted = [true, true, true, true, true];
  private readonly taken = new Set<string>();
  private readonly queued = new Map<string, number>();

  constructor(
    private readonly now: Date,
    private readonly recheckMs = LAST_USAGE_RECHECK_MS,
  ) {}

  get size(): number {
    return this.queued.size;
  }

  offer(candidate: LastUsageCandidate): void {
    const due = candidate.lastCheckedAt === null || this.now.getTime() - candidate.lastCheckedAt.getTime() >= this.recheckMs;
    if (due) this.put(candidate, priorityClass(candidate));
  }

  /** The key's state differs from the one stored: check it ahead of the rest, whatever its last check. */
  stateChanged(candidate: LastUsageCandidate): void {
    this.put(candidate, candidate.lastCheckedAt === null ? NEVER_CHECKED : STATE_CHANGED);
  }

  /** The best key due, of class `upTo` or better (NEVER_CHECKED = 0, STATE_CHANGED = 1, …). */
  next(upTo = OTHER): string | undefined {
    for (let c = 0; c <= upTo; c++) {
      const list = this.classes[c]!;
      if (!this.sorted[c]) {
        // Popped from the end: stalest last in the array.
        list.sort((a, b) => (b.lastCheckedAt?.getTime() ?? 0) - (a.lastCheckedAt?.getTime() ?? 0) || (a.arn < b.arn ? 1 : -1));
        this.sorted[c] = true;
      }
      while (list.length > 0) {
        const candidate = list.pop()!;
        if (this.taken.has(candidate.arn) || this.queued.get(candidate.arn) !== c) continue;
        this.taken.add(candidate.arn);
        this.queued.delete(candidate.arn);
        return candidate.arn;
      }
    }
    return undefined;
  }

  private put(candidate: LastUsageCandidate, cls: number): void {
    if (this.taken.has(candidate.arn)) return;
    const current = this.queued.get(candidate.arn);
    if (current !== undefined && current <= cls) return;
    this.queued.set(candidate.arn, cls);
    this.classes[cls]!.push(candidate);
    this.sorted[cls] = false;
  }
}
