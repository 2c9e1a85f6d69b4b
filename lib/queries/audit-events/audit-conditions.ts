import { Prisma } from "@/lib/db/generated/client";
import type { AuditCursor } from "./audit-cursor";
import { auditTimeWindow, type AuditFilter } from "@/lib/filters/audit-filter";

/** WHERE conditions of a filter without its search, each an equality or range an index can serve. */
export function auditConditions(filter: AuditFilter, now: Date, cursor?: AuditCursor): Prisma.Sql[] {
  const c: Prisma.Sql[] = [];
  const { since, until } = auditTimeWindow(filter, now);
  if (since) c.push(Prisma.sql`e."eventTime" >= ${since}`);
  if (until) c.push(Prisma.sql`e."eventTime" < ${until}`);
  if (cursor) c.push(Prisma.sql`(e."eventTime", e."eventId") < (${cursor.time}, ${cursor.id})`);
  if (filter.account) c.push(Prisma.sql`e."accountId" = ${filter.account}`);
  if (filter.region) c.push(Prisma.sql`e."region" = ${filter.region}`);
  if (filter.key) c.push(Prisma.sql`e."keyArn" = ${filter.key}`);
  if (filter.eventName) c.push(Prisma.sql`e."eventName" = ${filter.eventName}`);
  if (filter.principal) c.push(Prisma.sql`e."principalArn" = ${filter.principal}`);
  if (filter.service) c.push(Prisma.sql`e."invokedBy" = ${filter.service}`);
  if (filter.access) c.push(Prisma.sql`e."readOnly" = ${filter.access === "read"}`);
  if (filter.errorsOnly) c.push(Prisma.sql`e."errorCode" IS NOT NULL`);
  if (filter.own === "hide") c.push(Prisma.sql`NOT e."ownCall"`);
  if (filter.own === "only") c.push(Prisma.sql`e."ownCall"`);
  return c;
}

export const whereAll = (conditions: Prisma.Sql[]) => (conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`);
