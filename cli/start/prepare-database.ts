import type { Config } from "@/lib/config";
import { closePrisma, getPrisma } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { resolveDatabase } from "@/lib/db/resolve-database";
import { seedDemoUsers } from "@/lib/auth/demo-users";

/** Opens the database npm start serves to the app, migrated, with the demo people in demo mode. */
export async function prepareDatabase(config: Config) {
  const db = await resolveDatabase({ config, handleSignals: false, log: (line) => console.log(line) });
  const result = await migrate(db.url, { log: (line) => console.log(line) });
  if (config.auth.demoMode) await seedDemoUsers(getPrisma());
  await closePrisma();
  return { url: db.url, embedded: db.embedded, applied: result, release: db.release };
}
