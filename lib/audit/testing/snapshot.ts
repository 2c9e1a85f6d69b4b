import type { TestDatabase } from "@/lib/db/testing";

/** Everything ingestion writes, minus ids and timestamps of the writing itself, in a stable order. */
export async function ingestionSnapshot(db: Pick<TestDatabase, "query">) {
  const [events, rollups, keyDays, quarantines, files] = await Promise.all([
    db.query(`SELECT "eventId", "eventTime", "accountId", region, "eventSource", "eventName", "readOnly", "eventType", "principalType",
      "principalArn", "principalAccountId", "sessionIssuerArn", "invokedBy", "sourceIp", "userAgent", "errorCode", "errorMessage",
      "keyArn", "ownCall", "requestParameters", "responseElements", raw::text AS raw, source FROM "AuditEvent" ORDER BY "eventId"`),
    db.query(`SELECT * FROM "UsageRollup" ORDER BY hour, "accountId", region, "keyArn", "principalArn", operation, "errorCode"`),
    db.query(`SELECT "keyArn", day, operation, "principalArn", "errorCode", calls::int FROM "UsageKeyDay" ORDER BY 1, 2, 3, 4, 5`),
    db.query(`SELECT source, location, "recordIndex", reason, excerpt FROM "QuarantinedRecord" ORDER BY source, location, "recordIndex", reason`),
    db.query(`SELECT source, location, etag, size::text, records FROM "IngestedFile" ORDER BY source, location`),
  ]);
  return { events, rollups, keyDays, quarantines, files };
}

/**
 * UsageRollup, UsageDay and UsageKeyDay next to the same sums counted over the stored events: the two sides are
 * equal when rollups are exact.
 */
export async function rollupsAndRecount(db: Pick<TestDatabase, "query">) {
  const [hourly, daily, keyDaily, recountHourly, recountDaily, recountKeyDaily] = await Promise.all([
    db.query(`SELECT hour, "accountId", region, "keyArn", "principalArn", operation, "errorCode", calls, "lastEventAt"
      FROM "UsageRollup" ORDER BY 1, 2, 3, 4, 5, 6, 7`),
    db.query(`SELECT day, dimension, name, "errorCode", calls::int FROM "UsageDay" ORDER BY 1, 2, 3, 4`),
    db.query(`SELECT "keyArn", day, operation, "principalArn", "errorCode", calls::int FROM "UsageKeyDay" ORDER BY 1, 2, 3, 4, 5`),
    db.query(`SELECT date_trunc('hour', "eventTime", 'UTC') AS hour, "accountId", region, COALESCE("keyArn", '') AS "keyArn",
        ${PRINCIPAL} AS "principalArn", "eventName" AS operation, COALESCE("errorCode", '') AS "errorCode",
        count(*)::int AS calls, max("eventTime") AS "lastEventAt"
      FROM "AuditEvent" WHERE NOT "ownCall" GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7`),
    db.query(`SELECT * FROM (
        SELECT date_trunc('day', "eventTime", 'UTC') AS day, 'operation' AS dimension, "eventName" AS name, COALESCE("errorCode", '') AS "errorCode", count(*)::int AS calls FROM "AuditEvent" WHERE NOT "ownCall" GROUP BY 1, 3, 4
        UNION ALL
        SELECT date_trunc('day', "eventTime", 'UTC'), 'key', COALESCE("keyArn", ''), COALESCE("errorCode", ''), count(*)::int FROM "AuditEvent" WHERE NOT "ownCall" GROUP BY 1, 3, 4
        UNION ALL
        SELECT date_trunc('day', "eventTime", 'UTC'), 'principal', ${PRINCIPAL}, COALESCE("errorCode", ''), count(*)::int FROM "AuditEvent" WHERE NOT "ownCall" GROUP BY 1, 3, 4
        UNION ALL
        SELECT date_trunc('week', "eventTime", 'UTC'), 'key-week', COALESCE("keyArn", ''), COALESCE("errorCode", ''), count(*)::int FROM "AuditEvent" WHERE NOT "ownCall" GROUP BY 1, 3, 4
        UNION ALL
        SELECT date_trunc('week', "eventTime", 'UTC'), 'principal-week', ${PRINCIPAL}, COALESCE("errorCode", ''), count(*)::int FROM "AuditEvent" WHERE NOT "ownCall" GROUP BY 1, 3, 4
        UNION ALL
        SELECT date_trunc('day', "eventTime", 'UTC'), 'own-operation', "eventName", COALESCE("errorCode", ''), count(*)::int FROM "AuditEvent" WHERE "ownCall" GROUP BY 1, 3, 4
        UNION ALL
        SELECT date_trunc('day', "eventTime", 'UTC'), 'own-key', COALESCE("keyArn", ''), COALESCE("errorCode", ''), count(*)::int FROM "AuditEvent" WHERE "ownCall" GROUP BY 1, 3, 4
        UNION ALL
        SELECT date_trunc('day', "eventTime", 'UTC'), 'own-principal', ${PRINCIPAL}, COALESCE("errorCode", ''), count(*)::int FROM "AuditEvent" WHERE "ownCall" GROUP BY 1, 3, 4
      ) d ORDER BY day, dimension, name COLLATE "C", "errorCode" COLLATE "C"`),
    db.query(`SELECT "keyArn", date_trunc('day', "eventTime", 'UTC') AS day, "eventName" AS operation, ${PRINCIPAL} AS "principalArn",
        COALESCE("errorCode", '') AS "errorCode", count(*)::int AS calls
      FROM "AuditEvent" WHERE "keyArn" IS NOT NULL AND NOT "ownCall" GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`),
  ]);
  return { rollups: { hourly, daily, keyDaily }, recount: { hourly: recountHourly, daily: recountDaily, keyDaily: recountKeyDaily } };
}

const PRINCIPAL = `COALESCE("sessionIssuerArn", "principalArn", "invokedBy", '')`;
