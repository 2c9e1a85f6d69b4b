import { execFile } from "node:child_process";
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openEmbeddedDatabase, type EmbeddedDatabase } from "./open-embedded";

// A local attacker (any other user of the machine) must not reach the embedded database: PGlite
// lets every connection in as superuser `postgres` without a password.

const NOBODY = 65534;
const parent = mkdtempSync(path.join(os.tmpdir(), "keywarden-access-"));
// Only the project's own protections may keep other users out, not the temp directory's.
chmodSync(parent, 0o755);
const dataDir = path.join(parent, "data");
let db: EmbeddedDatabase;

beforeAll(async () => {
  db = await openEmbeddedDatabase({ dataDir, handleSignals: false });
  await db.release();
  db = await openEmbeddedDatabase({ dataDir, handleSignals: false });
});

afterAll(async () => {
  await db?.release();
  rmSync(parent, { recursive: true, force: true });
});

function modesUnder(dir: string): { path: string; mode: number; kind: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).flatMap((entry) => {
    const full = path.join(entry.parentPath, entry.name);
    const kind = entry.isDirectory() ? "dir" : entry.isFile() ? "file" : "other";
    return kind === "other" ? [] : [{ path: full, mode: statSync(full).mode & 0o777, kind }];
  });
}

/** Runs a pg client as another user against the database's URL; says what it got. */
async function connectAsNobody(url: string): Promise<string> {
  const pgPath = createRequire(import.meta.url).resolve("pg");
  const script = `const pg = require(${JSON.stringify(pgPath)});
    const c = new pg.Client({ connectionString: ${JSON.stringify(url)}, connectionTimeoutMillis: 3000 });
    c.connect().then(() => c.query("SELECT current_user AS u")).then(
      (r) => { console.log("connected as " + r.rows[0].u); process.exit(0); },
      (e) => { console.log("refused: " + (e.code ?? e.message)); process.exit(0); });`;
  // Asynchronous: the database is served by this very process.
  return new Promise((resolve) => {
    execFile(process.execPath, ["-e", script], { uid: NOBODY, gid: NOBODY, cwd: "/", timeout: 10_000 }, (error, stdout, stderr) =>
      resolve((stdout || stderr || String(error)).trim()),
    );
  });
}

describe("the embedded database belongs to the user who runs Keywarden", () => {
  it("is served on a Unix socket in a directory only its owner may enter, never on TCP", () => {
    const url = new URL(db.url);
    expect(url.port).toBe("");
    const socketDir = url.searchParams.get("host")!;
    expect(socketDir).toBe(path.join(dataDir, "socket"));
    expect(statSync(socketDir).mode & 0o777).toBe(0o700);
    expect(statSync(socketDir).uid).toBe(process.getuid!());
  });

  it("keeps the data directory 0700 and every file in it 0600", () => {
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    const entries = modesUnder(dataDir);
    expect(entries.filter((e) => e.kind === "file").length).toBeGreaterThan(900);
    expect(entries.filter((e) => e.kind === "file" && e.mode !== 0o600)).toEqual([]);
    expect(entries.filter((e) => e.kind === "dir" && e.mode !== 0o700)).toEqual([]);
  });

  it.runIf(process.getuid?.() === 0)("refuses another user of the machine", async () => {
    expect(await connectAsNobody(db.url)).toBe("refused: EACCES");
  });
});
