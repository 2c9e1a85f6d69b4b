import type { TestDatabase } from "@/lib/db/testing";

/** Everything ingestion writes, minus ids and timestamps of the writing itself, in a stable order. */
export async function ingestionSnapshot(db: Pick<TestDatabase, "query">) {
  const [events, rollups, quarantines, files] = await Promise.all([
    db.query(`SELECT "eventId", "eventTime", "accountId", region, "eventSource", "eventName", "readOnly", "eventType", "principalType",
      "principalArn", "principalAccountId", "sessionIssuerArn", "invokedBy", "sourceIp", "userAgent", "errorCode", "errorMessage",
      "keyArn", "requestParameters", "responseElements", raw::text AS raw, source FROM "AuditEvent" ORDER BY "eventId"`),
    db.query(`SELECT * FROM "UsageRollup" ORDER BY hour, "accountId", region, "keyArn", "principalArn", operation, "errorCode"`),
    db.query(`SELECT source, location, "recordIndex", reason, excerpt FROM "QuarantinedRecord" ORDER BY source, location, "recordIndex", reason`),
    db.query(`SELECT source, location, etag, size::text, records FROM "IngestedFile" ORDER BY source, location`),
  ]);
  return { events, rollups, quarantines, files };
}

/** UsageRollup next to a count over the stored events: the two lists are equal when rollups are exact. */
export async function rollupsAndRecount(db: Pick<TestDatabase, "query">) {
  const rollups = await db.query(`SELECT hour, "accountId", region, "keyArn", "principalArn", operation, "errorCode", calls, "lastEventAt"
    FROM "UsageRollup" ORDER BY 1, 2, 3, 4, 5, 6, 7`);
  const recount = await db.query(`SELECT date_trunc('hour', "eventTime", 'UTC') AS hour, "accountId", region, COALESCE("keyArn", '') AS "keyArn",
      COALESCE("sessionIssuerArn", "principalArn", "invokedBy", '') AS "principalArn", "eventName" AS operation, COALESCE("errorCode", '') AS "errorCode",
      count(*)::int AS calls, max("eventTime") AS "lastEventAt"
    FROM "AuditEvent" GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7`);
  return { rollups, recount };
}
