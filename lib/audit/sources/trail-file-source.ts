import type { IngestSourceKind } from "../types";

export type TrailFile = {
  /** Absolute path, or s3://bucket/key. */
  location: string;
  /** What identifies this version of the file: S3's ETag, or size and modification time. */
  etag: string;
  size: number;
  open(): AsyncIterable<Buffer | Uint8Array>;
};

/** Where trail log files come from: `.json` and `.json.gz` files, in a stable order, a page at a time. */
export type TrailFileSource = {
  kind: Extract<IngestSourceKind, "trail-dir" | "s3">;
  describe: string;
  pages(): AsyncIterable<TrailFile[]>;
};

export const PAGE_SIZE = 500;

/**
 * A `.json` or `.json.gz` file, except the digest files CloudTrail writes beside the logs when log
 * file validation is on (AWSLogs/<account>/CloudTrail-Digest/…): they hold hashes, not records.
 */
export const isLogFile = (pathOrKey: string): boolean => /\.json(\.gz)?$/i.test(pathOrKey) && !/(^|[/\\])CloudTrail-Digest[/\\]/.test(pathOrKey);
