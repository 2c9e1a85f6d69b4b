import type { S3Client } from "@/lib/aws";
import { isLogFile, type TrailFile, type TrailFileSource } from "./trail-file-source";

export type S3Location = { bucket: string; prefix: string };

/** Log files under s3://bucket/prefix, in key order, one ListObjectsV2 page at a time. */
export function s3Source(s3: S3Client, { bucket, prefix }: S3Location): TrailFileSource {
  return {
    kind: "s3",
    describe: `s3://${bucket}/${prefix}`,
    async *pages() {
      for await (const page of s3.paginate("ListObjectsV2", { Bucket: bucket, Prefix: prefix || undefined })) {
        const files: TrailFile[] = [];
        for (const object of page.Contents ?? []) {
          const key = object.Key;
          if (!key || !isLogFile(key)) continue;
          files.push({
            location: `s3://${bucket}/${key}`,
            etag: object.ETag ?? `${object.Size ?? 0}-${object.LastModified?.getTime() ?? 0}`,
            size: object.Size ?? 0,
            open: () => objectBytes(s3, bucket, key),
          });
        }
        if (files.length > 0) yield files;
      }
    },
  };
}

async function* objectBytes(s3: S3Client, bucket: string, key: string): AsyncGenerator<Uint8Array> {
  const out = await s3.send("GetObject", { Bucket: bucket, Key: key });
  const body = out.Body as AsyncIterable<Uint8Array> | undefined;
  if (!body) return;
  yield* body;
}
