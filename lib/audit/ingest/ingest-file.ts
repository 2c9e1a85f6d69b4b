import type { BatchPipeline } from "../store/batch-pipeline";
import { decodeBytes } from "../sources/decode-bytes";
import { recordOutcome } from "../normalize/record-outcome";
import { RecordSplitter, type SplitItem } from "../sources/record-splitter";

/** `complete` is false when reading failed (not the file's fault): the file is read again next time. */
export type FileRead = { records: number; complete: boolean };

/**
 * Streams one log file's records into the pipeline. Problems with the file itself (not gzip, not
 * JSON, truncated) are quarantined like bad records; the records before them are kept.
 */
export async function ingestFile(
  bytes: AsyncIterable<Buffer | Uint8Array>,
  location: string,
  pipeline: BatchPipeline,
): Promise<FileRead> {
  const splitter = new RecordSplitter();
  const now = Date.now();
  let cause: string | undefined;
  let complete = true;
  const take = async (items: SplitItem[]) => {
    for (const item of items) {
      if (item.kind === "bad") {
        pipeline.quarantine({ location, recordIndex: item.index, reason: item.reason, excerpt: item.excerpt });
        continue;
      }
      const text = item.bytes.toString("utf8");
      const outcome = recordOutcome(text, now);
      if (outcome.kind === "event") pipeline.addEvent({ event: outcome.event, raw: storedBytes(item.bytes, text), location, recordIndex: item.index });
      else if (outcome.kind === "other-service") pipeline.skip();
      else pipeline.quarantine({ location, recordIndex: item.index, reason: outcome.reason, excerpt: text });
      if (pipeline.full) await pipeline.flush();
    }
  };
  try {
    for await (const chunk of decodeBytes(bytes)) {
      await take(splitter.push(chunk));
    }
  } catch (error) {
    const e = error as { code?: string; message?: string };
    const gzip = e.code === "Z_BUF_ERROR" || e.code === "Z_DATA_ERROR";
    complete = gzip;
    cause = gzip ? `gzip: ${e.message ?? e.code}` : `read failed: ${e.message ?? String(error)}`;
  }
  await take(splitter.end(cause));
  return { records: splitter.count, complete };
}

/**
 * The record as it is stored: its bytes, unless they are not valid UTF-8 (never so in a file
 * CloudTrail wrote). Then the text the fields were read from, with U+FFFD for each invalid byte:
 * the columns and the raw record agree, and Postgres, which refuses invalid UTF-8, takes it.
 */
function storedBytes(bytes: Buffer, text: string): Buffer {
  return text.includes("\uFFFD") ? Buffer.from(text, "utf8") : bytes;
}
