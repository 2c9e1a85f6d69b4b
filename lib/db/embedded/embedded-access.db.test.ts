import { execFile } from "node:child_process";
import { chmodSync, copyFileSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
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

/**
 * Connects as another user to the database's URL and sends a startup message; says what it got.
 * The client is self-contained (no module to read) and runs on a copy of this node binary: CI's
 * checkout and Node may sit in directories that user cannot enter.
 */
async function connectAsNobody(url: string): Promise<string> {
  const node = path.join(parent, "node");
  copyFileSync(process.execPath, node);
  chmodSync(node, 0o755);
  const script = `const net = require("node:net");
    const u = new URL(${JSON.stringify(url)});
    const host = u.searchParams.get("host");
    const s = host ? net.connect({ path: host + "/.s.PGSQL.5432" }) : net.connect({ host: u.hostname, port: Number(u.port) });
    s.on("connect", () => {
      const params = Buffer.from("user\\0postgres\\0database\\0postgres\\0\\0");
      const head = Buffer.alloc(8);
      head.writeInt32BE(8 + params.length, 0);
      head.writeInt32BE(196608, 4);
      s.write(Buffer.concat([head, params]));
    });
    s.on("data", (d) => { console.log(d[0] === 0x52 && d.readInt32BE(5) === 0 ? "connected as postgres" : "answered " + String.fromCharCode(d[0])); process.exit(0); });
    s.on("error", (e) => { console.log("refused: " + e.code); process.exit(0); });`;
  // Asynchronous: the database is served by this very process.
  return new Promise((resolve) => {
    execFile(node, ["-e", script], { uid: NOBODY, gid: NOBODY, cwd: "/", timeout: 10_000 }, (error, stdout, stderr) =>
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
