import "server-only";
import { getPrisma } from "@/lib/db/client";
import { Prisma, type PrismaClient } from "@/lib/db/generated/client";
import { EXPORT_COLUMNS } from "@/lib/export/audit/export-filter";
import { AppError } from "@/lib/result";
import { auditConditions, whereAll } from "./audit-conditions";
import { encodeAuditCursor, type AuditCursor } from "./audit-cursor";
import type { AuditFilter } from "@/lib/filters/audit-filter";
import type { AuditEventPage, AuditEventRow } from "./audit-row";
import { MAX_CANDIDATES, searchCandidates } from "./search-candidates";

export const AUDIT_PAGE_SIZE = 100;
/** Up to this many matching keys and principals, each is read by its own index lookup. */
const MAX_BRANCHES = 100;

const COLUMNS = Prisma.raw(EXPORT_COLUMNS.map((c) => `e."${c}"`).join(", "));
const ORDER = Prisma.raw(`"eventTime" DESC, "eventId" DESC`);

export type StoredAuditRow = Omit<AuditEventRow, "eventTime" | "keyAlias"> & { eventTime: Date };
type Stored = StoredAuditRow;

/** `listedPrincipals`: how many principal ARNs a search lists before it matches them as text (tests lower it). */
export type ListOptions = { cursor?: AuditCursor; limit?: number; now?: Date; listedPrincipals?: number };

/**
 * One page of events, newest first, keyset-paginated on (eventTime desc, eventId desc). Every
 * filter is an indexed equality or range; a search becomes one index lookup per matching key or
 * principal (each reading at most a page), merged, so no page ever matches text over the events.
 */
export async function listAuditEvents(filter: AuditFilter, options: ListOptions = {}): Promise<AuditEventPage> {
  const db = getPrisma();
  const limit = options.limit ?? AUDIT_PAGE_SIZE;
  const stored = await readAuditEvents(db, filter, limit + 1, options);
  const page = stored.slice(0, limit);
  const aliases = await keyAliases(db, page);
  const last = page.at(-1);
  return {
    rows: page.map((r) => ({ ...r, eventTime: r.eventTime.toISOString(), keyAlias: (r.keyArn && aliases.get(r.keyArn)) || null })),
    nextCursor: stored.length > limit && last ? encodeAuditCursor({ time: last.eventTime, id: last.eventId }) : null,
  };
}

/** Up to n events after the cursor, newest first, without the page's cursor or the keys' aliases. */
export async function readAuditEvents(db: PrismaClient, filter: AuditFilter, n: number, options: ListOptions): Promise<Stored[]> {
  const base = auditConditions(filter, options.now ?? new Date(), options.cursor);
  if (!filter.q) return db.$queryRaw<Stored[]>`SELECT ${COLUMNS} FROM "AuditEvent" e WHERE ${whereAll(base)} ORDER BY ${ORDER} LIMIT ${n}`;
  const found = await searchCandidates(filter.q, MAX_CANDIDATES, options.listedPrincipals);
  if ("tooMany" in found) {
    throw new AppError("invalid_input", `q: "${filter.q}" matches more than ${MAX_CANDIDATES} keys and principals; type more of the name or ARN`);
  }
  const { keyArns, principalArns, principalLike } = found;
  if (principalLike) {
    // more principals than can be listed: their ARNs are matched as text, newest first on the time index
    const match = Prisma.sql`(e."keyArn" = ANY(${keyArns}::text[]) OR lower(e."principalArn") LIKE ALL(${principalLike}::text[]))`;
    return db.$queryRaw<Stored[]>`SELECT ${COLUMNS} FROM "AuditEvent" e WHERE ${whereAll([...base, match])} ORDER BY ${ORDER} LIMIT ${n}`;
  }
  if (keyArns.length + principalArns.length === 0) return [];
  if (keyArns.length + principalArns.length > MAX_BRANCHES) {
    // so many keys or principals are a large share of the events: the newest ones are found
    // soon walking the time index, which the planner chooses for this form
    const match = Prisma.sql`(e."keyArn" = ANY(${keyArns}::text[]) OR e."principalArn" = ANY(${principalArns}::text[]))`;
    return db.$queryRaw<Stored[]>`SELECT ${COLUMNS} FROM "AuditEvent" e WHERE ${whereAll([...base, match])} ORDER BY ${ORDER} LIMIT ${n}`;
  }
  const branches = [
    ...keyArns.map((arn) => Prisma.sql`e."keyArn" = ${arn}`),
    ...principalArns.map((arn) => Prisma.sql`e."principalArn" = ${arn}`),
  ].map((match) => Prisma.sql`(SELECT ${COLUMNS} FROM "AuditEvent" e WHERE ${whereAll([...base, match])} ORDER BY ${ORDER} LIMIT ${n})`);
  // UNION, not UNION ALL: an event of a matching key by a matching principal is read twice
  return db.$queryRaw<Stored[]>`SELECT * FROM (${Prisma.join(branches, " UNION ")}) e ORDER BY ${ORDER} LIMIT ${n}`;
}

async function keyAliases(db: PrismaClient, rows: Stored[]): Promise<Map<string, string>> {
  const arns = [...new Set(rows.flatMap((r) => (r.keyArn ? [r.keyArn] : [])))];
  if (arns.length === 0) return new Map();
  const keys = await db.kmsKey.findMany({ where: { arn: { in: arns } }, select: { arn: true, primaryAlias: true } });
  return new Map(keys.flatMap((k) => (k.primaryAlias ? [[k.arn, k.primaryAlias] as const] : [])));
}
