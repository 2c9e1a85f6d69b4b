import { chmodSync, lstatSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";

/** Creates the directory if needed and makes it accessible to this user only (0700). */
export function privateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

/**
 * Directories 0700 and files 0600 all the way down. PGlite's file system layer creates the
 * database's files world-writable whatever the umask, so the owner tightens them on every open.
 * Links are not followed, and entries that vanish meanwhile are skipped.
 */
export function restrictTree(dir: string): void {
  let stat;
  try {
    stat = lstatSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  if (stat.isSymbolicLink()) return;
  if (stat.isFile()) return chmodOwner(dir, 0o600);
  if (!stat.isDirectory()) return;
  chmodOwner(dir, 0o700);
  for (const entry of readdirSync(dir)) restrictTree(path.join(dir, entry));
}

function chmodOwner(target: string, mode: number): void {
  try {
    chmodSync(target, mode);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}
