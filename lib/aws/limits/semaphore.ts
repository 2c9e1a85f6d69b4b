import { WaiterQueue } from "./waiter-queue";

/** A counting semaphore; waiters are served first-in, first-out. */
export class Semaphore {
  private active = 0;
  private readonly queue = new WaiterQueue();

  constructor(readonly limit: number) {
    if (!(limit >= 1)) throw new RangeError("limit must be >= 1");
  }

  get inUse(): number {
    return this.active;
  }

  get waiting(): number {
    return this.queue.size;
  }

  async acquire(signal?: AbortSignal): Promise<void> {
    if (this.active < this.limit && this.queue.isEmpty) {
      this.active++;
      return;
    }
    await this.queue.wait(signal);
  }

  release(): void {
    // The slot passes straight to the next waiter, if any.
    if (!this.queue.wakeOne()) this.active--;
  }
}
