type Waiter = { resolve: () => void; reject: (reason: unknown) => void; signal?: AbortSignal; onAbort?: () => void; done: boolean };

/** A FIFO of promises to wake, each of which may give up through its AbortSignal. */
export class WaiterQueue {
  private items: Waiter[] = [];
  private head = 0;

  wait(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, signal, done: false };
      if (signal) {
        waiter.onAbort = () => {
          waiter.done = true;
          reject(signal.reason);
        };
        signal.addEventListener("abort", waiter.onAbort, { once: true });
      }
      this.items.push(waiter);
    });
  }

  get isEmpty(): boolean {
    while (this.head < this.items.length && this.items[this.head]!.done) this.head++;
    return this.head >= this.items.length;
  }

  get size(): number {
    let n = 0;
    for (let i = this.head; i < this.items.length; i++) if (!this.items[i]!.done) n++;
    return n;
  }

  /** Wakes the first waiter still waiting; false when there is none. */
  wakeOne(): boolean {
    if (this.isEmpty) return false;
    const waiter = this.items[this.head++]!;
    waiter.done = true;
    if (waiter.onAbort) waiter.signal!.removeEventListener("abort", waiter.onAbort);
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    waiter.resolve();
    return true;
  }
}
