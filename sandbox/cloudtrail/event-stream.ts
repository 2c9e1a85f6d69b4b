import { existsSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { readSegment, writeSegment, type SegmentMeta } from "./segment-file";
import type { StoredEvent, TrailRecord } from "./trail-record";

const SEGMENT_EVENTS = 500;
const CACHE_SEGMENTS = 4;

export type StreamSnapshot = { account: string; region: string; seq: number; segments: SegmentMeta[] };

/**
 * One account-Region's event history. Only the newest few hundred events stay in memory; older
 * ones live in gzip segments on disk, one file per day, with a small index here. So memory does
 * not grow with the number of calls served, and whole days drop off after the retention window.
 */
export class EventStream {
  private tail: StoredEvent[] = [];
  private segments: SegmentMeta[] = [];
  private seq = 0;
  private readonly cache = new Map<SegmentMeta, StoredEvent[]>();

  constructor(
    private readonly dir: string,
    readonly account: string,
    readonly region: string,
  ) {}

  append(time: number, record: TrailRecord): StoredEvent {
    const last = this.tail[this.tail.length - 1];
    if (last && dayOf(last.time) !== dayOf(time)) this.flush();
    const event: StoredEvent = { seq: ++this.seq, time, record };
    this.tail.push(event);
    if (this.tail.length >= SEGMENT_EVENTS) this.flush();
    return event;
  }

  flush(): void {
    if (this.tail.length === 0) return;
    const file = path.join(this.dir, `${this.account}-${this.region}-${dayOf(this.tail[0]!.time)}.seg`);
    const offset = existsSync(file) ? statSync(file).size : 0;
    this.segments.push(writeSegment(file, offset, this.tail));
    this.tail = [];
  }

  /** Newest first, starting below `beforeSeq`; stops at events older than `notBefore`. */
  *newestFirst(beforeSeq: number, notBefore: number): Generator<StoredEvent> {
    for (let i = this.tail.length - 1; i >= 0; i--) {
      const e = this.tail[i]!;
      if (e.seq < beforeSeq) yield e;
    }
    for (let s = this.segments.length - 1; s >= 0; s--) {
      const meta = this.segments[s]!;
      if (meta.firstSeq >= beforeSeq) continue;
      if (meta.lastTime < notBefore) return;
      const events = this.load(meta);
      for (let i = events.length - 1; i >= 0; i--) if (events[i]!.seq < beforeSeq) yield events[i]!;
    }
  }

  /** Drops whole segments (and their day files) older than the cutoff. */
  expire(cutoff: number): void {
    const keep = this.segments.filter((m) => m.lastTime >= cutoff);
    const dropped = new Set(this.segments.filter((m) => m.lastTime < cutoff).map((m) => m.file));
    for (const m of keep) dropped.delete(m.file);
    for (const file of dropped) rmSync(file, { force: true });
    this.segments = keep;
  }

  snapshot(): StreamSnapshot {
    this.flush();
    return { account: this.account, region: this.region, seq: this.seq, segments: this.segments };
  }

  restore(s: StreamSnapshot): void {
    this.seq = s.seq;
    this.segments = s.segments.map((m) => ({ ...m, file: path.join(this.dir, path.basename(m.file)) }));
  }

  get size(): number {
    return this.segments.reduce((n, m) => n + m.count, 0) + this.tail.length;
  }

  private load(meta: SegmentMeta): StoredEvent[] {
    let events = this.cache.get(meta);
    if (!events) {
      events = readSegment(meta);
      if (this.cache.size >= CACHE_SEGMENTS) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(meta, events);
    }
    return events;
  }
}

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10).replace(/-/g, "");
