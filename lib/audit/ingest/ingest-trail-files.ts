import { createAwsAccess, type AwsAccess } from "@/lib/aws";
import { getConfig, type Config } from "@/lib/config";
import type { AuditDb } from "../audit-db";
import { openPool, type SqlPool } from "../store/sql-pool";
import { BatchPipeline } from "../store/batch-pipeline";
import { DEFAULT_LIMITS, EMBEDDED_LIMITS, type PipelineLimits } from "../store/pipeline-limits";
import { dirSource } from "../sources/dir-source";
import { ingestFile } from "./ingest-file";
import { alreadyIngested } from "./ingested-files";
import type { FileProgress, OnProgress } from "./progress";
import { RunTracker } from "./run-tracker";
import { s3Source, type S3Location } from "../sources/s3-source";
import type { TrailFile, TrailFileSource } from "../sources/trail-file-source";
import { IngestError } from "./ingest-error";
import type { IngestSummary, IngestTrigger } from "../types";

export type TrailFilesFrom = { dir: string } | { s3: S3Location };

export type TrailFilesOptions = {
  onProgress?: OnProgress;
  trigger?: IngestTrigger;
  signal?: AbortSignal;
  /** For `{ s3 }`: the AWS access to use; one is made from `config` (or the environment) otherwise. */
  aws?: AwsAccess;
  config?: Config;
  limits?: PipelineLimits;
};

/**
 * Ingests every `.json` / `.json.gz` trail log file under a directory or an S3 prefix that no
 * earlier run read completely, streaming each file so memory stays flat whatever the volume.
 */
export async function ingestTrailFiles(db: AuditDb, from: TrailFilesFrom, options: TrailFilesOptions = {}): Promise<IngestSummary> {
  if ("dir" in from) return ingestFrom(db, dirSource(from.dir), options);
  const config = options.config ?? getConfig();
  const aws = options.aws ?? createAwsAccess({ config: config.aws });
  try {
    const target = { accountId: (await aws.identity()).accountId, region: config.audit.trailBucketRegion };
    return await ingestFrom(db, s3Source(aws.s3(target, { signal: options.signal }), from.s3), options);
  } finally {
    if (!options.aws) aws.close();
  }
}

async function ingestFrom(db: AuditDb, source: TrailFileSource, options: TrailFilesOptions): Promise<IngestSummary> {
  const pool = openPool(db);
  try {
    return await ingestWith(db, pool, source, options);
  } finally {
    await pool.end();
  }
}

async function ingestWith(db: AuditDb, pool: SqlPool, source: TrailFileSource, options: TrailFilesOptions): Promise<IngestSummary> {
  const files: FileProgress = { total: 0, done: 0, unchanged: 0, bytesTotal: 0, bytesDone: 0 };
  const embedded = (options.config ?? getConfig()).embeddedDatabase;
  const pipeline = new BatchPipeline(pool, source.kind, options.limits ?? (embedded ? EMBEDDED_LIMITS : DEFAULT_LIMITS));
  const tracker = await RunTracker.start(db.prisma, source.kind, options.trigger ?? "cli", () => ({ counts: { ...pipeline.counts }, files: { ...files } }), options.onProgress);
  try {
    for await (const page of source.pages()) {
      files.total += page.length;
      files.bytesTotal += page.reduce((n, f) => n + f.size, 0);
    }
    tracker.report(true);
    for await (const page of source.pages()) {
      const done = await alreadyIngested(db.prisma, source.kind, page);
      for (const file of page) {
        options.signal?.throwIfAborted();
        if (done.has(file.location)) {
          files.unchanged++;
        } else {
          files.current = file.location;
          const read = await ingestFile(counted(file, files, () => tracker.report()), file.location, pipeline);
          if (read.complete) pipeline.fileDone({ location: file.location, etag: file.etag, size: file.size, records: read.records });
        }
        files.done++;
        tracker.report();
      }
    }
    files.current = undefined;
    await pipeline.finish();
    return await tracker.finish("succeeded", `${source.describe}: ${files.done - files.unchanged} files read, ${files.unchanged} unchanged since an earlier run`);
  } catch (error) {
    await pipeline.finish().catch(() => undefined);
    const message = error instanceof Error ? error.message : String(error);
    throw new IngestError(message, await tracker.finish("failed", message), error);
  }
}

/** The file's bytes as read (compressed), counted into the progress. */
async function* counted(file: TrailFile, files: FileProgress, report: () => void): AsyncGenerator<Buffer | Uint8Array> {
  for await (const chunk of file.open()) {
    files.bytesDone += chunk.length;
    report();
    yield chunk;
  }
}
