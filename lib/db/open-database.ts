import { closePrisma, getPrisma, type PrismaClient } from "./client";
import { migrate } from "./migrate";
import { resolveDatabase, type ResolveOptions } from "./resolve-database";

export type OpenDatabase = {
  prisma: PrismaClient;
  url: string;
  embedded: boolean;
  /** Disconnects Prisma, then releases the database (stops the embedded server if we started it). */
  close(): Promise<void>;
};

/**
 * For CLIs: the resolved database, migrated, with the shared Prisma client. Works alone and while
 * `npm start` is running (it then uses npm start's embedded server).
 */
export async function openDatabase(options: ResolveOptions = {}): Promise<OpenDatabase> {
  const db = await resolveDatabase(options);
  try {
    await migrate(db.url, { log: options.log });
  } catch (error) {
    await db.release();
    throw error;
  }
  return {
    prisma: getPrisma(),
    url: db.url,
    embedded: db.embedded,
    close: async () => {
      await closePrisma();
      await db.release();
    },
  };
}
