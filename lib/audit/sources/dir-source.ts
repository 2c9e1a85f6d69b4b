import { createReadStream } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
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
      const inside = await realpath(root);
      for await (const file of walk(root, inside)) {
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

/**
 * A link is followed only to a file inside the directory (its real path): a link such as
 * `passwd.json → /etc/passwd` would otherwise put another file's text on the Sync page.
 */
async function* walk(dir: string, root: string): AsyncGenerator<TrailFile> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full, root);
    else if ((entry.isFile() || entry.isSymbolicLink()) && isLogFile(full)) {
      if (entry.isSymbolicLink() && !(await linksInside(full, root))) continue;
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

async function linksInside(link: string, root: string): Promise<boolean> {
  try {
    const target = await realpath(link);
    return target.startsWith(root + path.sep);
  } catch {
    return false;
  }
}
