import { EVENT_COLUMNS } from "./batch-params";

// One statement per batch: the events, the rollups of the rows it actually inserted (hourly, and
// daily per dimension), quarantines and finished files commit together or not at all, so a crash at
// any point leaves rollups equal to a count over the stored events, and a re-run adds exactly what is missing. (Nothing large is
// referenced twice: Postgres would copy it into a temporary store. The events arrive as one array
// per column and the JSON texts split by the record separator, zipped back by position, so the raw
// records are validated as json but never parsed into jsonb. Rows are taken in key order, so
// concurrent batches lock shared rows in the same order and cannot deadlock.)

const JSON_TEXTS = ["raw", "rp", "re"];
const n = EVENT_COLUMNS.length;
const UNNEST = `unnest(${EVENT_COLUMNS.map(([, type], j) => `$${j + 1}::${type}[]`).join(", ")},
    string_to_array($${n + 1}, E'\\x1e'), string_to_array($${n + 2}, E'\\x1e', 'null'), string_to_array($${n + 3}, E'\\x1e', 'null'))
  AS r(${[...EVENT_COLUMNS.map(([name]) => name), ...JSON_TEXTS].join(", ")})`;
/** Positions of the parameters after the events' (event source, quarantines, batch source, files). */
const [EVENT_SOURCE, QUARANTINES, SOURCE, FILES] = [n + 4, n + 5, n + 6, n + 7].map((p) => `$${p}`);

const ALIAS_KEY = `(SELECT COALESCE(al."keyArn", 'arn:' || r.ap || ':kms:' || al.region || ':' || al."accountId" || ':key/' || al."targetKeyId")
  FROM "KmsAlias" al WHERE al."accountId" = r.aa AND al.region = r.ag AND al."aliasName" = r.an)`;

// Crypto records older than their account-Region's prune horizon were counted before retention
// deleted them: storing them again would count them twice. (A join, not a lookup per record: the
// table has a row per pruned account-Region at most.)
const PRUNE_HORIZON = `LEFT JOIN "AuditPruneHorizon" h ON h."accountId" = r.a AND h.region = r.g`;
const NOT_PRUNED = `NOT r.c OR h."prunedBefore" IS NULL OR r.t >= h."prunedBefore"`;

export const WRITE_BATCH_SQL = `
WITH ins AS (
  INSERT INTO "AuditEvent" ("eventId", "eventTime", "accountId", region, "eventSource", "eventName", "readOnly", "eventType",
    "principalType", "principalArn", "principalAccountId", "sessionIssuerArn", "invokedBy", "sourceIp", "userAgent",
    "errorCode", "errorMessage", "keyArn", "requestParameters", "responseElements", raw, source)
  SELECT i, t, a, g, 'kms.amazonaws.com', n, ro, et, pt, pa, pc, si, ib, ip, ua, ec, em,
    CASE WHEN r.an IS NULL THEN r.k ELSE COALESCE(${ALIAS_KEY}, r.k) END,
    rp::jsonb, re::jsonb, raw::json, ${EVENT_SOURCE}
  FROM ${UNNEST} ${PRUNE_HORIZON}
  WHERE ${NOT_PRUNED}
  ORDER BY i
  ON CONFLICT ("eventId") DO NOTHING
  RETURNING "eventTime", "accountId", region, "keyArn", "eventName", "errorCode",
    COALESCE("sessionIssuerArn", "principalArn", "invokedBy", '') AS principal
), rolled AS (
  INSERT INTO "UsageRollup" (hour, "accountId", region, "keyArn", "principalArn", operation, "errorCode", calls, "lastEventAt")
  SELECT date_trunc('hour', "eventTime", 'UTC'), "accountId", region, COALESCE("keyArn", ''), principal, "eventName",
    COALESCE("errorCode", ''), count(*), max("eventTime")
  FROM ins
  GROUP BY 1, 2, 3, 4, 5, 6, 7
  ORDER BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT (hour, "accountId", region, "keyArn", "principalArn", operation, "errorCode") DO UPDATE
    SET calls = "UsageRollup".calls + EXCLUDED.calls, "lastEventAt" = GREATEST("UsageRollup"."lastEventAt", EXCLUDED."lastEventAt")
), daily AS (
  INSERT INTO "UsageDay" (day, dimension, name, "errorCode", calls)
  SELECT day, CASE WHEN GROUPING("eventName") = 0 THEN 'operation' WHEN GROUPING(key) = 0 THEN 'key' ELSE 'principal' END,
    COALESCE("eventName", key, principal), err, count(*)
  FROM (SELECT date_trunc('day', "eventTime", 'UTC') AS day, "eventName", COALESCE("keyArn", '') AS key, principal, COALESCE("errorCode", '') AS err FROM ins) d
  GROUP BY GROUPING SETS ((day, "eventName", err), (day, key, err), (day, principal, err))
  ORDER BY 2, 1, 3, 4
  ON CONFLICT (dimension, day, name, "errorCode") DO UPDATE SET calls = "UsageDay".calls + EXCLUDED.calls
), quarantined AS (
  ${quarantineSql(QUARANTINES, SOURCE)}
), files AS (
  INSERT INTO "IngestedFile" (source, location, etag, size, records)
  SELECT ${SOURCE}, f.loc, f.etag, f.size, f.records FROM jsonb_to_recordset(${FILES}::jsonb) AS f(loc text, etag text, size bigint, records int)
  ON CONFLICT (source, location) DO UPDATE
    SET etag = EXCLUDED.etag, size = EXCLUDED.size, records = EXCLUDED.records, "ingestedAt" = now()
)
SELECT count(*)::int AS inserted FROM ins`;

/** Quarantines from a JSON array ($json) for a source ($source), each stored once however often it is seen. */
export function quarantineSql(json: string, source: string): string {
  return `INSERT INTO "QuarantinedRecord" (source, location, "recordIndex", reason, excerpt)
  SELECT ${source}, q.loc, q.idx, q.reason, q.excerpt FROM jsonb_to_recordset(${json}::jsonb) AS q(loc text, idx int, reason text, excerpt text)
  WHERE NOT EXISTS (
    SELECT 1 FROM "QuarantinedRecord" o
    WHERE o.source = ${source} AND o.location = q.loc AND o."recordIndex" IS NOT DISTINCT FROM q.idx AND o.reason = q.reason)`;
}

/** What is stored under the given eventIDs, to tell a redelivery from a different event reusing an ID. */
export const STORED_FINGERPRINTS_SQL = `
SELECT "eventId" AS id, to_char("eventTime" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '|' || "eventName" || '|' ||
  "accountId" || '|' || region || '|' || COALESCE("errorCode", '') AS fingerprint
FROM "AuditEvent" WHERE "eventId" = ANY($1::text[])`;
