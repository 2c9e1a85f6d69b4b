import type { PGlite } from "@electric-sql/pglite";

// pglite-socket's own queue hands PGlite one protocol message at a time from any connection, so
// two clients' extended-query cycles (Parse, Bind, Execute … Sync) interleave and a Bind meets
// another client's Parse ("bind message supplies 1 parameters, but prepared statement requires 7").
// This queue gives one connection the database from the first message of a cycle until its Sync
// or simple Query has been answered, and for as long as that connection is inside a transaction.

type Job = { handlerId: number; message: Uint8Array; onData: (data: Uint8Array) => void; resolve: (n: number) => void; reject: (e: unknown) => void };

const CYCLE_ENDS = new Set(["S", "Q", "X"].map((c) => c.charCodeAt(0)));

/** True when the message ends a request cycle: Sync, a simple Query, Terminate, or the startup packet. */
export function endsCycle(message: Uint8Array): boolean {
  const first = message[0];
  return first === undefined || first === 0 || CYCLE_ENDS.has(first);
}

export class ProtocolCycleQueue {
  private queue: Job[] = [];
  private processing = false;
  private owner: number | null = null;

  constructor(private readonly db: PGlite) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.process();
    });
  }

  getQueueLength(): number {
    return this.queue.length;
  }

  clearQueueForHandler(handlerId: number): void {
    this.queue = this.queue.filter((job) => {
      if (job.handlerId !== handlerId) return true;
      job.reject(new Error("Handler disconnected"));
      return false;
    });
  }

  /**
   * pglite-socket calls this when a connection goes, without awaiting it and possibly while the
   * database is closing; so it never rejects: a closed database has no transaction left to end.
   */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    try {
      if (this.inTransaction()) await this.db.exec("ROLLBACK");
    } catch {
      // closed or closing
    }
    this.owner = null;
    await this.process();
  }

  private inTransaction(): boolean {
    try {
      return this.db.isInTransaction();
    } catch {
      return false;
    }
  }

  private next(): Job | undefined {
    if (this.owner === null) return this.queue.shift();
    const i = this.queue.findIndex((job) => job.handlerId === this.owner);
    return i === -1 ? undefined : this.queue.splice(i, 1)[0];
  }

  private async process(): Promise<void> {
    if (this.processing) return;
    this.processing = true;
    try {
      for (let job = this.next(); job; job = this.next()) {
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(job!.message, {
              onRawData: (data) => {
                bytes += data.length;
                job!.onData(data);
              },
            }),
          );
        } catch (error) {
          this.owner = null;
          job.reject(error);
          continue;
        }
        this.owner = endsCycle(job.message) && !this.inTransaction() ? null : job.handlerId;
        job.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  }
}
