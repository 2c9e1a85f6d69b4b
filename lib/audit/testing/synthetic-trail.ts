import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { syntheticRecord, type SyntheticWorld } from "./synthetic-record";

export type SyntheticTrailOptions = {
  dir: string;
  files: number;
  recordsPerFile: number;
  /** Share of records from other services (STS, S3, EC2…), which ingestion skips. */
  otherServices?: number;
  /** Share of KMS records delivered again in the next file, as CloudTrail sometimes does. */
  redelivered?: number;
  seed?: number;
  start?: Date;
};

export type SyntheticTrail = { files: number; records: number; kmsRecords: number; uniqueKmsEvents: number; bytes: number };

/**
 * Writes gzipped trail log files in S3's layout (AWSLogs/<account>/CloudTrail/<region>/YYYY/MM/DD/),
 * five minutes of one account-Region per file, one file in memory at a time.
 */
export function writeSyntheticTrail(o: SyntheticTrailOptions): SyntheticTrail {
  const world: SyntheticWorld = { random: mulberry32(o.seed ?? 1), sequence: 0 };
  const targets = ["111122223333", "444455556666", "777788889999"].flatMap((a) => ["us-east-1", "eu-west-1", "us-west-2", "ap-southeast-2"].map((r) => [a, r] as const));
  const start = (o.start ?? new Date("2026-10-01T00:00:00Z")).getTime();
  const totals: SyntheticTrail = { files: 0, records: 0, kmsRecords: 0, uniqueKmsEvents: 0, bytes: 0 };
  let carry: Record<string, unknown>[] = [];
  for (let f = 0; f < o.files; f++) {
    const [account, region] = targets[f % targets.length]!;
    const windowStart = start + Math.floor(f / targets.length) * 300_000;
    const records: Record<string, unknown>[] = [...carry.filter((r) => r.recipientAccountId === account && r.awsRegion === region)];
    carry = carry.filter((r) => !records.includes(r));
    while (records.length < o.recordsPerFile) {
      const record = syntheticRecord(world, account, region, windowStart + Math.floor(world.random() * 300_000), world.random() < (o.otherServices ?? 0.1));
      records.push(record);
      if (record.eventSource === "kms.amazonaws.com") {
        totals.uniqueKmsEvents++;
        if (world.random() < (o.redelivered ?? 0.005)) carry.push(record);
      }
    }
    totals.kmsRecords += records.filter((r) => r.eventSource === "kms.amazonaws.com").length;
    totals.records += records.length;
    totals.bytes += writeFile(o.dir, account, region, windowStart, f, records);
    totals.files++;
  }
  return totals;
}

function writeFile(dir: string, account: string, region: string, at: number, n: number, records: unknown[]): number {
  const day = new Date(at).toISOString();
  const [y, m, d] = [day.slice(0, 4), day.slice(5, 7), day.slice(8, 10)];
  const folder = path.join(dir, "AWSLogs", account, "CloudTrail", region, y, m, d);
  mkdirSync(folder, { recursive: true });
  const stamp = `${y}${m}${d}T${day.slice(11, 13)}${day.slice(14, 16)}Z`;
  const body = gzipSync(JSON.stringify({ Records: records }), { level: 1 });
  writeFileSync(path.join(folder, `${account}_CloudTrail_${region}_${stamp}_${String(n).padStart(8, "0")}.json.gz`), body);
  return body.length;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
