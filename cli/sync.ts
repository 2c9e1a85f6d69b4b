// `npm run sync -- [--full] [--accounts <ids>] [--regions <list>]`: see cli/sync-command.ts.
import "./allow-server-only";
import { syncCli } from "@/cli/sync-command";

syncCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`sync failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
