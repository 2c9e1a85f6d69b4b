import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { isLogFile, PAGE_SIZE, type TrailFile, type TrailFileSource } from "./trail-file-source";

/** Log files under `dir`, recursively, in path order (the S3 layout sorts by account, Region and date). */
export function dirSource(dir: string): TrailFileSource {
  const root = path.resolve(dir);
  return {
    kind: "trail-dir",
    describe: root,
    async *pages() {
      let page: TrailFile[] = [];
      for await (const file of walk(root)) {
        page.push(file);
        if (page.length >= PAGE_SIZE) {
          yield page;
          page = [];
        }
      }
      if (page.length > 0) yield page;
    },
  };
}

async function* walk(dir: string): AsyncGenerator<TrailFile> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if ((entry.isFile() || entry.isSymbolicLink()) && isLogFile(full)) {
      const info = await stat(full);
      if (!info.isFile()) continue;
      yield {
        location: full,
        etag: `${info.size}-${Math.floor(info.mtimeMs)}`,
        size: info.size,
        open: () => createReadStream(full, { highWaterMark: 256 * 1024 }),
      };
    }
  }
}
