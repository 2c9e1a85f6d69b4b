import pg from "pg";
import { migrate } from "@/lib/db/migrate";

async function admin(serverUrl: string, sql: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    for (const statement of sql) await client.query(statement);
  } finally {
    await client.end();
  }
}

/** An empty, migrated database `name` on the server behind `serverUrl` (dropped first if it exists). */
export async function freshDatabase(serverUrl: string, name: string): Promise<string> {
  await admin(serverUrl, [`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`, `CREATE DATABASE "${name}"`]);
  const url = databaseUrl(serverUrl, name);
  await migrate(url);
  return url;
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await admin(serverUrl, [`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`]);
}

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
