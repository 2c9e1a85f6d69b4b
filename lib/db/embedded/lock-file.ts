import { randomUUID } from "node:crypto";
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";

export type LockOwner = {
  pid: number;
  /** The directory of the database's Unix socket; null while the owner is still opening it. */
  socketDir: string | null;
  token: string;
  startedAt: string;
};

export function newOwner(): LockOwner {
  return { pid: process.pid, socketDir: null, token: randomUUID(), startedAt: new Date().toISOString() };
}

function tempPath(lockPath: string): string {
  return `${lockPath}.${process.pid}.${randomUUID().slice(0, 8)}`;
}

function writeTemp(lockPath: string, owner: LockOwner): string {
  const temp = tempPath(lockPath);
  writeFileSync(temp, JSON.stringify(owner), { mode: 0o600 });
  return temp;
}

/** Creates the lock atomically, complete with its content; false when it already exists. */
export function tryCreateLock(lockPath: string, owner: LockOwner): boolean {
  const temp = writeTemp(lockPath, owner);
  try {
    linkSync(temp, lockPath);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    unlinkSync(temp);
  }
}

/** The owner's record, or undefined when there is no lock (or it vanished while we read it). */
export function readLock(lockPath: string): LockOwner | undefined {
  let text: string;
  try {
    text = readFileSync(lockPath, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  let parsed: Partial<LockOwner> = {};
  try {
    parsed = JSON.parse(text) as Partial<LockOwner>;
  } catch {
    // reported below
  }
  if (typeof parsed.pid !== "number" || typeof parsed.token !== "string") {
    throw new Error(`${lockPath} is not a Keywarden lock file: delete it if no Keywarden process is running.`);
  }
  const socketDir = typeof parsed.socketDir === "string" ? parsed.socketDir : null;
  return { pid: parsed.pid, socketDir, token: parsed.token, startedAt: parsed.startedAt ?? "" };
}

/** Replaces our own lock's content in one step (rename), e.g. to publish the socket. */
export function updateLock(lockPath: string, owner: LockOwner): void {
  renameSync(writeTemp(lockPath, owner), lockPath);
}

/**
 * Removes a dead owner's lock. Two processes may both judge the same lock stale: the lock is moved
 * aside atomically and checked, so that a lock just created by a live process is put back.
 */
export function removeStaleLock(lockPath: string, stale: LockOwner): void {
  const aside = tempPath(lockPath);
  try {
    renameSync(lockPath, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  const moved = readLock(aside);
  if (moved?.token !== stale.token) {
    try {
      linkSync(aside, lockPath);
    } catch {
      // a third process created a lock meanwhile; it is the owner now
    }
  }
  unlinkSync(aside);
}

/** Removes the lock if it is still ours. */
export function removeOwnLock(lockPath: string, owner: LockOwner): void {
  if (readLock(lockPath)?.token === owner.token) unlinkSync(lockPath);
}
