import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config";
import { resolveDatabase } from "../resolve-database";
import { readLock } from "./lock-file";
import { lockPathOf, openEmbeddedDatabase } from "./open-embedded";

const tempDirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "keywarden-embedded-"));
  tempDirs.push(dir);
  return dir;
};
const dataDir = tempDir();
const config = parseConfig({ KEYWARDEN_DATA_DIR: dataDir });
const lockPath = lockPathOf(dataDir);
const children: ChildProcess[] = [];

function startOwner(dir = dataDir): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "../testing/embedded-owner.ts"), dir], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout!.once("data", (data: Buffer) => resolve({ child, url: (JSON.parse(data.toString()) as { url: string }).url }));
    child.once("exit", (code) => reject(new Error(`owner process exited with ${code}`)));
  });
}

async function queryOnce<R extends pg.QueryResultRow>(url: string, sql: string): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql)).rows;
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  const alive = children.filter((c) => c.exitCode === null && c.signalCode === null);
  await Promise.all(alive.map((c) => new Promise((resolve) => c.once("exit", resolve).kill("SIGKILL"))));
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe("embedded database ownership", () => {
  it("a second process connects to the first one's server instead of opening the directory", async () => {
    const { child, url } = await startOwner();
    expect(readLock(lockPath)).toMatchObject({ pid: child.pid, socketDir: new URL(url).searchParams.get("host") });
    const db = await resolveDatabase({ config, handleSignals: false });
    expect(db).toMatchObject({ url, embedded: true });
    expect(await queryOnce(db.url, `SELECT "pid" FROM "marker"`)).toEqual([{ pid: child.pid }]);
    await db.release();
    expect(await queryOnce(url, "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);

    const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal)));
    child.kill("SIGTERM");
    expect(await exited).toBe(143);
    expect(existsSync(lockPath)).toBe(false);
  });

  it("two processes starting at once end up on one server", async () => {
    const fresh = tempDir();
    const [a, b] = await Promise.all([startOwner(fresh), startOwner(fresh)]);
    expect(a.url).toBe(b.url);
    expect((await queryOnce(a.url, `SELECT "pid" FROM "marker" ORDER BY "pid"`)).length).toBe(2);
    expect([a.child.pid, b.child.pid]).toContain(readLock(lockPathOf(fresh))?.pid);
  });

  it("takes over a stale lock, and finds the data the previous owner wrote", async () => {
    const dead = spawnSync(process.execPath, ["-e", ""]).pid;
    writeFileSync(lockPath, JSON.stringify({ pid: dead, socketDir: "/nonexistent", token: "stale", startedAt: "" }));
    const db = await openEmbeddedDatabase({ dataDir, handleSignals: false });
    expect(db.owner).toBe(true);
    expect(readLock(lockPath)).toMatchObject({ pid: process.pid, socketDir: new URL(db.url).searchParams.get("host") });
    expect((await queryOnce<{ pid: number }>(db.url, `SELECT "pid" FROM "marker"`)).length).toBe(1);
    await db.release();
    expect(existsSync(lockPath)).toBe(false);
  });

  it("says what to do when a live process holds the lock but never serves", async () => {
    const sleeper = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    children.push(sleeper);
    writeFileSync(lockPath, JSON.stringify({ pid: sleeper.pid, socketDir: null, token: "starting", startedAt: "" }));
    await expect(openEmbeddedDatabase({ dataDir, waitMs: 300 })).rejects.toThrow(
      `The embedded database in ${dataDir} belongs to process ${sleeper.pid}, which is still opening it. Wait for it or stop it; if process ${sleeper.pid} is not Keywarden, delete ${lockPath}.`,
    );
    sleeper.kill("SIGKILL");
  });
});
