import { WaiterQueue } from "./waiter-queue";

export type GateLane = {
  /** Lower goes first. */
  readonly priority: number;
  readonly queue: WaiterQueue;
  /** Order among lanes of equal priority; renewed on each turn, which makes them take turns. */
  turn: number;
};

/**
 * A limit on calls in flight, all lanes together. When it is reached, freed slots go to the
 * waiting lane with the lowest priority value, lanes of equal priority taking turns.
 */
export class PriorityGate {
  private active = 0;
  private turns = 0;
  private readonly waiting = new Set<GateLane>();

  constructor(readonly limit: number) {
    if (!(limit >= 1)) throw new RangeError("limit must be >= 1");
  }

  lane(priority: number): GateLane {
    return { priority, queue: new WaiterQueue(), turn: 0 };
  }

  get inUse(): number {
    return this.active;
  }

  async acquire(lane: GateLane, signal?: AbortSignal): Promise<void> {
    if (this.active < this.limit && this.waiting.size === 0) {
      this.active++;
      return;
    }
    const waited = lane.queue.wait(signal);
    if (!this.waiting.has(lane)) {
      lane.turn = ++this.turns;
      this.waiting.add(lane);
    }
    this.dispatch();
    await waited;
  }

  release(): void {
    this.active--;
    this.dispatch();
  }

  private dispatch(): void {
    while (this.active < this.limit) {
      const lane = this.next();
      if (!lane) return;
      this.active++;
      lane.queue.wakeOne();
      lane.turn = ++this.turns;
      if (lane.queue.isEmpty) this.waiting.delete(lane);
    }
  }

  private next(): GateLane | undefined {
    let best: GateLane | undefined;
    for (const lane of this.waiting) {
      if (lane.queue.isEmpty) {
        this.waiting.delete(lane);
        continue;
      }
      if (!best || lane.priority < best.priority || (lane.priority === best.priority && lane.turn < best.turn)) best = lane;
    }
    return best;
  }
}
