-- One key's calls per UTC day by operation, principal and error code: the key page reads a row per
-- day and combination instead of one per hour (the busiest key's 90 days were 120,000 hourly rows
-- on 66,000 heap pages). Kept by ingestion in the statement that writes the rollups; events of no
-- known key have no row. Identifiers compare in the "C" collation, as in UsageRollup.
CREATE TABLE "UsageKeyDay" (
    "keyArn" TEXT COLLATE "C" NOT NULL,
    "day" TIMESTAMPTZ(3) NOT NULL,
    "operation" TEXT COLLATE "C" NOT NULL,
    "principalArn" TEXT COLLATE "C" NOT NULL,
    "errorCode" TEXT COLLATE "C" NOT NULL DEFAULT '',
    "calls" BIGINT NOT NULL,

    CONSTRAINT "UsageKeyDay_pkey" PRIMARY KEY ("keyArn","day","operation","principalArn","errorCode")
);

-- What was ingested before this table existed.
INSERT INTO "UsageKeyDay" ("keyArn", day, operation, "principalArn", "errorCode", calls)
SELECT "keyArn", date_trunc('day', hour, 'UTC'), operation, "principalArn", "errorCode", sum(calls)
FROM "UsageRollup" WHERE "keyArn" <> ''
GROUP BY 1, 2, 3, 4, 5;
