import type { PrismaClient } from "@/lib/db/client";
import type { TrailFile } from "../sources/trail-file-source";

/** The files of a page that an earlier run read completely in their current version. */
export async function alreadyIngested(db: PrismaClient, source: string, files: readonly TrailFile[]): Promise<Set<string>> {
  if (files.length === 0) return new Set();
  const rows = await db.ingestedFile.findMany({
    where: { source, location: { in: files.map((f) => f.location) } },
    select: { location: true, etag: true },
  });
  const stored = new Map(rows.map((r) => [r.location, r.etag]));
  return new Set(files.filter((f) => stored.get(f.location) === f.etag).map((f) => f.location));
}
