// One statement per batch: the events, the rollups of the rows it actually inserted, quarantines
// and finished files commit together or not at all, so a crash at any point leaves rollups equal
// to a count over the stored events, and a re-run adds exactly what is missing. (Nothing large is
// referenced twice: Postgres would copy it into a temporary store. The raw records travel apart from
// the columns, split by the record separator and zipped back by position (ROWS FROM), so they are
// validated as json but never parsed into jsonb. Rows are taken in key order, so concurrent batches
// lock shared rows in the same order and cannot deadlock.)

const EVENT_FIELDS = `i text, t timestamptz, a text, g text, n text, ro boolean, et text, pt text, pa text, pc text, si text,
  ib text, ip text, ua text, ec text, em text, k text, aa text, ag text, an text, ap text, c boolean, rp jsonb, re jsonb`;

const EVENT_NAMES = EVENT_FIELDS.split(",").map((f) => f.trim().split(" ")[0]).join(", ");

const ALIAS_KEY = `(SELECT COALESCE(al."keyArn", 'arn:' || r.ap || ':kms:' || al.region || ':' || al."accountId" || ':key/' || al."targetKeyId")
  FROM "KmsAlias" al WHERE al."accountId" = r.aa AND al.region = r.ag AND al."aliasName" = r.an)`;

// Crypto records older than their account-Region's prune horizon were counted before retention
// deleted them: storing them again would count them twice.
const NOT_PRUNED = `NOT (r.c AND EXISTS (
  SELECT 1 FROM "AuditPruneHorizon" h WHERE h."accountId" = r.a AND h.region = r.g AND r.t < h."prunedBefore"))`;

export const WRITE_BATCH_SQL = `
WITH ins AS (
  INSERT INTO "AuditEvent" ("eventId", "eventTime", "accountId", region, "eventSource", "eventName", "readOnly", "eventType",
    "principalType", "principalArn", "principalAccountId", "sessionIssuerArn", "invokedBy", "sourceIp", "userAgent",
    "errorCode", "errorMessage", "keyArn", "requestParameters", "responseElements", raw, source)
  SELECT i, t, a, g, 'kms.amazonaws.com', n, ro, et, pt, pa, pc, si, ib, ip, ua, ec, em,
    CASE WHEN r.an IS NULL THEN r.k ELSE COALESCE(${ALIAS_KEY}, r.k) END,
    NULLIF(rp, 'null'::jsonb), NULLIF(re, 'null'::jsonb), raw::json, $2
  FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (${EVENT_FIELDS}), unnest(string_to_array($6, E'\\x1e'))) AS r(${EVENT_NAMES}, raw)
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
), quarantined AS (
  ${quarantineSql("$3", "$4")}
), files AS (
  INSERT INTO "IngestedFile" (source, location, etag, size, records)
  SELECT $4, f.loc, f.etag, f.size, f.records FROM jsonb_to_recordset($5::jsonb) AS f(loc text, etag text, size bigint, records int)
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
