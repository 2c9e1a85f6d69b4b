import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { TrailConfig } from "../fleet/fleet-info";
import type { StoredEvent, TrailRecord } from "./trail-record";

const FLUSH_EVERY_MS = 2000;
const MAX_BUFFER = 1000;

/**
 * Writes records as CloudTrail delivers them to S3: AWSLogs/<account>/CloudTrail/<region>/
 * YYYY/MM/DD/<account>_CloudTrail_<region>_<YYYYMMDDTHHmmZ>_<id>.json.gz, each {"Records": […]},
 * for the accounts and Regions a trail covers, minus the event sources the trail excludes.
 */
export class TrailWriter {
  private readonly buffers = new Map<string, StoredEvent[]>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly dir: string,
    private readonly trails: TrailConfig[],
  ) {
    this.timer = setInterval(() => this.flush(), FLUSH_EVERY_MS);
    this.timer.unref();
  }

  add(event: StoredEvent): void {
    const r = event.record;
    const covered = this.trails.some(
      (t) =>
        t.account === r.recipientAccountId &&
        (t.isMultiRegionTrail || t.homeRegion === r.awsRegion) &&
        !t.excludeManagementEventSources.includes(r.eventSource),
    );
    if (!covered) return;
    const id = `${r.recipientAccountId}|${r.awsRegion}`;
    const buffer = this.buffers.get(id) ?? [];
    buffer.push(event);
    this.buffers.set(id, buffer);
    if (buffer.length >= MAX_BUFFER) this.flushOne(id, buffer);
  }

  flush(): void {
    for (const [id, buffer] of this.buffers) this.flushOne(id, buffer);
  }

  close(): void {
    clearInterval(this.timer);
    this.flush();
  }

  private flushOne(id: string, buffer: StoredEvent[]): void {
    this.buffers.delete(id);
    const byDay = new Map<string, TrailRecord[]>();
    for (const e of buffer) {
      const day = new Date(e.time).toISOString().slice(0, 10);
      byDay.set(day, [...(byDay.get(day) ?? []), e.record]);
    }
    const [account, region] = id.split("|") as [string, string];
    for (const records of byDay.values()) this.writeFile(account, region, records);
  }

  private writeFile(account: string, region: string, records: TrailRecord[]): void {
    const first = new Date(records[0]!.eventTime);
    const [y, m, d] = first.toISOString().slice(0, 10).split("-") as [string, string, string];
    const minute = Math.floor(first.getUTCMinutes() / 5) * 5;
    const stamp = `${y}${m}${d}T${String(first.getUTCHours()).padStart(2, "0")}${String(minute).padStart(2, "0")}Z`;
    const folder = path.join(this.dir, "AWSLogs", account, "CloudTrail", region, y, m, d);
    mkdirSync(folder, { recursive: true });
    const name = `${account}_CloudTrail_${region}_${stamp}_${randomBytes(8).toString("hex").toUpperCase()}.json.gz`;
    writeFileSync(path.join(folder, name), gzipSync(JSON.stringify({ Records: records })));
  }
}
