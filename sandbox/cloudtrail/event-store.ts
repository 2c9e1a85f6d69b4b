import { mkdirSync } from "node:fs";
import { EventStream, type StreamSnapshot } from "./event-stream";
import type { StoredEvent, TrailRecord } from "./trail-record";

export type EventListener = (event: StoredEvent) => void;

/** Event history for every account-Region, as CloudTrail's Event history keeps it. */
export class EventStore {
  private readonly streams = new Map<string, EventStream>();
  private readonly listeners: EventListener[] = [];

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  onAppend(listener: EventListener): void {
    this.listeners.push(listener);
  }

  append(account: string, region: string, time: number, record: TrailRecord): StoredEvent {
    const event = this.stream(account, region).append(time, record);
    for (const l of this.listeners) l(event);
    return event;
  }

  stream(account: string, region: string): EventStream {
    const id = `${account}|${region}`;
    let s = this.streams.get(id);
    if (!s) {
      s = new EventStream(this.dir, account, region);
      this.streams.set(id, s);
    }
    return s;
  }

  flushAll(): void {
    for (const s of this.streams.values()) s.flush();
  }

  expire(cutoff: number): void {
    for (const s of this.streams.values()) s.expire(cutoff);
  }

  snapshot(): StreamSnapshot[] {
    return [...this.streams.values()].map((s) => s.snapshot());
  }

  restore(snapshots: StreamSnapshot[]): void {
    for (const snap of snapshots) this.stream(snap.account, snap.region).restore(snap);
  }

  totalEvents(): number {
    let n = 0;
    for (const s of this.streams.values()) n += s.size;
    return n;
  }
}
