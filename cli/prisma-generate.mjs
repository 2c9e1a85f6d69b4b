// Generates the Prisma client offline. `prisma generate` needs no engine, but the CLI looks for a
// schema engine binary first and would try to download one; any existing file satisfies that
// check (see DESIGN.md, "Working here without internet").
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const engine = process.env.PRISMA_SCHEMA_ENGINE_BINARY;
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: engine && existsSync(engine) ? engine : process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
};
const result = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], { encoding: "utf8", env });
if (result.status !== 0) {
  process.stderr.write(result.stdout + result.stderr);
  console.error("prisma generate failed (see above).");
  process.exit(result.status ?? 1);
}
