import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { run } from "./run";

// `npm start` builds only when the sources changed since the last build it made.
const INPUTS = ["app", "components", "lib", "public", "proxy.ts", "next.config.mjs", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];
const SKIP = new Set(["node_modules", ".next", "generated"]);

function* files(p: string): Generator<string> {
  if (!existsSync(p)) return;
  if (!statSync(p).isDirectory()) {
    yield p;
    return;
  }
  for (const entry of readdirSync(p).sort()) {
    if (!SKIP.has(entry) && !entry.endsWith(".test.ts") && !entry.endsWith(".test.tsx")) yield* files(path.join(p, entry));
  }
}

export function sourceHash(root: string): string {
  const hash = createHash("sha256");
  for (const input of INPUTS) {
    for (const f of files(path.join(root, input))) {
      hash.update(path.relative(root, f)).update("\0").update(readFileSync(f)).update("\0");
    }
  }
  return hash.digest("hex");
}

export async function ensureBuild(root: string): Promise<"built" | "up-to-date"> {
  const stamp = path.join(root, ".next", "keywarden-source-hash");
  const hash = sourceHash(root);
  const built = existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === hash;
  if (built) return "up-to-date";
  console.log("Building Keywarden (first start, or the sources changed)…");
  await run(process.execPath, [require.resolve("next/dist/bin/next"), "build"], { cwd: root, env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" } });
  writeFileSync(stamp, hash);
  return "built";
}
