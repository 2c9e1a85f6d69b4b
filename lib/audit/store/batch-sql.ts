import { EVENT_COLUMNS, JSON_COLUMNS } from "./batch-params";

// A batch is written in one transaction: the stored events it would repeat are read first, then the
// new ones inserted (COPY on a Postgres server), then their rollups (hourly, and daily per
// dimension), quarantines and finished files: all commit together or not at all, so a crash at any
// point leaves rollups equal to a count over the stored events, and a re-run adds exactly what is
// missing. Another writer that stores one of the same events first makes the insert fail on the
// primary key; the transaction is then run again (write-batch.ts).

/** Batch writers share this advisory lock; retention pruning takes it alone (see prune-crypto-events.ts). */
export const AUDIT_WRITE_LOCK = 5_238_001;
export const SHARED_WRITE_LOCK_SQL = `SELECT pg_advisory_xact_lock_shared(${AUDIT_WRITE_LOCK})`;

const STORED_COLUMNS = [...EVENT_COLUMNS.map(([name]) => name), ...JSON_COLUMNS, "eventSource", "source"].map((c) => `"${c}"`).join(", ");

/** COPY rows carry every stored column, eventSource and source included (insert-events.ts). */
export const COPY_EVENTS_SQL = `COPY "AuditEvent" (${STORED_COLUMNS}) FROM STDIN (FORMAT binary)`;

const n = EVENT_COLUMNS.length;
const names = EVENT_COLUMNS.map((_, j) => `c${j}`).join(", ");

/** The same insert for databases without COPY FROM STDIN (the embedded one): one array per column, zipped by unnest. */
export const INSERT_EVENTS_SQL = `
INSERT INTO "AuditEvent" (${STORED_COLUMNS})
SELECT ${names}, rp::jsonb, re::jsonb, raw::json, 'kms.amazonaws.com', $${n + 4}
FROM unnest(${EVENT_COLUMNS.map(([, type], j) => `$${j + 1}::${type}[]`).join(", ")},
    string_to_array($${n + 1}, E'\\x1e', 'null'), string_to_array($${n + 2}, E'\\x1e', 'null'), string_to_array($${n + 3}, E'\\x1e'))
  AS r(${names}, rp, re, raw)`;

/** What is stored under the given eventIDs, to tell a redelivery from a different event reusing an ID. */
export const STORED_FINGERPRINTS_SQL = `
SELECT "eventId" AS id, to_char("eventTime" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '|' || "eventName" || '|' ||
  "accountId" || '|' || region || '|' || COALESCE("errorCode", '') || '|' || COALESCE("principalArn", '') || '|' ||
  COALESCE("sourceIp", '') || '|' || COALESCE("userAgent", '') AS fingerprint
FROM "AuditEvent" WHERE "eventId" = ANY($1::text[])`;

/**
 * Crypto records older than their account-Region's prune horizon were counted before retention
 * deleted them: storing them again would count them twice. (A row per pruned account-Region at most.)
 */
export const PRUNE_HORIZONS_SQL = `
SELECT "accountId", region, to_char("prunedBefore" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "prunedBefore" FROM "AuditPruneHorizon"`;

/** The principals Keywarden calls AWS as, as the inventory knows them: the roles it assumes in member accounts. */
export const OWN_PRINCIPALS_SQL = `SELECT "roleArn" FROM "AwsAccount" WHERE "roleArn" IS NOT NULL`;

/** The keys behind aliases ($1 accounts, $2 Regions, $3 alias names, $4 partitions), as the inventory knows them. */
export const ALIAS_KEYS_SQL = `
SELECT a.account, a.region, a.alias, COALESCE(al."keyArn", 'arn:' || a.partition || ':kms:' || al.region || ':' || al."accountId" || ':key/' || al."targetKeyId") AS "keyArn"
FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS a(account, region, alias, partition)
JOIN "KmsAlias" al ON al."accountId" = a.account AND al.region = a.region AND al."aliasName" = a.alias`;

/**
 * The rest of the batch in one statement: the hourly rollups ($1–$9) and daily sums ($10–$14) of the
 * events inserted, each row once and in primary-key order, so concurrent batches lock shared rows in
 * the same order and cannot deadlock; the quarantines ($15, for source $16), finished files ($17)
 * and each key's daily sums ($18–$23).
 */
export const FINISH_BATCH_SQL = `
WITH rolled AS (
  INSERT INTO "UsageRollup" ("keyArn", hour, "accountId", region, "principalArn", operation, "errorCode", calls, "lastEventAt")
  SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::timestamptz[])
  ON CONFLICT ("keyArn", hour, "accountId", region, "principalArn", operation, "errorCode") DO UPDATE
    SET calls = "UsageRollup".calls + EXCLUDED.calls, "lastEventAt" = GREATEST("UsageRollup"."lastEventAt", EXCLUDED."lastEventAt")
), daily AS (
  INSERT INTO "UsageDay" (dimension, day, name, "errorCode", calls)
  SELECT * FROM unnest($10::text[], $11::timestamptz[], $12::text[], $13::text[], $14::bigint[])
  ON CONFLICT (dimension, day, name, "errorCode") DO UPDATE SET calls = "UsageDay".calls + EXCLUDED.calls
), key_days AS (
  INSERT INTO "UsageKeyDay" ("keyArn", day, operation, "principalArn", "errorCode", calls)
  SELECT * FROM unnest($18::text[], $19::timestamptz[], $20::text[], $21::text[], $22::text[], $23::bigint[])
  ON CONFLICT ("keyArn", day, operation, "principalArn", "errorCode") DO UPDATE SET calls = "UsageKeyDay".calls + EXCLUDED.calls
), quarantined AS (
  -- each quarantine stored once however often it is seen
  INSERT INTO "QuarantinedRecord" (source, location, "recordIndex", reason, excerpt)
  SELECT $16, q.loc, q.idx, q.reason, q.excerpt FROM jsonb_to_recordset($15::jsonb) AS q(loc text, idx int, reason text, excerpt text)
  WHERE NOT EXISTS (
    SELECT 1 FROM "QuarantinedRecord" o
    WHERE o.source = $16 AND o.location = q.loc AND o."recordIndex" IS NOT DISTINCT FROM q.idx AND o.reason = q.reason)
), files AS (
  INSERT INTO "IngestedFile" (source, location, etag, size, records)
  SELECT $16, f.loc, f.etag, f.size, f.records FROM jsonb_to_recordset($17::jsonb) AS f(loc text, etag text, size bigint, records int)
  ON CONFLICT (source, location) DO UPDATE
    SET etag = EXCLUDED.etag, size = EXCLUDED.size, records = EXCLUDED.records, "ingestedAt" = now()
)
SELECT 1`;
