import { emptyBatch, type Batch, type EventRow, type FileDone } from "./batch";
import { DEFAULT_LIMITS, type PipelineLimits } from "./pipeline-limits";
import type { SqlPool } from "./sql-pool";
import { excerpt } from "../sources/excerpt";
import { clashReason, fingerprint } from "./fingerprint";
import type { IngestCounts, IngestSourceKind, Quarantine } from "../types";
import { writeBatch } from "./write-batch";

/** Batches whose events the pipeline remembers after they committed, to find redeliveries in the next files itself. */
const REMEMBERED_BATCHES = 16;

type FileMark = { file: FileDone; lastBatch: number };

/**
 * Gathers rows into batches and writes them while the next ones are read, with a bounded number in
 * flight: memory is bounded by a few batches however much is read. A file is marked ingested only
 * in a batch sent after every batch holding its records has committed.
 */
export class BatchPipeline {
  readonly counts: IngestCounts = { ingested: 0, duplicates: 0, quarantined: 0, skipped: 0 };
  private batch: Batch;
  private seq = 0;
  /**
   * The fingerprints of the events of the current batch, the batches being written and the last
   * ones written: a redelivery in the next files is told apart without the database. One map for
   * all of them, so one lookup per record; an eventID is added once, and leaves with its batch.
   */
  private readonly recent = new Map<string, string>();
  private readonly recentIds = new Map<number, string[]>();
  private bytes = 0;
  private readonly inFlight = new Map<number, Promise<void>>();
  private readonly committed = new Set<number>();
  private committedThrough = 0;
  private marks: FileMark[] = [];
  private failure: unknown;

  constructor(
    private readonly pool: SqlPool,
    private readonly source: IngestSourceKind,
    private readonly limits: PipelineLimits = DEFAULT_LIMITS,
  ) {
    this.batch = emptyBatch(source);
    this.seq = 1;
  }

  get full(): boolean {
    return this.batch.events.length >= this.limits.maxEvents || this.bytes >= this.limits.maxBytes;
  }

  addEvent(row: EventRow): void {
    const seen = this.recent.get(row.event.eventId);
    if (seen === undefined) {
      this.recent.set(row.event.eventId, fingerprint(row.event));
      this.batch.events.push(row);
      this.bytes += row.raw.length;
    } else if (seen === fingerprint(row.event)) {
      this.counts.duplicates++;
    } else {
      this.quarantine({ location: row.location, recordIndex: row.recordIndex, reason: clashReason(row.event.eventId), excerpt: excerpt(row.raw) });
    }
  }

  // A batch being written commits, or the whole ingestion fails and its files are read again: an
  // event in it is as good as stored. (Else two batches in flight would both try to store it, and
  // an optimistic write would meet it in the database.)
  private forget(seq: number): void {
    for (const id of this.recentIds.get(seq) ?? []) this.recent.delete(id);
    this.recentIds.delete(seq);
  }

  quarantine(q: Quarantine): void {
    this.batch.quarantines.push({ ...q, excerpt: excerpt(q.excerpt) });
  }

  skip(): void {
    this.counts.skipped++;
  }

  fileDone(file: FileDone): void {
    this.marks.push({ file, lastBatch: this.seq });
  }

  /** Sends the current batch, first waiting for a free slot. */
  async flush(): Promise<void> {
    while (this.inFlight.size >= this.limits.inFlight) await Promise.race(this.inFlight.values());
    this.throwIfFailed();
    const ready = this.marks.filter((m) => m.lastBatch - 1 <= this.committedThrough);
    this.marks = this.marks.filter((m) => !ready.includes(m));
    const batch = { ...this.batch, files: ready.map((m) => m.file) };
    if (batch.events.length === 0 && batch.quarantines.length === 0 && batch.files.length === 0) return;
    const seq = this.seq++;
    this.batch = emptyBatch(this.source);
    this.recentIds.set(seq, batch.events.map((r) => r.event.eventId));
    this.forget(seq - REMEMBERED_BATCHES);
    this.bytes = 0;
    this.inFlight.set(seq, this.write(seq, batch));
  }

  /** Writes what is left (the last file marks after everything else) and waits for every write. */
  async finish(): Promise<IngestCounts> {
    await this.flush();
    await Promise.all(this.inFlight.values());
    this.throwIfFailed();
    if (this.marks.length > 0) {
      await this.flush();
      await Promise.all(this.inFlight.values());
      this.throwIfFailed();
    }
    return { ...this.counts };
  }

  private async write(seq: number, batch: Batch): Promise<void> {
    try {
      const r = await writeBatch(this.pool, batch, "optimistic");
      this.counts.ingested += r.inserted;
      this.counts.duplicates += r.duplicates;
      this.counts.quarantined += r.quarantined;
      this.committed.add(seq);
      while (this.committed.delete(this.committedThrough + 1)) this.committedThrough++;
    } catch (error) {
      this.failure ??= error;
    } finally {
      this.inFlight.delete(seq);
    }
  }

  private throwIfFailed(): void {
    if (this.failure !== undefined) throw this.failure;
  }
}
