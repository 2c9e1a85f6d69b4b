import { randomBytes } from "node:crypto";
import pg from "pg";

export type ServerDatabase = { url: string; drop(): Promise<void> };

/** A new, empty database on the server behind `serverUrl`, named keywarden_test_<pid>_<random>. */
export async function createServerDatabase(serverUrl: string): Promise<ServerDatabase> {
  const name = `keywarden_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
