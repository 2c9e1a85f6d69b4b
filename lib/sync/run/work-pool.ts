/**
 * Runs tasks with at most `size` in flight. `run` resolves once the task has started, so a
 * producer that awaits it slows down to the pool's pace. The first failure stops the pool.
 */
export class WorkPool {
  private active = 0;
  private wakers: (() => void)[] = [];
  private failure: { error: unknown } | undefined;

  constructor(private readonly size: number) {
    if (!(size >= 1)) throw new RangeError("pool size must be at least 1");
  }

  get failed(): boolean {
    return this.failure !== undefined;
  }

  async run(task: () => Promise<void>): Promise<void> {
    while (this.active >= this.size && !this.failure) await this.change();
    if (this.failure) throw this.failure.error;
    this.active++;
    void task()
      .catch((error: unknown) => {
        this.failure ??= { error };
      })
      .finally(() => {
        this.active--;
        this.wake();
      });
  }

  /** Waits for every started task; rethrows the first failure. */
  async drain(): Promise<void> {
    while (this.active > 0) await this.change();
    if (this.failure) throw this.failure.error;
  }

  private change(): Promise<void> {
    return new Promise((resolve) => this.wakers.push(resolve));
  }

  private wake(): void {
    const wakers = this.wakers;
    this.wakers = [];
    for (const w of wakers) w();
  }
}
