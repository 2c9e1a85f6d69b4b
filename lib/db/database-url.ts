// The URL resolveDatabase() settled on in this process, for getPrisma(). A separate module so
// that the Prisma client (imported by the Next.js server) does not pull in PGlite.
const scope = globalThis as typeof globalThis & { __keywardenDatabaseUrl?: string; __keywardenTestDatabaseUrl?: string };

export function resolvedDatabaseUrl(): string | undefined {
  return scope.__keywardenDatabaseUrl;
}

export function setResolvedDatabaseUrl(url: string | undefined): void {
  scope.__keywardenDatabaseUrl = url;
}

/** Tests point getPrisma() at their own database, ahead of DATABASE_URL (see testing.ts). */
export function testDatabaseUrl(): string | undefined {
  return scope.__keywardenTestDatabaseUrl;
}

export function setTestDatabaseUrl(url: string | undefined): void {
  scope.__keywardenTestDatabaseUrl = url;
}
